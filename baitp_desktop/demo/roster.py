"""Who is where on the study calendar, and which participants carry which deviation story.

Why a fixed table of storylines: the demo must show every finding code the validator knows
(a handful of each), on participants who have been in the study long enough for it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from baitp_desktop.demo.story import Plan

FIRST_DAY1_DAYS_AGO = 410  # with screening, enrolment spans about 14 months before today
COMPLETED_SHARE = 0.32  # share of dosed participants whose Day 1 lies > 180 days back
SCREENING_SHARE = 0.08  # share still in screening (not dosed) on `today`


# Storyline -> (participants per 35, study day `today` must have reached for it to fit);
# most demanding first, so that they get the pick of the long-running participants.
_ROLES: dict[str, tuple[int, int]] = {
    "beyond_treatment": (1, 182), "interrupt_resume": (1, 125), "interrupt_ignored": (1, 100),
    "low_compliance": (1, 60), "rescue": (3, 50), "severe_ae": (1, 40),
    "dose_after_severe_ae": (1, 40), "missed_visit": (2, 40), "withdrawal": (1, 35),
    "dose_after_discontinuation": (1, 35), "sae_late": (1, 30), "wrong_dose": (1, 20),
    "missing_bleeding": (1, 10), "ae_before_consent": (1, 2), "ineligible_age": (1, 2),
    "ineligible_platelets": (1, 2), "ineligible_criteria": (1, 2), "ineligible_lab": (1, 2),
    "consent_after_screening": (1, 2), "screening_window": (1, 2),
}  # fmt: skip
NO_NOISE_ROLES = {"interrupt_resume", "interrupt_ignored", "missed_visit", "missing_bleeding"}


def timeline(n: int, seed: int, today: date) -> list[Plan]:
    """Day 1 spread over ~14 months, oldest first; the last few are still in screening."""
    n_screening = round(SCREENING_SHARE * n)
    n_dosed = n - n_screening
    plans: list[Plan] = []
    for index in range(n):
        rng = random.Random(f"baitp-demo:{seed}:{index}")
        if index < n_dosed:
            x = (index + 0.5) / n_dosed
            if x < COMPLETED_SHARE:
                ago = FIRST_DAY1_DAYS_AGO - (FIRST_DAY1_DAYS_AGO - 182) * x / COMPLETED_SHARE
            else:
                ago = 182 - 180 * (x - COMPLETED_SHARE) / (1 - COMPLETED_SHARE)
            day1 = today - timedelta(days=max(1, round(ago + rng.uniform(-2, 2))))
            screening = day1 - timedelta(days=rng.choice((1, 2, 3, 4, 5, 5, 6, 7, 7, 8, 10, 14)))
            consent = screening - timedelta(days=rng.choice((0, 0, 0, 0, 1, 2)))
            plans.append(Plan(index, rng, consent, screening, day1))
        else:
            ago = round(12 * (n - index - 0.5) / n_screening)
            consent = today - timedelta(days=ago)
            screening = consent + timedelta(days=min(ago, rng.choice((0, 0, 1, 2))))
            plans.append(Plan(index, rng, consent, screening, None))
    undosed = [p for p in plans if p.day1 is None]
    if len(undosed) >= 2:
        undosed[0].role = "screen_fail"  # shows a "Not eligible" verdict without a finding
    return plans


def assign_roles(plans: list[Plan], n: int, seed: int, today: date) -> None:
    """Give each storyline to randomly chosen participants long enough in the study for it."""
    rng = random.Random(f"baitp-demo:{seed}:roles")
    free = [p for p in plans if p.day1 is not None]
    for role, (per_35, min_day) in _ROLES.items():
        candidates = [p for p in free if p.day1 and (today - p.day1).days + 1 >= min_day]
        chosen = rng.sample(candidates, min(round(per_35 * n / 35), len(candidates)))
        for variant, plan in enumerate(chosen):
            plan.role, plan.variant = role, variant
            free.remove(plan)
    for plan in plans:
        if plan.day1 is None:
            continue
        if plan.role == "screening_window":
            plan.screening_date = plan.day1 - timedelta(days=plan.rng.randint(31, 36))
            plan.consent = plan.screening_date - timedelta(days=plan.rng.choice((0, 1)))
        elif plan.role == "consent_after_screening":  # labs drawn before the form was signed
            plan.consent = min(plan.screening_date + timedelta(days=2), plan.day1)
