"""pytest-qt: the queries dialog through a whole thread, and account administration."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.core.queries import QueryStatus
from baitp_desktop.gui.part11.queries_dialog import QueriesDialog
from baitp_desktop.gui.part11.users_dialog import AddUserDialog, UsersDialog
from baitp_desktop.service.queries import QueryService
from baitp_desktop.service.users import AuthenticationFailed, UserService
from baitp_desktop.storage import Database

from .conftest import PID, actor


def _queries(qtbot: QtBot, database: Database, name: str) -> QueriesDialog:
    dialog = QueriesDialog(QueryService(database, actor(name)), PID)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_query_thread_in_the_dialog(qtbot: QtBot, database: Database) -> None:
    monitor = _queries(qtbot, database, "monitor")
    raise_dialog = monitor.new_query()
    assert raise_dialog is not None
    raise_dialog.choose_field("Platelet count 2022-07-19 (value)")
    assert raise_dialog.about.text() == "Platelet count 2022-07-19: Platelet count"  # no key
    assert (raise_dialog.target.kind, raise_dialog.target.field) == ("count", "value")
    raise_dialog.raise_button.click()
    assert "write a message" in raise_dialog.error.text()
    qtbot.keyClicks(raise_dialog.text, "Source says 54?")
    raise_dialog.raise_button.click()
    assert monitor.table.rowCount() == 1 and monitor.selected() is not None
    assert "Source says 54?" in monitor.thread_view.toPlainText()
    selected = monitor.selected()
    assert selected is not None and selected.target.record_id is not None

    nurse = _queries(qtbot, database, "nurse")
    assert not nurse.new_button.isVisible()
    assert nurse.answer_button.isVisible() and not nurse.close_button.isVisible()
    qtbot.keyClicks(nurse.reply, "45 is right, see lab sheet")
    qtbot.mouseClick(nurse.answer_button, Qt.MouseButton.LeftButton)
    selected = nurse.selected()
    assert selected is not None and selected.status is QueryStatus.ANSWERED
    assert "45 is right" in nurse.thread_view.toPlainText()

    monitor.refresh()
    assert monitor.follow_up_button.isEnabled() and monitor.close_button.isEnabled()
    qtbot.mouseClick(monitor.close_button, Qt.MouseButton.LeftButton)
    closed = monitor.selected()
    assert closed is not None and closed.status is QueryStatus.CLOSED
    assert not monitor.close_button.isEnabled() and not monitor.reply.isEnabled()
    monitor.open_only.setChecked(True)
    assert monitor.table.rowCount() == 0


def test_admin_unlocks_and_adds_accounts(qtbot: QtBot, database: Database) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            UserService(database).authenticate("nurse", "wrong-password")
    dialog = UsersDialog(UserService(database, actor("admin")))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("nurse")
    assert dialog.unlock_button.isEnabled()
    state_column = dialog.COLUMNS.index("State")
    row = next(
        n for n in range(dialog.table.rowCount()) if dialog.table.item(n, 0).text() == "nurse"
    )
    assert "locked" in dialog.table.item(row, state_column).text()
    dialog.ask_text = lambda *_: None  # cancelled: nothing happens
    dialog.unlock_button.click()
    assert UserService(database).user("nurse").locked
    dialog.ask_text = lambda *_: "Identity checked"
    dialog.unlock_button.click()
    assert not UserService(database).user("nurse").locked

    dialog.idle_minutes.setValue(3)
    dialog.idle_button.click()
    assert UserService(database).idle_lock_minutes() == 3

    dialog.add_user()
    add = dialog.findChild(AddUserDialog, "add_user_dialog")
    assert add is not None
    add.username.setText("sam")
    add.printed_name.setText("Sam Sun")
    add.password.setText("sunrise-temp-1")
    add.ok_button.click()
    assert "sam" in [u.username for u in UserService(database).users()]
    assert any(dialog.table.item(n, 0).text() == "sam" for n in range(dialog.table.rowCount()))


def test_a_non_admin_is_refused_by_the_service(qtbot: QtBot, database: Database) -> None:
    dialog = UsersDialog(UserService(database, actor("nurse")))
    qtbot.addWidget(dialog)
    dialog.select("monitor")
    dialog.ask_text = lambda *_: "just because"
    dialog.active_button.click()
    assert "may not manage user accounts" in dialog.error.text()
    assert UserService(database).user("monitor").active


def test_the_account_rules_show_as_refusals_in_the_dialog(qtbot: QtBot, database: Database) -> None:
    dialog = UsersDialog(UserService(database, actor("admin")))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("admin")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("investigator"))
    dialog.ask_text = lambda *_: "I sign today"
    dialog.role_button.click()
    assert "Nobody changes their own role" in dialog.error.text()
    assert UserService(database).user("admin").role == "admin"

    answers = {"Temporary password": "12345678", "Reason": "Forgot the password"}
    dialog.ask_text = lambda _parent, title, _label: answers[title]
    dialog.select("nurse")
    dialog.reset_button.click()
    assert dialog.error.text() == "Password: at least 10 characters"
    assert not UserService(database).user("nurse").must_change_password

    dialog.add_user()
    add = dialog.findChild(AddUserDialog, "add_user_dialog")
    assert add is not None
    add.username.setText("wang.li")
    add.printed_name.setText("Wang Li")
    add.password.setText("Wang.Li-2207")
    add.ok_button.click()
    assert add.error.text() == "Temporary password: must not contain the user name wang.li"
    add.password.setText("1qaz2wsx3edc")
    add.ok_button.click()
    assert "most common passwords" in add.error.text()
    assert "wang.li" not in [u.username for u in UserService(database).users()]
