"""Derived endpoints (PROTOCOL.md §7, §11, §12): never typed in, always computed from the
CRF data as stored (endpoints have no "as of")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from baitp_desktop.core.assessments import Assessment, Response
from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.labs import worst_grades
from baitp_desktop.core.qol import (
    changes_by_scale,
    qol_visits,
    scale_ids,
    score_questionnaire,
    scores_by_scale,
)
from baitp_desktop.core.records import Participant

ScaleValues = Mapping[str, float | None]


@dataclass(frozen=True, slots=True)
class Endpoints:
    participant_id: str
    baseline_platelets: float | None
    early_response: Response | None
    initial_response: Response | None
    durable_response: bool | None
    time_to_response_days: int | None
    duration_of_response_days: int | None
    interruption_triggers: tuple[date, ...]
    bleeding_events: int | None
    worst_ae_grade: int | None
    worst_lab_grades: Mapping[str, int | None] | None = None
    qol_baseline: ScaleValues | None = None
    qol_changes: Mapping[str, ScaleValues | None] = field(default_factory=dict)
    """Per follow-up QoL visit id (`d28`, `w12`, `w24`): the change from baseline per scale."""

    def to_json(self) -> dict[str, Any]:
        return {
            "participant_id": self.participant_id,
            "baseline_platelets": self.baseline_platelets,
            "early_response": None if self.early_response is None else self.early_response.value,
            "initial_response": (
                None if self.initial_response is None else self.initial_response.value
            ),
            "durable_response": self.durable_response,
            "time_to_response_days": self.time_to_response_days,
            "duration_of_response_days": self.duration_of_response_days,
            "interruption_triggers": [d.isoformat() for d in self.interruption_triggers],
            "bleeding_events": self.bleeding_events,
            "worst_ae_grade": self.worst_ae_grade,
            "worst_lab_grades": _plain(self.worst_lab_grades),
            "qol_baseline": _plain(self.qol_baseline),
            **{f"qol_change_{visit}": _plain(v) for visit, v in self.qol_changes.items()},
        }


def _plain(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if values is None else dict(values)


def visit_assessment(course: Course, visit_id: str) -> Assessment | None:
    """The response assessment chosen for a visit (None when the visit has no count)."""
    count_date = course.visit_counts.get(visit_id)
    if count_date is None:
        return None
    for assessment in course.assessments:
        if assessment.date == count_date:
            return assessment
    return None


def visit_response(course: Course, visit_id: str) -> Response | None:
    assessment = visit_assessment(course, visit_id)
    return None if assessment is None else assessment.response


def durable_response(course: Course) -> bool | None:
    """Week-24 count >= 30 and >= 2 x baseline, grade 0, no rescue in the 28 days up to it."""
    config = course.config
    assessment = visit_assessment(course, config.durable_visit)
    if assessment is None or assessment.who_grade is None:
        return None
    baseline = course.baseline
    if assessment.who_grade != 0 or baseline is None:
        return False
    if not config.durable.met_by(assessment.count):
        return False
    if assessment.count < config.durable_baseline_multiple * baseline:
        return False
    window_start = assessment.date - timedelta(days=config.durable_rescue_free_days - 1)
    return not any(
        window_start <= rescue.date <= assessment.date for rescue in course.participant.rescue
    )


def _assessments_through_last_acceptable_day(course: Course) -> list[Assessment]:
    last = course.day_date(course.config.last_acceptable_day)
    return [a for a in course.assessments if a.date <= last]


def first_response(course: Course) -> Assessment | None:
    """The first assessment from Day 1 through Day 175 with CR or R."""
    for assessment in _assessments_through_last_acceptable_day(course):
        if assessment.response.is_response:
            return assessment
    return None


def duration_of_response(course: Course) -> int | None:
    """Days from the first response to its loss (a later NR), else to the last assessment."""
    window = _assessments_through_last_acceptable_day(course)
    start = first_response(course)
    if start is None:
        return None
    later = [a for a in window if a.date > start.date]
    for assessment in later:
        if assessment.response == Response.NR:
            return (assessment.date - start.date).days
    end = window[-1].date if window else start.date
    return (end - start.date).days


def qol_endpoints(course: Course) -> tuple[ScaleValues, dict[str, ScaleValues | None]]:
    """The baseline scores and the change at each follow-up QoL visit, keyed by scale id."""
    assert course.day1 is not None
    config = course.config
    ids = scale_ids(config)
    visits = qol_visits(
        course.participant.questionnaires,
        course.day1,
        course.screening_date,
        config,
        course.windows,
    )
    scored = {
        v.visit_id: None
        if v.questionnaire is None
        else score_questionnaire(v.questionnaire, course.participant.sex, config.instruments)
        for v in visits
    }
    baseline = scored[config.qol.baseline_visit]
    changes: dict[str, ScaleValues | None] = {
        visit: changes_by_scale(scored[visit], baseline, ids)
        for visit in config.qol.follow_up_visits
    }
    return scores_by_scale(baseline, ids), changes


def compute_endpoints(participant: Participant, config: ProtocolConfig | None = None) -> Endpoints:
    course = Course(participant, config or default_config())
    if course.day1 is None:
        return Endpoints(
            participant.participant_id,
            *(None, None, None, None, None, None, (), None, None),
            qol_changes=dict.fromkeys(course.config.qol.follow_up_visits),
        )
    config = course.config
    day1 = course.day1
    last_planned = course.day_date(config.last_planned_day)
    response = first_response(course)
    bleeding_events = sum(
        1
        for day, grade in course.grades.items()
        if day1 <= day <= last_planned and grade >= config.bleeding_event_min_grade
    )
    ae_grades = [ae.grade for ae in participant.adverse_events if day1 <= ae.onset <= last_planned]
    panels = [p for p in participant.lab_panels if day1 <= p.date <= last_planned]
    qol_baseline, qol_changes = qol_endpoints(course)
    return Endpoints(
        participant_id=participant.participant_id,
        baseline_platelets=course.baseline,
        early_response=visit_response(course, config.early_visit),
        initial_response=visit_response(course, config.initial_visit),
        durable_response=durable_response(course),
        time_to_response_days=None if response is None else (response.date - day1).days,
        duration_of_response_days=duration_of_response(course),
        interruption_triggers=course.triggers,
        bleeding_events=bleeding_events,
        worst_ae_grade=max(ae_grades, default=None),
        worst_lab_grades=worst_grades(panels, participant.sex, config.labs),
        qol_baseline=qol_baseline,
        qol_changes=qol_changes,
    )
