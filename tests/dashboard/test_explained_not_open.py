"""An explained finding is not an open finding: the dashboard's "Open findings" leaves it out
(the findings panel lists it apart, PROTOCOL.md §13)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from baitp_desktop.core.records import Explanation
from baitp_desktop.core.validator import validate_study
from baitp_desktop.gui.dashboard import load_dashboard
from tests.gui.support_window import TODAY, make_service


def test_an_explained_finding_leaves_the_open_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(tmp_path / "study.sqlite", ["04_ineligible.json"])
    stored = service.participants()
    before = load_dashboard(service, TODAY).findings
    finding = validate_study(stored, TODAY, service.config)[0]
    assert finding in before
    why = Explanation(finding.code, finding.date, finding.record, "in hospital elsewhere")
    explained = [
        replace(p, explanations=(why,)) if p.participant_id == finding.participant_id else p
        for p in stored
    ]
    monkeypatch.setattr(service, "participants", lambda *_: explained)
    after = load_dashboard(service, TODAY).findings
    assert len(after) == len(before) - 1
    assert all(f.key != finding.key or f.participant_id != finding.participant_id for f in after)
