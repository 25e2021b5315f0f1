"""How one diary day is painted: study day, calendar date, state symbol, marks.

A returned diary card is dated, so every cell shows its date beside the study day:

    168      [!][lock]      study day (muted), a finding's icon, a padlock if signed
    29 Apr          ✓       the date (the card's words), the state symbol

The date is the longer form when every date of the year leaves room for the symbol at
the cells' actual width ('29 Apr' / '4月29日'), else the numeric one in the language's
order ('29/4' / '4/29'): one form for the whole grid, readable at 1366×768 in either
language and never mistaken for a study day; the tooltip always has the full date.
Outlines: dashed blue for an unsaved edit, the finding's colour for a finding, a dotted
purple one for a dose just marked inside an interruption period (the warning).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from baitp_desktop.core.findings import Severity
from baitp_desktop.gui.locale_format import format_short_date
from baitp_desktop.gui.style import lock_icon, severity_colour, severity_pixmap
from baitp_desktop.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
ICON_SIZE = 12
MARGIN = 2
WARNING_COLOUR = "#6a1b9a"  # the dose-in-an-interruption warning outline

# Roles the model answers and the delegate paints (DiaryGridModel.data).
DAY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SYMBOL_ROLE = Qt.ItemDataRole.UserRole + 3
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 4
SELECTED_ROLE = Qt.ItemDataRole.UserRole + 5
PENDING_ROLE = Qt.ItemDataRole.UserRole + 6
DATE_ROLE = Qt.ItemDataRole.UserRole + 7
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 8
WARNED_ROLE = Qt.ItemDataRole.UserRole + 9


def date_labels(when: date, language: str | None = None) -> Sequence[str]:
    """The cell's date in each form, the longer first (both say day and month)."""
    chinese = (language or current_language()) == "zh_CN"
    numeric = f"{when.month}/{when.day}" if chinese else f"{when.day}/{when.month}"
    return (format_short_date(when, language), numeric)


@cache
def _form_for(room: int, font_key: str, language: str) -> int:
    """The longer form if the widest date of the year fits `room`, else the numeric one:
    one form for the whole grid, so the dates read alike from cell to cell."""
    font = QFont()
    font.fromString(font_key)
    metrics = QFontMetrics(font)
    widest = [date(2026, month, 28) for month in range(1, 13)]
    fits = all(metrics.horizontalAdvance(date_labels(d, language)[0]) <= room for d in widest)
    return 0 if fits else 1


def fitting_date_label(when: date, room: int, font: QFont) -> str:
    """The date in the form that fits `room` pixels for every date (numeric at least)."""
    language = current_language()
    return date_labels(when, language)[_form_for(room, font.toString(), language)]


def small_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    return font


def symbol_font(base: QFont, symbol: str) -> QFont:
    font = QFont(base) if len(symbol) <= 1 else small_font(base)
    if len(symbol) <= 1:
        font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    return font


class DiaryCellDelegate(QStyledItemDelegate):
    """Paints a day as the module docstring shows; the cell is never edited in place."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        painter.fillRect(rect, index.data(Qt.ItemDataRole.BackgroundRole))
        selected = bool(index.data(SELECTED_ROLE))
        if selected:
            painter.fillRect(rect, QColor(33, 110, 220, 70))
        inner = rect.adjusted(MARGIN, 1, -MARGIN, -1)
        small = small_font(option.font)
        painter.setFont(small)
        painter.setPen(QColor("#5f6368"))
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, top, str(index.data(DAY_ROLE)))
        self._paint_icons(painter, inner, index)

        symbol = str(index.data(SYMBOL_ROLE) or "")
        big = symbol_font(option.font, symbol)
        ink = index.data(Qt.ItemDataRole.ForegroundRole)
        bottom = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        painter.setPen(QColor("#202124") if ink is None else ink)
        painter.drawText(inner, bottom, self.date_text(rect, option.font, index))
        painter.setFont(big)
        painter.setPen(ink)
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, symbol)
        self._paint_outlines(painter, rect, index, selected)
        painter.restore()

    @staticmethod
    def date_room(rect: QRect, font: QFont, symbol: str = "✓") -> int:
        """Pixels left for the date on the bottom line, beside `symbol`."""
        symbol_width = QFontMetrics(symbol_font(font, symbol)).horizontalAdvance(symbol)
        return rect.width() - 2 * MARGIN - symbol_width - 1

    @classmethod
    def date_text(cls, rect: QRect, font: QFont, index: Index) -> str:
        """The date as this cell shows it: the form every cell of this width can show
        beside a state symbol (numeric beside a longer "other dose" symbol)."""
        when = index.data(DATE_ROLE)
        if not isinstance(when, date):
            return ""
        small = small_font(font)
        text = fitting_date_label(when, cls.date_room(rect, font), small)
        symbol = str(index.data(SYMBOL_ROLE) or "")
        if len(symbol) > 1:
            text = fitting_date_label(when, cls.date_room(rect, font, symbol), small)
        return text

    @staticmethod
    def _paint_icons(painter: QPainter, inner: QRect, index: Index) -> None:
        """Top right: a finding's severity icon, left of it the padlock of a signed day."""
        right = inner.right() + 1
        found = index.data(SEVERITY_ROLE)  # a str once it has passed through Qt
        if found:
            right -= ICON_SIZE
            painter.drawPixmap(right, inner.top() + 1, severity_pixmap(Severity(found), ICON_SIZE))
        if index.data(LOCKED_ROLE):
            right -= ICON_SIZE
            painter.drawPixmap(right, inner.top() + 1, lock_icon().pixmap(ICON_SIZE, ICON_SIZE))

    @staticmethod
    def _paint_outlines(painter: QPainter, rect: QRect, index: Index, selected: bool) -> None:
        if index.data(PENDING_ROLE):
            painter.setPen(QPen(QColor("#1a56b8"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        found = index.data(SEVERITY_ROLE)
        if found:
            painter.setPen(QPen(severity_colour(Severity(found)), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if index.data(WARNED_ROLE):
            painter.setPen(QPen(QColor(WARNING_COLOUR), 3, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if selected:
            painter.setPen(QPen(QColor("#1a56b8"), 1))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
