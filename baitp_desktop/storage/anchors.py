"""The anchor log: the audit trail's head, written down outside the database.

The hash chain shows an entry altered in the file, but not a trail cut at its end (the
last entries deleted with the rows they created) or rewritten and re-chained: the file
alone then looks intact. So the head (the newest entry's hash and the number of entries)
is appended to a small text file outside the database at every open, signature, export,
restore and close, and on every open the chain must still contain the last head written
for this file. If it does not, saving is refused (every write goes through
`Database.write_session`, whichever screen or command asks) until an administrator has
looked into it and acknowledged it with a reason, which the trail records.

One line per anchor, tab-separated: UTC time, the database's id (storage/identity.py,
"-" when it has none), its location (the file's absolute path, or the server URL without
password), the head, the number of entries, the event. The log is kept twice: in the
`backups/` folder next to the database (shared by every workstation using that file)
and in the user's data folder (`BAITP_ANCHOR_DIR` overrides it); each line is flushed
to disk (fsync) before the work goes on. A location that cannot be written is logged and
does not stop work. What the anchor log cannot show is in the README ("What verify can
and cannot detect").
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.storage.audit import TrailHead, current_head, hash_of_entry
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.failures import BACKUP_FOLDER
from baitp_desktop.storage.identity import StudyIdentity, read_identity
from baitp_desktop.storage.models import AuditEntryRow

# How the trail names its own events, acknowledging a broken anchor and restoring a
# backup (stable, in English like every record label; service/trail.py writes them).
TRAIL_TABLE = "audit_entry"
TRAIL_LABEL = "Audit trail"
ACKNOWLEDGE_ACTION = "acknowledge"
RESTORE_ACTION = "restore"

ANCHOR_FILE_NAME = "baitp-anchors.log"
ANCHOR_DIR_VARIABLE = "BAITP_ANCHOR_DIR"
NO_ID = "-"

log = logging.getLogger(__name__)


class AnchorEvent(StrEnum):
    OPEN = "open"
    SIGNATURE = "signature"
    EXPORT = "export"
    CLOSE = "close"
    RESTORE = "restore"
    RESTORE_FAILED = "restore-failed"  # the head is the unchanged one again
    ACKNOWLEDGE = "acknowledge"


@dataclass(frozen=True, slots=True)
class Anchor:
    """One line of an anchor log, and the file it was read from."""

    at_utc: str
    database_id: str
    location: str
    head: str
    entries: int
    event: str
    source: Path | None = None

    def line(self) -> str:
        fields = (self.at_utc, self.database_id, self.location, self.head)
        return "\t".join((*fields, str(self.entries), self.event)) + "\n"


def user_anchor_folder() -> Path:
    """`BAITP_ANCHOR_DIR` if set (tests, kiosks), else the user's data folder."""
    override = os.environ.get(ANCHOR_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(user_data_dir("baitp-desktop", appauthor=False))


def database_location(database: Database) -> str:
    """How anchors name the database: its file's absolute path, or the server URL without
    its password (the anchors are per workstation; the password is nobody's business)."""
    path = database.path
    if path is not None:
        return str(path.resolve())
    url = make_url(database.url)
    without = URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
    return without.update_query_dict(dict(url.query)).render_as_string(hide_password=False)


def anchor_files(database: Database) -> list[Path]:
    """The anchor logs of `database`: next to its backups (SQLite), and the user's one."""
    files = []
    if database.path is not None:
        files.append(database.path.resolve().parent / BACKUP_FOLDER / ANCHOR_FILE_NAME)
    files.append(user_anchor_folder() / ANCHOR_FILE_NAME)
    return files


def _parse(line: str, source: Path) -> Anchor | None:
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 6 or len(parts[3]) != 64:
        return None
    try:
        entries = int(parts[4])
    except ValueError:
        return None
    return Anchor(parts[0], parts[1], parts[2], parts[3].lower(), entries, parts[5], source)


def read_anchors(files: Iterable[Path]) -> list[Anchor]:
    """Every readable anchor line of `files` (a missing or unreadable file has none)."""
    anchors: list[Anchor] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            anchor = _parse(line, path)
            if anchor is not None:
                anchors.append(anchor)
    return anchors


# The end of a log read first at every open: the newest anchors are there; a log grows by
# a line per open, export and close, and is read whole only when its end has none for
# this database.
TAIL_BYTES = 64 * 1024


def _tail_anchors(path: Path, location: str) -> list[Anchor]:
    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - TAIL_BYTES))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    lines = tail.splitlines()[1 if size > TAIL_BYTES else 0 :]  # the first may be cut
    parsed = (_parse(line, path) for line in lines)
    found = [a for a in parsed if a is not None and a.location == location]
    if found or size <= TAIL_BYTES:
        return found
    return [a for a in read_anchors([path]) if a.location == location]


def last_anchor(database: Database) -> Anchor | None:
    """The newest anchor written for this database's location, in either log."""
    location = database_location(database)
    anchors = [a for path in anchor_files(database) for a in _tail_anchors(path, location)]
    return max(anchors, key=lambda a: a.at_utc) if anchors else None


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def append_anchor(
    database: Database, head: TrailHead, event: AnchorEvent, identity: StudyIdentity | None
) -> list[Path]:
    """Append one anchor to each log (fsync'd); returns the logs written.

    A log that cannot be written is logged and skipped: the anchor is a safeguard, and a
    read-only folder must not stop a nurse from working.
    """
    anchor = Anchor(
        _utc_now(),
        identity.database_id if identity else NO_ID,
        database_location(database),
        head.hash,
        head.entries,
        event.value,
    )
    written = []
    for path in anchor_files(database):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(anchor.line())
                handle.flush()
                os.fsync(handle.fileno())
            written.append(path)
        except OSError as exc:
            log.warning("could not write the anchor log %s: %s", path, exc)
    return written


@dataclass(frozen=True, slots=True)
class AnchorBreak:
    """The trail does not contain the head last anchored for this database."""

    anchor: Anchor
    message: str


def _when(anchor: Anchor) -> str:
    return anchor.at_utc.replace("T", " ")[:19] + " UTC"


def find_break(
    session: Session, database: Database, identity: StudyIdentity | None
) -> AnchorBreak | None:
    """Compare the trail with the newest anchor for this database's location."""
    anchor = last_anchor(database)
    if anchor is None:
        return None
    details = {
        "name": database.display_name,
        "head": anchor.head[:16],
        "n": anchor.entries,
        "when": _when(anchor),
        "event": anchor.event,
        "log": anchor.source,
    }
    if anchor.database_id != NO_ID and identity is None:
        text = tr_n(
            "Anchors",
            "{name} no longer records which database it is, but {log} shows it was database "
            "{id} with {n} audit entry (head {head}…, {event} at {when}): its tables were "
            "emptied or the file was replaced.",
            "{name} no longer records which database it is, but {log} shows it was database "
            "{id} with {n} audit entries (head {head}…, {event} at {when}): its tables were "
            "emptied or the file was replaced.",
            anchor.entries,
        )
        return AnchorBreak(anchor, text.format(id=anchor.database_id[:8], **details))
    if anchor.database_id not in (NO_ID, identity.database_id if identity else NO_ID):
        text = tr_n(
            "Anchors",
            "{name} is not the database that {log} last recorded at this place (database "
            "{id} with {n} audit entry, head {head}…, {event} at {when}): the file was "
            "replaced by another one.",
            "{name} is not the database that {log} last recorded at this place (database "
            "{id} with {n} audit entries, head {head}…, {event} at {when}): the file was "
            "replaced by another one.",
            anchor.entries,
        )
        return AnchorBreak(anchor, text.format(id=anchor.database_id[:8], **details))
    if hash_of_entry(session, anchor.entries) != anchor.head:
        text = tr(
            "Anchors",
            "The audit trail of {name} no longer contains entry {n} with head {head}… that "
            "{log} recorded ({event} at {when}): audit entries were removed or rewritten "
            "since.",
        )
        return AnchorBreak(anchor, text.format(**details))
    return None


def refusal_message(found: AnchorBreak) -> str:
    """The break, and what to do about it (the text every refused save shows)."""
    return " ".join(
        (
            found.message,
            tr(
                "Anchors",
                "Saving is refused until an administrator has checked the database and "
                "acknowledged this with a reason (Tools > Acknowledge the audit-trail "
                "warning, or `baitp trail acknowledge --reason TEXT --user ADMIN`), or has "
                "restored a good backup.",
            ),
        )
    )


def _lineage(anchors: list[Anchor], session: Session) -> list[Anchor]:
    """The anchors written while the database had the history of the trail in `session`.

    A restore starts a new history (the trail goes back to the backup's, plus a restore
    entry), and a "restore" anchor marks it in the log. So the anchors that must agree
    with a trail are those from its last restore's anchor (or the log's start, if it was
    never restored) up to the next restore anchor.
    """
    last_restore = session.execute(
        select(AuditEntryRow.entry_hash, AuditEntryRow.timestamp_utc)
        .where(AuditEntryRow.table_name == TRAIL_TABLE, AuditEntryRow.action == RESTORE_ACTION)
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).first()
    start = 0
    if last_restore is not None:
        restore_hash, restored_at = str(last_restore[0]), str(last_restore[1])
        marks = [
            i for i, a in enumerate(anchors) if a.event == RESTORE_ACTION and a.head == restore_hash
        ]
        start = (
            marks[-1]
            if marks
            else next((i for i, a in enumerate(anchors) if a.at_utc >= restored_at), len(anchors))
        )
    lineage: list[Anchor] = []
    for index, anchor in enumerate(anchors[start:], start):
        if anchor.event == RESTORE_ACTION and index != start:
            break
        lineage.append(anchor)
    return lineage


def backup_problem(
    session: Session, target: Database, identity: StudyIdentity | None
) -> str | None:
    """Whether a backup's trail contradicts the anchors written for its database.

    A backup whose chain was recomputed after an edit passes every check of the file
    alone; but the anchors written at the place it is restored to, for the same
    database, while the database had that history, up to the backup's number of
    entries, must be in its chain. (Copies of a database elsewhere write anchors under
    their own location: their histories may rightly differ.)
    """
    if identity is None:
        return None
    location = database_location(target)
    anchors = sorted(
        (
            a
            for a in read_anchors(anchor_files(target))
            if a.database_id == identity.database_id and a.location == location
        ),
        key=lambda a: a.at_utc,
    )
    entries = current_head(session).entries
    for anchor in _lineage(anchors, session):
        if anchor.entries <= entries and hash_of_entry(session, anchor.entries) != anchor.head:
            return tr(
                "Anchors",
                "its audit trail does not contain entry {n} with head {head}… that {log} "
                "recorded for this database ({event} at {when}): the trail was rewritten",
            ).format(
                n=anchor.entries,
                head=anchor.head[:16],
                log=anchor.source,
                event=anchor.event,
                when=_when(anchor),
            )
    return None


class AnchorKeeper:
    """The anchors of one open database: checked at open, written at each event.

    While the trail does not contain the last anchored head, the keeper refuses every
    write (a write gate) and writes no anchor, so that the break is found again at every
    open until it is acknowledged.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self.broken: AnchorBreak | None = None
        self._checked = threading.Event()
        database.add_write_gate(self.refusal)
        database.closing_hooks.append(self._on_close)
        _KEEPERS[database] = self

    def nothing_to_check(self) -> None:
        """A database created by this open has no anchors to agree with."""
        self._checked.set()

    def wait_checked(self, timeout: float | None = 60) -> None:
        """Until the comparison made at open (in the background) is known."""
        self._checked.wait(timeout)

    def refusal(self, wait: bool) -> str | None:
        """The break, looked at again: an administrator may have acknowledged it (or
        restored a backup) from another window or workstation meanwhile."""
        if wait:
            self.wait_checked()
        if self.broken is None:
            return None
        with self.database.read_session() as session:
            self.broken = find_break(session, self.database, read_identity(session))
        return refusal_message(self.broken) if self.broken is not None else None

    def check(self) -> AnchorBreak | None:
        """Compare the trail with the anchor logs (at open).

        A break is confirmed under the write lock: a restore holds that lock from before
        it writes its anchor until its new trail is committed, so a file opened in that
        moment is judged once the restore is complete, not half-way.
        """
        try:
            with self.database.read_session() as session:
                self.broken = find_break(session, self.database, read_identity(session))
            if self.broken is not None and not self.database.read_only:
                with self.database.locked_read_session() as session:
                    self.broken = find_break(session, self.database, read_identity(session))
        finally:
            self._checked.set()
        return self.broken

    def record(self, event: AnchorEvent) -> list[Path]:
        """Append the current head (not while the trail is broken)."""
        if self.broken is not None:
            return []
        with self.database.read_session() as session:
            head, identity = current_head(session), read_identity(session)
        return append_anchor(self.database, head, event, identity)

    def acknowledged(self) -> None:
        """The break was acknowledged in the trail: saving is allowed again from here."""
        self.broken = None
        self.record(AnchorEvent.ACKNOWLEDGE)

    def _on_close(self, database: Database) -> None:
        if database.wrote:
            self.record(AnchorEvent.CLOSE)


_KEEPERS: weakref.WeakKeyDictionary[Database, AnchorKeeper] = weakref.WeakKeyDictionary()


def keeper_of(database: Database) -> AnchorKeeper | None:
    """The anchor keeper of a database opened with `open_database`, if any."""
    return _KEEPERS.get(database)


def record_anchor(database: Database, event: AnchorEvent) -> None:
    """Anchor the head after a signature or an export (nothing for a bare Database)."""
    keeper = keeper_of(database)
    if keeper is not None:
        keeper.record(event)
