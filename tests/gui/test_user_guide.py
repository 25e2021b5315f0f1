"""Help › User guide: F1 on each tab opens that tab's section of the offline guide, in the
language of the screens; the guide names only shortcuts the window really has."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop import i18n
from baitp_desktop.gui.language import ensure_chinese_font
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.controller import attach_part11
from baitp_desktop.gui.study_screens import attach_study_screens
from baitp_desktop.gui.user_guide import SECTIONS, UserGuide, attach_help, guide_path
from baitp_desktop.i18n import SUPPORTED_LANGUAGES
from tests.gui.support_window import TODAY, Answers, close_window, make_service, make_window

pytestmark = pytest.mark.gui

PID = "BAITP-101"
SHORTCUT = re.compile(r"\b(?:Ctrl\+(?:Shift\+)?[A-Z]|F\d{1,2})\b")


def top_line(guide_browser: object) -> str:
    """The first line of text at the top of the guide's visible area."""
    QApplication.processEvents()
    cursor = guide_browser.cursorForPosition(QPoint(4, 4))  # type: ignore[attr-defined]
    return str(cursor.block().text())


def window_with_help(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    service = make_service(tmp_path / "study.sqlite")
    day1 = TODAY - timedelta(days=20)
    service.create_participant(
        PID, initials="ABC", sex="F", birth_date=date(1980, 1, 1),
        consent_date=day1 - timedelta(days=3), first_dose_date=day1,
    )  # fmt: skip
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
    attach_help(window)
    return window


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_f1_on_each_tab_opens_its_section(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    previous = i18n.current_language()
    i18n.set_language(language)
    ensure_chinese_font()
    try:
        window = window_with_help(qtbot, tmp_path)
        window.open_participant(PID)
        for tab in window.crf_tabs:
            window.tabs.setCurrentWidget(tab)
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            tab.setFocus()
            qtbot.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_F1)
            shown = window.findChild(UserGuide)
            assert shown is not None and shown.isVisible()
            assert shown.section == tab.tab_id
            assert top_line(shown.browser) == tab.title()  # the section's heading, at the top
        close_window(window)
    finally:
        i18n.set_language(previous)


def test_the_dashboard_opens_the_contents(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_with_help(qtbot, tmp_path)
    controls = attach_help(window)
    attach_study_screens(window)  # the dashboard is the first page
    guide = controls.open_for_screen()
    assert guide.section == "contents"
    assert top_line(guide.browser) == "BAITP CRF — User guide"
    close_window(window)


def test_the_guide_has_every_section_and_names_only_real_shortcuts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = window_with_help(qtbot, tmp_path)
    attach_part11(window)
    attach_study_screens(window)
    real: set[str] = set()
    for action in window.findChildren(QAction):
        real.update(s.toString() for s in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        real.add(shortcut.key().toString())
    named: dict[str, set[str]] = {}
    for language in SUPPORTED_LANGUAGES:
        text = guide_path(language).read_text(encoding="utf-8")
        assert guide_path(language).name == f"guide_{language}.html"
        anchors = set(re.findall(r'<a name="(\w+)">', text))
        assert anchors == {"contents", *SECTIONS}
        assert set(re.findall(r'href="#(\w+)"', text)) <= anchors
        named[language] = set(SHORTCUT.findall(text))
    assert named["en"] == named["zh_CN"]  # both guides tell the same keys
    assert named["en"] - real == set(), "the guide names keys the window does not have"
    assert QKeySequence(QKeySequence.StandardKey.HelpContents).toString() in real
    close_window(window)
