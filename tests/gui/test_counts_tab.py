"""The Platelet counts tab on a real database: entry, refusal at the field, edits with a
reason, the interruption rule in the endpoints panel and the chart, findings, drafts."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from baitp_desktop.core.validator import validate_participant
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import severity_tint
from baitp_desktop.gui.tabs.bleeding import BleedingTab
from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.widgets.platelet_chart import point_tooltip
from tests.gui.support_tabs_b import NEW_ID, TODAY, Study, open_study, shown_tab


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return open_study(tmp_path, ["01_clean.json", "06_gaps.json"])


def counts_tab(qtbot: QtBot, study: Study, participant_id: str = NEW_ID) -> CountsTab:
    return shown_tab(qtbot, study, CountsTab, participant_id)


def enter(qtbot: QtBot, tab: CountsTab, day: str | None, count: str, grade: str | None) -> None:
    """Type a count line with the keyboard and press Enter."""
    if day is not None:
        tab.form.date.editor.selectAll()
        qtbot.keyClicks(tab.form.date.editor, day)
        tab.form.date.editor.editingFinished.emit()
    tab.form.count.editor.setFocus()
    qtbot.keyClicks(tab.form.count.editor, count)
    if grade is not None:
        tab.form.grade.setFocus()
        qtbot.keyClick(tab.form.grade, grade)
    qtbot.keyClick(tab.form.count.editor, Qt.Key.Key_Return)


def column(tab: CountsTab, title_start: str) -> int:
    for number, col in enumerate(tab.model.columns):
        if col.title.startswith(title_start):
            return number
    raise KeyError(title_start)


def row_text(tab: CountsTab, day: date, title_start: str) -> str:
    """The cell of the row dated `day`, found as a person does: by the date shown."""
    col = column(tab, title_start)
    for number in range(tab.model.rowCount()):
        if tab.model.index(number, 0).data() == format_date(day):
            return tab.model.index(number, col).data()
    raise KeyError(day)


def test_the_due_visit_is_preselected_with_today(qtbot: QtBot, study: Study) -> None:
    tab = counts_tab(qtbot, study)  # Day 56 today: the week-8 window is open
    assert tab.form.visit.currentData() == "w8"
    assert tab.form.date.value() == TODAY
    assert "Day 56" in tab.form.date.day_label.text()
    assert "Week 8" in tab.form.placement.text()
    assert not tab.has_unsaved_changes()


def test_a_count_and_its_grade_are_stored_together_and_the_response_shown(
    qtbot: QtBot, study: Study
) -> None:
    tab = counts_tab(qtbot, study)
    bleeding = BleedingTab(study.context)
    qtbot.addWidget(bleeding)
    study.attach(bleeding)
    study.show(bleeding, NEW_ID)
    version = study.service.version(NEW_ID)
    enter(qtbot, tab, None, "150", "0")
    stored = study.service.participant(NEW_ID)
    assert [(c.date, c.value) for c in stored.platelet_counts] == [(TODAY, 150.0)]
    assert [(b.date, b.who_grade) for b in stored.bleeding] == [(TODAY, 0)]
    assert study.service.version(NEW_ID) == version + 1  # one service call, one version
    assert row_text(tab, TODAY, "Response") == "CR"
    assert row_text(tab, TODAY, "Visit") == "Week 8"
    assert not tab.has_unsaved_changes()
    assert tab.form.count.is_empty()
    assert TODAY in {r.date for r in bleeding.model.rows() if r.record is not None}


def test_a_count_per_microlitre_is_refused_at_the_field_and_nothing_is_stored(
    qtbot: QtBot, study: Study
) -> None:
    tab = counts_tab(qtbot, study)
    version = study.service.version(NEW_ID)
    enter(qtbot, tab, None, "45000", "0")
    assert "looks like per µL — enter 45 for 45,000/µL" in tab.form.count.error.text()
    assert tab.form.count.error.isVisible()
    assert study.service.participant(NEW_ID).platelet_counts == ()
    assert study.service.participant(NEW_ID).bleeding == ()
    assert study.service.version(NEW_ID) == version
    assert tab.has_unsaved_changes()


def test_a_future_date_and_a_missing_count_are_refused_at_their_fields(
    qtbot: QtBot, study: Study
) -> None:
    tab = counts_tab(qtbot, study)
    future = (TODAY + timedelta(days=1)).isoformat()
    enter(qtbot, tab, future, "50", None)
    assert "in the future" in tab.form.date.error.text()
    tab.form.count.set_value(None)
    tab.form.date.set_value(TODAY)
    assert tab.save() is True  # nothing typed: nothing to save
    tab.form.grade.setCurrentIndex(1)
    tab.form._grade_chosen(1)
    assert tab.save() is False
    assert tab.form.count.error.text() == "required"
    assert study.service.participant(NEW_ID).platelet_counts == ()


def test_counts_over_300_fourteen_days_apart_trigger_the_interruption(
    qtbot: QtBot, study: Study
) -> None:
    tab = counts_tab(qtbot, study)
    first = TODAY - timedelta(days=14)
    enter(qtbot, tab, first.isoformat(), "350", "0")
    assert tab.endpoints.value("Interruption triggers") == "none"
    enter(qtbot, tab, TODAY.isoformat(), "320", "0")
    assert tab.endpoints.value("Interruption triggers") == "1 Mar 2023 (Day 56)"
    series = tab.chart.series()
    assert series is not None
    assert [m.date for m in series.triggers] == [TODAY]
    assert len(series.interruptions) == 1
    trigger_x = (TODAY - series.day1).days
    assert series.interruptions[0].first_x == trigger_x + 1
    assert series.interruptions[0].last_x is None  # open until a resume is recorded
    number = tab.model.row_of_key(f"count:{TODAY.isoformat()}")
    assert number is not None
    cell = tab.model.index(number, column(tab, "Platelets"))
    assert "interruption rule was met" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_changing_a_saved_count_asks_for_a_reason_that_goes_into_the_audit_trail(
    qtbot: QtBot, study: Study
) -> None:
    tab = counts_tab(qtbot, study)
    enter(qtbot, tab, None, "80", "1")
    row = tab.model.row_of_key(f"count:{TODAY.isoformat()}")
    assert row is not None
    tab.table.selectRow(row)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert "Changing the count" in tab.form.title()
    assert not tab.has_unsaved_changes()
    tab.form.count.editor.selectAll()
    qtbot.keyClicks(tab.form.count.editor, "85")
    assert tab.has_unsaved_changes()
    study.reasons.answers.append("transcription error, lab sheet says 85")
    qtbot.keyClick(tab.form.count.editor, Qt.Key.Key_Return)
    # the record, the field by its label, the old and the new value (never a field key)
    assert study.reasons.asked and study.reasons.asked[0][0] == (
        f"Platelet count {TODAY.isoformat()}: Platelet count 80 → 85"
    )
    assert [c.value for c in study.service.participant(NEW_ID).platelet_counts] == [85.0]
    history = study.service.history(NEW_ID, "count")
    change = [e for e in history if e.action == "update" and e.field == "value"]
    assert change and change[-1].reason == "transcription error, lab sheet says 85"
    assert (change[-1].old_value, change[-1].new_value) == ("80", "85")


def test_a_cancelled_reason_saves_nothing_and_keeps_the_edit(qtbot: QtBot, study: Study) -> None:
    tab = counts_tab(qtbot, study)
    enter(qtbot, tab, None, "80", None)
    tab.table.selectRow(tab.model.row_of_key(f"count:{TODAY.isoformat()}"))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    tab.form.count.set_text("90")
    study.reasons.answers.append(None)
    assert tab.save() is False
    assert [c.value for c in study.service.participant(NEW_ID).platelet_counts] == [80.0]
    assert tab.has_unsaved_changes() and tab.form.count.text() == "90"


def test_deleting_a_count_asks_for_a_reason(qtbot: QtBot, study: Study) -> None:
    tab = counts_tab(qtbot, study)
    enter(qtbot, tab, None, "80", None)
    tab.table.selectRow(tab.model.row_of_key(f"count:{TODAY.isoformat()}"))
    study.reasons.answers.append("entered for the wrong participant")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert study.service.participant(NEW_ID).platelet_counts == ()
    deleted = [e for e in study.service.history(NEW_ID, "count") if e.action == "delete"]
    assert deleted and deleted[0].reason == "entered for the wrong participant"


def test_a_second_count_in_a_window_is_shown_as_extra(qtbot: QtBot, study: Study) -> None:
    tab = counts_tab(qtbot, study)
    enter(qtbot, tab, None, "80", "0")  # Day 56 = the week-8 target
    earlier = TODAY - timedelta(days=3)  # Day 53: inside the window, farther from target
    tab.form.date.set_value(earlier)
    tab.form._date_edited()
    assert "(extra)" in tab.form.placement.text()
    enter(qtbot, tab, None, "70", None)
    assert row_text(tab, earlier, "Visit") == "Week 8 (extra)"
    assert row_text(tab, earlier, "Response") == "NE"
    assert row_text(tab, TODAY, "Visit") == "Week 8"


def test_findings_highlight_rows_and_focus_selects_them(qtbot: QtBot, study: Study) -> None:
    tab = counts_tab(qtbot, study, "BAITP-006")
    records = {key for row in tab.model.rows() for key in row.keys}
    findings = validate_participant(
        study.service.participant("BAITP-006"), TODAY, study.context.config
    )
    pointed = [f for f in findings if f.record in records]
    assert pointed, "scenario 06 has count/visit findings"
    finding = pointed[0]
    number = tab.model.row_of_key(finding.record)
    assert number is not None
    index = tab.model.index(number, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == severity_tint(finding.severity)
    assert finding.message in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    tab.table.clearSelection()
    assert tab.focus_record(finding.record)
    assert tab.table.selectionModel().selectedRows()[0].row() == number
    assert not tab.focus_record("ae:99")


def test_unsaved_entry_is_reported_and_survives_as_a_draft(qtbot: QtBot, study: Study) -> None:
    tab = counts_tab(qtbot, study)
    dirty: list[bool] = []
    tab.dirty_changed.connect(dirty.append)
    qtbot.keyClicks(tab.form.count.editor, "42")
    assert tab.has_unsaved_changes() and dirty == [True]
    draft = tab.draft()
    assert draft is not None
    other = counts_tab(qtbot, study)
    other.restore_draft(draft)
    assert other.form.count.text() == "42"
    assert other.has_unsaved_changes()
    other.discard_changes()
    assert not other.has_unsaved_changes() and other.draft() is None


def test_the_count_model_passes_qtmodeltester(qtbot: QtBot, qtmodeltester, study: Study) -> None:
    tab = counts_tab(qtbot, study, "BAITP-001")
    assert tab.model.rowCount() > 5
    qtmodeltester.check(tab.model, force_py=True)


def test_hovering_a_chart_point_tells_date_day_count_and_response(
    qtbot: QtBot, study: Study, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = counts_tab(qtbot, study, "BAITP-001")
    series = tab.chart.series()
    assert series is not None
    day28 = next(p for p in series.points if p.day == 28)
    where = tab.chart.position_of(day28)
    assert where is not None
    assert tab.chart.point_at(where + QPointF(3, -2)) == day28
    assert tab.chart.point_at(where + QPointF(0, 40)) is None
    text = point_tooltip(day28)
    assert format_date(day28.date) in text and "Day 28" in text
    assert "Platelets 120 ×10⁹/L" in text and "CR: complete response" in text
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, *_rest: shown.append(text))
    at = where.toPoint()
    tab.chart.event(QHelpEvent(QEvent.Type.ToolTip, at, tab.chart.mapToGlobal(at)))
    assert shown == [text]


def test_the_chart_can_be_repainted_for_hours(qtbot: QtBot, study: Study) -> None:
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per void call: the chart's
    ~170 painter calls per repaint aborted the application after ~40 repaints."""
    tab = counts_tab(qtbot, study, "BAITP-001")
    tab.chart.grab()
    before = sys.getrefcount(None)
    for _ in range(20):
        tab.chart.grab()
    assert before - sys.getrefcount(None) < 100


def test_the_visit_column_shows_short_visit_names_with_the_whole_name_in_the_tooltip(
    qtbot: QtBot, study: Study
) -> None:
    tab = counts_tab(qtbot, study)
    visit = column(tab, "Visit")
    missed = {
        tab.model.index(n, visit).data(): tab.model.index(n, visit).data(
            Qt.ItemDataRole.ToolTipRole
        )
        for n in range(tab.model.rowCount())
        if tab.model.row(n).visit_name
    }
    assert "Day 28: missed" in missed and "Day 14: missed" in missed
    *_finding, whole, note = missed["Day 28: missed"].split("\n")
    assert whole == "Day 28 (initial / 1-month response)" and note.startswith("Window ")
