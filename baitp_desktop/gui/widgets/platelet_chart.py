"""The platelet chart: count over study days, drawn with QPainter.

Why QPainter and not QtCharts: the application depends on PySide6-Essentials only, which
has no QtCharts; that module is in PySide6-Addons, a 59 MB add-on for one chart (and
pyqtgraph would pull numpy). One custom widget of a few hundred lines is smaller to ship
and to freeze with PyInstaller.

This module only draws. What is drawn (points with their response, visit windows,
interruption periods, rescue therapy, the protocol's thresholds, the axis ranges) comes
from `baitp_desktop.core.platelet_course.chart_series`, a pure function tested without Qt.

Meaning never rests on colour alone (UX.md): responses have their own marker shapes (CR
filled diamond, R filled triangle, NR open circle, NE open square, before Day 1 a cross),
interruptions are hatched, thresholds have different dash patterns and are labelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.platelet_course import (
    ChartSeries,
    CountPoint,
    log_fraction,
    x_ticks,
    y_ticks,
)
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.i18n import tr

MARKER_SIZE = 9.0
HOVER_RADIUS = 10.0
_LINE = QColor("#1f4e79")
_GRID = QColor("#e3e6ea")
_AXIS_TEXT = QColor("#3c4043")
_WINDOW = QColor(60, 64, 67, 18)
_INTERRUPTION = QColor("#6a5acd")
_RESCUE = QColor("#ad1457")
_TODAY = QColor("#5f6368")
_RESPONSE_COLOURS = {
    Response.CR: QColor("#1b7f3b"),
    Response.R: QColor("#00838f"),
    Response.NR: QColor("#c25e00"),
    Response.NE: QColor("#6b6b6b"),
}
_THRESHOLD_DASHES = (Qt.PenStyle.DashLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine)


def response_name(response: Response | None) -> str:
    """The response's meaning in words (tooltips, legend)."""
    if response is None:
        return tr("Chart", "before Day 1 (not a response assessment)")
    return {
        Response.CR: tr("Chart", "CR: complete response"),
        Response.R: tr("Chart", "R: response"),
        Response.NR: tr("Chart", "NR: no response"),
        Response.NE: tr("Chart", "NE: not evaluable (no WHO grade that day)"),
    }[response]


def point_tooltip(point: CountPoint) -> str:
    """Date, study day, count and response of a point, one per line."""
    day = f"−{-point.day}" if point.day < 0 else str(point.day)
    lines = [
        tr("Chart", "{date} · Day {day} · {visit}").format(
            date=format_date(point.date), day=day, visit=point.visit
        ),
        tr("Chart", "Platelets {count} ×10⁹/L").format(count=fmt_number(point.count)),
    ]
    if point.is_screening:
        lines.append(tr("Chart", "screening form count"))
    else:
        lines.append(response_name(point.response))
    if point.who_grade is not None:
        lines.append(tr("Chart", "WHO bleeding grade {grade}").format(grade=point.who_grade))
    return "\n".join(lines)


@dataclass(frozen=True)
class _Frame:
    """Maps days and counts to pixels inside the plot rectangle."""

    plot: QRectF
    series: ChartSeries

    def x(self, days: float) -> float:
        first, last = self.series.x_range
        pad = max(2.0, (last - first) * 0.01)  # room for the first and last markers
        span = max(1.0, last - first + 2 * pad)
        return self.plot.left() + (days - first + pad) / span * self.plot.width()

    def y(self, count: float) -> float:
        return self.plot.bottom() - log_fraction(count, self.series.y_range) * self.plot.height()

    def point(self, p: CountPoint) -> QPointF:
        return QPointF(self.x(p.x), self.y(p.count))


class PlateletChart(QWidget):
    """Shows one participant's `ChartSeries`; hover a point for its date, day, count, response."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: ChartSeries | None = None
        self._empty_text = tr("Chart", "No chart before Day 1 (first dose) is entered.")
        self.setMinimumSize(QSize(360, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Chart", "Platelet count chart"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table holds the same data

    def set_series(self, series: ChartSeries | None, empty_text: str | None = None) -> None:
        self._series = series
        if empty_text:
            self._empty_text = empty_text
        self.update()

    def series(self) -> ChartSeries | None:
        return self._series

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    # -- geometry ---------------------------------------------------------------------------
    def _frame(self) -> _Frame | None:
        if self._series is None:
            return None
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("2000") + 14
        right = max(metrics.horizontalAdvance(t.label) for t in self._series.thresholds) + 12
        # legend lines, then a line for the rescue / interruption labels
        top = metrics.height() * (self._legend_lines() + 1) + 10
        bottom = metrics.height() * 2 + 12  # day labels, then visit windows
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        return _Frame(plot, self._series)

    def position_of(self, point: CountPoint) -> QPointF | None:
        """Where a point is drawn (None without a series)."""
        frame = self._frame()
        return None if frame is None else frame.point(point)

    def point_at(self, position: QPointF) -> CountPoint | None:
        """The point under the mouse (nearest within a few pixels), if any."""
        frame = self._frame()
        if frame is None:
            return None
        best: tuple[float, CountPoint] | None = None
        for point in frame.series.points:
            offset = frame.point(point) - position
            distance = (offset.x() ** 2 + offset.y() ** 2) ** 0.5
            if distance <= HOVER_RADIUS and (best is None or distance < best[0]):
                best = (distance, point)
        return None if best is None else best[1]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.point_at(QPointF(event.pos()))
            if point is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), point_tooltip(point), self)
            return True
        return super().event(event)

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        frame = self._frame()
        if frame is None or frame.plot.width() < 40 or frame.plot.height() < 40:
            painter.setPen(_AXIS_TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        self._draw_windows(painter, frame)
        self._draw_interruptions(painter, frame)
        self._draw_grid(painter, frame)
        self._draw_thresholds(painter, frame)
        self._draw_today(painter, frame)
        self._draw_rescue(painter, frame)
        self._draw_counts(painter, frame)
        self._draw_legend(painter, frame)
        painter.end()

    def _draw_windows(self, painter: QPainter, frame: _Frame) -> None:
        plot = frame.plot
        strip_top = plot.bottom() + self.fontMetrics().height() + 6
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        last_label_end = -1e9
        for band in frame.series.windows:
            assert band.last_x is not None
            left, right = frame.x(band.first_x - 0.5), frame.x(band.last_x + 0.5)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), _WINDOW)
            width = small_metrics.horizontalAdvance(band.label) + 4
            centre = (left + right) / 2
            if centre - width / 2 < last_label_end:
                continue  # too narrow here to label every window (the tooltip-free chart)
            label = QRectF(centre - width / 2, strip_top, width, small_metrics.height())
            painter.setPen(_AXIS_TEXT)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, band.label)
            last_label_end = centre + width / 2
        painter.setFont(self.font())

    def _draw_interruptions(self, painter: QPainter, frame: _Frame) -> None:
        plot = frame.plot
        for band in frame.series.interruptions:
            left = frame.x(band.first_x - 0.5)
            right = plot.right() if band.last_x is None else frame.x(band.last_x + 0.5)
            rect = QRectF(left, plot.top(), max(2.0, right - left), plot.height())
            tint = QColor(_INTERRUPTION)
            tint.setAlpha(28)
            painter.fillRect(rect, tint)
            hatch = QColor(_INTERRUPTION)
            hatch.setAlpha(90)
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.setPen(_INTERRUPTION.darker(130))
            text_rect = QRectF(
                left + 3,
                plot.top() - self.fontMetrics().height() - 2,
                max(80.0, right - left),
                self.fontMetrics().height(),
            )
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, band.label)

    def _draw_grid(self, painter: QPainter, frame: _Frame) -> None:
        plot = frame.plot
        metrics = self.fontMetrics()
        for tick in y_ticks(frame.series.y_range):
            y = frame.y(tick)
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_AXIS_TEXT)
            text = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, fmt_number(tick)
            )
        last_label_end = -1e9
        for tick in x_ticks(frame.series.x_range):
            x = frame.x(tick)
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            day_text = tr("Chart", "Day {n}").format(n=frame.series.study_day_at(tick))
            width = metrics.horizontalAdvance(day_text) + 6
            if x - width / 2 < last_label_end:
                continue  # a narrow chart labels every other line rather than overprint
            painter.setPen(_AXIS_TEXT)
            day_rect = QRectF(x - width / 2, plot.bottom() + 3, width, metrics.height())
            painter.drawText(day_rect, Qt.AlignmentFlag.AlignHCenter, day_text)
            last_label_end = x + width / 2
        painter.setPen(QPen(_AXIS_TEXT, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawText(QPointF(4, plot.top() - 5), tr("Chart", "×10⁹/L"))

    def _draw_thresholds(self, painter: QPainter, frame: _Frame) -> None:
        plot = frame.plot
        metrics = self.fontMetrics()
        for line, dash in zip(frame.series.thresholds, _THRESHOLD_DASHES, strict=False):
            y = frame.y(line.value)
            painter.setPen(QPen(_AXIS_TEXT, 1.2, dash))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = QRectF(
                plot.right() + 6,
                y - metrics.height() / 2,
                self.width() - plot.right() - 6,
                metrics.height(),
            )
            painter.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line.label
            )

    def _draw_today(self, painter: QPainter, frame: _Frame) -> None:
        today = frame.series.today_x
        first, last = frame.series.x_range
        if today is None or not first <= today <= last:
            return
        x = frame.x(today)
        painter.setPen(QPen(_TODAY, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, frame.plot.top()), QPointF(x, frame.plot.bottom()))
        painter.setPen(_TODAY)
        painter.drawText(QPointF(x + 3, frame.plot.bottom() - 4), tr("Chart", "today"))

    def _draw_rescue(self, painter: QPainter, frame: _Frame) -> None:
        plot = frame.plot
        metrics = self.fontMetrics()
        for mark in frame.series.rescue:
            x = frame.x(mark.x)
            painter.setPen(QPen(_RESCUE, 1.5, Qt.PenStyle.DashDotDotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(_RESCUE)
            text = "✚ " + mark.label
            painter.drawText(QPointF(x + 3, plot.top() + metrics.ascent() + 2), text)

    def _draw_counts(self, painter: QPainter, frame: _Frame) -> None:
        points = frame.series.points
        path = QPainterPath()
        for number, point in enumerate(points):
            if number == 0:
                path.moveTo(frame.point(point))
            else:
                path.lineTo(frame.point(point))
        painter.setPen(QPen(_LINE, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        triggers = {m.x for m in frame.series.triggers}
        for point in points:
            centre = frame.point(point)
            if point.x in triggers:  # the count that met the interruption rule: ringed
                painter.setPen(QPen(_INTERRUPTION.darker(120), 1.6))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, MARKER_SIZE, MARKER_SIZE)
            draw_marker(
                painter,
                centre,
                None if point.is_screening else point.response,
                before_day1=point.x < 0,
            )

    def _legend_items(self) -> list[tuple[str, Response | None, str]]:
        """(kind, response, label): the five markers, rescue therapy, interruption."""
        return [
            ("marker", Response.CR, "CR"),
            ("marker", Response.R, "R"),
            ("marker", Response.NR, "NR"),
            ("marker", Response.NE, "NE"),
            ("marker", None, tr("Chart", "before Day 1")),
            ("rescue", None, tr("Chart", "rescue therapy")),
            ("interruption", None, tr("Chart", "dosing interrupted")),
        ]

    def _legend_layout(self) -> list[tuple[tuple[str, Response | None, str], QPointF]]:
        """Legend items placed left to right, wrapping to a new line when the width ends."""
        metrics = self.fontMetrics()
        left, x, line = 6.0, 6.0, 0
        placed = []
        for item in self._legend_items():
            width = 18 + metrics.horizontalAdvance(item[2]) + 14
            if x + width > self.width() - 4 and x > left:
                x, line = left, line + 1
            placed.append((item, QPointF(x, metrics.height() / 2 + 4 + line * metrics.height())))
            x += width
        return placed

    def _legend_lines(self) -> int:
        layout = self._legend_layout()
        first = layout[0][1].y()
        return 1 + round((layout[-1][1].y() - first) / max(1, self.fontMetrics().height()))

    def _draw_legend(self, painter: QPainter, frame: _Frame) -> None:
        metrics = self.fontMetrics()
        for (kind, response, label), at in self._legend_layout():
            x, y = at.x(), at.y()
            text_at = QPointF(x + 18, y + metrics.ascent() / 2 - 1)
            if kind == "marker":
                draw_marker(painter, QPointF(x + 7, y), response, before_day1=response is None)
                painter.setPen(_AXIS_TEXT)
            elif kind == "rescue":
                painter.setPen(QPen(_RESCUE, 1.5, Qt.PenStyle.DashDotDotLine))
                painter.drawLine(QPointF(x, y), QPointF(x + 14, y))
                painter.setPen(_RESCUE)
            else:
                hatch = QColor(_INTERRUPTION)
                hatch.setAlpha(120)
                painter.fillRect(
                    QRectF(x, y - 5, 14, 10), QBrush(hatch, Qt.BrushStyle.BDiagPattern)
                )
                painter.setPen(_INTERRUPTION.darker(130))
            painter.drawText(text_at, label)


def draw_marker(
    painter: QPainter, centre: QPointF, response: Response | None, before_day1: bool = False
) -> None:
    """A response marker: the shape tells the response, the colour only repeats it."""
    half = MARKER_SIZE / 2
    if response is None:
        painter.setPen(QPen(_AXIS_TEXT, 1.8))
        painter.drawLine(centre + QPointF(-half, -half), centre + QPointF(half, half))
        painter.drawLine(centre + QPointF(-half, half), centre + QPointF(half, -half))
        return
    colour = _RESPONSE_COLOURS[response]
    painter.setPen(QPen(colour.darker(125), 1.6))
    if response is Response.CR:
        painter.setBrush(colour)
        diamond = [
            QPointF(0, -half - 1),
            QPointF(half + 1, 0),
            QPointF(0, half + 1),
            QPointF(-half - 1, 0),
        ]
        painter.drawPolygon(QPolygonF([centre + p for p in diamond]))
    elif response is Response.R:
        painter.setBrush(colour)
        triangle = [QPointF(0, -half), QPointF(half, half), QPointF(-half, half)]
        painter.drawPolygon(QPolygonF([centre + p for p in triangle]))
    elif response is Response.NR:
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, half, half)
    else:
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
    painter.setBrush(Qt.BrushStyle.NoBrush)
