"""Storage: SQLAlchemy models, the SQLite/PostgreSQL setup, schema versions, the audit trail."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from baitp_desktop.i18n import tr
from baitp_desktop.storage.anchors import AnchorEvent, AnchorKeeper
from baitp_desktop.storage.database import Database, is_writable_file, resolve_location
from baitp_desktop.storage.errors import SchemaError, StorageError
from baitp_desktop.storage.failures import ReadOnlyStorage, backup_advice, describe
from baitp_desktop.storage.identity import record_identity, stored_identity
from baitp_desktop.storage.integrity import start_background_check, startup_check
from baitp_desktop.storage.schema import ensure_schema

__all__ = ["Database", "SchemaError", "StorageError", "open_database"]


def open_database(
    location: str | os.PathLike[str] | None = None,
    check: bool = True,
    daily_backup: bool = True,
    anchors: bool = True,
) -> Database:
    """Open (creating or upgrading as needed) the database named by --db / BAITP_DB / default.

    With `check`, a damaged file is refused (PRAGMA quick_check, storage/integrity.py)
    before its schema is read or upgraded, so nobody enters data into it, and the full
    integrity check then runs in the background (writes wait for it). With
    `daily_backup`, the first open of the day copies the file to `backups/`
    (storage/rotation.py); a failure there is logged and kept in `backup_warning`, and
    does not stop the day's work. With `anchors`, the trail is compared with the anchor
    log and its head appended to it (storage/anchors.py); a trail that lost its
    anchored head is opened with saving refused. A file that cannot be written is
    opened read-only: reading, `verify` and exports work, saving is refused.
    """
    url = resolve_location(location)
    database = Database(url, read_only=_read_only_file(url))
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
        if database.read_only:
            database.add_write_gate(lambda _wait: _read_only_refusal(database))
        keeper = AnchorKeeper(database) if anchors else None
        if keeper is not None and database.created:
            keeper.nothing_to_check()
        # A new file, or an older release's just upgraded, is given its identity before
        # anything else happens; any other file without one was emptied (or is a copy
        # made outside the application): the background steps decide, after the anchors.
        settled = database.created or database.upgrade_copy is not None
        if settled and not database.read_only:
            if keeper is not None and not database.created:
                keeper.check()
            if database.write_refusal(wait=False) is None:
                _record_identity(database)
        if daily_backup:
            _daily_backup(database)
        start_background_check(database, _opening_steps(database, keeper, settled), check)
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


def _opening_steps(
    database: Database, keeper: AnchorKeeper | None, settled: bool
) -> Callable[[], None]:
    """Compare the trail with the anchor log (unless done), give a file without an
    identity one (unless the comparison refused it), and anchor the open."""

    def steps() -> None:
        if keeper is not None and not settled:
            keeper.check()
        writable = not database.read_only and (keeper is None or keeper.broken is None)
        if not settled and writable:
            _record_identity(database, despite_refusal=True)
        if keeper is not None:
            keeper.record(AnchorEvent.OPEN)

    return steps


def _read_only_file(url: str) -> bool:
    """An existing SQLite file that this account cannot write (or whose folder it cannot)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return False
    path = Path(parsed.database)
    return path.exists() and not is_writable_file(path)


def _read_only_refusal(database: Database) -> str:
    detail = tr("Storage", "opened read-only")
    return describe(ReadOnlyStorage, database.display_name, database.path, detail)


def _record_identity(database: Database, despite_refusal: bool = False) -> None:
    """Give a database its identity (study, site, id) the first time it is written."""
    from baitp_desktop.core.config import ConfigError, default_config

    try:
        config = default_config()
    except ConfigError as exc:  # the start-up reports it; the identity waits for a fix
        logging.getLogger(__name__).warning("identity not recorded: %s", exc)
        return
    if stored_identity(database) is None:
        record_identity(database, config.protocol_id, config.site, despite_refusal=despite_refusal)


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
