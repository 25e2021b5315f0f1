"""One person at a time in one running application: sign in, that person's window, next person.

A clinic workstation is shared: a nurse leaves mid-form, a colleague needs the CRF, the
first nurse comes back. Restarting the program between them is slow and loses the
window's place, so the session signs the next person in on the same process instead.
File > Sign out and the lock screen's Switch user close the window of the person who
leaves without a question (their unsaved entries are kept as their own drafts, never
saved under their name nor thrown away: `MainWindow.close_keeping_drafts`), then ask for
the next person's user name and password and build a fresh service and main window for
them. Nothing of the previous window survives but the drafts on disk, so no participant
data, role or signature of one person can leak into the next person's window.

While the sign-in dialog is up no main window exists; cancelling it ends the application.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.gui.dialogs.common import show_error
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.storage import Database

SignIn = Callable[..., Actor | None]
BuildWindow = Callable[[StudyService], MainWindow]


class ApplicationSession(QObject):
    """Owns the main window of whoever is signed in and replaces it at a change of person."""

    window_opened = Signal(object)  # the MainWindow of the person who just signed in

    def __init__(
        self,
        database: Database,
        config: ProtocolConfig,
        sign_in: SignIn,
        build_window: BuildWindow,
        parent: QObject | None = None,
        *,
        before_sign_in: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.config = config
        self.sign_in = sign_in
        self.build_window = build_window
        self.before_sign_in = before_sign_in
        self.window: MainWindow | None = None

    def start(self, username: str | None = None, *, interactive: bool = True) -> bool:
        """The first sign-in (BAITP_USER/BAITP_PASSWORD may answer it); False: nobody did."""
        actor = self.sign_in(self.database, None, username=username, interactive=interactive)
        if actor is None:
            return False
        self._open(actor)
        return True

    def _open(self, actor: Actor) -> None:
        window = self.build_window(StudyService(self.database, actor, self.config))
        window.on_sign_out = self.switch_user
        self.window = window
        window.show()
        window.activateWindow()
        self.window_opened.emit(window)

    def switch_user(self) -> None:
        """Close this person's window keeping their drafts, then sign the next one in.

        Deferred to the event loop: it is called from inside the lock dialog's or the
        menu's own signal, and the window must not be deleted under them.
        """
        QTimer.singleShot(0, self._switch)

    def _switch(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the window goes before the next one comes
        try:
            self._close_window()
            if self.before_sign_in is not None:
                self.before_sign_in()
            try:
                actor = self.sign_in(self.database, None, interactive=True, use_environment=False)
                if actor is not None:
                    self._open(actor)
            except UserFacingError as error:
                show_error(None, str(error))
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if self.window is None:
            app.quit()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        if window.isVisible():
            window.close_keeping_drafts()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def close(self) -> None:
        """At exit: delete the window while Qt is fully alive (not at interpreter shutdown)."""
        self._close_window()
