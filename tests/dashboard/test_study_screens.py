"""The dashboard and the outcomes window wired into the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.study_screens import StudyScreens, attach_study_screens
from tests.dashboard.dashboard_study import TODAY, study
from tests.gui.support_window import Answers, close_window, make_service, make_window


@pytest.fixture
def screens(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, StudyScreens]]:
    service = make_service(tmp_path / "study.sqlite", today=TODAY)
    service.import_participants(study())
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers(), today=TODAY)
    screens = attach_study_screens(window)
    qtbot.waitUntil(lambda: screens.dashboard.dashboard is not None, timeout=30_000)
    yield window, screens
    if screens.outcomes_window is not None:
        screens.outcomes_window.close()
    close_window(window)
    service.database.dispose()


def test_dashboard_is_the_first_page(screens: tuple[MainWindow, StudyScreens]) -> None:
    window, dashboard = screens[0], screens[1].dashboard
    assert window.pages.currentWidget() is dashboard
    assert dashboard.models["due"].rowCount() == 3
    assert window.findings.isHidden()  # the dashboard lists the study's findings itself
    assert window.view_menu.actions()[0].text() == "&Dashboard"


def test_a_line_opens_the_participant_on_its_tab(
    qtbot: QtBot, screens: tuple[MainWindow, StudyScreens]
) -> None:
    window, study_screens = screens
    study_screens.open_line("BAITP-007", "diary", "diary:2023-02-02/2023-02-04")
    assert window.current_participant_id() == "BAITP-007"
    assert window.pages.currentWidget() is window.participant_page
    assert window.tabs.currentWidget().tab_id == "diary"
    assert not window.findings.isHidden()
    # Ctrl+D goes back to the dashboard; choosing a participant in the navigator leaves it
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is study_screens.dashboard
    window.navigator.participant_requested.emit("BAITP-007")
    assert window.pages.currentWidget() is window.participant_page


def test_closing_on_the_dashboard_keeps_the_findings_panel(
    screens: tuple[MainWindow, StudyScreens],
) -> None:
    window = screens[0]
    assert window.findings.isHidden()
    window.close()
    assert not window.findings.isHidden()  # saved in the layout as the nurse left it


def test_outcomes_window_opens_participants_here(
    qtbot: QtBot, screens: tuple[MainWindow, StudyScreens]
) -> None:
    window, study_screens = screens
    study_screens.outcomes_action.trigger()
    outcomes = study_screens.outcomes_window
    assert outcomes is not None and outcomes.isVisible()
    qtbot.waitUntil(lambda: outcomes.view.outcomes is not None, timeout=30_000)
    assert outcomes.view.flow_buttons["dosed"].text() == "Dosed  7"
    outcomes.view.participant_requested.emit("BAITP-003")
    assert window.current_participant_id() == "BAITP-003"
    assert window.pages.currentWidget() is window.participant_page


def test_visit_calendar_from_the_participant_menu(
    qtbot: QtBot, screens: tuple[MainWindow, StudyScreens], tmp_path: Path
) -> None:
    window, study_screens = screens
    target = tmp_path / "calendar.pdf"
    opened: list[Path] = []
    study_screens.ask_language = lambda _parent: "en"
    study_screens.ask_save_path = lambda _parent, suggested: target
    study_screens.open_file = opened.append
    assert not study_screens.calendar_action.isEnabled()  # no participant shown yet
    window.open_participant("BAITP-002")
    study_screens.calendar_action.trigger()
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(target)).pages)
    assert "Participant BAITP-002 (DUE)" in text
