"""Platelet counts, bleeding grades and the response at each assessment (PROTOCOL.md §7, §8).

Several counts on one date count as one, with the lowest value; several bleeding grades on
one date count as one, with the highest grade. Both rules are applied here once, and every
other part of the core reads the per-date values from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.records import BleedingAssessment, PlateletCount, Screening


class Response(StrEnum):
    CR = "CR"
    R = "R"
    NR = "NR"
    NE = "NE"

    @property
    def is_response(self) -> bool:
        return self in (Response.CR, Response.R)


def counts_by_date(counts: Iterable[PlateletCount]) -> dict[date, float]:
    """One value per date: the lowest of that date's counts, in date order."""
    lowest: dict[date, float] = {}
    for count in counts:
        current = lowest.get(count.date)
        if current is None or count.value < current:
            lowest[count.date] = count.value
    return dict(sorted(lowest.items()))


def grades_by_date(assessments: Iterable[BleedingAssessment]) -> dict[date, int]:
    """One WHO grade per date: the highest of that date's grades, in date order."""
    highest: dict[date, int] = {}
    for assessment in assessments:
        current = highest.get(assessment.date)
        if current is None or assessment.who_grade > current:
            highest[assessment.date] = assessment.who_grade
    return dict(sorted(highest.items()))


def baseline_count(recorded: dict[date, float], screening: Screening, day1: date) -> float | None:
    """The latest count on or before Day 1; the screening count is a candidate on its date.

    A recorded count on the screening date wins over the screening form's count.
    """
    candidates = {d: v for d, v in recorded.items() if d <= day1}
    if (
        screening.platelets is not None
        and screening.date is not None
        and screening.date <= day1
        and screening.date not in candidates
    ):
        candidates[screening.date] = screening.platelets
    if not candidates:
        return None
    return candidates[max(candidates)]


def classify_response(
    count: float, grade: int | None, baseline: float | None, config: ProtocolConfig
) -> Response:
    """CR / R / NR from a count and its same-date WHO grade; NE without a grade."""
    if grade is None:
        return Response.NE
    if grade != 0:
        return Response.NR
    if config.cr.met_by(count):
        return Response.CR
    if (
        baseline is not None
        and config.r.met_by(count)
        and count >= config.r_baseline_multiple * baseline
    ):
        return Response.R
    return Response.NR


@dataclass(frozen=True, slots=True)
class Assessment:
    """A response assessment: a count dated on or after Day 1, with its response."""

    date: date
    count: float
    who_grade: int | None
    response: Response
