"""Plain log forms built from their declarations: a table of the records and a form.

A plain log (core.crf_forms `plain_log`, e.g. rescue therapy) has no behaviour of its own
beyond what its declaration says, so one widget serves them all: `LogFormPanel` shows the
records in a table (a column per field, the study day beside the record's date, findings
marked), and a form with the editor each field calls for (gui.widgets.declared_fields).
Every refusal, from the field's own check or from the service, is shown at its field.
Saving, opening, deleting and signed records behave as in every record table
(`RecordActions`).

A tab that hosts plain logs holds them in a `LogPanels`; a plain log whose declared tab no
hand-written tab has gets a `LogTab` of its own (`log_tab_classes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.forms import FieldSpec, FieldType, RecordKind, plain
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.pointers import dated, numbered
from baitp_desktop.core.signatures import SignatureRecord
from baitp_desktop.core.vocabulary import label
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot, same_participant
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.record_tab import RecordActions, RecordWording, record_with_id
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.gui.widgets.declared_fields import DeclaredEditor, declared_editor
from baitp_desktop.gui.widgets.fields import DateField, FieldError, study_day_text
from baitp_desktop.gui.widgets.record_table import RecordTableModel, record_table_view
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, Upsert


def value_text(spec: FieldSpec, value: Any) -> str:
    """A stored value as a table cell shows it, in the current language."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return tr("Field", "Yes") if value else tr("Field", "No")
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, int | float):
        return fmt_number(value)
    text = str(value)
    return tr(spec.context, text) if text in spec.suggestions else text


@dataclass(frozen=True)
class LogRow:
    record: Any
    day: str  # the study day of the record's date
    keys: tuple[str, ...]
    placeholder: bool = False


def record_pointer(kind: RecordKind, record: Any) -> str:
    """The pointer findings use for a record (`rescue:2`, `count:2022-07-13`)."""
    if kind.numbered:
        return str(numbered(kind.kind, record.number))
    return str(dated(kind.kind, kind.record_date(record)))


def log_rows(kind: RecordKind, snapshot: ParticipantSnapshot) -> list[LogRow]:
    day1 = snapshot.course.day1
    records = getattr(snapshot.participant, kind.attribute)
    order: Callable[[Any], Any] = (
        (lambda r: (kind.record_date(r), r.number)) if kind.numbered else kind.record_date
    )
    return [
        LogRow(r, study_day_text(kind.record_date(r), day1), (record_pointer(kind, r),))
        for r in sorted(records, key=order)
    ]


def log_columns(kind: RecordKind) -> list[Column]:
    """A column per field a person enters; the study day beside the record's date."""

    def shown(spec: FieldSpec) -> Callable[[LogRow], str]:
        return lambda row: value_text(spec, getattr(row.record, spec.name))

    columns = []
    for spec in kind.entry_fields:
        number = spec.datatype in (FieldType.INTEGER, FieldType.FLOAT)
        columns.append(Column(spec.title(), shown(spec), align_right=number))
        if spec.name == kind.date_field:
            columns.append(Column(tr("Forms", "Study day"), lambda r: r.day, align_right=True))
    return columns


def _wording(kind: RecordKind) -> RecordWording:
    form = kind.title()

    def deleted(record: Any) -> str:
        if kind.numbered:
            return tr("Forms", "{form} {number} deleted.").format(form=form, number=record.number)
        when = format_date(kind.record_date(record))
        return tr("Forms", "{form} of {date} deleted.").format(form=form, date=when)

    return RecordWording(
        busy=tr("Forms", "{form}: save or cancel the entry being made first.").format(form=form),
        not_saved=tr("Forms", "{form} not saved: correct the fields marked in red.").format(
            form=form
        ),
        no_reason=tr("Forms", "{form} not saved: no reason for the change was given.").format(
            form=form
        ),
        deleted=deleted,
    )


class LogFormPanel(RecordActions, QGroupBox):
    """One plain log: its records in a table, and a form for one record."""

    edited = Signal()

    def __init__(
        self,
        context: GuiContext,
        kind: RecordKind,
        status: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind.title(), parent)
        self.context = context
        self.kind = kind
        self.record_kind = kind.kind
        self._status = status
        self.snapshot: ParticipantSnapshot | None = None
        self._editing: Any = None
        self.wording = _wording(kind)
        self.model = RecordTableModel(log_columns(kind), self)
        self.table = record_table_view(self.model, self)
        self.table.setAccessibleName(kind.title())
        self.editors: dict[str, DeclaredEditor] = {
            spec.name: declared_editor(spec, context.config, context.today, self)
            for spec in kind.entry_fields
        }
        self.other_error = FieldError(self)  # a refusal about a field without an editor
        self.save_button = QPushButton(tr("Forms", "Save"), self)
        self.cancel_button = QPushButton(tr("Forms", "Clear"), self)
        self.delete_button = QPushButton(tr("Forms", "Delete…"), self)
        self._lay_out()
        for editor in self.editors.values():
            editor.edited.connect(self.edited)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self._delete_editing)
        self._connect_table()
        self._loaded = self.typed()

    def _lay_out(self) -> None:
        form = QGridLayout()
        for row, spec in enumerate(self.kind.entry_fields):
            editor = self.editors[spec.name]
            assert isinstance(editor, QWidget)
            caption = QLabel(spec.title(), self)
            caption.setBuddy(editor)
            form.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(editor, row, 1)
        form.addWidget(self.other_error, len(self.editors), 1)
        form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def field(self, name: str) -> DeclaredEditor:
        """The editor of one declared field."""
        return self.editors[name]

    # -- showing -----------------------------------------------------------------------------
    def show_snapshot(self, snapshot: ParticipantSnapshot | None, keep_edits: bool) -> None:
        """`keep_edits`: a reload of the same participant with an entry unsaved."""
        same = same_participant(self.snapshot, snapshot)
        self.snapshot = snapshot
        day1 = None if snapshot is None else snapshot.course.day1
        for editor in self.editors.values():
            if isinstance(editor, DateField):
                editor.set_day1(day1)
        self._show_rows(log_rows(self.kind, snapshot) if snapshot is not None else [], same)
        if not keep_edits:
            self.start_new()

    def locking_signature(self, record: Any) -> SignatureRecord | None:
        snapshot = self.snapshot
        if snapshot is None:
            return None
        return snapshot.locks.locking_record(self.kind.kind, self.kind.record_date(record))

    # -- entry state -----------------------------------------------------------------------
    def start_new(self) -> None:
        """An empty form; the record's date starts as today (most entries are of today)."""
        self._editing = None
        self.setTitle(self.kind.title())
        self.delete_button.setVisible(False)
        self.cancel_button.setText(tr("Forms", "Clear"))
        today = None if self.snapshot is None else self.snapshot.today
        for name, editor in self.editors.items():
            editor.set_value(today if name == self.kind.date_field else None)
        self.other_error.set_message(None)
        self._loaded = self.typed()
        self.edited.emit()

    def _start_new(self) -> None:
        self.start_new()

    def start_edit(self, record: Any) -> None:
        self._editing = record
        form = self.kind.title()
        if self.kind.numbered:
            title = tr("Forms", "{form} · changing no. {number}").format(
                form=form, number=record.number
            )
        else:
            title = tr("Forms", "{form} · changing the entry of {date}").format(
                form=form, date=format_date(self.kind.record_date(record))
            )
        self.setTitle(title)
        self.delete_button.setVisible(True)
        self.cancel_button.setText(tr("Forms", "Cancel edit"))
        for name, editor in self.editors.items():
            editor.set_value(plain(getattr(record, name)))
        self.other_error.set_message(None)
        self._loaded = self.typed()
        self._first_editor().setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _first_editor(self) -> DeclaredEditor:
        """Where typing starts when a record is opened: the first field after its date."""
        others = [e for n, e in self.editors.items() if n != self.kind.date_field]
        return others[0] if others else next(iter(self.editors.values()))

    def typed(self) -> dict[str, Any]:
        """What the form holds, as typed (also half-typed dates)."""
        return {name: editor.draft_state() for name, editor in self.editors.items()}

    def values(self) -> dict[str, Any]:
        """The form's values in their types (None for empty or unreadable)."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def has_unsaved_changes(self) -> bool:
        return self.snapshot is not None and self.typed() != self._loaded

    def _entry_pending(self) -> bool:
        return self.has_unsaved_changes()

    def _say(self, text: str) -> None:
        self._status(text)

    def _open_row(self, row: LogRow) -> None:
        self.start_edit(row.record)

    # -- saving ----------------------------------------------------------------------------
    def validate(self) -> bool:
        """Every field's own check, and every required field given; False shows why."""
        values = self.values()
        ok = True
        for spec in self.kind.entry_fields:
            editor = self.editors[spec.name]
            ok = editor.validate() and ok
            if editor.is_empty() and spec.is_required(values):
                editor.set_error(tr("Entry", "required"))
                ok = False
        return ok

    def save(self) -> bool:
        return self._save_form()

    def _form_valid(self) -> bool:
        return self.validate()

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        values = self.values()
        record_id = None if self._editing is None else self._editing.record_id
        when = values.get(self.kind.date_field)
        saved = tr("Forms", "{form} of {date} saved.").format(
            form=self.kind.title(), date=format_date(when) if isinstance(when, date) else ""
        )
        return [Upsert(self.kind.kind, values, record_id)], saved

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        for problem in problems:
            editor = self.editors.get(problem.field)
            if editor is not None:
                editor.set_error(problem.message)
            else:
                self.other_error.set_message(problem.message)

    # -- drafts ----------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        return {
            "editing": None if self._editing is None else self._editing.record_id,
            "fields": self.typed(),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        records = getattr(snapshot.participant, self.kind.attribute)
        record = record_with_id(records, draft.get("editing"))
        if record is not None:
            self.start_edit(record)
        else:
            self.start_new()
        fields = draft.get("fields")
        for name, state in (fields if isinstance(fields, dict) else {}).items():
            if name in self.editors:
                self.editors[name].restore_state(state)
        self.edited.emit()


class LogPanels:
    """The plain logs one tab hosts, handled together (showing, saving, drafts)."""

    def __init__(
        self,
        context: GuiContext,
        kinds: Iterable[RecordKind],
        status: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        self.panels = {k.kind: LogFormPanel(context, k, status, parent) for k in kinds}

    def __iter__(self) -> Iterator[LogFormPanel]:
        return iter(self.panels.values())

    def show(self, snapshot: ParticipantSnapshot | None, same_participant: bool) -> None:
        for panel in self:
            panel.show_snapshot(snapshot, same_participant and panel.has_unsaved_changes())

    def show_findings(self, findings: Sequence[Finding]) -> None:
        for panel in self:
            panel.show_findings(findings)

    def focus_record(self, record: str) -> bool:
        return any(panel.focus_record(record) for panel in self)

    def has_unsaved_changes(self) -> bool:
        return any(panel.has_unsaved_changes() for panel in self)

    def save(self) -> bool:
        """Save each log's entry (stopping at the first that cannot be saved)."""
        return all(panel.save() for panel in self)

    def discard(self) -> None:
        for panel in self:
            panel.start_new()

    def draft(self) -> dict[str, Any]:
        return {kind: p.draft() for kind, p in self.panels.items() if p.has_unsaved_changes()}

    def restore_draft(self, drafts: Any) -> None:
        for kind, draft in (drafts if isinstance(drafts, dict) else {}).items():
            if kind in self.panels and isinstance(draft, dict):
                self.panels[kind].restore_draft(draft)


def hosted_logs(tab_id: str) -> list[RecordKind]:
    """The plain logs declared to live on a tab."""
    return [kind for kind in RECORD_KINDS if kind.plain_log and kind.tab == tab_id]


class LogTab(CrfTab):
    """A tab of its own for plain logs (`kinds`) that no hand-written tab hosts."""

    kinds: ClassVar[tuple[RecordKind, ...]] = ()

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.logs = LogPanels(context, self.kinds, self.status.setText, self)
        layout = QVBoxLayout(self)
        for panel in self.logs:
            layout.addWidget(panel, 1)
            panel.edited.connect(self.report_dirty)
        layout.addWidget(self.status)
        self.show_participant(None)

    def title(self) -> str:
        return self.kinds[0].title()

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        same = self.is_same_participant(snapshot)
        super().show_participant(snapshot)
        self.setEnabled(snapshot is not None)
        self.logs.show(snapshot, same)
        self.report_dirty()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.logs.show_findings(findings)

    def focus_record(self, record: str) -> bool:
        return self.logs.focus_record(record)

    def has_unsaved_changes(self) -> bool:
        return self.logs.has_unsaved_changes()

    def save(self) -> bool:
        return self.logs.save()

    def discard_changes(self) -> None:
        self.logs.discard()
        self.status.setText("")

    def draft(self) -> dict[str, Any] | None:
        drafts = self.logs.draft()
        return {"logs": drafts} if drafts else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.logs.restore_draft(draft.get("logs"))
        self.report_dirty()


def log_tab_classes(hosted_tabs: Iterable[str]) -> list[type[CrfTab]]:
    """A `LogTab` for each tab id that plain logs declare and no hand-written tab has."""
    taken = set(hosted_tabs)
    tabs: dict[str, list[RecordKind]] = {}
    for kind in RECORD_KINDS:
        if kind.plain_log and kind.tab not in taken:
            tabs.setdefault(kind.tab, []).append(kind)
    return [
        type(f"LogTab_{tab_id}", (LogTab,), {"tab_id": tab_id, "kinds": tuple(kinds)})
        for tab_id, kinds in tabs.items()
    ]
