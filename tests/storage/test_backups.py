"""Backups (online, while a writer runs), the daily rotation, and restore."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from baitp_desktop.core.bundle import write_bundle
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.storage import Database, StorageError, open_database
from baitp_desktop.storage.audit import verify
from baitp_desktop.storage.backup import backup_to
from baitp_desktop.storage.database import resolve_location
from baitp_desktop.storage.restore import RestoreReport, restore_database
from baitp_desktop.storage.rotation import (
    daily_backup_path,
    daily_backups,
    days_to_keep,
    make_daily_backup,
)
from tests.storage.storage_helpers import DATA, scenario_participants

NURSE = Actor("nurse.li", "Li Na", "nurse")
ADMIN_PASSWORD = "admin-pass-1"


def restore_as_admin(backup: Path, path: Path) -> RestoreReport:
    """The storage-level restore, recorded as done by the administrator `site.admin`."""
    return restore_database(backup, path, restorer=lambda _checked: "site.admin")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _study(path: Path, *scenarios: str) -> Database:
    database = open_database(path, daily_backup=False)
    StudyService(database, NURSE).import_participants(scenario_participants(*scenarios))
    return database


def _check_copy(path: Path) -> tuple[int, str]:
    """(audit entries, bundle JSON) of a database file, after SQLite's integrity check."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    database = Database(resolve_location(path))
    try:
        with database.read_session() as session:
            result = verify(session)
        assert result.problem is None
        return result.entries_checked, str(write_bundle(StudyService(database).participants()))
    finally:
        database.dispose()


# -- online backup --------------------------------------------------------------------------
def test_backup_while_a_writer_is_running_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    _study(path, "01_clean").dispose()
    stop = threading.Event()
    saves: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        database = open_database(path, daily_backup=False)
        try:
            service = StudyService(database, NURSE)
            record_id = service.participant("BAITP-001").platelet_counts[3].record_id
            value = 100.0
            while not stop.is_set() and len(saves) < 2000:
                value += 1
                service.apply(
                    "BAITP-001",
                    [Upsert("count", {"value": value}, record_id)],
                    reason="Re-read",
                )
                saves.append(1)
        except BaseException as exc:  # reported by the assertion below
            failures.append(exc)
        finally:
            database.dispose()

    thread = threading.Thread(target=writer)
    thread.start()
    reader = open_database(path, daily_backup=False)
    copies: list[tuple[int, int]] = []
    try:
        for n in range(4):
            while len(saves) < 5 * (n + 1) and thread.is_alive():
                stop.wait(0.01)
            before = len(saves)
            copy = backup_to(reader, tmp_path / f"copy-{n}.sqlite")
            copies.append((before, _check_copy(copy)[0]))
    finally:
        stop.set()
        thread.join(timeout=120)
        reader.dispose()
    assert not failures
    entries = [entries for _, entries in copies]
    assert entries == sorted(entries) and entries[0] < entries[-1]  # writes went on between
    assert copies[-1][0] > copies[0][0]


# -- daily rotation -------------------------------------------------------------------------
def test_first_open_of_the_day_makes_one_backup(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    _study(path, "01_clean").dispose()
    first = open_database(path)
    first.dispose()
    assert first.daily_backup == daily_backup_path(path, date.today())
    assert first.backup_warning is None
    second = open_database(path)
    second.dispose()
    assert second.daily_backup is None
    assert list(daily_backups(path).values()) == [first.daily_backup]
    assert _check_copy(first.daily_backup)[0] > 0


def test_an_empty_database_is_not_backed_up(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite")
    database.dispose()
    assert database.daily_backup is None
    # The folder holds the anchor log (storage/anchors.py), and no copy of the database.
    assert [p.name for p in (tmp_path / "backups").iterdir()] == ["baitp-anchors.log"]


@pytest.mark.parametrize("weekdays_only", [False, True])
def test_rotation_keeps_the_last_7_days_and_4_weeks(tmp_path: Path, weekdays_only: bool) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean")
    (tmp_path / "backups").mkdir(exist_ok=True)  # opening wrote the anchor log there
    keepsake = tmp_path / "backups" / "before-the-audit.sqlite"
    keepsake.write_bytes(b"a copy somebody made by hand")
    opened: list[date] = []
    try:
        day = date(2026, 9, 1)
        for _ in range(60):
            if not (weekdays_only and day.weekday() >= 5):
                make_daily_backup(database, today=day)
                opened.append(day)
            day += timedelta(days=1)
    finally:
        database.dispose()
    kept = sorted(daily_backups(path))
    assert kept == sorted(days_to_keep(opened))
    assert kept[-7:] == opened[-7:]
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) == 4
    older = [d for d in kept if d not in opened[-7:]]
    assert older and all(d.isocalendar()[:2] != opened[-1].isocalendar()[:2] for d in older)
    for d in older:  # each older one is the first backup of its week
        assert d == min(o for o in opened if o.isocalendar()[:2] == d.isocalendar()[:2])
    assert keepsake.read_bytes() == b"a copy somebody made by hand"


def test_an_existing_backup_is_never_written_over(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean")
    try:
        today = date(2026, 11, 24)
        made = make_daily_backup(database, today=today).made
        assert made is not None
        before = _digest(made)
        StudyService(database, NURSE).apply(
            "BAITP-001",
            [Upsert("rescue", {"date": date(2022, 9, 1), "therapy": "IVIG"})],
        )
        assert make_daily_backup(database, today=today).made is None
        assert _digest(made) == before
        with pytest.raises(StorageError, match="already exists"):
            backup_to(database, made)
        assert _digest(made) == before
    finally:
        database.dispose()


def test_a_failing_backup_does_not_stop_the_day_nor_prune(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean")
    try:
        old = make_daily_backup(database, today=date(2026, 1, 5)).made
    finally:
        database.dispose()
    assert old is not None
    target = daily_backup_path(path, date.today())
    target.mkdir()  # a folder where today's file should go: the backup cannot be made
    reopened = open_database(path)
    try:
        assert reopened.daily_backup is None
        assert reopened.backup_warning is not None and str(target) in reopened.backup_warning
        assert StudyService(reopened).participant_ids() == ["BAITP-001"]
    finally:
        reopened.dispose()
    assert old.exists()


# -- restore --------------------------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_what_was_there(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean", "05_severe_ae")
    backup = backup_to(database, tmp_path / "monday.sqlite")
    StudyService(database, NURSE).apply(
        "BAITP-001", [Upsert("rescue", {"date": date(2022, 9, 1), "therapy": "IVIG"})]
    )
    database.dispose()
    wanted = _check_copy(backup)
    replaced = _check_copy(path)
    backup_digest = _digest(backup)

    report = restore_as_admin(backup, path)

    assert report.target == path and report.kept_copy is not None
    assert report.kept_copy.parent == tmp_path and "before-restore" in report.kept_copy.name
    assert not report.upgraded and all(check.ok for check in report.checks)
    entries, data = _check_copy(path)
    assert (entries, data) == (wanted[0] + 1, wanted[1])  # the backup's trail + the restore
    assert _check_copy(report.kept_copy) == replaced
    database = open_database(path, daily_backup=False)
    try:
        restore = StudyService(database).history()[-1]
    finally:
        database.dispose()
    assert (restore.username, restore.action, restore.field) == ("site.admin", "restore", "backup")
    assert restore.new_value == f"monday.sqlite sha256 {backup_digest}"
    assert report.replaced_head is not None and restore.old_value == report.replaced_head.line()
    assert _digest(backup) == backup_digest  # the backup file itself is never written


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean")
    backup = backup_to(database, tmp_path / "backup.sqlite")
    database.dispose()
    data = bytearray(backup.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # scramble every page after the schema
        data[offset + 100 : offset + 400] = bytes(range(256)) + bytes(44)
    backup.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(StorageError) as refused:
        restore_as_admin(backup, path)
    assert str(backup) in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert _digest(path) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_restore_refuses_a_backup_whose_data_was_edited_outside_the_app(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean")
    backup = backup_to(database, tmp_path / "backup.sqlite")
    database.dispose()
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE platelet_count SET value = 999 WHERE id = 3")
    connection.close()
    before = _digest(path)
    with pytest.raises(StorageError, match="audit trail"):
        restore_as_admin(backup, path)
    assert _digest(path) == before


def test_restore_refuses_a_newer_or_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    _study(path, "01_clean").dispose()
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(DATA / "schema_0001.sqlite", newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    foreign = tmp_path / "photos.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE album (id INTEGER PRIMARY KEY)")
    connection.close()
    before = _digest(path)
    with pytest.raises(StorageError, match="newer version"):
        restore_as_admin(newer, path)
    with pytest.raises(StorageError, match="not a baitp-desktop database"):
        restore_as_admin(foreign, path)
    with pytest.raises(StorageError, match="not an SQLite"):
        restore_as_admin(DATA / "schema_0001.md", path)
    assert _digest(path) == before


def test_restore_of_an_old_release_backup_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "new-site.sqlite"
    report = restore_as_admin(DATA / "schema_0001.sqlite", path)
    assert report.upgraded and report.revision == "0001" and report.kept_copy is None
    database = open_database(path, daily_backup=False)
    try:
        assert database.upgrade_copy is None  # restored at head already
        assert StudyService(database).participant_ids() == ["BAITP-001", "BAITP-002", "BAITP-005"]
    finally:
        database.dispose()


def test_restore_replaces_a_damaged_database_and_keeps_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "study.sqlite"
    database = _study(path, "01_clean")
    backup = backup_to(database, tmp_path / "backup.sqlite")
    database.dispose()
    path.write_bytes(b"\x00" * 8192 + b"the disk ate this")
    damaged = _digest(path)
    report = restore_as_admin(backup, path)
    assert report.kept_copy is not None and _digest(report.kept_copy) == damaged
    entries, data = _check_copy(backup)
    assert _check_copy(path) == (entries + 1, data)
    assert report.replaced_head is None  # nothing could be read of the damaged file


@pytest.fixture
def admin_password(monkeypatch: pytest.MonkeyPatch) -> str:
    """The administrator's password for the `baitp` commands (requested before `baitp`)."""
    monkeypatch.setenv("BAITP_NEW_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("BAITP_PASSWORD", ADMIN_PASSWORD)
    return ADMIN_PASSWORD


def test_restore_command(
    tmp_path: Path, admin_password: str, baitp: Callable[..., CompletedProcess[str]]
) -> None:
    path = tmp_path / "study.sqlite"
    _study(path, "01_clean").dispose()
    baitp("--db", str(path), "user", "add", "site.admin", "--role", "admin", "--name", "Site Admin",
          check=True)  # fmt: skip
    backup = tmp_path / "backup.sqlite"
    baitp("--db", str(path), "backup", "-o", str(backup), check=True)
    checked = baitp("--db", str(path), "restore", "--check", str(backup), check=True)
    assert "audit trail" in checked.stdout and "nothing was changed" in checked.stdout
    assert not list(tmp_path.glob("*before-restore*"))
    unsigned = baitp("--db", str(path), "restore", str(backup))
    assert unsigned.returncode == 3 and "administrator" in unsigned.stderr
    assert not list(tmp_path.glob("*before-restore*"))
    done = baitp("--db", str(path), "--user", "site.admin", "restore", str(backup), check=True)
    assert "kept as" in done.stdout and "Restored" in done.stdout
    assert len(list(tmp_path.glob("study.before-restore-*.sqlite"))) == 1
    head = done.stdout.strip().splitlines()[-1]
    verified = baitp("--db", str(path), "verify", check=True)
    assert verified.stdout.strip().splitlines()[-1] == head
    refused = baitp("--db", str(path), "--user", "site.admin", "restore", str(tmp_path / "x.db"))
    assert refused.returncode == 3 and "no such file" in refused.stderr
