"""A participant's visit calendar to take home: every visit's planned date and window.

Printed when Day 1 is set (enrolment), in Chinese or English (`language`), in larger type
than the site's forms: the participant reads it at home. Dates come from
`Course.windows` (the same windows the validator and the counts tab use) and carry the
weekday, because "Saturday 4 March" is what a person plans around. Visits already done
show the date of their count; the others leave room for the nurse to write the date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import Participant
from baitp_desktop.core.visits import visit_label
from baitp_desktop.i18n import language_scope, tr
from baitp_desktop.reports.labels import fmt_timestamp
from baitp_desktop.reports.layout import (
    MARGIN_X,
    PageDecor,
    TrailStamp,
    build_pdf,
    paper_size,
    study_line,
)
from baitp_desktop.reports.styles import HEADER_FILL, INK, RULE, ZEBRA_FILL, para, styles


class NoDayOne(UserFacingError):
    """A calendar needs Day 1 (the first dose date) to place the visits."""

    exit_code = 1


def weekday_name(day: date) -> str:
    """The short weekday ('Sat'; '周六' in Chinese)."""
    return (
        tr("Calendar", "Mon"),
        tr("Calendar", "Tue"),
        tr("Calendar", "Wed"),
        tr("Calendar", "Thu"),
        tr("Calendar", "Fri"),
        tr("Calendar", "Sat"),
        tr("Calendar", "Sun"),
    )[day.weekday()]


def date_with_weekday(day: date) -> str:
    """'2023-03-04 Sat' (the weekday in the printed language)."""
    text = tr("Calendar", "{date} {weekday}")
    return text.format(date=day.isoformat(), weekday=weekday_name(day))


def _large(name: str, size: float, bold: bool = False) -> ParagraphStyle:
    base = styles().bold if bold else styles().body
    return ParagraphStyle(f"calendar-{name}", parent=base, fontSize=size, leading=size * 1.3)


def _visit_text(name: str, target_day: int) -> str:
    """The visit's name, with its study day unless the name already says it ("Day 14")."""
    if str(target_day) in name:
        return name
    return tr("Calendar", "{visit}\n(Day {day})").format(visit=name, day=target_day)


def _visit_table(course: Course, width: float) -> Table:
    head_style, cell_style = _large("head", 10, bold=True), _large("cell", 10.5)
    header = [
        tr("Calendar", "Visit"),
        tr("Calendar", "Planned date"),
        tr("Calendar", "You may come between"),
        tr("Calendar", "Done on"),
    ]
    rows: list[list[Flowable | str]] = [[para(h, head_style) for h in header]]
    for window in course.windows:
        definition = window.definition
        counted = course.visit_counts.get(window.visit_id)
        done = date_with_weekday(counted) if counted else "☐ ____________"
        rows.append(
            [
                para(_visit_text(visit_label(definition), definition.target_day), cell_style),
                para(date_with_weekday(window.target), _large("date", 10.5, bold=True)),
                para(
                    tr("Calendar", "{first} to\n{last}").format(
                        first=date_with_weekday(window.first), last=date_with_weekday(window.last)
                    ),
                    cell_style,
                ),
                para(done, cell_style),
            ]
        )
    fractions = (0.30, 0.23, 0.26, 0.21)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, hAlign="LEFT")
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _facts_table(facts: list[tuple[str, str]], width: float) -> Table:
    """Label and value pairs in two columns, in the calendar's larger type."""
    label, value = _large("label", 10, bold=True), _large("value", 10.5)
    rows = [[para(k, label), para(v, value)] for k, v in facts]
    table = Table(rows, colWidths=[width * 0.32, width * 0.68], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def calendar_story(
    participant: Participant, config: ProtocolConfig, width: float
) -> list[Flowable]:
    course = Course(participant, config)
    if course.day1 is None:
        raise NoDayOne(
            tr(
                "Calendar",
                "{pid} has no Day 1 (first dose date) yet: the visit calendar is printed once "
                "Day 1 is set on the Screening tab.",
            ).format(pid=participant.participant_id)
        )
    last_dose = course.day_date(config.last_planned_day)
    facts = [
        (tr("Calendar", "Participant"), f"{participant.participant_id} ({participant.initials})"),
        (tr("Calendar", "Day 1 (first dose)"), date_with_weekday(course.day1)),
        (
            tr("Calendar", "Last planned dose"),
            tr("Calendar", "{date} (Day {day})").format(
                date=date_with_weekday(last_dose), day=config.last_planned_day
            ),
        ),
        (tr("Calendar", "Study team telephone"), "______________________"),
    ]
    advice = [
        tr("Calendar", "Take baricitinib {dose} mg by mouth once a day, every day.").format(
            dose=fmt_number(config.dose_mg)
        ),
        tr("Calendar", "Write each day's dose in your diary card and bring it to every visit."),
        tr(
            "Calendar",
            "Please come on the planned date. If you cannot, any day in the window is fine; "
            "if you cannot come within the window, call the study team.",
        ),
        tr(
            "Calendar",
            "Call the study team at once if you have bleeding, a fever or any new symptom.",
        ),
    ]
    body = _large("body", 10.5)
    return [
        para(tr("Calendar", "Your visit calendar"), styles().title),
        para(tr("Calendar", "BAITP study: baricitinib for immune thrombocytopenia"), body),
        Spacer(0, 3 * mm),
        _facts_table(facts, width),
        Spacer(0, 4 * mm),
        _visit_table(course, width),
        Spacer(0, 5 * mm),
        *[para(f"• {line}", body) for line in advice],
    ]


def write_visit_calendar(
    participant: Participant,
    config: ProtocolConfig,
    target: Path | BinaryIO,
    *,
    language: str | None = None,
    paper: str = "a4",
    generated_at: datetime | None = None,
    trail: TrailStamp | None = None,
) -> int:
    """Write the participant's take-home visit calendar; returns the page count."""
    moment = generated_at or datetime.now(UTC)
    with language_scope(language):
        width = paper_size(paper)[0] - 2 * MARGIN_X
        story = calendar_story(participant, config, width)
        decor = PageDecor(
            study_line=study_line(config),
            document_title=tr("Calendar", "Visit calendar"),
            participant_label=tr("Calendar", "Participant {pid} ({initials})").format(
                pid=participant.participant_id, initials=participant.initials
            ),
            generated_at=fmt_timestamp(moment, None),
            status=tr(
                "Calendar",
                "Planned from Day 1; the study team may agree another date within the window.",
            ),
            trail=trail,
        )
        return build_pdf(story, decor, target, paper=paper, subject=decor.document_title)
