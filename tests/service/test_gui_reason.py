"""pytest-qt: the reason-for-change dialog, alone and through the GUI's save funnel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.gui.part11.reason_dialog import COMMON_REASONS, ReasonDialog, ask_reason
from baitp_desktop.service import StudyService, Upsert
from baitp_desktop.storage import Database

from .conftest import PID, actor, day


def _ok(dialog: ReasonDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_common_reason_by_number_key(qtbot: QtBot) -> None:
    dialog = ReasonDialog(["Platelet count 2022-07-19 (value)"])
    qtbot.addWidget(dialog)
    dialog.show()
    records = dialog.findChild(QLabel, "reason_records")
    assert records is not None and "Platelet count 2022-07-19 (value)" in records.text()
    assert not _ok(dialog).isEnabled()  # nothing chosen yet
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert dialog.reason() == COMMON_REASONS[1] == "Data entry error"
    assert _ok(dialog).isEnabled()


def test_typed_reason(qtbot: QtBot) -> None:
    dialog = ReasonDialog(["AE 1 (grade)"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.other_text, "   ")
    assert dialog.other.isChecked() and dialog.reason() is None and not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.other_text, "Grade re-assessed by the investigator")
    assert dialog.reason() == "Grade re-assessed by the investigator"
    assert _ok(dialog).isEnabled()


def _answer_next_dialog(qtbot: QtBot, choose: int | None) -> None:
    def answer() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ReasonDialog) and w.isVisible()
        )
        if choose is None:
            dialog.reject()
        else:
            dialog.choices[choose].click()
            _ok(dialog).click()

    QTimer.singleShot(0, answer)


def test_ask_reason_returns_the_choice_or_none(qtbot: QtBot) -> None:
    _answer_next_dialog(qtbot, 0)
    assert ask_reason(None, ["x"]) == "Transcription error"
    _answer_next_dialog(qtbot, None)
    assert ask_reason(None, ["x"]) is None


def test_the_save_funnel_stores_the_chosen_reason(qtbot: QtBot, database: Database) -> None:
    service = StudyService(database, actor("nurse"))
    context = GuiContext(service, ask_reason=ask_reason, show_error=lambda *_: None)
    participant = service.participant(PID)
    count = next(c for c in participant.platelet_counts if c.date == day(7))
    _answer_next_dialog(qtbot, 2)
    outcome = context.save(
        None, PID, [Upsert("count", {"value": 46}, record_id=count.record_id)], service.version(PID)
    )
    assert outcome.saved
    [entry] = [e for e in service.history(PID, "count", count.record_id) if e.action == "update"]
    assert (entry.old_value, entry.new_value, entry.reason) == (
        "45",
        "46",
        "Source document updated",
    )
    _answer_next_dialog(qtbot, None)
    cancelled = context.save(
        None, PID, [Upsert("count", {"value": 47}, record_id=count.record_id)], service.version(PID)
    )
    assert cancelled.cancelled and not cancelled.saved
    assert service.participant(PID).platelet_counts[1].value == 46
