"""Safety laboratory panels (PROTOCOL.md §11): every grading row at its threshold and one
unit each side, exact decimal multiples of the ULN, the unit checks, LAB_AE_NOT_RECORDED,
LAB_HOLD_IGNORED and the worst_lab_grades endpoint."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baitp_desktop.core.config import default_config
from baitp_desktop.core.entry_checks import check_lab, check_lab_pair
from baitp_desktop.core.labs import grade, worst_grades
from baitp_desktop.core.records import Participant, Sex
from tests.core.builders import (
    AS_OF,
    PANEL_DAYS,
    ae,
    dates,
    day,
    diary,
    endpoints,
    of,
    panel,
    participant,
)

CONFIG = default_config()
LABS = CONFIG.labs


def _grade(key: str, sex: Sex = Sex.FEMALE, **values: str) -> int | None:
    return grade(LABS.analyte(key), panel(day(10), **values), sex)


# -- the grading table, row by row ----------------------------------------------------------
@pytest.mark.parametrize(
    ("key", "field", "value", "expected"),
    [
        # hemoglobin (female LLN 12.0): < LLN 1, < 10.0 2, < 8.0 3
        ("anemia", "hemoglobin", "12.0", 0), ("anemia", "hemoglobin", "11.9", 1),
        ("anemia", "hemoglobin", "10.0", 1), ("anemia", "hemoglobin", "9.9", 2),
        ("anemia", "hemoglobin", "8.0", 2), ("anemia", "hemoglobin", "7.9", 3),
        ("anemia", "hemoglobin", "0", 3),
        # WBC (LLN 4000): < 3000 2, < 2000 3, < 1000 4
        ("wbc_decreased", "wbc", "4000", 0), ("wbc_decreased", "wbc", "3999", 1),
        ("wbc_decreased", "wbc", "3000", 1), ("wbc_decreased", "wbc", "2999", 2),
        ("wbc_decreased", "wbc", "2000", 2), ("wbc_decreased", "wbc", "1999", 3),
        ("wbc_decreased", "wbc", "1000", 3), ("wbc_decreased", "wbc", "999", 4),
        # ANC (LLN 1800): < 1500 2, < 1000 3, < 500 4
        ("neutrophils_decreased", "anc", "1800", 0), ("neutrophils_decreased", "anc", "1799", 1),
        ("neutrophils_decreased", "anc", "1500", 1), ("neutrophils_decreased", "anc", "1499", 2),
        ("neutrophils_decreased", "anc", "1000", 2), ("neutrophils_decreased", "anc", "999", 3),
        ("neutrophils_decreased", "anc", "500", 3), ("neutrophils_decreased", "anc", "499", 4),
        # lymphocytes (LLN 1000): < 800 2, < 500 3, < 200 4
        ("lymphocytes_decreased", "lymphocytes", "1000", 0),
        ("lymphocytes_decreased", "lymphocytes", "999", 1),
        ("lymphocytes_decreased", "lymphocytes", "800", 1),
        ("lymphocytes_decreased", "lymphocytes", "799", 2),
        ("lymphocytes_decreased", "lymphocytes", "500", 2),
        ("lymphocytes_decreased", "lymphocytes", "499", 3),
        ("lymphocytes_decreased", "lymphocytes", "200", 3),
        ("lymphocytes_decreased", "lymphocytes", "199", 4),
        # cholesterol (ULN 5.2): > ULN 1, > 7.75 2, > 10.34 3, > 12.92 4
        *[("cholesterol_high", "cholesterol", v, g) for v, g in (
            ("5.2", 0), ("5.21", 1), ("7.75", 1), ("7.76", 2), ("10.34", 2), ("10.35", 3),
            ("12.92", 3), ("12.93", 4))],
        # triglycerides: >= 1.71 1, > 3.42 2, > 5.7 3, > 11.4 4
        ("hypertriglyceridemia", "triglycerides", "1.70", 0),
        ("hypertriglyceridemia", "triglycerides", "1.71", 1),
        ("hypertriglyceridemia", "triglycerides", "3.42", 1),
        ("hypertriglyceridemia", "triglycerides", "3.43", 2),
        ("hypertriglyceridemia", "triglycerides", "5.7", 2),
        ("hypertriglyceridemia", "triglycerides", "5.71", 3),
        ("hypertriglyceridemia", "triglycerides", "11.4", 3),
        ("hypertriglyceridemia", "triglycerides", "11.41", 4),
    ],
)  # fmt: skip
def test_absolute_rows_at_and_beside_each_threshold(
    key: str, field: str, value: str, expected: int
) -> None:
    assert _grade(key, **{field: value}) == expected


@pytest.mark.parametrize(("value", "expected"), [("13.0", 0), ("12.9", 1), ("12.0", 1)])
def test_hemoglobin_lln_depends_on_sex(value: str, expected: int) -> None:
    assert _grade("anemia", Sex.MALE, hemoglobin=value) == expected


# ALT/AST: > ULN 1, > 3 ULN 2, > 5 ULN 3, > 20 ULN 4 (ULN 40)
_TRANSAMINASE = [("40", 0), ("40.1", 1), ("120", 1), ("120.1", 2), ("200", 2), ("200.1", 3),
                 ("800", 3), ("800.1", 4)]  # fmt: skip
# bilirubin: > ULN, > 1.5, > 3, > 10 ULN (ULN 20); creatinine: > ULN, 1.5, 3, 6 ULN (ULN 100)
_BILIRUBIN = [("20", 0), ("20.1", 1), ("30", 1), ("30.1", 2), ("60", 2), ("60.1", 3),
              ("200", 3), ("200.1", 4)]  # fmt: skip
_CREATININE = [("100", 0), ("101", 1), ("150", 1), ("151", 2), ("300", 2), ("301", 3),
               ("600", 3), ("601", 4)]  # fmt: skip


@pytest.mark.parametrize(
    ("key", "field", "uln", "value", "expected"),
    [("alt_increased", "alt", "40", v, g) for v, g in _TRANSAMINASE]
    + [("ast_increased", "ast", "40", v, g) for v, g in _TRANSAMINASE]
    + [("bilirubin_increased", "bilirubin", "20", v, g) for v, g in _BILIRUBIN]
    + [("creatinine_increased", "creatinine", "100", v, g) for v, g in _CREATININE],
)
def test_uln_rows_at_and_beside_each_multiple(
    key: str, field: str, uln: str, value: str, expected: int
) -> None:
    assert _grade(key, **{field: value, f"{field}_uln": uln}) == expected


def test_multiples_of_the_uln_are_exact_decimals() -> None:
    # 3 × 33.3 = 99.9 exactly: not above 3 × ULN (binary floats make it 99.89999999999999)
    assert 3 * 33.3 < 99.9
    assert _grade("alt_increased", alt="99.9", alt_uln="33.3") == 1
    assert _grade("alt_increased", alt="99.91", alt_uln="33.3") == 2
    # 1.5 × 1.1 = 1.65 exactly
    assert _grade("bilirubin_increased", bilirubin="1.65", bilirubin_uln="1.1") == 1
    assert _grade("bilirubin_increased", bilirubin="1.66", bilirubin_uln="1.1") == 2


def test_panels_keep_the_digits_as_entered() -> None:
    p = panel(day(10), alt=99.9, alt_uln=33.3)  # floats, as a JSON reader gives them
    assert (p.alt, p.alt_uln) == (Decimal("99.9"), Decimal("33.3"))


def test_not_measured_is_none_and_measured_normal_is_zero() -> None:
    assert _grade("anemia", hemoglobin=None) is None
    assert _grade("anemia", hemoglobin="14") == 0


@given(st.integers(0, 250), st.integers(0, 250))
def test_a_lower_hemoglobin_never_grades_lower(a: int, b: int) -> None:
    low, high = sorted((a, b))
    graded_low = _grade("anemia", hemoglobin=str(Decimal(low) / 10))
    graded_high = _grade("anemia", hemoglobin=str(Decimal(high) / 10))
    assert graded_low is not None and graded_high is not None and graded_low >= graded_high


# -- unit checks at the field and at import --------------------------------------------------
@pytest.mark.parametrize(
    ("field", "value", "refused", "hint"),
    [
        ("hemoglobin", "25", False, ""), ("hemoglobin", "25.1", True, "g/L"),
        ("hemoglobin", "121", True, "g/L"),
        ("wbc", "5600", False, ""), ("wbc", "5.6", True, "×10⁹/L"), ("anc", "3.1", True, "3100"),
        ("lymphocytes", "1500.5", True, "×10⁹/L"),
        ("cholesterol", "50", False, ""), ("cholesterol", "50.1", True, "mg/dL"),
        ("triglycerides", "100", False, ""), ("triglycerides", "150", True, "mg/dL"),
        ("alt", "-1", True, "negative"), ("alt", "0", False, ""),
        ("alt_uln", "0", True, "above 0"), ("creatinine_uln", "-5", True, "above 0"),
        ("creatinine_uln", "0.1", False, ""),
    ],
)  # fmt: skip
def test_unit_checks_name_the_likely_unit(field: str, value: str, refused: bool, hint: str) -> None:
    message = check_lab(field, Decimal(value), CONFIG)
    assert (message is not None) is refused
    if refused:
        assert message is not None and hint in message


def test_unit_checks_apply_to_screening_labs_typed_as_floats() -> None:
    assert check_lab("hemoglobin", 121.0, CONFIG) is not None
    assert check_lab("wbc", 5.6, CONFIG) is not None
    assert check_lab("egfr", 95.0, CONFIG) is None
    assert check_lab("hemoglobin", float("nan"), CONFIG) is not None


def test_a_value_and_its_uln_go_together() -> None:
    assert check_lab_pair(30, None) is not None
    assert check_lab_pair(None, 40) is not None
    assert check_lab_pair(None, None) is None and check_lab_pair(30, 40) is None


# -- LAB_AE_NOT_RECORDED ---------------------------------------------------------------------
def _severe(panel_day: int = 56, **kw: object) -> Participant:
    """The clean participant with an ANC of grade 3 on the panel of `panel_day`."""
    panels = tuple(
        panel(day(n), anc="850" if n == panel_day else "3100")
        for n in sorted({*PANEL_DAYS, panel_day})
    )
    return participant(lab_panels=panels, **kw)


def test_grade_3_without_its_ae_is_a_query_per_analyte_and_panel() -> None:
    got = of(_severe(), "LAB_AE_NOT_RECORDED")
    assert [(f.date, f.record) for f in got] == [(day(56), f"lab:{day(56)}:neutrophils_decreased")]
    assert "ANC 850" in got[0].message and "grade 3" in got[0].message


def test_grade_2_asks_nothing() -> None:
    p = participant(lab_panels=(panel(day(56), anc="1000"),))
    assert of(p, "LAB_AE_NOT_RECORDED") == []


@pytest.mark.parametrize(("as_of_offset", "raised"), [(7, False), (8, True)])
def test_waits_until_as_of_is_more_than_7_days_after_the_panel(
    as_of_offset: int, raised: bool
) -> None:
    got = dates(_severe(), "LAB_AE_NOT_RECORDED", as_of=day(56) + timedelta(as_of_offset))
    assert got == ([day(56)] if raised else [])


@pytest.mark.parametrize(
    ("onset", "resolved", "covered"),
    [
        (63, None, True),  # onset panel + 7
        (64, None, False),  # onset panel + 8
        (-30, None, True),  # long before, whatever its relation to Day 1
        (40, 56, True),  # resolved on the panel date
        (40, 55, False),  # resolved the day before
    ],
)
def test_an_ae_of_the_term_covers_the_panel(
    onset: int, resolved: int | None, covered: bool
) -> None:
    event = ae(3, day(onset), term="Neutrophil count decreased",
               resolved=None if resolved is None else day(resolved))  # fmt: skip
    p = _severe(adverse_events=(event,))
    assert (dates(p, "LAB_AE_NOT_RECORDED") == []) is covered


def test_the_ae_term_is_compared_normalised_but_not_as_a_substring() -> None:
    spelled = ae(3, day(56), term="  NEUTROPHIL\u3000count decreased ")
    assert dates(_severe(adverse_events=(spelled,)), "LAB_AE_NOT_RECORDED") == []
    longer = ae(3, day(56), term="Neutrophil count decreased (febrile)")
    assert dates(_severe(adverse_events=(longer,)), "LAB_AE_NOT_RECORDED") == [day(56)]


def test_an_ae_resolved_after_as_of_is_still_ongoing_then() -> None:
    event = ae(3, day(50), term="Neutrophil count decreased", resolved=day(80))
    p = _severe(adverse_events=(event,))
    assert dates(p, "LAB_AE_NOT_RECORDED", as_of=day(70)) == []


@pytest.mark.parametrize(
    ("panel_day", "raised"), [(-1, False), (1, True), (175, True), (176, False)]
)
def test_panels_from_day_1_through_day_175(panel_day: int, raised: bool) -> None:
    got = dates(_severe(panel_day), "LAB_AE_NOT_RECORDED", as_of=day(250))
    assert got == ([day(panel_day)] if raised else [])


def test_no_lab_finding_without_day_1() -> None:
    p = _severe(first_dose_date=None, doses=())
    assert dates(p, "LAB_AE_NOT_RECORDED") == [] and dates(p, "LAB_HOLD_IGNORED") == []


# -- LAB_HOLD_IGNORED ------------------------------------------------------------------------
def _held(recovery: int | None, doses: tuple[int, int] = (1, 168), **low: str) -> Participant:
    """A panel on Day 50 under a hold threshold, normal panels only from `recovery` on."""
    values = low or {"anc": "999"}
    panels = [panel(day(1)), panel(day(50), **values)]
    if recovery is not None:
        panels.append(panel(day(recovery)))
    return participant(lab_panels=tuple(panels), doses=diary(*doses))


@pytest.mark.parametrize("low", [{"anc": "999"}, {"lymphocytes": "499"}, {"hemoglobin": "7.9"}])
def test_a_dose_after_a_hold_panel_is_major(low: dict[str, str]) -> None:
    got = of(_held(60, **low), "LAB_HOLD_IGNORED")
    assert [(f.date, f.record, f.severity.value) for f in got] == [
        (day(50), f"lab:{day(50)}", "major")
    ]


@pytest.mark.parametrize(
    "at_threshold", [{"anc": "1000"}, {"lymphocytes": "500"}, {"hemoglobin": "8.0"}]
)
def test_values_at_the_threshold_do_not_hold(at_threshold: dict[str, str]) -> None:
    assert of(_held(60, **at_threshold), "LAB_HOLD_IGNORED") == []


def test_doses_up_to_the_recovery_panel_count_its_own_date_does_not() -> None:
    # doses only on Days 1-50 and on the recovery day itself: nothing ignored
    assert dates(_held(60, doses=(1, 50)), "LAB_HOLD_IGNORED") == []
    recovery_day_only = replace(_held(60, doses=(1, 50)), doses=(*diary(1, 50), *diary(60, 60)))
    assert dates(recovery_day_only, "LAB_HOLD_IGNORED") == []
    # the day after the panel is a dose while on hold
    assert dates(_held(60, doses=(1, 51)), "LAB_HOLD_IGNORED") == [day(50)]
    assert dates(_held(51, doses=(1, 51)), "LAB_HOLD_IGNORED") == []


def test_without_a_recovery_panel_any_later_dose_counts() -> None:
    assert dates(_held(None, doses=(1, 51)), "LAB_HOLD_IGNORED") == [day(50)]


def test_recovery_needs_all_three_present_and_at_or_above() -> None:
    incomplete = panel(day(55), anc=None)
    p = _held(60, doses=(1, 58))
    p = replace(p, lab_panels=(*p.lab_panels, incomplete))
    assert dates(p, "LAB_HOLD_IGNORED") == [day(50)]
    recovered = replace(p, lab_panels=(panel(day(1)), panel(day(50), anc="999"), panel(day(55))))
    assert dates(recovered, "LAB_HOLD_IGNORED", as_of=day(56)) == [day(50)]  # dose Day 51-54
    early = replace(recovered, doses=(*diary(1, 50), *diary(55, 58)))
    assert dates(early, "LAB_HOLD_IGNORED") == []


@pytest.mark.parametrize(("panel_day", "raised"), [(168, True), (169, False)])
def test_hold_panels_from_day_1_through_day_168(panel_day: int, raised: bool) -> None:
    p = participant(lab_panels=(panel(day(panel_day), anc="999"),), doses=diary(1, 175))
    assert dates(p, "LAB_HOLD_IGNORED", as_of=day(250)) == ([day(panel_day)] if raised else [])


def test_a_recovery_panel_after_as_of_does_not_exist_yet() -> None:
    p = _held(60, doses=(1, 70))
    assert dates(p, "LAB_HOLD_IGNORED", as_of=day(50)) == []  # no dose known after the panel
    assert dates(p, "LAB_HOLD_IGNORED", as_of=day(51)) == [day(50)]


# -- worst_lab_grades ------------------------------------------------------------------------
def test_worst_lab_grades_over_day_1_through_168() -> None:
    panels = (
        panel(day(-2), anc="400"),  # before Day 1: not counted
        panel(day(28), anc="1400", cholesterol=None),
        panel(day(56), anc="900", cholesterol=None),
        panel(day(169), anc="100", cholesterol=None),  # after Day 168: not counted
    )
    worst = endpoints(participant(lab_panels=panels)).worst_lab_grades
    assert worst is not None
    assert worst["neutrophils_decreased"] == 3
    assert worst["cholesterol_high"] is None  # never measured Day 1-168
    assert list(worst) == [a.key for a in LABS.analytes]


def test_worst_grades_function_keeps_every_key() -> None:
    assert worst_grades([], Sex.MALE, LABS) == dict.fromkeys((a.key for a in LABS.analytes), None)


def test_default_as_of_sees_every_lab_finding() -> None:
    assert of(_severe(), "LAB_HOLD_IGNORED", as_of=AS_OF)
