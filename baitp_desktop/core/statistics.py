"""Small exact statistics for the outcome measures, without a SciPy dependency.

Clopper–Pearson intervals come from the binomial distribution itself (bisection on its
tail probabilities, computed in log space), so they are exact to floating-point
precision for any n a trial of this size can have. The cumulative-response curve is a
Kaplan–Meier estimate with responders as events and non-responders censored at their
last assessment. The t-interval of a mean change uses Student's t from the regularized
incomplete beta function (a continued fraction), again without SciPy.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def _log_pmf(k: int, n: int, p: float) -> float:
    if p <= 0.0:
        return 0.0 if k == 0 else -math.inf
    if p >= 1.0:
        return 0.0 if k == n else -math.inf
    return (
        math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
        + k * math.log(p) + (n - k) * math.log1p(-p)
    )  # fmt: skip


def binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p)."""
    if k < 0:
        return 0.0
    if k >= n:
        return 1.0
    return min(1.0, sum(math.exp(_log_pmf(i, n, p)) for i in range(k + 1)))


def _bisect(
    predicate_true_below: Callable[[float], bool], low: float = 0.0, high: float = 1.0
) -> float:
    """The boundary of a predicate that holds below it and fails above it, on [low, high]."""
    for _ in range(200):
        middle = (low + high) / 2
        if predicate_true_below(middle):
            low = middle
        else:
            high = middle
    return (low + high) / 2


def clopper_pearson(successes: int, trials: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact two-sided confidence interval for a binomial proportion."""
    if trials < 0 or not 0 <= successes <= trials:
        raise ValueError("need 0 <= successes <= trials")
    if trials == 0:
        return (0.0, 1.0)
    alpha = 1.0 - confidence
    if successes == 0:
        lower = 0.0
    else:
        # lower: P(X >= x | p) = alpha/2  <=>  1 - cdf(x-1, n, p) = alpha/2 (increasing in p)
        lower = _bisect(lambda p: 1.0 - binomial_cdf(successes - 1, trials, p) < alpha / 2)
    if successes == trials:
        upper = 1.0
    else:
        # upper: P(X <= x | p) = alpha/2 (decreasing in p)
        upper = _bisect(lambda p: binomial_cdf(successes, trials, p) > alpha / 2)
    return (lower, upper)


@dataclass(frozen=True, slots=True)
class CurvePoint:
    day: int
    cumulative: float
    at_risk: int


def cumulative_response_curve(
    events: Sequence[int], censored: Sequence[int]
) -> tuple[CurvePoint, ...]:
    """Kaplan–Meier cumulative proportion responding (1 − S(t)) at each event day.

    `events`: days to response of responders; `censored`: follow-up days of the others.
    At tied days, events are counted before censorings (the usual convention).
    """
    times = sorted(set(events))
    survival = 1.0
    points = [CurvePoint(0, 0.0, len(events) + len(censored))]
    for day in times:
        at_risk = sum(1 for t in events if t >= day) + sum(1 for t in censored if t >= day)
        happened = sum(1 for t in events if t == day)
        if at_risk:
            survival *= 1.0 - happened / at_risk
        points.append(CurvePoint(day, 1.0 - survival, at_risk))
    return tuple(points)


def median(values: Sequence[float]) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """Q1, median, Q3 by linear interpolation between order statistics (type 7)."""
    ordered = sorted(values)
    if not ordered:
        return None

    def quantile(q: float) -> float:
        position = q * (len(ordered) - 1)
        below = math.floor(position)
        above = min(below + 1, len(ordered) - 1)
        return ordered[below] + (ordered[above] - ordered[below]) * (position - below)

    return (quantile(0.25), quantile(0.5), quantile(0.75))


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return result


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularized incomplete beta function, for 0 <= x <= 1."""
    if not 0.0 <= x <= 1.0:
        raise ValueError("x must be in [0, 1]")
    if x in (0.0, 1.0):
        return x
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
        + a * math.log(x) + b * math.log1p(-x)
    )  # fmt: skip
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(b, a, 1.0 - x) / b


def student_t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    tail = 0.5 * regularized_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def student_t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p (bisection on the CDF; t(0.975, 10) = 2.2281…)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be in (0, 1)")
    if p < 0.5:
        return -student_t_quantile(1.0 - p, df)
    high = 1.0
    while student_t_cdf(high, df) < p:
        high *= 2.0
    return _bisect(lambda t: student_t_cdf(t, df) < p, 0.0, high)


def mean_confidence_interval(
    values: Sequence[float], confidence: float = 0.95
) -> tuple[float, float, float] | None:
    """Mean and its two-sided t-interval; None with fewer than two values (no spread)."""
    n = len(values)
    if n < 2:
        return None
    mean = math.fsum(values) / n
    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = student_t_quantile(0.5 + confidence / 2.0, n - 1) * math.sqrt(variance / n)
    return (mean, mean - half, mean + half)
