"""`baitp verify-export`: an exported JSON bundle or ODM file checked on its own (no database),
and `baitp import` checking the same before it stores anything."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.storage import open_database

from .conftest import PASSWORDS, PID, actor, sample_participant
from .test_cli import baitp


@pytest.fixture
def exported(db_file: Path, tmp_path: Path) -> dict[str, Path]:
    """The sample study with a signed Day 7 visit and a signed casebook, exported twice."""
    database = open_database(db_file, daily_backup=False)
    try:
        signing = SignatureService(database, actor("investigator"))
        signing.sign_visit(PID, "d7", PASSWORDS["investigator"])
        signing.sign_casebook(PID, PASSWORDS["investigator"])
    finally:
        database.dispose()
    files = {"json": tmp_path / "study.json", "odm": tmp_path / "study.odm.xml"}
    for kind, path in files.items():
        result = baitp(tmp_path, "--db", str(db_file), "export", "--format", kind, "-o", str(path))
        assert result.returncode == 0, result.stderr
    files["db"] = db_file
    return files


def _head(db_file: Path) -> tuple[str, int]:
    with sqlite3.connect(db_file) as connection:
        head, count = connection.execute(
            "SELECT (SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1), count(*) "
            "FROM audit_entry"
        ).fetchone()
    connection.close()
    return str(head), int(count)


def _edited(path: Path, change: Callable[[Any], None]) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    target = path.with_name("edited.json")
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


@pytest.mark.parametrize("kind", ["json", "odm"])
def test_an_untouched_export_verifies_without_the_database(
    exported: dict[str, Path], tmp_path: Path, kind: str
) -> None:
    head, count = _head(exported["db"])
    exported["db"].unlink()  # nothing but the file itself
    result = baitp(tmp_path, "verify-export", str(exported[kind]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Export intact" in result.stdout and "2 signatures checked" in result.stdout
    assert result.stdout.splitlines()[-1] == f"head {head} entries {count}"


def _first_count(document: Any) -> None:
    document["participants"][0]["platelet_counts"][1]["value"] = 46


def _an_audit_entry(document: Any) -> None:
    document["audit"][4]["reason"] = "Rewritten afterwards"


def _a_signature(document: Any) -> None:
    document["signatures"][0]["printed_name"] = "Someone Else"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_first_count, "BAITP-001 platelet_counts[1].value: the file says 46, the audit trail 45"),
        (_an_audit_entry, "audit entry 5 ("),
        (_a_signature, "signature 1, printed_name: the file says 'Someone Else'"),
    ],
)
def test_an_edited_bundle_fails_naming_what_changed(
    exported: dict[str, Path],
    tmp_path: Path,
    change: Callable[[Any], None],
    named: str,
) -> None:
    result = baitp(tmp_path, "verify-export", str(_edited(exported["json"], change)))
    assert result.returncode == 1, result.stdout
    assert f"BROKEN: {named}" in result.stdout


@pytest.mark.parametrize(
    ("pattern", "replacement", "named"),
    [
        (
            r'(IT\.LB\.LBORRES" Value=)"45"',
            r'\1"46"',
            "BAITP-001 SE.D7 IG.LB",
        ),
        (r'("new_value": ")ZXH', r"\1ZZZ", "was altered after it was written"),
        (r'("printed_name": ")Dr Ivan', r"\1Mr Ivan", "signature "),
    ],
)
def test_an_edited_odm_file_fails_naming_what_changed(
    exported: dict[str, Path], tmp_path: Path, pattern: str, replacement: str, named: str
) -> None:
    text = exported["odm"].read_text(encoding="utf-8")
    edited, count = re.subn(pattern, replacement, text, count=1)
    assert count == 1, pattern
    target = tmp_path / "edited.odm.xml"
    target.write_text(edited, encoding="utf-8")
    result = baitp(tmp_path, "verify-export", str(target))
    assert result.returncode == 1, result.stdout
    assert "BROKEN: " in result.stdout and named in result.stdout


def test_a_file_without_an_audit_chain_has_nothing_to_verify(tmp_path: Path) -> None:
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(write_bundle([sample_participant()])), encoding="utf-8")
    result = baitp(tmp_path, "verify-export", str(plain))
    assert result.returncode == 1
    assert "nothing to verify" in result.stdout
    for bad, message in ((tmp_path / "missing.json", "file not found"), (tmp_path, "folder")):
        refused = baitp(tmp_path, "verify-export", str(bad))
        assert refused.returncode == 2 and message in refused.stderr


def test_import_checks_the_evidence_and_names_the_files_head(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    head, _count = _head(exported["db"])
    tampered = _edited(exported["json"], _first_count)
    target = tmp_path / "site-b.sqlite"
    refused = baitp(tmp_path, "--db", str(target), "import", str(tampered))
    assert refused.returncode == 2
    assert "do not verify, so nothing was imported" in refused.stderr
    result = baitp(tmp_path, "--db", str(target), "import", str(exported["json"]))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as connection:
        first = connection.execute(
            # the first entry after the new database's own identity (app_setting) entries
            "SELECT table_name, field, new_value FROM audit_entry "
            "WHERE table_name != 'app_setting' ORDER BY id LIMIT 1"
        ).fetchone()
        participants = connection.execute("SELECT count(*) FROM participant").fetchone()[0]
    connection.close()
    assert first == ("import", "audit_head", head) and participants == 1
    again = tmp_path / "again.json"
    assert baitp(tmp_path, "--db", str(target), "export", "--format", "json", "-o", str(again))
    assert (
        json.loads(again.read_text(encoding="utf-8"))["participants"]
        == json.loads(exported["json"].read_text(encoding="utf-8"))["participants"]
    )
