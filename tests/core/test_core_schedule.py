"""Visit windows (PROTOCOL.md §3), MISSED_VISIT and MISSING_BLEEDING (§6, §8)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.visits import visit_count_date, visit_windows, window_of
from tests.core.builders import (
    CLEAN_COUNTS,
    DAY1,
    dates,
    day,
    discontinued,
    endpoints,
    interrupt,
    of,
    participant,
    screening,
    with_counts,
)


def _without(*visit_days: int) -> dict[int, float]:
    return {n: v for n, v in CLEAN_COUNTS.items() if n not in visit_days}


# -- windows --------------------------------------------------------------------------------
def test_windows_in_calendar_dates() -> None:
    windows = {w.visit_id: w for w in visit_windows(DAY1, default_config())}
    expected = {
        "baseline": (1, -3, 1), "d7": (7, 6, 8), "d14": (14, 12, 16), "d28": (28, 25, 31),
        "w8": (56, 49, 63), "w12": (84, 77, 91), "w16": (112, 105, 119),
        "w20": (140, 133, 147), "w24": (168, 161, 175),
    }  # fmt: skip
    assert set(windows) == set(expected)
    for visit_id, (target, first, last) in expected.items():
        w = windows[visit_id]
        assert (w.target, w.first, w.last) == (day(target), day(first), day(last)), visit_id
    assert windows["baseline"].first == DAY1.replace(day=DAY1.day - 3)  # no Day 0


@pytest.mark.parametrize(
    ("study_day", "visit"),
    [(-4, None), (-3, "baseline"), (1, "baseline"), (2, None), (5, None), (6, "d7"), (8, "d7"),
     (9, None), (11, None), (12, "d14"), (16, "d14"), (17, None), (175, "w24"), (176, None)],
)  # fmt: skip
def test_window_edges(study_day: int, visit: str | None) -> None:
    w = window_of(day(study_day), visit_windows(DAY1, default_config()))
    assert (None if w is None else w.visit_id) == visit


def test_nearest_to_target_and_earlier_on_tie() -> None:
    d7 = next(w for w in visit_windows(DAY1, default_config()) if w.visit_id == "d7")
    assert visit_count_date(d7, dict.fromkeys([day(6), day(8)])) == day(6)
    assert visit_count_date(d7, dict.fromkeys([day(8), day(6)])) == day(6)
    assert visit_count_date(d7, dict.fromkeys([day(6), day(7), day(8)])) == day(7)
    assert visit_count_date(d7, dict.fromkeys([day(5), day(9)])) is None


@pytest.mark.parametrize(
    ("d6", "d8", "expected"), [(20, 150, "NR"), (150, 20, "CR")]
)  # fmt: skip
def test_tie_decides_the_early_response(d6: float, d8: float, expected: str) -> None:
    p = with_counts(participant(), {**_without(7), 6: d6, 8: d8})
    assert endpoints(p).early_response == expected


@pytest.mark.parametrize(("study_day", "counted"), [(5, False), (6, True), (8, True), (9, False)])
def test_early_response_window_edges(study_day: int, counted: bool) -> None:
    p = with_counts(participant(), {**_without(7), study_day: 150})
    assert endpoints(p).early_response == ("CR" if counted else None)


# -- MISSED_VISIT ---------------------------------------------------------------------------
@pytest.mark.parametrize(("as_of_day", "expected"), [(16, []), (17, [14]), (40, [14])])
def test_missed_visit_only_once_the_window_has_ended(as_of_day: int, expected: list) -> None:
    p = with_counts(participant(), _without(14))
    got = of(p, "MISSED_VISIT", as_of=day(as_of_day))
    assert [f.date for f in got] == [day(n) for n in expected]  # dated at the target day
    for f in got:
        assert f.severity == Severity.MINOR
        assert f.record == "visit:d14"


@pytest.mark.parametrize(
    ("count_day", "missed"), [(11, True), (12, False), (16, False), (17, True)]
)  # fmt: skip
def test_missed_visit_window_edges(count_day: int, missed: bool) -> None:
    p = with_counts(participant(), {**_without(14), count_day: 80})
    assert dates(p, "MISSED_VISIT") == ([day(14)] if missed else [])


def test_every_missing_visit_is_reported() -> None:
    p = with_counts(participant(), {1: 18})
    assert dates(p, "MISSED_VISIT") == [day(n) for n in (7, 14, 28, 56, 84, 112, 140, 168)]


@pytest.mark.parametrize(("stop_day", "expected"), [(12, []), (13, [14]), (20, [14])])
def test_missed_visit_waived_by_discontinuation_on_or_before_window_start(
    stop_day: int, expected: list
) -> None:
    p = with_counts(participant(), {1: 18, 7: 45})
    p = replace(p, discontinuation=discontinued(day(stop_day)))
    assert dates(p, "MISSED_VISIT") == [day(n) for n in expected]


def test_missed_visit_not_waived_by_interruption() -> None:
    p = with_counts(participant(), _without(14))
    p = replace(p, dosing_decisions=(interrupt(10),))
    assert dates(p, "MISSED_VISIT") == [day(14)]


def test_screening_count_never_fills_the_baseline_visit() -> None:
    # the screening date is Day -3 (inside the baseline window) and the form has a count
    p = with_counts(participant(), _without(1))
    assert dates(p, "MISSED_VISIT") == [day(1)]
    assert dates(p, "MISSING_BLEEDING") == []
    p = with_counts(participant(), {**_without(1), -3: 18})  # a recorded count does fill it
    assert dates(p, "MISSED_VISIT") == []


def test_screening_count_in_another_window_is_not_a_visit_count() -> None:
    # a screening date that falls in the Day 7 window (odd, but possible on paper)
    p = with_counts(participant(screening=screening(date=day(7))), _without(7))
    assert dates(p, "MISSED_VISIT") == [day(7)]


# -- MISSING_BLEEDING -----------------------------------------------------------------------
def test_visit_count_without_grade() -> None:
    grades = dict.fromkeys(_without(28), 0)
    p = with_counts(participant(), CLEAN_COUNTS, grades)
    got = of(p, "MISSING_BLEEDING")
    assert [f.date for f in got] == [day(28)]
    assert got[0].severity == Severity.QUERY
    assert got[0].record == f"count:{day(28).isoformat()}"


def test_baseline_visit_count_without_grade() -> None:
    p = with_counts(participant(), CLEAN_COUNTS, dict.fromkeys(_without(1), 0))
    assert dates(p, "MISSING_BLEEDING") == [day(1)]


def test_grade_on_another_date_does_not_count() -> None:
    grades = {**dict.fromkeys(_without(28), 0), 27: 0}
    p = with_counts(participant(), CLEAN_COUNTS, grades)
    assert dates(p, "MISSING_BLEEDING") == [day(28)]


def test_unscheduled_count_without_grade_is_fine() -> None:
    p = with_counts(participant(), {**CLEAN_COUNTS, 20: 90}, dict.fromkeys(CLEAN_COUNTS, 0))
    assert dates(p, "MISSING_BLEEDING") == []


def test_only_the_chosen_visit_count_is_checked() -> None:
    # Day 27 is in the Day 28 window but Day 28 is nearer the target
    p = with_counts(participant(), {**CLEAN_COUNTS, 27: 90}, dict.fromkeys(CLEAN_COUNTS, 0))
    assert dates(p, "MISSING_BLEEDING") == []
    # on a tie the earlier count is chosen: Day 6 without a grade is a query ...
    p = with_counts(participant(), {**_without(7), 6: 45, 8: 45}, {
        **dict.fromkeys(_without(7), 0), 8: 0})  # fmt: skip
    assert dates(p, "MISSING_BLEEDING") == [day(6)]
    # ... and Day 8 without one is not
    p = with_counts(participant(), {**_without(7), 6: 45, 8: 45}, {
        **dict.fromkeys(_without(7), 0), 6: 0})  # fmt: skip
    assert dates(p, "MISSING_BLEEDING") == []


def test_missing_bleeding_not_reported_before_the_count() -> None:
    grades = dict.fromkeys(_without(28), 0)
    p = with_counts(participant(), CLEAN_COUNTS, grades)
    assert dates(p, "MISSING_BLEEDING", as_of=day(27)) == []
    assert dates(p, "MISSING_BLEEDING", as_of=day(28)) == [day(28)]


def test_course_picks_the_same_visit_count_for_findings_and_endpoints() -> None:
    p = with_counts(participant(), {**_without(28), 26: 60, 30: 200})
    c = Course(p, default_config())
    assert c.visit_counts["d28"] == day(26)  # 2 days from target vs 2: earlier
    assert endpoints(p).initial_response == "R"  # 60 > 30 and >= 36, not > 100
