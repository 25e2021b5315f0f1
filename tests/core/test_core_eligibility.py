"""Eligibility findings (PROTOCOL.md §1, §6, §8) at and just beyond every boundary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from baitp_desktop.core.config import default_config
from baitp_desktop.core.eligibility import evaluate_eligibility
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.records import Dose, Participant
from tests.core.builders import (
    CONSENT,
    DAY1,
    SCREENING_DATE,
    birth_for_age,
    dates,
    day,
    diary,
    findings,
    labs,
    of,
    participant,
    screening,
)

INELIGIBLE = ("INELIGIBLE_AGE", "INELIGIBLE_PLATELETS", "INELIGIBLE_CRITERIA", "INELIGIBLE_LAB")


def test_clean_participant_has_no_finding() -> None:
    assert findings(participant()) == []
    assert evaluate_eligibility(participant(), default_config()).eligible


# -- age ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("years", "extra_days", "eligible"),
    [
        (17, 364, False),  # 17 years 364 days: not yet 18
        (18, 0, True),  # 18th birthday on the consent date
        (18, 1, True),
        (70, 0, True),
        (70, 364, True),  # 70 years 364 days: still 70 in completed years
        (71, 0, False),  # turned 71 on the consent date
        (71, 1, False),
    ],
)
def test_age_boundaries(years: int, extra_days: int, eligible: bool) -> None:
    p = participant(birth_date=birth_for_age(CONSENT, years, extra_days))
    got = of(p, "INELIGIBLE_AGE")
    assert (got == []) is eligible
    if not eligible:
        assert [f.date for f in got] == [SCREENING_DATE]
        assert got[0].severity == Severity.MAJOR


def test_age_is_taken_on_the_consent_date_not_the_screening_or_dose_date() -> None:
    # 70 on the consent date, 71 by Day 1: still eligible.
    consent = date(2022, 7, 10)
    p = participant(birth_date=date(1951, 7, 11), consent_date=consent)
    assert evaluate_eligibility(p, default_config()).age_years == 70
    assert of(p, "INELIGIBLE_AGE") == []
    # 17 on the consent date, 18 by Day 1: not eligible.
    p = participant(birth_date=date(2004, 7, 11))
    assert of(p, "INELIGIBLE_AGE") != []


def test_leap_day_birthday_is_reached_on_1_march() -> None:
    # born 29 Feb 2004: 18 on 1 Mar 2022, still 17 on 28 Feb 2022
    born = date(2004, 2, 29)
    on_28 = participant(birth_date=born, consent_date=date(2022, 2, 28),
                        screening=screening(date=date(2022, 2, 28)), first_dose_date=None,
                        doses=(Dose(date(2022, 3, 1), True, 4.0),))  # fmt: skip
    on_1 = replace(on_28, consent_date=date(2022, 3, 1), screening=screening(date=date(2022, 3, 1)))
    assert [f.code for f in of(on_28, "INELIGIBLE_AGE")] == ["INELIGIBLE_AGE"]
    assert of(on_1, "INELIGIBLE_AGE") == []


# -- I4 -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("count", "bleeding", "eligible"),
    [
        (29, False, True),
        (29.9, False, True),
        (30, False, False),  # "< 30": exactly 30 fails without bleeding
        (31, False, False),
        (30, True, True),
        (49, True, True),
        (49.9, True, True),
        (50, True, False),  # "< 50 with bleeding": exactly 50 fails
        (51, True, False),
        (29, None, True),  # below 30 the bleeding answer does not matter
        (30, None, False),  # 30..49 needs the bleeding answer
        (0, False, True),
    ],
)
def test_i4_boundaries(count: float, bleeding: bool | None, eligible: bool) -> None:
    p = participant(screening=screening(platelets=count, significant_bleeding=bleeding))
    got = dates(p, "INELIGIBLE_PLATELETS")
    assert got == ([] if eligible else [SCREENING_DATE])
    assert evaluate_eligibility(p, default_config()).i4_met is eligible


def test_i4_screening_count_not_done_fails() -> None:
    p = participant(screening=screening(platelets=None))
    got = of(p, "INELIGIBLE_PLATELETS")
    assert len(got) == 1 and "not done" in got[0].message


def test_i4_uses_the_screening_form_count_not_a_recorded_count() -> None:
    # the recorded Day 1 count (18) is eligible, the screening count (35) is not
    p = participant(screening=screening(platelets=35))
    assert dates(p, "INELIGIBLE_PLATELETS") == [SCREENING_DATE]


# -- I1-I3, I5, E1-E10 ----------------------------------------------------------------------
@pytest.mark.parametrize("item", ["I1", "I2", "I3", "I5"])
def test_inclusion_no_is_ineligible(item: str) -> None:
    s = screening()
    p = participant(screening=replace(s, inclusion={**s.inclusion, item: False}))
    got = of(p, "INELIGIBLE_CRITERIA")
    assert [f.date for f in got] == [SCREENING_DATE]
    assert item in got[0].message
    assert "not answered" not in got[0].message


@pytest.mark.parametrize("item", [f"E{n}" for n in range(1, 11)])
def test_exclusion_yes_is_ineligible(item: str) -> None:
    s = screening()
    p = participant(screening=replace(s, exclusion={**s.exclusion, item: True}))
    got = of(p, "INELIGIBLE_CRITERIA")
    assert [f.date for f in got] == [SCREENING_DATE]
    assert item in got[0].message


@pytest.mark.parametrize("item", ["I1", "I2", "I3", "I5", "E1", "E5", "E10"])
@pytest.mark.parametrize("how", ["none", "absent"])
def test_unanswered_item_is_ineligible_not_answered(item: str, how: str) -> None:
    s = screening()
    section = "inclusion" if item.startswith("I") else "exclusion"
    answers = dict(getattr(s, section))
    if how == "none":
        answers[item] = None
    else:
        del answers[item]
    p = participant(screening=replace(s, **{section: answers}))
    got = of(p, "INELIGIBLE_CRITERIA")
    assert len(got) == 1
    assert f"{item}: not answered" in got[0].message


def test_several_criteria_give_one_finding_naming_each() -> None:
    s = screening()
    p = participant(
        screening=replace(
            s,
            inclusion={**s.inclusion, "I2": False},
            exclusion={**s.exclusion, "E3": True, "E7": None},
        )
    )
    got = of(p, "INELIGIBLE_CRITERIA")
    assert len(got) == 1
    for item in ("I2", "E3", "E7"):
        assert item in got[0].message


# -- E11 labs -------------------------------------------------------------------------------
# (lab changes, fails) at and just beyond each limit. ULNs: ALT 40, AST 40, bilirubin 21.
LAB_CASES = [
    ({"alt": 80}, False),  # ALT > 2 x ULN: exactly 2 x ULN passes
    ({"alt": 80.1}, True),
    ({"alt": 81}, True),
    ({"ast": 80}, False),
    ({"ast": 80.5}, True),
    ({"bilirubin": 31.4}, False),  # bilirubin >= 1.5 x ULN: exactly 1.5 x ULN fails
    ({"bilirubin": 31.5}, True),
    ({"bilirubin": 1.64, "bilirubin_uln": 1.1}, False),  # mg/dL: 1.5 x 1.1 = 1.65
    ({"bilirubin": 1.65, "bilirubin_uln": 1.1}, True),
    ({"bilirubin": 1.79, "bilirubin_uln": 1.2}, False),
    ({"bilirubin": 1.8, "bilirubin_uln": 1.2}, True),
    ({"alt": 2.2, "alt_uln": 1.1}, False),
    ({"alt": 2.21, "alt_uln": 1.1}, True),
    ({"hemoglobin": 9.0}, False),  # Hb < 9
    ({"hemoglobin": 8.9}, True),
    ({"wbc": 2500}, False),  # WBC < 2,500
    ({"wbc": 2499}, True),
    ({"anc": 1200}, False),  # ANC < 1,200
    ({"anc": 1199}, True),
    ({"lymphocytes": 750}, False),  # lymphocytes < 750
    ({"lymphocytes": 749}, True),
    ({"egfr": 50}, False),  # eGFR < 50
    ({"egfr": 49.9}, True),
]


@pytest.mark.parametrize(("changes", "fails"), LAB_CASES, ids=[str(c) for c, _ in LAB_CASES])
def test_lab_limits(changes: dict[str, float], fails: bool) -> None:
    p = participant(screening=screening(labs=labs(**changes)))
    got = of(p, "INELIGIBLE_LAB")
    assert [f.date for f in got] == ([SCREENING_DATE] if fails else [])
    result = evaluate_eligibility(p, default_config())
    assert result.e11_met is fails
    if fails:
        lab = next(iter(changes)).removesuffix("_uln")
        assert result.failing_labs == (lab,)


@pytest.mark.parametrize(
    "missing",
    ["alt", "alt_uln", "ast", "ast_uln", "bilirubin", "bilirubin_uln", "hemoglobin", "wbc",
     "anc", "lymphocytes", "egfr"],
)  # fmt: skip
def test_lab_not_done_fails_e11(missing: str) -> None:
    p = participant(screening=screening(labs=labs(**{missing: None})))
    got = of(p, "INELIGIBLE_LAB")
    assert len(got) == 1
    assert "not done" in got[0].message


def test_several_failing_labs_give_one_finding_naming_each() -> None:
    p = participant(screening=screening(labs=labs(alt=200, hemoglobin=7.5, egfr=None)))
    got = of(p, "INELIGIBLE_LAB")
    assert len(got) == 1
    for name in ("ALT", "Hemoglobin", "eGFR"):
        assert name in got[0].message
    assert "AST" not in got[0].message


# -- only dosed participants ----------------------------------------------------------------
def _ineligible_everywhere(p: Participant) -> Participant:
    s = screening(platelets=80, labs=labs(hemoglobin=7))
    s = replace(s, inclusion={**s.inclusion, "I1": False})
    return replace(p, birth_date=birth_for_age(CONSENT, 75), screening=s)


def test_undosed_participant_has_no_eligibility_finding() -> None:
    p = _ineligible_everywhere(participant(first_dose_date=None, doses=()))
    codes = {f.code for f in findings(p)}
    assert codes.isdisjoint(INELIGIBLE)
    assert not evaluate_eligibility(p, default_config()).eligible  # shown, not reported


def test_diary_with_only_missed_doses_is_not_dosed() -> None:
    p = _ineligible_everywhere(participant(first_dose_date=None, doses=(Dose(DAY1, False, None),)))
    assert {f.code for f in findings(p)}.isdisjoint(INELIGIBLE)


def test_first_dose_date_alone_makes_dosed() -> None:
    p = _ineligible_everywhere(participant(doses=()))
    assert {f.code for f in findings(p)} >= set(INELIGIBLE)


def test_taken_diary_entry_alone_makes_dosed() -> None:
    p = _ineligible_everywhere(participant(first_dose_date=None, doses=diary(1, 3)))
    got = findings(p)
    assert {f.code for f in got} >= set(INELIGIBLE)
    for f in got:
        if f.code in INELIGIBLE:
            assert f.date == SCREENING_DATE
            assert f.severity == Severity.MAJOR


# -- DOSED_BEFORE_CONSENT -------------------------------------------------------------------
def test_day1_before_consent() -> None:
    p = participant(consent_date=day(2), screening=screening(date=day(2)))
    got = of(p, "DOSED_BEFORE_CONSENT")
    assert [f.date for f in got] == [day(2)]
    assert got[0].severity == Severity.MAJOR


def test_screening_before_consent() -> None:
    p = participant(screening=screening(date=day(-4)))  # consent is Day -3
    assert dates(p, "DOSED_BEFORE_CONSENT") == [CONSENT]


def test_both_causes_give_one_finding() -> None:
    p = participant(consent_date=day(2), screening=screening(date=day(-1)))
    got = of(p, "DOSED_BEFORE_CONSENT")
    assert [f.date for f in got] == [day(2)]
    assert "Day 1" in got[0].message and "screening" in got[0].message


def test_dose_and_screening_on_the_consent_date_are_fine() -> None:
    p = participant(consent_date=DAY1, screening=screening(date=DAY1))
    assert of(p, "DOSED_BEFORE_CONSENT") == []


# -- SCREENING_WINDOW -----------------------------------------------------------------------
@pytest.mark.parametrize(("gap", "finding"), [(1, False), (28, False), (29, True), (40, True)])
def test_screening_window(gap: int, finding: bool) -> None:
    screened = day(-gap)  # Day -N is N days before Day 1
    p = participant(consent_date=screened, screening=screening(date=screened))
    got = of(p, "SCREENING_WINDOW")
    assert [f.date for f in got] == ([DAY1] if finding else [])
    if finding:
        assert got[0].severity == Severity.MINOR
