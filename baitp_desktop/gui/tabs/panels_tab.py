"""A CRF tab made of `EntryPanel`s (and whatever else it shows beside them).

The tab's part of the `CrfTab` contract is the same for the Laboratory, Medications and
ITP history tabs: every panel gets the snapshot and the findings, a jump goes to the
panel whose table has the record, a save or a draft covers every panel. A subclass builds
its panels, lays them out, and adds what is its own (a chart, the participant's fields).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from baitp_desktop.core.findings import Finding
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.tabs.entry_panel import EntryPanel


class PanelsTab(CrfTab):
    """Holds `self.panels` (kind -> panel) and a status line they all write to."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.panels: dict[str, EntryPanel] = {}
        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)

    def add_panel(self, panel: EntryPanel) -> EntryPanel:
        self.panels[panel.record_kind] = panel
        panel.edited.connect(self.report_dirty)
        return panel

    def say(self, text: str) -> None:
        self.status.setText(text)

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        super().show_participant(snapshot)
        self.setEnabled(snapshot is not None)
        for panel in self.panels.values():
            panel.show_snapshot(snapshot)
        self.report_dirty()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        for panel in self.panels.values():
            panel.show_findings(findings)

    def focus_record(self, record: str) -> bool:
        return any(panel.focus_record(record) for panel in self.panels.values())

    def has_unsaved_changes(self) -> bool:
        return any(panel.has_unsaved_changes() for panel in self.panels.values())

    def save(self) -> bool:
        results = [panel.save() for panel in self.panels.values()]
        self.report_dirty()
        return all(results)

    def discard_changes(self) -> None:
        for panel in self.panels.values():
            panel.start_new()
        self.report_dirty()

    def draft(self) -> dict[str, Any] | None:
        drafts = {kind: d for kind, p in self.panels.items() if (d := p.draft()) is not None}
        return drafts or None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        for kind, panel_draft in draft.items():
            panel = self.panels.get(kind)
            if panel is not None and isinstance(panel_draft, dict):
                panel.restore_draft(panel_draft)
        self.report_dirty()
