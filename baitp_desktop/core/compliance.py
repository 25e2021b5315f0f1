"""Dosing compliance as numbers: a tally of diary days over a period, and the 28-day blocks.

Why here and not in a screen or a report: the LOW_COMPLIANCE rule, the printed casebook and
the visit summary must count the same days the same way (PROTOCOL.md §6 "expected dosing
days"; a dose is taken when its diary entry says `taken`). `Course.expected_dosing_days`
decides which days are expected; this module only counts over it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from baitp_desktop.core.course import Course
from baitp_desktop.core.studyday import days_between


@dataclass(frozen=True, slots=True)
class DosingTally:
    """Diary days between `first` and `last` (inclusive) as of one evaluation date.

    `expected` are the expected dosing days in the period; of those, `taken` have a dose
    taken, `missed` a recorded missed dose and `unrecorded` no diary entry at all.
    `taken_unexpected` counts doses taken on days that were not expected (interruption,
    after discontinuation or a severe AE, beyond the planned period).
    """

    first: date
    last: date
    expected: tuple[date, ...]
    taken: tuple[date, ...]
    missed: tuple[date, ...]
    unrecorded: tuple[date, ...]
    taken_unexpected: tuple[date, ...]

    @property
    def fraction(self) -> float | None:
        """Taken / expected; None when no day of the period was expected."""
        if not self.expected:
            return None
        return len(self.taken) / len(self.expected)


@dataclass(frozen=True, slots=True)
class ComplianceBlock:
    """One 28-day block (Days 1–28, 29–56, …) of the planned treatment period.

    `evaluated` is True when the block is complete as of the evaluation date (its last day
    is on or before the end of the expected period) and had an expected day: only then
    does the LOW_COMPLIANCE rule judge it, and `below_minimum` says whether it failed.
    """

    number: int
    first_day: int
    last_day: int
    tally: DosingTally
    evaluated: bool
    below_minimum: bool


def dosing_tally(course: Course, first: date, last: date, as_of: date) -> DosingTally:
    """Count the diary over first..last with the expected days as of `as_of`."""
    expected_all = course.expected_dosing_day_set(as_of)
    period = days_between(first, last)
    expected = tuple(d for d in period if d in expected_all)
    taken: list[date] = []
    missed: list[date] = []
    unrecorded: list[date] = []
    for day in expected:
        dose = course.diary.get(day)
        if dose is None:
            unrecorded.append(day)
        elif dose.taken:
            taken.append(day)
        else:
            missed.append(day)
    unexpected = tuple(
        d for d in period if d not in expected_all and (dose := course.diary.get(d)) and dose.taken
    )
    return DosingTally(
        first, last, expected, tuple(taken), tuple(missed), tuple(unrecorded), unexpected
    )


def compliance_blocks(course: Course, as_of: date) -> tuple[ComplianceBlock, ...]:
    """The 28-day blocks that have started by `as_of` − 1, each with its tally.

    Blocks are judged exactly as LOW_COMPLIANCE judges them: complete by the end of the
    expected period (Day 168, discontinuation, as-of − 1), at least one expected day, and
    taken / expected below the configured minimum.
    """
    if course.day1 is None:
        return ()
    config = course.config
    limit = course.expected_period_end(as_of)
    blocks: list[ComplianceBlock] = []
    for index in range(config.last_planned_day // config.compliance_block_days):
        first_day = index * config.compliance_block_days + 1
        last_day = first_day + config.compliance_block_days - 1
        first, last = course.day_date(first_day), course.day_date(last_day)
        if first > limit:
            break
        tally = dosing_tally(course, first, min(last, limit), as_of)
        evaluated = last <= limit and bool(tally.expected)
        fraction = tally.fraction
        below = evaluated and fraction is not None and fraction < config.compliance_min_fraction
        blocks.append(ComplianceBlock(index + 1, first_day, last_day, tally, evaluated, below))
    return tuple(blocks)
