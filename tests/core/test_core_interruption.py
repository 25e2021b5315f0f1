"""The interruption rule and interruption periods (PROTOCOL.md §2, §8) and
DOSE_DURING_INTERRUPTION (§6)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.records import DosingDecision, Participant, PlateletCount
from tests.core.builders import (
    CLEAN_COUNTS,
    dates,
    day,
    days,
    diary,
    endpoints,
    interrupt,
    participant,
    resume,
    with_counts,
)


def _with(
    counts_by_day: dict[int, float], decisions: tuple[DosingDecision, ...] = ()
) -> Participant:
    """Clean participant plus extra counts (grade 0) and decisions."""
    merged = {**CLEAN_COUNTS, **counts_by_day}
    return replace(with_counts(participant(), merged), dosing_decisions=decisions)


def triggers(p: Participant) -> list:
    return list(endpoints(p).interruption_triggers)


# -- the trigger ----------------------------------------------------------------------------
def test_clean_participant_has_no_trigger() -> None:
    assert triggers(participant()) == []


@pytest.mark.parametrize(
    ("counts_by_day", "expected"),
    [
        ({84: 301, 98: 301}, [98]),  # > 300 twice, 14 days apart: trigger on the second
        ({84: 301, 97: 301}, []),  # 13 days apart
        ({84: 300, 98: 301}, []),  # exactly 300 does not qualify
        ({84: 301, 98: 300}, []),
        ({84: 300.1, 98: 300.1}, [98]),
        ({84: 301, 90: 301, 98: 301}, [98]),  # Days 84, 90, 98: the earlier count stays armed
        ({84: 301, 90: 300, 98: 301}, []),  # a count <= 300 between them disarms
        ({84: 301, 90: 250, 98: 301, 112: 301}, [112]),  # re-armed by Day 98
        ({84: 301, 98: 301, 112: 301, 126: 301}, [98]),  # one trigger per interruption
    ],
)
def test_trigger(counts_by_day: dict[int, float], expected: list[int]) -> None:
    assert triggers(_with(counts_by_day)) == [day(n) for n in expected]


def test_several_counts_on_one_date_use_the_lowest() -> None:
    p = _with({84: 350})
    extra = (PlateletCount(day(98), 350), PlateletCount(day(98), 250))
    p = replace(p, platelet_counts=p.platelet_counts + extra)
    assert triggers(p) == []
    # and the lowest of two high counts still qualifies
    p = _with({84: 350})
    extra = (PlateletCount(day(98), 400), PlateletCount(day(98), 301))
    assert triggers(replace(p, platelet_counts=p.platelet_counts + extra)) == [day(98)]


def test_counts_before_day1_are_ignored() -> None:
    # Day -5 and Day 10 are 14 days apart, but Day -5 is not a response assessment
    p = _with({-5: 350, 10: 350})
    assert triggers(p) == []


def test_resume_rearms_and_counts_on_the_resume_day_are_ignored() -> None:
    base = {84: 301, 98: 301}  # trigger on Day 98 (the clean Day 112 count is 140)
    # resume on Day 113; a count > 300 on the resume day would arm and trigger on Day 127
    p = _with({**base, 113: 400, 127: 400}, (resume(113),))
    assert triggers(p) == [day(98)]
    # counts after the resume re-arm: Day 114 arms, Day 128 triggers
    p = _with({**base, 113: 400, 114: 400, 128: 400}, (resume(113),))
    assert triggers(p) == [day(98), day(128)]
    # Day 114 arms, Day 127 is 13 days later: nothing yet
    p = _with({**base, 114: 400, 127: 400}, (resume(113),))
    assert triggers(p) == [day(98)]


def test_counts_between_trigger_and_resume_are_ignored() -> None:
    # Day 99 (before the resume) would arm and trigger on Day 113 if counted
    p = _with({84: 301, 98: 301, 99: 400, 113: 400}, (resume(110),))
    assert triggers(p) == [day(98)]


def test_resume_before_the_trigger_does_not_rearm() -> None:
    p = _with({84: 301, 98: 301, 112: 301, 126: 301}, (resume(90),))
    assert triggers(p) == [day(98)]


def test_resume_on_the_trigger_day_does_not_end_the_interruption() -> None:
    # "the first resume dated after T": a resume on T itself is not after it
    p = _with({84: 301, 98: 301, 112: 301}, (resume(98),))
    c = Course(p, default_config())
    assert c.triggers == (day(98),)
    assert [(i.first, i.last) for i in c.interruptions] == [(day(99), None)]


def test_interrupt_decision_does_not_rearm() -> None:
    p = _with({84: 301, 98: 301, 112: 301}, (interrupt(100),))
    assert triggers(p) == [day(98)]


# -- the periods ----------------------------------------------------------------------------
def _periods(p: Participant) -> list[tuple]:
    return [(i.first, i.last) for i in Course(p, default_config()).interruptions]


def test_trigger_period_runs_from_the_next_day_to_the_day_before_resume() -> None:
    p = _with({84: 301, 98: 301}, (resume(110),))
    assert _periods(p) == [(day(99), day(109))]


def test_decision_period_starts_on_the_decision_day() -> None:
    p = _with({}, (interrupt(50), resume(60)))
    assert _periods(p) == [(day(50), day(59))]


def test_decision_and_trigger_union_starts_at_the_earlier() -> None:
    # interrupt decided on Day 95, trigger on Day 98: the period starts on Day 95
    p = _with({84: 301, 98: 301}, (interrupt(95), resume(110)))
    assert _periods(p) == [(day(95), day(109))]
    # trigger first (period from Day 99), interrupt recorded on Day 101: starts Day 99
    p = _with({84: 301, 98: 301}, (interrupt(101), resume(110)))
    assert _periods(p) == [(day(99), day(109))]


def test_open_period_without_resume() -> None:
    p = _with({84: 301, 98: 301})
    assert _periods(p) == [(day(99), None)]


def test_lone_resume_makes_no_period() -> None:
    assert _periods(_with({}, (resume(50),))) == []


# -- DOSE_DURING_INTERRUPTION ---------------------------------------------------------------
def test_doses_after_a_trigger() -> None:
    # trigger Day 98, resume Day 110: doses on Days 99..109 are findings; Day 98 (the
    # trigger day) and Day 110 (the resume day) are dosing days
    p = _with({84: 301, 98: 301}, (resume(110),))
    assert dates(p, "DOSE_DURING_INTERRUPTION") == days(99, 109)


def test_doses_after_an_untreated_trigger_until_day_168() -> None:
    p = _with({84: 301, 98: 301})
    assert dates(p, "DOSE_DURING_INTERRUPTION") == days(99, 168)


def test_doses_during_a_decided_interruption() -> None:
    # the interrupt decision day is interrupted; the resume day is not
    p = _with({}, (interrupt(50), resume(60)))
    assert dates(p, "DOSE_DURING_INTERRUPTION") == days(50, 59)


def test_missed_doses_during_interruption_are_no_finding() -> None:
    p = _with({}, (interrupt(50), resume(60)))
    p = replace(p, doses=diary(1, 168, missed=range(50, 60)))
    assert dates(p, "DOSE_DURING_INTERRUPTION") == []
    p = replace(p, doses=diary(1, 168, skip=range(50, 60)))
    assert dates(p, "DOSE_DURING_INTERRUPTION") == []


def test_interruption_days_are_not_expected_dosing_days() -> None:
    p = _with({}, (interrupt(50), resume(60)))
    p = replace(p, doses=diary(1, 168, skip=range(50, 60)))
    assert dates(p, "MISSING_DIARY") == []
    assert dates(p, "LOW_COMPLIANCE") == []
    # without the interruption the same diary is a gap
    q = replace(p, dosing_decisions=())
    assert dates(q, "MISSING_DIARY") == [day(50)]
