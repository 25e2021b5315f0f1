"""The participant navigator: find a participant by any part of id or initials, open it.

A list (id, initials, status, open findings) over a `NavigatorModel` fed by the background
validator's results, a filter line (Ctrl+F in the main window) and "New participant".
Choosing a row emits `participant_requested`; the main window decides (it may ask about
unsaved edits) and then calls `select` to show the choice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.findings import Finding
from baitp_desktop.core.status import ParticipantStatus
from baitp_desktop.gui.findings_panel import findings_summary
from baitp_desktop.gui.style import severity_icon
from baitp_desktop.gui.validation_worker import ParticipantResult
from baitp_desktop.gui.widgets.columns_model import Column, ColumnsModel, read_only_table
from baitp_desktop.gui.widgets.proxy import change_filter
from baitp_desktop.i18n import tr

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _open_findings(r: ParticipantResult) -> list[Finding]:
    """The findings nobody has explained: what the count and the icon stand for."""
    return [f for f in r.findings if f.explained is None]


def _findings_tip(r: ParticipantResult) -> str | None:
    return findings_summary(list(r.findings)) if r.findings else None


def _worst_icon(r: ParticipantResult) -> QIcon | None:
    open_ones = _open_findings(r)
    if not open_ones:
        return None
    return severity_icon(min((f.severity for f in open_ones), key=lambda s: s.rank))


def _status_colour(r: ParticipantResult) -> Qt.GlobalColor | None:
    ended = r.status in (ParticipantStatus.DISCONTINUED, ParticipantStatus.COMPLETED)
    return Qt.GlobalColor.darkGray if ended else None


def _navigator_columns() -> list[Column]:
    return [
        Column(tr("Navigator", "Id"), lambda r: r.participant_id),
        Column(tr("Navigator", "Initials"), lambda r: r.initials),
        Column(tr("Navigator", "Status"), lambda r: r.status.label, foreground=_status_colour),
        Column(
            tr("Navigator", "Findings"),
            lambda r: str(len(_open_findings(r))) if _open_findings(r) else "",
            align_right=True,
            tooltip=_findings_tip,
            icon=_worst_icon,
            header_tooltip=tr("Navigator", "Open findings (deviations and queries)"),
        ),
    ]


class NavigatorModel(ColumnsModel):
    """One row per participant, in id order; rows are replaced as results arrive."""

    ID, INITIALS, STATUS, FINDINGS = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_navigator_columns(), parent, align_headers=False)

    def set_results(self, results: Iterable[ParticipantResult]) -> None:
        self.set_rows(sorted(results, key=lambda r: r.participant_id))

    def update_result(self, result: ParticipantResult) -> None:
        for row, existing in enumerate(self._rows):
            if existing.participant_id == result.participant_id:
                self._rows[row] = result
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.FINDINGS))
                return
        position = sum(1 for r in self._rows if r.participant_id < result.participant_id)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, result)
        self.endInsertRows()

    def row_of(self, participant_id: str) -> int | None:
        for row, result in enumerate(self._rows):
            if result.participant_id == participant_id:
                return row
        return None

    def result(self, participant_id: str) -> ParticipantResult | None:
        row = self.row_of(participant_id)
        return None if row is None else self._rows[row]

    def results(self) -> list[ParticipantResult]:
        return self.rows()

    def cell(self, number: int, column_number: int, role: int) -> Any:
        if role == ID_ROLE:
            return self._rows[number].participant_id
        return super().cell(number, column_number, role)


class _TextFilter(QSortFilterProxyModel):
    """Keeps rows whose id or initials contain the typed text (case-insensitive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        def change() -> None:
            self.needle = text.strip().casefold()

        change_filter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        for column in (NavigatorModel.ID, NavigatorModel.INITIALS):
            text = str(model.index(source_row, column, source_parent).data() or "")
            if self.needle in text.casefold():
                return True
        return False


class _FilterLine(QLineEdit):
    """Down/Enter move into the list, so finding a participant needs no mouse."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_list.emit()
            return
        super().keyPressEvent(event)


class Navigator(QWidget):
    """Filter line, participant list, "New participant" button."""

    participant_requested = Signal(str)
    new_participant_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.model = NavigatorModel(self)
        self.proxy = _TextFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = _FilterLine(self)
        self.filter.setPlaceholderText(tr("Navigator", "Find id or initials (Ctrl+F)"))
        self.filter.setAccessibleName(tr("Navigator", "Find participant"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_needle)
        self.filter.to_list.connect(self._enter_list)
        self.view = read_only_table(QTableView(self))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NavigatorModel.STATUS, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.view.selectionModel().currentRowChanged.connect(self._current_moved)
        self.new_button = QPushButton(tr("Navigator", "New participant…"), self)
        self.new_button.clicked.connect(self.new_participant_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.new_button)
        self._selected: str | None = None
        self.setMinimumWidth(self._natural_width())

    def _natural_width(self) -> int:
        """Wide enough for every column without truncation (labels may be translated)."""
        metrics = self.view.fontMetrics()
        samples = (
            ("BAITP-000", tr("Navigator", "Id")), ("WWWW", tr("Navigator", "Initials")),
            (max((s.label for s in ParticipantStatus), key=metrics.horizontalAdvance),
             tr("Navigator", "Status")),
            ("WW000", tr("Navigator", "Findings")),
        )  # fmt: skip
        cells = sum(
            max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b)) + 12 for a, b in samples
        )
        return cells + 36 + self.view.verticalScrollBar().sizeHint().width()

    def set_results(self, results: Iterable[ParticipantResult]) -> None:
        self.model.set_results(results)
        self.select(self._selected)

    def update_result(self, result: ParticipantResult) -> None:
        self.model.update_result(result)
        if result.participant_id == self._selected:
            self.select(self._selected)

    def selected(self) -> str | None:
        return self._selected

    def select(self, participant_id: str | None) -> None:
        """Show `participant_id` as the chosen row (without emitting a request)."""
        self._selected = participant_id
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            row = None if participant_id is None else self.model.row_of(participant_id)
            if row is None:
                selection.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                selection.clearSelection()
                return
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        finally:
            selection.blockSignals(False)
            self.view.viewport().update()

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _enter_list(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.view.setFocus()
        if self.proxy.rowCount() == 1:
            self._chosen(self.proxy.index(0, 0))
        else:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.view.hasFocus():
            self._chosen(current)

    def _chosen(self, index: QModelIndex) -> None:
        participant_id = index.data(ID_ROLE)
        if participant_id and participant_id != self._selected:
            self.participant_requested.emit(participant_id)
        elif participant_id:
            self.select(participant_id)
