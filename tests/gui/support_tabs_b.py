"""Shared set-up for the Platelet counts, Bleeding and Adverse events tab tests.

A real SQLite file, the real StudyService and GuiContext, a scripted reason-for-change
answer, and tabs refreshed after each save the way the main window refreshes them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.gui.contract import CrfTab, GuiContext
from baitp_desktop.service import StudyService
from baitp_desktop.storage import open_database

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"
TODAY = date(2023, 3, 1)
NEW_ID = "BAITP-101"

Tab = TypeVar("Tab", bound=CrfTab)


@dataclass
class ScriptedReasons:
    """Answers the reason-for-change dialog from a list; records what it was asked."""

    answers: list[str | None] = field(default_factory=list)
    asked: list[Sequence[str]] = field(default_factory=list)

    def __call__(self, _parent: QWidget | None, records: Sequence[str]) -> str | None:
        self.asked.append(list(records))
        if not self.answers:
            raise AssertionError(f"unexpected reason dialog for {records}")
        return self.answers.pop(0)


@dataclass
class Study:
    service: StudyService
    context: GuiContext
    reasons: ScriptedReasons
    errors: list[str]

    def attach(self, *tabs: CrfTab) -> None:
        """Reload every tab after a save, as the main window does."""

        def reload(participant_id: str, _version: int) -> None:
            snapshot = self.context.snapshot(participant_id)
            findings = validate_participant(snapshot.participant, TODAY, self.context.config)
            for tab in tabs:
                tab.show_participant(snapshot)
                tab.show_findings(findings)

        self.context.participant_saved.connect(reload)

    def show(self, tab: CrfTab, participant_id: str) -> None:
        snapshot = self.context.snapshot(participant_id)
        tab.show_participant(snapshot)
        tab.show_findings(validate_participant(snapshot.participant, TODAY, self.context.config))


def open_study(tmp_path: Path, scenarios: Sequence[str] = ()) -> Study:
    """A fresh database with the given scenario bundles and a new participant on Day 56."""
    service = StudyService(open_database(tmp_path / "study.sqlite"), today=lambda: TODAY)
    for name in scenarios:
        document = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
        service.import_participants(read_bundle(document, service.config, TODAY))
    service.create_participant(
        NEW_ID,
        initials="ABC",
        sex="F",
        birth_date=date(1980, 1, 1),
        consent_date=TODAY - timedelta(days=70),
        first_dose_date=TODAY - timedelta(days=55),
        screening_date=TODAY - timedelta(days=60),
        screening_platelets=20,
    )
    reasons = ScriptedReasons()
    errors: list[str] = []
    context = GuiContext(
        service, reasons, lambda _p, message: errors.append(message), today=lambda: TODAY
    )
    return Study(service, context, reasons, errors)


def shown_tab(qtbot: QtBot, study: Study, tab_class: type[Tab], participant_id: str) -> Tab:
    """A tab at 1366×768, active, reloaded after saves, showing `participant_id`."""
    tab = tab_class(study.context)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    study.attach(tab)
    study.show(tab, participant_id)
    return tab


def column(tab: CrfTab, title: str) -> int:
    """The number of the table column titled `title` (the tab's `model`)."""
    model = tab.model  # type: ignore[attr-defined]
    return next(n for n, c in enumerate(model.columns) if c.title == title)
