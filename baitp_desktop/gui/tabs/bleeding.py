"""The Bleeding (WHO scale) tab: dated grades 0–4 chosen beside their definitions.

The table lists every grade with its study day, visit and meaning; bleeding events are
bold, red and labelled "▲ bleeding event". Counts without a same-date grade appear as
"not assessed" rows (press Enter on one to grade it). The editor shows the WHO scale as
radio buttons with their definitions (PROTOCOL.md §4); number keys 0–4 choose.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.records import BleedingAssessment
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.bleeding_rows import (
    EVENT_SYMBOL,
    BleedingRow,
    bleeding_columns,
    bleeding_rows,
    visit_of,
)
from baitp_desktop.gui.tabs.bleeding_scale import is_bleeding_event, who_definition, who_grades
from baitp_desktop.gui.tabs.record_tab import (
    RecordActions,
    RecordWording,
    add_shortcut,
    record_with_id,
)
from baitp_desktop.gui.widgets.fields import DateField, study_day_text
from baitp_desktop.gui.widgets.graded_choice import GradedChoice
from baitp_desktop.gui.widgets.record_table import RecordTableModel, record_table_view
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, Upsert


class BleedingTab(RecordActions, CrfTab):
    tab_id = "bleeding"
    record_kind = "bleeding"

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        config = context.config
        self._editing: BleedingAssessment | None = None
        self.wording = RecordWording(
            busy=tr("Bleeding", "Save or cancel the grade being entered first."),
            not_saved=tr("Bleeding", "Not saved: correct the fields marked in red."),
            no_reason=tr("Bleeding", "Not saved: no reason for the change was given."),
            deleted=lambda b: tr("Bleeding", "Deleted the WHO grade of {date}.").format(
                date=format_date(b.date)
            ),
        )
        self.model = RecordTableModel(bleeding_columns(config), self)
        self.table = record_table_view(self.model, self)
        self.table.setAccessibleName(tr("Bleeding", "WHO bleeding grades"))
        self.editor = QGroupBox(self)
        self.date = DateField(context.today, self.editor)
        self.visit = QLabel(self.editor)
        self.visit.setProperty("role", "hint")
        self.grade = GradedChoice(who_grades(config), self.editor)
        meanings = {}
        for grade in who_grades(config):
            text = who_definition(grade)
            if is_bleeding_event(grade, config):
                text = f"{text}  ({EVENT_SYMBOL} " + tr("Bleeding", "bleeding event") + ")"
            meanings[grade] = text
        self.grade.set_meanings(meanings)
        self.same_date = QLabel(self.editor)
        self.same_date.setProperty("role", "hint")
        self.same_date.setWordWrap(True)
        self.save_button = QPushButton(tr("Bleeding", "&Save grade"), self.editor)
        self.cancel_button = QPushButton(tr("Bleeding", "Clear"), self.editor)
        self.delete_button = QPushButton(tr("Bleeding", "&Delete grade…"), self.editor)
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self._lay_out()
        self.date.edited.connect(self._date_edited)
        self.grade.edited.connect(self.report_dirty)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.discard_changes)
        self.delete_button.clicked.connect(self._delete_editing)
        self._connect_table()
        in_editor = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add_shortcut(self.editor, key, self.save, in_editor)
        add_shortcut(self.editor, Qt.Key.Key_Escape, self.discard_changes, in_editor)
        self.show_participant(None)

    def _lay_out(self) -> None:
        form = QGridLayout(self.editor)
        date_label = QLabel(tr("Bleeding", "D&ate"), self.editor)
        date_label.setBuddy(self.date.editor)
        form.addWidget(date_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.date, 0, 1)
        form.addWidget(self.visit, 1, 1)
        grade_label = QLabel(tr("Bleeding", "WHO &grade"), self.editor)
        grade_label.setBuddy(self.grade.buttons[0])
        form.addWidget(grade_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.grade, 2, 1)
        keys = QLabel(
            tr("Bleeding", "Number keys 0–{max} choose the grade.").format(
                max=self.context.config.who_grade_max
            ),
            self.editor,
        )
        keys.setProperty("role", "hint")
        form.addWidget(keys, 3, 1)
        form.addWidget(self.same_date, 4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addLayout(buttons, 5, 0, 1, 2)
        form.setRowStretch(6, 1)
        form.setColumnStretch(1, 1)
        self.setTabOrder(self.date.editor, self.grade.buttons[0])
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        hint = QLabel(
            tr("Bleeding", "Enter or F2: edit the selected grade · Delete: delete it"), self
        )
        hint.setProperty("role", "hint")
        left.addWidget(hint)
        right = QVBoxLayout()
        right.addWidget(self.editor)
        right.addWidget(self.status)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def title(self) -> str:
        return tr("Tabs", "Bleeding (WHO)")

    # -- showing -----------------------------------------------------------------------------
    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        same = self.is_same_participant(snapshot)
        keep_edits = same and self.has_unsaved_changes()
        super().show_participant(snapshot)
        self.setEnabled(snapshot is not None)
        self.date.set_day1(None if snapshot is None else snapshot.course.day1)
        self._show_rows(bleeding_rows(snapshot) if snapshot is not None else [], same)
        if not keep_edits:
            self._start_new()
        else:
            self._describe_date()

    # -- entry state -----------------------------------------------------------------------
    def _start_new(self, day: date | None = None) -> None:
        self._editing = None
        self.editor.setTitle(tr("Bleeding", "New WHO bleeding assessment"))
        self.delete_button.setVisible(False)
        self.cancel_button.setText(tr("Bleeding", "Clear"))
        snapshot = self.snapshot
        self.date.set_value(day or (snapshot.today if snapshot else None))
        self.grade.set_value(None)
        self._describe_date()
        self.report_dirty()

    def _start_edit(self, record: BleedingAssessment) -> None:
        snapshot = self.snapshot
        assert snapshot is not None
        self._editing = record
        self.editor.setTitle(
            tr("Bleeding", "Changing the grade of {date} ({day})").format(
                date=format_date(record.date), day=study_day_text(record.date, snapshot.course.day1)
            )
        )
        self.delete_button.setVisible(True)
        self.cancel_button.setText(tr("Bleeding", "Cancel edit"))
        self.date.set_value(record.date)
        self.grade.set_value(record.who_grade)
        self._describe_date()
        self.grade.focus_choice()
        self.report_dirty()

    def _entered(self) -> tuple[date | None, int | None]:
        return self.date.value(), self.grade.value()

    def has_unsaved_changes(self) -> bool:
        if self.snapshot is None:
            return False
        if self._editing is not None:
            return self._entered() != (self._editing.date, self._editing.who_grade)
        return self.grade.value() is not None

    def _entry_pending(self) -> bool:
        return self.has_unsaved_changes()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def discard_changes(self) -> None:
        self._start_new()
        self.status.setText("")

    def _date_edited(self) -> None:
        self._describe_date()
        self.report_dirty()

    def _describe_date(self) -> None:
        """The visit of the typed date, and a grade already stored on it."""
        snapshot = self.snapshot
        day = self.date.value()
        if snapshot is None or day is None:
            self.visit.setText("")
            self.same_date.setText("")
            return
        self.visit.setText(visit_of(snapshot.course, day))
        editing_id = None if self._editing is None else self._editing.record_id
        others = [
            b for b in snapshot.participant.bleeding if b.date == day and b.record_id != editing_id
        ]
        self.same_date.setText(
            ""
            if not others
            else tr(
                "Bleeding",
                "{date} already has grade {grades}; with several grades on one date "
                "the highest counts. To correct it, select it in the table instead.",
            ).format(date=format_date(day), grades=", ".join(str(b.who_grade) for b in others))
        )

    # -- saving ----------------------------------------------------------------------------
    def validate(self) -> bool:
        ok = self.date.validate()
        if self.date.is_empty():
            self.date.set_error(tr("Entry", "required"))
            ok = False
        if self.grade.value() is None:
            self.grade.set_error(tr("Entry", "required"))
            ok = False
        return ok

    def save(self) -> bool:
        return self._save_form()

    def _form_valid(self) -> bool:
        return self.validate()

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        day, grade = self._entered()
        assert day is not None
        record_id = None if self._editing is None else self._editing.record_id
        change = Upsert("bleeding", {"date": day, "who_grade": grade}, record_id)
        return [change], tr("Bleeding", "Saved the WHO grade of {date}.").format(
            date=format_date(day)
        )

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        for problem in problems:
            if problem.field == "who_grade":
                self.grade.set_error(problem.message)
            else:
                self.date.set_error(problem.message)

    def _open_row(self, row: BleedingRow) -> None:
        if row.record is not None:
            self._start_edit(row.record)
        else:  # a count without a grade: grade it
            self._start_new(row.date)
            self.grade.focus_choice()

    # -- crash recovery --------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {
            "editing": None if self._editing is None else self._editing.record_id,
            "date": self.date.text(),
            "who_grade": self.grade.value(),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        record = record_with_id(snapshot.participant.bleeding, draft.get("editing"))
        if record is not None:
            self._start_edit(record)
        else:
            self._start_new()
        self.date.set_text(str(draft.get("date") or ""))
        grade = draft.get("who_grade")
        self.grade.set_value(grade if isinstance(grade, int) else None)
        self._describe_date()
        self.report_dirty()
