"""Integrity checks: a quick one every time the database is opened, a full one on demand.

The quick check (`PRAGMA quick_check`) reads every page and catches a damaged file before
anyone enters data into it; it skips the index-versus-table comparison that makes the full
`PRAGMA integrity_check` slower. The full check adds that, the foreign keys, the schema
version and the audit trail's hash chain (`baitp check --full`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.failures import DatabaseCorrupt, make_error

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
    lines = [line for row in rows for line in str(row[0]).splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("*** in database")]
    return [] if lines == ["ok"] else lines[:MAX_PROBLEMS]


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
    with database.read_session() as session:
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
