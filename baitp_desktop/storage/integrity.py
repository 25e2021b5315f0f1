"""Integrity checks: a quick one every time the database is opened, a full one on demand.

The quick check (`PRAGMA quick_check`) reads every page and catches a damaged file before
anyone enters data into it; it skips the index-versus-table comparison that makes the full
`PRAGMA integrity_check` slower. So the full integrity check then runs in the background
(`BackgroundCheck`): opening is not slowed down, and until it has passed no write is let
through (a write waits for it; if it fails, saving is refused with its findings). `baitp
check --full` adds the foreign keys, the schema version and the audit trail.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.storage.database import Database, read_only_connector
from baitp_desktop.storage.failures import DatabaseCorrupt, describe, make_error

log = logging.getLogger(__name__)

# SQLite stops listing problems after this many; enough to name the damage.
MAX_PROBLEMS = 10


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: its name as shown, whether it passed, and what it found."""

    name: str
    ok: bool
    detail: str


def _sqlite_check(connection: Connection, pragma: str) -> list[str]:
    rows = connection.exec_driver_sql(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    return _problem_lines([tuple(row) for row in rows])


def page_problems(database: Database, full: bool = False) -> list[str]:
    """SQLite's own verdict on the file: [] when sound, else its problem lines."""
    if not database.is_sqlite:
        return []
    with database.guarded(), database.engine.connect() as connection:
        return _sqlite_check(connection, "integrity_check" if full else "quick_check")


def startup_check(database: Database) -> None:
    """Refuse a damaged file before anything is read from or written to it."""
    problems = page_problems(database)
    if problems:
        raise make_error(
            DatabaseCorrupt, database.display_name, database.path, "; ".join(problems[:3])
        )


def _problem_lines(rows: list[tuple[object, ...]]) -> list[str]:
    lines = [line for row in rows for line in str(row[0]).splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("*** in database")]
    return [] if lines == ["ok"] else lines[:MAX_PROBLEMS]


class BackgroundCheck:
    """What opening does after the file is accepted, on a thread of its own.

    First `first` (the anchor log's comparison and the open anchor, storage/anchors.py,
    whose fsyncs would otherwise lengthen every start), then SQLite's full integrity
    check through a read-only connection of its own, so screens and readers are not
    held up. A write asks `refusal` first (a Database write gate): it waits for both to
    finish, and refuses, naming the damage, if the integrity check failed. `dispose`
    lets `first` finish, interrupts the integrity check and waits for the thread.
    """

    def __init__(
        self, database: Database, first: Callable[[], None] | None, integrity: bool
    ) -> None:
        self.database = database
        self.problems: list[str] = []
        self._first = first
        self._integrity = integrity and database.path is not None
        self._first_done = threading.Event()
        self._done = threading.Event()
        self._stopping = False
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="baitp-opening", daemon=True)
        database.add_write_gate(self.refusal)
        database.closing_hooks.insert(0, self._stop)  # before the close anchor
        self._thread.start()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def _run(self) -> None:
        try:
            if self._first is not None:
                self._first()
        except Exception:  # the safeguard failed to run: logged, and work goes on
            log.exception("opening steps of %s failed", self.database.display_name)
        finally:
            self._first_done.set()
        try:
            if self._integrity:
                self._check_integrity()
        finally:
            self._done.set()

    def _check_integrity(self) -> None:
        path = self.database.path
        assert path is not None
        try:
            with self._lock:
                if self._stopping:
                    return
                self._connection = read_only_connector(path)()
            rows = self._connection.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
            self.problems = _problem_lines(rows)
        except sqlite3.Error as exc:
            if not self._stopping:
                self.problems = [str(exc)]
        finally:
            with self._lock:
                if self._connection is not None:
                    self._connection.close()
                    self._connection = None
            if self.problems:
                log.error("integrity check of %s failed: %s", path, self.problems)

    def refusal(self, wait: bool) -> str | None:
        if wait:
            self._done.wait()
        if not self._done.is_set() or not self.problems:
            return None
        database = self.database
        return describe(
            DatabaseCorrupt, database.display_name, database.path, "; ".join(self.problems[:3])
        )

    def _stop(self, _database: Database) -> None:
        """Let the anchor steps finish, cut the integrity check short where SQLite allows,
        and wait until the thread no longer touches the file."""
        self._first_done.wait(timeout=30)
        with self._lock:
            self._stopping = True
            if self._connection is not None:
                self._connection.interrupt()
        self._thread.join(timeout=30)


def start_background_check(
    database: Database, first: Callable[[], None] | None = None, integrity: bool = True
) -> BackgroundCheck:
    """Run `first`, then the full integrity check of an SQLite file, in the background."""
    return BackgroundCheck(database, first, integrity)


def _foreign_keys(database: Database) -> CheckResult:
    name = tr("Check", "links between records")
    if not database.is_sqlite:
        return CheckResult(name, True, tr("Check", "enforced by the server"))
    with database.guarded(), database.engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return CheckResult(name, True, tr("Check", "every record belongs to a participant"))
    tables = sorted({str(row[0]) for row in rows})
    return CheckResult(
        name,
        False,
        tr_n(
            "Check", "{n} orphan record in {tables}", "{n} orphan records in {tables}", len(rows)
        ).format(n=len(rows), tables=", ".join(tables)),
    )


def _schema(database: Database) -> CheckResult:
    from baitp_desktop.storage.schema import head_revision, schema_revision

    name = tr("Check", "schema version")
    with database.guarded():
        revision = schema_revision(database)
    head = head_revision()
    if revision == head:
        return CheckResult(
            name, True, tr("Check", "{revision} (current)").format(revision=revision)
        )
    return CheckResult(
        name, False, tr("Check", "{revision}, expected {head}").format(revision=revision, head=head)
    )


def _audit(database: Database) -> CheckResult:
    from baitp_desktop.storage.audit import verify

    name = tr("Check", "audit trail")
    with database.snapshot_session() as session:  # one moment, also on a server
        result = verify(session)
    if result.problem is None:
        return CheckResult(
            name,
            True,
            tr("Check", "{entries}, {values}").format(
                entries=tr_n(
                    "Check", "{n} entry chained", "{n} entries chained", result.entries_checked
                ).format(n=result.entries_checked),
                values=tr_n(
                    "Check", "{n} value matches", "{n} values match", result.values_checked
                ).format(n=result.values_checked),
            ),
        )
    return CheckResult(name, False, result.problem)


def run_checks(database: Database, full: bool = False) -> list[CheckResult]:
    """The checks of `baitp check` (and the GUI's "Check database"), in order.

    The page check runs first; when it fails, the others are skipped, since reading a
    damaged file may give misleading answers.
    """
    pages_name = tr("Check", "file integrity (full)") if full else tr("Check", "file integrity")
    try:
        problems = page_problems(database, full=full)
    except DatabaseCorrupt:  # so damaged that SQLite cannot even walk it
        problems = [tr("Check", "database disk image is malformed")]
    if problems:
        return [CheckResult(pages_name, False, "; ".join(problems))]
    results = [CheckResult(pages_name, True, "ok")]
    steps: list[Callable[[Database], CheckResult]] = [_schema]
    if full:
        steps += [_foreign_keys, _audit]
    results += [step(database) for step in steps]
    return results
