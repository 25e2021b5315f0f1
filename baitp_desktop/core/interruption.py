"""The interruption rule and interruption periods (PROTOCOL.md §2, §8).

A count above the limit arms the rule; a later count above the limit at least
`min_days_apart` days after the *earliest* armed count, with no count at or below the
limit between them, triggers it on the later count's date. After a trigger the rule
ignores counts until the first `resume` decision dated after it; counts dated after that
resume re-arm it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.records import DecisionAction, DosingDecision


def _first_resume_after(day: date, resumes: list[date]) -> date | None:
    for resume in resumes:
        if resume > day:
            return resume
    return None


def interruption_triggers(
    assessment_counts: Mapping[date, float],
    decisions: Iterable[DosingDecision],
    config: ProtocolConfig,
) -> tuple[date, ...]:
    """Trigger dates, from per-date counts dated on or after Day 1 (in date order)."""
    resumes = sorted(d.date for d in decisions if d.action == DecisionAction.RESUME)
    triggers: list[date] = []
    armed_since: date | None = None
    ignore_through: date | None = None
    for day in sorted(assessment_counts):
        if ignore_through is not None:
            if day <= ignore_through:
                continue
            ignore_through = None
        if not config.interruption.met_by(assessment_counts[day]):
            armed_since = None
            continue
        if armed_since is None:
            armed_since = day
            continue
        if (day - armed_since).days >= config.interruption_min_days_apart:
            triggers.append(day)
            armed_since = None
            resume = _first_resume_after(day, resumes)
            ignore_through = resume if resume is not None else date.max
    return tuple(triggers)


@dataclass(frozen=True, slots=True)
class InterruptionPeriod:
    """Days on which no dose should be taken: first..last inclusive, last None = open."""

    first: date
    last: date | None

    def contains(self, day: date) -> bool:
        return self.first <= day and (self.last is None or day <= self.last)


def interruption_periods(
    triggers: Iterable[date], decisions: Iterable[DosingDecision]
) -> tuple[InterruptionPeriod, ...]:
    """The union of trigger-started and decision-started periods, merged and sorted."""
    decisions = list(decisions)
    resumes = sorted(d.date for d in decisions if d.action == DecisionAction.RESUME)
    raw: list[tuple[date, date | None]] = []
    starts = [(t, t + timedelta(days=1)) for t in triggers] + [
        (d.date, d.date) for d in decisions if d.action == DecisionAction.INTERRUPT
    ]
    for anchor, first in starts:
        resume = _first_resume_after(anchor, resumes)
        last = None if resume is None else resume - timedelta(days=1)
        if last is not None and last < first:
            continue
        raw.append((first, last))
    raw.sort(key=lambda p: p[0])
    merged: list[InterruptionPeriod] = []
    for first, last in raw:
        if merged:
            previous = merged[-1]
            if previous.last is None:
                continue
            if first <= previous.last + timedelta(days=1):
                new_last = None if last is None else max(previous.last, last)
                merged[-1] = InterruptionPeriod(previous.first, new_last)
                continue
        merged.append(InterruptionPeriod(first, last))
    return tuple(merged)


def in_any_period(day: date, periods: Iterable[InterruptionPeriod]) -> bool:
    return any(p.contains(day) for p in periods)


def undecided_triggers(
    triggers: Iterable[date], decisions: Iterable[DosingDecision]
) -> tuple[date, ...]:
    """Trigger dates that no dosing decision answers yet (the screens ask for one).

    A trigger is answered by any decision dated on or after it (the investigator's
    `interrupt`, or a `resume` that ends its period), or by an `interrupt` decision
    already in force on its date (the last decision before it is an interrupt).
    """
    ordered = sorted(decisions, key=lambda d: d.date)
    undecided: list[date] = []
    for trigger in triggers:
        if any(d.date >= trigger for d in ordered):
            continue
        earlier = [d for d in ordered if d.date < trigger]
        if earlier and earlier[-1].action is DecisionAction.INTERRUPT:
            continue
        undecided.append(trigger)
    return tuple(undecided)
