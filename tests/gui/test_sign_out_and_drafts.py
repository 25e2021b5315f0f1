"""Leaving the workstation never loses typed entries: the lock screen's Quit and Switch
user and File > Sign out keep them as the leaving person's drafts, the next person sees
none of them, and the author is offered them back (Restore / Discard / Later)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from baitp_desktop.drafts import DraftStore
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.part11.idle_lock import LockDialog
from baitp_desktop.gui.part11.login import LoginDialog
from baitp_desktop.gui.session import ApplicationSession
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database
from tests.account_helpers import ready_account
from tests.gui.support_session import (
    ModalScript,
    application_session,
    click,
    fill_sign_in,
    shown_window,
)
from tests.gui.support_window import make_service, tab_of

pytestmark = pytest.mark.gui

PID = "BAITP-001"
PASSWORDS = {"nurse": "Kestrel-wing-63", "nurse2": "Willow-bank-74"}


@pytest.fixture
def study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A study with one participant and two nurse accounts; drafts in a private folder."""
    monkeypatch.setenv("BAITP_DRAFTS_DIR", str(tmp_path / "drafts"))
    monkeypatch.delenv("BAITP_USER", raising=False)
    monkeypatch.delenv("BAITP_PASSWORD", raising=False)
    path = tmp_path / "study.sqlite"
    service = make_service(path, ["01_clean.json"])
    admin = UserService(service.database).create_first_admin(
        "admin", "Ada Admin", "Harbour-lights-41"
    )
    ready_account(service.database, admin, "nurse", "Nora Nurse", "nurse", PASSWORDS["nurse"])
    ready_account(service.database, admin, "nurse2", "Nina Nurse", "nurse", PASSWORDS["nurse2"])
    service.database.dispose()
    yield path


def drafts_of(database: Database, tmp_path: Path, user: str) -> list[tuple[str, str]]:
    store = DraftStore(database.display_name, root=tmp_path / "drafts")
    return [(d.participant_id, d.tab) for d in store.pending(user)]


def sign_in_as(qtbot: QtBot, session: ApplicationSession, script: ModalScript, user: str) -> None:
    script.expect(LoginDialog, fill_sign_in(qtbot, user, PASSWORDS[user]))
    assert session.start()
    script.finish()


def type_count(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.open_participant(PID)
    counts = tab_of(window, "counts")
    window.tabs.setCurrentWidget(counts)
    editor = counts.form.count.editor  # type: ignore[attr-defined]
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def shown_count(window: MainWindow) -> str:
    return str(tab_of(window, "counts").form.count.editor.text())  # type: ignore[attr-defined]


def lock(qtbot: QtBot, window: MainWindow) -> LockDialog:
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(LockDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_quit_on_the_lock_screen_keeps_the_draft_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, study: Path
) -> None:
    database = open_database(study)
    script = ModalScript(qtbot, tolerated=(LockDialog,))
    session = application_session(database, tmp_path / "settings.ini")
    sign_in_as(qtbot, session, script, "nurse")
    window = shown_window(qtbot, session)
    type_count(qtbot, window, "87")
    dialog = lock(qtbot, window)
    assert "Nora Nurse" in dialog.hint.text()  # says whose entries are kept
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    script.finish()  # no question was asked on the way out
    assert drafts_of(database, tmp_path, "nurse") == [(PID, "counts")]
    session.close()
    database.dispose()

    # The next start of the application, by the same nurse.
    database = open_database(study)
    session = application_session(database, tmp_path / "settings.ini")
    script.expect(LoginDialog, fill_sign_in(qtbot, "nurse", PASSWORDS["nurse"]))
    offer = script.expect(QMessageBox, click("Restore"))
    assert session.start()
    script.finish()
    assert PID in offer[0] and "Platelet counts" in offer[0]
    window = shown_window(qtbot, session)
    assert window.current_participant_id() == PID
    assert shown_count(window) == "87"
    assert tab_of(window, "counts").has_unsaved_changes()  # restored, not saved
    tab_of(window, "counts").discard_changes()
    session.close()
    script.stop()
    database.dispose()


def test_switch_user_hides_the_draft_from_the_next_nurse_and_offers_it_on_return(
    qtbot: QtBot, tmp_path: Path, study: Path
) -> None:
    database = open_database(study)
    script = ModalScript(qtbot, tolerated=(LockDialog,))
    session = application_session(database, tmp_path / "settings.ini")
    sign_in_as(qtbot, session, script, "nurse")
    first = shown_window(qtbot, session)
    type_count(qtbot, first, "55")
    dialog = lock(qtbot, first)

    script.expect(LoginDialog, fill_sign_in(qtbot, "nurse2", PASSWORDS["nurse2"]))
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    script.finish()  # the sign-in, and nothing offered to the second nurse
    second = shown_window(qtbot, session)
    assert second is not first and second.context.service.actor.username == "nurse2"
    assert drafts_of(database, tmp_path, "nurse") == [(PID, "counts")]
    second.open_participant(PID)  # the same participant: the form is empty for her
    qtbot.wait(50)
    script.finish()
    assert shown_count(second) == "" and not second.isWindowModified()

    script.expect(LoginDialog, fill_sign_in(qtbot, "nurse", PASSWORDS["nurse"]))
    offer = script.expect(QMessageBox, click("Restore"))
    second.sign_out_action.trigger()  # File > Sign out
    script.finish()
    assert PID in offer[0]
    back = shown_window(qtbot, session)
    assert back.context.service.actor.username == "nurse"
    assert back.current_participant_id() == PID and shown_count(back) == "55"
    tab_of(back, "counts").discard_changes()
    assert drafts_of(database, tmp_path, "nurse") == []
    session.close()
    script.stop()
    database.dispose()
