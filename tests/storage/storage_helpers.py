"""Helpers of the storage tests (imported by name, like tests/robustness's helpers)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import Participant

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = date(2026, 11, 24)


def scenario_participants(*names: str) -> list[Participant]:
    """Participants of the shared scenario bundles (all six when no name is given)."""
    files = [DATA / "scenarios" / f"{n}.json" for n in names] or sorted(
        p for p in (DATA / "scenarios").glob("*.json") if not p.name.endswith(".expected.json")
    )
    out: list[Participant] = []
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        out += read_bundle(document, default_config(), TODAY)
    return out
