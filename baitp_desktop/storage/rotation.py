"""The daily backup: one consistent copy per day in `backups/` next to the database.

Made on the first open of each day (the GUI's start-up and every command go through
`open_database`), with SQLite's online backup API, so it is consistent even while another
workstation writes. What is kept: the backups of the last 7 days that have one, plus the
first backup of each of the last 4 ISO weeks that have one, so a problem noticed late
(a wrong import two weeks ago) can still be undone.

Never writing over a good backup: a new backup goes to a new file name (the date), is
integrity-checked before it gets that name (`backup_to`), and old ones are pruned only
after the new one exists. A failing backup (full disk, damaged database) prunes nothing.
Only files this module names (`<stem>-daily-YYYY-MM-DD<suffix>`) are ever deleted; the
pre-upgrade and pre-restore copies, and anything a person put in the folder, stay. A file
under today's name that is no sound backup is renamed aside (`….unusable-<time>`), and
messages only ever point to a backup that passes SQLite's quick check.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from baitp_desktop.storage.backup import backup_to
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.failures import BACKUP_FOLDER, usable_backup
from baitp_desktop.storage.models import ParticipantRow

KEEP_DAYS = 7
KEEP_WEEKS = 4

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RotationResult:
    """What the daily backup did: the file it made (None: nothing to do) and what it pruned."""

    made: Path | None = None
    removed: tuple[Path, ...] = field(default_factory=tuple)


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def daily_backup_path(database_path: Path, day: date) -> Path:
    suffix = database_path.suffix or ".sqlite"
    return backup_folder(database_path) / f"{database_path.stem}-daily-{day.isoformat()}{suffix}"


def _pattern(database_path: Path) -> re.Pattern[str]:
    suffix = database_path.suffix or ".sqlite"
    return re.compile(
        rf"{re.escape(database_path.stem)}-daily-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(suffix)}"
    )


def daily_backups(database_path: Path) -> dict[date, Path]:
    """The daily backups of this database file by day (finished files only)."""
    folder = backup_folder(database_path)
    pattern = _pattern(database_path)
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for candidate in folder.iterdir():
        match = pattern.fullmatch(candidate.name)
        if match is None or not candidate.is_file():
            continue
        try:
            found[date.fromisoformat(match.group(1))] = candidate
        except ValueError:
            continue
    return found


def days_to_keep(days: Iterable[date]) -> set[date]:
    """The 7 latest days, plus the first day of each of the 4 latest weeks (ISO weeks)."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:KEEP_DAYS])
    first_of_week: dict[tuple[int, int], date] = {}
    for day in newest_first:
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        first_of_week[week] = day  # newest first: the last one stored is the week's first
    for week in sorted(first_of_week, reverse=True)[:KEEP_WEEKS]:
        keep.add(first_of_week[week])
    return keep


def _set_aside(unusable: Path) -> None:
    """A file under today's backup name that is no sound backup (junk, a damaged copy) is
    renamed, not deleted, and never pointed to as a backup; today's backup is made."""
    target = unusable.with_name(f"{unusable.name}.unusable-{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
    unusable.rename(target)
    log.warning("%s is not a usable backup; kept as %s", unusable, target)


def _has_data(database: Database) -> bool:
    with database.read_session() as session:
        return session.scalar(select(ParticipantRow.id).limit(1)) is not None


def make_daily_backup(database: Database, today: date | None = None) -> RotationResult:
    """Make today's backup if there is none yet, then prune; a no-op for a server.

    An empty database (no participant yet) is not backed up: there is nothing to lose.
    Raises StorageError when the backup cannot be made; nothing is pruned then.
    """
    path = database.path
    if path is None or not path.exists():
        return RotationResult()
    today = today or date.today()
    existing = daily_backups(path)
    if today in existing and not usable_backup(existing[today]):
        _set_aside(existing.pop(today))
    if today in existing or not _has_data(database):
        return RotationResult()
    made = backup_to(database, daily_backup_path(path, today))
    existing[today] = made
    keep = days_to_keep(existing)
    removed: list[Path] = []
    for day, old in sorted(existing.items()):
        if day in keep or old == made:
            continue
        try:
            old.unlink()
            removed.append(old)
        except OSError as exc:  # someone has it open (Windows) or it is read-only: keep it
            log.warning("could not remove old backup %s: %s", old, exc)
    return RotationResult(made, tuple(removed))
