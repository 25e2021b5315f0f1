"""The screening form keeps most of the window at 1366×768 with the findings panel open:
the verdict is one line ("Not eligible: 23 reasons"), its reasons open on demand at a
fixed height, and nothing moves as reasons come and go."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop import i18n
from baitp_desktop.gui.language import ensure_chinese_font
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.gui.widgets.choice import RadioChoice
from tests.gui.support_window import TODAY, Answers, close_window, make_service, make_window

pytestmark = pytest.mark.gui

PID = "BAITP-101"


def form_area(tab: ScreeningTab) -> QRect:
    """Where the form is seen: its scroll area's viewport, in the tab's coordinates."""
    QApplication.processEvents()  # the layout follows a shown or hidden part
    viewport = tab.scroll_area.viewport()
    return QRect(viewport.mapTo(tab, viewport.rect().topLeft()), viewport.size())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_new_person_leaves_the_form_most_of_the_height(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    previous = i18n.current_language()
    i18n.set_language(language)
    ensure_chinese_font()
    try:
        service = make_service(tmp_path / "study.sqlite")
        service.create_participant(PID, initials="ABC", sex="F", birth_date=date(1980, 1, 1),
                                   consent_date=TODAY)  # fmt: skip
        window = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
        window.open_participant(PID)
        tab = next(t for t in window.crf_tabs if isinstance(t, ScreeningTab))
        window.tabs.setCurrentWidget(tab)
        qtbot.wait(20)
        assert window.size().width() == 1366 and window.findings.isVisible()
        reasons = len(tab.verdict.toolTip().splitlines())
        assert reasons == 23 + 1  # and the ITP history's: no diagnosis date yet
        summary = tab.verdict.text()
        if language == "en":
            assert "Not eligible:" in summary and "23 reasons" in summary
            assert "ITP history:</span> no date of ITP diagnosis" in summary
        collapsed = form_area(tab)
        assert collapsed.height() >= 0.8 * tab.height()  # it was about 90 px of ~480
        assert tab.verdict.height() <= 2 * tab.fontMetrics().lineSpacing()

        tab.reasons_button.click()  # the reasons, at a fixed height, scrolling inside
        opened = form_area(tab)
        assert tab.reasons_area.isVisible() and opened.height() >= 0.6 * tab.height()
        assert "I1" in tab.reasons.text()

        # Answer every criterion: reasons go away one by one, nothing moves.
        for name, editor in tab.editors.items():
            if isinstance(editor, RadioChoice) and name[0] in "ie" and name[1:].isdigit():
                editor.set_value(name.startswith("i"))
                tab._edited()
                assert form_area(tab) == opened
        assert len(tab.verdict.toolTip().splitlines()) < reasons
        tab.reasons_button.click()
        assert form_area(tab) == collapsed
        close_window(window)
        service.database.dispose()
    finally:
        i18n.set_language(previous)
