"""Consistent copies of a live SQLite database, through SQLite's online backup API.

The backup API copies a consistent snapshot even while another window is writing, which a
file copy of a WAL database does not guarantee.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from baitp_desktop.i18n import tr
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.errors import StorageError


def backup_to(database: Database, target: Path) -> Path:
    """Write a consistent copy of `database` to `target` (which must not exist yet)."""
    source_path = database.path
    if source_path is None:
        raise StorageError(
            tr("Storage", "Backups of a database server are made on the server (pg_dump).")
        )
    target = Path(target)
    if target.exists():
        raise StorageError(
            tr("Storage", "{target} already exists; choose a new file name for the backup.").format(
                target=target
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
                check = destination.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                destination.close()
        finally:
            source.close()
        if check != "ok":
            raise StorageError(
                tr("Storage", "The backup of {source} failed its integrity check: {detail}").format(
                    source=source_path, detail=check
                )
            )
        partial.replace(target)
    except sqlite3.Error as exc:
        raise StorageError(
            tr("Storage", "Could not back up {source} to {target}: {detail}").format(
                source=source_path, target=target, detail=exc
            )
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target
