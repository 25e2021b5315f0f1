"""Eligibility findings: raised only for dosed participants (PROTOCOL.md §6, §8)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.rules.registry import Rule, rule
from baitp_desktop.i18n import tr


@rule("INELIGIBLE_AGE", Severity.MAJOR, "screening:age")
def ineligible_age(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    reason = course.eligibility.age_failure
    if course.participant.is_dosed and reason:
        yield r.finding(
            course,
            course.screening_date,
            "screening:age",
            tr("Finding", "Dosed but not eligible: {reason}").format(reason=reason),
        )


@rule("INELIGIBLE_PLATELETS", Severity.MAJOR, "screening:platelets")
def ineligible_platelets(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    reason = course.eligibility.platelet_failure
    if course.participant.is_dosed and reason:
        yield r.finding(
            course,
            course.screening_date,
            "screening:platelets",
            tr("Finding", "Dosed but not eligible: {reason}").format(reason=reason),
        )


@rule("INELIGIBLE_CRITERIA", Severity.MAJOR, "screening:criteria")
def ineligible_criteria(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    reasons = course.eligibility.criteria_failures
    if course.participant.is_dosed and reasons:
        yield r.finding(
            course,
            course.screening_date,
            "screening:criteria",
            tr("Finding", "Dosed but not eligible: {reason}").format(reason="; ".join(reasons)),
        )


@rule("INELIGIBLE_LAB", Severity.MAJOR, "screening:labs")
def ineligible_lab(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    reasons = course.eligibility.lab_failures
    if course.participant.is_dosed and reasons:
        yield r.finding(
            course,
            course.screening_date,
            "screening:labs",
            tr("Finding", "Dosed but screening labs fail E11: {reason}").format(
                reason="; ".join(reasons)
            ),
        )


@rule("DOSED_BEFORE_CONSENT", Severity.MAJOR, "first_dose|screening:date")
def dosed_before_consent(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    consent = course.participant.consent_date
    problems: list[str] = []
    if course.day1 is not None and course.day1 < consent:
        problems.append(
            tr("Finding", "Day 1 ({day1}) is before consent").format(day1=course.day1.isoformat())
        )
    screening_date = course.participant.screening.date
    if screening_date is not None and screening_date < consent:
        problems.append(
            tr("Finding", "screening ({date}) is before consent").format(
                date=screening_date.isoformat()
            )
        )
    if problems:
        record = (
            "first_dose"
            if course.day1 is not None and course.day1 < consent
            else ("screening:date")
        )
        yield r.finding(
            course,
            consent,
            record,
            tr("Finding", "Consent signed {consent}, but {problems}").format(
                consent=consent.isoformat(), problems="; ".join(problems)
            ),
        )


@rule("SCREENING_WINDOW", Severity.MINOR, "first_dose")
def screening_window(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    screening_date = course.participant.screening.date
    if course.day1 is None or screening_date is None:
        return
    gap = (course.day1 - screening_date).days
    if gap > course.config.screening_window_days:
        yield r.finding(
            course,
            course.day1,
            "first_dose",
            tr("Finding", "Day 1 is {gap} days after screening (at most {limit} allowed)").format(
                gap=gap, limit=course.config.screening_window_days
            ),
        )
