"""What the two study-level charts draw, derived once for the screen and the PDF (no Qt).

- The **platelet trajectories**: every dosed participant's visit counts as a faint line
  over study day, the median and interquartile band of the visit counts at each scheduled
  visit (`StudyOutcomes.trajectory`), and the response thresholds (R and CR limits from the
  protocol configuration, 30 and 100 as registered) as dashed lines, on a log axis.
- The **cumulative response curve**: the Kaplan–Meier step function of
  `StudyOutcomes.response_curve` over days since Day 1.

The outcomes screen (QPainter) and the outcomes PDF (reportlab) only map these values to
their own coordinates, so they cannot disagree on what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.outcomes import StudyOutcomes, TrajectoryPoint
from baitp_desktop.core.platelet_course import (
    Y_DEFAULT_RANGE,
    Y_FLOOR,
    ThresholdLine,
    log_fraction,
    y_ticks,
)
from baitp_desktop.i18n import tr

__all__ = ["CurveChart", "TrajectoryChart", "curve_chart", "log_fraction", "trajectory_chart"]

DAY_TICKS = (1, 28, 56, 84, 112, 140, 168)


@dataclass(frozen=True, slots=True)
class TrajectoryChart:
    """Lines per participant (study day, count), the visit quartiles, the threshold lines."""

    lines: tuple[tuple[tuple[int, float], ...], ...]
    band: tuple[TrajectoryPoint, ...]
    thresholds: tuple[ThresholdLine, ...]
    x_range: tuple[int, int]
    y_range: tuple[float, float]

    @property
    def y_ticks(self) -> tuple[float, ...]:
        return y_ticks(self.y_range)

    @property
    def x_ticks(self) -> tuple[int, ...]:
        first, last = self.x_range
        return tuple(d for d in DAY_TICKS if first <= d <= last)

    def x_fraction(self, study_day: float) -> float:
        """0.0 at the left edge, 1.0 at the right (study days; Day -1 sits next to Day 1)."""
        first, last = self.x_range
        position = _continuous(study_day) - _continuous(first)
        return position / max(1.0, _continuous(last) - _continuous(first))

    def y_fraction(self, count: float) -> float:
        return log_fraction(count, self.y_range)


def _continuous(study_day: float) -> float:
    """Study days on a continuous axis: there is no Day 0, so Day -1 is one day before Day 1."""
    return study_day - 1 if study_day > 0 else study_day


def trajectory_chart(outcomes: StudyOutcomes, config: ProtocolConfig) -> TrajectoryChart:
    lines = tuple(points for _, points in sorted(outcomes.visit_courses.items()) if points)
    thresholds = (
        ThresholdLine(config.r.limit, tr("Chart", "R {threshold}").format(threshold=config.r)),
        ThresholdLine(config.cr.limit, tr("Chart", "CR {threshold}").format(threshold=config.cr)),
    )
    values = [v for points in lines for _, v in points] + [t.value for t in thresholds]
    y_range = (
        max(Y_FLOOR, min([Y_DEFAULT_RANGE[0], *(v / 1.25 for v in values)])),
        min(config.platelets_max, max([Y_DEFAULT_RANGE[1], *(v * 1.15 for v in values)])),
    )
    first_visit = min((v.first_day for v in config.visits), default=1)
    days = [d for points in lines for d, _ in points]
    x_range = (min([first_visit, *days]), max([config.last_acceptable_day, *days]))
    return TrajectoryChart(lines, outcomes.trajectory, thresholds, x_range, y_range)


@dataclass(frozen=True, slots=True)
class CurveChart:
    """The cumulative response as steps: (days since Day 1, cumulative fraction 0-1)."""

    steps: tuple[tuple[int, float], ...]
    x_max: int
    participants: int

    @property
    def x_ticks(self) -> tuple[int, ...]:
        return tuple(d for d in range(0, self.x_max + 1, 28))

    def path(self) -> list[tuple[int, float]]:
        """Corner points of the step line, from (0, 0) to the right edge."""
        corners: list[tuple[int, float]] = [(0, 0.0)]
        level = 0.0
        for day, cumulative in self.steps:
            corners.append((day, level))
            corners.append((day, cumulative))
            level = cumulative
        corners.append((self.x_max, level))
        return corners


def curve_chart(outcomes: StudyOutcomes, config: ProtocolConfig) -> CurveChart:
    steps = tuple((p.day, p.cumulative) for p in outcomes.response_curve if p.day > 0)
    x_max = max([config.last_acceptable_day - 1, *(d for d, _ in steps)])
    return CurveChart(steps, x_max, len(outcomes.flow["dosed"]))
