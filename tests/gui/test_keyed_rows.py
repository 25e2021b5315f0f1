"""The query and account lists keep the person's selection across a refresh."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.widgets.keyed_rows import fill_keyed_rows, select_key, selected_key


def make_table(qtbot: QtBot) -> QTableWidget:
    table = QTableWidget(0, 2)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    qtbot.addWidget(table)
    return table


def test_selection_follows_the_key_when_rows_move(qtbot: QtBot) -> None:
    table = make_table(qtbot)
    fill_keyed_rows(table, [(1, ("Q1", "open")), (2, ("Q2", "open"))], keep=None)
    assert selected_key(table) is None
    select_key(table, 2)
    assert selected_key(table) == 2
    # A new query arrives at the top: the same query stays selected, not the same row.
    fill_keyed_rows(table, [(3, ("Q3", "new")), (1, ("Q1", "open")), (2, ("Q2", "answered"))],
                    keep=selected_key(table))  # fmt: skip
    assert selected_key(table) == 2
    assert table.item(table.currentRow(), 1).text() == "answered"


def test_a_key_no_longer_listed_selects_nothing_new(qtbot: QtBot) -> None:
    table = make_table(qtbot)
    fill_keyed_rows(table, [("nurse", ("nurse", "active"))], keep="gone")
    assert selected_key(table) is None
    select_key(table, "nobody")
    assert selected_key(table) is None
