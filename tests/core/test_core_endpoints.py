"""Derived endpoints (PROTOCOL.md §7, §8) at their boundaries."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baitp_desktop.core.records import BleedingAssessment, Participant, PlateletCount
from tests.core.builders import (
    CLEAN_COUNTS,
    ae,
    day,
    endpoints,
    participant,
    rescue,
    screening,
    with_counts,
)

LAB_KEYS = ("anemia", "wbc_decreased", "neutrophils_decreased", "lymphocytes_decreased",
            "alt_increased", "ast_increased", "bilirubin_increased", "creatinine_increased",
            "cholesterol_high", "hypertriglyceridemia")  # fmt: skip
SCALES = ("symptoms", "bother", "fatigue_sleep", "activity", "fear", "psychological", "work",
          "social", "womens_health", "overall")  # fmt: skip


def _counts(by_day: dict[int, float], grade_by_day: dict[int, int] | None = None, **kw: object
            ) -> Participant:  # fmt: skip
    return with_counts(participant(**kw), by_day, grade_by_day)


def test_clean_endpoints() -> None:
    e = endpoints(participant())
    assert e.to_json() == {
        "participant_id": "BAITP-001", "baseline_platelets": 18.0, "early_response": "R",
        "initial_response": "CR", "durable_response": True, "time_to_response_days": 6,
        "duration_of_response_days": 161, "interruption_triggers": [], "bleeding_events": 0,
        "worst_ae_grade": None,
        "worst_lab_grades": dict.fromkeys(LAB_KEYS, 0),
        "qol_baseline": dict.fromkeys(SCALES, 50.0),  # every answer 3 on 1..5
        "qol_change_d28": dict.fromkeys(SCALES, 0.0),
        "qol_change_w12": dict.fromkeys(SCALES, 0.0),
        "qol_change_w24": dict.fromkeys(SCALES, 0.0),
    }  # fmt: skip


def test_no_first_dose_date_every_endpoint_is_null() -> None:
    p = participant(first_dose_date=None, adverse_events=(ae(3, day(10)),),
                    rescue=(rescue(day(20)),))  # fmt: skip
    e = endpoints(p)
    assert (e.baseline_platelets, e.early_response, e.initial_response, e.durable_response,
            e.time_to_response_days, e.duration_of_response_days, e.bleeding_events,
            e.worst_ae_grade) == (None,) * 8  # fmt: skip
    assert e.interruption_triggers == ()
    data = e.to_json()
    assert [data[k] for k in ("worst_lab_grades", "qol_baseline", "qol_change_d28",
                              "qol_change_w12", "qol_change_w24")] == [None] * 5  # fmt: skip


# -- baseline -------------------------------------------------------------------------------
def test_baseline_is_the_latest_count_on_or_before_day1() -> None:
    p = _counts({-10: 25, -2: 12, 7: 45, 14: 60})
    assert endpoints(p).baseline_platelets == 12
    p = _counts({-2: 12, 1: 20, 2: 5, 7: 45})  # Day 2 is after Day 1
    assert endpoints(p).baseline_platelets == 20


def test_screening_count_is_a_baseline_candidate_on_its_date() -> None:
    # screening (Day -3) 22; a recorded count on Day -5 is earlier and loses
    p = _counts({-5: 40, 7: 45}, screening=screening(platelets=22))
    assert endpoints(p).baseline_platelets == 22
    # a recorded count on Day -2 is later and wins
    p = _counts({-2: 12, 7: 45}, screening=screening(platelets=22))
    assert endpoints(p).baseline_platelets == 12


@pytest.mark.parametrize("recorded", [15, 25])
def test_recorded_count_on_the_screening_date_wins(recorded: float) -> None:
    p = _counts({-3: recorded, 7: 45}, screening=screening(platelets=22))
    assert endpoints(p).baseline_platelets == recorded


def test_screening_count_after_day1_is_not_a_candidate() -> None:
    p = _counts({-5: 14, 7: 45}, screening=screening(date=day(2), platelets=22))
    assert endpoints(p).baseline_platelets == 14


def test_several_counts_on_day1_use_the_lowest() -> None:
    p = participant()
    p = replace(p, platelet_counts=(*p.platelet_counts, PlateletCount(day(1), 25)))
    assert endpoints(p).baseline_platelets == 18
    p = replace(p, platelet_counts=(*p.platelet_counts, PlateletCount(day(1), 16)))
    assert endpoints(p).baseline_platelets == 16


def test_no_baseline_at_all() -> None:
    p = _counts({7: 45, 28: 150}, screening=screening(platelets=None))
    e = endpoints(p)
    assert e.baseline_platelets is None
    assert e.early_response == "NR"  # R needs a baseline to double; CR does not
    assert e.initial_response == "CR"
    assert e.durable_response is None  # no week-24 count


# -- response at an assessment --------------------------------------------------------------
@pytest.mark.parametrize(
    ("baseline", "count", "expected"),
    [
        (10, 30, "NR"),  # R needs > 30
        (10, 30.1, "R"),
        (10, 31, "R"),
        (20, 40, "R"),  # exactly 2 x baseline
        (20, 39.9, "NR"),
        (18, 100, "R"),  # CR needs > 100
        (18, 100.1, "CR"),
        (60, 100, "NR"),  # 100 is neither > 100 nor >= 2 x 60
        (60, 101, "CR"),  # CR needs no doubling
        (5, 29, "NR"),
    ],
)
def test_response_thresholds(baseline: float, count: float, expected: str) -> None:
    p = _counts({1: baseline, 7: count})
    assert endpoints(p).early_response == expected


@pytest.mark.parametrize(("grade", "expected"), [(0, "CR"), (1, "NR"), (2, "NR"), (None, "NE")])
def test_response_needs_a_same_date_grade_0(grade: int | None, expected: str) -> None:
    grades = {1: 0} if grade is None else {1: 0, 7: grade}
    assert endpoints(_counts({1: 18, 7: 150}, grades)).early_response == expected


def test_several_grades_on_one_date_use_the_highest() -> None:
    p = _counts({1: 18, 7: 150})
    p = replace(p, bleeding=(*p.bleeding, BleedingAssessment(day(7), 1)))
    assert endpoints(p).early_response == "NR"


def test_several_counts_on_one_date_use_the_lowest() -> None:
    p = _counts({1: 18, 7: 150})
    p = replace(p, platelet_counts=(*p.platelet_counts, PlateletCount(day(7), 40)))
    assert endpoints(p).early_response == "R"  # 40, not 150


def test_missing_visit_gives_null_response() -> None:
    e = endpoints(_counts({1: 18, 14: 150, 56: 150}))
    assert (e.early_response, e.initial_response) == (None, None)


def test_grade_without_count_is_no_assessment() -> None:
    e = endpoints(_counts({1: 18}, {1: 0, 7: 0, 28: 0}))
    assert (e.early_response, e.initial_response, e.time_to_response_days) == (None, None, None)


# -- durable response -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("baseline", "count", "expected"),
    [
        (10, 30, True),  # durable needs >= 30
        (10, 29.9, False),
        (20, 40, True),  # exactly 2 x baseline
        (20, 39.9, False),
        (18, 150, True),
    ],
)
def test_durable_thresholds(baseline: float, count: float, expected: bool) -> None:
    assert endpoints(_counts({1: baseline, 168: count})).durable_response is expected


def test_durable_needs_grade_0_and_a_grade() -> None:
    assert endpoints(_counts({1: 18, 168: 150}, {1: 0, 168: 1})).durable_response is False
    assert endpoints(_counts({1: 18, 168: 150}, {1: 0})).durable_response is None


def test_durable_without_week24_count_is_null() -> None:
    # Day 160 and Day 176 lie outside the week-24 window (Day 161-175)
    assert endpoints(_counts({1: 18, 160: 150, 176: 150})).durable_response is None
    assert endpoints(_counts({1: 18, 161: 150})).durable_response is True


@pytest.mark.parametrize(
    ("rescue_day", "durable"),
    [
        (168, False),  # on the visit date
        (150, False),
        (141, False),  # Day 141..168 are the 28 days up to and including the visit
        (140, True),  # 28 days before the visit: outside the 28-day period
        (139, True),  # 29 days before
        (169, True),  # after the visit
    ],
)
def test_durable_rescue_free_28_days(rescue_day: int, durable: bool) -> None:
    p = participant(rescue=(rescue(day(rescue_day)),))
    assert endpoints(p).durable_response is durable


@pytest.mark.parametrize(("rescue_day", "durable"), [(147, True), (148, False)])
def test_durable_rescue_period_ends_at_the_visit_count_date(rescue_day: int, durable: bool) -> None:
    p = _counts({**{n: v for n, v in CLEAN_COUNTS.items() if n != 168}, 175: 150},
                rescue=(rescue(day(rescue_day)),))  # fmt: skip
    assert endpoints(p).durable_response is durable


# -- time to response and duration of response ----------------------------------------------
@pytest.mark.parametrize(
    ("by_day", "expected"),
    [
        ({1: 18, 7: 45}, 6),
        ({1: 18, 7: 20, 20: 150}, 19),  # unscheduled counts are assessments too
        ({1: 18, 175: 150}, 174),  # through Day 175
        ({1: 18, 176: 150}, None),
        ({-2: 150, 1: 18, 28: 150}, 27),  # a count before Day 1 is not an assessment
        ({1: 18}, None),
    ],
)
def test_time_to_response(by_day: dict[int, float], expected: int | None) -> None:
    assert endpoints(_counts(by_day)).time_to_response_days == expected


def test_time_to_response_skips_not_evaluable() -> None:
    p = _counts({1: 18, 7: 150, 14: 150}, {1: 0, 14: 0})
    assert endpoints(p).time_to_response_days == 13


@pytest.mark.parametrize(
    ("by_day", "grade_by_day", "expected"),
    [
        (CLEAN_COUNTS, None, 161),  # holds to the last assessment (Day 168)
        ({**CLEAN_COUNTS, 56: 20}, None, 49),  # NR on Day 56 ends it
        ({**CLEAN_COUNTS}, {n: 2 if n == 56 else 0 for n in CLEAN_COUNTS}, 49),  # bleeding
        ({**CLEAN_COUNTS}, {n: 0 for n in CLEAN_COUNTS if n != 56}, 161),  # NE does not end it
        ({**CLEAN_COUNTS, 7: 45, 14: 20, 28: 150}, None, 7),  # the first loss counts
        ({**CLEAN_COUNTS, 176: 10}, None, 161),  # a loss after Day 175 is not looked at
        ({**CLEAN_COUNTS, 175: 10}, None, 168),  # ... on Day 175 it is
        ({**CLEAN_COUNTS, 175: 150}, {n: 0 for n in CLEAN_COUNTS}, 168),  # NE on Day 175
        ({1: 18, 7: 10, 168: 150}, None, 0),  # response only at the last assessment
        ({1: 18, 7: 10, 168: 20}, None, None),  # no response
    ],
)
def test_duration_of_response(
    by_day: dict[int, float], grade_by_day: dict[int, int] | None, expected: int | None
) -> None:
    assert endpoints(_counts(by_day, grade_by_day)).duration_of_response_days == expected


# -- bleeding events and worst AE grade -----------------------------------------------------
def test_bleeding_events_day1_to_168_grade_2_or_more() -> None:
    by_day = {-1: 18, 1: 18, 30: 50, 50: 50, 80: 50, 168: 110, 169: 110}
    grade_by_day = {-1: 4, 1: 2, 30: 1, 50: 3, 80: 0, 168: 4, 169: 2}
    assert endpoints(_counts(by_day, grade_by_day)).bleeding_events == 3


def test_bleeding_events_one_per_date() -> None:
    p = _counts({1: 18, 50: 50}, {1: 0, 50: 2})
    p = replace(p, bleeding=(*p.bleeding, BleedingAssessment(day(50), 3)))
    assert endpoints(p).bleeding_events == 1


@pytest.mark.parametrize(
    ("aes", "expected"),
    [
        ((), None),
        (((2, 1), (3, 168)), 3),
        (((2, 1), (5, 169), (4, -1)), 2),  # onset after Day 168 or before Day 1: not counted
        (((5, 169),), None),
        (((1, 20), (1, 30)), 1),
    ],
)
def test_worst_ae_grade(aes: tuple[tuple[int, int], ...], expected: int | None) -> None:
    events = tuple(ae(g, day(d), number=i + 1) for i, (g, d) in enumerate(aes))
    assert endpoints(participant(adverse_events=events)).worst_ae_grade == expected
