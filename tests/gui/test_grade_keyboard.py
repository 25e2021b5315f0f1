"""Grades by keyboard (AE form, Bleeding tab): Tab always reaches the grade, whatever the
term allows and whatever was chosen before; the number typed then is the grade, never the
onset date."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.bleeding import BleedingTab
from tests.gui.field_walk import FieldDriver
from tests.gui.support_tabs_b import NEW_ID, TODAY, open_study, shown_tab

pytestmark = pytest.mark.gui


def term_tab_grade(qtbot: QtBot, tab: AdverseEventsTab, term: str, grade: str) -> None:
    """Type the term into the empty form, Tab, then a number key, as a nurse does."""
    driver = FieldDriver(qtbot, tab)
    editor = tab.editor
    driver.focus(editor.term.editor)
    driver.type(editor.term.editor, term)
    driver.key(editor.term.editor, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus in editor.grade.buttons.values(), f"Tab went to {type(focus).__name__}"
    assert focus is not None
    qtbot.keyClick(focus, grade)


@pytest.mark.parametrize("typed_term", ["Lung infection", "lung infection", "Lung infect"])
def test_tab_from_the_term_reaches_the_grade(qtbot: QtBot, tmp_path: Path, typed_term: str) -> None:
    study = open_study(tmp_path)
    tab = shown_tab(qtbot, study, AdverseEventsTab, NEW_ID)
    editor = tab.editor
    # the previous AE was grade 3: Qt alone would keep Tab on that button afterwards
    editor.grade.choose(3)
    tab.discard_changes()
    term_tab_grade(qtbot, tab, typed_term, "2")
    assert editor.grade.value() == 2
    assert editor.onset.text() == ""  # the key did not land in Onset
    tab.discard_changes()


def test_a_grade_the_term_lacks_is_shown_but_cannot_be_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    """Lung infection has CTCAE grades 2–5: grade 1 is visible, greyed, and its key does
    nothing; Tab lands on grade 2, the first it allows."""
    study = open_study(tmp_path)
    tab = shown_tab(qtbot, study, AdverseEventsTab, NEW_ID)
    grade = tab.editor.grade
    term_tab_grade(qtbot, tab, "Lung infection", "1")
    assert grade.value() is None
    assert grade.buttons[1].isVisible() and not grade.buttons[1].isEnabled()
    assert QApplication.focusWidget() is grade.buttons[2]
    qtbot.keyClick(grade.buttons[2], "4")
    assert grade.value() == 4
    qtbot.keyClick(grade.buttons[4], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.editor.onset.editor  # and on to the onset
    tab.discard_changes()


def test_a_whole_ae_by_keyboard_after_a_saved_one(qtbot: QtBot, tmp_path: Path) -> None:
    study = open_study(tmp_path)
    tab = shown_tab(qtbot, study, AdverseEventsTab, NEW_ID)
    onset = TODAY.isoformat()
    for term, grade in (("Headache", "3"), ("lung infection", "2")):
        term_tab_grade(qtbot, tab, term, grade)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is tab.editor.onset.editor
        qtbot.keyClicks(tab.editor.onset.editor, onset)
        assert tab.save()
    stored = study.service.participant(NEW_ID).adverse_events
    assert [(ae.term, ae.grade) for ae in stored] == [("Headache", 3), ("Lung infection", 2)]


def test_tab_from_the_bleeding_date_reaches_the_grade(qtbot: QtBot, tmp_path: Path) -> None:
    """The same graded choice on the Bleeding tab, after a grade was chosen and cleared."""
    study = open_study(tmp_path)
    tab = shown_tab(qtbot, study, BleedingTab, NEW_ID)
    tab.grade.choose(3)
    tab.discard_changes()
    driver = FieldDriver(qtbot, tab)
    driver.focus(tab.date.editor)
    driver.key(tab.date.editor, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus in tab.grade.buttons.values(), type(focus).__name__
    qtbot.keyClick(focus, "2")
    assert tab.grade.value() == 2
    tab.discard_changes()
