"""The study's answer: the registry's outcome measures over all dosed participants.

Denominators are the dosed participants (PROTOCOL.md §8 "dosed") for whom the measure is
due: a participant who missed the Day 28 visit counts as not responding at Day 28 rather
than disappearing from the denominator, while one whose Day 28 window is still open is
left out and reported as "not yet due" (so an interim look is not diluted).
Every number carries the ids of the participants that make it up, so that it can be
traced back to the casebooks (`--detail`, or a click in the outcomes screen).

Adverse events are treatment-emergent: onset on or after Day 1.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from baitp_desktop.core.assessments import Response
from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.endpoints import Endpoints, compute_endpoints, first_response
from baitp_desktop.core.form_outcomes import FormOutcomes, form_outcomes
from baitp_desktop.core.records import DecisionAction, DiscontinuationReason, Participant
from baitp_desktop.core.statistics import (
    CurvePoint,
    clopper_pearson,
    cumulative_response_curve,
    median,
    quartiles,
)
from baitp_desktop.core.status import ParticipantStatus, participant_status
from baitp_desktop.i18n import tr


@dataclass(frozen=True, slots=True)
class Proportion:
    """n of N with an exact 95 % CI.

    N counts the dosed participants for whom the assessment is due; `missing` are those
    among them without an evaluable assessment (counted as not responding); `not_yet_due`
    are dosed participants whose visit window is still open.
    """

    key: str
    label: str
    participants: tuple[str, ...]
    total: int
    missing: tuple[str, ...] = ()
    not_yet_due: tuple[str, ...] = ()
    due: tuple[str, ...] = ()  # the N: everyone for whom the measure is due

    @property
    def n(self) -> int:
        return len(self.participants)

    @property
    def percent(self) -> float | None:
        return None if self.total == 0 else 100.0 * self.n / self.total

    @property
    def ci95(self) -> tuple[float, float]:
        return clopper_pearson(self.n, self.total)

    def to_json(self, detail: bool) -> dict[str, Any]:
        low, high = self.ci95
        out: dict[str, Any] = {
            "label": self.label,
            "n": self.n,
            "N": self.total,
            "percent": None if self.percent is None else round(self.percent, 1),
            "ci95": [round(100 * low, 1), round(100 * high, 1)],
            "not_assessed": len(self.missing),
            "not_yet_due": len(self.not_yet_due),
        }
        if detail:
            out["participants"] = list(self.participants)
            out["not_assessed_participants"] = list(self.missing)
            out["not_yet_due_participants"] = list(self.not_yet_due)
        return out


@dataclass(frozen=True, slots=True)
class Distribution:
    """Days per participant (time to response, duration of response)."""

    key: str
    label: str
    values: tuple[tuple[str, int], ...]

    def to_json(self, detail: bool) -> dict[str, Any]:
        days = [v for _, v in self.values]
        out: dict[str, Any] = {
            "label": self.label,
            "n": len(days),
            "median": median(days),
            "min": min(days, default=None),
            "max": max(days, default=None),
        }
        if detail:
            out["participants"] = {pid: v for pid, v in self.values}
        return out


@dataclass(frozen=True, slots=True)
class AeSummary:
    """One CTCAE term: participants with it, by their worst grade for that term."""

    term: str
    by_grade: dict[int, tuple[str, ...]]
    total: int

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(sorted(pid for ids in self.by_grade.values() for pid in ids))

    def to_json(self, detail: bool) -> dict[str, Any]:
        n = len(self.participants)
        out: dict[str, Any] = {
            "term": self.term,
            "n": n,
            "percent": None if not self.total else round(100.0 * n / self.total, 1),
            "worst_grade": {str(g): len(ids) for g, ids in sorted(self.by_grade.items())},
        }
        if detail:
            out["participants"] = list(self.participants)
        return out


@dataclass(frozen=True, slots=True)
class TrajectoryPoint:
    """Median and interquartile range of the visit counts at one scheduled visit."""

    visit_id: str
    target_day: int
    n: int
    q1: float
    median: float
    q3: float


@dataclass(frozen=True)
class StudyOutcomes:
    as_of: date
    flow: dict[str, tuple[str, ...]]
    responses: tuple[Proportion, ...]
    time_to_response: Distribution
    response_curve: tuple[CurvePoint, ...]
    duration_of_response: Distribution
    bleeding_events: dict[str, int]
    adverse_events: tuple[AeSummary, ...]
    serious_adverse_events: tuple[dict[str, Any], ...]
    interruptions: dict[str, Any]
    discontinuations: dict[str, tuple[str, ...]]
    rescue: dict[str, Any]
    trajectory: tuple[TrajectoryPoint, ...]
    endpoints: tuple[Endpoints, ...]
    any_adverse_event: AeSummary | None = None
    dosed_not_eligible: tuple[str, ...] = ()
    visit_courses: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)
    forms: FormOutcomes | None = None  # safety labs, quality of life, listed medications

    @property
    def dosed_count(self) -> int:
        return len(self.flow["dosed"])

    @property
    def curve_median_day(self) -> int | None:
        """The first day the cumulative response reaches 50 % (Kaplan–Meier median)."""
        return next((p.day for p in self.response_curve if p.cumulative >= 0.5), None)

    def to_json(self, detail: bool = False) -> dict[str, Any]:
        def ids(values: Sequence[str]) -> dict[str, Any]:
            out: dict[str, Any] = {"n": len(values)}
            if detail:
                out["participants"] = list(values)
            return out

        return {
            "as_of": self.as_of.isoformat(),
            "flow": {stage: ids(values) for stage, values in self.flow.items()},
            "responses": {p.key: p.to_json(detail) for p in self.responses},
            "dosed_not_eligible": ids(self.dosed_not_eligible),
            "time_to_response_days": {
                **self.time_to_response.to_json(detail),
                "kaplan_meier_median": self.curve_median_day,
            },
            "cumulative_response": [
                {
                    "day": p.day,
                    "cumulative_percent": round(100 * p.cumulative, 1),
                    "at_risk": p.at_risk,
                }
                for p in self.response_curve
            ],
            "duration_of_response_days": self.duration_of_response.to_json(detail),
            "bleeding_events": {
                "total": sum(self.bleeding_events.values()),
                "participants_with_events": len([v for v in self.bleeding_events.values() if v]),
                **({"per_participant": self.bleeding_events} if detail else {}),
            },
            "any_adverse_event": None
            if self.any_adverse_event is None
            else self.any_adverse_event.to_json(detail),
            "adverse_events": [ae.to_json(detail) for ae in self.adverse_events],
            "serious_adverse_events": list(self.serious_adverse_events),
            "interruptions": {
                "participants": ids(self.interruptions["participants"]),
                "periods": self.interruptions["periods"],
                "rule_triggers": self.interruptions["triggers"],
            },
            "discontinuations": {reason: ids(v) for reason, v in self.discontinuations.items()},
            "rescue_therapy": {
                "participants": ids(self.rescue["participants"]),
                "administrations": self.rescue["administrations"],
                "by_therapy": self.rescue["by_therapy"],
            },
            "platelet_trajectory": [
                {
                    "visit": t.visit_id,
                    "day": t.target_day,
                    "n": t.n,
                    "q1": t.q1,
                    "median": t.median,
                    "q3": t.q3,
                }
                for t in self.trajectory
            ],
            **({} if self.forms is None else self.forms.to_json(detail)),
        }


def _is_due(course: Course, visit_id: str, as_of: date) -> bool:
    """A visit's response is due once its window has closed, it has a count, or treatment
    stopped before it ended; participants not yet due stay out of the denominator."""
    window = course.window(visit_id)
    if window is None:
        return False
    stopped = course.discontinuation_date
    return (
        window.last < as_of
        or course.visit_counts.get(visit_id) is not None
        or (stopped is not None and stopped <= window.last)
    )


def _response_measures(
    courses: Sequence[Course],
    endpoints: dict[str, Endpoints],
    as_of: date,
    config: ProtocolConfig,
) -> tuple[Proportion, ...]:
    def measure(key: str, label: str, visit_id: str, value: Any, accept: Any) -> Proportion:
        due = [c.participant.participant_id for c in courses if _is_due(c, visit_id, as_of)]
        values = {pid: value(endpoints[pid]) for pid in due}
        return Proportion(
            key,
            label,
            tuple(pid for pid in due if values[pid] is not None and accept(values[pid])),
            len(due),
            tuple(pid for pid in due if values[pid] is None or values[pid] == Response.NE),
            tuple(
                c.participant.participant_id
                for c in courses
                if c.participant.participant_id not in set(due)
            ),
            tuple(due),
        )

    responded = {Response.CR, Response.R}
    early, initial, durable = config.early_visit, config.initial_visit, config.durable_visit
    return (
        measure(
            "early_response",
            tr("Outcomes", "Early response (Day 7, CR or R)"),
            early,
            lambda e: e.early_response,
            lambda r: r in responded,
        ),
        measure(
            "initial_response",
            tr("Outcomes", "Initial response (Day 28, CR or R)"),
            initial,
            lambda e: e.initial_response,
            lambda r: r in responded,
        ),
        measure(
            "cr_1_month",
            tr("Outcomes", "Complete response at 1 month"),
            initial,
            lambda e: e.initial_response,
            lambda r: r == Response.CR,
        ),
        measure(
            "r_1_month",
            tr("Outcomes", "Response (R) at 1 month"),
            initial,
            lambda e: e.initial_response,
            lambda r: r == Response.R,
        ),
        measure(
            "durable_response",
            tr("Outcomes", "Durable response at 6 months"),
            durable,
            lambda e: e.durable_response,
            lambda d: d is True,
        ),
    )


def _follow_up_days(course: Course) -> int:
    """Days from Day 1 to the last assessment through Day 175 (0 without one)."""
    assert course.day1 is not None
    last_day = course.day_date(course.config.last_acceptable_day)
    dates = [a.date for a in course.assessments if a.date <= last_day]
    return (max(dates) - course.day1).days if dates else 0


def _summary(term: str, worst_by_participant: dict[str, int], total: int) -> AeSummary:
    by_grade: dict[int, list[str]] = defaultdict(list)
    for pid, grade in sorted(worst_by_participant.items()):
        by_grade[grade].append(pid)
    return AeSummary(term, {g: tuple(ids) for g, ids in sorted(by_grade.items())}, total)


def _adverse_events(courses: Sequence[Course]) -> tuple[tuple[AeSummary, ...], AeSummary]:
    """Per CTCAE term, and any term: participants by their worst grade (treatment-emergent)."""
    worst: dict[str, dict[str, int]] = defaultdict(dict)
    worst_any: dict[str, int] = {}
    for course in courses:
        day1 = course.day1
        assert day1 is not None
        pid = course.participant.participant_id
        for ae in course.participant.adverse_events:
            if ae.onset >= day1:
                worst[ae.term][pid] = max(ae.grade, worst[ae.term].get(pid, 0))
                worst_any[pid] = max(ae.grade, worst_any.get(pid, 0))
    summaries = [_summary(term, per, len(courses)) for term, per in worst.items()]
    summaries.sort(key=lambda s: (-len(s.participants), s.term))
    any_term = _summary(tr("Outcomes", "Any adverse event"), worst_any, len(courses))
    return tuple(summaries), any_term


def _visit_courses(courses: Sequence[Course]) -> dict[str, tuple[tuple[int, float], ...]]:
    """Each participant's visit counts as (study day of the count, count), for the chart."""
    out: dict[str, tuple[tuple[int, float], ...]] = {}
    for course in courses:
        points = []
        for visit_id in course.visit_counts:
            counted = course.visit_counts[visit_id]
            if counted is not None:
                study_day = course.study_day(counted)
                assert study_day is not None
                points.append((study_day, course.counts[counted]))
        out[course.participant.participant_id] = tuple(sorted(points))
    return out


def _trajectory(courses: Sequence[Course], config: ProtocolConfig) -> tuple[TrajectoryPoint, ...]:
    points = []
    for visit in config.visits:
        values = []
        for course in courses:
            chosen = course.visit_counts.get(visit.visit_id)
            if chosen is not None:
                values.append(course.counts[chosen])
        q = quartiles(values)
        if q is not None:
            points.append(TrajectoryPoint(visit.visit_id, visit.target_day, len(values), *q))
    return tuple(points)


def compute_outcomes(
    participants: Iterable[Participant], as_of: date, config: ProtocolConfig | None = None
) -> StudyOutcomes:
    config = config or default_config()
    everyone = [Course(p, config) for p in sorted(participants, key=lambda p: p.participant_id)]
    courses = [c for c in everyone if c.participant.is_dosed and c.day1 is not None]
    endpoints = {
        c.participant.participant_id: compute_endpoints(c.participant, config) for c in courses
    }
    statuses = {c.participant.participant_id: participant_status(c, as_of) for c in courses}

    def pids(selected: Iterable[Course]) -> tuple[str, ...]:
        return tuple(c.participant.participant_id for c in selected)

    flow = {
        "screened": pids(everyone),
        "eligible": pids(c for c in everyone if c.eligibility.eligible),
        "dosed": pids(courses),
        "completed_week_24": tuple(
            p for p, s in statuses.items() if s == ParticipantStatus.COMPLETED
        ),
        "discontinued": tuple(
            p for p, s in statuses.items() if s == ParticipantStatus.DISCONTINUED
        ),
        "ongoing": tuple(
            p
            for p, s in statuses.items()
            if s in (ParticipantStatus.ON_TREATMENT, ParticipantStatus.INTERRUPTED)
        ),
    }
    responders = [(c, first_response(c)) for c in courses]
    ttr = tuple(
        (c.participant.participant_id, (r.date - c.day1).days)
        for c, r in responders
        if r is not None and c.day1 is not None
    )
    censored = [_follow_up_days(c) for c, r in responders if r is None]
    dor = tuple(
        (pid, e.duration_of_response_days)
        for pid, e in endpoints.items()
        if e.duration_of_response_days is not None
    )
    discontinuations: dict[str, tuple[str, ...]] = {
        reason.value: tuple(
            c.participant.participant_id
            for c in courses
            if c.participant.discontinuation and c.participant.discontinuation.reason == reason
        )
        for reason in DiscontinuationReason
    }
    rescue_by_therapy: dict[str, int] = defaultdict(int)
    for c in courses:
        for r in c.participant.rescue:
            rescue_by_therapy[r.therapy] += 1
    adverse_events, any_adverse_event = _adverse_events(courses)
    serious = tuple(
        {
            "participant_id": c.participant.participant_id,
            "number": ae.number,
            "term": ae.term,
            "grade": ae.grade,
            "onset": ae.onset.isoformat(),
            "onset_day": c.study_day(ae.onset),
            "relationship": None if ae.relationship is None else ae.relationship.value,
            "outcome": None if ae.outcome is None else ae.outcome.value,
        }
        for c in courses
        for ae in c.participant.adverse_events
        if ae.serious
    )
    return StudyOutcomes(
        as_of=as_of,
        flow=flow,
        responses=_response_measures(courses, endpoints, as_of, config),
        time_to_response=Distribution(
            "time_to_response", tr("Outcomes", "Time to response (days)"), ttr
        ),
        response_curve=cumulative_response_curve([d for _, d in ttr], censored),
        duration_of_response=Distribution(
            "duration_of_response", tr("Outcomes", "Duration of response (days)"), dor
        ),
        bleeding_events={pid: e.bleeding_events or 0 for pid, e in endpoints.items()},
        adverse_events=adverse_events,
        any_adverse_event=any_adverse_event,
        serious_adverse_events=serious,
        interruptions={
            "participants": pids(
                c
                for c in courses
                if c.interruptions
                or any(d.action == DecisionAction.INTERRUPT for d in c.participant.dosing_decisions)
            ),
            "periods": sum(len(c.interruptions) for c in courses),
            "triggers": sum(len(c.triggers) for c in courses),
        },
        discontinuations=discontinuations,
        rescue={
            "participants": pids(c for c in courses if c.participant.rescue),
            "administrations": sum(rescue_by_therapy.values()),
            "by_therapy": dict(sorted(rescue_by_therapy.items())),
        },
        trajectory=_trajectory(courses, config),
        endpoints=tuple(endpoints.values()),
        dosed_not_eligible=pids(c for c in courses if not c.eligibility.eligible),
        visit_courses=_visit_courses(courses),
        forms=form_outcomes([c.participant for c in courses], tuple(endpoints.values()), config),
    )
