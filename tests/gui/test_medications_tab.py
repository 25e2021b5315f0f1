"""The Medications tab: a drug name completed in English or Chinese from the shipped list,
a listed drug marked with its reason as it is typed, a row refused, corrected and saved."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.tabs.medications import MedicationsTab
from baitp_desktop.service.changes import Upsert
from tests.gui.support_new_forms import recording_study
from tests.gui.support_tabs_b import NEW_ID, TODAY, shown_tab


def type_into(qtbot: QtBot, editor: object, text: str) -> None:
    editor.setFocus()  # type: ignore[attr-defined]
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)


def test_the_drug_name_completes_in_english_and_chinese(qtbot: QtBot, tmp_path: Path) -> None:
    study, _recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, MedicationsTab, NEW_ID)
    completer = tab.form.completer
    assert "amlodipine · 氨氯地平" in completer.matches("amlo")
    assert completer.matches("氨氯") == ["氨氯地平 → amlodipine"]
    completer.setCompletionPrefix("氨氯")
    assert completer.pathFromIndex(completer.completionModel().index(0, 0)) == "amlodipine"


def test_a_listed_drug_is_marked_as_it_is_typed(qtbot: QtBot, tmp_path: Path) -> None:
    study, _recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, MedicationsTab, NEW_ID)
    form = tab.form
    type_into(qtbot, form.drug.editor, "Xeljanz")
    assert form.mark.isVisible()
    assert form.mark.text().startswith("Prohibited: tofacitinib is on the protocol's prohibited")
    form.drug.editor.clear()
    form.drug.editor.insert("华法林")  # committed by the input method, as a Chinese IME does
    assert form.mark.text().startswith("Caution: warfarin is on the protocol's caution list")
    type_into(qtbot, form.drug.editor, "Aspirin 100 mg")  # contains a listed name: no match
    assert not form.mark.isVisible()


def test_a_medication_is_refused_corrected_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, MedicationsTab, NEW_ID)
    form = tab.form
    type_into(qtbot, form.drug.editor, "amlodipine")
    qtbot.keyClick(form.drug.editor, Qt.Key.Key_Escape)  # close the type-ahead
    assert tab.save() is False
    assert form.start.error_message() == "required"
    assert form.code_error.text() == "choose the route and the frequency"
    assert recording.sent == []

    start = TODAY - timedelta(days=400)
    type_into(qtbot, form.start.editor, start.isoformat())
    type_into(qtbot, form.stop.editor, (start - timedelta(days=1)).isoformat())
    form.route.setFocus()
    qtbot.keyClicks(form.route, "O")  # Oral
    form.frequency.setFocus()
    qtbot.keyClicks(form.frequency, "On")  # Once a day
    assert tab.save() is False
    assert form.stop.error_message() == "the stop date is before the start date"

    form.ongoing.setFocus()
    qtbot.keyClick(form.ongoing, Qt.Key.Key_Space)
    type_into(qtbot, form.dose.editor, "5")
    type_into(qtbot, form.unit.editor, "mg")
    type_into(qtbot, form.indication.editor, "Hypertension")
    assert tab.save() is True
    (change,) = recording.sent
    assert isinstance(change, Upsert) and change.kind == "medication"
    assert change.values == {
        "drug": "amlodipine",
        "indication": "Hypertension",
        "dose": 5.0,
        "unit": "mg",
        "route": "oral",
        "frequency": "qd",
        "start": start,
        "stop": None,
    }
    assert tab.status.text() == "Saved amlodipine."
