"""The idle lock: after N minutes without keyboard or mouse input, the window is covered
and the signed-in person's password is needed to go on (21 CFR 11.300, shared clinic PCs).

An event filter on the application restarts a single-shot timer on every input event.
When it fires, opaque covers hide the content of every open window (the main window and
any dialog left open over it) and an application-modal dialog asks for the password;
nothing typed is lost (the forms stay as they were underneath). A
wrong password counts towards the account lockout; a locked account can only quit or
let someone else sign in.

Someone else at the workstation does not need the absent person's password: "Switch user"
lets them sign in with their own account, "Quit the application" ends it. Either way the
absent person's unsaved entries are neither saved under their name nor thrown away: they
are kept as that person's drafts (gui/reliability.py) and offered back when they return.
The covers stay until the window is gone, so nothing shows in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.gui.display import person_name
from baitp_desktop.gui.part11.login import error_label, password_field
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.users import AccountLocked

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)

CheckPassword = Callable[[str], Actor]
LEAVE_QUIT = "quit"
LEAVE_SWITCH = "switch"


class LockDialog(QDialog):
    """Asks the signed-in person's password; accepted when it is right."""

    def __init__(self, actor: Actor, check_password: CheckPassword, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_dialog")
        self.setWindowTitle(tr("Lock", "Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.check_password = check_password
        self.message = QLabel(
            tr("Lock", "The window was locked. {name} ({user}): enter your password.").format(
                name=person_name(actor), user=actor.username
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.password = password_field(self, "password")
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            tr("Lock", "&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.switch_button = self.buttons.addButton(
            tr("Lock", "&Switch user"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.quit_button = self.buttons.addButton(
            tr("Lock", "&Quit the application"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.unlock_button.clicked.connect(self._try)
        self.password.returnPressed.connect(self._try)
        self.switch_button.clicked.connect(lambda: self._leave(LEAVE_SWITCH))
        self.quit_button.clicked.connect(lambda: self._leave(LEAVE_QUIT))
        self.hint = QLabel(
            tr(
                "Lock",
                "Switch user or Quit keep {name}'s unsaved entries for their return.",
            ).format(name=person_name(actor)),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addWidget(self.hint)
        self.leave_choice: str | None = None

    def _try(self) -> None:
        try:
            self.check_password(self.password.text())
        except AccountLocked as locked:
            self.error.setText(str(locked))
            self.unlock_button.setEnabled(False)
            self.password.setEnabled(False)
            return
        except UserFacingError as refused:
            self.error.setText(str(refused))
            self.password.clear()
            return
        self.password.clear()
        self.accept()

    def _leave(self, choice: str) -> None:
        self.leave_choice = choice
        self.reject()

    def reject(self) -> None:
        if self.leave_choice is not None:  # Escape does not unlock
            super().reject()


def _cover(window: QWidget) -> QWidget:
    """An opaque child over the whole of `window`."""
    cover = QWidget(window)
    cover.setObjectName("lock_cover")
    cover.setAutoFillBackground(True)
    cover.setStyleSheet("#lock_cover { background: palette(window); }")
    cover.setGeometry(window.rect())
    cover.show()
    cover.raise_()
    return cover


class IdleLock(QObject):
    """Locks `window` after `timeout_ms` without input; `lock_now()` for the menu action."""

    locked = Signal()
    unlocked = Signal()
    quit_requested = Signal()
    switch_user_requested = Signal()

    def __init__(
        self, window: QWidget, actor: Actor, check_password: CheckPassword, timeout_ms: int
    ) -> None:
        super().__init__(window)
        self.window = window
        self.actor = actor
        self.check_password = check_password
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, timeout_ms))
        self.timer.timeout.connect(self.lock_now)
        self.covers: list[QWidget] = []
        self.dialog: LockDialog | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.timer.setInterval(max(1, timeout_ms))
        if not self.is_locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.is_locked:
            self.timer.start()
        elif event.type() == QEvent.Type.Resize and self.covers:
            for cover in self.covers:
                if cover.parentWidget() is watched:
                    cover.setGeometry(watched.rect())
        return False

    def lock_now(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.covers = [_cover(w) for w in dict.fromkeys([self.window, *shown])]
        self.dialog = LockDialog(self.actor, self.check_password, self.window)
        self.dialog.finished.connect(self._finished)
        self.dialog.show()  # application-modal (open() would make it window-modal)
        self.dialog.password.setFocus()
        self.locked.emit()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._uncover()
            self.timer.start()
            self.unlocked.emit()
        elif dialog is not None and dialog.leave_choice == LEAVE_SWITCH:
            self.switch_user_requested.emit()  # covered until the window is gone
        else:
            self.quit_requested.emit()

    def _uncover(self) -> None:
        for cover in self.covers:
            cover.deleteLater()
        self.covers = []

    def stop(self) -> None:
        """Stop watching (the window is going away); a lock screen still shown is closed."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._finished)
            dialog.hide()
            dialog.deleteLater()
        self._uncover()
