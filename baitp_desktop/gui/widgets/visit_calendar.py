"""The visit calendar of one participant: target day and window as dates (core.visits).

A read-only table model over `Course.windows` with the date of the count chosen for each
visit; shown on the screening tab once Day 1 is set, reusable wherever visits are listed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from baitp_desktop.core.course import Course
from baitp_desktop.core.visits import VisitWindow, visit_label
from baitp_desktop.gui.locale_format import format_date, format_date_range
from baitp_desktop.gui.widgets.columns_model import Column, ColumnsModel, read_only_table
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr


class VisitCalendarModel(ColumnsModel):
    VISIT, TARGET, WINDOW, COUNT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._counts: dict[str, date | None] = {}
        self._day1: date | None = None
        super().__init__(self._columns(), parent, align_headers=False)

    def _columns(self) -> list[Column]:
        def target(window: VisitWindow) -> str:
            return f"{format_date(window.target)} ({study_day_text(window.target, self._day1)})"

        def window_days(window: VisitWindow) -> str:
            return tr("Visits", "{first} to {last}").format(
                first=study_day_text(window.first, self._day1),
                last=study_day_text(window.last, self._day1),
            )

        def counted(window: VisitWindow) -> str:
            day = self._counts.get(window.visit_id)
            return format_date(day) if day else "—"

        return [
            Column(tr("Visits", "Visit"), lambda w: visit_label(w.definition)),
            Column(tr("Visits", "Target"), target),
            Column(
                tr("Visits", "Window"),
                lambda w: format_date_range(w.first, w.last),
                tooltip=window_days,
            ),
            Column(tr("Visits", "Count on"), counted),
        ]

    def set_course(self, course: Course | None) -> None:
        if course is None or course.day1 is None:
            self._counts, self._day1 = {}, None
            self.set_rows(())
        else:
            self._counts, self._day1 = course.visit_counts, course.day1
            self.set_rows(course.windows)


class VisitCalendarView(QTableView):
    """Compact, read-only; rows sized to their text so nothing is cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = VisitCalendarModel(self)
        self.setModel(self.calendar)
        read_only_table(self)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(False)

    def set_course(self, course: Course | None) -> None:
        self.calendar.set_course(course)
        rows = self.calendar.rowCount()
        height = self.horizontalHeader().sizeHint().height() + 4
        height += sum(self.rowHeight(r) for r in range(rows)) if rows else 0
        self.setFixedHeight(max(height, 40))
