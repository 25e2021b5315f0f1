"""A small chart of the safety labs a reviewer watches under a JAK inhibitor: ANC,
lymphocytes and hemoglobin over study days.

Why three strips rather than one plot: the three are in different units (per µL, g/dL)
and an investigator reads each against its own hold threshold, which is drawn as a dashed
line in each strip. The strips share the x axis (study days) so a fall in one can be read
against the others and against the platelet chart beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from baitp_desktop.core.labs import field_label
from baitp_desktop.core.numbers import fmt_decimal
from baitp_desktop.core.records import LabPanel
from baitp_desktop.core.studyday import study_day
from baitp_desktop.gui.style import MUTED_TEXT
from baitp_desktop.i18n import tr

CHARTED = ("anc", "lymphocytes", "hemoglobin")
_COLOURS = {"anc": "#1f5fa8", "lymphocytes": "#7a3fa0", "hemoglobin": "#b03030"}


@dataclass(frozen=True, slots=True)
class Strip:
    """One analyte's points (study day, value) and its hold threshold, if any."""

    field: str
    title: str
    points: tuple[tuple[int, Decimal], ...]
    threshold: Decimal | None


def lab_strips(
    panels: Sequence[LabPanel], day1: date | None, hold_below: dict[str, Decimal]
) -> list[Strip]:
    """The charted analytes' points over study days (counted from the first panel before
    Day 1 is set)."""
    ordered = sorted(panels, key=lambda p: p.date)
    start = day1 or (ordered[0].date if ordered else None)
    strips = []
    for name in CHARTED:
        points = tuple(
            (study_day(p.date, start), value)
            for p in ordered
            if start is not None and (value := p.value(name)) is not None
        )
        strips.append(Strip(name, field_label(name), points, hold_below.get(name)))
    return strips


class LabChart(QWidget):
    """Three strips (ANC, lymphocytes, hemoglobin) drawn with QPainter; no data, no lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strips: list[Strip] = []
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Labs", "Chart of ANC, lymphocytes and hemoglobin"))

    def sizeHint(self) -> QSize:
        return QSize(360, 240)

    def set_strips(self, strips: list[Strip]) -> None:
        self.strips = strips
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        days = [d for s in self.strips for d, _ in s.points]
        if not days:
            painter.setPen(QColor(MUTED_TEXT))
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, tr("Labs", "No lab panels yet.")
            )
            return
        first, last = min(days), max(days)
        height = self.height() / max(1, len(self.strips))
        for number, strip in enumerate(self.strips):
            area = QRectF(48, number * height + 20, self.width() - 60, height - 28)
            self._draw_strip(painter, strip, area, first, max(last, first + 1))
        painter.end()

    def _draw_strip(
        self, painter: QPainter, strip: Strip, area: QRectF, first: int, last: int
    ) -> None:
        painter.setPen(QColor(MUTED_TEXT))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawText(QRectF(area.left(), area.top() - 16, area.width(), 14),
                         Qt.AlignmentFlag.AlignLeft, strip.title)  # fmt: skip
        painter.drawRect(area)
        values = [v for _, v in strip.points]
        if strip.threshold is not None:
            values.append(strip.threshold)
        if not strip.points:
            return
        low, high = min(values), max(values)
        span = float(high - low) or 1.0

        def at(day: int, value: Decimal) -> QPointF:
            x = area.left() + (day - first) / (last - first) * area.width()
            y = area.bottom() - float(value - low) / span * area.height()
            return QPointF(x, y)

        painter.drawText(QRectF(0, area.top() - 6, 44, 14), Qt.AlignmentFlag.AlignRight,
                         fmt_decimal(high))  # fmt: skip
        painter.drawText(QRectF(0, area.bottom() - 8, 44, 14), Qt.AlignmentFlag.AlignRight,
                         fmt_decimal(low))  # fmt: skip
        if strip.threshold is not None:
            pen = QPen(QColor("#c07000"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = at(first, strip.threshold).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        colour = QColor(_COLOURS[strip.field])
        painter.setPen(QPen(colour, 2))
        points = [at(d, v) for d, v in strip.points]
        for a, b in pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, 3, 3)
