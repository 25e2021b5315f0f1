"""Dosing findings (PROTOCOL.md §6, §8): WRONG_DOSE, DOSE_AFTER_DISCONTINUATION,
DOSE_AFTER_SEVERE_AE, DOSE_BEYOND_TREATMENT, LOW_COMPLIANCE, MISSING_DIARY and the
expected dosing days they share."""

from __future__ import annotations

from dataclasses import replace

import pytest

from baitp_desktop.core.config import default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.records import Dose
from tests.core.builders import (
    AS_OF,
    ae,
    codes,
    dates,
    day,
    days,
    diary,
    discontinued,
    findings,
    interrupt,
    of,
    participant,
    resume,
)


# -- WRONG_DOSE -----------------------------------------------------------------------------
def test_wrong_dose_one_finding_per_day() -> None:
    p = participant(doses=diary(doses_mg={20: 2, 30: 8, 31: 4.0}))
    got = of(p, "WRONG_DOSE")
    assert [f.date for f in got] == [day(20), day(30)]
    assert all(f.severity == Severity.MAJOR for f in got)
    assert "2 mg" in got[0].message


def test_missed_dose_with_a_dose_recorded_is_not_a_wrong_dose() -> None:
    p = participant(doses=(*diary(1, 19), Dose(day(20), False, 2.0), *diary(21, 168)))
    assert dates(p, "WRONG_DOSE") == []


def test_taken_dose_without_a_dose_is_a_wrong_dose() -> None:
    p = participant(doses=diary(doses_mg={20: None}))
    assert dates(p, "WRONG_DOSE") == [day(20)]


# -- DOSE_AFTER_DISCONTINUATION -------------------------------------------------------------
def test_doses_after_discontinuation() -> None:
    p = participant(doses=diary(1, 102), discontinuation=discontinued(day(100)))
    got = of(p, "DOSE_AFTER_DISCONTINUATION")
    assert [f.date for f in got] == [day(101), day(102)]  # the discontinuation day is fine
    assert all(f.severity == Severity.MAJOR for f in got)


def test_no_dose_after_discontinuation_no_finding() -> None:
    p = participant(doses=diary(1, 100), discontinuation=discontinued(day(100)))
    assert dates(p, "DOSE_AFTER_DISCONTINUATION") == []
    assert findings(p) == []  # later visits are waived, later days are not expected


def test_wrong_dose_after_discontinuation_gives_both_findings() -> None:
    p = participant(doses=diary(1, 101, doses_mg={101: 2}), discontinuation=discontinued(day(100)))
    assert dates(p, "DOSE_AFTER_DISCONTINUATION") == [day(101)]
    assert dates(p, "WRONG_DOSE") == [day(101)]


# -- DOSE_AFTER_SEVERE_AE -------------------------------------------------------------------
@pytest.mark.parametrize(("grade", "finding"), [(3, False), (4, True), (5, True)])
def test_severe_ae_grade(grade: int, finding: bool) -> None:
    p = participant(adverse_events=(ae(grade, day(50)),))
    got = dates(p, "DOSE_AFTER_SEVERE_AE")
    assert got == (days(51, 168) if finding else [])  # the onset day itself is fine


def test_severe_ae_onset_before_day1_is_ignored() -> None:
    p = participant(adverse_events=(ae(4, day(-1)),))
    assert dates(p, "DOSE_AFTER_SEVERE_AE") == []
    p = participant(adverse_events=(ae(4, day(1)),))
    assert dates(p, "DOSE_AFTER_SEVERE_AE") == days(2, 168)


def test_severe_ae_days_stay_unexpected_after_resolution() -> None:
    p = participant(
        adverse_events=(ae(4, day(50), resolved=day(55)),),
        doses=diary(1, 50) + diary(60, 62),
    )
    assert dates(p, "DOSE_AFTER_SEVERE_AE") == days(60, 62)
    assert dates(p, "MISSING_DIARY") == []  # Days 51..59 are not expected
    assert dates(p, "LOW_COMPLIANCE") == []


def test_earliest_severe_ae_counts() -> None:
    p = participant(adverse_events=(ae(4, day(80), number=1), ae(5, day(60), number=2)))
    assert dates(p, "DOSE_AFTER_SEVERE_AE") == days(61, 168)


# -- DOSE_BEYOND_TREATMENT ------------------------------------------------------------------
def test_doses_on_days_169_to_175_are_acceptable_and_not_expected() -> None:
    assert findings(participant(doses=diary(1, 175))) == []


def test_doses_from_day_176() -> None:
    p = participant(doses=diary(1, 178))
    got = of(p, "DOSE_BEYOND_TREATMENT")
    assert [f.date for f in got] == [day(176), day(177), day(178)]
    assert all(f.severity == Severity.MINOR for f in got)
    assert codes(p) == {"DOSE_BEYOND_TREATMENT"}


def test_no_diary_after_day_168_is_not_missing() -> None:
    p = participant(doses=diary(1, 168))
    assert dates(p, "MISSING_DIARY", as_of=day(300)) == []


# -- expected dosing days -------------------------------------------------------------------
def test_expected_days_end_at_the_earliest_of_168_discontinuation_and_as_of_minus_1() -> None:
    c = Course(participant(), default_config())
    assert list(c.expected_dosing_days(AS_OF)) == days(1, 168)
    assert list(c.expected_dosing_days(day(30))) == days(1, 29)
    c = Course(participant(discontinuation=discontinued(day(20))), default_config())
    assert list(c.expected_dosing_days(AS_OF)) == days(1, 20)
    c = Course(participant(dosing_decisions=(interrupt(10), resume(15))), default_config())
    assert list(c.expected_dosing_days(AS_OF)) == days(1, 9) + days(15, 168)
    c = Course(participant(adverse_events=(ae(4, day(12)),)), default_config())
    assert list(c.expected_dosing_days(AS_OF)) == days(1, 12)
    c = Course(participant(first_dose_date=None), default_config())
    assert list(c.expected_dosing_days(AS_OF)) == []


# -- LOW_COMPLIANCE -------------------------------------------------------------------------
@pytest.mark.parametrize(("missed", "finding"), [(5, False), (6, True)])
def test_compliance_full_block(missed: int, finding: bool) -> None:
    # 23/28 = 82 % is fine, 22/28 = 79 % is below 80 %
    p = participant(doses=diary(missed=range(1, missed + 1)))
    got = of(p, "LOW_COMPLIANCE")
    assert [f.date for f in got] == ([day(28)] if finding else [])
    if finding:
        assert got[0].severity == Severity.MINOR
        assert got[0].record == f"diary:{day(1).isoformat()}/{day(28).isoformat()}"


@pytest.mark.parametrize(("missed", "finding"), [(4, False), (5, True)])
def test_compliance_exactly_80_percent(missed: int, finding: bool) -> None:
    # interrupted Days 21..28 leave 20 expected days: 16/20 = 80 % exactly is not below 80 %
    p = participant(
        dosing_decisions=(interrupt(21), resume(29)),
        doses=diary(missed=range(1, missed + 1), skip=range(21, 29)),
    )
    assert dates(p, "LOW_COMPLIANCE") == ([day(28)] if finding else [])


def test_compliance_counts_only_expected_days() -> None:
    # doses taken while interrupted do not make up for missed expected days: 15/20
    p = participant(dosing_decisions=(interrupt(21), resume(29)), doses=diary(missed=range(1, 6)))
    assert dates(p, "LOW_COMPLIANCE") == [day(28)]


def test_compliance_no_entry_counts_as_not_taken() -> None:
    p = participant(doses=diary(skip=range(29, 35)))  # 22/28 in block 2
    assert dates(p, "LOW_COMPLIANCE") == [day(56)]


def test_compliance_every_block_is_judged_separately() -> None:
    p = participant(doses=diary(missed=list(range(1, 7)) + list(range(141, 147))))
    assert dates(p, "LOW_COMPLIANCE") == [day(28), day(168)]


@pytest.mark.parametrize(("as_of_day", "expected"), [(28, []), (29, [28])])
def test_compliance_block_not_yet_complete(as_of_day: int, expected: list[int]) -> None:
    # the block's last day must be on or before as-of - 1
    p = participant(doses=diary(missed=range(1, 11)))
    assert dates(p, "LOW_COMPLIANCE", as_of=day(as_of_day)) == [day(n) for n in expected]


@pytest.mark.parametrize(("stop_day", "expected"), [(27, []), (28, [28])])
def test_compliance_block_must_end_by_discontinuation(stop_day: int, expected: list[int]) -> None:
    p = participant(
        doses=diary(1, stop_day, missed=range(1, 11)), discontinuation=discontinued(day(stop_day))
    )
    assert dates(p, "LOW_COMPLIANCE") == [day(n) for n in expected]


def test_compliance_block_with_no_expected_day_is_skipped() -> None:
    p = participant(dosing_decisions=(interrupt(1), resume(29)), doses=diary(29, 168))
    assert dates(p, "LOW_COMPLIANCE") == []
    assert dates(p, "MISSING_DIARY") == []


def test_compliance_after_severe_ae() -> None:
    # grade 4 on Day 30: block 2 has two expected days (29, 30); blocks 3-6 have none
    base = participant(adverse_events=(ae(4, day(30)),))
    assert findings(replace(base, doses=diary(1, 30))) == []  # stopped dosing on onset day
    p = replace(base, doses=diary(1, 30, missed=(29, 30)))
    assert dates(p, "LOW_COMPLIANCE") == [day(56)]
    p = replace(base, doses=diary(1, 30, missed=(29,)))  # 1/2 = 50 %
    assert dates(p, "LOW_COMPLIANCE") == [day(56)]


def test_compliance_stops_at_day_168() -> None:
    p = participant(doses=diary(1, 168))
    assert dates(p, "LOW_COMPLIANCE", as_of=day(400)) == []


# -- MISSING_DIARY --------------------------------------------------------------------------
def test_missing_diary_one_finding_per_run() -> None:
    p = participant(doses=diary(skip=[10, 11, 12, 20]))
    got = of(p, "MISSING_DIARY")
    assert [f.date for f in got] == [day(10), day(20)]
    assert [f.record for f in got] == [
        f"diary:{day(10).isoformat()}/{day(12).isoformat()}",
        f"diary:{day(20).isoformat()}/{day(20).isoformat()}",
    ]
    assert all(f.severity == Severity.QUERY for f in got)


def test_missing_diary_run_crosses_block_boundaries() -> None:
    p = participant(doses=diary(skip=range(27, 31)))
    assert dates(p, "MISSING_DIARY") == [day(27)]


def test_missed_dose_entries_are_not_missing() -> None:
    p = participant(doses=diary(missed=[10, 11, 12]))
    assert dates(p, "MISSING_DIARY") == []


def test_missing_diary_day1() -> None:
    assert dates(participant(doses=diary(2, 168)), "MISSING_DIARY") == [day(1)]


def test_missing_diary_run_split_by_interruption() -> None:
    p = participant(dosing_decisions=(interrupt(45), resume(51)), doses=diary(skip=range(40, 61)))
    assert dates(p, "MISSING_DIARY") == [day(40), day(51)]


@pytest.mark.parametrize(("as_of_day", "expected"), [(11, []), (12, [11]), (15, [11])])
def test_missing_diary_as_of(as_of_day: int, expected: list[int]) -> None:
    # expected days end at as-of - 1: today's dose may still be entered
    p = participant(doses=diary(1, 10))
    assert dates(p, "MISSING_DIARY", as_of=day(as_of_day)) == [day(n) for n in expected]


@pytest.mark.parametrize(("last_entry", "expected"), [(99, [100]), (100, [])])
def test_missing_diary_discontinuation_day_is_expected(last_entry: int, expected: list) -> None:
    p = participant(doses=diary(1, last_entry), discontinuation=discontinued(day(100)))
    assert dates(p, "MISSING_DIARY") == [day(n) for n in expected]


@pytest.mark.parametrize(("last_entry", "expected"), [(49, [50]), (50, [])])
def test_missing_diary_severe_ae_onset_day_is_expected(last_entry: int, expected: list) -> None:
    p = participant(doses=diary(1, last_entry), adverse_events=(ae(4, day(50)),))
    assert dates(p, "MISSING_DIARY") == [day(n) for n in expected]


def test_no_first_dose_date_no_diary_findings() -> None:
    p = participant(first_dose_date=None, doses=diary(1, 5))
    assert dates(p, "MISSING_DIARY") == []
    assert dates(p, "LOW_COMPLIANCE") == []
