"""The Adverse events tab on a real database: CTCAE type-ahead with synonyms, free text
"to be coded", grade by number key, SAE dates, findings on rows, reasons, rescue log."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baitp_desktop.core.validator import validate_participant
from baitp_desktop.gui.style import severity_tint
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.widgets.declared_fields import OTHER, SuggestedTextField
from baitp_desktop.gui.widgets.fields import DateField
from baitp_desktop.gui.widgets.record_table import BADGE_ROLE
from baitp_desktop.service import Upsert
from tests.gui.support_tabs_b import NEW_ID, TODAY, Study, column, open_study, shown_tab


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return open_study(tmp_path, ["05_severe_ae.json"])


def ae_tab(qtbot: QtBot, study: Study, participant_id: str = NEW_ID) -> AdverseEventsTab:
    return shown_tab(qtbot, study, AdverseEventsTab, participant_id)


def fill_minimum(qtbot: QtBot, tab: AdverseEventsTab, term: str, grade: int) -> None:
    """Term typed, grade by number key, onset a week ago (ongoing, not serious)."""
    tab.editor.term.editor.setFocus()
    qtbot.keyClicks(tab.editor.term.editor, term)
    tab.editor.completer.popup().hide()
    tab.editor.grade.focus_choice()
    qtbot.keyClick(tab.editor.grade.buttons[1], getattr(Qt.Key, f"Key_{grade}"))
    qtbot.keyClicks(tab.editor.onset.editor, (TODAY - timedelta(days=7)).isoformat())


def test_type_ahead_finds_shingles_from_zoster_and_enters_the_ctcae_term(
    qtbot: QtBot, study: Study
) -> None:
    tab = ae_tab(qtbot, study)
    editor = tab.editor
    editor.term.editor.setFocus()
    qtbot.keyClicks(editor.term.editor, "zoster")
    popup = editor.completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "herpes zoster → Shingles" in shown
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.term.editor.text() == "Shingles"
    assert "CTCAE v5.0" in editor.coding.text() and "Infections" in editor.coding.text()
    assert "Localized" in editor.grade.meanings[1].text()  # the term's own grade text
    assert not editor.grade.meanings[5].isEnabled() or "Death" in editor.grade.meanings[5].text()
    assert "Alanine aminotransferase increased" in editor.completer.matches("aminotrans")
    assert any("Thromboembolic event" in m for m in editor.completer.matches("dvt"))


def test_a_ctcae_term_saves_with_its_spelling_and_grade(qtbot: QtBot, study: Study) -> None:
    tab = ae_tab(qtbot, study)
    fill_minimum(qtbot, tab, "epistaxis", 2)
    assert tab.editor.grade.value() == 2
    assert tab.has_unsaved_changes()
    qtbot.keyClick(tab.editor.save_button, Qt.Key.Key_Space)
    (ae,) = study.service.participant(NEW_ID).adverse_events
    assert (ae.term, ae.grade, ae.onset, ae.resolved, ae.serious) == (
        "Epistaxis",
        2,
        TODAY - timedelta(days=7),
        None,
        False,
    )
    assert not tab.has_unsaved_changes()
    row = tab.model.row(0)
    assert row.coded and tab.model.index(0, column(tab, "Coding")).data(BADGE_ROLE) is None


def test_free_text_is_saved_as_typed_and_flagged_to_be_coded(qtbot: QtBot, study: Study) -> None:
    tab = ae_tab(qtbot, study)
    fill_minimum(qtbot, tab, "Tingling in both feet", 1)
    assert "to be coded" in tab.editor.coding.text()
    assert tab.editor.grade.meanings[1].text() == "Mild"  # generic meaning for free text
    assert tab.save() is True
    assert study.service.participant(NEW_ID).adverse_events[0].term == "Tingling in both feet"
    coding = tab.model.index(0, column(tab, "Coding"))
    assert coding.data() == "to be coded"
    assert coding.data(BADGE_ROLE)[0] == "to be coded"
    # the scenario's "Pneumonia" is not a CTCAE v5.0 term either ("Lung infection" is)
    other = ae_tab(qtbot, study, "BAITP-005")
    assert other.model.index(0, column(other, "Coding")).data() == "to be coded"


def test_a_synonym_typed_in_full_offers_its_ctcae_term(qtbot: QtBot, study: Study) -> None:
    tab = ae_tab(qtbot, study)
    tab.editor.term.editor.setFocus()
    qtbot.keyClicks(tab.editor.term.editor, "URTI")
    tab.editor.completer.popup().hide()
    assert tab.editor.suggestion.isVisible()
    assert "Upper respiratory infection" in tab.editor.suggestion.text()
    tab.editor.suggestion.click()
    assert tab.editor.term.text() == "Upper respiratory infection"


def test_a_serious_ae_offers_and_requires_the_awareness_date(qtbot: QtBot, study: Study) -> None:
    tab = ae_tab(qtbot, study)
    editor = tab.editor
    assert not editor.aware.isVisible() and not editor.reported.isVisible()
    fill_minimum(qtbot, tab, "Lung infection", 3)
    editor.serious.setFocus()
    qtbot.keyClick(editor.serious, Qt.Key.Key_Space)
    assert editor.serious.isChecked()
    assert editor.aware.isVisible() and editor.reported.isVisible()
    assert tab.save() is False
    assert editor.aware.error.text() == "required for a serious AE"
    assert study.service.participant(NEW_ID).adverse_events == ()
    aware = TODAY - timedelta(days=2)
    qtbot.keyClicks(editor.aware.editor, aware.isoformat())
    assert "by 28 Feb 2023" in editor.report_due.text()  # 24 h after awareness (config)
    assert tab.save() is True
    (ae,) = study.service.participant(NEW_ID).adverse_events
    assert ae.serious and ae.aware_date == aware and ae.reported_date is None
    # not reported after more than a day: SAE_LATE_REPORT marks the row
    number = tab.model.row_of_key(f"ae:{ae.number}")
    assert number is not None
    index = tab.model.index(number, 0)
    assert "SAE_LATE_REPORT" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_sponsor_report_before_awareness_is_refused_at_the_field(
    qtbot: QtBot, study: Study
) -> None:
    tab = ae_tab(qtbot, study)
    fill_minimum(qtbot, tab, "Lung infection", 3)
    tab.editor.serious.setChecked(True)
    tab.editor.aware.set_value(TODAY - timedelta(days=2))
    tab.editor.reported.set_value(TODAY - timedelta(days=3))
    assert tab.save() is False
    assert tab.editor.reported.error.text() == "reported to the sponsor before awareness"
    assert study.service.participant(NEW_ID).adverse_events == ()


def test_required_fields_and_grade_range_are_checked_at_the_fields(
    qtbot: QtBot, study: Study
) -> None:
    tab = ae_tab(qtbot, study)
    tab.editor.serious.setChecked(True)  # something typed: the form is dirty
    tab.editor.serious.setChecked(False)
    tab.editor.ongoing.setChecked(False)
    assert tab.save() is False
    assert tab.editor.term.error.text() == "required"
    assert tab.editor.grade.error.text() == "required"
    assert tab.editor.onset.error.text() == "required"
    assert tab.editor.resolved.error.text() == "required"
    tab.editor.onset.set_text((TODAY + timedelta(days=1)).isoformat())
    assert not tab.editor.onset.validate() and "future" in tab.editor.onset.error.text()
    assert not tab.editor.grade.choose(7)  # no grade 7 to choose


def test_changing_a_saved_ae_asks_for_a_reason(qtbot: QtBot, study: Study) -> None:
    study.service.apply(
        NEW_ID,
        [
            Upsert(
                "ae",
                {
                    "term": "Headache",
                    "grade": 1,
                    "onset": TODAY - timedelta(days=5),
                    "serious": False,
                },
            )
        ],
    )
    tab = ae_tab(qtbot, study)
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert tab.editor.title() == "Changing AE 1"
    assert not tab.has_unsaved_changes()
    tab.editor.grade.choose(2)
    tab.editor.ongoing.setChecked(False)
    tab.editor.resolved.set_value(TODAY - timedelta(days=1))
    study.reasons.answers.append("grade corrected after review of the source")
    assert tab.save() is True
    (ae,) = study.service.participant(NEW_ID).adverse_events
    assert (ae.grade, ae.resolved) == (2, TODAY - timedelta(days=1))
    entries = [e for e in study.service.history(NEW_ID, "ae") if e.action == "update"]
    grade_change = next(e for e in entries if e.field == "grade")
    assert grade_change.reason == "grade corrected after review of the source"
    assert (grade_change.old_value, grade_change.new_value) == ("1", "2")
    assert any("Grade" in r and "→" in r for r in study.reasons.asked[0])


def test_an_ae_before_consent_is_highlighted_and_focused(qtbot: QtBot, study: Study) -> None:
    consent = study.service.participant(NEW_ID).consent_date
    study.service.apply(
        NEW_ID,
        [
            Upsert(
                "ae",
                {
                    "term": "Epistaxis",
                    "grade": 1,
                    "onset": consent - timedelta(days=3),
                    "serious": False,
                },
            )
        ],
    )
    tab = ae_tab(qtbot, study)
    findings = validate_participant(study.service.participant(NEW_ID), TODAY, study.context.config)
    before = next(f for f in findings if f.code == "AE_BEFORE_CONSENT")
    tab.table.clearSelection()
    assert tab.focus_record(before.record)
    number = tab.table.selectionModel().selectedRows()[0].row()
    index = tab.model.index(number, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == severity_tint(before.severity)
    assert before.message in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.editor.finding.isVisible() and "AE_BEFORE_CONSENT" in tab.editor.finding.text()


def test_rescue_therapy_is_logged_as_its_own_record(qtbot: QtBot, study: Study) -> None:
    tab = ae_tab(qtbot, study)
    rescue = tab.logs.panels["rescue"]
    therapy = rescue.field("therapy")
    assert isinstance(therapy, SuggestedTextField)
    therapy.choice.setCurrentIndex(therapy.choice.findData("IVIG"))
    therapy.choice.activated.emit(therapy.choice.currentIndex())
    assert tab.has_unsaved_changes()
    assert tab.save() is True
    assert [(r.date, r.therapy) for r in study.service.participant(NEW_ID).rescue] == [
        (TODAY, "IVIG")
    ]
    index = therapy.choice.findData(OTHER)
    therapy.choice.setCurrentIndex(index)
    therapy.choice.activated.emit(index)
    assert therapy.other.isVisible()
    assert rescue.save() is False and therapy.other.error.text() == "required"
    qtbot.keyClicks(therapy.other.editor, "Rituximab")
    assert rescue.save() is True
    therapies = {r.therapy for r in study.service.participant(NEW_ID).rescue}
    assert therapies == {"IVIG", "Rituximab"}
    assert rescue.model.rowCount() == 2
    assert tab.focus_record("rescue:2")


def test_each_log_field_shows_its_own_refusal(qtbot: QtBot, study: Study) -> None:
    """The log form is built from the declaration: each field refuses at itself."""
    tab = ae_tab(qtbot, study)
    rescue = tab.logs.panels["rescue"]
    day = rescue.field("date")
    assert isinstance(day, DateField)
    day.set_text("")
    qtbot.keyClicks(day.editor, "1899-12-31")
    therapy = rescue.field("therapy")
    assert isinstance(therapy, SuggestedTextField)
    therapy.choice.setCurrentIndex(therapy.choice.findData(OTHER))
    therapy.choice.activated.emit(therapy.choice.currentIndex())
    therapy.other.editor.setText("IVIG\x07")  # pasted: a bell character cannot be typed
    assert rescue.save() is False
    assert "before 1900" in day.error.text()
    assert "control characters" in therapy.other.error.text()
    assert "not saved" in tab.status.text()
    assert study.service.participant(NEW_ID).rescue == ()


def test_unsaved_ae_is_reported_and_survives_as_a_draft(qtbot: QtBot, study: Study) -> None:
    tab = ae_tab(qtbot, study)
    fill_minimum(qtbot, tab, "Nausea", 1)
    assert tab.has_unsaved_changes()
    draft = tab.draft()
    assert draft is not None and draft["ae"]["term"] == "Nausea"
    other = ae_tab(qtbot, study)
    other.restore_draft(draft)
    assert other.editor.term.text() == "Nausea" and other.editor.grade.value() == 1
    assert other.editor.onset.value() == TODAY - timedelta(days=7)
    assert other.has_unsaved_changes()
    other.discard_changes()
    assert not other.has_unsaved_changes()


def test_the_ae_and_rescue_models_pass_qtmodeltester(
    qtbot: QtBot, qtmodeltester, study: Study
) -> None:
    study.service.apply(
        NEW_ID,
        [
            Upsert(
                "ae", {"term": "Headache", "grade": 1, "onset": date(2023, 2, 1), "serious": False}
            ),
            Upsert("rescue", {"date": date(2023, 2, 2), "therapy": "IVIG"}),
        ],
    )
    tab = ae_tab(qtbot, study)
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.logs.panels["rescue"].model, force_py=True)
    qtmodeltester.check(tab.editor.completer.model(), force_py=True)


def test_a_long_free_text_term_saves_up_to_the_declared_length(qtbot: QtBot, study: Study) -> None:
    """The term field takes what the form declares (500 characters), as the import does."""
    tab = ae_tab(qtbot, study)
    long_term = "Swelling of the left forearm after a fall " * 10  # 420 characters
    tab.editor.term.editor.setText(long_term.strip())
    tab.editor.grade.focus_choice()
    qtbot.keyClick(tab.editor.grade.buttons[1], Qt.Key.Key_1)
    qtbot.keyClicks(tab.editor.onset.editor, (TODAY - timedelta(days=3)).isoformat())
    qtbot.keyClick(tab.editor.save_button, Qt.Key.Key_Space)
    (ae,) = study.service.participant(NEW_ID).adverse_events
    assert ae.term == long_term.strip()
    tab.editor.term.editor.setText("x" * 501)
    assert len(tab.editor.term.editor.text()) == 500  # the field takes no more
