"""pytest-qt: sign-in, first administrator, lockout in the dialog, the idle lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.part11.idle_lock import IdleLock
from baitp_desktop.gui.part11.login import (
    ChangePasswordDialog,
    FirstAdminDialog,
    LoginDialog,
)
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database

from .conftest import NAMES, PASSWORDS, actor


def _sign_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_login_accepts_the_right_password(qtbot: QtBot, database: Database) -> None:
    dialog = LoginDialog(UserService(database))
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "investigator", PASSWORDS["investigator"])
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert (dialog.actor.username, dialog.actor.display_name) == (
        "investigator",
        NAMES["investigator"],
    )


def test_login_refuses_and_then_locks_the_account(qtbot: QtBot, database: Database) -> None:
    dialog = LoginDialog(UserService(database))
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "nurse", "wrong-one")
    assert dialog.isVisible() and dialog.actor is None
    assert "Wrong user name or password" in dialog.error.text()
    assert dialog.password.text() == ""  # never left in the field
    for _ in range(4):
        _sign_in(qtbot, dialog, "nurse", "wrong-one")
    assert "locked after 5 failed attempts" in dialog.error.text()
    _sign_in(qtbot, dialog, "nurse", PASSWORDS["nurse"])
    assert dialog.actor is None and "locked" in dialog.error.text()


def test_first_start_creates_the_administrator(qtbot: QtBot, tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        dialog = FirstAdminDialog(UserService(fresh))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.username.setText("boss")
        dialog.printed_name.setText("Dr B. Oss")
        qtbot.keyClicks(dialog.password, "long-enough-1")
        qtbot.keyClicks(dialog.again, "long-enough-2")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "differ" in dialog.error.text() and not UserService(fresh).has_users()
        dialog.again.setText("long-enough-1")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.actor is not None and dialog.actor.role == "admin"
        assert [u.username for u in UserService(fresh).users()] == ["boss"]
    finally:
        fresh.dispose()


def test_temporary_password_must_be_changed(qtbot: QtBot, database: Database) -> None:
    UserService(database, actor("admin")).reset_password("nurse", "temporary-1", "Forgotten")
    nurse = UserService(database).authenticate("nurse", "temporary-1")
    dialog = ChangePasswordDialog(UserService(database, nurse), required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.setText("temporary-1")
    dialog.new.setText("short")
    dialog.again.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in dialog.error.text()
    dialog.new.setText("my-own-password")
    dialog.again.setText("my-own-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not UserService(database).user("nurse").must_change_password


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    return window


def test_idle_lock_after_the_configured_time_needs_the_password(
    qtbot: QtBot, database: Database
) -> None:
    window = _window(qtbot)
    nurse = actor("nurse")
    users = UserService(database, nurse)
    lock = IdleLock(window, nurse, users.check_password, timeout_ms=50)
    try:
        qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
        [cover] = lock.covers
        assert cover.isVisible() and cover.geometry() == window.rect()
        dialog = lock.dialog
        assert dialog is not None and NAMES["nurse"] in dialog.message.text()
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert lock.is_locked and "Wrong" in dialog.error.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape does not unlock
        assert lock.is_locked
        with qtbot.waitSignal(lock.unlocked):
            qtbot.keyClicks(dialog.password, PASSWORDS["nurse"])
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert not lock.is_locked
        assert lock.timer.isActive()  # watching again
    finally:
        lock.stop()


def test_input_postpones_the_idle_lock(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot)
    nurse = actor("nurse")
    lock = IdleLock(window, nurse, UserService(database, nurse).check_password, timeout_ms=60_000)
    try:
        lock.timer.stop()  # as if it had nearly run out: any input must start it afresh
        qtbot.keyClick(window, Qt.Key.Key_A)
        assert lock.timer.isActive() and lock.timer.remainingTime() > 50_000
        lock.timer.stop()
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton)
        assert lock.timer.isActive()
        assert not lock.is_locked
        lock.lock_now()
        assert lock.is_locked
    finally:
        lock.stop()


def test_a_locked_account_can_only_quit(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot)
    nurse = actor("nurse")
    lock = IdleLock(window, nurse, UserService(database, nurse).check_password, 60_000)
    try:
        lock.lock_now()
        dialog = lock.dialog
        assert dialog is not None
        for _ in range(5):
            dialog.password.setText("wrong-password")
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert not dialog.unlock_button.isEnabled()
        with qtbot.waitSignal(lock.quit_requested):
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        assert not lock.is_locked
    finally:
        lock.stop()


def test_an_open_dialog_is_covered_too(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot)
    other = QDialog(window)
    other.resize(300, 200)
    other.show()
    nurse = actor("nurse")
    lock = IdleLock(window, nurse, UserService(database, nurse).check_password, 60_000)
    try:
        lock.lock_now()
        assert {c.parentWidget() for c in lock.covers} == {window, other}
        assert all(c.isVisible() for c in lock.covers)
        assert lock.dialog is not None
        assert lock.dialog.windowModality() == Qt.WindowModality.ApplicationModal
        window.resize(900, 650)
        qtbot.waitUntil(lambda: lock.covers[0].geometry() == window.rect(), timeout=2000)
        lock.dialog.password.setText(PASSWORDS["nurse"])
        lock.dialog.unlock_button.click()
        assert lock.covers == [] and not lock.is_locked
    finally:
        lock.stop()
