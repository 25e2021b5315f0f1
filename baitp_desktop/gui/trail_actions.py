"""The audit trail in the window: why saving is refused, acknowledging it, restoring a backup.

When the database refuses saving (storage: its trail lost the head the anchor log holds,
SQLite's full integrity check found damage, or the file is open read-only), every save
is refused by the service with that message; here the window also says so at once, in
a dialog and in a red note in the status bar, and again when the background integrity
check finishes with findings, so nobody types a page of data first.

For administrators, Tools offers "Acknowledge the audit-trail warning…" (the reason is
recorded in the trail, service/trail.py) and "Restore from a backup…" (the backup is
checked as `baitp verify` checks it, restored under the write lock and recorded in the
trail; service/restore.py). After a restore the application closes, so that every
screen starts again from the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.gui.dialogs.form_parts import ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.part11.login import error_label, password_field, refusal_text
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.restore import restore_backup
from baitp_desktop.service.roles import Permission, can
from baitp_desktop.service.trail import TrailService
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.restore import RestoreReport

if TYPE_CHECKING:
    from baitp_desktop.gui.main_window import MainWindow

WATCH_INTERVAL_MS = 500

Inform = Callable[[QWidget, str, str], object]


class AcknowledgeDialog(QDialog):
    """The break as found, and the administrator's reason for going on."""

    def __init__(self, trail: TrailService, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledge_dialog")
        self.setWindowTitle(tr("Anchors", "Acknowledge the audit-trail warning"))
        self.trail = trail
        found = QLabel(message, self)
        found.setObjectName("acknowledge_found")
        found.setWordWrap(True)
        note = QLabel(
            tr(
                "Anchors",
                "Acknowledge only after checking the database (compare with the latest "
                "backup and printouts). Your name, the time, the missing head and your "
                "reason are recorded in the audit trail; saving is then allowed again.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("acknowledge_reason")
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(tr("Anchors", "&Reason:"), self.reason)
        self.buttons = ok_cancel_buttons(self, self._acknowledge, tr("Anchors", "&Acknowledge"))
        stacked(self, found, note, form, self.error, self.buttons)
        self.resize(620, self.sizeHint().height())
        self.reason.setFocus()

    def _acknowledge(self) -> None:
        try:
            self.trail.acknowledge(self.reason.text())
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused))
            return
        self.accept()


class RestoreDialog(QDialog):
    """A backup file and the administrator's password typed again; `report` afterwards."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QWidget | None = None,
        choose_file: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(tr("Restore", "Restore from a backup"))
        self.database = database
        self.actor = actor
        self.report: RestoreReport | None = None
        self._choose_file = choose_file or _choose_backup
        self.file = QLineEdit(self)
        self.file.setObjectName("restore_file")
        browse = QPushButton(tr("Restore", "&Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.password = password_field(self, "restore_password")
        self.error = error_label(self)
        note = QLabel(
            tr(
                "Restore",
                "{name} is replaced by the backup once the backup has passed every check "
                "of `baitp verify`; the database it replaces is kept next to it "
                "(before-restore), and the audit trail records the restore. Close "
                "baitp-desktop on the other workstations first.",
            ).format(name=database.display_name),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(tr("Restore", "&Backup file:"), row)
        form.addRow(tr("Restore", "Administrator:"), QLabel(actor.username, self))
        form.addRow(tr("Restore", "&Password:"), self.password)
        self.buttons = ok_cancel_buttons(self, self._restore, tr("Restore", "&Restore"))
        self.restore_button = ok_button(self.buttons)
        stacked(self, note, form, self.error, self.buttons)
        self.resize(640, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = self._choose_file(self)
        if chosen:
            self.file.setText(chosen)
            self.password.setFocus()

    def _restore(self) -> None:
        source = self.file.text().strip()
        if not source:
            self.error.setText(tr("Restore", "Choose the backup file to restore."))
            return
        password = self.password.text()
        self.password.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = restore_backup(
                Path(source), self.database.url, self.actor.username, password
            )
        except UserFacingError as refused:
            self.error.setText(str(refused))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


def _choose_backup(parent: QWidget) -> str:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Restore", "Choose a backup"),
        "",
        tr("Restore", "Database backups (*.sqlite *.db);;All files (*)"),
    )
    return chosen


class TrailWatch(QObject):
    """Says in the window why saving is refused, as soon as it is known."""

    def __init__(self, window: MainWindow, inform: Inform | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.database = window.context.service.database
        self.inform = inform or _warn
        self.note = QLabel(window)
        self.note.setObjectName("write_refusal_note")
        self.note.setProperty("role", "field-error")
        self.note.setVisible(False)
        window.statusBar().addPermanentWidget(self.note)
        self.shown: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        """Show the current refusal (once in a dialog, then in the status bar)."""
        refusal = self.database.write_refusal(wait=False)
        if refusal == self.shown:
            return
        self.shown = refusal
        self.note.setVisible(refusal is not None)
        if refusal is None:
            return
        self.note.setText(tr("Anchors", "Saving is refused on this database"))
        self.note.setToolTip(refusal)
        self.inform(self.window, tr("Anchors", "Saving is refused"), refusal)


def _warn(parent: QWidget, title: str, text: str) -> None:
    """A warning that does not hold up the window (nor a headless start-up check)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _tell(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _closing_message(report: RestoreReport) -> str:
    return tr(
        "Restore",
        "Restored {file} (checked: {checks} checks passed). The database it replaced was "
        "kept as {kept}. baitp-desktop closes now; start it again to work on the restored "
        "data.",
    ).format(
        file=report.source,
        checks=len(report.checks),
        kept=report.kept_copy or "—",
    )


def attach_trail_actions(window: MainWindow, inform: Inform | None = None) -> TrailWatch:
    """The refusal note and, for administrators, Tools > Acknowledge… and Restore…."""
    watch = TrailWatch(window, inform)
    service = window.context.service
    actor = service.actor
    trail = TrailService(service.database, actor)
    say = inform or _warn
    tell = inform or _tell

    def acknowledge() -> None:
        refusal = service.database.write_refusal(wait=False)
        if not trail.anchor_broken() or refusal is None:
            say(window, tr("Anchors", "Audit trail"), tr("Anchors", "Nothing to acknowledge."))
            return
        if AcknowledgeDialog(trail, refusal, window).exec() == QDialog.DialogCode.Accepted:
            watch.refresh()

    def restore() -> None:
        dialog = RestoreDialog(service.database, actor, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
            return
        tell(window, tr("Restore", "Restored"), _closing_message(dialog.report))
        window.close()

    allowed = can(actor, Permission.ADMINISTER_DATABASE)
    for text, slot, name in (
        (tr("Anchors", "Acknowledge the audit-trail &warning…"), acknowledge, "acknowledge"),
        (tr("Restore", "&Restore from a backup…"), restore, "restore"),
    ):
        action = QAction(text, window)
        action.setObjectName(f"{name}_action")
        action.setVisible(allowed)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        window.tools_menu.addAction(action)
    QTimer.singleShot(0, watch.refresh)
    return watch
