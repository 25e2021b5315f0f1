"""The daily-dose diary of a synthetic participant: mostly taken, some missed, a few gaps."""

from __future__ import annotations

from datetime import date, timedelta

from baitp_desktop.core.records import Dose
from baitp_desktop.demo.story import Story

NOISE_SHARE = 0.15  # at most this share of a 28-day block is missed/unrecorded by chance


def diary_entries(story: Story) -> list[Dose]:
    """One entry per day from Day 1: mostly 4 mg taken, some missed, a few days unrecorded."""
    rng, config, yesterday = story.rng, story.config, story.yesterday
    planned_end = min(yesterday, story.day(config.last_planned_day))
    if story.plan.role == "beyond_treatment":  # kept taking tablets past the treatment period
        planned_end = min(yesterday, story.day(config.last_acceptable_day + rng.randint(1, 4)))
    if story.discontinuation is not None:
        planned_end = min(planned_end, story.discontinuation.date)
    last = min(story.last_dose or planned_end, yesterday)
    normal_end = min(last, story.day(config.last_planned_day))  # chance noise only in here
    if story.discontinuation is not None:
        normal_end = min(normal_end, story.discontinuation.date)
    if story.aes and story.plan.role == "dose_after_severe_ae":
        normal_end = story.aes[0].onset
    days = [story.day1 + timedelta(days=i) for i in range((last - story.day1).days + 1)]
    entries: dict[date, Dose | None] = {d: Dose(d, True, config.dose_mg) for d in days}
    for day in story.held.intersection(entries):
        entries[day] = Dose(day, False, None)
    block_days = config.compliance_block_days
    for start in range(0, len(days), block_days):
        block = [d for d in days[start:start + block_days]
                 if d <= normal_end and d not in story.held]  # fmt: skip
        budget = int(NOISE_SHARE * len(block))
        missed = min(budget, rng.choice((0, 0, 1, 1, 2, 3)))
        for day in rng.sample(block, missed):
            entries[day] = Dose(day, False, None)
        gap = min(budget - missed, rng.choice((1, 1, 2, 3)))
        if gap > 0 and rng.random() < 0.15:
            first = rng.randrange(0, len(block) - gap + 1)
            for day in block[first : first + gap]:
                entries[day] = None
    full_blocks = [s for s in range(0, len(days) - block_days + 1, block_days)
                   if days[s + block_days - 1] <= normal_end]  # fmt: skip
    if story.plan.role == "low_compliance" and full_blocks:  # ran out of tablets on a trip
        start = rng.choice(full_blocks) + rng.randint(0, 14)
        for day in days[start : start + rng.randint(8, 12)]:
            entries[day] = Dose(day, False, None)
    if story.plan.role == "wrong_dose" and len(days) > 10:  # dispensed 2 mg tablets
        start = rng.randint(1, len(days) - 8)
        for day in days[start : start + rng.randint(3, 7)]:
            entries[day] = Dose(day, True, config.dose_mg / 2)
    return [dose for dose in entries.values() if dose is not None]
