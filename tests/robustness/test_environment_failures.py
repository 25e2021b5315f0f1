"""Broken environments: each gives a message naming the file and what to do (with the
latest backup), never a traceback; nothing saved before is lost; no backup is touched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.exc import IntegrityError, OperationalError

from baitp_desktop.drafts import Draft, DraftError, DraftStore
from baitp_desktop.service import StudyService
from baitp_desktop.service.changes import Upsert
from baitp_desktop.storage import SchemaError, open_database
from baitp_desktop.storage import database as database_module
from baitp_desktop.storage.failures import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseMissing,
    DiskFull,
    ReadOnlyStorage,
    StorageUnavailable,
    classify,
    latest_backup,
    translate,
)
from tests.robustness.environment import (
    assert_backups_kept,
    assert_clean_refusal,
    bundle_file,
    damage,
    fill_disk,
    fingerprints,
    make_study,
    participant_ids,
    run_baitp,
    small_disk,
)
from tests.robustness.robustness_helpers import audit_problem, integrity

COUNT = Upsert("count", {"date": date(2023, 1, 5), "value": 77.0})


def _backup_name(path: Path) -> str:
    backup = latest_backup(path)
    assert backup is not None and backup.parent == path.parent / "backups"
    return str(backup)


# -- disk full ------------------------------------------------------------------------------
def test_disk_full_on_a_real_small_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = make_study(disk / "site")
        backups = fingerprints(disk / "site" / "backups")
        before = participant_ids(path)
        database = open_database(path)  # a window that was open when the disk filled up
        service = StudyService(database)
        try:
            service.apply("BAITP-001", [COUNT])
            filler = fill_disk(disk)

            big = Upsert("rescue", {"date": COUNT.values["date"], "therapy": "x" * 200})
            with pytest.raises(DiskFull) as full:
                for _ in range(2000):  # fill any space left in the WAL's pages
                    service.apply("BAITP-001", [big])
            message = str(full.value)
            assert str(path) in message and "full" in message and _backup_name(path) in message

            imported = run_baitp(disk, "--db", path, "import", bundle_file(tmp_path, 50))
            assert_clean_refusal(imported, str(path), "full")
            with pytest.raises(DraftError) as no_draft:
                DraftStore(str(path), root=disk / "drafts").save(
                    Draft("nurse", "BAITP-001", "counts", {"value": "45"})
                )
            assert "save the form now" in str(no_draft.value)

            filler.unlink()
            version = service.apply("BAITP-001", [COUNT])  # works again once space is freed
            assert version > 1
        finally:
            database.dispose()
        assert integrity(path) == "ok"
        assert audit_problem(path) is None
        assert participant_ids(path) == before
        assert_backups_kept(backups, disk / "site" / "backups")


def test_disk_full_import_is_all_or_nothing(tmp_path: Path) -> None:
    """Without a small disk: SQLite's page limit gives the same SQLITE_FULL everywhere."""
    path = make_study(tmp_path / "site")
    database = open_database(path)
    with database.engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    database.dispose()

    @event.listens_for(database.engine, "connect")
    def limit(connection, _record):  # type: ignore[no-untyped-def]
        connection.execute(f"PRAGMA max_page_count={pages + 2}")

    try:
        participants = StudyService(database).participants()[:1]
        newcomers = [replace(participants[0], participant_id="BAITP-060")]
        with pytest.raises(DiskFull) as full:
            StudyService(database).import_participants(newcomers)
        assert str(path) in str(full.value)
        assert "BAITP-060" not in StudyService(database).participant_ids()
    finally:
        database.dispose()
    assert integrity(path) == "ok"


# -- read-only ------------------------------------------------------------------------------
def test_read_only_database_file(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site")
    backups = fingerprints(tmp_path / "site" / "backups")
    path.chmod(0o444)
    try:
        bundle = bundle_file(tmp_path, 70)
        result = run_baitp(tmp_path, "--db", path, "import", bundle, unprivileged_run=True)
        assert_clean_refusal(result, str(path), "cannot be written", _backup_name(path))
        read = run_baitp(tmp_path, "--db", path, "validate", unprivileged_run=True)
        assert read.returncode == 0, read.stderr  # reading a read-only file still works
    finally:
        path.chmod(0o644)
    assert participant_ids(path) == ["BAITP-001", "BAITP-002", "BAITP-003"]
    assert_backups_kept(backups, tmp_path / "site" / "backups")


def test_read_only_folder(tmp_path: Path) -> None:
    """SQLite cannot create its side files there: the file is opened read-only, so that
    reading, `verify` and exports work, and saving is refused with the reason."""
    site = tmp_path / "site"
    path = make_study(site)
    backups = fingerprints(site / "backups")
    site.chmod(0o555)
    try:
        for args in (("validate",), ("verify",), ("export", "--format", "json", "-o",
                                                   tmp_path / "export.json")):  # fmt: skip
            read = run_baitp(tmp_path, "--db", path, *args, unprivileged_run=True)
            assert read.returncode == 0, (args, read.stdout, read.stderr)
        assert "BAITP-003" in (tmp_path / "export.json").read_text(encoding="utf-8")
        result = run_baitp(
            tmp_path, "--db", path, "import", bundle_file(tmp_path, 80), unprivileged_run=True
        )
        assert_clean_refusal(result, str(path), "read-only", str(site))
    finally:
        site.chmod(0o755)
    assert participant_ids(path) == ["BAITP-001", "BAITP-002", "BAITP-003"]
    assert_backups_kept(backups, site / "backups")


# -- deleted or replaced while open ---------------------------------------------------------
def test_database_deleted_while_open(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site")
    database = open_database(path)
    service = StudyService(database)
    try:
        service.apply("BAITP-001", [COUNT])
        path.unlink()
        with pytest.raises(DatabaseMissing) as missing:
            service.apply("BAITP-002", [COUNT])
        assert str(path) in str(missing.value) and _backup_name(path) in str(missing.value)
        with pytest.raises(DatabaseMissing):
            service.participants()
        assert not path.exists(), "a new, empty database was created in its place"
    finally:
        database.dispose()


def test_database_replaced_while_open_is_not_written_over(tmp_path: Path) -> None:
    path = make_study(tmp_path / "site")
    database = open_database(path)
    service = StudyService(database)
    try:
        service.apply("BAITP-001", [COUNT])
        replacement = tmp_path / "restored.sqlite"
        shutil.copyfile(latest_backup(path) or "", replacement)
        os.replace(replacement, path)  # someone restores a backup while the window is open
        restored = fingerprints(path.parent)[path.name]
        with pytest.raises(DatabaseMissing) as replaced:
            service.apply("BAITP-002", [COUNT])
        assert "replaced" in str(replaced.value) and str(path) in str(replaced.value)
    finally:
        database.dispose()
    assert fingerprints(path.parent)[path.name] == restored
    assert integrity(path) == "ok"


# -- damaged files --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "how",
    ["bytes overwritten", "truncated copy", "header overwritten"],
)
def test_damaged_file_is_refused_before_use(tmp_path: Path, how: str) -> None:
    path = make_study(tmp_path / "site", participants=6)
    backups = fingerprints(path.parent / "backups")
    if how == "bytes overwritten":
        damage(path, [0.3, 0.5, 0.7])
    elif how == "truncated copy":
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size * 6 // 10 // 4096 * 4096)
    else:
        damage(path, [0.0], length=16)

    result = run_baitp(tmp_path, "--db", path, "validate")
    if how == "header overwritten":
        assert_clean_refusal(result, str(path), "not an SQLite file", _backup_name(path))
        with pytest.raises(SchemaError):
            open_database(path)
    else:
        assert_clean_refusal(result, str(path), "damaged", _backup_name(path))
        with pytest.raises(DatabaseCorrupt):
            open_database(path)
    # No backup was made of the damaged file, none was changed.
    assert_backups_kept(backups, path.parent / "backups", new_allowed=False)


# -- locked ---------------------------------------------------------------------------------
def test_lock_held_too_long_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_study(tmp_path / "site")
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    database = open_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # e.g. a stuck second window
        with pytest.raises(DatabaseBusy) as busy:
            StudyService(database).apply("BAITP-001", [COUNT])
        assert str(path) in str(busy.value) and "locked" in str(busy.value)
        holder.execute("ROLLBACK")
        assert StudyService(database).apply("BAITP-001", [COUNT]) == 2
    finally:
        holder.close()
        database.dispose()


# -- what stays a bug -----------------------------------------------------------------------
def test_our_bugs_are_not_disguised_as_environment_problems(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "x.sqlite")
    connection.execute("create table t (x integer not null unique)")
    connection.execute("insert into t values (1)")
    with pytest.raises(sqlite3.IntegrityError) as constraint:
        connection.execute("insert into t values (1)")
    with pytest.raises(sqlite3.OperationalError) as bad_sql:
        connection.execute("select nothing from nowhere")
    connection.close()
    assert classify(constraint.value) is None
    assert classify(IntegrityError("insert", {}, constraint.value)) is None
    assert classify(bad_sql.value) is None  # "no such table": our schema, our bug
    assert classify(OSError(28, "No space left on device")) is DiskFull
    assert classify(IntegrityError("insert", {}, Exception("duplicate key"))) is None
    assert classify(PermissionError(13, "Permission denied")) is ReadOnlyStorage


def test_an_unreachable_server_is_the_environments_fault() -> None:
    engine = create_engine("postgresql+psycopg://baitp:secret@127.0.0.1:1/baitp")
    try:
        with pytest.raises(OperationalError) as refused:
            engine.connect()
    finally:
        engine.dispose()
    error = translate(refused.value, "postgresql+psycopg://baitp:***@127.0.0.1:1/baitp", None)
    assert isinstance(error, StorageUnavailable)
    assert "cannot be reached" in str(error) and "secret" not in str(error)
