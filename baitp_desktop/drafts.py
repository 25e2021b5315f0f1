"""Drafts of unsaved form entries, so a crash or a closed window loses at most one field.

The main window asks each CRF tab for its `draft()` every few seconds while it has
unsaved edits and keeps it here; on the next start it offers to put the drafts back
(`restore_draft`). A draft is one small JSON file per user, participant and tab, in a
folder per database (drafts typed against the demo study never show up in the real one).

Each file is written whole or not at all: to a temporary file in the same folder, flushed
to disk (fsync), then renamed over the old one, and the folder is synced so the rename
itself survives a power cut. Drafts hold participant data, so files are private (0600).
No Qt here: the GUI calls it, the tests call it directly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.i18n import tr

log = logging.getLogger(__name__)

DRAFT_FORMAT = "baitp-draft/1"
_SUFFIX = ".draft.json"


class DraftError(UserFacingError):
    """A draft could not be kept (disk full, folder read-only): the form is not lost yet,
    but it would be after a crash, so the person should save it now."""


@dataclass(frozen=True, slots=True)
class Draft:
    """Unsaved entries of one tab for one participant, as the tab's `draft()` gave them."""

    user: str
    participant_id: str
    tab: str
    data: dict[str, Any]
    based_on_version: int | None = None  # the participant version the form was showing
    saved_at: str = ""  # UTC, ISO 8601; set by the store

    def to_json(self) -> dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "user": self.user,
            "participant_id": self.participant_id,
            "tab": self.tab,
            "based_on_version": self.based_on_version,
            "saved_at": self.saved_at,
            "data": self.data,
        }

    @classmethod
    def from_json(cls, document: Any) -> Draft | None:
        """The draft in `document`, or None if it is not one (foreign or damaged file)."""
        if not isinstance(document, dict) or document.get("format") != DRAFT_FORMAT:
            return None
        user, pid, tab = document.get("user"), document.get("participant_id"), document.get("tab")
        data, version = document.get("data"), document.get("based_on_version")
        if not (isinstance(user, str) and isinstance(pid, str) and isinstance(tab, str)):
            return None
        if not isinstance(data, dict):
            return None
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            return None
        saved_at = document.get("saved_at")
        return cls(user, pid, tab, data, version, saved_at if isinstance(saved_at, str) else "")


def default_drafts_root() -> Path:
    """`BAITP_DRAFTS_DIR` if set (tests, kiosks), else `drafts` in the user data folder."""
    override = os.environ.get("BAITP_DRAFTS_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir("baitp-desktop", appauthor=False)) / "drafts"


class DraftStore:
    """The drafts of one database, in `root/<key of the database>/`."""

    def __init__(self, database_name: str, root: Path | None = None) -> None:
        key = hashlib.sha256(database_name.encode("utf-8")).hexdigest()[:16]
        self.folder = (root or default_drafts_root()) / key
        self.database_name = database_name

    # -- writing ---------------------------------------------------------------------------
    def save(self, draft: Draft) -> Draft:
        """Keep `draft` (replacing the previous one for its user, participant and tab)."""
        stamped = Draft(
            draft.user,
            draft.participant_id,
            draft.tab,
            draft.data,
            draft.based_on_version,
            datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        )
        # Serialise first: a value that is not JSON is the tab's bug, not the disk's.
        text = json.dumps(stamped.to_json(), ensure_ascii=False, allow_nan=False, indent=1)
        target = self._file(draft.user, draft.participant_id, draft.tab)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, text)
        except OSError as exc:
            raise DraftError(
                tr(
                    "Drafts",
                    "Could not keep a draft of the unsaved entries in {folder} ({detail}). "
                    "They are still on the screen: save the form now so they are not lost.",
                ).format(folder=self.folder, detail=exc.strerror or exc)
            ) from exc
        return stamped

    def discard(self, user: str, participant_id: str, tab: str) -> None:
        """Forget the draft (after a save, or when the person declines to restore it)."""
        try:
            self._file(user, participant_id, tab).unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the draft of %s/%s/%s", user, participant_id, tab)

    def prune(self, older_than: timedelta = timedelta(days=30)) -> int:
        """Remove drafts nobody restored for a long time; returns how many."""
        cutoff = (datetime.now(UTC) - older_than).timestamp()
        removed = 0
        for path in self._files():
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    # -- reading ---------------------------------------------------------------------------
    def load(self, user: str, participant_id: str, tab: str) -> Draft | None:
        return self._read(self._file(user, participant_id, tab))

    def pending(self, user: str) -> list[Draft]:
        """This user's drafts, oldest first (what the start-up offer lists)."""
        drafts = [d for d in (self._read(p) for p in self._files()) if d and d.user == user]
        return sorted(drafts, key=lambda d: (d.saved_at, d.participant_id, d.tab))

    # -- files -----------------------------------------------------------------------------
    def _file(self, user: str, participant_id: str, tab: str) -> Path:
        key = "\x1f".join((user, participant_id, tab)).encode("utf-8")
        return self.folder / f"{hashlib.sha256(key).hexdigest()[:32]}{_SUFFIX}"

    def _files(self) -> Iterator[Path]:
        try:
            yield from sorted(self.folder.glob(f"*{_SUFFIX}"))
        except OSError:
            return

    def _read(self, path: Path) -> Draft | None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            log.warning("ignoring an unreadable draft file %s", path)
            return None
        draft = Draft.from_json(document)
        if draft is None:
            log.warning("ignoring a file that is not a baitp draft: %s", path)
        return draft


def _write_atomically(target: Path, text: str) -> None:
    """Temporary file in the same folder, fsync, rename over `target`, fsync the folder."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
