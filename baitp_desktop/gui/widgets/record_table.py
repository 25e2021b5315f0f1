"""The record tables' model: rows shown by columns (`ColumnsModel`), with finding marks.

Why one model for the counts, bleeding, AE and rescue tables: they differ only in their
columns; how a finding marks a row (tint AND severity icon, tooltip saying why), how a
placeholder row (a missed visit, a count without a bleeding grade) looks and how a
finding's record is found again, and how a row locked by a signature is marked, are the
same everywhere, and written once here.

A row object has `keys` (the `Finding.record` strings it answers to, e.g.
`("count:2022-08-09", "visit:d28")`) and `placeholder` (True for a row that stands for
something missing rather than a stored record).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.gui.style import (
    MUTED_TEXT,
    lock_icon,
    severity_icon,
    severity_label,
    severity_tint,
)
from baitp_desktop.gui.widgets.columns_model import Column, ColumnsModel, read_only_table

AnyIndex = QModelIndex | QPersistentModelIndex
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (text, background colour) of a badge, or None


class TableRow(Protocol):
    @property
    def keys(self) -> tuple[str, ...]: ...

    @property
    def placeholder(self) -> bool: ...


@dataclass(frozen=True)
class RowMark:
    """The findings that point at one row: the worst severity and every message."""

    severity: Severity
    messages: tuple[str, ...]

    def tooltip(self) -> str:
        return "\n".join(self.messages)


def marks_by_key(findings: Sequence[Finding]) -> dict[str, RowMark]:
    """Finding.record -> the worst severity and all messages (with code) pointing at it."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(finding.record, []).append(finding)
    marks: dict[str, RowMark] = {}
    for key, items in grouped.items():
        items.sort(key=lambda f: f.severity.rank)
        messages = tuple(f"{severity_label(f.severity)} · {f.code}: {f.message}" for f in items)
        marks[key] = RowMark(items[0].severity, messages)
    return marks


class RecordTableModel(ColumnsModel):
    """Rows of one kind of record, shown by `columns`; highlights rows findings point at
    and marks rows whose record is locked by a signature."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self._marks: dict[str, RowMark] = {}
        self._locked: Callable[[Any], str | None] = _never_locked

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[TableRow]) -> None:
        super().set_rows(rows)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._marks = marks_by_key(findings)
        self.refresh_all()

    def set_locked(self, locked: Callable[[Any], str | None]) -> None:
        """`locked(row)`: why a row's record is read-only (a signature), or None."""
        self._locked = locked
        self.refresh_all()

    def row_of_key(self, key: str) -> int | None:
        """The first row a finding record (e.g. "count:2022-08-09") points at."""
        for number, row in enumerate(self._rows):
            if key in row.keys:
                return number
        return None

    def mark(self, number: int) -> RowMark | None:
        """The worst finding on a row (over all its keys)."""
        found = [self._marks[k] for k in self._rows[number].keys if k in self._marks]
        if not found:
            return None
        found.sort(key=lambda m: m.severity.rank)
        messages = tuple(m for mark in found for m in mark.messages)
        return RowMark(found[0].severity, messages)

    # -- cells -----------------------------------------------------------------------------
    def cell(self, number: int, column_number: int, role: int) -> Any:
        row, column = self._rows[number], self.columns[column_number]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(number, column, row)
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self.mark(number)
            return None if mark is None else severity_tint(mark.severity)
        if role == Qt.ItemDataRole.DecorationRole:
            if column_number != 0:
                return None
            mark = self.mark(number)
            if mark is not None:
                return severity_icon(mark.severity)
            return lock_icon() if self._locked(row) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(column, row)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.foreground(row) if column.foreground else None
            if colour is None and row.placeholder:
                colour = QColor(MUTED_TEXT)
            return colour
        if role == BADGE_ROLE:
            return column.badge(row) if column.badge else None
        return super().cell(number, column_number, role)

    def _tooltip(self, number: int, column: Column, row: Any) -> str | None:
        parts = []
        if (mark := self.mark(number)) is not None:
            parts.append(mark.tooltip())
        if column.tooltip is not None and (text := column.tooltip(row)):
            parts.append(text)
        if (locked := self._locked(row)) is not None:
            parts.append(locked)
        return "\n".join(parts) or None

    @staticmethod
    def _font(column: Column, row: Any) -> QFont | None:
        bold = column.bold(row) if column.bold else False
        if not bold and not row.placeholder:
            return None
        font = QFont()
        font.setBold(bold)
        font.setItalic(row.placeholder)
        return font


def _never_locked(_row: Any) -> str | None:
    return None


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's BADGE_ROLE (text, colour) as a rounded label: a badge stands out
    from the row's finding tint and from plain text (e.g. an AE term "to be coded")."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        badge = index.data(BADGE_ROLE)
        if not badge:
            super().paint(painter, option, index)
            return
        text, colour = badge
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        font = QFont(option.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        rect = option.rect.adjusted(3, 3, -3, -3)
        width = min(rect.width(), metrics.horizontalAdvance(text) + 12)
        pill = QRectF(rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour).darker(160), 1))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(pill, 6, 6)
        painter.setFont(font)
        painter.setPen(QColor(colour).darker(320))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        badge = index.data(BADGE_ROLE)
        if badge:
            font = QFont(option.font)
            font.setBold(True)
            size.setWidth(max(size.width(), QFontMetrics(font).horizontalAdvance(badge[0]) + 20))
        return size


def record_table_view(model: RecordTableModel, parent: QWidget | None = None) -> QTableView:
    """A keyboard-friendly, whole-row-selecting view for a record table."""
    view = read_only_table(QTableView(parent), alternating=False)  # tints stay recognisable
    view.setModel(model)
    # The last column takes what width is left and elides, rather than pushing the table
    # into a horizontal scroll bar at 1366×768.
    last = model.columnCount() - 1
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.setItemDelegate(BadgeDelegate(view))
    return view


def select_row(view: QTableView, number: int) -> None:
    """Select a row, scroll it into view and give the table the keyboard focus."""
    index = view.model().index(number, 0)
    view.selectRow(number)
    view.setCurrentIndex(index)
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    view.setFocus(Qt.FocusReason.OtherFocusReason)


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else None
