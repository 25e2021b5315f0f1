"""The Laboratory tab: a panel typed with the keyboard, graded as it is typed, refused at
the field, corrected and saved as one `lab` change; the AE offer and the hold warning."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.tabs.labs import LabsTab
from baitp_desktop.gui.tabs.labs_form import AeOffer
from baitp_desktop.service.changes import Upsert
from tests.gui.support_new_forms import recording_study
from tests.gui.support_tabs_b import NEW_ID, TODAY, shown_tab

PANEL_DAY = TODAY - timedelta(days=1)


def type_into(qtbot: QtBot, tab: LabsTab, name: str, text: str) -> None:
    editor = tab.form.date.editor if name == "date" else tab.form.fields[name].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_a_panel_is_graded_refused_corrected_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, LabsTab, NEW_ID)
    form = tab.form
    assert tab.title() == "Laboratory"
    type_into(qtbot, tab, "date", PANEL_DAY.isoformat())
    assert form.date.day_label.text() == "Day 55"

    type_into(qtbot, tab, "anc", "1.5")  # typed in ×10⁹/L
    assert "looks like ×10⁹/L — enter per µL (1500)" in (form.fields["anc"].error_message() or "")
    assert form.grade_labels["neutrophils_decreased"].text() == "—"
    assert tab.has_unsaved_changes()
    assert tab.save() is False
    assert "correct the fields marked in red" in tab.status.text()
    assert recording.sent == []

    type_into(qtbot, tab, "anc", "999")
    assert form.fields["anc"].error_message() is None
    assert form.grade_labels["neutrophils_decreased"].text() == "Grade 3"
    type_into(qtbot, tab, "hemoglobin", "9.9")
    assert form.grade_labels["anemia"].text() == "Grade 2"
    assert form.hold.isVisible()
    assert "ANC 999 is below 1000" in form.hold.text()
    assert form.reference_labels["neutrophils_decreased"].text() == "LLN 1800"

    type_into(qtbot, tab, "alt", "120")  # an ALT without its ULN
    assert tab.save() is False
    assert form.fields["alt_uln"].error_message() == (
        "give the value and its ULN together, or neither"
    )
    type_into(qtbot, tab, "alt_uln", "40")
    assert form.grade_labels["alt_increased"].text() == "Grade 1"  # 120 = 3 × 40, not above

    assert [o.term for o in form.current_offers] == ["Neutrophil count decreased"]
    assert "Neutrophil count decreased, grade 3, onset " + PANEL_DAY.isoformat() in (
        form.current_offers[0].text()
    )

    assert tab.save() is True
    (change,) = recording.sent
    assert isinstance(change, Upsert) and change.kind == "lab" and change.record_id is None
    assert change.values["date"] == PANEL_DAY
    assert change.values["anc"] == Decimal("999")
    assert change.values["hemoglobin"] == Decimal("9.9")
    assert change.values["alt"] == Decimal("120") and change.values["alt_uln"] == Decimal("40")
    assert change.values["wbc"] is None
    assert set(change.values) >= {"creatinine_uln", "triglycerides"}
    assert "Saved the panel of" in tab.status.text()


def test_the_ae_offer_opens_a_prefilled_ae(qtbot: QtBot, tmp_path: Path) -> None:
    study, _recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, LabsTab, NEW_ID)
    asked: list[AeOffer] = []
    tab.ae_requested.connect(asked.append)
    type_into(qtbot, tab, "date", PANEL_DAY.isoformat())
    type_into(qtbot, tab, "lymphocytes", "450")
    assert tab.form.grade_labels["lymphocytes_decreased"].text() == "Grade 3"
    ((_text, button),) = tab.form._offer_rows
    button.click()
    assert asked == [AeOffer("Lymphocyte count decreased", 3, PANEL_DAY)]
    assert not tab.has_unsaved_changes()  # the panel was saved before the AE form opens


def test_a_second_panel_on_one_date_is_refused_at_the_date(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, LabsTab, NEW_ID)
    type_into(qtbot, tab, "date", PANEL_DAY.isoformat())
    type_into(qtbot, tab, "hemoglobin", "12.5")
    assert tab.save() is True
    study.show(tab, NEW_ID)
    assert tab.panel.model.rowCount() == 1
    assert tab.chart.strips[2].points == ((55, Decimal("12.5")),)
    type_into(qtbot, tab, "date", PANEL_DAY.isoformat())
    type_into(qtbot, tab, "hemoglobin", "12.0")
    assert tab.save() is False
    assert "already recorded on" in (tab.form.date.error_message() or "")
    assert len(recording.sent) == 1


def test_an_unsaved_panel_survives_as_a_draft(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    tab = shown_tab(qtbot, study, LabsTab, NEW_ID)
    assert tab.draft() is None  # nothing typed
    type_into(qtbot, tab, "date", PANEL_DAY.isoformat())
    type_into(qtbot, tab, "anc", "800")
    draft = tab.draft()
    assert draft is not None

    again = shown_tab(qtbot, study, LabsTab, NEW_ID)
    again.restore_draft(draft)
    assert again.has_unsaved_changes()
    assert again.form.fields["anc"].text() == "800"
    assert again.form.grade_labels["neutrophils_decreased"].text() == "Grade 3"
    again.discard_changes()
    assert not again.has_unsaved_changes() and again.form.fields["anc"].text() == ""
    assert recording.sent == []
