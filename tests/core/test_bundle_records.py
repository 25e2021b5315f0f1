"""The record lists of a bundle follow the form declarations: the keys an item may and must
have, how each value is read and checked, and the order a bundle is written in."""

from __future__ import annotations

from typing import Any

import pytest

from baitp_desktop.core.bundle_records import BUNDLE_1_LISTS, LISTED_KINDS, item_keys
from baitp_desktop.core.crf_forms import AE, DOSE, RESCUE
from baitp_desktop.core.forms import RecordKind
from tests.core.test_core_bundle2 import V2, load, problems, read


def with_list(key: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    document = load(V2)
    document["participants"][0][key] = rows
    return document


def test_every_bundle_list_is_a_declared_kind() -> None:
    assert [kind.attribute for kind in LISTED_KINDS] == list(BUNDLE_1_LISTS)


@pytest.mark.parametrize("kind", LISTED_KINDS, ids=lambda k: k.kind)
def test_an_item_has_the_declared_entry_fields_required_as_declared(kind: RecordKind) -> None:
    keys = item_keys(kind)
    assert set(keys) == set(kind.entry_names)  # never an assigned number
    assert {name for name, required in keys.items() if required} == {
        spec.name for spec in kind.entry_fields if spec.required
    }


def test_a_missing_required_key_and_an_unknown_key_are_named() -> None:
    rows = [{"date": "2022-09-01"}, {"date": "2022-09-02", "therapy": "IVIG", "dose": 1}]
    found = problems(with_list("rescue", rows))
    pid = load(V2)["participants"][0]["participant_id"]
    assert (pid, "rescue[0] (2022-09-01)", "therapy") in found
    assert (pid, "rescue[1] (2022-09-02)", "dose") in found


def test_a_dose_taken_without_mg_is_refused_at_the_dose() -> None:
    rows = [{"date": "2022-07-13", "taken": True}]
    [(_, record, _)] = [p for p in problems(with_list("doses", rows)) if p[2] == "dose_mg"]
    assert record == "doses[0] (2022-07-13)"


def test_the_declared_checks_across_fields_apply() -> None:
    ae = {
        "term": "Headache",
        "grade": 1,
        "onset": "2022-08-05",
        "resolved": "2022-08-01",
        "serious": False,
    }
    found = problems(with_list("adverse_events", [ae]))
    assert any(record == "adverse_events[0]" and field == "resolved" for _, record, field in found)


def test_required_text_is_trimmed_and_numbered_records_keep_their_order() -> None:
    rows = [
        {"date": "2022-09-05", "therapy": "  Platelet transfusion "},
        {"date": "2022-09-01", "therapy": "IVIG"},
    ]
    [person] = read(with_list("rescue", rows))
    assert [(r.number, r.therapy) for r in person.rescue] == [
        (1, "Platelet transfusion"),
        (2, "IVIG"),
    ]
    assert RESCUE.numbered and AE.numbered and not DOSE.numbered
