"""Adverse events typical of a JAK inhibitor, serious ones, discontinuations and rescue therapy."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from baitp_desktop.core.records import (
    AdverseEvent,
    AeAction,
    AeOutcome,
    DecisionAction,
    Discontinuation,
    DiscontinuationReason,
    DosingDecision,
    Relationship,
    RescueTherapy,
    Sex,
)
from baitp_desktop.demo.platelets import unscheduled_days
from baitp_desktop.demo.story import Story

_RESCUE = ("IVIG", "Platelet transfusion", "Corticosteroids", "TPO receptor agonists")


@dataclass(frozen=True, slots=True)
class _Term:
    """A CTCAE v5.0 term (exact spelling) with how it typically presents on baricitinib."""

    term: str
    weight: float
    grades: tuple[float, float, float]  # weights of grades 1, 2, 3
    related: tuple[Relationship, ...]
    days: tuple[int, int]  # duration range until resolution
    female_only: bool = False


_P, _Q, _U, _N = (Relationship.POSSIBLE, Relationship.PROBABLE, Relationship.UNLIKELY,
                  Relationship.NOT_RELATED)  # fmt: skip
_TERMS = (
    _Term("Upper respiratory infection", 10, (0.55, 0.45, 0), (_P, _U), (4, 12)),
    _Term("Urinary tract infection", 4, (0.3, 0.7, 0), (_P, _U), (5, 14)),
    _Term("Shingles", 1.5, (0.2, 0.8, 0), (_Q, _P), (10, 30)),
    _Term("Herpes simplex reactivation", 2, (0.7, 0.3, 0), (_P,), (5, 12)),
    _Term("Lung infection", 1.5, (0, 0.6, 0.4), (_P,), (10, 21)),
    _Term("Alanine aminotransferase increased", 4, (0.85, 0.15, 0), (_P, _Q), (14, 56)),
    _Term("Aspartate aminotransferase increased", 2, (0.9, 0.1, 0), (_P, _Q), (14, 56)),
    _Term("Cholesterol high", 4, (0.8, 0.2, 0), (_Q, _P), (30, 150)),
    _Term("Hypertriglyceridemia", 2, (0.8, 0.2, 0), (_P,), (30, 120)),
    _Term("Diarrhea", 3, (0.8, 0.2, 0), (_P, _U), (2, 6)),
    _Term("Nausea", 3, (0.85, 0.15, 0), (_P,), (2, 10)),
    _Term("Headache", 3, (0.9, 0.1, 0), (_U, _P), (1, 4)),
    _Term("Neutrophil count decreased", 2, (0.6, 0.4, 0), (_Q, _P), (14, 42)),
    _Term("Lymphocyte count decreased", 2, (0.6, 0.4, 0), (_Q, _P), (14, 56)),
    _Term("CPK increased", 1.5, (0.9, 0.1, 0), (_P,), (14, 42)),
    _Term("Epistaxis", 3, (0.8, 0.2, 0), (_N, _U), (1, 3)),
    _Term("Oral hemorrhage", 2, (0.85, 0.15, 0), (_N, _U), (1, 3)),  # CTCAE has no "gum"
    _Term("Bruising", 3, (0.95, 0.05, 0), (_N,), (5, 14)),
    _Term("Menorrhagia", 2, (0.6, 0.4, 0), (_N, _U), (4, 8), female_only=True),
    _Term("Rash acneiform", 1.5, (0.8, 0.2, 0), (_P,), (14, 42)),
)


def plan_discontinuation(story: Story) -> None:
    """Stopping stories: grade 4 AEs, withdrawal, and doses taken after stopping."""
    rng, role, latest = story.rng, story.plan.role, min(story.current_day - 6, 150)
    if role not in ("severe_ae", "dose_after_severe_ae", "withdrawal",
                    "dose_after_discontinuation"):  # fmt: skip
        return
    stop = rng.randint(20, max(20, latest))
    reason = DiscontinuationReason.ADVERSE_EVENT
    if role == "severe_ae":  # life-threatening thrombosis, stopped the next day
        onset = story.day(stop)
        story.aes.append(_serious_ae(story, "Thromboembolic event", 4, onset, onset, 0, _P))
        story.discontinuation, story.last_dose = Discontinuation(story.day(stop + 1), reason), onset
    elif role == "dose_after_severe_ae":  # site learned of the lab result three days late
        onset = story.day(stop)
        aware = onset + timedelta(days=3)
        story.aes.append(_serious_ae(story, "Neutrophil count decreased", 4, onset, aware, 0, _Q))
        story.discontinuation = Discontinuation(aware + timedelta(days=1), reason)
        story.last_dose = aware
    else:
        reason = (DiscontinuationReason.PARTICIPANT_REQUEST if role == "withdrawal"
                  else DiscontinuationReason.OTHER)  # fmt: skip
        story.discontinuation = Discontinuation(story.day(stop), reason)
        extra = 0 if role == "withdrawal" else rng.randint(2, 3)  # leftover tablets taken
        story.last_dose = story.day(stop + extra)


def _serious_ae(
    story: Story, term: str, grade: int, onset: date, aware: date, delay: int,
    relationship: Relationship,
) -> AdverseEvent:  # fmt: skip
    """A serious AE with awareness and sponsor-report dates (report `delay` days late)."""
    reported = not_after(aware + timedelta(days=delay or story.rng.choice((0, 0, 1))), story.today)
    resolved = not_after(onset + timedelta(days=story.rng.randint(12, 28)), story.yesterday)
    severe = grade >= story.config.severe_ae_min_grade
    action = AeAction.DISCONTINUED if severe else AeAction.INTERRUPTED
    return AdverseEvent(
        0, term, grade, onset, resolved, True, relationship, action,
        AeOutcome.RECOVERED if resolved else AeOutcome.RECOVERING, aware, reported,
    )  # fmt: skip


def adverse_event_log(story: Story, sex: Sex) -> None:
    """Typical JAK-inhibitor AEs, mostly grade 1-2; serious infections hold the drug."""
    rng = story.rng
    last_onset = min(story.number(story.observed_until()), story.config.last_acceptable_day)
    terms = [t for t in _TERMS if sex == Sex.FEMALE or not t.female_only]
    lam = 2.0 * max(0, last_onset - 1) / story.config.last_planned_day
    for _ in range(_poisson(rng, lam)):
        term = rng.choices(terms, [t.weight for t in terms])[0]
        onset = story.day(rng.randint(2, last_onset))
        grade = rng.choices((1, 2, 3), term.grades)[0]
        if grade == 3 and story.plan.role is None:
            _serious_infection(story, term.term, onset, 0)
            continue
        grade = min(grade, 2)
        resolved = not_after(onset + timedelta(days=rng.randint(*term.days)), story.yesterday)
        ongoing = rng.choice((AeOutcome.RECOVERING, AeOutcome.NOT_RECOVERED))
        story.aes.append(_ae(term.term, grade, onset, resolved, rng.choice(term.related), ongoing))
    if story.plan.role == "sae_late" and last_onset >= 12:
        onset = story.day(rng.randint(10, max(10, last_onset - 8)))
        _serious_infection(story, "Lung infection", onset, rng.randint(3, 5))
    if story.plan.role == "ae_before_consent":  # history entered as an AE
        onset = story.plan.consent - timedelta(days=rng.randint(5, 30))
        story.aes.append(_ae("Epistaxis", 1, onset, onset + timedelta(days=1), _N))


def _ae(
    term: str, grade: int, onset: date, resolved: date | None, relationship: Relationship,
    ongoing: AeOutcome = AeOutcome.RECOVERING,
) -> AdverseEvent:  # fmt: skip
    """A non-serious AE that needed no change to the study drug."""
    outcome = AeOutcome.RECOVERED if resolved else ongoing
    return AdverseEvent(
        0, term, grade, onset, resolved, False, relationship, AeAction.NONE, outcome
    )


def not_after(day: date, limit: date) -> date | None:
    """The date, or None ("not yet") when it would lie after `limit`."""
    return None if day > limit else day


def _poisson(rng: random.Random, lam: float) -> int:
    """How many AEs: Poisson with mean `lam` (Knuth), from the participant's own stream."""
    threshold, k, product = math.exp(-lam), 0, rng.random()
    while product > threshold:
        k, product = k + 1, product * rng.random()
    return k


def _serious_infection(story: Story, term: str, onset: date, delay: int) -> None:
    """A grade 3 infection in hospital: serious, reported, drug held until it resolves."""
    aware = min(onset + timedelta(days=story.rng.choice((0, 1))), story.observed_until())
    ae = _serious_ae(story, term, 3, onset, aware, delay, _P)
    story.aes.append(ae)
    story.decisions.append(DosingDecision(aware, DecisionAction.INTERRUPT, f"{term}, grade 3"))
    held_until = story.today
    if ae.resolved is not None and ae.resolved + timedelta(days=1) < story.today:
        held_until = ae.resolved + timedelta(days=1)
        story.decisions.append(DosingDecision(held_until, DecisionAction.RESUME, "AE resolved"))
    story.held.update(aware + timedelta(days=i) for i in range((held_until - aware).days))


def rescue_therapy(story: Story) -> None:
    """A bleeding non-responder gets rescue therapy on an unscheduled day."""
    if story.plan.role != "rescue":
        return
    rng = story.rng
    days = unscheduled_days(story, 28, 160)
    if not days:
        return
    when = story.day(rng.choice(days))
    story.counts[when], story.grades[when] = rng.randint(2, 8), 2
    story.rescue.append(RescueTherapy(1, when, _RESCUE[story.plan.variant % len(_RESCUE)]))
    term = rng.choice(("Epistaxis", "Oral hemorrhage", "Purpura"))
    story.aes.append(_ae(term, 2, when, not_after(when + timedelta(days=2), story.yesterday), _N))


def numbered(aes: list[AdverseEvent]) -> tuple[AdverseEvent, ...]:
    """AE log lines numbered in onset order, as a site would have entered them."""
    ordered = sorted(aes, key=lambda ae: (ae.onset, ae.term))
    return tuple(replace(ae, number=i + 1) for i, ae in enumerate(ordered))
