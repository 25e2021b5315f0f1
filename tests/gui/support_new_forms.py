"""Set-up for the screens of the §9–§13 forms while the service does not store them yet.

`RecordingService` stands in front of the real StudyService: a change of a new kind
(`lab`, `medication`, `therapy`, `history`, `qol`), an ITP-history participant update or
an explanation is recorded — and, for records, kept in the participant the next snapshot
shows — while every other call goes to the real service. The screens call the funnel
exactly as they will once the storage lands, so the tests check what they send.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from baitp_desktop.core.records import LabPanel, Participant
from baitp_desktop.gui.contract import CrfTab
from baitp_desktop.service import StudyService
from baitp_desktop.service.changes import Change, ParticipantUpdate, Upsert
from tests.gui.support_tabs_b import Study, open_study

NEW_KINDS = {"lab", "medication", "therapy", "history", "qol"}
ITP_FIELDS = {"diagnosis_date", "splenectomy", "splenectomy_date"}


@dataclass
class RecordingService:
    real: StudyService
    sent: list[Change] = field(default_factory=list)
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)  # participant -> replace()
    explained: list[tuple[str, str, date, str, str]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def _new(self, change: Change) -> bool:
        if isinstance(change, Upsert):
            return change.kind in NEW_KINDS
        return isinstance(change, ParticipantUpdate) and set(change.values) <= ITP_FIELDS

    def apply(
        self,
        participant_id: str,
        changes: Sequence[Change],
        reason: str | None = None,
        expected_version: int | None = None,
    ) -> int:
        if not all(self._new(c) for c in changes):
            return self.real.apply(
                participant_id, changes, reason=reason, expected_version=expected_version
            )
        self.sent.extend(changes)
        for change in changes:
            if isinstance(change, Upsert) and change.kind == "lab":
                values = dict(change.values)
                day = values.pop("date")
                panels = self.extra.setdefault(participant_id, {}).get("lab_panels", ())
                record = replace(LabPanel.of(day, values), record_id=len(panels) + 1)
                self.extra[participant_id]["lab_panels"] = (*panels, record)
        return self.real.version(participant_id)

    def snapshot(self, participant_id: str, extra: Any) -> tuple[Participant, int, Any]:
        participant, version, more = self.real.snapshot(participant_id, extra)
        return replace(participant, **self.extra.get(participant_id, {})), version, more

    def explain_finding(
        self, participant_id: str, code: str, day: date, record: str, reason: str
    ) -> None:
        self.explained.append((participant_id, code, day, record, reason))


def recording_study(tmp_path: Path) -> tuple[Study, RecordingService]:
    study = open_study(tmp_path)
    recording = RecordingService(study.service)
    study.context.service = recording  # type: ignore[assignment]
    return study, recording


def refresh(study: Study, tab: CrfTab, participant_id: str) -> None:
    """Show the participant again, as the main window does after a save."""
    study.show(tab, participant_id)
