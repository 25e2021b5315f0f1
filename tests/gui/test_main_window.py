"""The main window on a real SQLite study: new participant, screening, diary, findings,
refusals at the field, unsaved edits across a participant switch, remembered settings."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from baitp_desktop.core.findings import Severity
from baitp_desktop.gui.dialogs.common import UnsavedChoice
from baitp_desktop.gui.dialogs.decision import DecisionDialog
from baitp_desktop.gui.dialogs.new_participant import NewParticipantDialog
from baitp_desktop.gui.findings_panel import FINDING_ROLE
from baitp_desktop.gui.tabs.diary import DiaryTab
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.gui.widgets.diary_grid import SEVERITY_ROLE
from baitp_desktop.gui.widgets.fields import EntryField
from baitp_desktop.service import ParticipantUpdate, StudyService
from tests.gui.support_window import (
    TODAY,
    Answers,
    close_window,
    make_service,
    make_window,
    tab_of,
    wait_for_validation,
)


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def service(tmp_path: Path) -> StudyService:
    return make_service(tmp_path / "study.sqlite", ["01_clean.json", "04_ineligible.json"])


def enrolled(service: StudyService, pid: str = "BAITP-101", day: int = 40) -> str:
    """A new eligible participant whose Day 1 was `day - 1` days ago, diary empty."""
    day1 = TODAY - timedelta(days=day - 1)
    service.create_participant(
        pid, initials="ABC", sex="F", birth_date=date(1980, 1, 1),
        consent_date=day1 - timedelta(days=10), first_dose_date=day1,
        screening_date=day1 - timedelta(days=5),
    )  # fmt: skip
    return pid


def type_into(qtbot: QtBot, field: EntryField, text: str) -> None:
    field.editor.setFocus()
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, text)
    field.editor.editingFinished.emit()


def test_new_participant_dialog_then_screening_by_keyboard(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewParticipantDialog)
        assert dialog.participant_id.text() == "BAITP-005"  # next after 001 and 004
        type_into(qtbot, dialog.initials, "WXY")
        dialog.female.click()
        type_into(qtbot, dialog.birth_date, "1985-04-30")
        type_into(qtbot, dialog.consent_date, "2023-02-20")
        dialog.create_participant()

    QTimer.singleShot(0, fill_dialog)
    window.new_participant()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_participant_id() == "BAITP-005"
    screening = tab_of(window, "screening")
    assert isinstance(screening, ScreeningTab)
    assert window.tabs.currentWidget() is screening
    assert service.participant("BAITP-005").initials == "WXY"

    type_into(qtbot, screening.editors["screening_date"], "2023-02-22")  # type: ignore[arg-type]
    # Fourteen criteria by keyboard: Y for I1-I5, then N for E1-E10; focus moves on.
    first = screening.editors["i1"]
    first.setFocus()
    for key in [Qt.Key.Key_Y] * 4 + [Qt.Key.Key_N] * 10:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
    assert [screening.editors[f"i{n}"].value() for n in (1, 2, 3, 5)] == [True] * 4  # type: ignore[union-attr]
    assert all(screening.editors[f"e{n}"].value() is False for n in range(1, 11))  # type: ignore[union-attr]
    type_into(qtbot, screening.editors["screening_platelets"], "22")  # type: ignore[arg-type]
    screening.editors["significant_bleeding"].setFocus()
    qtbot.keyClick(screening.editors["significant_bleeding"], Qt.Key.Key_N)
    labs = {"alt": "30", "alt_uln": "40", "ast": "90", "ast_uln": "40", "bilirubin": "10",
            "bilirubin_uln": "21", "hemoglobin": "12", "wbc": "5000", "anc": "3000",
            "lymphocytes": "1500", "egfr": "90"}  # fmt: skip
    for key, value in labs.items():
        type_into(qtbot, screening.editors[key], value)  # type: ignore[arg-type]
    # AST 90 > 2 x 40: the verdict says so live, in the validator's words.
    assert "Not eligible" in screening.verdict.text()
    assert "AST 90 &gt; 2 × ULN 40" in screening.verdict.text()
    assert not screening.enrol_button.isEnabled()
    type_into(qtbot, screening.editors["ast"], "35")  # type: ignore[arg-type]
    assert "Eligible" in screening.verdict.text() and "Not" not in screening.verdict.text()
    assert screening.has_unsaved_changes()

    qtbot.keyClick(screening, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not screening.has_unsaved_changes()
    stored = service.participant("BAITP-005")
    assert stored.screening.platelets == 22
    assert stored.screening.labs.ast == 35
    assert stored.screening.exclusion["E10"] is False

    # Enrol: Day 1 = today; the visit calendar appears with the Day 28 window.
    screening.enrol_button.click()
    assert screening.calendar.isVisibleTo(screening)
    rows = [screening.calendar.calendar.index(r, 0).data()
            for r in range(screening.calendar.calendar.rowCount())]  # fmt: skip
    assert len(rows) == len(service.config.visits)
    assert screening.save()
    assert service.participant("BAITP-005").first_dose_date == TODAY
    wait_for_validation(qtbot, window)
    assert window.navigator.model.result("BAITP-005") is not None


def test_uln_is_prefilled_from_the_last_participant(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    service.create_participant("BAITP-010", initials="NEW", sex="M",
                               birth_date=date(1970, 1, 1), consent_date=TODAY)  # fmt: skip
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant("BAITP-010")
    screening = tab_of(window, "screening")
    assert isinstance(screening, ScreeningTab)
    uln = screening.editors["alt_uln"]
    assert isinstance(uln, EntryField) and uln.is_empty()
    alt = screening.editors["alt"]
    assert isinstance(alt, EntryField)
    alt.editor.setFocus()
    qtbot.keyClicks(alt.editor, "30")
    assert uln.editor.text() == "40"  # BAITP-004's ALT ULN (scenario data)
    close_window(window)


def test_bad_values_are_refused_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant("BAITP-001")
    screening = tab_of(window, "screening")
    assert isinstance(screening, ScreeningTab)
    version = service.version("BAITP-001")
    count = screening.editors["screening_platelets"]
    assert isinstance(count, EntryField)
    type_into(qtbot, count, "45000")
    assert count.error.isVisibleTo(screening)
    assert "looks like per µL — enter 45 for 45,000/µL" in count.error.text()
    assert count.editor.property("invalid") is True
    future = (TODAY + timedelta(days=3)).isoformat()
    when = screening.editors["screening_date"]
    assert isinstance(when, EntryField)
    type_into(qtbot, when, future)
    assert when.error.text() == f"{future} is in the future"
    assert screening.save() is False
    assert service.version("BAITP-001") == version
    assert service.participant("BAITP-001").screening.platelets == 18
    # Fixing the value removes the message as it is typed.
    type_into(qtbot, count, "45")
    assert not count.error.isVisibleTo(screening)
    close_window(window)


def test_unsaved_edits_survive_a_cancelled_participant_switch(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant("BAITP-001")
    screening = tab_of(window, "screening")
    initials = screening.editors["initials"]  # type: ignore[attr-defined]
    type_into(qtbot, initials, "QQ")
    assert window.isWindowModified()

    answers.unsaved = [UnsavedChoice.CANCEL]
    window.navigator.participant_requested.emit("BAITP-004")
    assert answers.asked_unsaved == [[screening.title()]]
    assert window.current_participant_id() == "BAITP-001"
    assert window.navigator.selected() == "BAITP-001"
    assert initials.editor.text() == "QQ"
    assert screening.has_unsaved_changes()
    assert service.participant("BAITP-001").initials != "QQ"

    answers.unsaved = [UnsavedChoice.SAVE]
    answers.reasons = ["typing error"]
    assert window.open_participant("BAITP-004")
    assert service.participant("BAITP-001").initials == "QQ"
    assert answers.asked_reason  # a saved value changed: reason asked
    close_window(window)


def test_marking_a_returned_diary_card_is_one_transaction(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    pid = enrolled(service)
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant(pid)
    diary = tab_of(window, "diary")
    assert isinstance(diary, DiaryTab)
    window.tabs.setCurrentWidget(diary)
    view = diary.grid.view_of_day(1)
    diary.grid.move_to(1)
    view.setFocus()
    for _ in range(9):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert diary.model.selection == (1, 10)
    diary.taken_button.click()
    diary.grid.move_to(4)
    qtbot.keyClick(diary.grid.view_of_day(4), Qt.Key.Key_M)  # day 4 missed; focus to day 5
    assert diary.grid.current == 5
    for key in (Qt.Key.Key_2, Qt.Key.Key_Return):  # day 5: 2 mg
        qtbot.keyClick(diary.grid.view_of_day(5), key)
    version = service.version(pid)
    qtbot.keyClick(diary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not diary.has_unsaved_changes()
    assert service.version(pid) == version + 1  # ten days, one transaction
    doses = {d.date: d for d in service.participant(pid).doses}
    day1 = TODAY - timedelta(days=39)
    assert len(doses) == 10
    assert doses[day1 + timedelta(days=3)].taken is False
    assert doses[day1 + timedelta(days=4)].dose_mg == 2
    assert all(doses[day1 + timedelta(days=i)].dose_mg == 4 for i in (0, 1, 2, 5, 9))
    close_window(window)


def test_interruption_rule_finding_appears_in_panel_and_diary(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    pid = enrolled(service)
    day1 = TODAY - timedelta(days=39)
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant(pid)
    counts = tab_of(window, "counts")
    window.tabs.setCurrentWidget(counts)
    for day, value in ((10, "350"), (25, "360")):  # > 300 twice, 15 days apart
        form = counts.form  # type: ignore[attr-defined]
        type_into(qtbot, form.date, (day1 + timedelta(days=day - 1)).isoformat())
        form.count.editor.setFocus()
        qtbot.keyClicks(form.count.editor, value)
        qtbot.keyClick(form.count.editor, Qt.Key.Key_Return)
    assert len(service.participant(pid).platelet_counts) == 2

    diary = tab_of(window, "diary")
    assert isinstance(diary, DiaryTab)
    window.tabs.setCurrentWidget(diary)
    assert "Interruption rule met" in diary.rule_label.text()
    diary.grid.select_range(1, 39)
    diary.taken_button.click()
    assert diary.save()
    wait_for_validation(qtbot, window)

    panel = window.findings
    codes = [panel.proxy.index(r, 2).data() for r in range(panel.proxy.rowCount())]
    assert codes.count("DOSE_DURING_INTERRUPTION") == 39 - 25
    assert diary.model.data(diary.model.index_of_day(26), SEVERITY_ROLE) == Severity.MAJOR
    assert diary.model.data(diary.model.index_of_day(25), SEVERITY_ROLE) is None
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 2).data() == "DOSE_DURING_INTERRUPTION")  # fmt: skip
    assert "(Day 2" in panel.proxy.index(row, 3).data()
    # Jump: the panel asks the window to open the diary on that day.
    window.tabs.setCurrentIndex(0)
    panel.view.doubleClicked.emit(panel.proxy.index(row, 4))
    assert window.tabs.currentWidget() is diary
    assert diary.model.selection is not None and diary.model.selection[0] >= 26
    close_window(window)


def test_navigator_filter_and_settings_are_remembered(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    settings_path = tmp_path / "settings.ini"
    window = make_window(qtbot, service, settings_path, answers)
    assert window.navigator.proxy.rowCount() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.filter.hasFocus()
    qtbot.keyClicks(window.navigator.filter, "004")
    assert window.navigator.proxy.rowCount() == 1
    qtbot.keyClick(window.navigator.filter, Qt.Key.Key_Return)
    assert window.current_participant_id() == "BAITP-004"
    window.tabs.setCurrentIndex(1)
    window.close()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value("last_participant") == "BAITP-004"

    again = make_window(qtbot, service, settings_path, answers)
    assert again.current_participant_id() == "BAITP-004"
    assert again.tabs.currentIndex() == 1
    close_window(again)


def test_screening_and_diary_drafts_round_trip(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    pid = enrolled(service)
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant(pid)
    screening = tab_of(window, "screening")
    diary = tab_of(window, "diary")
    assert isinstance(screening, ScreeningTab) and isinstance(diary, DiaryTab)
    type_into(qtbot, screening.editors["initials"], "DRF")  # type: ignore[arg-type]
    diary.grid.select_range(2, 4)
    diary.missed_button.click()
    screening_draft, diary_draft = screening.draft(), diary.draft()
    assert screening_draft == {"fields": {"initials": "DRF"}}
    assert diary_draft is not None and len(diary_draft["pending"]) == 3
    for tab in (screening, diary):
        tab.discard_changes()
        assert not tab.has_unsaved_changes()
    screening.restore_draft(screening_draft)
    diary.restore_draft(diary_draft)
    assert screening.editors["initials"].editor.text() == "DRF"  # type: ignore[union-attr]
    assert diary.model.day_state(3) == "missed"
    assert service.participant(pid).initials == "ABC"  # nothing saved by a draft
    close_window(window)


def test_a_conflicting_save_is_refused_shown_and_reloaded(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant("BAITP-001")
    screening = tab_of(window, "screening")
    assert isinstance(screening, ScreeningTab)
    other = StudyService(service.database, service.actor, today=lambda: TODAY)
    other.apply("BAITP-001", [ParticipantUpdate({"initials": "OTH"})], reason="elsewhere")
    type_into(qtbot, screening.editors["initials"], "MINE")  # type: ignore[arg-type]
    assert screening.save() is False
    assert answers.errors and "BAITP-001 was changed by nurse1" in answers.errors[-1]
    assert service.participant("BAITP-001").initials == "OTH"  # nothing overwritten
    assert window.snapshot is not None
    assert window.snapshot.version == service.version("BAITP-001")  # reloaded
    close_window(window)


def test_findings_panel_scope_sorting_and_enter_jump(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant("BAITP-004")  # INELIGIBLE_AGE and INELIGIBLE_LAB
    panel = window.findings
    own = panel.proxy.rowCount()
    assert own > 0
    assert {panel.proxy.index(r, 1).data() for r in range(own)} == {"BAITP-004"}
    assert panel.view.isColumnHidden(1)
    panel.show_all(True)
    assert not panel.view.isColumnHidden(1)
    assert panel.proxy.rowCount() == sum(len(r.findings) for r in window.navigator.model.results())
    panel.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by date, newest first
    # compare the findings' dates, not the shown text ("9 Aug 2022" sorts after "27 Dec 2022")
    dates = [panel.proxy.index(r, 3).data(FINDING_ROLE).date for r in range(panel.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)
    panel.show_all(False)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 2).data() == "INELIGIBLE_LAB")  # fmt: skip
    assert "INELIGIBLE_LAB" in panel.proxy.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    screening = tab_of(window, "screening")
    assert window.tabs.currentWidget() is screening
    assert screening.focusWidget() is screening.editors["alt"].editor  # type: ignore[attr-defined]
    close_window(window)


def test_a_dosing_decision_is_added_and_starts_an_interruption(
    qtbot: QtBot, tmp_path: Path, service: StudyService, answers: Answers
) -> None:
    pid = enrolled(service)
    day1 = TODAY - timedelta(days=39)
    window = make_window(qtbot, service, tmp_path / "settings.ini", answers)
    window.open_participant(pid)
    diary = tab_of(window, "diary")
    assert isinstance(diary, DiaryTab)
    window.tabs.setCurrentWidget(diary)
    assert "not met" in diary.rule_label.text()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        type_into(qtbot, dialog.date, (day1 + timedelta(days=29)).isoformat())
        dialog.action.setFocus()
        qtbot.keyClick(dialog.action, Qt.Key.Key_I)
        type_into(qtbot, dialog.reason, "platelets above 400")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    diary.add_decision_button.click()
    decisions = service.participant(pid).dosing_decisions
    assert [(d.date, d.action.value, d.reason) for d in decisions] == [
        (day1 + timedelta(days=29), "interrupt", "platelets above 400")
    ]
    assert diary.decisions.rowCount() == 1
    assert "(Day 30)" in diary.decisions.index(0, 0).data()
    assert "Interrupted from Day 30" in diary.rule_label.text()
    assert diary.model.day_state(31) == "interrupted"
    close_window(window)
