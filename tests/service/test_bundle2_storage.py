"""A `baitp-bundle/2` import stores every record it reads (nothing reported as imported and
then lost); a `/1` file still imports as before; the export writes every `/2` key back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from baitp_desktop.core.bundle import BUNDLE_FORMAT, read_bundle, write_bundle
from baitp_desktop.core.bundle_forms import FORM_KEYS
from baitp_desktop.core.config import default_config
from baitp_desktop.core.records import PANEL_FIELDS, Participant
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.audit import verify
from tests.conftest import SCENARIOS

TODAY = date(2023, 6, 1)
V2 = sorted(p for p in SCENARIOS.glob("bundle2/*.json") if not p.name.endswith("expected.json"))


def _read(path: Path) -> list[Participant]:
    return read_bundle(json.loads(path.read_text("utf-8")), default_config(), TODAY)


def _import(path: Path, participants: list[Participant]) -> StudyService:
    service = StudyService(open_database(path, daily_backup=False), today=lambda: TODAY)
    service.import_participants(participants)
    return service


@pytest.mark.parametrize("bundle", V2, ids=lambda p: p.stem)
def test_every_record_of_a_v2_bundle_is_stored(bundle: Path, tmp_path: Path) -> None:
    source = _read(bundle)
    assert any(p.lab_panels and p.questionnaires and p.medications for p in source)
    service = _import(tmp_path / "site.sqlite", source)
    try:
        stored = service.participants()
        assert stored == source  # every form, every value (record ids take no part)
        for kept, read in zip(stored, source, strict=True):
            for panel_kept, panel_read in zip(kept.lab_panels, read.lab_panels, strict=True):
                digits = [
                    (str(panel_kept.value(k)), str(panel_read.value(k))) for k in PANEL_FIELDS
                ]
                assert all(kept_text == read_text for kept_text, read_text in digits)
        with service.database.read_session() as session:
            assert verify(session).problem is None
    finally:
        service.database.dispose()


def test_export_import_export_keeps_every_v2_record(tmp_path: Path) -> None:
    source = [p for path in V2 for p in _read(path)]
    first = _import(tmp_path / "first.sqlite", source)
    exported = write_bundle(first.participants())
    first.database.dispose()
    assert exported["format"] == BUNDLE_FORMAT
    for participant in exported["participants"]:
        assert set(FORM_KEYS) <= set(participant)
    assert sum(len(p["explanations"]) for p in exported["participants"]) >= 1
    again = read_bundle(json.loads(json.dumps(exported)), default_config(), TODAY)
    second = _import(tmp_path / "second.sqlite", again)
    try:
        assert write_bundle(second.participants())["participants"] == exported["participants"]
    finally:
        second.database.dispose()


def test_a_v1_bundle_imports_unchanged(tmp_path: Path) -> None:
    source = _read(SCENARIOS / "01_clean.json")
    service = _import(tmp_path / "site.sqlite", source)
    try:
        [stored] = service.participants()
        assert stored == source[0]
        assert stored.itp_history is None and stored.lab_panels == () == stored.explanations
        written = write_bundle([stored])["participants"][0]
        assert written["itp_history"] is None and written["medications"] == []
    finally:
        service.database.dispose()
