"""The Bleeding (WHO) tab on a real database: number keys choose a grade beside its
definition, bleeding events stand out without colour alone, missing grades are shown and
highlighted, edits ask for a reason, drafts survive."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from baitp_desktop.core.records import BleedingAssessment
from baitp_desktop.core.validator import validate_participant
from baitp_desktop.gui.style import severity_tint
from baitp_desktop.gui.tabs.bleeding import BleedingTab
from baitp_desktop.service import Upsert
from tests.gui.support_tabs_b import NEW_ID, TODAY, Study, column, open_study, shown_tab


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return open_study(tmp_path, ["06_gaps.json"])


def bleeding_tab(qtbot: QtBot, study: Study, participant_id: str = NEW_ID) -> BleedingTab:
    return shown_tab(qtbot, study, BleedingTab, participant_id)


def stored(study: Study, participant_id: str = NEW_ID) -> list[tuple[object, int]]:
    return [(b.date, b.who_grade) for b in study.service.participant(participant_id).bleeding]


def test_definitions_are_shown_beside_the_grades(qtbot: QtBot, study: Study) -> None:
    tab = bleeding_tab(qtbot, study)
    assert tab.grade.meanings[0].text() == "No bleeding"
    assert "transfusion" in tab.grade.meanings[3].text()
    assert "bleeding event" in tab.grade.meanings[2].text()
    assert "bleeding event" not in tab.grade.meanings[1].text()
    assert tab.date.value() == TODAY and "Day 56" in tab.date.day_label.text()
    assert tab.visit.text() == "Week 8"


def test_a_number_key_chooses_the_grade_and_enter_saves(qtbot: QtBot, study: Study) -> None:
    tab = bleeding_tab(qtbot, study)
    tab.grade.focus_choice()
    qtbot.keyClick(tab.grade.buttons[0], Qt.Key.Key_2)
    assert tab.grade.value() == 2 and tab.has_unsaved_changes()
    qtbot.keyClick(tab.grade.buttons[2], Qt.Key.Key_Return)
    assert stored(study) == [(TODAY, 2)]
    assert not tab.has_unsaved_changes() and tab.grade.value() is None
    assert "Saved" in tab.status.text()


def test_bleeding_events_are_bold_labelled_and_coloured(qtbot: QtBot, study: Study) -> None:
    study.service.apply(
        NEW_ID,
        [
            Upsert("bleeding", {"date": TODAY - timedelta(days=2), "who_grade": 1}),
            Upsert("bleeding", {"date": TODAY, "who_grade": 3}),
        ],
    )
    tab = bleeding_tab(qtbot, study)
    event = column(tab, "Bleeding event")
    grade = column(tab, "WHO grade")
    rows = {tab.model.row(n).who_grade: n for n in range(tab.model.rowCount())}
    serious = tab.model.index(rows[3], event)
    assert "▲" in serious.data() and "bleeding event" in serious.data()
    font = tab.model.index(rows[3], grade).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert tab.model.index(rows[3], grade).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.model.index(rows[1], event).data() == ""
    assert tab.model.index(rows[1], grade).data(Qt.ItemDataRole.FontRole) is None


def test_a_grade_is_required_and_a_future_date_refused_at_the_field(
    qtbot: QtBot, study: Study
) -> None:
    tab = bleeding_tab(qtbot, study)
    tab.date.set_text((TODAY + timedelta(days=3)).isoformat())
    tab.grade.choose(0)
    assert tab.save() is False
    assert "in the future" in tab.date.error.text()
    tab.date.set_value(TODAY)
    tab.grade.set_value(None)
    tab.grade.choose(1)
    tab.grade.set_value(None)
    assert tab.validate() is False and tab.grade.error.text() == "required"
    assert stored(study) == []


def test_counts_without_a_grade_are_listed_highlighted_and_graded_from_the_row(
    qtbot: QtBot, study: Study
) -> None:
    tab = bleeding_tab(qtbot, study, "BAITP-006")
    findings = validate_participant(
        study.service.participant("BAITP-006"), TODAY, study.context.config
    )
    missing = next(f for f in findings if f.code == "MISSING_BLEEDING")
    assert tab.focus_record(missing.record)
    number = tab.table.selectionModel().selectedRows()[0].row()
    row = tab.model.row(number)
    assert row.record is None and row.who_grade is None
    index = tab.model.index(number, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == severity_tint(missing.severity)
    assert missing.message in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # grade it
    assert tab.date.value() == row.date
    qtbot.keyClick(tab.grade.buttons[0], Qt.Key.Key_0)
    tab.save()
    assert (row.date, 0) in stored(study, "BAITP-006")
    graded = [r for r in tab.model.rows() if r.date == row.date]
    assert [r.who_grade for r in graded] == [0] and graded[0].record is not None


def test_changing_a_grade_asks_for_a_reason_in_the_audit_trail(qtbot: QtBot, study: Study) -> None:
    study.service.apply(NEW_ID, [Upsert("bleeding", {"date": TODAY, "who_grade": 1})])
    tab = bleeding_tab(qtbot, study)
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert "Changing the grade" in tab.editor.title()
    qtbot.keyClick(tab.grade.buttons[1], Qt.Key.Key_2)
    study.reasons.answers.append("re-examined: clinically significant blood loss")
    assert tab.save() is True
    assert stored(study) == [(TODAY, 2)]
    change = [e for e in study.service.history(NEW_ID, "bleeding") if e.action == "update"]
    assert change[-1].reason == "re-examined: clinically significant blood loss"


def test_a_second_grade_on_a_date_is_pointed_out(qtbot: QtBot, study: Study) -> None:
    study.service.apply(NEW_ID, [Upsert("bleeding", {"date": TODAY, "who_grade": 1})])
    tab = bleeding_tab(qtbot, study)
    assert "already has grade 1" in tab.same_date.text()


def test_draft_and_restore(qtbot: QtBot, study: Study) -> None:
    tab = bleeding_tab(qtbot, study)
    tab.grade.choose(3)
    draft = tab.draft()
    assert draft == {"editing": None, "date": TODAY.isoformat(), "who_grade": 3}
    other = bleeding_tab(qtbot, study)
    other.restore_draft(draft)
    assert other.grade.value() == 3 and other.has_unsaved_changes()


def test_the_bleeding_model_passes_qtmodeltester(qtbot: QtBot, qtmodeltester, study: Study) -> None:
    tab = bleeding_tab(qtbot, study, "BAITP-006")
    assert tab.model.rowCount() > 3
    assert any(isinstance(r.record, BleedingAssessment) for r in tab.model.rows())
    qtmodeltester.check(tab.model, force_py=True)
