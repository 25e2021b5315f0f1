"""Finding pointers: every form INTERCHANGE.md lists reads and writes back exactly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baitp_desktop.core.dashboard import tab_for_record
from baitp_desktop.core.pointers import Pointer, diary, parse_pointer

CONTRACT_EXAMPLES = [
    ("screening:date", Pointer("screening", part="date")),
    ("screening:itp_history", Pointer("screening", part="itp_history")),
    ("first_dose", Pointer("first_dose")),
    ("dose:2022-09-02", Pointer("dose", first=date(2022, 9, 2))),
    ("count:2022-07-13", Pointer("count", first=date(2022, 7, 13))),
    (
        "diary:2022-08-01/2022-08-03",
        Pointer("diary", first=date(2022, 8, 1), last=date(2022, 8, 3)),
    ),
    ("visit:w8", Pointer("visit", part="w8")),
    ("ae:3", Pointer("ae", number=3)),
    ("rescue:12", Pointer("rescue", number=12)),
    (
        "medication:2015-01-01:amlodipine",
        Pointer("medication", first=date(2015, 1, 1), part="amlodipine"),
    ),
    ("lab:2022-07-13", Pointer("lab", first=date(2022, 7, 13))),
    ("lab:2022-07-13:alt", Pointer("lab", first=date(2022, 7, 13), part="alt")),
    ("qol:w12", Pointer("qol", part="w12")),
    ("questionnaire:2022-07-13", Pointer("questionnaire", first=date(2022, 7, 13))),
]


@pytest.mark.parametrize(("text", "pointer"), CONTRACT_EXAMPLES)
def test_every_contract_form_parses_and_prints_back(text: str, pointer: Pointer) -> None:
    assert parse_pointer(text) == pointer
    assert str(pointer) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "dose",
        "dose:",
        "dose:2022-13-01",
        "dose:20220902",
        "dose:2022-09-02:extra",
        "diary:2022-08-03/2022-08-01",
        "diary:2022-08-01",
        "ae:three",
        "ae:",
        "ae:３",
        "medication:2015-01-01",
        "lab:2022-07-13:",
        "visit:",
        "nonsense:1",
    ],
)
def test_text_that_is_no_pointer_is_none_not_an_error(text: str) -> None:
    assert parse_pointer(text) is None


def test_a_diary_run_covers_each_of_its_days() -> None:
    first = date(2022, 8, 30)
    pointer = parse_pointer("diary:2022-08-30/2022-09-02")
    assert pointer is not None
    assert pointer.days == [first + timedelta(days=n) for n in range(4)]
    assert parse_pointer("dose:2022-09-02") == Pointer("dose", first=date(2022, 9, 2))


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=400),
)
def test_diary_runs_round_trip(first: date, length: int) -> None:
    pointer = diary(first, first + timedelta(days=length))
    assert parse_pointer(str(pointer)) == pointer
    assert len(pointer.days) == length + 1


@given(
    st.sampled_from(["medication", "lab"]),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.text(min_size=1, max_size=30),
)
def test_named_parts_after_a_date_round_trip(kind: str, day: date, part: str) -> None:
    pointer = Pointer(kind, first=day, part=part)
    assert parse_pointer(str(pointer)) == pointer


@pytest.mark.parametrize(
    ("record", "tab"),
    [
        ("dose:2022-09-02", "diary"),
        ("decision:2022-09-02", "diary"),
        ("diary:2022-08-01/2022-08-03", "diary"),
        ("count:2022-07-13", "counts"),
        ("count:", "counts"),
        ("visit:w8", "counts"),
        ("bleeding:2022-07-13", "bleeding"),
        ("ae:1", "adverse_events"),
        ("rescue:1", "adverse_events"),
        ("screening:itp_history", "screening"),
        ("first_dose", "screening"),
    ],
)
def test_each_pointer_opens_the_tab_that_shows_it(record: str, tab: str) -> None:
    assert tab_for_record(record) == tab
