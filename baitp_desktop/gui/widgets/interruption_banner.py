"""The interruption band on the diary and counts tabs, and the words the rule is told in.

While the core's interruption rule (core/interruption.py, `Course.triggers`) is met and
no dosing decision answers the trigger (`core.interruption.undecided_triggers`), the
diary and counts tabs show a red band: "Interruption rule met on 15 Nov 2026 (Day 44):
stop dosing. No interrupt decision is recorded yet." An investigator gets the button to
record it (gui/interruption_notice.py connects it); everyone else is told who decides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Severity
from baitp_desktop.core.interruption import undecided_triggers
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.records import DecisionAction, DosingDecision
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import ERROR_COLOUR, severity_pixmap
from baitp_desktop.gui.widgets.fields import study_day_text
from baitp_desktop.i18n import tr, tr_n


def rule_met_text(course: Course, trigger: date) -> str:
    """ "Interruption rule met on 15 Nov 2026 (Day 44): stop dosing"."""
    return tr("Interruption", "Interruption rule met on {date} ({day}): stop dosing").format(
        date=format_date(trigger), day=study_day_text(trigger, course.day1)
    )


def rule_reason(course: Course) -> str:
    """Why the rule was met, in the protocol's numbers (the prefilled decision's reason)."""
    limit = course.config.interruption
    days = course.config.interruption_min_days_apart
    return tr_n(
        "Interruption",
        "Two platelet counts {op} {limit} ×10⁹/L at least {days} day apart",
        "Two platelet counts {op} {limit} ×10⁹/L at least {days} days apart",
        days,
    ).format(
        op=limit.comparison,
        limit=fmt_number(limit.limit),
        days=days,
    )


def unanswered_trigger(snapshot: ParticipantSnapshot | None) -> date | None:
    """The first trigger no dosing decision answers yet, if any."""
    if snapshot is None:
        return None
    course = snapshot.course
    pending = undecided_triggers(course.triggers, snapshot.participant.dosing_decisions)
    return pending[0] if pending else None


def interrupt_proposal(trigger: date, reason: str) -> DosingDecision:
    return DosingDecision(trigger, DecisionAction.INTERRUPT, reason)


class InterruptionBanner(QFrame):
    """A red band: the rule is met and no dosing decision answers it yet."""

    record_requested = Signal(object)  # the trigger date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interruption_banner")
        self.setStyleSheet(
            f"#interruption_banner {{ background: #fdecea; border: 1px solid {ERROR_COLOUR};"
            " border-left-width: 5px; }"
        )
        self.trigger: date | None = None
        icon = QLabel(self)
        icon.setPixmap(severity_pixmap(Severity.MAJOR, 16))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.record_button = QPushButton(tr("Interruption", "Record the interrupt decision…"))
        self.record_button.clicked.connect(lambda: self.record_requested.emit(self.trigger))
        self.record_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.record_button)
        self.can_decide = False
        self.setVisible(False)

    def set_can_decide(self, allowed: bool) -> None:
        """Investigators get the button; everyone else is told who decides."""
        self.can_decide = allowed
        self.record_button.setVisible(allowed)

    def show_snapshot(self, snapshot: ParticipantSnapshot | None) -> None:
        self.trigger = unanswered_trigger(snapshot)
        if snapshot is None or self.trigger is None:
            self.setVisible(False)
            return
        text = tr("Interruption", "{rule}. No interrupt decision is recorded yet.").format(
            rule=rule_met_text(snapshot.course, self.trigger)
        )
        if not self.can_decide:
            text += " " + tr("Interruption", "Tell the investigator.")
        self.text.setText(text)
        self.setVisible(True)
