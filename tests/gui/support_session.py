"""Driving the real application as a person does: its own sign-in dialogs, lock screen and
message boxes, answered through the keyboard and the buttons a person would press.

`ModalScript` answers the application's modal dialogs in order. A modal dialog runs its
own event loop (`exec`), so the test cannot wait for it and then click: the script's
timer, which keeps firing inside that loop, finds the dialog and answers it. Answers
that open a further dialog are deferred (`later`), so every dialog's loop is left the way
a person leaves it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from baitp_desktop.core.config import default_config
from baitp_desktop.gui.app import open_window
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.login import sign_in
from baitp_desktop.gui.session import ApplicationSession
from baitp_desktop.storage import Database

Answer = Callable[[QWidget], None]


def later(action: Callable[[], object]) -> None:
    """Run `action` from the event loop (a click that opens the next modal dialog)."""
    QTimer.singleShot(0, action)


def plain(text: str) -> str:
    """A button's text as read: without the mnemonic's ampersand."""
    return text.replace("&", "")


def button_named(root: QWidget, text: str) -> QAbstractButton:
    found = [b for b in root.findChildren(QAbstractButton) if plain(b.text()) == text]
    if not found:
        names = [plain(b.text()) for b in root.findChildren(QAbstractButton)]
        raise AssertionError(f"no button {text!r} in {type(root).__name__}: {names}")
    return found[0]


def activate(qtbot: QtBot, dialog: QWidget) -> None:
    """Make sure the dialog has the keyboard (offscreen, nothing gives it focus by itself;
    on a desktop the window manager does, or the person clicks it)."""
    if QApplication.activeWindow() is not dialog:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)


def click(text: str) -> Answer:
    """Press the button labelled `text` (what a person reads on it)."""
    return lambda dialog: later(button_named(dialog, text).click)


@dataclass
class _Step:
    kind: type[QWidget]
    answer: Answer
    seen_text: list[str]


class ModalScript(QObject):
    """Answers modal dialogs in the expected order; records what each one said.

    A modal dialog nobody expected (a question the application should not have asked) is
    an error: it is closed with Escape and `finish` fails, instead of the test hanging.
    Dialogs of the `tolerated` kinds (the lock screen, driven by the test itself) are left.
    """

    def __init__(self, qtbot: QtBot, tolerated: tuple[type[QWidget], ...] = ()) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.tolerated = tolerated
        self.unexpected: list[str] = []
        self.steps: deque[_Step] = deque()
        self.answered: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer(self)
        self.timer.setInterval(25)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def expect(self, kind: type[QWidget], answer: Answer) -> list[str]:
        """Answer the next modal `kind` with `answer`; the returned list gets its text."""
        seen: list[str] = []
        self.steps.append(_Step(kind, answer, seen))
        return seen

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in self.answered:
            return
        if not dialog.isVisible() or isinstance(dialog, self.tolerated):
            return
        if not self.steps:
            self.answered.append(dialog)
            self.unexpected.append(f"{type(dialog).__name__}: {dialog_text(dialog)}")
            later(dialog.reject)
            return
        step = self.steps[0]
        if not isinstance(dialog, step.kind):
            return
        self.steps.popleft()
        self.answered.append(dialog)
        step.seen_text.append(dialog_text(dialog))
        try:
            step.answer(dialog)
        except BaseException as error:  # reported by `finish`, the dialog is left
            self.errors.append(error)
            later(dialog.reject)

    def finish(self, timeout_ms: int = 20_000) -> None:
        """Wait until every expected dialog was answered and closed; fail on a problem."""
        try:
            self.qtbot.waitUntil(lambda: not self.steps, timeout=timeout_ms)
            self.qtbot.waitUntil(self._no_dialog_left, timeout=5000)
        except BaseException:
            shown = QApplication.activeModalWidget()
            waiting = [s.kind.__name__ for s in self.steps]
            for _ in range(10):  # unwind, so the failure is reported instead of a hang
                modal = QApplication.activeModalWidget()
                if modal is None or isinstance(modal, self.tolerated):
                    break
                modal.hide()
                if isinstance(modal, QDialog):
                    modal.reject()
                QApplication.processEvents()
            raise AssertionError(
                f"waiting for {waiting}; shown: {type(shown).__name__ if shown else None} "
                f"{dialog_text(shown) if shown else ''}; unexpected: {self.unexpected}; "
                f"failed answers: {self.errors!r}"
            ) from (self.errors[0] if self.errors else None)
        if self.errors:
            raise self.errors[0]
        assert not self.unexpected, f"unexpected dialogs: {self.unexpected}"

    def _no_dialog_left(self) -> bool:
        modal = QApplication.activeModalWidget()
        return modal is None or isinstance(modal, self.tolerated)

    def stop(self) -> None:
        self.timer.stop()


def dialog_text(dialog: QWidget) -> str:
    """What a dialog says: a message box's text and details, else its window title."""
    if isinstance(dialog, QMessageBox):
        return "\n".join(t for t in (dialog.text(), dialog.informativeText()) if t)
    return dialog.windowTitle()


def fill_sign_in(qtbot: QtBot, username: str, password: str) -> Answer:
    """Type a user name, Tab, the password, Enter: how a person signs in."""

    def answer(dialog: QWidget) -> None:
        activate(qtbot, dialog)
        name = dialog.findChild(QLineEdit, "username")
        secret = dialog.findChild(QLineEdit, "password")
        assert name is not None and secret is not None
        name.setFocus()
        name.selectAll()
        qtbot.keyClicks(name, username)
        secret.setFocus()
        qtbot.keyClicks(secret, password)
        later(lambda: qtbot.keyClick(secret, Qt.Key.Key_Return))

    return answer


def application_session(database: Database, settings_path: Path) -> ApplicationSession:
    """The session `baitp gui` runs: the real sign-in step and the real main window."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    return ApplicationSession(
        database, default_config(), sign_in, lambda service: open_window(service, settings)
    )


def shown_window(qtbot: QtBot, session: ApplicationSession) -> MainWindow:
    """The signed-in person's window, once it is shown and has the keyboard."""
    window = session.window
    assert window is not None and window.isVisible()
    if QApplication.activeWindow() is not window:
        window.activateWindow()  # a click on it (offscreen, a closed box hands focus nowhere)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window
