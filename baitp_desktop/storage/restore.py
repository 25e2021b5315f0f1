"""Restoring the database from a backup file: check everything first, keep what was there.

Order, and why:
1. The backup file is copied (online backup API, read-only on the file) to a private
   staging file; nothing ever writes into the file a person handed us.
2. The staging copy is checked like `baitp check --full`: SQLite's integrity_check, the
   schema (a backup from an older release is upgraded on the copy; one from a newer
   release or another program is refused), the foreign keys and the audit trail's hash
   chain against the data. Any failure stops here, with the current database untouched.
3. The current database, if there is one, is copied to `<name>.before-restore-<time>`
   next to it (even when it is damaged: then byte for byte), so a restore never loses
   anything.
4. The checked copy is written into the current file with the online backup API, which
   takes SQLite's write lock and keeps the file's identity, so another open window sees
   the restored data (or waits) instead of writing into a replaced file.

A database server is restored with the server's own tools (pg_restore), not here.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from baitp_desktop.i18n import tr
from baitp_desktop.storage.database import BUSY_TIMEOUT_MS, Database, resolve_location
from baitp_desktop.storage.errors import SchemaError, StorageError
from baitp_desktop.storage.integrity import CheckResult, run_checks
from baitp_desktop.storage.schema import ensure_schema, head_revision, schema_revision

_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class RestoreReport:
    source: Path
    revision: str | None  # the backup's schema revision as found
    upgraded: bool  # the backup was from an older release and was upgraded
    checks: tuple[CheckResult, ...]
    target: Path | None = None  # None: checked only
    kept_copy: Path | None = None  # where the replaced database went


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _sqlite_copy(source: Path, target: Path, read_only: bool = True) -> None:
    """Page-by-page consistent copy of an SQLite file into `target` (created or overwritten)."""
    uri = f"file:{source}?mode=ro" if read_only else f"file:{source}"
    origin = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        destination = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            origin.backup(destination)
        finally:
            destination.close()
    finally:
        origin.close()


def _integrity_problems(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        lines = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(10)")]
    finally:
        connection.close()
    return [] if lines == ["ok"] else lines


def _refuse(source: Path, detail: str) -> StorageError:
    return StorageError(
        tr(
            "Storage",
            "{source} cannot be restored: {detail}. Nothing was changed; choose another backup.",
        ).format(source=source, detail=detail)
    )


def check_backup_file(source: Path, staging: Path) -> RestoreReport:
    """Copy `source` to `staging` and check the copy; raises StorageError if unusable."""
    source = Path(source)
    if not source.is_file():
        raise _refuse(source, tr("Storage", "no such file"))
    with open(source, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise _refuse(source, tr("Storage", "it is not an SQLite database file"))
    try:
        _sqlite_copy(source, staging)
        problems = _integrity_problems(staging)
    except sqlite3.Error as exc:
        raise _refuse(source, str(exc)) from exc
    if problems:
        detail = tr("Storage", "SQLite's integrity check failed ({problems})")
        raise _refuse(source, detail.format(problems="; ".join(problems[:3])))
    database = Database(resolve_location(staging))
    try:
        revision = schema_revision(database)
        try:
            ensure_schema(database)
        except SchemaError as exc:
            raise _refuse(source, str(exc).replace(str(staging), source.name)) from exc
        checks = tuple(run_checks(database, full=True))
    except (DBAPIError, sqlite3.Error) as exc:
        raise _refuse(source, str(getattr(exc, "orig", exc))) from exc
    finally:
        database.dispose()
    failed = [c for c in checks if not c.ok]
    if failed:
        detail = "; ".join(f"{c.name}: {c.detail}" for c in failed)
        raise _refuse(source, detail)
    return RestoreReport(source, revision, revision != head_revision(), checks)


def _keep_current(target: Path) -> Path:
    """Copy the current database next to itself before it is replaced; the copy's path."""
    kept = target.with_name(f"{target.stem}.before-restore-{_stamp()}{target.suffix}")
    try:
        _sqlite_copy(target, kept)
    except sqlite3.Error:
        # Damaged beyond SQLite's reading: keep the bytes as they are, side files too.
        kept.unlink(missing_ok=True)
        shutil.copy2(target, kept)
        for side in _SIDE_FILES:
            extra = target.with_name(target.name + side)
            if extra.exists():
                shutil.copy2(extra, kept.with_name(kept.name + side))
    return kept


def _write_into(staging: Path, target: Path) -> None:
    """Put the checked copy in place: into the live file if it can be read, else a new file."""
    if target.exists():
        try:
            _sqlite_copy(staging, target, read_only=False)
            return
        except sqlite3.DatabaseError:
            # The current file is not a readable database (it was kept byte for byte).
            for side in ("", *_SIDE_FILES):
                target.with_name(target.name + side).unlink(missing_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copy2(staging, partial)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)


def restore_database(
    source: Path, location: str | os.PathLike[str] | None, check_only: bool = False
) -> RestoreReport:
    """Check `source`, then (unless `check_only`) restore it into the database at `location`."""
    url = resolve_location(location)
    target_database = Database(url)
    target = target_database.path
    name = target_database.display_name
    target_database.dispose()
    if target is None and not check_only:
        raise StorageError(
            tr(
                "Storage",
                "{name} is a database server: restore it with the server's tools (pg_restore) "
                "from a pg_dump. `baitp restore` restores SQLite database files.",
            ).format(name=name)
        )
    with tempfile.TemporaryDirectory(prefix="baitp-restore-") as folder:
        staging = Path(folder) / "staging.sqlite"
        report = check_backup_file(Path(source), staging)
        if check_only or target is None:
            return report
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            kept = _keep_current(target) if target.exists() else None
            _write_into(staging, target)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                tr(
                    "Storage",
                    "Could not restore into {target}: {detail}. Close baitp-desktop on every "
                    "workstation using it and try again.",
                ).format(target=target, detail=exc)
            ) from exc
    return RestoreReport(
        report.source, report.revision, report.upgraded, report.checks, target, kept
    )
