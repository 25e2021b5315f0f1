"""The Adverse events tab: the AE log, the AE editor and the plain logs that live here
(rescue therapy: declared in core.crf_forms, shown by the generic log form).

On a visit day the nurse enters the AEs since the last visit: part of a term or a
synonym finds the CTCAE v5.0 term ("zoster" → Shingles), a number key sets the grade
beside the term's own grade texts, dates show their study day, and a serious AE asks
for the dates the site became aware and reported it. Free text is allowed and marked
"to be coded". Findings (a late SAE report, an AE before consent) mark their row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.ctcae import TermList, TermListError, default_term_list
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.records import AdverseEvent, AeAction
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.tabs.adverse_events_editor import AeEditor
from baitp_desktop.gui.tabs.adverse_events_rows import AeRow, ae_columns, ae_rows
from baitp_desktop.gui.tabs.log_form import LogPanels, hosted_logs
from baitp_desktop.gui.tabs.record_tab import RecordActions, RecordWording, record_with_id
from baitp_desktop.gui.widgets.record_table import (
    RecordTableModel,
    marks_by_key,
    record_table_view,
)
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, Upsert


def _load_terms() -> tuple[TermList, str | None]:
    """The CTCAE list; without it AEs can still be entered (all "to be coded")."""
    try:
        return default_term_list(), None
    except TermListError as error:
        return TermList(()), str(error)


class AdverseEventsTab(RecordActions, CrfTab):
    tab_id = "adverse_events"
    record_kind = "ae"
    # An AE was saved with action "interrupted" or "discontinued" (newly): the window offers
    # the matching dosing decision or discontinuation (gui/interruption_notice.py).
    ae_action_saved = Signal(str, object, str)  # action, onset date, term

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.terms, terms_problem = _load_terms()
        self._editing: AdverseEvent | None = None
        self._loaded: dict[str, Any] | None = None
        self.wording = RecordWording(
            busy=tr("AE", "Save or cancel the AE being entered first."),
            not_saved=tr("AE", "AE not saved: correct the fields marked in red."),
            no_reason=tr("AE", "AE not saved: no reason for the change was given."),
            deleted=lambda ae: tr("AE", "Deleted AE {number}.").format(number=ae.number),
        )
        self.model = RecordTableModel(ae_columns(), self)
        self.table = record_table_view(self.model, self)
        self.table.setAccessibleName(tr("AE", "Adverse events"))
        self.editor = AeEditor(context.config, self.terms, context.today, self)
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.logs = LogPanels(context, hosted_logs(self.tab_id), self.status.setText, self)
        self.terms_problem = QLabel(terms_problem or "", self)
        self.terms_problem.setWordWrap(True)
        self.terms_problem.setProperty("role", "field-error")
        self.terms_problem.setVisible(terms_problem is not None)
        self._lay_out()
        self.editor.edited.connect(self.report_dirty)
        self.editor.save_requested.connect(self._save_ae)
        self.editor.cancel_requested.connect(self._start_new)
        self.editor.delete_requested.connect(self._delete_editing)
        for panel in self.logs:
            panel.edited.connect(self.report_dirty)
        self._connect_table()
        self.show_participant(None)

    def _lay_out(self) -> None:
        log = QGroupBox(tr("AE", "Adverse event log (CTCAE v5.0)"), self)
        log_layout = QVBoxLayout(log)
        log_layout.addWidget(self.table, 1)
        hint = QLabel(tr("AE", "Enter or F2: change the selected AE · Delete: delete it"), log)
        hint.setProperty("role", "hint")
        log_layout.addWidget(hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        bottom = QWidget(self)
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(scroll, 3)
        logs = QVBoxLayout()
        for panel in self.logs:
            logs.addWidget(panel, 1)
        bottom_layout.addLayout(logs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(log)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.terms_problem)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def title(self) -> str:
        return tr("Tabs", "Adverse events")

    # -- showing -----------------------------------------------------------------------------
    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        same = self.is_same_participant(snapshot)
        keep_ae = same and self._ae_dirty()
        super().show_participant(snapshot)
        self.setEnabled(snapshot is not None)
        for field in (
            self.editor.onset,
            self.editor.resolved,
            self.editor.aware,
            self.editor.reported,
        ):
            field.set_day1(None if snapshot is None else snapshot.course.day1)
        self._show_rows(ae_rows(snapshot, self.terms) if snapshot is not None else [], same)
        self.logs.show(snapshot, same)
        if not keep_ae:
            self._start_new()
        self.report_dirty()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        super().show_findings(findings)
        self.logs.show_findings(self._findings)
        self._show_editing_findings()

    def focus_record(self, record: str) -> bool:
        return super().focus_record(record) or self.logs.focus_record(record)

    def _show_editing_findings(self) -> None:
        if self._editing is None:
            self.editor.show_findings([])
            return
        mark = marks_by_key(self._findings).get(f"ae:{self._editing.number}")
        self.editor.show_findings(
            [] if mark is None else [(mark.severity, message) for message in mark.messages]
        )

    # -- entry state -----------------------------------------------------------------------
    def _start_new(self) -> None:
        self._editing = None
        self.editor.clear()
        self._loaded = self.editor.typed()
        self.report_dirty()

    def start_prefilled(self, term: str, grade: int, onset: date) -> None:
        """A new AE with term, grade and onset filled in (a lab grade that calls for one);
        left unsaved, so the nurse checks it and completes the rest before saving."""
        if self._ae_dirty():
            self._say(self.wording.busy)
            return
        self._start_new()
        self.editor.load_values({"term": term, "grade": grade, "onset": onset})
        self.editor.term.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.report_dirty()

    def _start_edit(self, ae: AdverseEvent) -> None:
        self._editing = ae
        self.editor.load(ae)
        self._loaded = self.editor.typed()
        self._show_editing_findings()
        self.editor.term.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.report_dirty()

    def _ae_dirty(self) -> bool:
        """Anything typed differs from what was loaded (also a date typed halfway)."""
        return self.snapshot is not None and self.editor.typed() != self._loaded

    def has_unsaved_changes(self) -> bool:
        return self._ae_dirty() or self.logs.has_unsaved_changes()

    def _entry_pending(self) -> bool:
        return self._ae_dirty()  # the log forms keep their entries while an AE is opened

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def discard_changes(self) -> None:
        self._start_new()
        self.logs.discard()
        self.status.setText("")

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the AE being entered, then the logs' entries; True when nothing is left."""
        return self._save_ae() and self.logs.save()

    def _save_ae(self) -> bool:
        return self._save_form()

    def _form_dirty(self) -> bool:
        return self._ae_dirty()

    def _form_valid(self) -> bool:
        return self.editor.validate()

    def _form_changes(self) -> tuple[Sequence[Change], str]:
        values = self.editor.values()
        record_id = None if self._editing is None else self._editing.record_id
        saved = tr("AE", "Saved the AE “{term}”.").format(term=values["term"])
        return [Upsert("ae", values, record_id)], saved

    def _show_refusals(self, problems: Sequence[InputProblem]) -> None:
        self.editor.show_problems(list(problems))

    def _after_save(self) -> None:
        values, before = self.editor.values(), self._editing
        self._start_new()
        self.editor.term.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        action = values.get("action")
        stops = (AeAction.INTERRUPTED, AeAction.DISCONTINUED)
        if action in stops and (before is None or before.action != action):
            self.ae_action_saved.emit(action, values["onset"], values["term"])

    def _open_row(self, row: AeRow) -> None:
        self._start_edit(row.record)

    # -- crash recovery --------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if not self.has_unsaved_changes():
            return None
        return {
            "editing": None if self._editing is None else self._editing.record_id,
            "ae": self.editor.typed() if self._ae_dirty() else None,
            "logs": self.logs.draft(),
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        if draft.get("ae"):
            ae = record_with_id(snapshot.participant.adverse_events, draft.get("editing"))
            if ae is not None:
                self._start_edit(ae)
            else:
                self._start_new()
            self.editor.restore_typed(draft["ae"])
        self.logs.restore_draft(draft.get("logs"))
        self.report_dirty()
