"""Dosing findings: one per day for each dose taken where it should not have been."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.compliance import compliance_blocks
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.rules.registry import ANY_DATE, FINDING_DATE, Rule, rule
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.i18n import tr


def _day_label(course: Course, day: date) -> str:
    number = course.study_day(day)
    if number is None:
        return day.isoformat()
    return tr("Finding", "Day {n}").format(n=number)


@rule("WRONG_DOSE", Severity.MAJOR, f"dose:{FINDING_DATE}")
def wrong_dose(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    planned = course.config.dose_mg
    for dose in course.taken_doses:
        if dose.dose_mg is None or dose.dose_mg != planned:
            given = "?" if dose.dose_mg is None else fmt_number(dose.dose_mg)
            yield r.finding(
                course,
                dose.date,
                f"dose:{dose.date.isoformat()}",
                tr("Finding", "{day}: {given} mg taken instead of {planned} mg").format(
                    day=_day_label(course, dose.date), given=given, planned=fmt_number(planned)
                ),
            )


@rule("DOSE_DURING_INTERRUPTION", Severity.MAJOR, f"dose:{FINDING_DATE}")
def dose_during_interruption(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    for dose in course.taken_doses:
        if course.interrupted_on(dose.date):
            yield r.finding(
                course,
                dose.date,
                f"dose:{dose.date.isoformat()}",
                tr("Finding", "{day}: dose taken while treatment is interrupted").format(
                    day=_day_label(course, dose.date)
                ),
            )


@rule("DOSE_AFTER_DISCONTINUATION", Severity.MAJOR, f"dose:{FINDING_DATE}")
def dose_after_discontinuation(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    stopped = course.discontinuation_date
    if stopped is None:
        return
    for dose in course.taken_doses:
        if dose.date > stopped:
            yield r.finding(
                course,
                dose.date,
                f"dose:{dose.date.isoformat()}",
                tr("Finding", "{day}: dose taken after discontinuation on {stopped}").format(
                    day=_day_label(course, dose.date), stopped=stopped.isoformat()
                ),
            )


@rule("DOSE_AFTER_SEVERE_AE", Severity.MAJOR, f"dose:{FINDING_DATE}")
def dose_after_severe_ae(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    onset = course.severe_ae_onset
    if onset is None:
        return
    for dose in course.taken_doses:
        if dose.date > onset:
            yield r.finding(
                course,
                dose.date,
                f"dose:{dose.date.isoformat()}",
                tr(
                    "Finding",
                    "{day}: dose taken after a grade ≥ {grade} adverse event began on {onset}",
                ).format(
                    day=_day_label(course, dose.date),
                    grade=course.config.severe_ae_min_grade,
                    onset=onset.isoformat(),
                ),
            )


@rule("DOSE_BEYOND_TREATMENT", Severity.MINOR, f"dose:{FINDING_DATE}")
def dose_beyond_treatment(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    if course.day1 is None:
        return
    last = date_of_day(course.day1, course.config.last_acceptable_day)
    for dose in course.taken_doses:
        if dose.date > last:
            yield r.finding(
                course,
                dose.date,
                f"dose:{dose.date.isoformat()}",
                tr("Finding", "{day}: dose taken after the treatment period (Day {last})").format(
                    day=_day_label(course, dose.date), last=course.config.last_acceptable_day
                ),
            )


@rule("LOW_COMPLIANCE", Severity.MINOR, f"diary:{ANY_DATE}/{FINDING_DATE}")
def low_compliance(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    minimum = fmt_number(100 * course.config.compliance_min_fraction)
    for block in compliance_blocks(course, as_of):
        if not block.below_minimum:
            continue
        tally = block.tally
        taken, expected = len(tally.taken), len(tally.expected)
        yield r.finding(
            course,
            tally.last,
            f"diary:{tally.first.isoformat()}/{tally.last.isoformat()}",
            tr(
                "Finding",
                "Days {first}–{last}: doses taken on {taken} of {expected} days "
                "({percent}%, below {minimum}%)",
            ).format(
                first=block.first_day,
                last=block.last_day,
                taken=taken,
                expected=expected,
                percent=int(100 * taken / expected),
                minimum=minimum,
            ),
        )


@rule("MISSING_DIARY", Severity.QUERY, f"diary:{FINDING_DATE}/{ANY_DATE}")
def missing_diary(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    missing = [d for d in course.expected_dosing_days(as_of) if d not in course.diary]
    runs: list[list[date]] = []
    for day in missing:
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    for run in runs:
        first, last = run[0], run[-1]
        if first == last:
            message = tr("Finding", "{day}: no diary entry").format(day=_day_label(course, first))
        else:
            message = tr("Finding", "{first}–{last}: no diary entry ({n} days)").format(
                first=_day_label(course, first), last=_day_label(course, last), n=len(run)
            )
        yield r.finding(course, first, f"diary:{first.isoformat()}/{last.isoformat()}", message)
