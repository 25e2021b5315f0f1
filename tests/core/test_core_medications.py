"""Prior and concomitant medications (PROTOCOL.md §10): name matching, the two lists in the
configuration, the treatment-period overlap at its boundaries, the finding's date and record."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baitp_desktop.core.config import ConfigError, default_config
from baitp_desktop.core.forms_config import MedicationCategory, parse_medication_lists
from baitp_desktop.core.names import normalise_name, same_name
from tests.core.builders import (
    dates,
    day,
    discontinued,
    interrupt,
    medication,
    of,
    participant,
    resume,
)

CONFIG = default_config()


# -- name normalisation ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("ＡＳＰＩＲＩＮ", "aspirin"),  # full-width letters (NFKC)
        ("  Aspirin ", "aspirin"),  # trimmed
        ("warfarin\u3000sodium", "warfarin sodium"),  # ideographic space
        ("warfarin\u00a0 \tsodium", "warfarin sodium"),  # no-break space + runs collapse
        ("Straße", "STRASSE"),  # full case folding: ß -> ss
        ("托法替布", "托法替布"),
    ],
)
def test_names_equal_after_normalisation(typed: str, listed: str) -> None:
    assert same_name(typed, listed)


@pytest.mark.parametrize("typed", ["Aspirin 100 mg", "aspirin-c", "low-dose aspirin", "aspiri"])
def test_a_name_containing_a_listed_one_is_another_name(typed: str) -> None:
    assert CONFIG.medications.match(typed) is None


@given(st.text(max_size=30))
def test_normalisation_is_idempotent(name: str) -> None:
    once = normalise_name(name)
    assert normalise_name(once) == once
    assert once == once.strip() and "  " not in once


def test_listed_synonyms_match_their_generic() -> None:
    for typed, generic, category in [
        ("Xeljanz", "tofacitinib", MedicationCategory.PROHIBITED),
        ("jakavi", "ruxolitinib", MedicationCategory.PROHIBITED),
        ("FluMist", "live attenuated influenza vaccine", MedicationCategory.PROHIBITED),
        ("Bacillus Calmette-Guérin vaccine", "BCG vaccine", MedicationCategory.PROHIBITED),
        ("acetylsalicylic acid", "aspirin", MedicationCategory.CAUTION),
        ("达比加群", "dabigatran", MedicationCategory.CAUTION),
    ]:
        listed = CONFIG.medications.match(typed)
        assert listed is not None and (listed.name, listed.category) == (generic, category)


# -- the configuration -----------------------------------------------------------------------
def _lists(prohibited: list[dict[str, object]], caution: list[dict[str, object]]) -> object:
    return parse_medication_lists({"prohibited": prohibited, "caution": caution})


@pytest.mark.parametrize(
    ("prohibited", "caution"),
    [
        ([{"name": "tofacitinib"}, {"name": "Tofacitinib"}], []),  # a name twice
        ([{"name": "a", "synonyms": ["x"]}, {"name": "b", "synonyms": ["Ｘ"]}], []),  # a synonym
        ([{"name": "aspirin"}], [{"name": "ASA", "synonyms": ["aspirin"]}]),  # on both lists
        ([{"name": "a", "synonyms": ["a"]}], []),  # a synonym equal to its own name
        ([{"name": " "}], []),
    ],
)
def test_a_name_twice_or_on_both_lists_is_refused(
    prohibited: list[dict[str, object]], caution: list[dict[str, object]]
) -> None:
    with pytest.raises(ConfigError):
        _lists(prohibited, caution)


def test_the_shipped_lists_are_the_protocols() -> None:
    by_category = {
        category: [d.name for d in CONFIG.medications.drugs if d.category == category]
        for category in MedicationCategory
    }
    assert len(by_category[MedicationCategory.PROHIBITED]) == 15
    assert by_category[MedicationCategory.CAUTION][:3] == ["warfarin", "heparin", "enoxaparin"]
    assert len(by_category[MedicationCategory.CAUTION]) == 13


# -- the treatment-period overlap ------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "stop", "found_on"),
    [
        (168, None, 168),  # starts on Day 168: inside
        (169, None, None),  # starts on Day 169: outside (doses may go on to Day 175)
        (-30, -1, None),  # stopped the day before Day 1 ("Day 0" does not exist)
        (-30, 1, 1),  # stopped on Day 1: overlaps, dated Day 1
        (-30, None, 1),  # ongoing since before Day 1: dated Day 1
        (20, 25, 20),  # inside: dated at its start
    ],
)
def test_overlap_with_day_1_through_day_168(
    start: int, stop: int | None, found_on: int | None
) -> None:
    m = medication("aspirin", day(start), None if stop is None else day(stop))
    got = dates(participant(medications=(m,)), "CAUTION_MEDICATION", as_of=day(250))
    assert got == ([] if found_on is None else [day(found_on)])


@pytest.mark.parametrize(("start", "raised"), [(49, True), (50, True), (51, False)])
def test_discontinuation_ends_the_treatment_period(start: int, raised: bool) -> None:
    p = participant(
        doses=(), discontinuation=discontinued(day(50)),
        medications=(medication("Xeljanz", day(start)),),
    )  # fmt: skip
    assert dates(p, "PROHIBITED_MEDICATION") == ([day(start)] if raised else [])


def test_discontinued_before_day_1_leaves_no_treatment_period() -> None:
    p = participant(discontinuation=discontinued(day(-1)),
                    medications=(medication("Xeljanz", day(-10)),))  # fmt: skip
    assert of(p, "PROHIBITED_MEDICATION") == []


def test_interruptions_stay_inside_the_treatment_period() -> None:
    p = participant(dosing_decisions=(interrupt(30), resume(60)), doses=(),
                    medications=(medication("Xeljanz", day(40), day(45)),))  # fmt: skip
    assert dates(p, "PROHIBITED_MEDICATION") == [day(40)]


def test_record_severity_and_message() -> None:
    p = participant(medications=(
        medication("  ＸＥＬＪＡＮＺ ", day(10), day(12)), medication("heparin sodium", day(20)),
        medication("Aspirin 100 mg", day(30)), medication("Amlodipine", day(-300)),
    ))  # fmt: skip
    prohibited = of(p, "PROHIBITED_MEDICATION")
    caution = of(p, "CAUTION_MEDICATION")
    assert [(f.record, f.severity.value) for f in prohibited] == [
        (f"medication:{day(10)}:xeljanz", "major")
    ]
    assert [(f.record, f.severity.value) for f in caution] == [
        (f"medication:{day(20)}:heparin sodium", "query")
    ]
    assert "tofacitinib" in prohibited[0].message and "heparin" in caution[0].message


def test_without_day_1_no_medication_finding() -> None:
    p = participant(first_dose_date=None, medications=(medication("Xeljanz", day(10)),))
    assert of(p, "PROHIBITED_MEDICATION") == []


@pytest.mark.parametrize(("as_of_day", "raised"), [(39, False), (40, True), (41, True)])
def test_a_medication_exists_from_its_start_date(as_of_day: int, raised: bool) -> None:
    p = participant(medications=(medication("Xeljanz", day(40)),))
    assert dates(p, "PROHIBITED_MEDICATION", as_of=day(as_of_day)) == ([day(40)] if raised else [])
