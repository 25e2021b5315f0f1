"""A read-only table model over row objects, where each cell can name its participants.

Shared by the site dashboard and the outcomes screen: both show lists whose columns are
functions of a row object, and both need to know what a click on a cell means — the
dashboard opens the row's participant on the right tab (`target`), the outcomes screen
lists the participants behind the number in the cell (`trace`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from baitp_desktop.core.outcomes_text import TracedNumber

AnyIndex = QModelIndex | QPersistentModelIndex
TRACE_ROLE = Qt.ItemDataRole.UserRole + 11  # TracedNumber behind a cell, or None
TARGET_ROLE = Qt.ItemDataRole.UserRole + 12  # (participant id, tab id, record) of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 13


@dataclass(frozen=True)
class TableColumn:
    """One column: its header, how a row reads in it, and what a click on it traces."""

    title: str
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None
    trace: Callable[[Any], TracedNumber | None] | None = None
    sort_key: Callable[[Any], Any] | None = None


class RowsModel(QAbstractTableModel):
    """Rows shown by `columns`; `target(row)` says where activating a row leads."""

    def __init__(
        self,
        columns: Sequence[TableColumn],
        target: Callable[[Any], tuple[str, str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._target = target
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(self.columns[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(column, row)
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(row) if column.foreground else None
        if role == Qt.ItemDataRole.FontRole:
            if column.bold and column.bold(row):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == TRACE_ROLE:
            return column.trace(row) if column.trace else None
        if role == TARGET_ROLE:
            return self._target(row) if self._target else None
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        return None


def _tooltip(column: TableColumn, row: Any) -> str | None:
    parts = [column.tooltip(row) if column.tooltip else None]
    trace = column.trace(row) if column.trace else None
    if trace is not None and trace.participants:
        parts.append(trace.listing())
    return "\n".join(p for p in parts if p) or None


def _alignment(column: TableColumn) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def compact_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table whose columns fit their text (last one stretches)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, max_width: int = 230) -> None:
    """Columns as wide as their text, but none wider than `max_width` (the rest elides and
    shows in the tooltip), so that a long visit name cannot push the others off screen."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)
