"""Simplified Chinese is complete: every user-visible string has a translation that formats.

Three independent nets:
1. the extractor (scripts/update_translations.py) over the source: every literal
   tr()/tr_noop() string and protocol.toml label has a finished zh_CN translation with the
   same {placeholders} (a missing one would make `.format()` raise in Chinese only);
2. an AST scan of the GUI and report code for text handed to Qt or reportlab without tr();
3. at run time, the strings the validator, the endpoints and the visit schedule actually
   ask for over a demo study (dynamic ones too: lab and visit names from protocol.toml)
   are all in the catalogue.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from baitp_desktop import i18n
from baitp_desktop.core.config import default_config
from baitp_desktop.core.endpoints import compute_endpoints
from baitp_desktop.core.validator import validate_study
from baitp_desktop.core.visits import visit_label
from baitp_desktop.demo import generate_study

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
from literal_check import find_bypasses  # noqa: E402

# Technical text that reads the same in every language.
ALLOWED_LITERALS = {
    "BAITP-NNN",  # the participant id pattern (placeholder of the id field)
}


def _load_extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


extractor = _load_extractor()


@pytest.fixture(scope="module")
def extraction() -> object:
    return extractor.extract(ROOT)


@pytest.fixture(scope="module")
def zh_entries() -> dict[tuple[str, str], object]:
    return extractor.read_catalogue(extractor.catalogue_path("zh_CN"))


def _report(problems: list[object], what: str) -> str:
    listed = "\n".join(f"  {p}" for p in problems[:200])
    return (
        f"{len(problems)} {what}:\n{listed}\n"
        "Run `.venv/bin/python scripts/update_translations.py --export-todo todo.json`, "
        "translate, then `--import todo.json`."
    )


def test_every_string_has_a_finished_chinese_translation(extraction, zh_entries) -> None:
    missing = [
        p
        for p in extractor.problems(extraction, zh_entries)
        if p.reason == "no finished translation"
    ]
    assert not missing, _report(missing, "strings without a finished zh_CN translation")


def test_translations_keep_every_placeholder(extraction, zh_entries) -> None:
    mismatched = [
        p for p in extractor.problems(extraction, zh_entries) if p.reason.startswith("placeh")
    ]
    assert not mismatched, _report(mismatched, "translations whose {fields} differ")


def test_the_extractor_sees_code_and_protocol_labels(extraction) -> None:
    keys = set(extraction.messages)
    assert ("Main", "BAITP CRF") in keys  # gui/app.py
    assert ("Vocabulary", "Petechiae, ecchymoses, mild bleeding") in keys  # tr_noop table
    assert ("Lab", "ALT") in keys and ("Visit", "Week 8") in keys  # protocol.toml
    assert len(keys) > 500


def test_no_code_uses_qts_own_tr(extraction) -> None:
    assert not extraction.qt_tr, "\n".join(map(str, extraction.qt_tr))


def test_no_user_visible_literal_bypasses_tr() -> None:
    bypasses = [
        bypass
        for folder in ("gui", "reports")
        for path in sorted((ROOT / "baitp_desktop" / folder).rglob("*.py"))
        for bypass in find_bypasses(path, ROOT)
        if bypass.text not in ALLOWED_LITERALS
    ]
    assert not bypasses, _report(bypasses, "literals shown without tr()")


def test_the_literal_scan_catches_bare_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Platelet count')\n"
        "button.setText(f'Save {n} rows')\n"
        "view.setHeaderLabels([tr('X', 'Date'), 'Grade'])\n"
        "box.addItem(tr('X', 'All'), 'all')\n"
        "title.setText('<b>' + tr('X', 'Visit') + '</b>')\n",
        encoding="utf-8",
    )
    found = {b.text for b in find_bypasses(sample, tmp_path)}
    assert found == {"Platelet count", "f'Save {n} rows'", "Grade"}


class _Recorder(dict):
    """A catalogue that remembers every (context, text) asked for and not found."""

    def __init__(self, real: dict[tuple[str, str], str]) -> None:
        super().__init__(real)
        self.missing: set[tuple[str, str]] = set()

    def get(self, key, default=None):  # type: ignore[override]
        if key not in self:
            self.missing.add(key)
        return super().get(key, default)


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Recorder]:
    recorder = _Recorder(i18n.catalogue("zh_CN"))
    real: Callable[[str], dict[tuple[str, str], str]] = i18n.catalogue
    monkeypatch.setattr(
        i18n, "catalogue", lambda language: recorder if language == "zh_CN" else real(language)
    )
    with i18n.language_scope("zh_CN"):
        yield recorder


def test_findings_endpoints_and_visits_of_a_study_are_all_translated(recording) -> None:
    config = default_config()
    today = date(2026, 6, 30)
    participants = generate_study(35, 2207, today=today)
    findings = validate_study(participants, today, config)
    assert {f.code for f in findings} >= {"MISSED_VISIT", "INELIGIBLE_LAB"}
    for participant in participants:
        compute_endpoints(participant, config)
    names = [visit_label(v) for v in config.visits]
    messages = [f.message for f in findings]

    missing = sorted(recording.missing)
    assert not missing, _report(missing, "strings asked for at run time")
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in m) for m in messages if m)
    assert "第 8 周" in names


def test_lrelease_compiles_the_catalogue(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "")
    if not lrelease.is_file():
        pytest.skip("pyside6-lrelease is not installed")
    result = subprocess.run(
        [str(lrelease), str(extractor.catalogue_path("zh_CN")), "-qm", str(tmp_path / "x.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "0 unfinished" in result.stdout, result.stdout
    assert (tmp_path / "x.qm").stat().st_size > 10_000
