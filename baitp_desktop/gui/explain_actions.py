"""Explaining a finding and withdrawing an explanation, from the findings panel.

The one place the GUI sends an explanation: `StudyService.explain_finding` and
`StudyService.withdraw_explanation` (participant, code, date, record, reason), which check
the role, audit the change and keep the history. Afterwards the participant is reloaded
and validated again, so the finding shows as explained (or open again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from baitp_desktop.core.errors import InvalidInput, UserFacingError
from baitp_desktop.core.findings import Finding
from baitp_desktop.gui.contract import GuiContext
from baitp_desktop.gui.dialogs.explain_finding import ExplainDialog
from baitp_desktop.i18n import tr


def ask_reason(parent: QWidget | None, finding: Finding, withdraw: bool) -> str | None:
    """The dialog; the trimmed reason, or None when cancelled."""
    dialog = ExplainDialog(finding, withdraw, parent)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


def explain(
    parent: QWidget | None,
    context: GuiContext,
    finding: Finding,
    withdraw: bool = False,
    asker: Callable[[QWidget | None, Finding, bool], str | None] = ask_reason,
) -> bool:
    """Ask the reason and record it; True when the service recorded it."""
    if withdraw and not finding.explained:
        return False
    reason = asker(parent, finding, withdraw)
    if reason is None:
        return False
    name = "withdraw_explanation" if withdraw else "explain_finding"
    send = getattr(context.service, name, None)
    if send is None:
        context.show_error(
            parent, tr("Explain", "This database cannot record explanations of findings yet.")
        )
        return False
    try:
        send(finding.participant_id, finding.code, finding.date, finding.record, reason)
    except InvalidInput as refused:
        context.show_error(parent, "\n".join(p.message for p in refused.problems))
        return False
    except UserFacingError as error:
        context.show_error(parent, str(error))
        return False
    pid = finding.participant_id
    context.participant_saved.emit(pid, context.service.version(pid))
    return True
