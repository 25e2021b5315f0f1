"""What the main window and the CRF tabs agree on.

The main window owns the participant being shown and hands each tab a
`ParticipantSnapshot` (immutable core records plus the derived `Course`). A tab never
talks to the database: it turns what the user typed into service `Change`s and calls
`GuiContext.save`, which funnels every GUI write through the service layer and deals
with reasons for change, conflicts and refusals in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import Participant
from baitp_desktop.core.signatures import LockState
from baitp_desktop.gui.part11.reason_dialog import change_lines
from baitp_desktop.gui.tasks import TaskRunner
from baitp_desktop.service import ConflictError, ReasonRequired, StudyService
from baitp_desktop.service.changes import Change
from baitp_desktop.service.signatures import signatures_in


@dataclass(frozen=True)
class ParticipantSnapshot:
    """One participant as loaded at `version`, with the derived course as of `today`.

    `locks`: the active signatures, so that a tab can show signed records read-only
    instead of letting the person type a change the service will refuse.
    """

    participant: Participant
    version: int
    course: Course
    today: date
    locks: LockState = field(default_factory=LockState)

    @property
    def participant_id(self) -> str:
        return self.participant.participant_id


def same_participant(shown: ParticipantSnapshot | None, new: ParticipantSnapshot | None) -> bool:
    """Are both snapshots of one participant (a reload rather than a switch)?"""
    return shown is not None and new is not None and shown.participant_id == new.participant_id


@dataclass(frozen=True)
class SaveOutcome:
    """What became of a save: saved (new version), refused at fields, or not done."""

    saved: bool
    version: int | None = None
    problems: Sequence[InputProblem] = field(default_factory=tuple)
    cancelled: bool = False
    conflict: bool = False


class GuiContext(QObject):
    """The GUI's door to the service: every tab saves through `save`.

    `ask_reason` asks the person for a reason for change (returns None when cancelled);
    `show_error` shows a UserFacingError. Both are replaceable (dialogs in the app,
    scripted answers in tests). `tasks` is the one background worker every screen of the
    window hands its reads to (gui.tasks), so they never compete for the database.
    """

    participant_saved = Signal(str, int)  # participant id, new version
    conflict_detected = Signal(str, str)  # participant id, message

    def __init__(
        self,
        service: StudyService,
        ask_reason: Callable[[QWidget | None, Sequence[str]], str | None],
        show_error: Callable[[QWidget | None, str], None],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.service = service
        self.ask_reason = ask_reason
        self.show_error = show_error
        self.today = today
        self.tasks = TaskRunner(self)
        # ULNs (alt_uln, ast_uln, bilirubin_uln) of the last participant entered with labs:
        # the screening tab prefills them (the main window keeps this up to date).
        self.lab_uln_defaults: dict[str, float] = {}

    @property
    def config(self) -> ProtocolConfig:
        return self.service.config

    def snapshot(self, participant_id: str) -> ParticipantSnapshot:
        participant, version, signatures = self.service.snapshot(
            participant_id, lambda session: signatures_in(session, participant_id)
        )
        locks = LockState.of(signatures)
        return ParticipantSnapshot(participant, version, Course(participant, self.config),
                                   self.today(), locks)  # fmt: skip

    def save(
        self,
        parent: QWidget | None,
        participant_id: str,
        changes: Sequence[Change],
        expected_version: int,
        reason: str | None = None,
    ) -> SaveOutcome:
        """Apply `changes`; asks for a reason if a saved value changes; never raises."""
        try:
            try:
                version = self.service.apply(
                    participant_id, changes, reason=reason, expected_version=expected_version
                )
            except ReasonRequired as needed:
                lines = change_lines(needed.changes, self.config) or needed.records
                reason = self.ask_reason(parent, lines)
                if reason is None:
                    return SaveOutcome(saved=False, cancelled=True)
                version = self.service.apply(
                    participant_id, changes, reason=reason, expected_version=expected_version
                )
        except InvalidInput as refused:
            return SaveOutcome(saved=False, problems=tuple(refused.problems))
        except ConflictError as conflict:
            self.conflict_detected.emit(participant_id, str(conflict))
            return SaveOutcome(saved=False, conflict=True)
        except UserFacingError as error:
            self.show_error(parent, str(error))
            return SaveOutcome(saved=False)
        if version != expected_version:
            self.participant_saved.emit(participant_id, version)
        return SaveOutcome(saved=True, version=version)


class CrfTab(QWidget):
    """Base of the five CRF tabs. Subclasses set `tab_id` and implement the hooks.

    - `show_participant` is called after every load or save with a fresh snapshot; the
      tab shows it and forgets unsaved edits only if the snapshot is of another participant
      or the tab has none.
    - `show_findings` receives this participant's current findings (all codes); the tab
      highlights the rows/fields/days they point at (`Finding.record`).
    - `focus_record` moves the keyboard focus to a finding's record; True if it is here.
    - `save` writes pending edits through `context.save`; True when nothing is left unsaved.
    - `draft` / `restore_draft` capture unsaved edits as JSON-able data (crash recovery).
    - `undo_stack` is the tab's own undo history for Edit > Undo/Redo (the diary's marks),
      or None where the fields' own undo (Ctrl+Z in a text field) is all there is.
    """

    tab_id: str = ""
    dirty_changed = Signal(bool)

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: ParticipantSnapshot | None = None
        self._was_dirty = False

    def title(self) -> str:
        raise NotImplementedError

    def is_same_participant(self, snapshot: ParticipantSnapshot | None) -> bool:
        """Is `snapshot` of the participant shown now (a reload, not a switch)?

        Call before `show_participant` stores it: unsaved edits survive a reload only.
        """
        return same_participant(self.snapshot, snapshot)

    def report_dirty(self) -> None:
        """Emit `dirty_changed` when `has_unsaved_changes()` flips (the window marks the tab)."""
        dirty = self.has_unsaved_changes()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        self.snapshot = snapshot

    def show_findings(self, findings: Sequence[Finding]) -> None:
        pass

    def focus_record(self, record: str) -> bool:
        return False

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def discard_changes(self) -> None:
        pass

    def draft(self) -> dict[str, Any] | None:
        return None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        pass

    def undo_stack(self) -> QUndoStack | None:
        return None
