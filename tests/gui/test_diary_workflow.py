"""The diary as a nurse enters a returned card: dated cells, signed days refused at the
key with a padlock, undo/redo of marks, and a warning when a dose is marked inside an
interruption period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop import i18n
from baitp_desktop.gui.language import ensure_chinese_font
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.tabs.diary import DiaryTab
from baitp_desktop.gui.widgets.diary_cell import (
    LOCKED_ROLE,
    SYMBOL_ROLE,
    WARNED_ROLE,
    DiaryCellDelegate,
    date_labels,
    small_font,
)
from baitp_desktop.gui.widgets.diary_grid import DayEntry
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.service.signatures import SignatureService
from baitp_desktop.service.users import UserService
from tests.account_helpers import ready_account
from tests.gui.support_window import TODAY, Answers, close_window, make_service, make_window

pytestmark = pytest.mark.gui

PID = "BAITP-101"
DAY1 = TODAY - timedelta(days=39)  # today is Day 40
INVESTIGATOR_PASSWORD = "invest-pass-1"


def day(n: int) -> date:
    return DAY1 + timedelta(days=n - 1)


def enrol(service: StudyService) -> None:
    service.create_participant(
        PID, initials="ABC", sex="F", birth_date=date(1980, 1, 1),
        consent_date=DAY1 - timedelta(days=10), first_dose_date=DAY1,
        screening_date=DAY1 - timedelta(days=5),
    )  # fmt: skip


def sign_visit(service: StudyService, visit: str) -> None:
    """An investigator signs `visit` (a real account, the password typed again)."""
    admin = UserService(service.database).create_first_admin(
        "admin", "Ada Admin", "Harbour-lights-41"
    )
    ready_account(
        service.database, admin, "investigator", "Dr Ivan Investigator", "investigator",
        INVESTIGATOR_PASSWORD,
    )  # fmt: skip
    investigator = Actor("investigator", "Dr Ivan Investigator", "investigator")
    signatures = SignatureService(service.database, investigator, service.config, lambda: TODAY)
    signatures.sign_visit(PID, visit, INVESTIGATOR_PASSWORD)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[StudyService]:
    service = make_service(tmp_path / "study.sqlite")
    enrol(service)
    yield service
    service.database.dispose()


def diary_of(qtbot: QtBot, tmp_path: Path, service: StudyService) -> tuple[MainWindow, DiaryTab]:
    window = make_window(qtbot, service, tmp_path / "settings.ini", Answers())
    window.open_participant(PID)
    tab = next(t for t in window.crf_tabs if isinstance(t, DiaryTab))
    window.tabs.setCurrentWidget(tab)
    tab.grid.views[0].setFocus()
    return window, tab


def key(
    qtbot: QtBot, tab: DiaryTab, k: Qt.Key, modifiers: Qt.KeyboardModifier | None = None
) -> None:
    view = QApplication.focusWidget() or tab.grid.views[0]
    if modifiers is None:
        qtbot.keyClick(view, k)
    else:
        qtbot.keyClick(view, k, modifiers)


def select_days(qtbot: QtBot, tab: DiaryTab, first: int, last: int) -> None:
    """Arrow to `first`, Shift+Right to `last` (the keyboard way of selecting a card)."""
    tab.grid.move_to(first)
    for _ in range(last - first):
        key(qtbot, tab, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert tab.model.selection == (first, last)


def test_signed_days_show_a_padlock_and_refuse_the_key_at_once(
    qtbot: QtBot, tmp_path: Path, service: StudyService
) -> None:
    # the Day 14 count is what makes the visit signable; the signature then covers the
    # dosing since the last visit (nothing recorded for Day 7, so from Day 1) to Day 14
    service.apply(PID, [Upsert("count", {"date": day(14), "value": 45.0})])
    sign_visit(service, "d14")
    window, tab = diary_of(qtbot, tmp_path, service)
    model = tab.model
    locked = [d for d in range(1, 41) if model.data(model.index_of_day(d), LOCKED_ROLE)]
    assert locked == list(range(1, 15))  # Days 1-14, recorded or not
    tooltip = model.data(model.index_of_day(13), Qt.ItemDataRole.ToolTipRole)
    assert "Signed by Dr Ivan Investigator" in tooltip

    tab.grid.move_to(13)
    key(qtbot, tab, Qt.Key.Key_T)
    expected = f"Day 13 ({format_date(day(13))}) is signed; an investigator must unlock it first."
    assert window.statusBar().currentMessage() == expected
    assert tab.message.text() == expected
    assert model.pending == {} and not tab.has_unsaved_changes()

    select_days(qtbot, tab, 12, 16)  # a range reaching into the signed days: all refused
    key(qtbot, tab, Qt.Key.Key_M)
    assert model.pending == {}
    assert "Day 12 (" in window.statusBar().currentMessage()

    tab.grid.move_to(15)  # an unsigned day still takes the key
    key(qtbot, tab, Qt.Key.Key_T)
    assert model.pending == {day(15): DayEntry(True, 4.0)}
    close_window(window)


def test_undo_and_redo_of_marks_by_keyboard_and_the_edit_menu(
    qtbot: QtBot, tmp_path: Path, service: StudyService
) -> None:
    window, tab = diary_of(qtbot, tmp_path, service)
    model = tab.model
    assert not window.undo_action.isEnabled()
    select_days(qtbot, tab, 1, 7)
    key(qtbot, tab, Qt.Key.Key_T)  # one step for the whole week
    tab.grid.move_to(3)
    key(qtbot, tab, Qt.Key.Key_M)
    taken, missed = DayEntry(True, 4.0), DayEntry(False, None)
    assert model.pending[day(3)] == missed and len(model.pending) == 7
    assert window.undo_action.isEnabled() and "Day 3" in window.undo_action.text()

    key(qtbot, tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.pending[day(3)] == taken and len(model.pending) == 7
    key(qtbot, tab, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the range, at once
    assert model.pending == {} and not window.isWindowModified()
    assert model.selection == (1, 7)  # the undone days are shown selected

    key(
        qtbot,
        tab,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(model.pending) == 7 and model.pending[day(3)] == taken
    assert window.isWindowModified()
    key(qtbot, tab, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.pending[day(3)] == missed

    window.undo_action.trigger()  # Edit > Undo does the same as Ctrl+Z
    assert model.pending[day(3)] == taken
    window.redo_action.trigger()
    assert model.pending[day(3)] == missed

    assert tab.save()  # saved: nothing left to undo (a saved value changes by a new edit)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    saved = service.participant(PID).doses
    assert {(d.date, d.taken) for d in saved} == {(day(n), n != 3) for n in range(1, 8)}

    window.tabs.setCurrentIndex(0)  # another tab: Edit > Undo is not the diary's there
    tab.grid.move_to(8)
    tab._command("taken")
    assert tab.edits.canUndo() and not window.undo_action.isEnabled()
    window.tabs.setCurrentWidget(tab)
    assert window.undo_action.isEnabled()
    close_window(window)


def test_a_dose_marked_inside_an_interruption_is_warned_at_the_key(
    qtbot: QtBot, tmp_path: Path, service: StudyService
) -> None:
    counts = [Upsert("count", {"date": day(n), "value": 350.0}) for n in (20, 34)]
    service.apply(PID, counts)  # the rule is met on Day 34; no dose from Day 35
    window, tab = diary_of(qtbot, tmp_path, service)
    model = tab.model
    select_days(qtbot, tab, 33, 36)
    key(qtbot, tab, Qt.Key.Key_T)
    expected = (
        f"Day 35 ({format_date(day(35))}) is inside an interruption period: "
        "no dose should be taken. Check the diary card."
    )
    assert window.statusBar().currentMessage() == expected
    warned = [d for d in range(30, 40) if model.data(model.index_of_day(d), WARNED_ROLE)]
    assert warned == [35, 36]  # outlined; recorded all the same (it is what happened)
    assert all(model.pending[day(n)] == DayEntry(True, 4.0) for n in (33, 34, 35, 36))

    tab.grid.move_to(37)
    key(qtbot, tab, Qt.Key.Key_M)  # missed inside the period: nothing to warn about
    assert not [d for d in range(30, 40) if model.data(model.index_of_day(d), WARNED_ROLE)]
    close_window(window)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_cell_shows_its_date_readably_at_1366x768(
    qtbot: QtBot, tmp_path: Path, service: StudyService, language: str
) -> None:
    previous = i18n.current_language()
    i18n.set_language(language)
    ensure_chinese_font()
    try:
        window, tab = diary_of(qtbot, tmp_path, service)
        assert window.findings.isVisible()  # the findings panel open, as at a visit
        model, views = tab.model, tab.grid.views
        forms: set[int] = set()
        for number in range(1, model.last_day + 1):
            index = model.index_of_day(number)
            view = tab.grid.view_of_day(number)
            rect = view.visualRect(index)
            text = DiaryCellDelegate.date_text(rect, view.font(), index)
            when = day(number)
            assert text in date_labels(when, language)  # day and month, in either form
            assert str(when.day) in text
            symbol = str(model.data(index, SYMBOL_ROLE) or "")
            room = DiaryCellDelegate.date_room(rect, view.font(), symbol or "✓")
            assert QFontMetrics(small_font(view.font())).horizontalAdvance(text) <= room
            forms.add(date_labels(when, language).index(text))
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            assert format_date(when, language) in tip  # the full date
        assert len(forms) == 1  # every cell in the same form: the dates read alike
        assert views[0].visualRect(model.index_of_day(1)).height() >= 24
        close_window(window)
    finally:
        i18n.set_language(previous)
