"""Small list tables (queries, accounts) whose rows carry the key of what they show.

The key sits in every cell (Qt.ItemDataRole.UserRole), so a selection survives a
refresh and a sort: the dialog asks for the selected key, never for a row number.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

_KEY = Qt.ItemDataRole.UserRole


def fill_keyed_rows(
    table: QTableWidget, rows: Sequence[tuple[Hashable, Sequence[str]]], keep: Hashable | None
) -> None:
    """Show `rows` as (key, cells); select the row of `keep` again when it is still there."""
    table.setRowCount(len(rows))
    for n, (key, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_KEY, key)
            table.setItem(n, column, item)
    if keep is not None:
        select_key(table, keep)


def selected_key(table: QTableWidget) -> object | None:
    """The key of the selected row, None when nothing is selected."""
    items = table.selectedItems()
    return items[0].data(_KEY) if items else None


def select_key(table: QTableWidget, key: Hashable) -> None:
    """Select the row showing `key` (nothing changes when no row does)."""
    for n in range(table.rowCount()):
        item = table.item(n, 0)
        if item is not None and item.data(_KEY) == key:
            table.selectRow(n)
            return
