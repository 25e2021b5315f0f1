"""Storage failures sorted into "the environment's fault" and "our bug" — in one place.

A full disk, a read-only file or folder, a lock held too long by another program, a
damaged file, a file deleted or replaced while open: none of these is a bug, and each
must reach the person at the screen as a message that names the file, says what
happened to the change (nothing was saved), what to do, and where the latest backup is.
Everything else a driver raises (a constraint violated, bad SQL, misuse of the API) is
our bug and is left alone, so that it is reported as one with its traceback in the log.

The idea is qutebrowser's `misc/sql.py`: sort by the driver's error code, not by the
message text. `environment_errors` is the one translation point; `Database` wraps every
session in it, so the service layer and the command line only ever see `StorageError`
subclasses for environment problems.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from baitp_desktop.i18n import tr
from baitp_desktop.storage.errors import StorageError

# The folder next to the database where the daily backups are kept (storage/rotation.py).
BACKUP_FOLDER = "backups"
# Less free space than this on the database's disk counts as "the disk is full".
NEARLY_FULL_BYTES = 1024 * 1024


class DiskFull(StorageError):
    """No space left on the disk (or quota) that holds the database."""


class ReadOnlyStorage(StorageError):
    """The database file or its folder cannot be written (permissions, read-only medium)."""


class DatabaseBusy(StorageError):
    """Another program held the database lock for longer than the busy timeout."""


class DatabaseCorrupt(StorageError):
    """The file is damaged: SQLite's checks failed, or it is not a database at all."""


class DatabaseMissing(StorageError):
    """The file was deleted, moved or replaced while open, or cannot be found."""


class StorageUnavailable(StorageError):
    """The disk or server failed to read or write (I/O error, out of memory, unreachable)."""


# SQLite primary result codes (the low byte of an extended code), by what they mean here.
_SQLITE_KINDS: dict[int, type[StorageError]] = {
    sqlite3.SQLITE_FULL: DiskFull,
    sqlite3.SQLITE_READONLY: ReadOnlyStorage,
    sqlite3.SQLITE_PERM: ReadOnlyStorage,
    sqlite3.SQLITE_AUTH: ReadOnlyStorage,
    sqlite3.SQLITE_BUSY: DatabaseBusy,
    sqlite3.SQLITE_LOCKED: DatabaseBusy,
    sqlite3.SQLITE_PROTOCOL: DatabaseBusy,
    sqlite3.SQLITE_CORRUPT: DatabaseCorrupt,
    sqlite3.SQLITE_NOTADB: DatabaseCorrupt,
    sqlite3.SQLITE_CANTOPEN: DatabaseMissing,
    sqlite3.SQLITE_IOERR: StorageUnavailable,
    sqlite3.SQLITE_NOMEM: StorageUnavailable,
    sqlite3.SQLITE_NOLFS: StorageUnavailable,
}
# Extended codes that mean something other than their primary code says.
_SQLITE_READONLY_DBMOVED = sqlite3.SQLITE_READONLY | (4 << 8)
_SQLITE_IOERR_SHORT_READ = sqlite3.SQLITE_IOERR | (2 << 8)  # the file ends too early
_SQLITE_EXTENDED_KINDS: dict[int, type[StorageError]] = {
    _SQLITE_READONLY_DBMOVED: DatabaseMissing,
    _SQLITE_IOERR_SHORT_READ: DatabaseCorrupt,
}
# PostgreSQL SQLSTATEs (exact, then by two-character class).
_SQLSTATE_KINDS: dict[str, type[StorageError]] = {
    "53100": DiskFull,
    "25006": ReadOnlyStorage,
    "42501": ReadOnlyStorage,
    "55P03": DatabaseBusy,
    "57014": DatabaseBusy,
    "XX001": DatabaseCorrupt,
    "XX002": DatabaseCorrupt,
    "08": StorageUnavailable,
    "53": StorageUnavailable,
    "57": StorageUnavailable,
}
_ERRNO_KINDS: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EFBIG: DiskFull,
    errno.EROFS: ReadOnlyStorage,
    errno.EACCES: ReadOnlyStorage,
    errno.EPERM: ReadOnlyStorage,
    errno.ENOENT: DatabaseMissing,
    errno.ENOTDIR: DatabaseMissing,
    errno.EIO: StorageUnavailable,
}


def backup_candidates(path: Path) -> list[Path]:
    """Backups of the database file at `path`, newest first.

    Looks in the `backups/` folder next to it (the daily backups, storage/rotation.py,
    and any copy a person put there named after the database) and for the automatic
    copies made before a schema upgrade (`<name>.before-upgrade-*`).
    """
    found: list[Path] = []
    folder = path.parent / BACKUP_FOLDER
    try:
        if folder.is_dir():
            found += [
                p
                for p in folder.iterdir()
                if p.name.startswith(path.stem) and _is_finished_backup(p)
            ]
        found += [
            p for p in path.parent.glob(f"{path.stem}.before-upgrade-*") if _is_finished_backup(p)
        ]
    except OSError:
        return []

    def modified(candidate: Path) -> float:
        try:
            return candidate.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(found, key=lambda p: (modified(p), p.name), reverse=True)


def _is_finished_backup(candidate: Path) -> bool:
    """A file, not a half-written one (`.partial`) nor SQLite's side files."""
    if candidate.name.endswith((".partial", "-wal", "-shm", "-journal")):
        return False
    try:
        return candidate.is_file() and candidate.stat().st_size > 0
    except OSError:
        return False


def usable_backup(candidate: Path) -> bool:
    """Whether `candidate` is a sound baitp-desktop database file (SQLite's quick check,
    our tables): a file that merely has a backup's name is not pointed to as one."""
    try:
        with open(candidate, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        # A backup is a finished, closed file: read it as immutable (works in a read-only
        # folder too, and leaves no side files behind).
        connection = sqlite3.connect(f"{candidate.absolute().as_uri()}?immutable=1", uri=True)
        try:
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"participant", "audit_entry"} <= tables:
                return False
            return str(connection.execute("PRAGMA quick_check(1)").fetchone()[0]) == "ok"
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False


def latest_backup(path: Path | None) -> Path | None:
    """The newest backup of the database file at `path` that passes the check, or None."""
    if path is None:
        return None
    return next((c for c in backup_candidates(path) if usable_backup(c)), None)


def backup_advice(path: Path | None) -> str:
    """The sentence every storage message ends with: where the latest backup is."""
    if path is None:
        return tr("Storage", "The database server's administrator keeps its backups.")
    backup = latest_backup(path)
    if backup is None:
        return tr(
            "Storage",
            "No backup was found next to it (in {folder}); ask whoever keeps the site's "
            "backups for the latest copy.",
        ).format(folder=path.parent / BACKUP_FOLDER)
    return tr("Storage", "The latest backup is {backup}.").format(backup=backup)


def describe(kind: type[StorageError], name: str, path: Path | None, detail: str) -> str:
    """The message for a failure of `kind` on the database called `name`."""
    folder = str(path.parent) if path is not None else name
    if kind is DiskFull:
        text = tr(
            "Storage",
            "The disk that holds {name} is full ({detail}). This action saved nothing; "
            "everything saved before is intact. Free space on that disk (or ask IT), "
            "then try again.",
        )
    elif kind is ReadOnlyStorage:
        text = tr(
            "Storage",
            "{name} cannot be written ({detail}): the file or its folder {folder} is "
            "read-only, or this account may not change it. This action saved nothing. "
            "Ask IT for write access to the file and its folder, or copy the file somewhere "
            "writable and open the copy.",
        )
    elif kind is DatabaseBusy:
        text = tr(
            "Storage",
            "{name} is locked by another program (another baitp-desktop window, a backup or "
            "a copy in progress) ({detail}). This action saved nothing. Wait a moment "
            "and try again; if this keeps happening, close the other windows.",
        )
    elif kind is DatabaseCorrupt:
        text = tr(
            "Storage",
            "{name} is damaged ({detail}). Stop entering data and close baitp-desktop. Keep "
            "the damaged file for investigation, restore the database from the latest "
            "backup, and enter again what was entered after that backup was made.",
        )
    elif kind is DatabaseMissing:
        text = tr(
            "Storage",
            "{name} is missing, or was moved, deleted or replaced while baitp-desktop had "
            "it open ({detail}). This action saved nothing. Close baitp-desktop, put the "
            "file back or restore it from the latest backup, and open it again.",
        )
    elif path is None:
        text = tr(
            "Storage",
            "The database server {name} cannot be reached or failed ({detail}). This action "
            "saved nothing. Check the network connection, or ask the server's administrator, "
            "then try again.",
        )
    else:
        text = tr(
            "Storage",
            "Reading or writing {name} failed ({detail}); the disk or network drive may be "
            "failing. This action saved nothing. Close baitp-desktop, check the disk or "
            "connection, and make a backup copy of the file before going on.",
        )
    return " ".join((text.format(name=name, detail=detail, folder=folder), backup_advice(path)))


def make_error(kind: type[StorageError], name: str, path: Path | None, detail: str) -> StorageError:
    """A `kind` error with the full message (also usable where no exception was raised)."""
    return kind(describe(kind, name, path, detail))


def _nearly_full(path: Path | None) -> bool:
    """Whether the disk holding `path` has (next to) no space left.

    SQLite reports a full disk as SQLITE_FULL when a page write fails, but as a plain
    I/O error when it cannot even size its shared-memory file (`-shm`) or journal; the
    free space tells these apart from a failing disk.
    """
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _sqlite_kind(error: sqlite3.Error, path: Path | None) -> type[StorageError] | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    kind = _SQLITE_EXTENDED_KINDS.get(code) or _SQLITE_KINDS.get(code & 0xFF)
    if kind in (StorageUnavailable, DatabaseMissing) and _nearly_full(path):
        return DiskFull
    if kind is DatabaseMissing and path is not None and path.exists():
        # CANTOPEN on a file that is there: its folder or the file cannot be written.
        return ReadOnlyStorage if not os.access(path.parent, os.W_OK) else StorageUnavailable
    return kind


def _server_kind(error: BaseException) -> type[StorageError] | None:
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if not isinstance(state, str):
        return None
    return _SQLSTATE_KINDS.get(state) or _SQLSTATE_KINDS.get(state[:2])


def _has_state(error: BaseException | None) -> bool:
    return isinstance(getattr(error, "sqlstate", None) or getattr(error, "pgcode", None), str)


def classify(error: BaseException, path: Path | None = None) -> type[StorageError] | None:
    """Which environment failure `error` is, or None when it is our bug."""
    if isinstance(error, StorageError):
        return type(error)
    if isinstance(error, DBAPIError):
        original = error.orig
        if isinstance(original, sqlite3.Error):
            return _sqlite_kind(original, path)
        kind = _server_kind(original) if original is not None else None
        if kind is None and error.connection_invalidated:
            return StorageUnavailable  # the server went away
        if kind is None and isinstance(error, OperationalError) and not _has_state(original):
            return StorageUnavailable  # no answer from the server (refused, timed out)
        return kind
    if isinstance(error, sqlite3.Error):
        return _sqlite_kind(error, path)
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNO_KINDS.get(error.errno)
    return None


def _detail(error: BaseException) -> str:
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, OSError) and original.strerror:
        return original.strerror
    return (
        str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    )


def translate(error: BaseException, name: str, path: Path | None) -> StorageError | None:
    """The StorageError telling the user about `error`, or None if `error` is our bug."""
    if isinstance(error, StorageError):
        return error
    kind = classify(error, path)
    if kind is None:
        return None
    return make_error(kind, name, path, _detail(error))


@contextmanager
def environment_errors(name: str, path: Path | None) -> Iterator[None]:
    """Turn environment failures raised inside into StorageError; let bugs through."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as error:
        translated = translate(error, name, path)
        if translated is None:
            raise
        raise translated from error


FileIdentity = tuple[int, int]


def file_identity(path: Path) -> FileIdentity | None:
    """(device, inode) of the file at `path`, None if there is none."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return (status.st_dev, status.st_ino)


def check_same_file(name: str, path: Path, expected: FileIdentity) -> None:
    """Refuse to go on if the database file was deleted or replaced since it was opened.

    SQLite does not notice this in WAL mode: an open connection goes on writing into the
    deleted file (lost when the program closes) or into the replaced one's old copy.
    """
    current = file_identity(path)
    if current == expected:
        return
    detail = (
        tr("Storage", "the file is gone")
        if current is None
        else tr("Storage", "another file now has its name")
    )
    raise make_error(DatabaseMissing, name, path, detail)
