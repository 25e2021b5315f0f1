"""The Quality of life tab: a paper ITP-PAQ typed with number keys (refused out of range,
scores live, "not verified" shown), saved as one `qol` change; and patient mode, which
blocks the CRF until the nurse's own password is typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.patient_mode import PatientMode
from baitp_desktop.gui.tabs.qol import QolTab
from baitp_desktop.service import Actor
from baitp_desktop.service.changes import Upsert
from baitp_desktop.service.users import UserService
from tests.account_helpers import ready_account
from tests.gui.support_new_forms import recording_study
from tests.gui.support_tabs_b import NEW_ID, TODAY, shown_tab

ADMIN = Actor("admin", "Ada Admin", "admin")
NURSE = Actor("nurse", "Nora Nurse", "nurse")
PASSWORD = "long-enough-1"


def test_a_paper_questionnaire_is_typed_with_number_keys(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, QolTab, NEW_ID)
    form = tab.form
    assert form is not None and tab.title() == "Quality of life"
    assert form.banner.isVisible() and form.banner.text().startswith("Not verified")
    assert form.grid.rowCount() == 44
    assert form.grid.item(0, 0).text() == "Item 1" and form.grid.item(0, 1).text() == "1–5"

    form.grid.setFocus()
    qtbot.keyClicks(form.grid, "3")
    assert form.grid.answers[0] == 3 and form.grid.currentRow() == 1
    qtbot.keyClicks(form.grid, "7")  # out of range: refused, stays on item 2
    assert form.refusal.text() == "Item 2: 7 is not an answer; the range is 1–5."
    assert form.grid.currentRow() == 1 and form.grid.answers[1] is None
    qtbot.keyClicks(form.grid, "5" + "4" * 10 + "0")  # item 13 left unanswered
    assert form.refusal.text() == ""
    assert form.grid.answers[:13] == [3, 5, *[4] * 10, None]
    qtbot.keyClick(form.grid, Qt.Key.Key_Up)
    qtbot.keyClick(form.grid, Qt.Key.Key_Up)
    qtbot.keyClick(form.grid, Qt.Key.Key_Delete)  # clears item 12
    assert form.grid.answers[11] is None

    symptoms = form.definition.scales[0]
    scored = form.score_labels[symptoms.scale_id].text()
    assert scored not in ("", "too few answers")  # the first items score the first scale
    assert form.score_labels["womens_health"].text() != "not applicable"  # a woman
    assert tab.save() is False  # no date, employed not said
    assert form.date.error_message() == "the date is required"
    assert form.employed_error.text() == "say whether the participant is employed"

    form.date.editor.setFocus()
    qtbot.keyClicks(form.date.editor, TODAY.isoformat())
    form.employed.setFocus()
    qtbot.keyClick(form.employed, Qt.Key.Key_N)
    assert form.score_labels["work"].text() == "not applicable"
    assert tab.save() is True
    (change,) = recording.sent
    assert isinstance(change, Upsert) and change.kind == "qol"
    assert change.values["date"] == TODAY and change.values["employed"] is False
    assert (change.values["instrument"], change.values["version"]) == ("ITP-PAQ", "structure-1")
    answers = change.values["answers"]
    assert len(answers) == 44 and answers["q01"] == 3 and answers["q13"] is None


def test_patient_mode_needs_the_nurses_password(qtbot: QtBot, tmp_path: Path) -> None:
    study, _recording = recording_study(tmp_path)
    database = study.service.database
    UserService(database).create_first_admin(ADMIN.username, ADMIN.display_name, PASSWORD)
    nurse = ready_account(database, ADMIN, NURSE.username, NURSE.display_name, "nurse", PASSWORD)
    tab = shown_tab(qtbot, study, QolTab, NEW_ID)
    tab.check_password = UserService(database, nurse).check_password
    form = tab.form
    assert form is not None
    mode = tab.open_patient_mode()
    assert isinstance(mode, PatientMode)
    qtbot.addWidget(mode)
    assert mode.windowModality() == Qt.WindowModality.ApplicationModal
    assert mode.pages.currentWidget() is mode.language_page
    qtbot.keyClick(mode, Qt.Key.Key_2)  # 简体中文
    assert mode.progress.text() == "第 1 题，共 44 题"
    qtbot.keyClick(mode, Qt.Key.Key_4)
    qtbot.keyClick(mode, Qt.Key.Key_2)
    assert mode.index == 2
    qtbot.keyClick(mode, Qt.Key.Key_Backspace)  # back to change the second answer
    qtbot.keyClick(mode, Qt.Key.Key_5)
    qtbot.keyClick(mode, Qt.Key.Key_Escape)  # no way out
    mode.close()
    QApplication.processEvents()
    assert mode.isVisible()

    mode.show_done()
    qtbot.keyClicks(mode.password, "not-the-password")
    qtbot.keyClick(mode.password, Qt.Key.Key_Return)
    assert mode.isVisible() and mode.error.text() != ""
    qtbot.keyClicks(mode.password, PASSWORD)
    qtbot.keyClick(mode.password, Qt.Key.Key_Return)
    assert not mode.isVisible()
    assert form.grid.answers[:3] == [4, 5, None]
    assert "check them and save" in tab.status.text()
    assert tab.has_unsaved_changes()
