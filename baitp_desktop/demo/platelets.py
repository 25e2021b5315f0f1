"""Platelet counts and WHO bleeding grades over the visits, and the interruption storylines.

Why a response profile: the endpoints (early, initial and durable response, time to
response) only show something real when counts rise, plateau and sometimes fall the way
they do on treatment.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from baitp_desktop.core.records import DecisionAction, DosingDecision
from baitp_desktop.core.visits import VisitWindow
from baitp_desktop.demo.roster import NO_NOISE_ROLES
from baitp_desktop.demo.story import Story


@dataclass(frozen=True, slots=True)
class _Profile:
    """An expected count over study days: a rise from baseline to a plateau, maybe a loss."""

    base: float
    plateau: float
    tau: float
    loss_day: int | None
    cap: float

    def count(self, rng: random.Random, day: int) -> int:
        level = self.base + (self.plateau - self.base) * (1 - math.exp(-max(0, day - 1) / self.tau))
        if self.loss_day is not None and day > self.loss_day:
            level = self.base + (level - self.base) * math.exp(-(day - self.loss_day) / 14)
        return int(min(self.cap, max(1, round(level * rng.lognormvariate(0, 0.18)))))


def _profile(story: Story, screening_count: float) -> _Profile:
    """About half respond; interruption stories need a strong responder."""
    rng, role = story.rng, story.plan.role
    base = min(35.0, max(3.0, screening_count * rng.uniform(0.75, 1.2)))
    cap = story.config.interruption.limit - 10
    if role in ("interrupt_resume", "interrupt_ignored"):
        return _Profile(base, 260, rng.uniform(8, 15), None, cap)
    if role != "rescue" and rng.random() < 0.55:
        plateau = rng.uniform(110, 260) if rng.random() < 0.6 else rng.uniform(45, 100)
        loss = rng.randint(60, 140) if rng.random() < 0.15 else None
        return _Profile(base, plateau, rng.uniform(5, 40), loss, cap)
    base = min(base, rng.uniform(15, 25))  # non-responders hover below 30
    return _Profile(base, base * rng.uniform(0.8, 1.3), 20, None, story.config.r.limit - 1)


def _who_grade(rng: random.Random, count: float) -> int:
    """Lower counts bleed more; responders are mostly grade 0."""
    weights = ((0.25, 0.45, 0.3) if count < 10 else (0.6, 0.32, 0.08) if count < 30
               else (0.85, 0.15, 0) if count < 50 else (0.97, 0.03, 0))  # fmt: skip
    return rng.choices((0, 1, 2), weights)[0]


def platelets_and_bleeding(story: Story, screening_count: float) -> None:
    """A count (and usually a WHO grade) at every visit so far, plus a few unscheduled ones."""
    rng, profile = story.rng, _profile(story, screening_count)
    end = story.observed_until()
    for window in story.windows:
        spread = (window.last - window.first).days / 5
        offset = 0 if rng.random() < 0.55 else round(rng.gauss(0, spread))
        when = min(window.last, max(window.first, window.target + timedelta(days=offset)))
        when = max(when, story.plan.screening_date)
        if when <= end:
            _record(story, when, profile.count(rng, story.number(when)))
    if story.discontinuation is not None and story.discontinuation.date < story.today:
        when = story.discontinuation.date  # end-of-treatment visit
        story.counts.setdefault(when, profile.count(rng, story.number(when)))
        story.grades.setdefault(when, _who_grade(rng, story.counts[when]))
    free = unscheduled_days(story, 2, story.config.last_planned_day)
    extra = 0 if story.plan.role in NO_NOISE_ROLES else rng.choice((0, 0, 0, 1, 1, 2))
    for number in rng.sample(free, min(len(free), extra)):
        when = story.day(number)
        story.counts[when] = profile.count(rng, number)
        if rng.random() < 0.7:
            story.grades[when] = _who_grade(rng, story.counts[when])
    visits = [w for w in story.windows if w.visit_id != "baseline"]
    if story.plan.role == "missed_visit":
        done = [w for w in visits if w.last < story.today and _count_in(story, w)]
        for when in _count_in(story, rng.choice(done)) if done else []:
            del story.counts[when]
            story.grades.pop(when, None)
    elif story.plan.role == "missing_bleeding":
        done = [w for w in visits if _count_in(story, w)]
        if done:
            story.grades.pop(_count_in(story, rng.choice(done))[0], None)


def _record(story: Story, when: date, count: int) -> None:
    """A visit count with its same-day WHO grade, which the response needs."""
    story.counts[when] = count
    if story.rng.random() > 0.01:  # now and then a visit count lacks its bleeding grade
        story.grades[when] = _who_grade(story.rng, count)


def _count_in(story: Story, window: VisitWindow) -> list[date]:
    """Dates of the counts recorded so far inside a visit window."""
    return [d for d in story.counts if window.contains(d)]


def unscheduled_days(story: Story, first: int, last: int) -> list[int]:
    """Study days in [first, last] outside every visit window and before `today`."""
    last = min(last, story.number(story.observed_until()))
    return [n for n in range(first, last + 1)
            if not any(w.contains(story.day(n)) for w in story.windows)]  # fmt: skip


def scenario_interruptions(story: Story) -> None:
    """Two counts above the limit >= 14 days apart: applied correctly, or ignored."""
    role, rng = story.plan.role, story.rng
    if role not in ("interrupt_resume", "interrupt_ignored"):
        return
    limit = story.config.interruption.limit
    late = role == "interrupt_ignored" and story.current_day >= 158  # fewer days ignored
    ids = ("w16", "w20") if late else ("w8", "w12")
    dates = {w.visit_id: d for w in story.windows for d in _count_in(story, w)}
    if not all(i in dates for i in ids):
        return
    for when in dates.values():  # high from the pair onwards
        if when >= dates[ids[0]]:
            story.counts[when] = round(limit + rng.uniform(10, 90))
            story.grades[when] = 0
    if role == "interrupt_ignored":
        return
    trigger = dates[ids[1]]
    resume = trigger + timedelta(days=14)
    story.counts[resume], story.grades[resume] = rng.randint(150, 200), 0
    story.decisions += [
        DosingDecision(trigger + timedelta(days=1), DecisionAction.INTERRUPT,
                       f"Platelets > {limit:g} ×10⁹/L twice, ≥ 14 days apart"),
        DosingDecision(resume, DecisionAction.RESUME,
                       f"Platelets {story.counts[resume]} ×10⁹/L: resume daily dosing"),
    ]  # fmt: skip
    story.held.update(trigger + timedelta(days=i) for i in range(1, 14))
    for when in [d for d in story.counts if d > resume]:
        story.counts[when] = rng.randint(120, 220)
