"""How values read on paper: coded values as words, dates with their study day, timestamps.

Every text goes through tr("Report", …) at the moment it is printed, so that a Chinese
casebook and an English one come from the same code (i18n.language_scope).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, tzinfo

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
    return {
        0: tr("Report", "no bleeding"),
        1: tr("Report", "petechiae, ecchymoses, mild bleeding"),
        2: tr("Report", "mild blood loss (clinically significant)"),
        3: tr("Report", "gross blood loss needing transfusion"),
        4: tr("Report", "debilitating blood loss (retinal, cerebral, or fatal)"),
    }.get(grade, "?")


def who_grade_text(grade: int | None) -> str:
    if grade is None:
        return tr("Report", "not assessed")
    return tr("Report", "Grade {grade}: {meaning}").format(
        grade=grade, meaning=who_grade_meaning(grade)
    )


def response_meaning(response: Response) -> str:
    return {
        Response.CR: tr("Report", "complete response"),
        Response.R: tr("Report", "response"),
        Response.NR: tr("Report", "no response"),
        Response.NE: tr("Report", "not evaluable (no bleeding grade on the same date)"),
    }[response]


def response_text(response: Response | None) -> str:
    if response is None:
        return NOT_AVAILABLE
    return f"{response.value} — {response_meaning(response)}"


def severity_text(severity: Severity) -> str:
    return {
        Severity.MAJOR: tr("Report", "major"),
        Severity.MINOR: tr("Report", "minor"),
        Severity.QUERY: tr("Report", "query"),
    }[severity]


def sex_text(sex: Sex) -> str:
    return tr("Report", "female") if sex is Sex.FEMALE else tr("Report", "male")


def relationship_text(value: Relationship | None) -> str:
    if value is None:
        return NOT_AVAILABLE
    return {
        Relationship.NOT_RELATED: tr("Report", "not related"),
        Relationship.UNLIKELY: tr("Report", "unlikely"),
        Relationship.POSSIBLE: tr("Report", "possible"),
        Relationship.PROBABLE: tr("Report", "probable"),
        Relationship.DEFINITE: tr("Report", "definite"),
    }[value]


def ae_action_text(value: AeAction | None) -> str:
    if value is None:
        return NOT_AVAILABLE
    return {
        AeAction.NONE: tr("Report", "none"),
        AeAction.INTERRUPTED: tr("Report", "interrupted"),
        AeAction.DISCONTINUED: tr("Report", "discontinued"),
    }[value]


def ae_outcome_text(value: AeOutcome | None) -> str:
    if value is None:
        return NOT_AVAILABLE
    return {
        AeOutcome.RECOVERED: tr("Report", "recovered"),
        AeOutcome.RECOVERING: tr("Report", "recovering"),
        AeOutcome.NOT_RECOVERED: tr("Report", "not recovered"),
        AeOutcome.RECOVERED_WITH_SEQUELAE: tr("Report", "recovered with sequelae"),
        AeOutcome.FATAL: tr("Report", "fatal"),
        AeOutcome.UNKNOWN: tr("Report", "unknown"),
    }[value]


def decision_text(action: DecisionAction) -> str:
    if action is DecisionAction.INTERRUPT:
        return tr("Report", "interrupt")
    return tr("Report", "resume")


def discontinuation_reason_text(reason: DiscontinuationReason) -> str:
    return {
        DiscontinuationReason.ADVERSE_EVENT: tr("Report", "adverse event"),
        DiscontinuationReason.PARTICIPANT_REQUEST: tr("Report", "participant's request"),
        DiscontinuationReason.OTHER: tr("Report", "other"),
    }[reason]


def yes_no(value: bool | None) -> str:
    if value is None:
        return tr("Report", "not answered")
    return tr("Report", "yes") if value else tr("Report", "no")


# PROTOCOL.md §1, shortened to fit a table row.
def criterion_text(item: str) -> str:
    return {
        "I1": tr("Report", "Primary ITP confirmed by excluding other causes"),
        "I2": tr("Report", "Chronic count < 30 for 6 months with at least one failed treatment"),
        "I3": tr("Report", "No sustained response to full-dose corticosteroids, or relapse"),
        "I4": tr("Report", "Screening count < 30, or < 50 with significant bleeding (derived)"),
        "I5": tr("Report", "Written informed consent; agrees to the schedule"),
        "E1": tr("Report", "Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)"),
        "E2": tr("Report", "Active or past malignancy"),
        "E3": tr("Report", "Pregnancy or lactation"),
        "E4": tr("Report", "Serious infection, current or < 4 weeks before screening"),
        "E5": tr("Report", "Symptomatic herpes zoster < 12 weeks before screening"),
        "E6": tr("Report", "Active or chronic HBV, HCV or HIV infection"),
        "E7": tr("Report", "Active TB, or TB exposure without documented treatment"),
        "E8": tr("Report", "Significant thrombosis < 24 weeks, or anticoagulation not controlled"),
        "E9": tr("Report", "Myocardial infarction, unstable IHD, stroke, NYHA IV heart failure"),
        "E10": tr("Report", "Other serious/unstable illness (investigator's judgement)"),
        "E11": tr("Report", "Screening labs outside the limits (derived)"),
    }.get(item, item)


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
    return f"{day.isoformat()} ({day_label(number)})"


def date_over_day(course: Course, day: date | None) -> str:
    """'2022-07-13' over 'Day 1' on two lines, for narrow table columns."""
    text = date_and_day(course, day)
    return text.replace(" (", "\n(", 1)


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
