"""Dialogs open ready for typing: the focus in the first empty field, Tab through the fields
before any button, Enter means OK. Typing starts right after the dialog opens, without a
click: the sign-in once opened on a button, and a stray Space cancelled it and quit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.dialogs.form_parts import focus_chain, is_entry, takes_tab_focus
from baitp_desktop.gui.part11.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import open_database
from tests.gui.support_dialogs import DIALOGS, NURSE, PASSWORD, Site, make_site

pytestmark = pytest.mark.gui
LISTS = {"user accounts", "queries"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from make_site(tmp_path_factory.mktemp("site"))


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def typed(qtbot: QtBot, text: str) -> None:
    """Keys go where the keyboard focus is, as for a person."""
    for character in text:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, character)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_a_dialog_opens_in_its_first_empty_field_and_tabs_through_fields_first(
    qtbot: QtBot, site: Site, name: str
) -> None:
    dialog = opened(qtbot, DIALOGS[name](site))
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title + 100, f"{name}: the title would be cut"
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is dialog
    assert not isinstance(focus, QPushButton), f"{name}: opens on the button {focus.text()!r}"
    if name in LISTS:  # a list with actions beside it: the list or its filter
        assert isinstance(focus, QAbstractItemView) or is_entry(focus), type(focus).__name__
    else:
        assert is_entry(focus), f"{name}: focus on {type(focus).__name__}"
        stops: list[QWidget] = [w for w in focus_chain(dialog) if takes_tab_focus(w, dialog)]
        kinds = ["button" if isinstance(w, QPushButton) else "entry" for w in stops]
        entries_after_buttons = "button" in kinds and "entry" in kinds[kinds.index("button") :]
        assert not entries_after_buttons, f"{name}: Tab reaches a button before a field"
    dialog.reject()


def test_sign_in_by_typing_right_away(qtbot: QtBot, site: Site) -> None:
    dialog = opened(qtbot, LoginDialog(UserService(site.service.database)))
    assert QApplication.focusWidget() is dialog.username
    typed(qtbot, " ")  # a stray Space types a space; it cancels nothing
    assert dialog.isVisible() and dialog.username.text() == " "
    press(qtbot, Qt.Key.Key_Backspace)
    typed(qtbot, NURSE.username)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password  # not Cancel
    typed(qtbot, "wrong-password")
    press(qtbot, Qt.Key.Key_Return)  # Enter is OK: refused, the dialog stays
    assert dialog.isVisible() and "Wrong user name or password" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.password and dialog.password.text() == ""
    typed(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == NURSE.username


def test_sign_in_with_a_known_user_name_starts_in_the_password(qtbot: QtBot, site: Site) -> None:
    dialog = LoginDialog(UserService(site.service.database))
    dialog.username.setText(NURSE.username)
    opened(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.password


def test_first_start_by_typing_and_cancel_asks_first(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh.sqlite")
    try:
        dialog = FirstAdminDialog(UserService(database))
        asked: list[str] = []
        answers = [False, True]
        dialog.confirm_quit = lambda _parent: (asked.append("quit?"), answers.pop(0))[1]
        opened(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.username
        press(qtbot, Qt.Key.Key_Escape)  # asked; "No": the dialog stays
        assert asked == ["quit?"] and dialog.isVisible()
        for text in ("boss", "Dr B. Oss", "long-enough-1", "long-enough-1"):
            typed(qtbot, text)
            press(qtbot, Qt.Key.Key_Tab)
        assert isinstance(QApplication.focusWidget(), QPushButton)  # fields done: buttons
        dialog.username.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert [u.username for u in UserService(database).users()] == ["boss"]

        quitting = FirstAdminDialog(UserService(database))
        quitting.confirm_quit = lambda _parent: (asked.append("quit?"), answers.pop(0))[1]
        opened(qtbot, quitting)
        press(qtbot, Qt.Key.Key_Escape)  # asked again; "Yes": quits
        assert asked == ["quit?", "quit?"]
        assert quitting.result() == QDialog.DialogCode.Rejected and not quitting.isVisible()
    finally:
        database.dispose()


def test_change_password_by_typing_right_away(qtbot: QtBot, site: Site) -> None:
    dialog = opened(qtbot, ChangePasswordDialog(UserService(site.service.database, NURSE)))
    assert QApplication.focusWidget() is dialog.current
    for text in (PASSWORD, "a-new-password-2"):
        typed(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "a-new-password-3")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text()  # the two new passwords differ
    dialog.again.clear()
    dialog.again.setFocus()
    typed(qtbot, "a-new-password-2")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    UserService(site.service.database).authenticate(NURSE.username, "a-new-password-2")
    UserService(site.service.database, NURSE).change_own_password("a-new-password-2", PASSWORD)
