"""The Platelet counts tab: dated counts with visit, WHO grade and response; chart; endpoints.

A nurse on a visit day finds the due visit preselected, types the count and the WHO
grade on one line and saves both in one service call (the grade then shows in the
Bleeding tab too). The table lists every count with its study day, the visit it belongs
to ("(extra)" when another count in the window is nearer the target), the same-date
grade and the response; visits whose window closed without a count are listed too. The
chart and the endpoint panel are derived from the same snapshot.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.platelet_course import chart_series, due_visit
from baitp_desktop.core.records import PlateletCount
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.counts_changes import count_changes
from baitp_desktop.gui.tabs.counts_endpoints import EndpointsPanel
from baitp_desktop.gui.tabs.counts_form import CountEntry, CountEntryForm
from baitp_desktop.gui.tabs.counts_rows import CountRow, count_columns, count_rows
from baitp_desktop.gui.tabs.record_tab import RecordActions, RecordWording, record_with_id
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.gui.widgets.interruption_banner import InterruptionBanner
from baitp_desktop.gui.widgets.platelet_chart import PlateletChart
from baitp_desktop.gui.widgets.record_table import RecordTableModel, record_table_view
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change


class CountsTab(RecordActions, CrfTab):
    tab_id = "counts"
    record_kind = "count"

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        config = context.config
        self._editing: PlateletCount | None = None
        self._loaded: CountEntry | None = None
        self.wording = RecordWording(
            busy=tr("Counts", "Save or cancel the count being entered first."),
            not_saved=tr("Counts", "Not saved: correct the fields marked in red."),
            no_reason=tr("Counts", "Not saved: no reason for the change was given."),
            deleted=lambda c: tr("Counts", "Deleted the count of {date}.").format(
                date=format_date(c.date)
            ),
        )
        self.form = CountEntryForm(config, context.today, self)
        self.endpoints = EndpointsPanel(config, self)
        self.model = RecordTableModel(count_columns(config), self)
        self.table = record_table_view(self.model, self)
        self.table.setAccessibleName(tr("Counts", "Platelet counts"))
        self.chart = PlateletChart(self)
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.banner = InterruptionBanner(self)
        self._lay_out()
        self.form.edited.connect(self.report_dirty)
        self.form.save_requested.connect(self.save)
        self.form.cancel_requested.connect(self.discard_changes)
        self.form.delete_requested.connect(self._delete_editing)
        self._connect_table()
        self.show_participant(None)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.form, 1)
        top.addWidget(self.endpoints, 1)
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        hint = QLabel(
            tr("Counts", "Enter or F2: edit the selected count · Delete: delete it"), self
        )
        hint.setProperty("role", "hint")
        table_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(table_box)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 6)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([600, 500])  # in proportion to whatever width the tab gets
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return tr("Tabs", "Platelet counts")

    # -- showing -----------------------------------------------------------------------------
    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        same = self.is_same_participant(snapshot)
        keep_edits = same and self.has_unsaved_changes()
        super().show_participant(snapshot)
        self.form.set_snapshot(snapshot)
        self._show_rows(count_rows(snapshot) if snapshot is not None else [], same)
        series = None if snapshot is None else chart_series(snapshot.course, snapshot.today)
        self.chart.set_series(series)
        self.endpoints.show_snapshot(snapshot)
        self.banner.show_snapshot(snapshot)
        if not keep_edits:
            self._start_new()

    # -- entry state -----------------------------------------------------------------------
    def _start_new(self) -> None:
        """An empty line for the next count, the visit due today preselected."""
        self._editing = None
        self._loaded = None
        snapshot = self.snapshot
        self.form.set_editing(None)
        self.form.set_grade_locked(None)
        if snapshot is not None:
            due = due_visit(snapshot.course, snapshot.today)
            self.form.clear(snapshot.today, None if due is None else due.visit_id)
        self.report_dirty()

    def _start_edit(self, record: PlateletCount) -> None:
        snapshot = self.snapshot
        assert snapshot is not None
        grades = [b for b in snapshot.participant.bleeding if b.date == record.date]
        grade = grades[0].who_grade if len(grades) == 1 else snapshot.course.grades.get(record.date)
        self._editing = record
        self.form.set_editing(
            tr("Counts", "Changing the count of {date} ({day})").format(
                date=format_date(record.date), day=study_day_text(record.date, snapshot.course.day1)
            ),
            record.date,
        )
        self.form.set_grade_locked(
            tr("Counts", "Several WHO grades on this date: change them in the Bleeding tab.")
            if len(grades) > 1
            else None
        )
        self.form.load(record.date, record.value, grade)
        self._loaded = self.form.entry()
        self.form.focus_first_field()
        self.report_dirty()

    def has_unsaved_changes(self) -> bool:
        if self.snapshot is None:
            return False
        if self._editing is not None:
            return self.form.entry() != self._loaded or self.form.grade_was_touched()
        return not self.form.count.is_empty() or self.form.grade_was_touched()

    def _entry_pending(self) -> bool:
        return self.has_unsaved_changes()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def discard_changes(self) -> None:
        self._start_new()
        self.status.setText("")

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        return self._save_form()

    def _form_valid(self) -> bool:
        return self.form.validate()

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        assert self.snapshot is not None
        entry = self.form.entry()
        assert entry.day is not None and entry.count is not None
        changes = count_changes(
            self.snapshot.participant, entry, self._editing, self.form.grade_was_touched()
        )
        return changes, tr("Counts", "Saved the count of {date}.").format(
            date=format_date(entry.day)
        )

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        self.form.show_problems(list(problems))

    def _after_save(self) -> None:
        self._start_new()
        self.form.focus_first_field()

    def _open_row(self, row: CountRow) -> None:
        if row.record is not None:
            self._start_edit(row.record)
        elif row.is_screening:
            self._say(tr("Counts", "The screening count is changed on the Screening tab."))
        elif self.snapshot is not None:  # a visit without a count: enter one for it
            visit_id = row.keys[0].removeprefix("visit:")
            self.form.preselect_visit(visit_id)
            self.form.clear(min(row.date, self.snapshot.today), visit_id)
            self.form.focus_first_field()

    # -- crash recovery --------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {
            "editing": None if self._editing is None else self._editing.record_id,
            "date": self.form.date.text(),
            "count": self.form.count.text(),
            "who_grade": self.form.entry().who_grade,
            "grade_touched": self.form.grade_was_touched(),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        record = record_with_id(snapshot.participant.platelet_counts, draft.get("editing"))
        if record is not None:
            self._start_edit(record)
        else:
            self._start_new()
        self.form.restore_typed(
            str(draft.get("date") or ""),
            str(draft.get("count") or ""),
            draft.get("who_grade"),
            bool(draft.get("grade_touched")),
        )
        self.report_dirty()
