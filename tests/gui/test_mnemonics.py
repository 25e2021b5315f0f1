"""No Alt+letter clash: within one window or dialog, among what is visible at the same time
(the menu bar's titles, labels, buttons, group boxes and tab titles), and among the items
of each menu — in English and in Chinese. Alt+P once reached both the Platelets field and
the Participant menu, and the Return that followed ran "Save this tab"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.app import build_main_window
from baitp_desktop.gui.dialogs.visit_picker import VisitChoice, VisitPicker
from baitp_desktop.gui.error_hook import BugDialog
from baitp_desktop.gui.language import add_language_menu
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.history_dialog import HistoryDialog
from baitp_desktop.gui.patient_mode import PatientMode
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.i18n import language_scope
from tests.gui.mnemonic_walk import Mnemonics, collect, menu_clashes
from tests.gui.support_dialogs import DIALOGS, NURSE, PID, Site, make_site
from tests.gui.support_window import close_window

pytestmark = pytest.mark.gui
LANGUAGES = ["en", "zh_CN"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from make_site(tmp_path_factory.mktemp("site"))


def problems(found: Mnemonics) -> list[str]:
    lines = [f"{letter}: {', '.join(texts)}" for letter, texts in found.clashes().items()]
    return lines + [f"a bare '&' shown in {text!r}" for text in found.bare_ampersands]


def main_window(qtbot: QtBot, site: Site, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(site.service, settings)
    add_language_menu(window.tools_menu, settings, window.context.service.actor.username, window)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_has_no_mnemonic_clash(
    qtbot: QtBot, site: Site, tmp_path: Path, language: str
) -> None:
    found: dict[str, list[str]] = {}
    with language_scope(language):
        window = main_window(qtbot, site, tmp_path)
        try:
            found["dashboard"] = problems(collect(window))
            assert window.open_participant(PID)
            window.pages.setCurrentWidget(window.participant_page)
            for tab in window.crf_tabs:
                window.tabs.setCurrentWidget(tab)
                QApplication.processEvents()
                found[tab.tab_id] = problems(collect(window))
                if isinstance(tab, AdverseEventsTab):  # a serious AE shows two more dates
                    tab.editor.serious.setChecked(True)
                    found["serious AE"] = problems(collect(window))
            for action in window.menuBar().actions():
                menu = action.menu()
                if action.isVisible() and menu is not None:
                    for title, clashes in menu_clashes(menu).items():
                        found[f"menu {title}"] = [f"{k}: {v}" for k, v in clashes.items()]
        finally:
            close_window(window)
    assert not {where: lines for where, lines in found.items() if lines}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name", [*sorted(DIALOGS), "history", "bug", "visit picker", "patient mode"]
)
def test_a_dialog_has_no_mnemonic_clash(
    qtbot: QtBot, site: Site, tmp_path: Path, name: str, language: str
) -> None:
    with language_scope(language):
        if name == "history":
            dialog: QWidget = HistoryDialog("History", site.service.history(PID))
        elif name == "bug":
            dialog = BugDialog("text", tmp_path / "baitp.log")
        elif name == "visit picker":
            dialog = VisitPicker([VisitChoice("d7", "Day 7", signed=True)], 0)
        elif name == "patient mode":
            definition = site.service.config.instruments.current
            assert definition is not None
            dialog = PatientMode(definition, {}, lambda _password: NURSE)
        else:
            dialog = DIALOGS[name](site)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not problems(collect(dialog)), name
