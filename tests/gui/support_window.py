"""Set-up for the main-window tests: a real SQLite study, the real service and main window.

The window gets a temporary QSettings file (never the user's), scripted answers for the
reason-for-change and unsaved-changes questions, and a recorder for error messages, so
the tests drive the real widgets without a modal dialog waiting for a person.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.core.bundle import read_bundle
from baitp_desktop.gui.contract import CrfTab, GuiContext
from baitp_desktop.gui.dialogs.common import UnsavedChoice
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.storage import open_database

SCENARIOS = Path(__file__).resolve().parents[1] / "data" / "scenarios"
TODAY = date(2023, 3, 1)
NURSE = Actor(username="nurse1", display_name="Nurse One", role="nurse")


@dataclass
class Answers:
    """Scripted answers to the window's questions; records what was asked."""

    reasons: list[str | None] = field(default_factory=list)
    unsaved: list[UnsavedChoice] = field(default_factory=list)
    asked_reason: list[Sequence[str]] = field(default_factory=list)
    asked_unsaved: list[Sequence[str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def reason(self, _parent: QWidget | None, records: Sequence[str]) -> str | None:
        self.asked_reason.append(list(records))
        if not self.reasons:
            raise AssertionError(f"unexpected reason dialog for {records}")
        return self.reasons.pop(0)

    def unsaved_choice(self, _parent: QWidget | None, tabs: Sequence[str]) -> UnsavedChoice:
        self.asked_unsaved.append(list(tabs))
        if not self.unsaved:
            raise AssertionError(f"unexpected unsaved-changes question for {tabs}")
        return self.unsaved.pop(0)

    def error(self, _parent: QWidget | None, message: str) -> None:
        self.errors.append(message)


def make_service(db_path: Path, scenarios: Sequence[str] = (), today: date = TODAY) -> StudyService:
    service = StudyService(open_database(db_path), NURSE, today=lambda: today)
    for name in scenarios:
        document = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
        service.import_participants(read_bundle(document, service.config, today))
    return service


def make_window(
    qtbot: QtBot, service: StudyService, settings_path: Path, answers: Answers,
    today: date = TODAY,
) -> MainWindow:  # fmt: skip
    context = GuiContext(service, answers.reason, answers.error, today=lambda: today)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(context, settings)
    window.ask_unsaved = answers.unsaved_choice
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    wait_for_validation(qtbot, window)
    return window


def wait_for_validation(qtbot: QtBot, window: MainWindow, timeout_ms: int = 30_000) -> None:
    """Until every background check asked for so far has been delivered."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=timeout_ms)
    QApplication.processEvents()


def tab_of(window: MainWindow, tab_id: str) -> CrfTab:
    for tab in window.crf_tabs:
        if tab.tab_id == tab_id:
            return tab
    raise KeyError(tab_id)


def close_window(window: MainWindow) -> None:
    """Close without questions (tests that leave edits behind on purpose)."""
    for tab in window.crf_tabs:
        tab.discard_changes()
    window.close()


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000
