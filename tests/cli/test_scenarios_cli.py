"""The shared example bundles through the real command line, exactly as a site would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.core.scenario_expectations import covered, covered_codes, endpoint_mismatches

# The /1 scenarios and the /2 ones (ITP history, medications, labs, questionnaires, explained
# findings) in bundle2/.
BUNDLES = sorted(
    (p for p in [*SCENARIOS.glob("*.json"), *SCENARIOS.glob("bundle2/*.json")]
     if not p.name.endswith(".expected.json")),
    key=lambda p: p.name,
)  # fmt: skip


@pytest.mark.parametrize("bundle", BUNDLES, ids=lambda p: p.stem)
def test_scenario_through_cli(bundle: Path, tmp_path: Path, baitp) -> None:
    expected = json.loads(bundle.with_name(bundle.stem + ".expected.json").read_text("utf-8"))
    db = str(tmp_path / "site.sqlite")
    baitp("import", str(bundle), "--db", db, check=True)

    validated = baitp("validate", "--db", db, "--as-of", expected["as_of"], "--json", check=True)
    findings = json.loads(validated.stdout)
    assert findings["as_of"] == expected["as_of"]
    codes = covered_codes(expected)
    got = covered(findings["findings"], codes)
    want = covered(expected["findings"], codes)
    assert sorted(got) == sorted(want)
    keys = [(f["participant_id"], f["date"], f["code"]) for f in findings["findings"]]
    assert keys == sorted(keys), "findings sorted by participant, date, code"
    for finding in findings["findings"]:
        assert finding["message"] and finding["record"] and finding["severity"] in {
            "major", "minor", "query"}  # fmt: skip
        assert "explained" in finding

    endpoints = json.loads(baitp("endpoints", "--db", db, "--json", check=True).stdout)
    assert endpoint_mismatches(endpoints["participants"], expected["endpoints"]) == []


def test_export_json_round_trips_with_import(tmp_path: Path, baitp) -> None:
    first = str(tmp_path / "first.sqlite")
    for bundle in BUNDLES:
        baitp("import", str(bundle), "--db", first, check=True)
    exported = tmp_path / "export.json"
    baitp("export", "--format", "json", "-o", str(exported), "--db", first, check=True)

    second = str(tmp_path / "second.sqlite")
    baitp("import", str(exported), "--db", second, check=True)
    again = tmp_path / "again.json"
    baitp("export", "--format", "json", "-o", str(again), "--db", second, check=True)
    first_doc, second_doc = (json.loads(p.read_text("utf-8")) for p in (exported, again))
    # the data round-trip; each database's audit trail is its own (the second starts with
    # an import entry naming the first file's head)
    assert first_doc["participants"] == second_doc["participants"]
    assert first_doc["format"] == second_doc["format"]
    # the import entry names the file's head, before any imported record (after the new
    # database's own identity entries)
    audit = second_doc["audit"]
    naming = [i for i, e in enumerate(audit) if e["new_value"] == first_doc["audit_head"]]
    first_record = next(i for i, e in enumerate(audit) if e["table_name"] == "participant")
    assert len(naming) == 1 and naming[0] < first_record
    assert len(second_doc["participants"]) == len(BUNDLES)
