"""Start-up of the desktop application: database, sign-in step, service, main window.

`run_application` opens the `--db` database (a storage problem is shown in a message
box naming the file, never a traceback) and hands it to an `ApplicationSession`
(gui/session.py), which runs the sign-in step, builds the `StudyService` and the main
window for the signed-in actor, and does so again for the next person after File > Sign
out or the lock screen's Switch user.

Hooks for the Part 11 screens: `SIGN_IN` is the step that runs before the main window
(gui/part11/login.py: it returns the Actor, or None to quit; BAITP_USER and
BAITP_PASSWORD sign in without a dialog, which the headless check below needs), and
`ASK_REASON` is the reason-for-change dialog GuiContext uses.

`--quit-after-ms N` (or BAITP_GUI_QUIT_AFTER_MS) closes the window N ms after it is shown
and prints one line, so scripts can check start-up on a headless machine.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from baitp_desktop.core.config import ConfigError, default_config
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.gui.dialogs.common import show_error
from baitp_desktop.gui.dialogs.reason import ask_reason
from baitp_desktop.gui.error_hook import ErrorHooks, bug_text, show_bug_dialog
from baitp_desktop.gui.garbage import collect_on_gui_thread
from baitp_desktop.gui.interruption_notice import attach_interruption_notices
from baitp_desktop.gui.language import (
    add_language_menu,
    apply_language,
    startup_language,
    user_language,
)
from baitp_desktop.gui.main_window import SETTINGS_APPLICATION, SETTINGS_ORGANISATION, MainWindow
from baitp_desktop.gui.part11.controller import attach_part11
from baitp_desktop.gui.part11.login import sign_in
from baitp_desktop.gui.reliability import attach_reliability
from baitp_desktop.gui.session import ApplicationSession
from baitp_desktop.gui.study_screens import attach_study_screens
from baitp_desktop.gui.style import BaitpStyle
from baitp_desktop.gui.user_guide import attach_help
from baitp_desktop.i18n import current_language, tr
from baitp_desktop.logs import log_file, setup_logging
from baitp_desktop.resources import resource_path
from baitp_desktop.service import Actor, StudyService
from baitp_desktop.storage import open_database

STORAGE_ERROR_EXIT = 3
INTERNAL_ERROR_EXIT = 70

log = logging.getLogger(__name__)


# The login (first start: the first administrator); BAITP_USER/BAITP_PASSWORD skip the dialog.
SIGN_IN: Callable[..., Actor | None] = sign_in
ASK_REASON: Callable[[QWidget | None, Sequence[str]], str | None] = ask_reason


def application_settings() -> QSettings:
    """The user's settings; BAITP_SETTINGS names an .ini file instead (tests, kiosks)."""
    override = os.environ.get("BAITP_SETTINGS")
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(SETTINGS_ORGANISATION, SETTINGS_APPLICATION)


def qt_application() -> QApplication:
    """The QApplication (created once), with names and the application's stylesheet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(SETTINGS_ORGANISATION)
    app.setApplicationName(SETTINGS_APPLICATION)
    app.setApplicationDisplayName(tr("Main", "BAITP CRF"))
    if not isinstance(app.style(), BaitpStyle):  # roles styled without a slow stylesheet
        app.setStyle(BaitpStyle())
    collect_on_gui_thread(app)  # Qt objects are never freed on a background thread
    app.setWindowIcon(QIcon(str(resource_path("icons", "baitp-256.png"))))
    return app


def build_main_window(service: StudyService, settings: QSettings) -> MainWindow:
    context = GuiContext(service, ask_reason=ASK_REASON, show_error=show_error)
    window = MainWindow(context, settings)
    attach_reliability(window)  # drafts of unsaved entries, Tools > Check the database
    attach_part11(window)  # signatures, history, queries, accounts, idle lock, roles
    attach_study_screens(window)  # site dashboard first, study outcomes, visit calendar
    attach_interruption_notices(window)  # the rule speaks when it fires; AE action offers
    attach_help(window)  # Help > User guide, F1 on a tab opens its section
    return window


def open_window(
    service: StudyService, settings: QSettings, requested: str | None = None
) -> MainWindow:
    """The main window of one signed-in person, in that person's language (labels are
    translated as widgets are built, so the language is applied first), with the menu that
    chooses it."""
    username = service.actor.username
    language = user_language(settings, username, requested)
    if language != current_language():
        apply_language(qt_application(), language)
        qt_application().setApplicationDisplayName(tr("Main", "BAITP CRF"))
    window = build_main_window(service, settings)
    add_language_menu(window.tools_menu, settings, username, window)
    return window


def _quit_after(args: argparse.Namespace) -> int | None:
    value = getattr(args, "quit_after_ms", None)
    if value is None:
        value = os.environ.get("BAITP_GUI_QUIT_AFTER_MS") or None
    return None if value is None else int(value)


def _report(title: str, message: str, headless_check: bool, *, bug: bool = False) -> None:
    """A message box for a person; in the headless start-up check, stderr only."""
    if sys.stderr is not None:
        print(f"baitp gui: {message}", file=sys.stderr)
    if headless_check:
        return
    if bug:
        show_bug_dialog(message, log_file())
    else:
        QMessageBox.critical(None, title, message)


def run_application(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    quit_after = _quit_after(args)
    app = qt_application()
    setup_logging()
    # A bug (an exception nothing caught, a Qt critical message) is logged and shown.
    hooks = ErrorHooks(log_file()).install()
    try:
        return _run(app, args, started, quit_after)
    except Exception:  # a bug during start-up: logged, told, never a silent exit
        log.exception("the application failed to start")
        _report(tr("Main", "baitp-desktop"), bug_text(log_file()), quit_after is not None,
                bug=True)  # fmt: skip
        return INTERNAL_ERROR_EXIT
    finally:
        hooks.uninstall()


def _run(
    app: QApplication, args: argparse.Namespace, started: float, quit_after: int | None
) -> int:
    settings = application_settings()
    requested = getattr(args, "language", None)
    # Before any widget: labels are translated when they are built (gui/language.py). The
    # sign-in screen speaks the workstation's language; the person's own applies after.
    apply_language(app, startup_language(requested))
    app.setApplicationDisplayName(tr("Main", "BAITP CRF"))
    try:
        config = default_config()
        database = open_database(getattr(args, "db", None))
    except (UserFacingError, ConfigError) as error:
        _report(tr("Main", "Cannot open the database"), str(error), quit_after is not None)
        return STORAGE_ERROR_EXIT
    try:
        session = ApplicationSession(
            database,
            config,
            SIGN_IN,
            lambda service: open_window(service, settings, requested),
            # the sign-in screen of the next person speaks the workstation's language
            before_sign_in=lambda: apply_language(app, startup_language(requested)),
        )
        if not session.start(getattr(args, "user", None), interactive=quit_after is None):
            return 0
        if quit_after is not None:

            def shown() -> None:  # runs once the first show/paint events are processed
                shown_ms = (time.perf_counter() - started) * 1000
                print(f"baitp gui: main window shown on {database.display_name} "
                      f"in {shown_ms:.0f} ms", flush=True)  # fmt: skip
                if session.window is not None:
                    QTimer.singleShot(quit_after, session.window.close)

            QTimer.singleShot(0, shown)
        code = int(app.exec())
        session.close()
        return code
    except UserFacingError as error:
        _report(tr("Main", "baitp-desktop"), str(error), quit_after is not None)
        return error.exit_code
    finally:
        database.dispose()
