"""The interruption rule speaks: a save that meets it says so at once, a red band stays on
the diary and counts tabs until a decision answers it, an investigator records the
prefilled interrupt decision, and an AE saved with action interrupted/discontinued
offers the matching decision or discontinuation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baitp_desktop.core.interruption import undecided_triggers
from baitp_desktop.core.records import DecisionAction, DosingDecision
from baitp_desktop.gui.dialogs.decision import DecisionDialog
from baitp_desktop.gui.interruption_notice import attach_interruption_notices
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.counts import CountsTab
from baitp_desktop.gui.tabs.diary import DiaryTab
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.service import Actor, StudyService, Upsert
from baitp_desktop.storage import open_database
from tests.gui.support_session import ModalScript, click, later
from tests.gui.support_window import TODAY, Answers, close_window, make_window

pytestmark = pytest.mark.gui

PID = "BAITP-101"
DAY1 = TODAY - timedelta(days=49)  # today is Day 50
NURSE = Actor("nurse1", "Nurse One", "nurse")
INVESTIGATOR = Actor("investigator", "Dr Ivan Investigator", "investigator")


def day(n: int) -> date:
    return DAY1 + timedelta(days=n - 1)


@pytest.fixture
def database_path(tmp_path: Path) -> Iterator[Path]:
    """An enrolled participant with a count > 300 on Day 20: the rule is armed."""
    path = tmp_path / "study.sqlite"
    service = StudyService(open_database(path), NURSE, today=lambda: TODAY)
    service.create_participant(
        PID, initials="ABC", sex="F", birth_date=date(1980, 1, 1),
        consent_date=DAY1 - timedelta(days=10), first_dose_date=DAY1,
        screening_date=DAY1 - timedelta(days=5),
    )  # fmt: skip
    service.apply(PID, [Upsert("count", {"date": day(20), "value": 420.0})])
    service.database.dispose()
    yield path


def window_as(qtbot: QtBot, tmp_path: Path, path: Path, actor: Actor) -> MainWindow:
    service = StudyService(open_database(path), actor, today=lambda: TODAY)
    window = make_window(qtbot, service, tmp_path / f"{actor.username}.ini", Answers())
    attach_interruption_notices(window)
    window.open_participant(PID)
    return window


def tab(window: MainWindow, kind: type[QWidget]) -> QWidget:
    return next(t for t in window.crf_tabs if isinstance(t, kind))


def enter_count(qtbot: QtBot, window: MainWindow, when: date, value: str) -> None:
    """On the counts tab: the date, Tab, the count, Ctrl+S (as on a visit day)."""
    counts = tab(window, CountsTab)
    assert isinstance(counts, CountsTab)
    window.activateWindow()  # back to the window after a message box (offscreen: by hand)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(counts)
    counts.form.date.editor.setFocus()
    counts.form.date.editor.selectAll()
    qtbot.keyClicks(counts.form.date.editor, when.isoformat())
    counts.form.count.editor.setFocus()
    qtbot.keyClicks(counts.form.count.editor, value)
    later(lambda: qtbot.keyClick(counts.form.count.editor, Qt.Key.Key_S,
                                 Qt.KeyboardModifier.ControlModifier))  # fmt: skip


def banners(window: MainWindow) -> list[str]:
    shown = []
    for kind in (DiaryTab, CountsTab):
        banner = tab(window, kind).banner  # type: ignore[attr-defined]
        window.tabs.setCurrentWidget(tab(window, kind))
        if banner.isVisible():
            shown.append(banner.text.text())
    return shown


def test_a_nurse_is_told_at_once_and_the_band_stays_until_a_decision(
    qtbot: QtBot, tmp_path: Path, database_path: Path
) -> None:
    window = window_as(qtbot, tmp_path, database_path, NURSE)
    assert banners(window) == []
    script = ModalScript(qtbot)
    told = script.expect(QMessageBox, click("OK"))
    enter_count(qtbot, window, day(34), "350")
    script.finish()
    said = f"Interruption rule met on {format_date(day(34))} (Day 34): stop dosing"
    assert told[0].startswith(said)
    assert "Tell the investigator" in told[0]
    assert f"from {format_date(day(35))}" in told[0]
    assert [c.value for c in window.context.service.participant(PID).platelet_counts] == [
        420.0, 350.0,
    ]  # fmt: skip
    band = said + ". No interrupt decision is recorded yet. Tell the investigator."
    assert banners(window) == [band, band]
    assert not tab(window, DiaryTab).banner.record_button.isVisible()  # type: ignore[attr-defined]

    enter_count(qtbot, window, day(41), "380")  # the rule does not fire twice
    qtbot.waitUntil(lambda: len(window.context.service.participant(PID).platelet_counts) == 3)
    qtbot.wait(100)
    script.finish()  # no second message

    service = window.context.service  # an investigator's decision, from elsewhere
    decision = Upsert("decision", {"date": day(35), "action": "interrupt", "reason": "rule"})
    service.apply(PID, [decision])
    window.reload()
    assert banners(window) == []
    script.stop()
    close_window(window)


def test_an_investigator_records_the_prefilled_interrupt_decision(
    qtbot: QtBot, tmp_path: Path, database_path: Path
) -> None:
    window = window_as(qtbot, tmp_path, database_path, INVESTIGATOR)
    script = ModalScript(qtbot)
    told = script.expect(QMessageBox, click("Record the interrupt decision…"))
    prefilled: list[tuple[date | None, str | None, str]] = []

    def check_and_accept(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        prefilled.append((dialog.date.value(), dialog.action.value(), dialog.reason.value()))
        later(dialog.buttons.button(dialog.buttons.StandardButton.Ok).click)

    script.expect(DecisionDialog, check_and_accept)
    enter_count(qtbot, window, day(34), "350")
    script.finish()
    assert "Record the interrupt decision now?" in told[0]
    ((when, action, reason),) = prefilled
    assert (when, action) == (day(34), "interrupt") and "300" in reason
    (saved,) = window.context.service.participant(PID).dosing_decisions
    assert (saved.date, saved.action) == (day(34), DecisionAction.INTERRUPT)
    assert banners(window) == []
    script.stop()
    close_window(window)


def test_the_band_offers_the_decision_to_an_investigator_who_said_later(
    qtbot: QtBot, tmp_path: Path, database_path: Path
) -> None:
    window = window_as(qtbot, tmp_path, database_path, INVESTIGATOR)
    script = ModalScript(qtbot)
    script.expect(QMessageBox, click("Later"))
    enter_count(qtbot, window, day(34), "350")
    script.finish()
    diary = tab(window, DiaryTab)
    window.tabs.setCurrentWidget(diary)
    button = diary.banner.record_button  # type: ignore[attr-defined]
    assert button.isVisible()
    script.expect(DecisionDialog, lambda d: later(d.reject))  # opened prefilled; cancelled
    later(button.click)
    script.finish()
    assert window.context.service.participant(PID).dosing_decisions == ()
    assert diary.banner.isVisible()  # type: ignore[attr-defined]
    script.stop()
    close_window(window)


@pytest.mark.parametrize("action", ["interrupted", "discontinued"])
def test_an_ae_saved_with_a_stopping_action_offers_what_goes_with_it(
    qtbot: QtBot, tmp_path: Path, database_path: Path, action: str
) -> None:
    window = window_as(qtbot, tmp_path, database_path, INVESTIGATOR)
    ae_tab = tab(window, AdverseEventsTab)
    assert isinstance(ae_tab, AdverseEventsTab)
    window.tabs.setCurrentWidget(ae_tab)
    editor = ae_tab.editor
    editor.term.editor.setFocus()
    qtbot.keyClicks(editor.term.editor, "Pneumonia")
    editor.completer.popup().hide()
    editor.grade.focus_choice()
    qtbot.keyClick(editor.grade.buttons[1], Qt.Key.Key_3)
    qtbot.keyClicks(editor.onset.editor, day(45).isoformat())
    editor.action.setCurrentIndex(editor.action.findData(action))
    script = ModalScript(qtbot)
    if action == "interrupted":
        offer = script.expect(QMessageBox, click("Record the interrupt decision…"))
        script.expect(DecisionDialog, lambda d: later(d.accept))
    else:
        offer = script.expect(QMessageBox, click("Fill in the discontinuation"))
    later(editor.save_button.click)
    script.finish()
    assert f"The AE “Pneumonia” was saved with action taken “{action}”." in offer[0]
    participant = window.context.service.participant(PID)
    assert [ae.term for ae in participant.adverse_events] == ["Pneumonia"]
    if action == "interrupted":
        assert [(d.date, d.action) for d in participant.dosing_decisions] == [
            (day(45), DecisionAction.INTERRUPT)
        ]
    else:
        screening = tab(window, ScreeningTab)
        assert isinstance(screening, ScreeningTab)
        assert window.tabs.currentWidget() is screening
        assert screening.editors["discontinuation_date"].value() == day(45)  # type: ignore[union-attr]
        assert screening.editors["discontinuation_reason"].currentData() == "adverse_event"  # type: ignore[union-attr]
        assert screening.has_unsaved_changes()  # to be checked and saved by the person
        assert participant.discontinuation is None
    script.stop()
    close_window(window)


def test_a_trigger_is_answered_by_a_decision_on_or_after_it_or_one_in_force() -> None:
    t = date(2026, 5, 1)

    def decision(days: int, action: DecisionAction) -> DosingDecision:
        return DosingDecision(t + timedelta(days=days), action)

    interrupt, resume = DecisionAction.INTERRUPT, DecisionAction.RESUME
    assert undecided_triggers([t], []) == (t,)
    assert undecided_triggers([t], [decision(0, interrupt)]) == ()
    assert undecided_triggers([t], [decision(3, interrupt)]) == ()  # late, but recorded
    assert undecided_triggers([t], [decision(-5, interrupt)]) == ()  # already interrupted
    assert undecided_triggers([t], [decision(-9, interrupt), decision(-5, resume)]) == (t,)
    later_trigger = t + timedelta(days=40)
    answered = [decision(0, interrupt), decision(20, resume)]
    assert undecided_triggers([t, later_trigger], answered) == (later_trigger,)
