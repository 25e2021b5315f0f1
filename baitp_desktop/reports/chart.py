"""The platelet chart on paper: count over study day on a log axis, with the protocol's lines.

What is drawn where comes from `core.platelet_course.chart_series` (the same series the
counts tab draws on screen), so the printed chart cannot disagree with the screen. This
module only paints: the response at each count by marker shape *and* colour (readable on a
grey-scale copy), the response and interruption thresholds as dashed lines, interruption
periods as shaded bands, interruption triggers and rescue therapy as marks, and the visit
windows along the bottom.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.platelet_course import (
    ChartSeries,
    CountPoint,
    log_fraction,
    x_ticks,
    y_ticks,
)
from baitp_desktop.i18n import tr
from baitp_desktop.reports.fonts import draw_string, fit_text, string_width
from baitp_desktop.reports.styles import INK, MUTED, RULE

RESPONSE_COLOURS = {
    Response.CR: colors.HexColor("#137333"),
    Response.R: colors.HexColor("#1a62c9"),
    Response.NR: colors.HexColor("#c5221f"),
    Response.NE: colors.HexColor("#5f6368"),
}
BAND_FILL = colors.HexColor("#fde7c8")
WINDOW_FILL = colors.HexColor("#e8eaed")
TRIGGER_COLOUR = colors.HexColor("#b06000")
RESCUE_COLOUR = colors.HexColor("#8e24aa")
LINE_COLOUR = colors.HexColor("#80868b")

_LEFT, _RIGHT, _TOP, _BOTTOM = 12 * mm, 24 * mm, 9 * mm, 13 * mm
MARKER = 1.7 * mm


class PlateletChart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A fixed-height chart as wide as the text column."""

    def __init__(
        self,
        series: ChartSeries,
        width: float,
        *,
        interruption_limit: float,
        height: float = 72 * mm,
    ) -> None:
        super().__init__()
        self.series = series
        self.interruption_limit = interruption_limit
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    # -- coordinates ----------------------------------------------------------------------
    @property
    def _plot(self) -> tuple[float, float, float, float]:
        return _LEFT, _BOTTOM, self.width - _LEFT - _RIGHT, self.height - _TOP - _BOTTOM

    def _px(self, x: float) -> float:
        left, _, width, _ = self._plot
        first, last = self._x_range
        return left + (x - first) / max(1, last - first) * width

    def _py(self, value: float) -> float:
        _, bottom, _, height = self._plot
        return bottom + log_fraction(value, self.series.y_range) * height

    @property
    def _x_range(self) -> tuple[int, int]:
        first, last = self.series.x_range
        return first - 2, last + 2

    # -- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        c = self.canv
        c.saveState()
        self._bands()
        self._axes()
        self._thresholds()
        self._windows()
        self._marks()
        self._counts()
        self._legend()
        c.restoreState()

    def _bands(self) -> None:
        c = self.canv
        _, bottom, _, height = self._plot
        last_x = self._x_range[1]
        c.setFillColor(BAND_FILL)
        for band in self.series.interruptions:
            x0 = self._px(band.first_x - 0.5)
            x1 = self._px((band.last_x if band.last_x is not None else last_x) + 0.5)
            c.rect(x0, bottom, max(0.6, x1 - x0), height, stroke=0, fill=1)
            if string_width(band.label, 6) < x1 - x0 - 2:  # else the legend explains the band
                c.setFillColor(TRIGGER_COLOUR)
                draw_string(c, x0 + 1, bottom + height - 7, band.label, 6)
                c.setFillColor(BAND_FILL)

    def _axes(self) -> None:
        c = self.canv
        left, bottom, width, height = self._plot
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.setFillColor(MUTED)
        for tick in y_ticks(self.series.y_range):
            y = self._py(tick)
            c.line(left, y, left + width, y)
            draw_string(c, left - 1.5 * mm, y - 2.2, fmt_number(tick), 6.5, align="right")
        for x in x_ticks(self._x_range):
            px = self._px(x)
            c.line(px, bottom, px, bottom - 1.2 * mm)
            draw_string(
                c, px, bottom - 4 * mm, str(self.series.study_day_at(x)), 6.5, align="centre"
            )
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.line(left, bottom, left + width, bottom)
        c.line(left, bottom, left, bottom + height)
        c.setFillColor(INK)
        draw_string(c, left + width / 2, 1.2 * mm, tr("Report", "Study day"), 7, align="centre")
        draw_string(
            c, 0, bottom + height + 2.6 * mm, tr("Report", "Platelets ×10⁹/L (log scale)"), 7
        )

    def _thresholds(self) -> None:
        c = self.canv
        left, _, width, _ = self._plot
        c.setDash(3, 2)
        c.setLineWidth(0.7)
        for line in self.series.thresholds:
            y = self._py(line.value)
            c.setStrokeColor(TRIGGER_COLOUR if line.value == self.interruption_limit else INK)
            c.line(left, y, left + width, y)
            c.setFillColor(INK)
            draw_string(
                c,
                left + width + 1.2 * mm,
                y - 2.2,
                fit_text(line.label, 6.5, _RIGHT - 1.5 * mm),
                6.5,
            )
        c.setDash()

    def _windows(self) -> None:
        """Visit windows as grey ticks on a strip just above the x axis, labelled."""
        c = self.canv
        _, bottom, _, _ = self._plot
        last_label_end = -1e9
        for band in self.series.windows:
            x0 = self._px(band.first_x - 0.5)
            x1 = self._px((band.last_x if band.last_x is not None else band.first_x) + 0.5)
            c.setFillColor(WINDOW_FILL)
            c.rect(x0, bottom + 0.3, max(0.8, x1 - x0), 1.6 * mm, stroke=0, fill=1)
            centre = (x0 + x1) / 2
            label_width = string_width(band.label, 5.5)
            if centre - label_width / 2 > last_label_end + 1:
                c.setFillColor(MUTED)
                draw_string(c, centre, bottom - 7.6 * mm, band.label, 5.5, align="centre")
                last_label_end = centre + label_width / 2

    def _marks(self) -> None:
        c = self.canv
        _, bottom, _, height = self._plot
        c.setLineWidth(0.8)
        for trigger in self.series.triggers:
            x = self._px(trigger.x)
            c.setStrokeColor(TRIGGER_COLOUR)
            c.setDash(1.5, 1.5)
            c.line(x, bottom, x, bottom + height)
            c.setDash()
        for rescue in self.series.rescue:
            x = self._px(rescue.x)
            y = bottom + 2.4 * mm
            c.setFillColor(RESCUE_COLOUR)
            path = c.beginPath()
            path.moveTo(x, y + 2.2 * mm)
            path.lineTo(x - 1.3 * mm, y)
            path.lineTo(x + 1.3 * mm, y)
            path.close()
            c.drawPath(path, stroke=0, fill=1)

    def _counts(self) -> None:
        c = self.canv
        points = self.series.points
        c.setStrokeColor(LINE_COLOUR)
        c.setLineWidth(0.6)
        path = c.beginPath()
        for index, point in enumerate(points):
            xy = (self._px(point.x), self._py(point.count))
            if index == 0:
                path.moveTo(*xy)
            else:
                path.lineTo(*xy)
        if len(points) > 1:
            c.drawPath(path, stroke=1, fill=0)
        for point in points:
            _marker(c, self._px(point.x), self._py(point.count), point)

    def _legend(self) -> None:
        c = self.canv
        entries: list[tuple[CountPoint | str, str]] = [
            (_legend_point(Response.CR), "CR"),
            (_legend_point(Response.R), "R"),
            (_legend_point(Response.NR), "NR"),
            (_legend_point(Response.NE), "NE"),
            (_legend_point(None), tr("Report", "before Day 1")),
            ("rescue", tr("Report", "rescue therapy")),
            ("trigger", tr("Report", "interruption rule met")),
            ("band", tr("Report", "interrupted")),
        ]
        x = _LEFT + 38 * mm
        y = self.height - 3.2 * mm
        for symbol, label in entries:
            if isinstance(symbol, CountPoint):
                _marker(c, x, y + 1, symbol)
            elif symbol == "rescue":
                c.setFillColor(RESCUE_COLOUR)
                path = c.beginPath()
                path.moveTo(x, y + 2.6)
                path.lineTo(x - 2.4, y - 1.4)
                path.lineTo(x + 2.4, y - 1.4)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
            elif symbol == "trigger":
                c.setStrokeColor(TRIGGER_COLOUR)
                c.setDash(1.5, 1.5)
                c.line(x, y - 2, x, y + 4)
                c.setDash()
            else:
                c.setFillColor(BAND_FILL)
                c.rect(x - 2.5, y - 2, 5, 6, stroke=0, fill=1)
            c.setFillColor(INK)
            x += 3 * mm + draw_string(c, x + 2 * mm, y - 1.2, label, 6.5) + 2 * mm


def _legend_point(response: Response | None) -> CountPoint:
    return CountPoint(date.min, 0, 0, 0.0, response, None, "", is_screening=response is None)


def _marker(canvas: Canvas, x: float, y: float, point: CountPoint) -> None:
    """CR filled circle, R filled diamond, NR open circle, NE cross, pre-Day-1 open square."""
    size = MARKER
    response = point.response
    canvas.setLineWidth(0.8)
    if response is None:
        canvas.setStrokeColor(INK)
        canvas.setFillColor(colors.white)
        canvas.rect(x - size / 2, y - size / 2, size, size, stroke=1, fill=1)
        return
    colour = RESPONSE_COLOURS[response]
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    if response is Response.CR:
        canvas.circle(x, y, size / 2, stroke=1, fill=1)
    elif response is Response.R:
        path = canvas.beginPath()
        half = size * 0.62
        path.moveTo(x, y + half)
        path.lineTo(x + half, y)
        path.lineTo(x, y - half)
        path.lineTo(x - half, y)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    elif response is Response.NR:
        canvas.setFillColor(colors.white)
        canvas.circle(x, y, size / 2, stroke=1, fill=1)
    else:
        half = size / 2
        canvas.line(x - half, y - half, x + half, y + half)
        canvas.line(x - half, y + half, x + half, y - half)
