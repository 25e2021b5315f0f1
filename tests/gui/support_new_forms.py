"""Set-up for the screens of the §9–§13 forms: the real StudyService, with what a screen
sends recorded on the way.

`RecordingService` stands in front of the real StudyService: every change of the
new forms and every explanation is recorded (so a test checks what the screen sent),
then applied by the real service to the real database file (so it is also stored).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from baitp_desktop.gui.contract import CrfTab
from baitp_desktop.service import StudyService
from baitp_desktop.service.changes import Change, ParticipantUpdate, Upsert
from tests.gui.support_tabs_b import Study, open_study


@dataclass
class RecordingService:
    real: StudyService
    sent: list[Change] = field(default_factory=list)
    explained: list[tuple[str, str, date, str, str]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def apply(
        self,
        participant_id: str,
        changes: Sequence[Change],
        reason: str | None = None,
        expected_version: int | None = None,
    ) -> int:
        self.sent.extend(c for c in changes if _new_form(c))
        return self.real.apply(
            participant_id, changes, reason=reason, expected_version=expected_version
        )

    def explain_finding(
        self, participant_id: str, code: str, day: date, record: str, reason: str
    ) -> None:
        self.explained.append((participant_id, code, day, record, reason))
        self.real.explain_finding(participant_id, code, day, record, reason)


def _new_form(change: Change) -> bool:
    """A change of a §9–§13 form (what the tests of these screens look at)."""
    if isinstance(change, Upsert):
        return change.kind in {"lab", "medication", "therapy", "history", "qol"}
    return isinstance(change, ParticipantUpdate) and set(change.values) <= {
        "diagnosis_date",
        "splenectomy",
        "splenectomy_date",
    }


def recording_study(tmp_path: Path) -> tuple[Study, RecordingService]:
    study = open_study(tmp_path)
    recording = RecordingService(study.service)
    study.context.service = recording  # type: ignore[assignment]
    return study, recording


def refresh(study: Study, tab: CrfTab, participant_id: str) -> None:
    """Show the participant again, as the main window does after a save."""
    study.show(tab, participant_id)
