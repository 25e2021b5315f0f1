"""The rows of the Platelet counts table and how each column shows them.

Why its own module: which rows the table holds (every stored count, the screening form's
count for reference, and a placeholder for each visit whose window closed without a
count) and what each row says (study day, visit or "(extra)", same-date WHO grade,
response) is decided here from the snapshot's `Course`, apart from the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QColor

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.platelet_course import visit_placement
from baitp_desktop.core.records import PlateletCount
from baitp_desktop.core.visits import visit_label
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.display import short_visit_name
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import MUTED_TEXT, severity_colour
from baitp_desktop.gui.tabs.bleeding_scale import is_bleeding_event, who_definition
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.gui.widgets.platelet_chart import response_name
from baitp_desktop.i18n import tr

COUNT_UNIT = "×10⁹/L"


@dataclass(frozen=True)
class CountRow:
    """A stored count (`record`), the screening count, or a visit without a count."""

    date: date
    day: str
    visit: str
    count: float | None
    who_grade: int | None
    response: Response | None
    record: PlateletCount | None
    keys: tuple[str, ...]
    note: str = ""
    visit_name: str = ""  # the visit's whole name when `visit` shows it shortened
    is_screening: bool = False
    used: bool = True  # False: a lower count on the same date is the one used
    trigger: bool = False  # the interruption rule was met on this count

    @property
    def placeholder(self) -> bool:
        return self.record is None


def count_rows(snapshot: ParticipantSnapshot) -> list[CountRow]:
    """Stored counts, the screening count and missed visits, in date order."""
    course = snapshot.course
    day1 = course.day1
    responses = {a.date: a.response for a in course.assessments}
    chosen_for = {d: v for v, d in course.visit_counts.items() if d is not None}
    rows: list[CountRow] = []
    for record in course.participant.platelet_counts:
        placement = visit_placement(course, record.date) if day1 else None
        keys = [f"count:{record.date.isoformat()}"]
        if record.date in chosen_for:
            keys.append(f"visit:{chosen_for[record.date]}")
        used = course.counts.get(record.date) == record.value
        trigger = used and record.date in course.triggers
        visit = placement.text if placement else tr("Counts", "Before Day 1 is set")
        rows.append(
            CountRow(
                date=record.date,
                day=study_day_text(record.date, day1),
                visit=_shortened(visit, placement.name) if placement else visit,
                visit_name=placement.name if placement else "",
                count=record.value,
                who_grade=course.grades.get(record.date),
                response=responses.get(record.date),
                record=record,
                keys=tuple(keys),
                note=_count_note(course, used, trigger),
                used=used,
                trigger=trigger,
            )
        )
    rows += _screening_row(course)
    rows += _missed_visit_rows(course, snapshot.today)
    rows.sort(key=lambda r: (r.date, r.record is None, r.record.record_id if r.record else 0))
    return rows


def _count_note(course: Course, used: bool, trigger: bool) -> str:
    if not used:
        return tr("Counts", "Not used: a lower count on the same date counts (PROTOCOL.md §8).")
    if trigger:
        config = course.config
        return tr(
            "Counts",
            "The interruption rule was met on this count: {threshold} on two consecutive "
            "counts at least {days} days apart.",
        ).format(threshold=config.interruption, days=config.interruption_min_days_apart)
    return ""


def _screening_row(course: Course) -> list[CountRow]:
    screening = course.participant.screening
    if screening.platelets is None or screening.date is None:
        return []
    return [
        CountRow(
            date=screening.date,
            day=study_day_text(screening.date, course.day1),
            visit=tr("Counts", "Screening (screening form)"),
            count=screening.platelets,
            who_grade=None,
            response=None,
            record=None,
            keys=("screening:platelets",),
            note=tr("Counts", "Entered on the Screening tab; a candidate for the baseline count."),
            is_screening=True,
        )
    ]


def _missed_visit_rows(course: Course, today: date) -> list[CountRow]:
    """A placeholder for each visit whose window closed before today with no count."""
    rows = []
    for window in course.windows:
        if window.last >= today or course.visit_counts.get(window.visit_id) is not None:
            continue
        name = visit_label(window.definition)
        rows.append(
            CountRow(
                date=window.target,
                day=study_day_text(window.target, course.day1),
                visit=tr("Counts", "{visit}: missed").format(visit=short_visit_name(name)),
                visit_name=name,
                count=None,
                who_grade=None,
                response=None,
                record=None,
                keys=(f"visit:{window.visit_id}",),
                note=tr("Counts", "Window {first} to {last} closed without a count.").format(
                    first=format_date(window.first), last=format_date(window.last)
                ),
            )
        )
    return rows


def _shortened(text: str, visit_name: str) -> str:
    """`text` with the visit's name cut to its first words ("Week 24 (extra)"), so that the
    Visit column fits beside the chart, also in Chinese; the tooltip has the whole name."""
    return text.replace(visit_name, short_visit_name(visit_name))


def _visit_tooltip(row: CountRow) -> str | None:
    whole = row.visit_name if row.visit_name and row.visit_name not in row.visit else ""
    return "\n".join(part for part in (whole, row.note) if part) or None


def _response_text(row: CountRow) -> str:
    return "" if row.response is None else row.response.value


def _response_tooltip(row: CountRow) -> str | None:
    return None if row.response is None else response_name(row.response)


def _grade_text(row: CountRow) -> str:
    return "" if row.who_grade is None else str(row.who_grade)


def _count_text(row: CountRow) -> str:
    return "—" if row.count is None else fmt_number(row.count)


def count_columns(config: ProtocolConfig) -> list[Column]:
    """Date, study day, count, same-date WHO grade, response, visit (last: the longest)."""
    event_colour = severity_colour(Severity.MAJOR)
    muted = QColor(MUTED_TEXT)

    def is_event(row: CountRow) -> bool:
        return is_bleeding_event(row.who_grade, config)

    def note(row: CountRow) -> str | None:
        return row.note or None

    return [
        Column(tr("Counts", "Date"), lambda r: format_date(r.date), tooltip=note),
        Column(tr("Counts", "Study day"), lambda r: r.day, align_right=True),
        Column(
            tr("Counts", "Platelets ({unit})").format(unit=COUNT_UNIT),
            _count_text,
            align_right=True,
            tooltip=note,
            bold=lambda r: r.trigger,
            foreground=lambda r: None if r.used else muted,
        ),
        Column(
            tr("Counts", "WHO grade"),
            _grade_text,
            align_right=True,
            tooltip=lambda r: None if r.who_grade is None else who_definition(r.who_grade),
            bold=is_event,
            foreground=lambda r: event_colour if is_event(r) else None,
            header_tooltip=tr("Counts", "WHO bleeding grade on the same date"),
        ),
        Column(
            tr("Counts", "Response"),
            _response_text,
            tooltip=_response_tooltip,
            header_tooltip=tr(
                "Counts",
                "CR / R / NR from the count and the same-date WHO grade; NE without a grade",
            ),
        ),
        Column(tr("Counts", "Visit"), lambda r: r.visit, tooltip=_visit_tooltip),
    ]
