"""Scenario acceptance at core level: the shared bundles give exactly the expected findings
(for the codes each expectation covers) and endpoints, through the core bundle reader and
the validator (INTERCHANGE.md "Scenario expectations")."""

from __future__ import annotations

import filecmp
import json
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core import bundle, compute_endpoints, default_config, validate_study
from tests.core.scenario_expectations import covered, covered_codes, endpoint_mismatches

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"


def _shared_scenarios() -> Path | None:
    """/work/shared/scenarios, found from a checkout in /work/main or /work/wt/<name>."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "scenarios"
        if candidate.is_dir():
            return candidate
    return None


SHARED = _shared_scenarios()


def _bundles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".expected.json"))


BUNDLES = _bundles(SCENARIOS) + _bundles(SCENARIOS / "bundle2")


def test_scenarios_are_present() -> None:
    assert len(_bundles(SCENARIOS)) >= 6
    assert len(_bundles(SCENARIOS / "bundle2")) >= 2
    for path in BUNDLES:
        assert path.with_name(path.stem + ".expected.json").is_file(), path.name


@pytest.mark.parametrize("path", BUNDLES, ids=[p.stem for p in BUNDLES])
def test_scenario(path: Path) -> None:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    document = json.loads(path.read_text("utf-8"))
    participants = bundle.read_bundle(document, default_config(), date.today())
    as_of = date.fromisoformat(expected["as_of"])
    codes = covered_codes(expected)

    found = validate_study(participants, as_of)
    got = covered([f.to_json() for f in found], codes)
    want = covered(expected["findings"], codes)
    assert sorted(set(got) - set(want)) == [], "unexpected findings"
    assert sorted(set(want) - set(got)) == [], "missing findings"
    # one finding per rule per day: no duplicates hidden by the set comparison
    assert len(got) == len(want)
    assert [f.sort_key[:3] for f in found] == sorted(f.sort_key[:3] for f in found)

    endpoints = [compute_endpoints(p).to_json() for p in participants]
    assert endpoint_mismatches(endpoints, expected["endpoints"]) == []


def test_scenario_copies_match_shared() -> None:
    if SHARED is None:
        pytest.skip("the shared scenarios folder is not present")
    for shared, local in ((SHARED, SCENARIOS), (SHARED / "bundle2", SCENARIOS / "bundle2")):
        names = sorted(p.name for p in shared.glob("*.json"))
        assert sorted(p.name for p in local.glob("*.json")) == names, f"{local} is out of sync"
        for name in names:
            assert filecmp.cmp(shared / name, local / name, shallow=False), name
