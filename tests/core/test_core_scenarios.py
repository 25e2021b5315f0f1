"""Scenario acceptance at core level: the shared bundles give exactly the expected findings
and endpoints (compared as (participant_id, code, date) sets and as endpoint dicts)."""

from __future__ import annotations

import filecmp
import json
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core import bundle, compute_endpoints, default_config, validate_study

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "scenarios"  # /work/shared/scenarios

BUNDLES = sorted(p for p in SCENARIOS.glob("*.json") if not p.name.endswith(".expected.json"))


def test_scenarios_are_present() -> None:
    assert len(BUNDLES) >= 6
    for path in BUNDLES:
        assert path.with_name(path.stem + ".expected.json").is_file(), path.name


@pytest.mark.parametrize("path", BUNDLES, ids=[p.stem for p in BUNDLES])
def test_scenario(path: Path) -> None:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    document = json.loads(path.read_text("utf-8"))
    participants = bundle.read_bundle(document, default_config(), date.today())
    as_of = date.fromisoformat(expected["as_of"])

    found = validate_study(participants, as_of)
    got = {(f.participant_id, f.code, f.date.isoformat()) for f in found}
    want = {(f["participant_id"], f["code"], f["date"]) for f in expected["findings"]}
    assert sorted(got - want) == [], "unexpected findings"
    assert sorted(want - got) == [], "missing findings"
    # one finding per rule per day: no duplicates hidden by the set comparison
    assert len(found) == len(expected["findings"])
    assert [f.sort_key[:3] for f in found] == sorted(f.sort_key[:3] for f in found)

    endpoints = [compute_endpoints(p).to_json() for p in participants]
    assert endpoints == expected["endpoints"]


def test_scenario_copies_match_shared() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present")
    shared = sorted(p.name for p in SHARED.glob("*.json"))
    local = sorted(p.name for p in SCENARIOS.glob("*.json"))
    assert local == shared, "tests/data/scenarios is out of sync with the shared scenarios"
    for name in shared:
        assert filecmp.cmp(SHARED / name, SCENARIOS / name, shallow=False), name
