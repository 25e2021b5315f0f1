"""The visit calendar of one participant: target day and window as dates (core.visits).

A read-only table model over `Course.windows` with the date of the count chosen for each
visit; shown on the screening tab once Day 1 is set, reusable wherever visits are listed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from baitp_desktop.core.course import Course
from baitp_desktop.core.visits import VisitWindow, visit_label
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class VisitCalendarModel(QAbstractTableModel):
    VISIT, TARGET, WINDOW, COUNT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._windows: tuple[VisitWindow, ...] = ()
        self._counts: dict[str, date | None] = {}
        self._day1: date | None = None

    def set_course(self, course: Course | None) -> None:
        self.beginResetModel()
        if course is None or course.day1 is None:
            self._windows, self._counts, self._day1 = (), {}, None
        else:
            self._windows, self._counts = course.windows, course.visit_counts
            self._day1 = course.day1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._windows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Visits", "Visit"),
            tr("Visits", "Target"),
            tr("Visits", "Window"),
            tr("Visits", "Count on"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._windows):
            return None
        window = self._windows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.VISIT:
                return visit_label(window.definition)
            if column == self.TARGET:
                return f"{window.target.isoformat()} ({study_day_text(window.target, self._day1)})"
            if column == self.WINDOW:
                return f"{window.first.isoformat()} – {window.last.isoformat()}"
            counted = self._counts.get(window.visit_id)
            return counted.isoformat() if counted else "—"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WINDOW:
            return tr("Visits", "{first} to {last}").format(
                first=study_day_text(window.first, self._day1),
                last=study_day_text(window.last, self._day1),
            )
        return None


class VisitCalendarView(QTableView):
    """Compact, read-only; rows sized to their text so nothing is cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = VisitCalendarModel(self)
        self.setModel(self.calendar)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_course(self, course: Course | None) -> None:
        self.calendar.set_course(course)
        rows = self.calendar.rowCount()
        height = self.horizontalHeader().sizeHint().height() + 4
        height += sum(self.rowHeight(r) for r in range(rows)) if rows else 0
        self.setFixedHeight(max(height, 40))
