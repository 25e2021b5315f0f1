"""Restoring the database from a backup: checked as `verify` checks, under the write lock,
on the record.

Order, and why:
1. The live database file is locked for writing (`BEGIN EXCLUSIVE` on its own
   connection) for the whole operation: a writer waits (or gives up with "locked", exit
   3) and never commits into the file between the copy kept of it and its replacement,
   so nothing anyone saved and was told was saved can vanish. Readers go on reading.
2. The backup file is copied (online backup API, read-only on the file) to a private
   staging file; nothing ever writes into the file a person handed us.
3. The staging copy is checked: SQLite's integrity check, the schema (a backup from an
   older release is upgraded on the copy; one from a newer release or another program
   is refused), the record links, the audit trail as `verify` checks it (chain, values,
   owners), the checks the caller adds (the signatures), the anchors written for its
   database (a re-chained trail contradicts them, storage/anchors.py) and its study and
   site, which must be the current database's (or, without one, the configuration's).
   Any failure stops here with the current database untouched.
4. One restore entry is appended to the staging copy's trail: who restored which file
   (its name and SHA-256) in place of which trail (the replaced database's head). The
   restored trail is the backup's plus that entry.
5. The current database is copied to `<name>.before-restore-<time>` next to it.
6. The staging copy's tables replace the live file's in the locked transaction, which
   then commits: all or nothing, with the file's identity kept (an open window sees the
   restored data). A live file too damaged for that was kept byte for byte and is
   replaced as a file.
7. The new head is written to the anchor logs ("restore"), so that the next open finds
   the restored trail as it should be.

A database server is restored with the server's own tools (pg_restore), not here.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from baitp_desktop.i18n import tr
from baitp_desktop.storage.anchors import (
    RESTORE_ACTION,
    TRAIL_LABEL,
    TRAIL_TABLE,
    AnchorEvent,
    append_anchor,
    backup_problem,
)
from baitp_desktop.storage.audit import AuditTrail, TrailHead, current_head
from baitp_desktop.storage.database import BUSY_TIMEOUT_MS, Database, resolve_location
from baitp_desktop.storage.errors import SchemaError, StorageError
from baitp_desktop.storage.identity import StudyIdentity, read_identity
from baitp_desktop.storage.integrity import CheckResult, run_checks
from baitp_desktop.storage.schema import ensure_schema, head_revision, schema_revision

_SIDE_FILES = ("-wal", "-shm", "-journal")

# A check the caller adds (the signatures): the problem, or None.
CandidateCheck = Callable[[Database], CheckResult]
# Who restores: given the checked copy (to sign in against it when the current database
# cannot be used), the user name the restore entry records; raises when not allowed.
Restorer = Callable[[Database], str]


class BackupRefused(StorageError):
    """The backup failed its check; nothing was changed."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class RestoreReport:
    source: Path
    revision: str | None  # the backup's schema revision as found
    upgraded: bool  # the backup was from an older release and was upgraded
    checks: tuple[CheckResult, ...]
    identity: StudyIdentity | None = None  # the study the backup holds (None: not recorded)
    sha256: str = ""
    target: Path | None = None  # None: checked only
    kept_copy: Path | None = None  # where the replaced database went
    replaced_head: TrailHead | None = None
    head: TrailHead | None = None  # the restored trail's head, restore entry included
    restored_by: str | None = None


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


def _refuse(source: Path, detail: str) -> BackupRefused:
    return BackupRefused(
        tr(
            "Storage",
            "{source} cannot be restored: {detail}. Nothing was changed; choose another backup.",
        ).format(source=source, detail=detail)
    )


def _sha256(source: Path) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _other_study(found: StudyIdentity | None, expected: tuple[str, str] | None) -> str | None:
    if found is None or expected is None or (found.protocol_id, found.site) == expected:
        return None
    return tr(
        "Storage",
        "it holds another study's or site's data ({found}), not {expected}",
    ).format(found=found.describe(), expected=" · ".join(expected))


def check_backup_file(
    source: Path,
    staging: Path,
    extra_checks: Sequence[CandidateCheck] = (),
    target: Database | None = None,
    expected_study: tuple[str, str] | None = None,
) -> RestoreReport:
    """Copy `source` to `staging` and check the copy; raises BackupRefused if unusable.

    A file that cannot be read at all raises StorageError (the restore cannot run).
    """
    source = Path(source)
    if not source.is_file():
        raise StorageError(_refuse(source, tr("Storage", "no such file")).args[0])
    try:
        with open(source, "rb") as handle:
            header = handle.read(16)
        digest = _sha256(source)
    except OSError as exc:
        raise StorageError(_refuse(source, exc.strerror or str(exc)).args[0]) from exc
    if header != b"SQLite format 3\x00":
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
        checks += tuple(check(database) for check in extra_checks)
        with database.read_session() as session:
            identity = read_identity(session)
            rewritten = backup_problem(session, target, identity) if target else None
    except (DBAPIError, sqlite3.Error) as exc:
        raise _refuse(source, str(getattr(exc, "orig", exc))) from exc
    finally:
        database.dispose()
    failed = [c for c in checks if not c.ok]
    if failed:
        raise _refuse(source, "; ".join(f"{c.name}: {c.detail}" for c in failed))
    if rewritten is not None:
        raise _refuse(source, rewritten)
    if (other := _other_study(identity, expected_study)) is not None:
        raise _refuse(source, other)
    upgraded = revision != head_revision()
    return RestoreReport(source, revision, upgraded, checks, identity, digest)


class _LiveLock:
    """The live file's write lock, held from before the check until the replacement."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.connection: sqlite3.Connection | None = None

    def acquire(self) -> None:
        if not self.target.exists():
            return
        connection = sqlite3.connect(
            self.target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        try:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.DatabaseError as exc:
            connection.close()
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise StorageError(
                    tr(
                        "Storage",
                        "Could not lock {target} for the restore: another program keeps "
                        "writing to it ({detail}). Nothing was changed; close baitp-desktop "
                        "on the other workstations and try again.",
                    ).format(target=self.target, detail=exc)
                ) from exc
            return  # not a readable database: nobody can be writing to it
        self.connection = connection

    def identity_and_head(self) -> tuple[StudyIdentity | None, TrailHead | None]:
        """What the live file holds now (None for what cannot be read of a damaged file)."""
        from baitp_desktop.storage.identity import DATABASE_ID_KEY, PROTOCOL_KEY, SITE_KEY

        if self.connection is None:
            return None, None
        try:
            last = self.connection.execute(
                "SELECT id, entry_hash FROM main.audit_entry ORDER BY id DESC LIMIT 1"
            ).fetchone()
            head = TrailHead(str(last[1]), int(last[0])) if last else None
            settings = dict(
                self.connection.execute(
                    "SELECT key, value FROM main.app_setting WHERE key IN (?, ?, ?)",
                    (DATABASE_ID_KEY, PROTOCOL_KEY, SITE_KEY),
                ).fetchall()
            )
        except sqlite3.Error:
            return None, None
        if DATABASE_ID_KEY not in settings:
            return None, head
        identity = StudyIdentity(
            settings[DATABASE_ID_KEY], settings.get(PROTOCOL_KEY, ""), settings.get(SITE_KEY, "")
        )
        return identity, head

    def replace_with(self, staging: Path, before_commit: Callable[[], None]) -> bool:
        """Replace every table of the live file by the staging copy's and commit.

        `before_commit` runs last inside the transaction (the restore anchor: written
        before the new trail can be seen, so that no one opening the file in between
        finds a trail newer than the anchor log). False (nothing changed) when the live
        file is too damaged to be changed in place.
        """
        connection = self.connection
        if connection is None:
            return False
        try:
            connection.execute("ATTACH DATABASE ? AS candidate", (str(staging),))
            _copy_schema_and_rows(connection)
            before_commit()
            connection.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            connection.execute("ROLLBACK")
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                return False
            raise
        return True

    def release(self) -> None:
        if self.connection is not None:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            self.connection.close()
            self.connection = None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_schema_and_rows(connection: sqlite3.Connection) -> None:
    """Inside the open transaction: drop main's tables, recreate the candidate's, copy."""
    for (name,) in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'view'"
    ).fetchall():
        connection.execute(f"DROP VIEW main.{_quoted(name)}")
    for (name,) in connection.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        connection.execute(f"DROP TABLE main.{_quoted(name)}")
    objects = connection.execute(
        "SELECT type, name, sql FROM candidate.sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid"
    ).fetchall()
    for kind, name, sql in objects:
        connection.execute(sql)
        if kind == "table":
            connection.execute(
                f"INSERT INTO main.{_quoted(name)} SELECT * FROM candidate.{_quoted(name)}"
            )
    for pragma in ("application_id", "user_version"):
        value = int(connection.execute(f"PRAGMA candidate.{pragma}").fetchone()[0])
        connection.execute(f"PRAGMA main.{pragma}={value}")


@contextmanager
def _locked(target: Path) -> Iterator[_LiveLock]:
    lock = _LiveLock(target)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()


def _keep_current(target: Path) -> Path:
    """Copy the current database next to itself before it is replaced; the copy's path.

    Read through a connection of its own: under the restore's lock nobody commits, so
    this is exactly what the restore replaces.
    """
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


def _replace_file(staging: Path, target: Path) -> None:
    """Put the checked copy in place as a new file (no live database to write into)."""
    for side in ("", *_SIDE_FILES):
        if side:
            target.with_name(target.name + side).unlink(missing_ok=True)
    partial = target.with_name(target.name + ".partial")
    shutil.copy2(staging, partial)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)


def _record_restore(
    staging: Path, username: str, report: RestoreReport, replaced: TrailHead | None
) -> TrailHead:
    """Append the restore entry to the checked copy's trail; its new head."""
    database = Database(resolve_location(staging))
    try:
        with database.write_session() as session:
            trail = AuditTrail(session, username, None)
            trail.add(
                TRAIL_TABLE,
                None,
                TRAIL_LABEL,
                RESTORE_ACTION,
                "backup",
                replaced.line() if replaced is not None else None,
                f"{report.source.name} sha256 {report.sha256}",
                tr("Storage", "Restored from a backup"),
            )
            trail.write()
            return current_head(session)
    finally:
        database.dispose()


def restore_database(
    source: Path,
    location: str | os.PathLike[str] | None,
    *,
    restorer: Restorer | None = None,
    check_only: bool = False,
    extra_checks: Sequence[CandidateCheck] = (),
    expected_study: tuple[str, str] | None = None,
) -> RestoreReport:
    """Check `source`, then (unless `check_only`) restore it into the database at `location`.

    `restorer` names who restores (required to restore); `expected_study` is the
    (protocol, site) a backup must hold when the current database records none.
    """
    url = resolve_location(location)
    target_database = Database(url)
    target = target_database.path
    name = target_database.display_name
    if target is None and not check_only:
        target_database.dispose()
        raise StorageError(
            tr(
                "Storage",
                "{name} is a database server: restore it with the server's tools (pg_restore) "
                "from a pg_dump. `baitp restore` restores SQLite database files.",
            ).format(name=name)
        )
    try:
        with tempfile.TemporaryDirectory(prefix="baitp-restore-") as folder:
            staging = Path(folder) / "staging.sqlite"
            if check_only or target is None:
                return check_backup_file(
                    Path(source), staging, extra_checks, target_database, expected_study
                )
            if restorer is None:
                raise ValueError("restoring needs the restorer")
            with _locked(target) as lock:
                live_identity, replaced = lock.identity_and_head()
                study = (
                    (live_identity.protocol_id, live_identity.site)
                    if live_identity is not None
                    else expected_study
                )
                report = check_backup_file(
                    Path(source), staging, extra_checks, target_database, study
                )
                staged = Database(resolve_location(staging))
                try:
                    username = restorer(staged)
                finally:
                    staged.dispose()
                head = _record_restore(staging, username, report, replaced)
                anchored = _Anchoring(
                    target_database, head, (replaced, live_identity), report.identity
                )
                kept = _restore_into(lock, staging, target, anchored)
    except OSError as exc:
        raise StorageError(
            tr(
                "Storage",
                "Could not restore into {target}: {detail}. Close baitp-desktop on every "
                "workstation using it and try again.",
            ).format(target=target, detail=exc)
        ) from exc
    finally:
        target_database.dispose()
    return RestoreReport(
        report.source,
        report.revision,
        report.upgraded,
        report.checks,
        report.identity,
        report.sha256,
        target,
        kept,
        replaced,
        head,
        username,
    )


class _Anchoring:
    """The restore's anchors: the new head as it commits; the old one again if it fails."""

    def __init__(
        self,
        target: Database,
        head: TrailHead,
        replaced: tuple[TrailHead | None, StudyIdentity | None],
        identity: StudyIdentity | None,
    ) -> None:
        self.target, self.head, self.identity = target, head, identity
        self.replaced, self.replaced_identity = replaced
        self.written = False

    def new_head(self) -> None:
        append_anchor(self.target, self.head, AnchorEvent.RESTORE, self.identity)
        self.written = True

    def undo(self) -> None:
        if self.written and self.replaced is not None:
            append_anchor(
                self.target, self.replaced, AnchorEvent.RESTORE_FAILED, self.replaced_identity
            )
            self.written = False


def _restore_into(
    lock: _LiveLock, staging: Path, target: Path, anchoring: _Anchoring
) -> Path | None:
    """Keep the current file, then replace it (in place under the lock if it can be)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    kept = _keep_current(target) if target.exists() else None
    try:
        if lock.replace_with(staging, anchoring.new_head):
            return kept
        anchoring.undo()
    except (sqlite3.Error, OSError) as exc:
        anchoring.undo()
        raise StorageError(
            tr(
                "Storage",
                "Could not restore into {target}: {detail}. Nothing was changed.",
            ).format(target=target, detail=exc)
        ) from exc
    lock.release()
    _replace_file(staging, target)  # nobody can use the damaged file: no lock to hold
    anchoring.new_head()
    return kept
