"""The rows of the Bleeding (WHO scale) table and how each column shows them.

Every stored grade is a row; a platelet count dated on or after Day 1 without a grade on
its date is a placeholder row ("not assessed": its response is NE, and for a visit's
count the validator asks for the grade), so the nurse sees what is missing where the
grade is entered. Bleeding events (grade ≥ the configured minimum) are bold, coloured
and labelled, never colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.records import BleedingAssessment
from baitp_desktop.core.visits import visit_label, window_of
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.display import short_visit_name
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import MUTED_TEXT, severity_colour
from baitp_desktop.gui.tabs.bleeding_scale import is_bleeding_event, who_definition
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr

EVENT_SYMBOL = "▲"


@dataclass(frozen=True)
class BleedingRow:
    date: date
    day: str
    visit: str
    who_grade: int | None
    record: BleedingAssessment | None
    keys: tuple[str, ...]
    note: str = ""
    used: bool = True  # False: a higher grade on the same date is the one that counts

    @property
    def placeholder(self) -> bool:
        return self.record is None


def visit_of(course: Course, day: date) -> str:
    window = window_of(day, course.windows)
    if course.day1 is None:
        return tr("Bleeding", "Before Day 1 is set")
    return tr("Bleeding", "Unscheduled") if window is None else visit_label(window.definition)


def bleeding_rows(snapshot: ParticipantSnapshot) -> list[BleedingRow]:
    """Stored grades, and counts (Day 1 on) without a grade, in date order."""
    course = snapshot.course
    rows: list[BleedingRow] = []
    for record in course.participant.bleeding:
        used = course.grades.get(record.date) == record.who_grade
        rows.append(
            BleedingRow(
                date=record.date,
                day=study_day_text(record.date, course.day1),
                visit=visit_of(course, record.date),
                who_grade=record.who_grade,
                record=record,
                keys=(f"bleeding:{record.date.isoformat()}", f"count:{record.date.isoformat()}"),
                note=""
                if used
                else tr("Bleeding", "A higher grade on the same date is the one that counts."),
                used=used,
            )
        )
    for day in course.assessment_counts:
        if day in course.grades:
            continue
        rows.append(
            BleedingRow(
                date=day,
                day=study_day_text(day, course.day1),
                visit=visit_of(course, day),
                who_grade=None,
                record=None,
                keys=(f"count:{day.isoformat()}",),
                note=tr(
                    "Bleeding",
                    "A platelet count on this date has no WHO grade: its response is NE "
                    "(not evaluable). Press Enter to enter the grade.",
                ),
            )
        )
    rows.sort(key=lambda r: (r.date, r.record is None, r.record.record_id if r.record else 0))
    return rows


def bleeding_columns(config: ProtocolConfig) -> list[Column]:
    """Date, study day, grade, its definition, the bleeding-event flag, visit."""
    event_colour = severity_colour(Severity.MAJOR)
    muted = QColor(MUTED_TEXT)

    def is_event(row: BleedingRow) -> bool:
        return is_bleeding_event(row.who_grade, config)

    def colour(row: BleedingRow) -> QColor | None:
        if is_event(row):
            return event_colour
        return None if row.used else muted

    def note(row: BleedingRow) -> str | None:
        return row.note or None

    return [
        Column(tr("Bleeding", "Date"), lambda r: format_date(r.date), tooltip=note),
        Column(tr("Bleeding", "Study day"), lambda r: r.day, align_right=True),
        Column(
            tr("Bleeding", "WHO grade"),
            lambda r: tr("Bleeding", "not assessed") if r.who_grade is None else str(r.who_grade),
            align_right=True,
            bold=is_event,
            foreground=colour,
            tooltip=note,
        ),
        Column(
            tr("Bleeding", "Meaning"),
            lambda r: "" if r.who_grade is None else who_definition(r.who_grade),
            foreground=colour,
        ),
        Column(
            tr("Bleeding", "Bleeding event"),
            lambda r: f"{EVENT_SYMBOL} " + tr("Bleeding", "bleeding event") if is_event(r) else "",
            bold=is_event,
            foreground=colour,
            header_tooltip=tr("Bleeding", "WHO grade {grade} or higher (PROTOCOL.md §4)").format(
                grade=config.bleeding_event_min_grade
            ),
        ),
        Column(  # the first words of the visit's name; the whole name in the tooltip
            tr("Bleeding", "Visit"), lambda r: short_visit_name(r.visit), tooltip=lambda r: r.visit
        ),
    ]
