"""Bad bundles are refused as a whole: exit 2, a message naming participant, record and field,
and the database exactly as it was."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SCENARIOS

CLEAN = json.loads((SCENARIOS / "01_clean.json").read_text("utf-8"))


def _bundle(mutate: Any) -> dict[str, Any]:
    document = copy.deepcopy(CLEAN)
    second = copy.deepcopy(document["participants"][0])
    second["participant_id"] = "BAITP-002"
    document["participants"].append(second)
    mutate(document["participants"][1])
    return document


def _set(path: list[Any], value: Any) -> Any:
    def mutate(p: dict[str, Any]) -> None:
        target = p
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _delete(path: list[Any]) -> Any:
    def mutate(p: dict[str, Any]) -> None:
        target = p
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


CASES = {
    "per-µL count": (
        _set(["platelet_counts", 2, "value"], 45000),
        ["platelet_counts[2]", "value", "per µL"],
    ),
    "negative count": (_set(["platelet_counts", 0, "value"], -1), ["platelet_counts[0]", "value"]),
    "WHO grade 5": (_set(["bleeding", 1, "who_grade"], 5), ["bleeding[1]", "who_grade"]),
    "CTCAE grade 0": (
        _set(
            ["adverse_events"],
            [
                {
                    "term": "Nausea",
                    "grade": 0,
                    "onset": "2022-08-01",
                    "resolved": None,
                    "serious": False,
                    "relationship": "possible",
                    "action": "none",
                    "outcome": "recovered",
                    "aware_date": None,
                    "reported_date": None,
                }
            ],
        ),
        ["adverse_events[0]", "grade"],
    ),
    "bad id": (_set(["participant_id"], "BAITP-2"), ["participant_id", "BAITP-2"]),
    "duplicate id": (_set(["participant_id"], "BAITP-001"), ["BAITP-001", "duplicate"]),
    "unparsable date": (_set(["doses", 3, "date"], "2022-02-30"), ["doses[3]", "date"]),
    "future date": (
        _set(["platelet_counts", 1, "date"], "2999-01-01"),
        ["platelet_counts[1]", "future"],
    ),
    "unknown field": (_set(["favourite_colour"], "blue"), ["favourite_colour", "unknown field"]),
    "missing field": (_delete(["consent_date"]), ["consent_date", "missing"]),
    "missing lab": (_delete(["screening", "labs", "egfr"]), ["screening.labs", "egfr"]),
    "second diary entry": (
        lambda p: p["doses"].append(
            {"date": p["doses"][0]["date"], "taken": False, "dose_mg": None}
        ),
        ["doses", "date", "same day"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_bundle_refused_and_database_unchanged(case: str, tmp_path: Path, baitp) -> None:
    mutate, expected_words = CASES[case]
    db = str(tmp_path / "site.sqlite")
    existing = tmp_path / "existing.json"
    other = copy.deepcopy(CLEAN)
    other["participants"][0]["participant_id"] = "BAITP-099"
    existing.write_text(json.dumps(other), "utf-8")
    baitp("import", str(existing), "--db", db, check=True)
    before = baitp("export", "--format", "json", "-o", str(tmp_path / "before.json"), "--db", db)
    assert before.returncode == 0

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_bundle(mutate)), "utf-8")
    result = baitp("import", str(bad), "--db", db)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    if case not in ("duplicate id", "bad id"):
        assert "BAITP-002" in result.stderr
    for word in expected_words:
        assert word in result.stderr, (word, result.stderr)
    baitp("export", "--format", "json", "-o", str(tmp_path / "after.json"), "--db", db, check=True)
    assert (tmp_path / "after.json").read_text("utf-8") == (tmp_path / "before.json").read_text(
        "utf-8"
    )


def test_not_json_and_missing_file(tmp_path: Path, baitp) -> None:
    db = str(tmp_path / "site.sqlite")
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", "utf-8")
    result = baitp("import", str(garbage), "--db", db)
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    result = baitp("import", str(tmp_path / "nowhere.json"), "--db", db)
    assert result.returncode == 2 and "not found" in result.stderr


def test_reimport_is_refused_not_overwritten(tmp_path: Path, baitp) -> None:
    db = str(tmp_path / "site.sqlite")
    bundle = str(SCENARIOS / "01_clean.json")
    baitp("import", bundle, "--db", db, check=True)
    result = baitp("import", bundle, "--db", db)
    assert result.returncode == 2
    assert "BAITP-001" in result.stderr and "already in this database" in result.stderr


def test_bad_as_of_is_an_argument_error(tmp_path: Path, baitp) -> None:
    result = baitp("validate", "--db", str(tmp_path / "x.sqlite"), "--as-of", "31/01/2023")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
