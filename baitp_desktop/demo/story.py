"""One synthetic participant while it is being made up: its calendar plan and its records.

Why mutable: the storylines (discontinuation, interruptions, AEs, rescue) each add to or
change the same participant in turn; `baitp_desktop.demo` freezes the result into a core
`Participant` at the end.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.records import AdverseEvent, Discontinuation, DosingDecision, RescueTherapy
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.core.visits import VisitWindow


@dataclass
class Plan:
    """One participant's place on the study calendar, before any data is made up."""

    index: int
    rng: random.Random
    consent: date
    screening_date: date
    day1: date | None
    role: str | None = None
    variant: int = 0  # the how-many-th holder of the role, to vary its details


@dataclass
class Story:
    """The participant's records while they are being built (mutable, then frozen)."""

    plan: Plan
    config: ProtocolConfig
    today: date
    day1: date
    windows: tuple[VisitWindow, ...]
    counts: dict[date, int] = field(default_factory=dict)
    grades: dict[date, int] = field(default_factory=dict)
    decisions: list[DosingDecision] = field(default_factory=list)
    aes: list[AdverseEvent] = field(default_factory=list)
    rescue: list[RescueTherapy] = field(default_factory=list)
    held: set[date] = field(default_factory=set)  # documented not-taken (interrupted) days
    discontinuation: Discontinuation | None = None
    last_dose: date | None = None  # None: the planned end (Day 168 or yesterday)

    @property
    def rng(self) -> random.Random:
        return self.plan.rng

    @property
    def current_day(self) -> int:
        return (self.today - self.day1).days + 1

    def day(self, number: int) -> date:
        return date_of_day(self.day1, number)

    def number(self, day: date) -> int:
        return (day - self.day1).days + 1

    @property
    def yesterday(self) -> date:
        return self.today - timedelta(days=1)

    def observed_until(self) -> date:
        """The last date anything can have happened: yesterday, or discontinuation."""
        end = self.yesterday
        return end if self.discontinuation is None else min(end, self.discontinuation.date)
