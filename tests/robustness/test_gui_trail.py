"""The audit trail in the real window: a refused database says so at once, saving is refused,
an administrator acknowledges it (recorded), and restores a backup from the Tools menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.dialogs.form_parts import ok_button
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.trail_actions import (
    AcknowledgeDialog,
    RestoreDialog,
    attach_trail_actions,
)
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.service.trail import TrailService, verify_trail
from baitp_desktop.storage import open_database
from baitp_desktop.storage.backup import backup_to
from tests.gui.support_window import Answers, close_window, make_window
from tests.service.conftest import NAMES, PASSWORDS
from tests.tamper.trail_tamper_helpers import build_signed_study, closing_connection

pytestmark = pytest.mark.gui

NURSE = Actor("nurse", NAMES["nurse"], "nurse")
ADMIN = Actor("admin", NAMES["admin"], "admin")


class Told:
    """Records what the window tells (instead of message boxes)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, title: str, text: str) -> None:
        self.messages.append((title, text))


@pytest.fixture
def cut_study(tmp_path: Path) -> Path:
    """A signed study whose last audit entries were deleted in the file after its close."""
    path = tmp_path / "site" / "study.sqlite"
    build_signed_study(path)  # opened and closed by the application: its head is anchored
    with closing_connection(path) as sql:
        sql.execute("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 3 FROM audit_entry)")
    return path


def _window(qtbot: QtBot, path: Path, actor: Actor, tmp_path: Path) -> tuple[MainWindow, Answers]:
    answers = Answers()
    service = StudyService(open_database(path), actor, today=lambda: date(2023, 3, 1))
    window = make_window(qtbot, service, tmp_path / f"{actor.username}.ini", answers)
    return window, answers


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_a_cut_trail_is_shown_at_once_refuses_saving_and_is_acknowledged(
    qtbot: QtBot, cut_study: Path, tmp_path: Path
) -> None:
    window, answers = _window(qtbot, cut_study, NURSE, tmp_path)
    told = Told()
    attach_trail_actions(window, told)
    qtbot.waitUntil(lambda: bool(told.messages))
    assert "no longer contains" in told.messages[0][1]
    note = window.findChild(QWidget, "write_refusal_note")
    assert note is not None and note.isVisible() and "no longer contains" in note.toolTip()
    assert not _action(window, "acknowledge_action").isVisible()  # a nurse may not
    # a count after every signed visit (a signature covers the counts up to its visit)
    count = [Upsert("count", {"date": date(2023, 2, 1), "value": 50})]
    version = window.context.snapshot("BAITP-001").version
    outcome = window.context.save(window, "BAITP-001", count, version)
    assert not outcome.saved and not outcome.conflict and "acknowledge" in answers.errors[-1]

    admin, _ = _window(qtbot, cut_study, ADMIN, tmp_path)
    attach_trail_actions(admin, Told())
    assert _action(admin, "acknowledge_action").isVisible()
    trail = TrailService(admin.context.service.database, ADMIN)
    dialog = AcknowledgeDialog(trail, "missing", admin)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    assert "reason" in dialog.error.text() and trail.anchor_broken()  # no reason, refused
    dialog.reason.setText("Three entries lost in a disk repair; checked against the backup")
    qtbot.mouseClick(ok_button(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and not trail.anchor_broken()
    history = admin.context.service.history()
    assert (history[-1].username, history[-1].action) == ("admin", "acknowledge")
    qtbot.waitUntil(lambda: not note.isVisible())  # the nurse's window sees it lifted too
    assert window.context.save(window, "BAITP-001", count, version).saved  # allowed again
    close_window(window)
    close_window(admin)


def test_an_administrator_restores_a_backup_from_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "site" / "study.sqlite"
    build_signed_study(path)
    database = open_database(path)
    backup = backup_to(database, tmp_path / "monday.sqlite")
    database.dispose()
    admin, _ = _window(qtbot, path, ADMIN, tmp_path)
    attach_trail_actions(admin, Told())
    assert _action(admin, "restore_action").isVisible()
    dialog = RestoreDialog(
        admin.context.service.database, ADMIN, admin, choose_file=lambda _parent: str(backup)
    )
    qtbot.addWidget(dialog)
    dialog._browse()
    dialog.password.setText("not the password")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None and "administrator" in dialog.error.text()
    dialog.password.setText(PASSWORDS["admin"])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.restored_by == "admin"
    close_window(admin)
    reopened = open_database(path)
    try:
        report = verify_trail(reopened)
        assert report.intact, report.problems
        assert [e.action for e in report.events] == ["restore"]
    finally:
        reopened.dispose()
    assert len(list(path.parent.glob("study.before-restore-*.sqlite"))) == 1
