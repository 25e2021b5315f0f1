"""The outcomes PDF's two charts: platelet trajectories of all participants, cumulative response.

What is drawn comes from `core.outcomes_charts` (the screen draws the same values); this
module only paints, in the report's fonts and colours. Both are fixed-height flowables as
wide as the text column.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.outcomes_charts import CurveChart, TrajectoryChart
from baitp_desktop.i18n import tr
from baitp_desktop.reports.fonts import draw_string, fit_text
from baitp_desktop.reports.styles import INK, MUTED, RULE

LINE_GREY = colors.HexColor("#b8bcc2")
BAND_FILL = colors.HexColor("#cfe0f7")
MEDIAN_COLOUR = colors.HexColor("#1a62c9")
CURVE_COLOUR = colors.HexColor("#137333")
THRESHOLD_COLOUR = colors.HexColor("#3c4043")

_LEFT, _RIGHT, _TOP, _BOTTOM = 13 * mm, 20 * mm, 10 * mm, 12 * mm


class _Chart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    @property
    def plot(self) -> tuple[float, float, float, float]:
        return _LEFT, _BOTTOM, self.width - _LEFT - _RIGHT, self.height - _TOP - _BOTTOM

    def _draw_axes(self, x_title: str, y_title: str) -> None:
        c = self.canv
        left, bottom, width, height = self.plot
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.line(left, bottom, left + width, bottom)
        c.line(left, bottom, left, bottom + height)
        c.setFillColor(INK)
        draw_string(c, left + width / 2, 1.0 * mm, x_title, 7, align="centre")
        draw_string(c, 0, bottom + height + 3.2 * mm, y_title, 7)


class TrajectoryFlowable(_Chart):
    """Faint line per participant, interquartile band, median, R/CR lines; log count axis."""

    def __init__(self, chart: TrajectoryChart, width: float, height: float = 86 * mm) -> None:
        super().__init__(width, height)
        self.chart = chart

    @property
    def plot(self) -> tuple[float, float, float, float]:
        """Room below the axis for the tick labels and the row of n per visit."""
        bottom = _BOTTOM + 4 * mm
        return _LEFT, bottom, self.width - _LEFT - _RIGHT, self.height - _TOP - bottom

    def _px(self, day: float) -> float:
        left, _, width, _ = self.plot
        return left + self.chart.x_fraction(day) * width

    def _py(self, count: float) -> float:
        _, bottom, _, height = self.plot
        return bottom + self.chart.y_fraction(count) * height

    def draw(self) -> None:
        c = self.canv
        chart = self.chart
        left, bottom, width, _ = self.plot
        c.saveState()
        c.setLineWidth(0.3)
        c.setStrokeColor(RULE)
        c.setFillColor(MUTED)
        for tick in chart.y_ticks:
            y = self._py(tick)
            c.line(left, y, left + width, y)
            draw_string(c, left - 1.5 * mm, y - 2.2, fmt_number(tick), 6.5, align="right")
        for day in chart.x_ticks:
            x = self._px(day)
            c.line(x, bottom, x, bottom - 1.2 * mm)
            draw_string(c, x, bottom - 4 * mm, str(day), 6.5, align="centre")
        self._band()
        c.setStrokeColor(LINE_GREY)
        c.setLineWidth(0.45)
        for points in chart.lines:
            self._polyline([(self._px(d), self._py(v)) for d, v in points])
        self._median()
        self._thresholds()
        self._draw_axes(
            tr("Report", "Study day"),
            tr("Report", "Platelets ×10⁹/L (log scale), visit counts of every dosed participant"),
        )
        self._legend()
        c.restoreState()

    def _polyline(self, points: list[tuple[float, float]]) -> None:
        if len(points) < 2:
            if points:
                self.canv.circle(points[0][0], points[0][1], 0.5, stroke=1, fill=0)
            return
        path = self.canv.beginPath()
        path.moveTo(*points[0])
        for xy in points[1:]:
            path.lineTo(*xy)
        self.canv.drawPath(path, stroke=1, fill=0)

    def _band(self) -> None:
        band = self.chart.band
        if len(band) < 2:
            return
        c = self.canv
        path = c.beginPath()
        path.moveTo(self._px(band[0].target_day), self._py(band[0].q3))
        for point in band[1:]:
            path.lineTo(self._px(point.target_day), self._py(point.q3))
        for point in reversed(band):
            path.lineTo(self._px(point.target_day), self._py(point.q1))
        path.close()
        c.setFillColor(BAND_FILL)
        c.drawPath(path, stroke=0, fill=1)

    def _median(self) -> None:
        c = self.canv
        c.setStrokeColor(MEDIAN_COLOUR)
        c.setFillColor(MEDIAN_COLOUR)
        c.setLineWidth(1.4)
        self._polyline([(self._px(p.target_day), self._py(p.median)) for p in self.chart.band])
        bottom = self.plot[1]
        for point in self.chart.band:
            x, y = self._px(point.target_day), self._py(point.median)
            c.circle(x, y, 0.7 * mm, stroke=0, fill=1)
        c.setFillColor(MUTED)
        row = bottom - 7.6 * mm
        left = self.plot[0]
        draw_string(c, left - 1.5 * mm, row, tr("Report", "n"), 6, align="right")
        for point in self.chart.band:
            draw_string(c, self._px(point.target_day), row, str(point.n), 6, align="centre")

    def _thresholds(self) -> None:
        c = self.canv
        left, _, width, _ = self.plot
        c.setDash(3, 2)
        c.setLineWidth(0.8)
        c.setStrokeColor(THRESHOLD_COLOUR)
        for line in self.chart.thresholds:
            y = self._py(line.value)
            c.line(left, y, left + width, y)
            c.setFillColor(INK)
            label = fit_text(line.label, 6.5, _RIGHT - 1.5 * mm)
            draw_string(c, left + width + 1.2 * mm, y - 2.2, label, 6.5)
        c.setDash()

    def _legend(self) -> None:
        c = self.canv
        x = _LEFT + 2 * mm
        y = self.height - 3.4 * mm
        entries = (
            ("line", LINE_GREY, tr("Report", "one participant")),
            ("median", MEDIAN_COLOUR, tr("Report", "median at each visit")),
            ("band", BAND_FILL, tr("Report", "interquartile range")),
            ("dash", THRESHOLD_COLOUR, tr("Report", "response thresholds")),
        )
        for kind, colour, label in entries:
            c.setStrokeColor(colour)
            c.setFillColor(colour)
            if kind == "band":
                c.rect(x, y - 1.5, 7 * mm, 4, stroke=0, fill=1)
            else:
                if kind == "dash":
                    c.setDash(3, 2)
                c.setLineWidth(1.4 if kind == "median" else 0.8)
                c.line(x, y + 0.5, x + 7 * mm, y + 0.5)
                c.setDash()
            c.setFillColor(INK)
            x += 8.5 * mm + draw_string(c, x + 8.5 * mm, y - 1.4, label, 6.5) + 4 * mm


class CurveFlowable(_Chart):
    """The Kaplan–Meier cumulative response over days since Day 1, 0-100 %."""

    def __init__(self, chart: CurveChart, width: float, height: float = 58 * mm) -> None:
        super().__init__(width, height)
        self.chart = chart

    def _px(self, day: float) -> float:
        left, _, width, _ = self.plot
        return left + day / max(1, self.chart.x_max) * width

    def _py(self, fraction: float) -> float:
        _, bottom, _, height = self.plot
        return bottom + fraction * height

    def draw(self) -> None:
        c = self.canv
        left, bottom, width, _ = self.plot
        c.saveState()
        c.setLineWidth(0.3)
        c.setStrokeColor(RULE)
        c.setFillColor(MUTED)
        for percent in (0, 25, 50, 75, 100):
            y = self._py(percent / 100)
            c.line(left, y, left + width, y)
            draw_string(c, left - 1.5 * mm, y - 2.2, f"{percent}%", 6.5, align="right")
        for day in self.chart.x_ticks:
            x = self._px(day)
            c.line(x, bottom, x, bottom - 1.2 * mm)
            draw_string(c, x, bottom - 4 * mm, str(day), 6.5, align="centre")
        c.setStrokeColor(CURVE_COLOUR)
        c.setLineWidth(1.4)
        path = c.beginPath()
        corners = self.chart.path()
        path.moveTo(self._px(corners[0][0]), self._py(corners[0][1]))
        for day, fraction in corners[1:]:
            path.lineTo(self._px(day), self._py(fraction))
        c.drawPath(path, stroke=1, fill=0)
        c.setFillColor(CURVE_COLOUR)
        for day, fraction in self.chart.steps:
            c.circle(self._px(day), self._py(fraction), 0.6 * mm, stroke=0, fill=1)
        last = corners[-1][1]
        c.setFillColor(INK)
        draw_string(
            c, left + width + 1.2 * mm, self._py(last) - 2.2, f"{100 * last:.1f}%", 6.5, bold=True
        )
        self._draw_axes(
            tr("Report", "Days since Day 1"),
            tr("Report", "Cumulative share responding (CR or R), Kaplan–Meier"),
        )
        c.restoreState()


class FlowDiagram(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Boxes and arrows: screened → eligible → dosed → completed / discontinued / on treatment."""

    def __init__(self, parts: list[tuple[str, int]], width: float) -> None:
        super().__init__()
        self.parts = parts  # the three stages in a row, then the three outcomes stacked
        self.width = width
        self.height = 27 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _box(self, x: float, y: float, w: float, h: float, label: str, n: int) -> None:
        c = self.canv
        c.setStrokeColor(INK)
        c.setFillColor(colors.white)
        c.setLineWidth(0.7)
        c.roundRect(x, y, w, h, 1.5 * mm, stroke=1, fill=1)
        c.setFillColor(INK)
        text = fit_text(label, 7.5, w - 11 * mm)
        draw_string(c, x + 2 * mm, y + h / 2 - 2.6, text, 7.5)
        draw_string(c, x + w - 2 * mm, y + h / 2 - 2.8, str(n), 9, bold=True, align="right")

    def _arrow(self, x0: float, y0: float, x1: float, y1: float) -> None:
        c = self.canv
        c.setStrokeColor(MUTED)
        c.setFillColor(MUTED)
        c.setLineWidth(0.8)
        c.line(x0, y0, x1 - 1.6 * mm, y1)
        path = c.beginPath()
        path.moveTo(x1, y1)
        path.lineTo(x1 - 1.8 * mm, y1 + 1.0 * mm)
        path.lineTo(x1 - 1.8 * mm, y1 - 1.0 * mm)
        path.close()
        c.drawPath(path, stroke=0, fill=1)

    def draw(self) -> None:
        gap = 7 * mm
        box_w = (self.width - 3 * gap) / 4.6  # the outcome boxes are 1.6 times as wide
        row_h, middle = 7 * mm, self.height / 2
        self.canv.saveState()
        for index, (label, n) in enumerate(self.parts[:3]):
            x = index * (box_w + gap)
            self._box(x, middle - row_h / 2, box_w, row_h, label, n)
            if index:
                self._arrow(x - gap, middle, x, middle)
        right = 3 * (box_w + gap)
        for index, (label, n) in enumerate(self.parts[3:]):
            y = middle + (row_h + 2 * mm) * (1 - index)
            self._box(right, y - row_h / 2, self.width - right, row_h, label, n)
            self._arrow(right - gap, middle, right, y)
        self.canv.restoreState()
