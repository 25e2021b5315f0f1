"""Add or edit a dosing decision (interrupt / resume, with date and reason)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

from baitp_desktop.core.crf_forms import DECISION
from baitp_desktop.core.records import DecisionAction, DosingDecision
from baitp_desktop.gui.dialogs.form_parts import ok_cancel_buttons, stacked
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.declared_fields import text_field
from baitp_desktop.gui.widgets.fields import DateField
from baitp_desktop.i18n import tr


class DecisionDialog(QDialog):
    """Collects the values; the diary tab saves them (`values()` after `accept`)."""

    def __init__(
        self,
        today: Callable[[], date],
        day1: date | None,
        decision: DosingDecision | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Decision", "Edit dosing decision")
            if decision
            else tr("Decision", "New dosing decision")
        )
        self.date = DateField(today, self)
        self.date.set_day1(day1)
        self.action = RadioChoice(
            [
                (DecisionAction.INTERRUPT.value, tr("Decision", "Interrupt"), "I"),
                (DecisionAction.RESUME.value, tr("Decision", "Resume"), "R"),
            ],
            self,
        )
        self.reason = text_field(DECISION.field("reason"), self)
        if decision is not None:
            self.date.set_value(decision.date)
            self.action.set_value(decision.action.value)
            self.reason.set_value(decision.reason)
        form = QFormLayout()
        form.addRow(tr("Decision", "Date"), self.date)
        form.addRow(tr("Decision", "Decision (I/R)"), self.action)
        form.addRow(tr("Decision", "Reason"), self.reason)
        self.buttons = ok_cancel_buttons(self, self._accept)
        stacked(self, form, self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 60))

    def _accept(self) -> None:
        ok = self.date.validate() and self.reason.validate()
        if self.date.is_empty():
            self.date.set_error(tr("Entry", "required"))
            ok = False
        if self.action.value() is None:
            self.action.set_error(tr("Entry", "required"))
            ok = False
        if ok:
            self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "date": self.date.value(),
            "action": self.action.value(),
            "reason": self.reason.value() or "",
        }
