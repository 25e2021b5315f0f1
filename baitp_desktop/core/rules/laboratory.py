"""Safety-panel findings (PROTOCOL.md §11): a severe lab value without its AE, and doses
taken while a panel put treatment on hold."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.labs import (
    below_hold,
    field_label,
    recovery_panel,
    severe_without_ae,
    term_label,
)
from baitp_desktop.core.numbers import fmt_decimal
from baitp_desktop.core.rules.registry import FINDING_DATE, Rule, rule
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.i18n import tr, tr_n


def _panels_through(course: Course, last_day: int) -> list[date]:
    """Dates of the panels from Day 1 through study day `last_day` (none without Day 1)."""
    if course.day1 is None:
        return []
    last = date_of_day(course.day1, last_day)
    return sorted(p.date for p in course.participant.lab_panels if course.day1 <= p.date <= last)


@rule("LAB_AE_NOT_RECORDED", Severity.QUERY, f"lab:{FINDING_DATE}:[a-z_]+")
def lab_ae_not_recorded(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    settings = course.config.labs
    days = set(_panels_through(course, course.config.last_acceptable_day))
    waited = [
        p
        for p in course.participant.lab_panels
        if p.date in days and (as_of - p.date).days > settings.ae_window_days
    ]
    participant = course.participant
    for found in severe_without_ae(waited, participant.adverse_events, participant.sex, settings):
        day, analyte = found.panel.date, found.analyte
        value = found.panel.value(analyte.panel_field)
        assert value is not None
        yield r.finding(
            course,
            day,
            f"lab:{day.isoformat()}:{analyte.key}",
            tr(
                "Finding",
                "Lab panel {date}: {lab} {value} is grade {grade} ({term}), "
                "but no such adverse event is recorded",
            ).format(
                date=day.isoformat(),
                lab=field_label(analyte.panel_field),
                value=fmt_decimal(value),
                grade=found.grade,
                term=term_label(analyte),
            ),
        )


@rule("LAB_HOLD_IGNORED", Severity.MAJOR, f"lab:{FINDING_DATE}")
def lab_hold_ignored(course: Course, as_of: date, r: Rule) -> Iterator[Finding]:
    hold_below = course.config.labs.hold_below
    panels = course.participant.lab_panels
    by_date = {p.date: p for p in panels}
    for day in _panels_through(course, course.config.last_planned_day):
        low = below_hold(by_date[day], hold_below)
        if not low:
            continue
        recovery = recovery_panel(panels, day, hold_below)
        until = recovery.date if recovery is not None else date.max
        taken = course.taken_dose_dates  # sorted: the doses strictly between the two dates
        doses = taken[bisect_right(taken, day) : bisect_left(taken, until)]
        if not doses:
            continue
        values = ", ".join(
            f"{field_label(key)} {fmt_decimal(value)} < {fmt_decimal(hold_below[key])}"
            for key, value in low.items()
        )
        if recovery is None:
            held = tr("Finding", "no later panel has recovered")
        else:
            held = tr("Finding", "recovered on {date}").format(date=recovery.date.isoformat())
        yield r.finding(
            course,
            day,
            f"lab:{day.isoformat()}",
            tr_n(
                "Finding",
                "Lab panel {date} ({values}) holds treatment, but a dose was taken on {n} day "
                "from {first} ({held})",
                "Lab panel {date} ({values}) holds treatment, but doses were taken on {n} days "
                "from {first} ({held})",
                len(doses),
            ).format(
                date=day.isoformat(),
                values=values,
                n=len(doses),
                first=doses[0].isoformat(),
                held=held,
            ),
        )
