"""The outcomes screen's two charts, drawn with QPainter.

QPainter for the same reason as the participant's platelet chart (widgets/platelet_chart.py):
PySide6-Essentials has no QtCharts, and two small custom widgets are lighter to ship than
PySide6-Addons or pyqtgraph. What is drawn comes from `core.outcomes_charts` — the outcomes
PDF draws the same values — so these classes only map values to pixels. Meaning does not
rest on colour alone: the median is a thick line with dots, the interquartile range a
band, the thresholds dashed and labelled, the participants' lines thin and grey.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.outcomes_charts import CurveChart, TrajectoryChart
from baitp_desktop.i18n import tr

_GRID = QColor("#e3e6ea")
_AXIS = QColor("#3c4043")
_PARTICIPANT = QColor(120, 124, 130, 110)
_BAND = QColor(26, 98, 201, 45)
_MEDIAN = QColor("#1a62c9")
_CURVE = QColor("#137333")
_THRESHOLD = QColor("#3c4043")


class _ChartWidget(QWidget):
    """A white plot area with axes; subclasses map their chart's values to `point`."""

    margins = (56, 30, 70, 44)  # left, top, right, bottom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Any = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 220)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def set_chart(self, chart: Any) -> None:
        self.chart = chart
        self.update()

    def point(self, x: float, y: float) -> QPointF:
        raise NotImplementedError

    def plot_rect(self) -> QRectF:
        left, top, right, bottom = self.margins
        return QRectF(left, top, self.width() - left - right, self.height() - top - bottom)

    def _frame(self, painter: QPainter, x_title: str, y_title: str) -> None:
        plot = self.plot_rect()
        painter.setPen(QPen(_AXIS, 1.2))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        metrics = QFontMetrics(painter.font())
        painter.drawText(
            QRectF(
                plot.left(), self.height() - metrics.height() - 2, plot.width(), metrics.height()
            ),
            Qt.AlignmentFlag.AlignCenter,
            x_title,
        )
        painter.drawText(QPointF(6, metrics.ascent() + 4), y_title)

    def _grid_and_ticks(
        self,
        painter: QPainter,
        y_ticks: Sequence[tuple[float, str]],
        x_ticks: Sequence[int],
        x_origin: float,
        y_origin: float,
    ) -> None:
        """Horizontal grid lines labelled on the left, tick marks with day numbers below."""
        plot = self.plot_rect()
        metrics = QFontMetrics(painter.font())
        for value, label in y_ticks:
            y = self.point(x_origin, value).y()
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_AXIS)
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1
                ),
                label,
            )
        for day in x_ticks:
            x = self.point(day, y_origin).x()
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = str(day)
            painter.drawText(
                QPointF(
                    x - metrics.horizontalAdvance(label) / 2, plot.bottom() + 6 + metrics.ascent()
                ),
                label,
            )


class TrajectoryChartWidget(_ChartWidget):
    """Every participant's visit counts, the median and IQR at each visit, R/CR lines."""

    chart: TrajectoryChart | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("OutcomesView", "Platelet trajectories of all participants"))

    def point(self, day: float, count: float) -> QPointF:
        assert self.chart is not None
        plot = self.plot_rect()
        return QPointF(
            plot.left() + self.chart.x_fraction(day) * plot.width(),
            plot.bottom() - self.chart.y_fraction(count) * plot.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = self.chart
        if chart is None or not chart.lines:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                tr("OutcomesView", "No visit counts yet."),
            )
            return
        plot = self.plot_rect()
        metrics = QFontMetrics(painter.font())
        y_ticks = [(tick, fmt_number(tick)) for tick in chart.y_ticks]
        self._grid_and_ticks(painter, y_ticks, chart.x_ticks, chart.x_range[0], 1)
        band = chart.band
        if len(band) > 1:
            path = QPainterPath(self.point(band[0].target_day, band[0].q3))
            for p in band[1:]:
                path.lineTo(self.point(p.target_day, p.q3))
            for p in reversed(band):
                path.lineTo(self.point(p.target_day, p.q1))
            path.closeSubpath()
            painter.fillPath(path, _BAND)
        painter.setPen(QPen(_PARTICIPANT, 1))
        for points in chart.lines:
            for (d0, v0), (d1, v1) in itertools.pairwise(points):
                painter.drawLine(self.point(d0, v0), self.point(d1, v1))
        painter.setPen(QPen(_MEDIAN, 2.6))
        medians = [self.point(p.target_day, p.median) for p in band]
        for a, b in itertools.pairwise(medians):
            painter.drawLine(a, b)
        painter.setBrush(_MEDIAN)
        for centre in medians:
            painter.drawEllipse(centre, 3.5, 3.5)
        pen = QPen(_THRESHOLD, 1.2, Qt.PenStyle.DashLine)
        for line in chart.thresholds:
            y = self.point(chart.x_range[0], line.value).y()
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_AXIS)
            painter.drawText(QPointF(plot.right() + 6, y + metrics.ascent() / 2 - 1), line.label)
        self._frame(
            painter,
            tr("OutcomesView", "Study day"),
            tr(
                "OutcomesView",
                "Platelets ×10⁹/L (log scale): grey, each participant's visit counts; blue, "
                "median and interquartile range",
            ),
        )


class CurveChartWidget(_ChartWidget):
    """The Kaplan–Meier cumulative response over days since Day 1."""

    chart: CurveChart | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("OutcomesView", "Cumulative response curve"))

    def point(self, day: float, fraction: float) -> QPointF:
        assert self.chart is not None
        plot = self.plot_rect()
        return QPointF(
            plot.left() + day / max(1, self.chart.x_max) * plot.width(),
            plot.bottom() - fraction * plot.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = self.chart
        if chart is None:
            return
        plot = self.plot_rect()
        metrics = QFontMetrics(painter.font())
        y_ticks = [(percent / 100, f"{percent}%") for percent in (0, 25, 50, 75, 100)]
        self._grid_and_ticks(painter, y_ticks, chart.x_ticks, 0, 0)
        corners = [self.point(d, f) for d, f in chart.path()]
        painter.setPen(QPen(_CURVE, 2.6))
        for a, b in itertools.pairwise(corners):
            painter.drawLine(a, b)
        painter.setBrush(_CURVE)
        for day, fraction in chart.steps:
            painter.drawEllipse(self.point(day, fraction), 3, 3)
        last = chart.path()[-1][1]
        painter.setPen(_AXIS)
        painter.drawText(
            QPointF(plot.right() + 6, self.point(0, last).y() + metrics.ascent() / 2 - 1),
            f"{100 * last:.1f}%",
        )
        self._frame(
            painter,
            tr("OutcomesView", "Days since Day 1"),
            tr("OutcomesView", "Cumulative share responding (CR or R), Kaplan–Meier"),
        )
