"""How values read on paper: coded values as words, dates with their study day, timestamps.

Every text goes through tr("Report", …) at the moment it is printed, so that a Chinese
casebook and an English one come from the same code (i18n.language_scope).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, tzinfo

from baitp_desktop.core import vocabulary
from baitp_desktop.core.assessments import Response
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import (
    AeAction,
    AeOutcome,
    DecisionAction,
    DiscontinuationReason,
    Relationship,
    Sex,
)
from baitp_desktop.i18n import tr

NOT_AVAILABLE = "—"


def who_grade_meaning(grade: int) -> str:
    """The WHO bleeding scale in words (PROTOCOL.md §4)."""
    return vocabulary.who_grade_meaning(grade) or "?"


def who_grade_text(grade: int | None) -> str:
    if grade is None:
        return tr("Report", "not assessed")
    return tr("Report", "Grade {grade}: {meaning}").format(
        grade=grade, meaning=who_grade_meaning(grade)
    )


def response_meaning(response: Response) -> str:
    return vocabulary.response_meaning(response)


def response_text(response: Response | None) -> str:
    if response is None:
        return NOT_AVAILABLE
    return f"{response.value} — {response_meaning(response)}"


def severity_text(severity: Severity) -> str:
    return vocabulary.label(severity)


def sex_text(sex: Sex) -> str:
    return vocabulary.label(sex)


def relationship_text(value: Relationship | None) -> str:
    return vocabulary.label(value, NOT_AVAILABLE)


def ae_action_text(value: AeAction | None) -> str:
    return vocabulary.label(value, NOT_AVAILABLE)


def ae_outcome_text(value: AeOutcome | None) -> str:
    return vocabulary.label(value, NOT_AVAILABLE)


def decision_text(action: DecisionAction) -> str:
    return vocabulary.label(action)


def discontinuation_reason_text(reason: DiscontinuationReason) -> str:
    return vocabulary.label(reason)


def yes_no(value: bool | None) -> str:
    if value is None:
        return tr("Report", "not answered")
    return tr("Report", "yes") if value else tr("Report", "no")


def criterion_text(item: str) -> str:
    return vocabulary.criterion_text(item)


def fmt_date(day: date | None) -> str:
    return NOT_AVAILABLE if day is None else day.isoformat()


def day_label(number: int) -> str:
    return tr("Report", "Day {n}").format(n=number)


def date_and_day(course: Course, day: date | None) -> str:
    """'2022-07-13 (Day 1)'; the date alone before Day 1 is set."""
    if day is None:
        return NOT_AVAILABLE
    number = course.study_day(day)
    if number is None:
        return day.isoformat()
    return tr("Report", "{date} ({day})").format(date=day.isoformat(), day=day_label(number))


def date_over_day(course: Course, day: date | None) -> str:
    """'2022-07-13' over '(Day 1)' on two lines, for narrow table columns."""
    if day is None:
        return NOT_AVAILABLE
    number = course.study_day(day)
    if number is None:
        return day.isoformat()
    return day.isoformat() + "\n" + tr("Report", "({day})").format(day=day_label(number))


def fmt_count(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else fmt_number(value)


def fmt_percent(fraction: float | None) -> str:
    return NOT_AVAILABLE if fraction is None else f"{100 * fraction:.0f} %"


def fmt_timestamp(moment: datetime, zone: tzinfo | None, *, with_zone: bool = True) -> str:
    """'2026-11-24 20:01:05 UTC+08:00' in the printing computer's zone (21 CFR 11.50)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    if not with_zone:
        return f"{local:%Y-%m-%d %H:%M:%S}"
    return f"{local:%Y-%m-%d %H:%M:%S} {zone_name(local)}"


def zone_name(moment: datetime) -> str:
    """'UTC+08:00' for an aware datetime."""
    offset = moment.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def parse_utc(text: str) -> datetime:
    """An audit trail timestamp ('2026-11-24T19:53:12.123Z') as an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def day_list(course: Course, days: Sequence[date], limit: int = 12) -> str:
    """'Day 12, 13, 20–22' — runs of consecutive study days, shortened after `limit` runs."""
    numbers = [course.study_day(d) for d in days]
    values = [n for n in numbers if n is not None]
    if not values:
        return NOT_AVAILABLE
    runs: list[list[int]] = []
    for n in values:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs[:limit]]
    text = ", ".join(parts)
    if len(runs) > limit:
        text += ", " + tr("Report", "… {n} more").format(n=len(runs) - limit)
    return tr("Report", "Day {days}").format(days=text)
