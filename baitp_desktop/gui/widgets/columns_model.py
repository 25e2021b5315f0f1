"""A read-only table model over a list of row objects, shown by a list of columns.

Why one model: every list in the GUI (the record tables of the tabs, findings, the
navigator, the visit calendar, dosing decisions, the audit history, the dashboard and
outcomes tables) is rows of some object and columns that say how a row reads. Counting
rows and columns, headers, alignment, flags and the per-column text, tooltip, icon,
colour, bold and sort key are written once here; a subclass adds only its own roles
(finding marks, badges, traces, ids) by overriding `cell`.

`read_only_table` gives a view the look every such list shares: whole rows selected, one
at a time, no editing, no row numbers, columns as wide as their text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 13  # a column's sort key (a proxy's sort role)


@dataclass(frozen=True)
class Column:
    """One column: its header and how a row shows in it (every callable takes the row)."""

    title: str
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: Callable[[Any], str | None] | None = None
    bold: Callable[[Any], bool] | None = None
    foreground: Callable[[Any], QColor | Qt.GlobalColor | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    header_tooltip: str | None = None
    sort_key: Callable[[Any], Any] | None = None
    badge: Callable[[Any], tuple[str, QColor] | None] | None = None  # record tables
    trace: Callable[[Any], Any] | None = None  # outcomes: the numbers behind a cell


def alignment(column: Column) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ColumnsModel(QAbstractTableModel):
    """Rows shown by `columns`. `align_headers` False: headers keep the style's centring."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        align_headers: bool = True,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []
        self._align_headers = align_headers

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def refresh_all(self) -> None:
        """Every cell may read differently (findings or locks changed, not the rows)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and self._align_headers:
            return alignment(column)
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
        return self.cell(index.row(), index.column(), role)

    def cell(self, number: int, column_number: int, role: int) -> Any:
        """What row `number` shows in a column for `role` (subclasses add roles)."""
        row, column = self._rows[number], self.columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(row) if column.foreground else None
        if role == Qt.ItemDataRole.FontRole:
            return bold_font() if column.bold and column.bold(row) else None
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        return None


ViewT = TypeVar("ViewT", bound=QTableView)


def read_only_table(
    view: ViewT,
    *,
    alternating: bool = True,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents,
) -> ViewT:
    """A list to read and choose from: whole rows, one at a time, no editing, no row
    numbers; columns resized by `resize`, the last one taking the spare width."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(True)
    return view
