"""A participant's platelet course as the counts tab and its chart show it (no Qt).

Why a separate, Qt-free module: the chart widget only draws; what is drawn where (which
count belongs to which visit, the response at each assessment, the interruption periods,
rescue therapy, the protocol's thresholds) is derived here from `Course`, so it can be
tested without a display and reused by a printed visit summary. Nothing is re-derived:
visit choice, responses, triggers and interruptions all come from `Course`.

The horizontal axis is "days since Day 1" (`x`, Day 1 = 0), continuous across the missing
Day 0; labels show the study day (`day`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.course import Course
from baitp_desktop.core.studyday import study_day
from baitp_desktop.core.visits import VisitWindow, visit_label, window_of
from baitp_desktop.i18n import tr

# The y axis is logarithmic: counts of 5 and 600 both need to be readable on one chart.
Y_FLOOR = 1.0  # a count of 0 is drawn at the floor (its tooltip gives the true value)
Y_DEFAULT_RANGE = (5.0, 600.0)
_TICK_CANDIDATES = (1, 2, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000)


@dataclass(frozen=True, slots=True)
class VisitPlacement:
    """Where a dated count sits in the schedule.

    `visit_id` None: outside every window (unscheduled). `chosen` False inside a window:
    another count in that window is nearer the target, so this one is an extra count.
    """

    visit_id: str | None
    name: str
    chosen: bool

    @property
    def text(self) -> str:
        if self.visit_id is None:
            return self.name
        if self.chosen:
            return self.name
        return tr("Counts", "{visit} (extra)").format(visit=self.name)


def visit_placement(course: Course, day: date) -> VisitPlacement:
    """The visit a count dated `day` belongs to (Course.visit_counts decides the chosen one)."""
    window = window_of(day, course.windows)
    if window is None:
        return VisitPlacement(None, tr("Counts", "Unscheduled"), chosen=False)
    chosen = course.visit_counts.get(window.visit_id) == day
    return VisitPlacement(window.visit_id, visit_label(window.definition), chosen)


def due_visit(course: Course, today: date) -> VisitWindow | None:
    """The visit due today: the window containing today (None between windows)."""
    return window_of(today, course.windows)


def short_visit_label(visit_id: str) -> str:
    """A few characters for a window on the chart ("D28", "W8", "BL")."""
    if visit_id == "baseline":
        return tr("Chart", "BL")
    return visit_id.upper()


@dataclass(frozen=True, slots=True)
class CountPoint:
    """One count on the chart: per date (the lowest of the date), with its response."""

    date: date
    day: int
    x: int
    count: float
    response: Response | None  # None before Day 1 (not a response assessment)
    who_grade: int | None
    visit: str
    is_screening: bool = False


@dataclass(frozen=True, slots=True)
class DayBand:
    """A run of days (x inclusive). `last_x` None: still open (drawn to the right edge)."""

    first_x: int
    last_x: int | None
    label: str


@dataclass(frozen=True, slots=True)
class DayMark:
    """Something that happened on one day (rescue therapy, an interruption trigger)."""

    date: date
    day: int
    x: int
    label: str


@dataclass(frozen=True, slots=True)
class ThresholdLine:
    value: float
    label: str


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """Everything the platelet chart draws for one participant."""

    day1: date
    points: tuple[CountPoint, ...]
    thresholds: tuple[ThresholdLine, ...]
    interruptions: tuple[DayBand, ...]
    windows: tuple[DayBand, ...]
    rescue: tuple[DayMark, ...]
    triggers: tuple[DayMark, ...]
    today_x: int | None
    x_range: tuple[int, int]
    y_range: tuple[float, float]

    def date_at(self, x: int) -> date:
        return self.day1 + timedelta(days=x)

    def study_day_at(self, x: int) -> int:
        return study_day(self.date_at(x), self.day1)


def _x(day: date, day1: date) -> int:
    return (day - day1).days


def chart_series(course: Course, today: date | None = None) -> ChartSeries | None:
    """Map a course to chart series; None before Day 1 is set (no study days yet)."""
    day1 = course.day1
    if day1 is None:
        return None
    config = course.config
    responses = {a.date: a.response for a in course.assessments}
    points = [
        CountPoint(
            date=day,
            day=study_day(day, day1),
            x=_x(day, day1),
            count=count,
            response=responses.get(day),
            who_grade=course.grades.get(day),
            visit=visit_placement(course, day).text,
        )
        for day, count in course.counts.items()
    ]
    screening = course.participant.screening
    if (
        screening.platelets is not None
        and screening.date is not None
        and screening.date not in course.counts
    ):
        points.append(
            CountPoint(
                date=screening.date,
                day=study_day(screening.date, day1),
                x=_x(screening.date, day1),
                count=screening.platelets,
                response=None,
                who_grade=None,
                visit=tr("Visit", "Screening"),
                is_screening=True,
            )
        )
    points.sort(key=lambda p: p.date)
    thresholds = _thresholds(course)
    interruptions = tuple(
        DayBand(
            _x(p.first, day1),
            None if p.last is None else _x(p.last, day1),
            tr("Chart", "interrupted"),
        )
        for p in course.interruptions
    )
    windows = tuple(
        DayBand(_x(w.first, day1), _x(w.last, day1), short_visit_label(w.visit_id))
        for w in course.windows
    )
    rescue = tuple(
        DayMark(r.date, study_day(r.date, day1), _x(r.date, day1), r.therapy)
        for r in sorted(course.participant.rescue, key=lambda r: r.date)
    )
    triggers = tuple(
        DayMark(t, study_day(t, day1), _x(t, day1), tr("Chart", "interruption rule met"))
        for t in course.triggers
    )
    xs = [p.x for p in points] + [m.x for m in rescue] + [_x(day1, day1)]
    xs += [b.first_x for b in windows] + [b.last_x for b in windows if b.last_x is not None]
    today_x = None if today is None else _x(today, day1)
    x_range = (min(xs), max(xs))
    values = [p.count for p in points] + [t.value for t in thresholds]
    y_range = (
        max(Y_FLOOR, min([Y_DEFAULT_RANGE[0], *(v / 1.25 for v in values)])),
        min(config.platelets_max, max([Y_DEFAULT_RANGE[1], *(v * 1.15 for v in values)])),
    )
    return ChartSeries(
        day1=day1,
        points=tuple(points),
        thresholds=thresholds,
        interruptions=interruptions,
        windows=windows,
        rescue=rescue,
        triggers=triggers,
        today_x=today_x,
        x_range=x_range,
        y_range=y_range,
    )


def _thresholds(course: Course) -> tuple[ThresholdLine, ...]:
    """Response and interruption limits, from the protocol configuration (never literals)."""
    config = course.config
    lines = {
        config.r.limit: tr("Chart", "R {threshold}").format(threshold=config.r),
        config.cr.limit: tr("Chart", "CR {threshold}").format(threshold=config.cr),
        config.interruption.limit: tr("Chart", "interruption {threshold}").format(
            threshold=config.interruption
        ),
    }
    return tuple(ThresholdLine(value, label) for value, label in sorted(lines.items()))


def log_fraction(value: float, y_range: tuple[float, float]) -> float:
    """Where a count sits between the bottom (0.0) and top (1.0) of a log axis."""
    low, high = (math.log10(max(Y_FLOOR, v)) for v in y_range)
    if high <= low:
        return 0.0
    position = (math.log10(max(Y_FLOOR, value)) - low) / (high - low)
    return min(1.0, max(0.0, position))


def y_ticks(y_range: tuple[float, float]) -> tuple[float, ...]:
    """Round counts to label on the log axis (1, 2, 5, 10, 20, 30, 50, 100, …)."""
    low, high = y_range
    return tuple(float(t) for t in _TICK_CANDIDATES if low <= t <= high)


def x_ticks(x_range: tuple[int, int], step_days: int = 28) -> tuple[int, ...]:
    """x of Day 1 and of Days 28, 56, 84, … (the monthly visits) within the axis."""
    first, last = x_range
    days = [1, *range(step_days, last + 2, step_days)]
    return tuple(day - 1 for day in days if first <= day - 1 <= last)
