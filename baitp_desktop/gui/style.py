"""The application's look in one place: severity colours and icons, diary colours, roles.

Shared by every tab (also the counts/bleeding/AE tabs and the Part 11 screens): reuse
`severity_icon`, `severity_colour`, `severity_tint` and `ERROR_COLOUR` instead of picking
colours locally, so that "major" is the same red everywhere.

Severity is never shown by colour alone (UX.md, colour-blind users): each severity has its
own icon shape — major a red octagon with "!", minor an amber triangle with "!", query a
blue circle with "?" — drawn here with QPainter so no image files need shipping.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Any, cast

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionGroupBox,
    QWidget,
)

from baitp_desktop.core.findings import Severity
from baitp_desktop.i18n import tr

ERROR_COLOUR = "#b3261e"  # at-field error text and border
MUTED_TEXT = "#5f6368"
OK_COLOUR = "#1b5e20"

_SEVERITY_COLOURS = {
    Severity.MAJOR: "#c62828",
    Severity.MINOR: "#b26a00",
    Severity.QUERY: "#1565c0",
}
_SEVERITY_TINTS = {
    Severity.MAJOR: "#fde0dc",
    Severity.MINOR: "#fff0c2",
    Severity.QUERY: "#dceafc",
}


def severity_colour(severity: Severity) -> QColor:
    """The strong colour of a severity (icons, text, cell outlines)."""
    return QColor(_SEVERITY_COLOURS[severity])


def severity_tint(severity: Severity) -> QColor:
    """A light background for a cell or row a finding points at (text stays readable)."""
    return QColor(_SEVERITY_TINTS[severity])


def severity_label(severity: Severity) -> str:
    return {
        Severity.MAJOR: tr("Severity", "Major"),
        Severity.MINOR: tr("Severity", "Minor"),
        Severity.QUERY: tr("Severity", "Query"),
    }[severity]


def _shape(severity: Severity, size: float) -> QPolygonF | None:
    m = size * 0.06
    s = size - 2 * m
    if severity is Severity.MAJOR:  # octagon
        k = s * 0.29
        pts = [(k, 0), (s - k, 0), (s, k), (s, s - k), (s - k, s), (k, s), (0, s - k), (0, k)]
    elif severity is Severity.MINOR:  # triangle, point up
        pts = [(s / 2, 0), (s, s * 0.92), (0, s * 0.92)]
    else:
        return None  # circle
    return QPolygonF([QPointF(x + m, y + m) for x, y in pts])


def drawn_pixmap(size: int, draw: Callable[[QPainter], None]) -> QPixmap:
    """A `size`-pixel transparent pixmap that `draw` paints, antialiased and at twice the
    resolution so that it stays sharp on high-DPI screens."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        draw(painter)
    finally:
        painter.end()
    return pixmap


def _drawn_icon(draw: Callable[[int, QPainter], None]) -> QIcon:
    """An icon at 16 and 24 pixels, each painted by `draw(size, painter)`."""
    icon = QIcon()
    for size in (16, 24):
        icon.addPixmap(drawn_pixmap(size, partial(draw, size)))
    return icon


def severity_pixmap(severity: Severity, size: int = 16) -> QPixmap:
    """The severity's icon at `size` pixels (also used by delegates that paint directly)."""

    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(severity_colour(severity).darker(120), 1))
        painter.setBrush(severity_colour(severity))
        shape = _shape(severity, size)
        if shape is None:
            painter.drawEllipse(QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88))
        else:
            painter.drawPolygon(shape)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(size * 0.62)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        text_rect = QRectF(0, size * (0.1 if severity is Severity.MINOR else 0.0), size, size)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignCenter, "?" if severity is Severity.QUERY else "!"
        )

    return drawn_pixmap(size, draw)


@cache
def severity_icon(severity: Severity) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32):
        icon.addPixmap(severity_pixmap(severity, size))
    return icon


@cache
def calendar_icon() -> QIcon:
    """A small calendar for the date fields' picker button."""
    return _drawn_icon(_draw_calendar)


def _draw_calendar(size: int, painter: QPainter) -> None:
    ink = QColor("#3c4043")
    painter.setPen(QPen(ink, 1.2))
    painter.setBrush(QColor("white"))
    body = QRectF(size * 0.1, size * 0.18, size * 0.8, size * 0.72)
    painter.drawRoundedRect(body, 1.5, 1.5)
    painter.fillRect(QRectF(body.left(), body.top(), body.width(), size * 0.2), ink)
    for row in range(2):
        for col in range(3):
            x = body.left() + size * (0.14 + col * 0.22)
            y = body.top() + size * (0.3 + row * 0.2)
            painter.fillRect(QRectF(x, y, size * 0.12, size * 0.1), ink)


@cache
def lock_icon() -> QIcon:
    """A small padlock: a record covered by an active signature (read-only until unlocked)."""
    return _drawn_icon(_draw_lock)


def _draw_lock(size: int, painter: QPainter) -> None:
    ink = QColor("#3c4043")
    painter.setPen(QPen(ink, max(1.2, size * 0.11)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.5), 0, 180 * 16)
    painter.drawLine(QPointF(size * 0.3, size * 0.35), QPointF(size * 0.3, size * 0.45))
    painter.drawLine(QPointF(size * 0.7, size * 0.35), QPointF(size * 0.7, size * 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.44, size * 0.64, size * 0.46), 1.5, 1.5)


# Diary day states: (background, text colour). Symbols carry the meaning too (see diary tab).
DIARY_COLOURS: dict[str, tuple[str, str]] = {
    "taken": ("#e3f1e4", "#1b5e20"),
    "other_dose": ("#e3f1e4", "#1b5e20"),
    "missed": ("#fbe3d6", "#8c2f0a"),
    "not_recorded": ("#ffffff", "#202124"),
    "interrupted": ("#e6e6ef", "#3c3c5a"),
    "after_discontinuation": ("#d9d9d9", "#3c4043"),
    "future": ("#f6f6f6", "#9aa0a6"),
    "outside": ("#f6f6f6", "#9aa0a6"),
}


class BaitpStyle(QProxyStyle):
    """The platform style plus the application's few roles, applied when a widget is polished.

    Why not an application stylesheet: any app-wide stylesheet routes every widget through
    Qt's stylesheet engine, which made building the main window about 40 % slower. The
    same looks are set here directly: `role` property "field-error" (red text), "hint" and
    "study-day" (muted text), "header" (larger bold); `invalid` True on a line edit gives it
    a red border (`widgets.fields.set_invalid` only repaints after changing it; `set_role`
    changes a role at run time); group box
    titles are drawn bold as headings (their contents keep the normal weight).
    """

    def polish(self, target: Any) -> Any:
        result = super().polish(target)
        if isinstance(target, QWidget):
            apply_roles(target)
        return result

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and is_invalid(widget):
            draw_invalid_border(painter, QRectF(option.rect))

    # Group box titles are headings: drawn bold; the box's contents keep their own font.
    def subControlRect(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        sub: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        # Qt's widget argument may be null; PySide6's stubs leave that out.
        rect = super().subControlRect(control, option, sub, cast(QWidget, widget))
        if sub == QStyle.SubControl.SC_GroupBoxLabel and _titled_group_box(control, option):
            assert isinstance(option, QStyleOptionGroupBox)
            bold = QFontMetrics(heading_font(widget)).horizontalAdvance(option.text)
            rect.setWidth(max(rect.width(), bold + 2))  # room for the bolder title
        return rect

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if not _titled_group_box(control, option):
            super().drawComplexControl(control, option, painter, widget)
            return
        assert isinstance(option, QStyleOptionGroupBox)
        frame = QStyleOptionGroupBox(option)  # frame and check box as the platform draws them,
        frame.palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.transparent)
        super().drawComplexControl(control, frame, painter, widget)  # the title unseen
        label = self.subControlRect(control, option, QStyle.SubControl.SC_GroupBoxLabel, widget)
        painter.save()
        painter.setFont(heading_font(widget))
        self.drawItemText(
            painter,
            label,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextShowMnemonic),
            option.palette,
            bool(option.state & QStyle.StateFlag.State_Enabled),
            option.text,
            QPalette.ColorRole.WindowText,
        )
        painter.restore()


def heading_font(widget: QWidget | None) -> QFont:
    """A group box title's font: the box's own, bold (700: Qt then also emboldens Chinese
    glyphs of a font without a bold face; 600 would leave them regular)."""
    font = QFont(widget.font()) if widget is not None else QFont()
    font.setWeight(QFont.Weight.Bold)
    return font


def _titled_group_box(control: QStyle.ComplexControl, option: QStyleOptionComplex) -> bool:
    return (
        control == QStyle.ComplexControl.CC_GroupBox
        and isinstance(option, QStyleOptionGroupBox)
        and bool(option.text)
        and bool(option.subControls & QStyle.SubControl.SC_GroupBoxLabel)
    )


_ROLE_COLOURS = {
    "field-error": ERROR_COLOUR,
    "hint": MUTED_TEXT,
    "study-day": MUTED_TEXT,
    "warning": _SEVERITY_COLOURS[Severity.MINOR],  # bold amber: e.g. an AE term to be coded
}


def apply_roles(widget: QWidget) -> None:
    role = str(widget.property("role"))
    colour = _ROLE_COLOURS.get(role)
    if colour is not None:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        palette.setColor(QPalette.ColorRole.Text, QColor(colour))
        widget.setPalette(palette)
    if role == "header":
        font = widget.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
    elif role == "warning":
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)


def set_role(widget: QWidget, role: str | None) -> None:
    """Change a widget's role after it was shown: palette and font are set directly.

    Never a style sheet or a re-polish at run time: replacing the style of a widget while
    Qt is using it is what once corrupted the heap.
    """
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.setPalette(QPalette())  # back to the inherited palette and font, then the role's
    widget.setFont(QFont())
    apply_roles(widget)


def is_invalid(widget: QWidget | None) -> bool:
    """Whether `widget` is an editor whose value is refused (`widgets.fields.set_invalid`)."""
    return isinstance(widget, QLineEdit) and bool(widget.property("invalid"))


def draw_invalid_border(painter: QPainter, rect: QRectF) -> None:
    """The red 2-pixel border of a refused value, inside `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(ERROR_COLOUR), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.restore()
