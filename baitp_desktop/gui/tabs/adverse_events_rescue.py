"""The rescue therapy log (a separate record kind, "rescue") inside the AE tab.

Rescue therapy is not a deviation, but it decides the durable-response endpoint (none in
the 28 days up to week 24), so it is logged next to the AEs that often prompt it: date
and therapy (IVIG, platelet transfusion, corticosteroids, TPO receptor agonists, or
other, typed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.entry_checks import check_text
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.records import RescueTherapy
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot, same_participant
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.adverse_events_rows import (
    RESCUE_THERAPIES,
    RescueRow,
    rescue_columns,
    rescue_rows,
)
from baitp_desktop.gui.tabs.record_tab import RecordActions, RecordWording, record_with_id
from baitp_desktop.gui.widgets.fields import DateField, FieldError, TextField
from baitp_desktop.gui.widgets.record_table import RecordTableModel, record_table_view
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, Upsert

OTHER = "__other__"


class RescuePanel(RecordActions, QGroupBox):
    """Rescue therapy: a table and a one-line form (date, therapy, other: specify)."""

    edited = Signal()
    record_kind = "rescue"

    def __init__(
        self, context: GuiContext, status: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Rescue", "Rescue therapy"), parent)
        self.context = context
        self._status = status
        self.snapshot: ParticipantSnapshot | None = None
        self._editing: RescueTherapy | None = None
        self.wording = RecordWording(
            busy=tr("Rescue", "Save or cancel the rescue therapy being entered first."),
            not_saved=tr("Rescue", "Rescue not saved: correct the fields marked in red."),
            no_reason=tr("Rescue", "Rescue not saved: no reason for the change was given."),
            deleted=lambda r: tr("Rescue", "Deleted rescue therapy {number}.").format(
                number=r.number
            ),
        )
        self.model = RecordTableModel(rescue_columns(), self)
        self.table = record_table_view(self.model, self)
        self.table.setAccessibleName(tr("Rescue", "Rescue therapy"))
        self.date = DateField(context.today, self)
        self.therapy = QComboBox(self)
        self.therapy.setAccessibleName(tr("Rescue", "Therapy"))
        self.therapy.addItem("—", None)
        for therapy in RESCUE_THERAPIES:
            self.therapy.addItem(tr("Rescue", therapy), therapy)
        self.therapy.addItem(tr("Rescue", "Other (specify)"), OTHER)
        self.therapy_error = FieldError(self)
        self.other = TextField(lambda text: check_text(text, 200), 200, self)
        self.other.editor.setPlaceholderText(tr("Rescue", "which therapy"))
        self.save_button = QPushButton(tr("Rescue", "Save rescue"), self)
        self.cancel_button = QPushButton(tr("Rescue", "Clear"), self)
        self.delete_button = QPushButton(tr("Rescue", "Delete rescue…"), self)
        self._lay_out()
        self.date.edited.connect(self.edited)
        self.therapy.activated.connect(self._therapy_chosen)
        self.other.edited.connect(self.edited)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self._delete_editing)
        self._connect_table()

    def _lay_out(self) -> None:
        form = QGridLayout()
        date_label = QLabel(tr("Rescue", "Da&te"), self)
        date_label.setBuddy(self.date.editor)
        therapy_label = QLabel(tr("Rescue", "T&herapy"), self)
        therapy_label.setBuddy(self.therapy)
        form.addWidget(date_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.date, 0, 1)
        form.addWidget(therapy_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.therapy, 1, 1)
        form.addWidget(self.therapy_error, 2, 1)
        form.addWidget(self.other, 3, 1)
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

    # -- showing -----------------------------------------------------------------------------
    def show_snapshot(self, snapshot: ParticipantSnapshot | None, keep_edits: bool) -> None:
        """`keep_edits`: a reload of the same participant with a rescue entry unsaved."""
        same = same_participant(self.snapshot, snapshot)
        self.snapshot = snapshot
        self.date.set_day1(None if snapshot is None else snapshot.course.day1)
        self._show_rows(rescue_rows(snapshot) if snapshot is not None else [], same)
        if not keep_edits:
            self.start_new()

    # -- entry state -----------------------------------------------------------------------
    def start_new(self) -> None:
        self._editing = None
        self.setTitle(tr("Rescue", "Rescue therapy"))
        self.delete_button.setVisible(False)
        self.cancel_button.setText(tr("Rescue", "Clear"))
        self.date.set_value(None if self.snapshot is None else self.snapshot.today)
        self._set_therapy(None)
        self.therapy_error.set_message(None)
        self.edited.emit()

    def _start_new(self) -> None:
        self.start_new()

    def start_edit(self, record: RescueTherapy) -> None:
        self._editing = record
        self.setTitle(
            tr("Rescue", "Rescue therapy · changing rescue {number}").format(number=record.number)
        )
        self.delete_button.setVisible(True)
        self.cancel_button.setText(tr("Rescue", "Cancel edit"))
        self.date.set_value(record.date)
        self._set_therapy(record.therapy)
        self.therapy.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def _set_therapy(self, therapy: str | None) -> None:
        if therapy is None or therapy in RESCUE_THERAPIES:
            self.therapy.setCurrentIndex(max(0, self.therapy.findData(therapy)))
            self.other.set_value(None)
        else:
            self.therapy.setCurrentIndex(self.therapy.findData(OTHER))
            self.other.set_value(therapy)
        self.other.setVisible(self.therapy.currentData() == OTHER)

    def _therapy_chosen(self, _index: int) -> None:
        self.other.setVisible(self.therapy.currentData() == OTHER)
        self.therapy_error.set_message(None)
        if self.therapy.currentData() == OTHER:
            self.other.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def therapy_value(self) -> str | None:
        chosen = self.therapy.currentData()
        if chosen == OTHER:
            return self.other.text() or None
        return None if chosen is None else str(chosen)

    def entered(self) -> tuple[date | None, str | None]:
        return self.date.value(), self.therapy_value()

    def has_unsaved_changes(self) -> bool:
        if self.snapshot is None:
            return False
        if self._editing is not None:
            return self.entered() != (self._editing.date, self._editing.therapy)
        return self.therapy.currentData() is not None

    def _entry_pending(self) -> bool:
        return self.has_unsaved_changes()

    def _say(self, text: str) -> None:
        self._status(text)

    def _open_row(self, row: RescueRow) -> None:
        self.start_edit(row.record)

    # -- saving ----------------------------------------------------------------------------
    def validate(self) -> bool:
        ok = self.date.validate() & self.other.validate()
        if self.date.is_empty():
            self.date.set_error(tr("Entry", "required"))
            ok = False
        if self.therapy.currentData() is None:
            self.therapy_error.set_message(tr("Entry", "required"))
            ok = False
        elif self.therapy.currentData() == OTHER and self.other.is_empty():
            self.other.set_error(tr("Rescue", "required: which therapy"))
            ok = False
        return ok

    def save(self) -> bool:
        return self._save_form()

    def _form_valid(self) -> bool:
        return self.validate()

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        day, therapy = self.entered()
        record_id = None if self._editing is None else self._editing.record_id
        change = Upsert("rescue", {"date": day, "therapy": therapy}, record_id)
        return [change], tr("Rescue", "Saved the rescue therapy of {date}.").format(
            date=format_date(day) if day else ""
        )

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        for problem in problems:
            if problem.field == "therapy":
                self.other.set_error(problem.message)
            else:
                self.date.set_error(problem.message)

    # -- drafts ----------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        return {
            "editing": None if self._editing is None else self._editing.record_id,
            "date": self.date.text(),
            "therapy": self.therapy.currentData(),
            "other": self.other.editor.text(),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        record = record_with_id(snapshot.participant.rescue, draft.get("editing"))
        if record is not None:
            self.start_edit(record)
        else:
            self.start_new()
        self.date.set_text(str(draft.get("date") or ""))
        self.therapy.setCurrentIndex(max(0, self.therapy.findData(draft.get("therapy"))))
        self.other.set_text(str(draft.get("other") or ""))
        self.other.setVisible(self.therapy.currentData() == OTHER)
        self.edited.emit()
