"""What "as of" knows (PROTOCOL.md §8): every rule sees the CRF as it stood on "as of" —
checked for each kind of date with "as of" one day before, equal to and one day after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from baitp_desktop.core.as_of import known_as_of
from baitp_desktop.core.records import ItpHistory
from tests.core.builders import (
    SCREENING_DATE,
    ae,
    birth_for_age,
    dates,
    day,
    diary,
    discontinued,
    grades,
    interrupt,
    medication,
    panel,
    participant,
    questionnaire,
    rescue,
    with_counts,
)

ONE = timedelta(days=1)
OFFSETS = (-1, 0, 1)  # "as of" one day before, on, one day after the date


@pytest.mark.parametrize("offset", OFFSETS)
def test_dated_records_exist_from_their_date(offset: int) -> None:
    on = day(40)
    p = participant(
        doses=diary(40, 40), dosing_decisions=(interrupt(40),),
        platelet_counts=with_counts(participant(), {40: 120}).platelet_counts,
        bleeding=grades({40: 0}), rescue=(rescue(on),), lab_panels=(panel(on),),
        questionnaires=(questionnaire(on),), adverse_events=(ae(2, on),),
        medications=(medication("aspirin", on),),
    )  # fmt: skip
    known = known_as_of(p, on + offset * ONE)
    expected = 0 if offset < 0 else 1
    collections = ("doses", "dosing_decisions", "platelet_counts", "bleeding", "rescue",
                   "lab_panels", "questionnaires", "adverse_events", "medications")  # fmt: skip
    for collection in collections:
        assert len(getattr(known, collection)) == expected, collection


@pytest.mark.parametrize("offset", OFFSETS)
def test_stop_resolution_and_report_dates_after_as_of_have_not_happened(offset: int) -> None:
    end = day(60)
    p = participant(
        adverse_events=(ae(3, day(50), serious=True, aware_date=day(50), resolved=end,
                           reported_date=end),),
        medications=(medication("aspirin", day(50), end),),
    )  # fmt: skip
    known = known_as_of(p, end + offset * ONE)
    happened = end if offset >= 0 else None
    assert known.adverse_events[0].resolved == happened
    assert known.adverse_events[0].reported_date == happened
    assert known.medications[0].stop == happened
    assert known.medications[0].ongoing is (offset < 0)


@pytest.mark.parametrize("offset", OFFSETS)
def test_first_dose_and_discontinuation_after_as_of_are_none(offset: int) -> None:
    p = participant(discontinuation=discontinued(day(1)))
    known = known_as_of(p, day(1) + offset * ONE)
    assert known.first_dose_date == (None if offset < 0 else day(1))
    assert (known.discontinuation is None) is (offset < 0)


def test_screening_history_and_explanations_are_read_as_recorded() -> None:
    p = participant(itp_history=ItpHistory(date(2019, 1, 1)))
    known = known_as_of(p, SCREENING_DATE - timedelta(days=400))
    assert known.itp_history == p.itp_history
    assert known.prior_itp_therapies == p.prior_itp_therapies
    assert known.screening == p.screening and known.explanations == p.explanations


# -- the same at rule level ------------------------------------------------------------------
@pytest.mark.parametrize(("as_of_day", "expected"), [(0, False), (1, True), (2, True)])
def test_eligibility_findings_need_a_first_dose_known_on_as_of(
    as_of_day: int, expected: bool
) -> None:
    # an over-age participant dosed only by the first-dose date (no diary yet)
    p = participant(birth_date=birth_for_age(SCREENING_DATE, 75), doses=())
    as_of = day(as_of_day) if as_of_day else day(-1)
    assert (dates(p, "INELIGIBLE_AGE", as_of=as_of) == [SCREENING_DATE]) is expected


@pytest.mark.parametrize(("as_of_day", "late"), [(50, False), (51, False), (52, True), (56, True)])
def test_a_report_after_as_of_counts_as_not_yet_reported(as_of_day: int, late: bool) -> None:
    sae = ae(4, day(50), serious=True, aware_date=day(50), reported_date=day(55))
    got = dates(participant(adverse_events=(sae,)), "SAE_LATE_REPORT", as_of=day(as_of_day))
    assert got == ([day(50)] if late else [])


@pytest.mark.parametrize(("as_of_day", "missing"), [(27, True), (28, False), (29, False)])
def test_a_visit_chooses_its_count_among_those_known(as_of_day: int, missing: bool) -> None:
    # Day 27 count without a grade, Day 28 (the target) with one: until Day 28 exists, the
    # Day 27 count is the visit's count and its bleeding grade is missing
    p = with_counts(participant(), {1: 18, 7: 45, 27: 100, 28: 120}, {1: 0, 7: 0, 28: 0})
    got = dates(p, "MISSING_BLEEDING", as_of=day(as_of_day))
    assert got == ([day(27)] if missing else [])


def test_endpoints_use_every_stored_record() -> None:
    p = replace(participant(), discontinuation=discontinued(day(400)))
    assert known_as_of(p, day(10)).discontinuation is None
    assert p.discontinuation is not None  # the stored participant is not changed
