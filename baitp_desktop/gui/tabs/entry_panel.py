"""A hand-written form over a table of its records: the lab panels, the medications, the
prior ITP therapies and the other medical history.

These forms have behaviour of their own (live grades, a drug marked as it is typed, a
therapy code list in two languages) so the generic log form cannot build them, but around
the form they all work the same way, written once here: the table (Enter/F2 opens a row,
Delete deletes it, signed rows read-only, findings marked), Save/Clear/Delete buttons,
the status line, what counts as unsaved, drafts, and the one place a save is sent from:
`EntryPanel._form_changes`, an `Upsert` of the record kind with the form's values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baitp_desktop.core.errors import InputProblem
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot, same_participant
from baitp_desktop.gui.tabs.record_tab import RecordActions, RecordWording, record_with_id
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.record_table import RecordTableModel, record_table_view
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, Upsert


class RecordForm(Protocol):
    """What a panel needs of its form (a QWidget): values, typed text, checks, loading."""

    edited: Any  # Signal()

    def values(self) -> dict[str, Any]: ...
    def typed(self) -> dict[str, Any]: ...
    def restore_typed(self, typed: dict[str, Any]) -> None: ...
    def load(self, record: Any | None) -> None: ...
    def validate(self) -> bool: ...
    def show_problems(self, problems: Iterable[InputProblem]) -> None: ...
    def set_read_only(self, read_only: bool) -> None: ...


@dataclass(frozen=True)
class EntryRow:
    """A stored record as a table row; `keys` are the finding records it answers to."""

    record: Any
    keys: tuple[str, ...]
    day: str = ""
    placeholder: bool = False


@dataclass(frozen=True)
class PanelSpec:
    """What differs between the panels: the record kind and its words and columns."""

    kind: str  # the change funnel's kind name
    title: str
    columns: Callable[[], list[Column]]
    rows: Callable[[ParticipantSnapshot], list[EntryRow]]
    records: Callable[[ParticipantSnapshot], Sequence[Any]]
    wording: RecordWording
    saved: Callable[[dict[str, Any]], str]


class EntryPanel(RecordActions, QWidget):
    """One kind of record: its table and its form, saved through the change funnel."""

    edited = Signal()

    def __init__(
        self,
        context: GuiContext,
        spec: PanelSpec,
        form: QWidget,
        status: Callable[[str], None],
        parent: QWidget | None = None,
        side_by_side: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.record_kind = spec.kind
        self.wording = spec.wording
        self.snapshot: ParticipantSnapshot | None = None
        self._editing: Any = None
        self._status = status
        self.form_widget = form
        self.form = cast(RecordForm, form)
        self.model = RecordTableModel(spec.columns(), self)
        self.table = record_table_view(self.model, self)
        self.table.setAccessibleName(spec.title)
        self.save_button = QPushButton(tr("Forms", "Save"), self)
        self.clear_button = QPushButton(tr("Forms", "Clear"), self)
        self.delete_button = QPushButton(tr("Forms", "Delete…"), self)
        self.hint = QLabel(tr("Forms", "Enter or F2: open the selected row · Delete: delete it"))
        self.hint.setProperty("role", "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.form_box = QVBoxLayout()
        self.form_box.addWidget(form)
        self.form_box.addLayout(buttons)
        self.records_box = QVBoxLayout()
        self.records_box.addWidget(self.table, 1)
        self.records_box.addWidget(self.hint)
        layout: QBoxLayout = QHBoxLayout(self) if side_by_side else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form_box)
        layout.addLayout(self.records_box, 1)
        self.box = layout  # form first, records second (a tab may change their stretch)
        self.form.edited.connect(self.edited)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self._delete_editing)
        self._connect_table()
        self._loaded = self.form.typed()

    # -- showing -----------------------------------------------------------------------------
    def show_snapshot(self, snapshot: ParticipantSnapshot | None) -> None:
        same = same_participant(self.snapshot, snapshot)
        keep = same and self.has_unsaved_changes()
        self.snapshot = snapshot
        self._show_rows([] if snapshot is None else self.spec.rows(snapshot), same)
        if not keep:
            self.start_new()
        elif self._editing is not None and snapshot is not None:
            still = record_with_id(self.spec.records(snapshot), self._editing.record_id)
            self._editing = still

    # -- entry state -----------------------------------------------------------------------
    def start_new(self) -> None:
        self._start_new()

    def _start_new(self) -> None:
        self._editing = None
        self.form.load(None)
        self.form.set_read_only(False)
        self.delete_button.setEnabled(False)
        self._loaded = self.form.typed()
        self.edited.emit()

    def start_edit(self, record: Any) -> None:
        self._editing = record
        self.form.load(record)
        self.delete_button.setEnabled(True)
        self._loaded = self.form.typed()
        self.form_widget.setFocus()
        self.edited.emit()

    def _open_row(self, row: EntryRow) -> None:
        if row.record is not None:
            self.start_edit(row.record)

    def has_unsaved_changes(self) -> bool:
        return bool(self.form.typed() != self._loaded)

    def _entry_pending(self) -> bool:
        return self.has_unsaved_changes()

    def _say(self, text: str) -> None:
        self._status(text)

    # -- saving: the one place this panel sends a change -----------------------------------
    def save(self) -> bool:
        return self._save_form()

    def _form_valid(self) -> bool:
        return bool(self.form.validate())

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        values = self.form.values()
        record_id = None if self._editing is None else self._editing.record_id
        return [Upsert(self.spec.kind, values, record_id)], self.spec.saved(values)

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        self.form.show_problems(problems)

    # -- crash recovery --------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        editing = None if self._editing is None else self._editing.record_id
        return {"editing": editing, "typed": self.form.typed()}

    def restore_draft(self, draft: dict[str, Any]) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        record = record_with_id(self.spec.records(snapshot), draft.get("editing"))
        if record is not None:
            self.start_edit(record)
        else:
            self._start_new()
        self.form.restore_typed(dict(draft.get("typed") or {}))
        self.edited.emit()
