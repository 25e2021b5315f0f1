"""The history part of the Screening tab (PROTOCOL.md §9): ITP history, prior ITP
therapies as rows, other medical history as rows.

The ITP history is three participant fields sent as one `ParticipantUpdate`; each therapy
and each medical-history entry is a record (change kinds `therapy` and `history`) with a
panel of its own. The screening verdict adds `reasons()`, the ITP_HISTORY reasons computed
by `core.itp_history` on what the form shows now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from baitp_desktop.core.findings import Finding
from baitp_desktop.core.itp_history import itp_history_reasons
from baitp_desktop.core.records import MedicalHistoryEntry, Participant, PriorItpTherapy
from baitp_desktop.gui.code_labels import code_label
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot, same_participant
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.entry_panel import EntryPanel, EntryRow, PanelSpec
from baitp_desktop.gui.tabs.itp_history_forms import (
    ItpHistoryBox,
    MedicalHistoryForm,
    TherapyForm,
)
from baitp_desktop.gui.tabs.record_tab import RecordWording
from baitp_desktop.gui.widgets.columns_model import Column
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import ParticipantUpdate

ITP_HISTORY_RECORD = "screening:itp_history"


def _date_text(day: date | None) -> str:
    return "" if day is None else format_date(day)


def _wording(what: str) -> RecordWording:
    return RecordWording(
        busy=tr("History", "{what}: save or clear the entry being made first.").format(what=what),
        not_saved=tr("History", "{what} not saved: correct the fields marked in red.").format(
            what=what
        ),
        no_reason=tr("History", "{what} not saved: no reason for the change was given.").format(
            what=what
        ),
        deleted=lambda _record: tr("History", "{what}: entry deleted.").format(what=what),
    )


def _therapy_name(t: PriorItpTherapy) -> str:
    return f"{code_label(t.therapy)}: {t.name}" if t.name else code_label(t.therapy)


def therapy_spec() -> PanelSpec:
    what = tr("History", "Prior ITP therapy")
    return PanelSpec(
        kind="therapy",
        title=tr("History", "Prior ITP therapies"),
        columns=lambda: [
            Column(tr("History", "Therapy"), lambda r: _therapy_name(r.record)),
            Column(tr("History", "Start date"), lambda r: _date_text(r.record.start)),
            Column(
                tr("History", "Stop date"),
                lambda r: _date_text(r.record.stop) or tr("History", "Ongoing"),
            ),
            Column(tr("History", "Best response"), lambda r: code_label(r.record.best_response)),
            Column(tr("History", "Reason stopped"), lambda r: code_label(r.record.reason_stopped)),
        ],
        rows=lambda s: [
            EntryRow(t, ())
            for t in sorted(s.participant.prior_itp_therapies, key=lambda t: t.start)
        ],
        records=lambda s: s.participant.prior_itp_therapies,
        wording=_wording(what),
        saved=lambda _v: tr("History", "{what} saved.").format(what=what),
    )


def history_spec() -> PanelSpec:
    what = tr("History", "Other medical history")

    def end_text(entry: MedicalHistoryEntry) -> str:
        return tr("History", "Ongoing") if entry.ongoing else _date_text(entry.end)

    return PanelSpec(
        kind="history",
        title=what,
        columns=lambda: [
            Column(tr("History", "Condition"), lambda r: r.record.term),
            Column(tr("History", "Start date"), lambda r: _date_text(r.record.start)),
            Column(tr("History", "End date"), lambda r: end_text(r.record)),
        ],
        rows=lambda s: [EntryRow(m, ()) for m in s.participant.medical_history],
        records=lambda s: s.participant.medical_history,
        wording=_wording(what),
        saved=lambda _v: tr("History", "{what} saved.").format(what=what),
    )


class ScreeningHistory(QWidget):
    """ITP history box, therapy panel and medical-history panel, with their status line."""

    def __init__(
        self, context: GuiContext, edited: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: ParticipantSnapshot | None = None
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.box = ItpHistoryBox(context.today, self)
        self.therapy_form = TherapyForm(context.today, self)
        self.history_form = MedicalHistoryForm(context.today, self)
        say = self.status.setText
        self.therapies = EntryPanel(context, therapy_spec(), self.therapy_form, say, self, True)
        self.medical = EntryPanel(context, history_spec(), self.history_form, say, self, True)
        self.panels = (self.therapies, self.medical)
        self._loaded = self.box.typed()
        top = QHBoxLayout()
        top.addWidget(self.box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.therapies)
        layout.addWidget(self.medical)
        layout.addWidget(self.status)
        self.box.edited.connect(edited)
        for panel in self.panels:
            panel.edited.connect(edited)
            panel.table.setMinimumHeight(110)

    # -- showing ---------------------------------------------------------------------------
    def show_snapshot(self, snapshot: ParticipantSnapshot | None) -> None:
        keep = same_participant(self.snapshot, snapshot) and self.box_dirty()
        self.snapshot = snapshot
        if not keep:
            self.box.load(None if snapshot is None else snapshot.participant.itp_history)
            self._loaded = self.box.typed()
        for panel in self.panels:
            panel.show_snapshot(snapshot)

    def set_screening_date(self, day: date | None) -> None:
        self.box.screening_date = day
        self.box.refresh()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        for panel in self.panels:
            panel.show_findings(findings)

    def focus_record(self, record: str) -> bool:
        if record == ITP_HISTORY_RECORD:
            self.box.diagnosis.setFocus()
            return True
        return False

    def reasons(self, form: Participant, screening_date: date | None) -> tuple[str, ...]:
        """The ITP_HISTORY reasons for the screening form as shown, with this history."""
        with_history = replace(form, itp_history=self.box.history())
        return itp_history_reasons(with_history, screening_date, self.context.config)

    # -- saving: the ITP history's one place -----------------------------------------------
    def box_dirty(self) -> bool:
        return bool(self.box.typed() != self._loaded)

    def has_unsaved_changes(self) -> bool:
        return self.box_dirty() or any(p.has_unsaved_changes() for p in self.panels)

    def save(self) -> bool:
        saved = self._save_box()
        return all([saved, *(panel.save() for panel in self.panels)])

    def _save_box(self) -> bool:
        snapshot = self.snapshot
        if snapshot is None or not self.box_dirty():
            return True
        if not self.box.validate():
            self.status.setText(
                tr("History", "ITP history not saved: correct the fields marked in red.")
            )
            return False
        update = ParticipantUpdate(self.box.values())
        outcome = self.context.save(self, snapshot.participant_id, [update], snapshot.version)
        if outcome.problems:
            self.box.show_problems(outcome.problems)
        if outcome.saved:
            self._loaded = self.box.typed()
            self.status.setText(tr("History", "ITP history saved."))
        return outcome.saved

    def discard(self) -> None:
        self.box.load(None if self.snapshot is None else self.snapshot.participant.itp_history)
        self._loaded = self.box.typed()
        for panel in self.panels:
            panel.start_new()

    def draft(self) -> dict[str, Any] | None:
        parts: dict[str, Any] = {p.record_kind: d for p in self.panels if (d := p.draft())}
        if self.box_dirty():
            parts["itp_history"] = self.box.typed()
        return parts or None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if isinstance(draft.get("itp_history"), dict):
            self.box.restore_typed(draft["itp_history"])
        for panel in self.panels:
            part = draft.get(panel.record_kind)
            if isinstance(part, dict):
                panel.restore_draft(part)
