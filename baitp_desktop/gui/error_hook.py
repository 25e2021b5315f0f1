"""A bug is shown, never swallowed: unexpected exceptions and Qt's own errors.

Why: the installed application has no console. An exception raised in a slot (a bug)
would otherwise print a traceback nobody sees while the window carries on as if
nothing happened. `ErrorHooks` catches what escapes — `sys.excepthook` (slots and
virtual methods run by Qt), `threading.excepthook` (worker threads) and Qt's message
handler (its critical and fatal messages) — writes each with its traceback to the
application's log file (logs.py) and tells the person once, in their language, that
this is a bug, that their work is safe, and where the details are.

The hooks chain to whatever was installed before them (the default printer, or
pytest-qt's capture in tests), so nothing that watched exceptions before stops seeing
them. The dialog is shown from the event loop (queued), never from inside the failing
call (which may be a paint event), and only one at a time.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.i18n import tr

log = logging.getLogger("baitp_desktop.bug")

ShowBug = Callable[[str, Path], None]  # (the message for the person, the log file)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]

_QT_LEVELS = {
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def bug_text(log_path: Path) -> str:
    """What the person reads: a bug, their work is safe, where the details are."""
    return tr(
        "Bug",
        "This is a bug in the application. Nothing you had not saved was lost (drafts are "
        "kept); details are in {log}.",
    ).format(log=log_path)


class BugDialog(QDialog):
    """The message, the log file's path to select or copy, and its folder one click away."""

    def __init__(self, text: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bug_dialog")
        self.setWindowTitle(tr("Bug", "Unexpected error"))
        self.log_path = log_path
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32)
        )
        self.message = QLabel(text, self)
        self.message.setObjectName("bug_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path = QLineEdit(str(log_path), self)
        self.path.setObjectName("bug_log_path")
        self.path.setReadOnly(True)
        self.path.setCursorPosition(0)  # the start of the path in view
        self.path.setAccessibleName(tr("Bug", "Log file"))
        self.copy_button = QPushButton(tr("Bug", "&Copy the path"), self)
        self.copy_button.clicked.connect(self.copy_path)
        self.folder_button = QPushButton(tr("Bug", "&Open the log folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message, 1)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.copy_button)
        path_row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(path_row)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 70))
        close.setFocus()

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log_path))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def show_bug_dialog(text: str, log_path: Path) -> None:
    """The application's way of telling about a bug (modal over the active window)."""
    dialog = BugDialog(text, log_path, QApplication.activeWindow())
    dialog.exec()
    dialog.deleteLater()


class _Bridge(QObject):
    """Created on the GUI thread; a bug reported from any thread is shown from there."""

    bug = Signal()


class ErrorHooks:
    """Install with `install()`, remove with `uninstall()` (which restores the previous
    hooks). `show(text, log_path)` tells the person; tests replace it."""

    def __init__(self, log_path: Path, show: ShowBug = show_bug_dialog) -> None:
        self.log_path = log_path
        self.show = show
        self.reported = 0  # bugs logged since installation
        self._showing = False
        self._bridge = _Bridge()
        self._bridge.bug.connect(self._tell, Qt.ConnectionType.QueuedConnection)
        self._previous_excepthook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], Any] | None = None
        self._previous_qt_handler: MessageHandler | None = None
        self._installed = False

    def install(self) -> ErrorHooks:
        if not self._installed:
            self._previous_excepthook = sys.excepthook
            self._previous_thread_hook = threading.excepthook
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
            self._previous_qt_handler = qInstallMessageHandler(self.qt_message)
            self._installed = True
        return self

    def uninstall(self) -> None:
        if not self._installed:
            return
        if sys.excepthook == self.excepthook and self._previous_excepthook is not None:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)
        self._installed = False

    # -- the hooks -------------------------------------------------------------------------
    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        """An exception nothing caught (a slot, a virtual method Qt called, start-up)."""
        if not issubclass(kind, KeyboardInterrupt):
            self._record("unexpected exception", (kind, value, tb))
        previous = self._previous_excepthook
        if previous is not None and (previous is not sys.__excepthook__ or sys.stderr):
            previous(kind, value, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """An exception that ended a worker thread."""
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else "?"
            self._record(
                f"unexpected exception in thread {name}",
                (args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous = self._previous_thread_hook
        if previous is not None and (previous is not threading.__excepthook__ or sys.stderr):
            previous(args)

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's own messages: warnings and worse go to the log; critical and fatal ones
        are Qt reporting a failure, told like a bug."""
        level = _QT_LEVELS.get(kind)
        if level is not None:
            where = f" ({context.file}:{context.line})" if context.file else ""
            log.log(level, "Qt: %s%s", message, where)
            if level >= logging.ERROR:
                self.reported += 1
                self._flush_log()
                self._bridge.bug.emit()
        previous = self._previous_qt_handler
        if previous is not None:
            previous(kind, context, message)
        elif sys.stderr is not None:
            print(message, file=sys.stderr)

    # -- telling ---------------------------------------------------------------------------
    def _record(
        self,
        what: str,
        exc_info: tuple[type[BaseException], BaseException, TracebackType | None],
    ) -> None:
        self.reported += 1
        log.log(
            logging.CRITICAL,
            "%s:\n%s",
            what,
            "".join(traceback.format_exception(*exc_info)).rstrip(),
        )
        self._flush_log()
        self._bridge.bug.emit()  # queued: shown from the event loop, on the GUI thread

    @staticmethod
    def _flush_log() -> None:
        for handler in logging.getLogger().handlers + log.handlers:
            handler.flush()

    def _tell(self) -> None:
        if self._showing:  # one dialog at a time; later bugs are in the log
            return
        self._showing = True
        try:
            self.show(bug_text(self.log_path), self.log_path)
        finally:
            self._showing = False
