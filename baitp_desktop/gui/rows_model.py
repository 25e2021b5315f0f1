"""The dashboard's and outcomes screen's tables: rows whose cells name their participants.

Shared by the site dashboard and the outcomes screen: both show lists whose columns are
functions of a row object, and both need to know what a click on a cell means — the
dashboard opens the row's participant on the right tab (`target`), the outcomes screen
lists the participants behind the number in the cell (`trace`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from baitp_desktop.core.outcomes_text import TracedNumber
from baitp_desktop.gui.widgets.columns_model import Column, ColumnsModel, read_only_table

TRACE_ROLE = Qt.ItemDataRole.UserRole + 11  # TracedNumber behind a cell, or None
TARGET_ROLE = Qt.ItemDataRole.UserRole + 12  # (participant id, tab id, record) of a row


class RowsModel(ColumnsModel):
    """Rows shown by `columns`; `target(row)` says where activating a row leads, a
    column's `trace(row)` which participants make up the number in its cell."""

    def __init__(
        self,
        columns: Sequence[Column],
        target: Callable[[Any], tuple[str, str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._target = target

    def cell(self, number: int, column_number: int, role: int) -> Any:
        row, column = self._rows[number], self.columns[column_number]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(column, row)
        if role == TRACE_ROLE:
            return column.trace(row) if column.trace else None
        if role == TARGET_ROLE:
            return self._target(row) if self._target else None
        return super().cell(number, column_number, role)


def _tooltip(column: Column, row: Any) -> str | None:
    parts = [column.tooltip(row) if column.tooltip else None]
    trace: TracedNumber | None = column.trace(row) if column.trace else None
    if trace is not None and trace.participants:
        parts.append(trace.listing())
    return "\n".join(p for p in parts if p) or None


def compact_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table whose columns fit their text (last one stretches)."""
    view = read_only_table(QTableView(parent), resize=QHeaderView.ResizeMode.Interactive)
    view.setModel(model)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def fit_columns(view: QTableView, max_width: int = 230) -> None:
    """Columns as wide as their text, but none wider than `max_width` (the rest elides and
    shows in the tooltip), so that a long visit name cannot push the others off screen."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > max_width:
            header.resizeSection(column, max_width)
