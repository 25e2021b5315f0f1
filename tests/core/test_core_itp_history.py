"""ITP history (PROTOCOL.md §9): the 6-month rule with month-end clamping and every reason
of ITP_HISTORY, raised once per dosed participant at the screening date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baitp_desktop.core.itp_history import add_months
from baitp_desktop.core.records import (
    ItpHistory,
    ItpTherapyCode,
    Participant,
    PriorItpTherapy,
    StopReason,
    TherapyResponse,
)
from tests.core.builders import (
    AS_OF,
    SCREENING_DATE,
    dates,
    day,
    diary,
    of,
    participant,
    screening,
)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2021, 8, 31), date(2022, 2, 28)),
        (date(2023, 8, 31), date(2024, 2, 29)),
        (date(2024, 2, 29), date(2024, 8, 29)),
        (date(2022, 1, 15), date(2022, 7, 15)),
        (date(2021, 12, 31), date(2022, 6, 30)),
        (date(2021, 7, 31), date(2022, 1, 31)),  # across the year end
    ],
)
def test_six_months_keep_the_day_or_take_the_months_last(start: date, end: date) -> None:
    assert add_months(start, 6) == end


@given(st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.integers(0, 36))
def test_adding_months_moves_the_month_and_never_grows_the_day(day_: date, months: int) -> None:
    later = add_months(day_, months)
    assert (later.year * 12 + later.month) - (day_.year * 12 + day_.month) == months
    assert later.day <= day_.day
    assert later.day == day_.day or (later + timedelta(days=1)).month != later.month


def _with(diagnosed: date | None, therapies: tuple[PriorItpTherapy, ...] | None = None,
          **inclusion: bool) -> Participant:  # fmt: skip
    s = screening()
    s = replace(s, inclusion={**s.inclusion, **inclusion})
    p = participant(screening=s, itp_history=ItpHistory(diagnosed))
    return p if therapies is None else replace(p, prior_itp_therapies=therapies)


def _reasons(p: Participant) -> list[str]:
    found = of(p, "ITP_HISTORY")
    assert len(found) <= 1
    return [] if not found else found[0].message.split(": ", 1)[1].split("; ")


@pytest.mark.parametrize(
    ("diagnosed", "raised"),
    [
        (date(2022, 1, 10), False),  # exactly 6 months before screening (2022-07-10)
        (date(2022, 1, 11), True),  # one day short
        (date(2022, 1, 9), False),
    ],
)
def test_i2_needs_six_calendar_months(diagnosed: date, raised: bool) -> None:
    assert date(2022, 7, 10) == SCREENING_DATE
    reasons = _reasons(_with(diagnosed))
    assert any("6 months" in r for r in reasons) is raised


def test_month_end_diagnosis_clamps() -> None:
    # diagnosed 2021-08-31: 6 months later is 2022-02-28, so screening that day is enough
    s = replace(screening(), date=date(2022, 2, 28))
    p = participant(screening=s, consent_date=date(2022, 2, 28), first_dose_date=date(2022, 3, 1),
                    itp_history=ItpHistory(date(2021, 8, 31)), doses=())  # fmt: skip
    assert of(p, "ITP_HISTORY", as_of=date(2022, 4, 1)) == []
    p = replace(p, screening=replace(s, date=date(2022, 2, 27)), consent_date=date(2022, 2, 27))
    assert dates(p, "ITP_HISTORY", as_of=date(2022, 4, 1)) == [date(2022, 2, 27)]


def test_the_6_month_reason_is_not_asked_without_i2() -> None:
    assert _reasons(_with(date(2022, 5, 1), I2=False)) == []


def test_each_reason_is_named_once_in_one_query() -> None:
    p = participant(itp_history=None, prior_itp_therapies=())
    found = of(p, "ITP_HISTORY")
    assert [(f.date, f.record, f.severity.value) for f in found] == [
        (SCREENING_DATE, "screening:itp_history", "query")
    ]
    reasons = _reasons(p)
    assert len(reasons) == 3  # no diagnosis date; I2 without therapy; I3 without steroid
    assert "diagnosis" in reasons[0] and "I2" in reasons[1] and "I3" in reasons[2]


def test_a_diagnosis_after_screening_skips_the_6_month_reason() -> None:
    reasons = _reasons(_with(SCREENING_DATE + timedelta(days=1)))
    assert len(reasons) == 1 and "after screening" in reasons[0]


def _therapy(code: ItpTherapyCode, name: str | None = None) -> PriorItpTherapy:
    return PriorItpTherapy(code, date(2020, 1, 1), date(2020, 2, 1), TherapyResponse.NR,
                           StopReason.NO_RESPONSE, name)  # fmt: skip


@pytest.mark.parametrize(
    ("codes", "i3_reason"),
    [
        ((ItpTherapyCode.DEXAMETHASONE,), False),
        ((ItpTherapyCode.HYDROCORTISONE, ItpTherapyCode.IVIG), False),
        ((ItpTherapyCode.IVIG,), True),
        ((ItpTherapyCode.OTHER,), True),  # an 'other' row never counts, whatever its name
    ],
)
def test_i3_needs_a_corticosteroid_row(codes: tuple[ItpTherapyCode, ...], i3_reason: bool) -> None:
    rows = tuple(_therapy(c, "prednisone" if c == ItpTherapyCode.OTHER else None) for c in codes)
    reasons = _reasons(_with(date(2019, 1, 1), rows))
    assert any("I3" in r for r in reasons) is i3_reason
    assert not any("I2" in r for r in reasons)  # any row satisfies I2, whatever its outcome


def test_only_dosed_participants_are_asked() -> None:
    undosed = participant(itp_history=None, first_dose_date=None, doses=())
    assert of(undosed, "ITP_HISTORY") == []
    diary_only = replace(undosed, doses=diary(1, 3))
    assert dates(diary_only, "ITP_HISTORY") == [SCREENING_DATE]


def test_history_is_read_as_recorded_whatever_as_of() -> None:
    p = participant(itp_history=None, doses=diary(1, 3))
    assert dates(p, "ITP_HISTORY", as_of=day(1)) == [SCREENING_DATE]
    assert dates(p, "ITP_HISTORY", as_of=AS_OF) == [SCREENING_DATE]
    # not yet dosed on "as of": first dose date and diary after it do not exist yet
    assert of(p, "ITP_HISTORY", as_of=day(-1)) == []
