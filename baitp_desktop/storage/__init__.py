"""Storage: SQLAlchemy models, the SQLite/PostgreSQL setup, schema versions, the audit trail."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from baitp_desktop.i18n import tr
from baitp_desktop.storage.database import Database, resolve_location
from baitp_desktop.storage.errors import SchemaError, StorageError
from baitp_desktop.storage.failures import backup_advice
from baitp_desktop.storage.integrity import startup_check
from baitp_desktop.storage.schema import ensure_schema

__all__ = ["Database", "SchemaError", "StorageError", "open_database"]


def open_database(
    location: str | os.PathLike[str] | None = None, check: bool = True, daily_backup: bool = True
) -> Database:
    """Open (creating or upgrading as needed) the database named by --db / BAITP_DB / default.

    With `check`, a damaged file is refused (PRAGMA quick_check, storage/integrity.py)
    before its schema is read or upgraded, so nobody enters data into it. With
    `daily_backup`, the first open of the day copies the file to `backups/`
    (storage/rotation.py); a failure there is logged and kept in `backup_warning`, and
    does not stop the day's work.
    """
    url = resolve_location(location)
    database = Database(url)
    path = database.path
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                tr("Storage", "Cannot create the folder for {path}: {detail}").format(
                    path=path, detail=exc.strerror or exc
                )
            ) from exc
        if path.exists() and path.stat().st_size > 0 and not _looks_like_sqlite(path):
            message = tr(
                "Storage",
                "{path} is not a baitp-desktop database (not an SQLite file). "
                "Choose another file, or restore it from a backup.",
            ).format(path=path)
            raise SchemaError(f"{message} {backup_advice(path)}")
    try:
        with database.guarded():
            if check and path is not None and path.exists():
                startup_check(database)
            database.upgrade_copy = ensure_schema(database)
        database.remember_file()
        if daily_backup:
            _daily_backup(database)
    except StorageError:
        database.dispose()
        raise
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        database.dispose()
        raise StorageError(
            tr("Storage", "Cannot open {name}: {detail}").format(
                name=database.display_name, detail=getattr(exc, "orig", exc)
            )
        ) from exc
    return database


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return True  # let SQLite report the real problem


def _daily_backup(database: Database) -> None:
    from baitp_desktop.storage.rotation import make_daily_backup

    try:
        database.daily_backup = make_daily_backup(database).made
    except (StorageError, OSError) as exc:  # e.g. a read-only folder: open all the same
        database.backup_warning = str(exc)
        logging.getLogger(__name__).warning("daily backup failed: %s", exc)
