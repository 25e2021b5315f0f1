"""What the record tables share: a table of stored records beside a form for one record.

The Platelet counts, Bleeding and Adverse events tabs and the plain log forms (rescue
therapy: gui/tabs/log_form.py) work the same way: Enter, F2 or a double-click on a row
loads its record into the form (refused while another entry is unsaved), Delete deletes
it through the service (which asks for the reason), and what became of a save or a
delete is one line of status text.
A record covered by an active signature is read-only: its row says so, and opening or
deleting it only tells the person to unlock it first (the service would refuse anyway).

Only the wording, the record kind and what opening a row means differ; each class gives
those (`RecordWording`, `record_kind`, `_open_row`) and keeps its own form, layout and
drafts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QWidget

from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.signatures import SignatureRecord
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot, SaveOutcome
from baitp_desktop.gui.widgets.record_table import RecordTableModel, select_row, selected_row
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, Delete


class StoredRecord(Protocol):
    @property
    def record_id(self) -> int | None: ...


Record = TypeVar("Record", bound=StoredRecord)


def record_with_id(records: Iterable[Record], record_id: object) -> Record | None:
    """The record a draft was editing (None: it was a new entry, or the record is gone)."""
    return next((r for r in records if r.record_id == record_id), None)


def add_shortcut(
    widget: QWidget,
    key: Qt.Key,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> None:
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)


def signed_text(signature: SignatureRecord) -> str:
    """The hint on a signed record: who signed it and how to change it."""
    return tr("Records", "Signed by {name}: unlock the signature to change this record.").format(
        name=signature.printed_name
    )


@dataclass(frozen=True)
class RecordWording:
    """What a record table says, each in the words of its own records."""

    busy: str  # another row is opened while an entry is unsaved
    not_saved: str  # a save refused at the fields
    no_reason: str  # a save whose reason for change was not given
    deleted: Callable[[Any], str]  # after a record was deleted


class RecordActions:
    """Mixin for a widget with `model` (RecordTableModel) and `table`: the row actions.

    The widget sets `record_kind` (the service's change kind) and `wording`, keeps the
    record in the form in `_editing` and the shown participant in `snapshot`, and
    implements `_say`, `_open_row`, `_start_new` and `_entry_pending`.
    """

    record_kind: str = ""
    context: GuiContext
    snapshot: ParticipantSnapshot | None
    model: RecordTableModel
    table: QTableView
    wording: RecordWording
    _editing: Any
    _findings: tuple[Finding, ...] = ()

    def _widget(self) -> QWidget:
        """The widget this mixin is part of (parent of the dialogs a save may open)."""
        assert isinstance(self, QWidget)
        return self

    # -- hooks -----------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        raise NotImplementedError

    def _open_row(self, row: Any) -> None:
        """Load an activated row into the form (a placeholder row: start that entry)."""
        raise NotImplementedError

    def _start_new(self) -> None:
        raise NotImplementedError

    def _entry_pending(self) -> bool:
        """Is something typed in the form that opening another row would lose?"""
        raise NotImplementedError

    # -- wiring ----------------------------------------------------------------------------
    def _connect_table(self) -> None:
        """Enter/double-click and F2 open the selected row, Delete deletes its record."""
        self.table.activated.connect(self._row_activated)
        add_shortcut(self.table, Qt.Key.Key_F2, self._edit_selected)
        add_shortcut(self.table, Qt.Key.Key_Delete, self._delete_selected)

    def _show_rows(self, rows: Sequence[Any], same_participant: bool) -> None:
        """Rows into the table, with the findings kept if it is the same participant; the
        rows of signed records are marked as such."""
        if not same_participant:
            self._findings = ()
        self.model.set_rows(rows)
        self.model.set_findings(self._findings)
        self.model.set_locked(self._locked_row_text)

    def _locked_row_text(self, row: Any) -> str | None:
        record = getattr(row, "record", None)
        signature = None if record is None else self.locking_signature(record)
        return None if signature is None else signed_text(signature)

    def locking_signature(self, record: Any) -> SignatureRecord | None:
        """The active signature that makes `record` read-only, if any."""
        snapshot = self.snapshot
        if snapshot is None:
            return None
        return snapshot.locks.locking_record(self.record_kind, record)

    # -- CrfTab parts ----------------------------------------------------------------------
    def show_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = tuple(findings)
        self.model.set_findings(self._findings)

    def focus_record(self, record: str) -> bool:
        row = self.model.row_of_key(record)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    # -- table actions ---------------------------------------------------------------------
    def _selected(self) -> Any | None:
        number = selected_row(self.table)
        return None if number is None else self.model.row(number)

    def _row_activated(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self._edit_selected()

    def _edit_selected(self) -> None:
        row = self._selected()
        if row is None or self.snapshot is None:
            return
        if self._entry_pending():
            self._say(self.wording.busy)
            return
        if self._refuse_signed(getattr(row, "record", None)):
            return
        self._open_row(row)

    def _delete_selected(self) -> None:
        row = self._selected()
        if row is not None and row.record is not None:
            self._delete(row.record)

    def _delete_editing(self) -> None:
        if self._editing is not None:
            self._delete(self._editing)

    def _delete(self, record: Any) -> None:
        snapshot = self.snapshot
        if snapshot is None or record.record_id is None or self._refuse_signed(record):
            return
        change = Delete(self.record_kind, record.record_id)
        outcome = self.context.save(
            self._widget(), snapshot.participant_id, [change], snapshot.version
        )
        if outcome.saved:
            self._say(self.wording.deleted(record))
            if self._editing is not None and self._editing.record_id == record.record_id:
                self._start_new()

    def _refuse_signed(self, record: Any) -> bool:
        """Say why a signed record cannot be opened or deleted; False when it is open."""
        signature = None if record is None else self.locking_signature(record)
        if signature is None:
            return False
        self._say(signed_text(signature))
        return True

    # -- saving ----------------------------------------------------------------------------
    # The form's part of a save: is anything typed, is it valid, what to send, where a
    # refused field's message goes, and what to do once saved.
    def _form_dirty(self) -> bool:
        return self._entry_pending()

    def _form_valid(self) -> bool:
        raise NotImplementedError

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        """The changes to send, and the status text once they are saved."""
        raise NotImplementedError

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        raise NotImplementedError

    def _after_save(self) -> None:
        self._start_new()

    def _save_form(self) -> bool:
        """Save what the form holds through the save funnel; True when nothing is left."""
        snapshot = self.snapshot
        if snapshot is None or not self._form_dirty():
            return True
        if not self._form_valid():
            self._say(self.wording.not_saved)
            return False
        changes, saved_text = self._form_changes()
        outcome = self.context.save(
            self._widget(), snapshot.participant_id, changes, snapshot.version
        )
        if outcome.saved:
            self._say(saved_text)
            self._after_save()
            return True
        if outcome.problems:
            self._show_refusals(outcome.problems)
        self._report_not_saved(outcome)
        return False

    def _report_not_saved(self, outcome: SaveOutcome) -> None:
        """The status line after a save that did not happen (refused or no reason)."""
        if outcome.problems:
            self._say(self.wording.not_saved)
        elif outcome.cancelled:
            self._say(self.wording.no_reason)
