"""A participant's treatment course: the derived facts every rule and endpoint shares.

Computed once per participant per evaluation (lazily), so the validator's rules and the
endpoints read the same Day 1, the same per-date counts, the same interruption periods
and the same expected dosing days, and a rule cannot drift from its neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from baitp_desktop.core.assessments import (
    Assessment,
    baseline_count,
    classify_response,
    counts_by_date,
    grades_by_date,
)
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.eligibility import EligibilityResult, evaluate_eligibility
from baitp_desktop.core.interruption import (
    InterruptionPeriod,
    interruption_periods,
    interruption_triggers,
)
from baitp_desktop.core.records import Dose, Participant
from baitp_desktop.core.studyday import date_of_day, days_between, study_day
from baitp_desktop.core.visits import VisitWindow, visit_count_date, visit_windows


@dataclass
class Course:
    """Derived view of one participant under one protocol configuration."""

    participant: Participant
    config: ProtocolConfig
    _expected_days: dict[date, tuple[date, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _expected_day_sets: dict[date, frozenset[date]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def day1(self) -> date | None:
        return self.participant.first_dose_date

    @property
    def screening_date(self) -> date:
        """The screening date, or the consent date while none is entered: findings about
        screening are dated here."""
        return self.participant.screening.date or self.participant.consent_date

    def study_day(self, day: date) -> int | None:
        return None if self.day1 is None else study_day(day, self.day1)

    def day_date(self, number: int) -> date:
        assert self.day1 is not None
        return date_of_day(self.day1, number)

    @cached_property
    def eligibility(self) -> EligibilityResult:
        return evaluate_eligibility(self.participant, self.config)

    @cached_property
    def counts(self) -> dict[date, float]:
        """Recorded counts, one per date (lowest), the screening form's count excluded."""
        return counts_by_date(self.participant.platelet_counts)

    @cached_property
    def grades(self) -> dict[date, int]:
        return grades_by_date(self.participant.bleeding)

    @cached_property
    def assessment_counts(self) -> dict[date, float]:
        """Counts dated on or after Day 1: the ones the response and the rule look at."""
        if self.day1 is None:
            return {}
        day1 = self.day1
        return {d: v for d, v in self.counts.items() if d >= day1}

    @cached_property
    def baseline(self) -> float | None:
        if self.day1 is None:
            return None
        return baseline_count(self.counts, self.participant.screening, self.day1)

    @cached_property
    def assessments(self) -> tuple[Assessment, ...]:
        return tuple(
            Assessment(
                date=day,
                count=count,
                who_grade=self.grades.get(day),
                response=classify_response(count, self.grades.get(day), self.baseline, self.config),
            )
            for day, count in self.assessment_counts.items()
        )

    @cached_property
    def windows(self) -> tuple[VisitWindow, ...]:
        return () if self.day1 is None else visit_windows(self.day1, self.config)

    @cached_property
    def visit_counts(self) -> dict[str, date | None]:
        """Visit id -> date of the count chosen for it (None when the window has none)."""
        return {w.visit_id: visit_count_date(w, self.counts) for w in self.windows}

    def window(self, visit_id: str) -> VisitWindow | None:
        for window in self.windows:
            if window.visit_id == visit_id:
                return window
        return None

    @cached_property
    def triggers(self) -> tuple[date, ...]:
        return interruption_triggers(
            self.assessment_counts, self.participant.dosing_decisions, self.config
        )

    @cached_property
    def interruptions(self) -> tuple[InterruptionPeriod, ...]:
        return interruption_periods(self.triggers, self.participant.dosing_decisions)

    def interrupted_on(self, day: date) -> bool:
        return any(p.contains(day) for p in self.interruptions)

    @cached_property
    def severe_ae_onset(self) -> date | None:
        """The earliest onset on/after Day 1 of an AE at the discontinuation grade or worse."""
        if self.day1 is None:
            return None
        day1 = self.day1
        onsets = [
            ae.onset
            for ae in self.participant.adverse_events
            if ae.grade >= self.config.severe_ae_min_grade and ae.onset >= day1
        ]
        return min(onsets, default=None)

    @cached_property
    def discontinuation_date(self) -> date | None:
        disc = self.participant.discontinuation
        return None if disc is None else disc.date

    @cached_property
    def diary(self) -> dict[date, Dose]:
        """Diary entries by date (one per day is enforced at entry and import)."""
        return {dose.date: dose for dose in self.participant.doses}

    def expected_period_end(self, as_of: date) -> date:
        """The earliest of Day 168, the discontinuation date and as-of − 1."""
        ends = [self.day_date(self.config.last_planned_day), as_of - timedelta(days=1)]
        if self.discontinuation_date is not None:
            ends.append(self.discontinuation_date)
        return min(ends)

    def expected_dosing_days(self, as_of: date) -> tuple[date, ...]:
        """Day 1 to the earliest of Day 168, discontinuation and as-of − 1, minus exempt days.

        Exempt: days inside an interruption period and days after a severe AE's onset.
        Kept per as-of date: MISSING_DIARY and every compliance block ask for the same days.
        """
        cached = self._expected_days.get(as_of)
        if cached is not None:
            return cached
        days: tuple[date, ...] = ()
        if self.day1 is not None:
            last = self.expected_period_end(as_of)
            severe = self.severe_ae_onset
            days = tuple(
                day
                for day in days_between(self.day1, last)
                if not self.interrupted_on(day) and (severe is None or day <= severe)
            )
        self._expected_days[as_of] = days
        return days

    def expected_dosing_day_set(self, as_of: date) -> frozenset[date]:
        cached = self._expected_day_sets.get(as_of)
        if cached is None:
            cached = self._expected_day_sets[as_of] = frozenset(self.expected_dosing_days(as_of))
        return cached

    @cached_property
    def taken_doses(self) -> tuple[Dose, ...]:
        return tuple(sorted((d for d in self.participant.doses if d.taken), key=lambda d: d.date))

    @cached_property
    def taken_dose_dates(self) -> tuple[date, ...]:
        """The dates of the doses taken, in order (for bisecting a period)."""
        return tuple(d.date for d in self.taken_doses)
