"""A synthetic BAITP study for demonstrations, screenshots, benchmarks and tests.

Why: every screen (findings panel, platelet chart, diary grid, AE log, endpoints) needs
realistic data to show and to be tested against, and real participant data must never leave
the site. `generate_study` builds a plausible trial as it stands on `today`: a few people
still in screening, most on treatment, several past week 24, a few discontinued, and a
handful of each protocol deviation the validator knows, so every finding code appears.

Deterministic for (n, seed, today): each participant draws from its own random stream,
seeded from (seed, index), so a story does not shift when a neighbour's changes.
Pure Python: it builds `baitp_desktop.core` records and knows nothing about storage.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.records import BleedingAssessment, Participant, PlateletCount, Sex
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.core.visits import visit_windows
from baitp_desktop.demo.diary import diary_entries
from baitp_desktop.demo.forms import add_forms
from baitp_desktop.demo.platelets import platelets_and_bleeding, scenario_interruptions
from baitp_desktop.demo.roster import assign_roles, timeline
from baitp_desktop.demo.safety import (
    adverse_event_log,
    numbered,
    plan_discontinuation,
    rescue_therapy,
)
from baitp_desktop.demo.screening import birth_date_for, pinyin_initials, screening_form
from baitp_desktop.demo.story import Plan, Story

MAX_PARTICIPANTS = 1000  # BAITP-000 to BAITP-999


def generate_study(
    n: int = 35, seed: int = 2207, today: date | None = None,
    config: ProtocolConfig | None = None,
) -> list[Participant]:  # fmt: skip
    """A realistic synthetic study of `n` participants as it stands on `today`.

    Ids are BAITP-001 to BAITP-999 and then BAITP-000: the id pattern has room for 1,000.
    """
    if not 0 <= n <= MAX_PARTICIPANTS:
        raise ValueError(f"n must be from 0 to {MAX_PARTICIPANTS} (three-digit ids)")
    today = today or date.today()
    config = config or default_config()
    plans = timeline(n, seed, today)
    assign_roles(plans, n, seed, today)
    participants = [_participant(plan, config, today) for plan in plans]
    return add_forms(participants, [plan.rng for plan in plans], config, today)


def participant_state(participant: Participant, today: date, config: ProtocolConfig) -> str:
    """'screening', 'on_treatment', 'completed' or 'discontinued' (for summaries)."""
    if participant.discontinuation is not None:
        return "discontinued"
    if participant.first_dose_date is None:
        return "screening"
    end = date_of_day(participant.first_dose_date, config.last_planned_day)
    return "completed" if end < today else "on_treatment"


def _participant(plan: Plan, config: ProtocolConfig, today: date) -> Participant:
    """Screening for everyone; the course of treatment only for those already dosed."""
    rng = plan.rng
    sex = Sex.FEMALE if rng.random() < 0.62 else Sex.MALE
    screening = screening_form(rng, plan, sex, config)
    base = Participant(
        participant_id=f"BAITP-{(plan.index + 1) % 1000:03d}",
        initials=pinyin_initials(rng),
        sex=sex,
        birth_date=birth_date_for(rng, plan),
        consent_date=plan.consent,
        screening=screening,
    )
    if plan.day1 is None:
        return base
    story = Story(plan, config, today, plan.day1, visit_windows(plan.day1, config))
    plan_discontinuation(story)
    platelets_and_bleeding(story, screening.platelets or 20)
    scenario_interruptions(story)
    adverse_event_log(story, sex)
    rescue_therapy(story)
    return replace(
        base, first_dose_date=plan.day1, doses=tuple(diary_entries(story)),
        dosing_decisions=tuple(sorted(story.decisions, key=lambda d: d.date)),
        platelet_counts=tuple(PlateletCount(d, v) for d, v in sorted(story.counts.items())),
        bleeding=tuple(BleedingAssessment(d, g) for d, g in sorted(story.grades.items())),
        adverse_events=numbered(story.aes), rescue=tuple(story.rescue),
        discontinuation=story.discontinuation,
    )  # fmt: skip
