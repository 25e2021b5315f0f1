"""Entering a dosing decision (interrupt / resume) and saving it at once.

The diary tab's Add…/Edit…, the interruption banner's "Record the interrupt decision…"
and the offer after an AE saved with action "interrupted" all open the same dialog
(gui/dialogs/decision.py) and save through the same door; a proposal prefills it (the
trigger date, the action, a reason) and the person checks it before OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from baitp_desktop.core.records import DosingDecision
from baitp_desktop.gui.contract import GuiContext, ParticipantSnapshot
from baitp_desktop.gui.dialogs.decision import DecisionDialog
from baitp_desktop.service.changes import Upsert


def enter_decision(
    parent: QWidget,
    context: GuiContext,
    snapshot: ParticipantSnapshot,
    current: DosingDecision | None = None,
    proposal: DosingDecision | None = None,
) -> bool:
    """Ask for a new decision (or a change of `current`) and save it; True once saved."""
    dialog = DecisionDialog(context.today, snapshot.course.day1, current, parent)
    if proposal is not None:
        dialog.date.set_value(proposal.date)
        dialog.action.set_value(proposal.action.value)
        dialog.reason.set_value(proposal.reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    change = Upsert("decision", dialog.values(), None if current is None else current.record_id)
    outcome = context.save(parent, snapshot.participant_id, [change], snapshot.version)
    if outcome.problems:
        context.show_error(parent, "\n".join(str(p) for p in outcome.problems))
    return outcome.saved
