"""The start-up check (and the full one in the background), `baitp check`, and where messages
point for the latest backup."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from baitp_desktop.cli.main import run as run_cli
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database
from baitp_desktop.storage.database import WritesRefused
from baitp_desktop.storage.failures import backup_advice, latest_backup
from baitp_desktop.storage.integrity import run_checks
from tests.robustness.environment import (
    assert_clean_refusal,
    bundle_file,
    damage,
    make_study,
    run_baitp,
)
from tests.robustness.robustness_writer import generated_participants


def test_check_on_a_sound_database(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site")
    quick = run_baitp(tmp_path, "--db", path, "check")
    assert quick.returncode == 0, quick.stderr
    assert "file integrity: ok" in quick.stdout and "schema version" in quick.stdout
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run_cli(["--db", str(path), "check", "--full", "--json"]) == 0
    report = json.loads(out.getvalue())
    assert report["ok"] is True and report["database"] == str(path)
    assert [c["ok"] for c in report["checks"]] == [True, True, True, True]
    assert report["latest_backup"] == str(latest_backup(path))


def test_full_check_finds_an_edit_made_outside_the_application(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site")
    connection = sqlite3.connect(path)
    connection.execute("update platelet_count set value = value + 1 where id = 1")
    connection.commit()
    connection.close()
    database = open_database(path)  # the quick check cannot see this: the file is sound
    try:
        results = {r.name: r for r in run_checks(database, full=True)}
    finally:
        database.dispose()
    assert not results["audit trail"].ok
    assert "platelet_count record 1" in results["audit trail"].detail
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run_cli(["--db", str(path), "check", "--full"]) == 1
    assert "FAILED  audit trail" in out.getvalue()


def test_check_reports_a_damaged_file_instead_of_refusing_it(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site", participants=6)
    damage(path, [0.4, 0.6])
    result = run_baitp(tmp_path, "--db", path, "check", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False and not report["checks"][0]["ok"]


def test_latest_backup_is_the_newest_of_this_database(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    path.write_bytes(b"x")
    assert latest_backup(path) is None
    assert str(tmp_path / "backups") in backup_advice(path)
    folder = tmp_path / "backups"
    folder.mkdir()
    older = folder / "study-daily-2026-01-01.sqlite"
    newer = folder / "study-daily-2026-01-02.sqlite"
    other = folder / "demo-daily-2026-01-03.sqlite"  # another database's backup
    partial = folder / "study-daily-2026-01-04.sqlite.partial"  # never finished
    upgrade = tmp_path / "study.before-upgrade-0001-20251231T000000Z.sqlite"
    junk = folder / "study-copy.sqlite"  # newest of all, but no database
    sound = make_study(tmp_path / "sound").read_bytes()
    for age, file in enumerate([junk, other, partial, newer, upgrade, older]):
        file.write_bytes(b"SQLite format 3\x00" + b"junk" * 100 if file == junk else sound)
        os.utime(file, (1_000_000 - age * 1000, 1_000_000 - age * 1000))
    assert latest_backup(path) == newer
    newer.unlink()
    assert latest_backup(path) == upgrade
    assert str(upgrade) in backup_advice(path)


def test_the_application_refuses_a_damaged_file_before_any_entry(tmp_path: Path) -> None:
    """The GUI's start-up (headless check mode) stops at the message, exit 3."""
    path = make_study(tmp_path / "site", participants=6)
    damage(path, [0.4, 0.6])
    result = run_baitp(tmp_path, "--db", path, "gui", "--quit-after-ms", "100")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "damaged" in result.stderr and str(latest_backup(path)) in result.stderr
    assert "Traceback" not in result.stderr and "main window shown" not in result.stdout


def _damage_an_index(path: Path) -> None:
    """Make an index disagree with its table: SQLite's quick check does not look."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_count_participant ON "
            "platelet_count (participant_pk, value)' WHERE name = 'ix_count_participant'"
        )
        connection.commit()
    finally:
        connection.close()


def test_a_damaged_index_refuses_saving_after_the_background_check(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site")
    _damage_an_index(path)
    assert page_problems_of(path, "quick_check") == []  # the start-up check sees nothing
    database = open_database(path)
    try:
        assert database.write_refusal(wait=True) is not None  # waits for the full check
        with pytest.raises(WritesRefused) as refused:
            StudyService(database).import_participants(generated_participants(["BAITP-009"], 1))
        assert "ix_count_participant" in str(refused.value) and str(path) in str(refused.value)
        assert "BAITP-009" not in StudyService(database).participant_ids()  # reading works
    finally:
        database.dispose()
    result = run_baitp(tmp_path, "--db", path, "import", bundle_file(tmp_path, 20))
    assert_clean_refusal(result, "ix_count_participant", "damaged")


def page_problems_of(path: Path, pragma: str) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows
