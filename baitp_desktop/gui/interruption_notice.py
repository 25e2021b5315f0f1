"""The interruption rule speaks: at once when a save makes it fire, and until it is answered.

The core decides when the rule is met (core/interruption.py, through `Course.triggers`);
this module only tells people about it, because a participant who keeps taking tablets
after the rule is met is a major deviation that nobody should discover weeks later in
the findings panel:

- when a save (any tab, any window) brings a new trigger, a message says so at once,
  "Interruption rule met on 15 Nov 2026 (Day 44): stop dosing"; an investigator is
  offered the `interrupt` decision, prefilled (gui/decision_entry.py);
- the band on the diary and counts tabs (gui/widgets/interruption_banner.py) repeats it
  as long as no dosing decision answers the trigger, with the same offer for an
  investigator;
- an AE saved with action "interrupted" or "discontinued" offers the matching dosing
  decision or the discontinuation form.

`attach_interruption_notices(window)` wires all of it to a built main window.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from baitp_desktop.core.records import AeAction, DecisionAction, DosingDecision
from baitp_desktop.core.vocabulary import label
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.decision_entry import enter_decision
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.main_window import MainWindow
from baitp_desktop.gui.tabs.adverse_events import AdverseEventsTab
from baitp_desktop.gui.tabs.screening import ScreeningTab
from baitp_desktop.gui.widgets.interruption_banner import (
    InterruptionBanner,
    interrupt_proposal,
    rule_met_text,
    rule_reason,
    unanswered_trigger,
)
from baitp_desktop.i18n import tr
from baitp_desktop.service.roles import Permission, can


class InterruptionNotices(QObject):
    """Says so when the rule fires, and records the decisions people accept to record."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actor = window.context.service.actor
        self.can_decide = can(actor, Permission.SIGN)  # investigators decide on dosing
        self.can_enter = can(actor, Permission.ENTER_DATA)
        for banner in window.findChildren(InterruptionBanner):
            banner.set_can_decide(self.can_decide)
            banner.show_snapshot(window.snapshot)
            banner.record_requested.connect(self.record_interrupt)
        window.snapshot_replaced.connect(self._compare)
        for tab in window.crf_tabs:
            if isinstance(tab, AdverseEventsTab):
                tab.ae_action_saved.connect(self._ae_action)

    # -- the rule --------------------------------------------------------------------------
    def _compare(self, previous: ParticipantSnapshot | None, current: ParticipantSnapshot) -> None:
        """After a save or reload of the shown participant: has the rule just fired?"""
        if previous is None or previous.participant_id != current.participant_id:
            return
        trigger = unanswered_trigger(current)
        if trigger is not None and trigger not in previous.course.triggers:
            # After the save has finished (the tab's own status first), not inside it.
            QTimer.singleShot(0, lambda: self.announce(trigger))

    def announce(self, trigger: date) -> None:
        snapshot = self.window.snapshot
        if snapshot is None or unanswered_trigger(snapshot) != trigger:
            return
        course = snapshot.course
        box = QMessageBox(self.window)
        box.setObjectName("interruption_message")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Interruption", "Interruption rule met"))
        box.setText(rule_met_text(course, trigger))
        details = tr(
            "Interruption",
            "{why}; the latest on {date}. No dose should be taken from {next} until an "
            "investigator records a resume.",
        ).format(
            why=rule_reason(course),
            date=format_date(trigger),
            next=format_date(trigger + timedelta(days=1)),
        )
        record = None
        if self.can_decide:
            details += "\n" + tr("Interruption", "Record the interrupt decision now?")
            record = box.addButton(
                tr("Interruption", "Record the interrupt decision…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(tr("Interruption", "Later"), QMessageBox.ButtonRole.RejectRole)
        else:
            details += "\n" + tr(
                "Interruption", "Tell the investigator, who records the interrupt decision."
            )
            box.addButton(QMessageBox.StandardButton.Ok)
        box.setInformativeText(details)
        box.exec()
        if record is not None and box.clickedButton() is record:
            self.record_interrupt(trigger)

    def record_interrupt(self, trigger: date) -> None:
        snapshot = self.window.snapshot
        if snapshot is None:
            return
        proposal = interrupt_proposal(trigger, rule_reason(snapshot.course))
        enter_decision(self.window, self.window.context, snapshot, proposal=proposal)

    # -- an AE's action --------------------------------------------------------------------
    def _ae_action(self, action: str, onset: date, term: str) -> None:
        if self.can_enter and action in (AeAction.INTERRUPTED, AeAction.DISCONTINUED):
            QTimer.singleShot(0, lambda: self.offer_for_ae(AeAction(action), onset, term))

    def offer_for_ae(self, action: AeAction, onset: date, term: str) -> None:
        snapshot = self.window.snapshot
        if snapshot is None:
            return
        box = QMessageBox(self.window)
        box.setObjectName("ae_action_offer")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Interruption", "Dosing after an adverse event"))
        box.setText(
            tr("Interruption", "The AE “{term}” was saved with action taken “{action}”.").format(
                term=term, action=label(action)
            )
        )
        if action is AeAction.INTERRUPTED:
            box.setInformativeText(
                tr("Interruption", "Record the interrupt decision dated {date}?").format(
                    date=format_date(onset)
                )
            )
            accept = tr("Interruption", "Record the interrupt decision…")
        else:
            box.setInformativeText(
                tr(
                    "Interruption",
                    "Fill in the discontinuation on the Screening tab (date {date}, reason: "
                    "adverse event) to check and save?",
                ).format(date=format_date(onset))
            )
            accept = tr("Interruption", "Fill in the discontinuation")
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Interruption", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return
        if action is AeAction.INTERRUPTED:
            reason = tr("Interruption", "Adverse event: {term}").format(term=term)
            proposal = DosingDecision(onset, DecisionAction.INTERRUPT, reason)
            enter_decision(self.window, self.window.context, snapshot, proposal=proposal)
            return
        for tab in self.window.crf_tabs:
            if isinstance(tab, ScreeningTab):
                self.window.tabs.setCurrentWidget(tab)
                tab.fill_discontinuation(onset)
                return


def attach_interruption_notices(window: MainWindow) -> InterruptionNotices:
    return InterruptionNotices(window)
