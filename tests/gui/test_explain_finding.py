"""Explaining a finding from the findings panel: the E key and the context menu ask for
it, the dialog refuses an empty or too long reason at the field, the explanation is sent
once through the service, and explained findings are listed and counted apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from baitp_desktop.core.findings import Finding, Severity
from baitp_desktop.core.status import ParticipantStatus
from baitp_desktop.gui.dialogs.explain_finding import ExplainDialog
from baitp_desktop.gui.dialogs.form_parts import ok_button
from baitp_desktop.gui.explain_actions import explain
from baitp_desktop.gui.findings_panel import FINDING_ROLE, FindingsPanel
from baitp_desktop.gui.validation_worker import ParticipantResult
from baitp_desktop.service import StudyService
from baitp_desktop.service.actor import Actor
from tests.gui.support_new_forms import recording_study
from tests.gui.support_tabs_b import NEW_ID, TODAY

MISSED = Finding(NEW_ID, "MISSED_VISIT", Severity.MAJOR, date(2023, 1, 28), "visit:d28",
                 "Day 28 visit missed")  # fmt: skip
QUERY = Finding(NEW_ID, "MISSING_QOL", Severity.QUERY, date(2023, 1, 1), "qol:baseline",
                "No baseline questionnaire")  # fmt: skip


def result(*findings: Finding) -> ParticipantResult:
    return ParticipantResult(NEW_ID, "ABC", ParticipantStatus.ON_TREATMENT, 1,
                             date(2023, 1, 1), findings, {})  # fmt: skip


def test_the_dialog_refuses_at_the_field_then_accepts(qtbot: QtBot) -> None:
    dialog = ExplainDialog(MISSED)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = ok_button(dialog.buttons)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "   ")
    ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "the reason is required"
    qtbot.keyClicks(dialog.text, "x" * 501)
    assert dialog.count.text() == "501 of 500 characters"
    ok.click()
    assert "500" in dialog.error.text() and dialog.isVisible()
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "In hospital elsewhere")
    assert dialog.error.text() == ""
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)  # Tab leaves the text for the buttons
    assert dialog.focusWidget() is ok
    qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason() == "In hospital elsewhere"


def test_the_e_key_and_the_menu_ask_to_explain(qtbot: QtBot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_current_participant(NEW_ID)
    panel.set_participant_result(result(QUERY, MISSED))
    asked: list[tuple[Finding, bool]] = []
    panel.explain_requested.connect(lambda f, w: asked.append((f, w)))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_E)
    assert asked == [(MISSED, False)]  # the major one is listed first


def test_explained_findings_are_listed_and_counted_apart(qtbot: QtBot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_current_participant(NEW_ID)
    explained = replace(MISSED, explained="in hospital elsewhere")
    panel.set_participant_result(result(explained, QUERY))
    assert panel.summary.text() == "1 finding: 0 major, 0 minor, 1 query · 1 explained finding"
    rows = [panel.proxy.index(r, 0).data(FINDING_ROLE) for r in range(panel.proxy.rowCount())]
    assert rows == [QUERY, explained]  # the explained major after the open query
    assert panel.proxy.index(1, 0).data() == "Major, explained"
    message = panel.proxy.index(1, 4).data()
    assert message == "Day 28 visit missed — explained: in hospital elsewhere"


def test_an_explanation_is_sent_once_through_the_service(qtbot: QtBot, tmp_path: Path) -> None:
    study, recording = recording_study(tmp_path)
    assert not explain(None, study.context, MISSED, asker=lambda *_: "x")  # not an investigator
    assert study.errors and "may not explain findings" in study.errors[-1]
    investigator = Actor("wang.inv", "Wang Lei", "investigator")
    recording.real = StudyService(recording.real.database, investigator, today=lambda: TODAY)
    saved: list[str] = []
    study.context.participant_saved.connect(lambda pid, _v: saved.append(pid))
    assert explain(None, study.context, MISSED, asker=lambda *_: "in hospital elsewhere")
    assert recording.explained[-1] == (
        NEW_ID, "MISSED_VISIT", date(2023, 1, 28), "visit:d28", "in hospital elsewhere"
    )  # fmt: skip
    assert saved == [NEW_ID]  # the participant is reloaded and validated again
    assert not explain(None, study.context, MISSED, asker=lambda *_: None)  # cancelled
    assert not explain(None, study.context, MISSED, withdraw=True, asker=lambda *_: "x")
    assert len(recording.explained) == 2  # the refused one and the recorded one
    [stored] = recording.real.participant(NEW_ID).explanations
    assert (stored.code, stored.record, stored.reason) == (
        "MISSED_VISIT",
        "visit:d28",
        "in hospital elsewhere",
    )
