"""The history part of the Screening tab: the ITP history with its derived duration, the
ITP_HISTORY reasons in the live verdict, a prior therapy chosen by typing its name in
English or Chinese, refused, corrected and saved; other medical history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.core.records import ItpTherapyCode
from baitp_desktop.gui.tabs.itp_history_forms import therapy_code
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.service.changes import ParticipantUpdate, Upsert
from tests.gui.support_new_forms import recording_study
from tests.gui.support_tabs_b import NEW_ID, shown_tab


def type_into(qtbot: QtBot, editor: object, text: str) -> None:
    editor.setFocus()  # type: ignore[attr-defined]
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # close any type-ahead


def test_the_verdict_names_the_itp_history_reasons(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, ScreeningTab, NEW_ID)
    history = tab.history
    assert "ITP history: no date of ITP diagnosis" in tab.verdict.toolTip()

    tab.editors["i2"].set_value(True)  # as the Y key on the I2 radio pair does
    tab._edited()
    type_into(qtbot, history.box.diagnosis.editor, "2022-09-30")
    assert history.box.duration.text() == "ITP duration at screening: 0 years 3 months"
    assert "less than 6 months before screening" in tab.verdict.toolTip()
    assert "I2 is yes, but no prior ITP therapy is recorded" in tab.verdict.toolTip()

    type_into(qtbot, history.box.diagnosis.editor, "2020-06-15")
    assert history.box.duration.text() == "ITP duration at screening: 2 years 6 months"
    assert "less than 6 months" not in tab.verdict.toolTip()

    history.box.splenectomy.setFocus()
    qtbot.keyClick(history.box.splenectomy, Qt.Key.Key_Y)
    assert tab.save() is False  # a splenectomy without its date
    assert history.box.splenectomy_date.error_message() == "give the date of the splenectomy"
    type_into(qtbot, history.box.splenectomy_date.editor, "2021-03-15")
    assert tab.save() is True
    assert recording.sent == [
        ParticipantUpdate(
            {
                "diagnosis_date": date(2020, 6, 15),
                "splenectomy": True,
                "splenectomy_date": date(2021, 3, 15),
            }
        )
    ]


def test_a_therapy_is_typed_in_either_language(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, ScreeningTab, NEW_ID)
    form = tab.history.therapy_form
    assert "Prednisone · 泼尼松" in form.completer.matches("predniso")
    assert form.completer.matches("地塞") == ["地塞米松 → Dexamethasone"]
    assert therapy_code("地塞米松") is ItpTherapyCode.DEXAMETHASONE

    type_into(qtbot, form.therapy.editor, "Predni")  # not a whole name
    type_into(qtbot, form.start.editor, "2020-07-01")
    assert tab.history.therapies.save() is False
    assert form.therapy.error_message() == "choose a therapy from the list"
    assert form.stop.error_message() == "give the stop date, or tick Ongoing"

    type_into(qtbot, form.therapy.editor, "Prednisone")
    type_into(qtbot, form.stop.editor, "2020-09-01")
    form.response.setFocus()
    qtbot.keyClicks(form.response, "No")
    assert tab.history.therapies.save() is False
    assert form.choice_error.text() == "choose why the therapy was stopped"
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, "Rel")
    assert tab.history.therapies.save() is True
    (change,) = recording.sent
    assert change == Upsert(
        "therapy",
        {
            "therapy": "prednisone",
            "name": None,
            "start": date(2020, 7, 1),
            "stop": date(2020, 9, 1),
            "best_response": "NR",
            "reason_stopped": "relapse",
        },
    )


def test_medical_history_is_saved_as_a_row(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, ScreeningTab, NEW_ID)
    form = tab.history.history_form
    type_into(qtbot, form.start.editor, "2015-01-15")
    type_into(qtbot, form.end.editor, "2014-01-15")
    assert tab.history.medical.save() is False
    assert form.term.error_message() == "required"
    assert form.end.error_message() == "the end date is before the start date"
    type_into(qtbot, form.term.editor, "Hypertension")
    form.ongoing.setFocus()
    qtbot.keyClick(form.ongoing, Qt.Key.Key_Space)
    assert tab.history.medical.save() is True
    assert recording.sent == [
        Upsert(
            "history",
            {"term": "Hypertension", "start": date(2015, 1, 15), "ongoing": True, "end": None},
        )
    ]
