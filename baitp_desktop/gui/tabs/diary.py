"""The daily-dose diary tab: 175 days at a glance, entered from the keyboard.

The grid (`widgets.diary_grid`) holds unsaved edits on top of the saved diary; T marks the
selected days taken at the protocol dose, M missed, Delete clears, a typed number + Enter
marks another dose. "Save diary" (Ctrl+S) sends every edit as `DoseEntry`/`DoseClear`
changes in ONE `GuiContext.save`, so a returned diary card is one transaction. Beside
the grid: the dosing decisions (interrupt / resume; added and edited through a dialog
and saved at once) and what the core's interruption rule derived (triggers, periods).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.course import Course
from baitp_desktop.core.entry_checks import check_dose_mg
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.pointers import parse_pointer
from baitp_desktop.core.records import DecisionAction, DosingDecision
from baitp_desktop.gui.contract import CrfTab, GuiContext, ParticipantSnapshot
from baitp_desktop.gui.decision_entry import enter_decision
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import DIARY_COLOURS
from baitp_desktop.gui.tabs.record_tab import signed_text
from baitp_desktop.gui.widgets.columns_model import Column, ColumnsModel, read_only_table
from baitp_desktop.gui.widgets.diary_grid import (
    SYMBOLS,
    DayEntry,
    DiaryGrid,
    DiaryGridModel,
    state_label,
)
from baitp_desktop.gui.widgets.diary_undo import DiaryEdit
from baitp_desktop.gui.widgets.fields import FieldError, study_day_text
from baitp_desktop.gui.widgets.interruption_banner import InterruptionBanner
from baitp_desktop.i18n import tr
from baitp_desktop.service.changes import Change, DoseClear, DoseEntry

Index = QModelIndex | QPersistentModelIndex


def first_selected_day(course: Course, today: date, last_day: int) -> int:
    """The day the diary opens on: today while the participant is on treatment (a returned
    card ends about there); after the diary period or a discontinuation, the last day
    with an entry (the card that came back last), or Day 1 when there is none."""
    day1 = course.day1
    assert day1 is not None
    today_number = (today - day1).days + 1
    ended = course.discontinuation_date is not None and course.discontinuation_date <= today
    if today_number < 1:
        return 1
    if today_number <= last_day and not ended:
        return today_number
    recorded = ((day - day1).days + 1 for day in course.diary)
    return max((n for n in recorded if 1 <= n <= last_day), default=1)


class DecisionsModel(ColumnsModel):
    """The participant's interrupt/resume decisions in date order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.day1: date | None = None

        def when(decision: DosingDecision) -> str:
            day = study_day_text(decision.date, self.day1)
            return f"{format_date(decision.date)} ({day})" if day else format_date(decision.date)

        def action(decision: DosingDecision) -> str:
            if decision.action is DecisionAction.INTERRUPT:
                return tr("Diary", "Interrupt")
            return tr("Diary", "Resume")

        columns = [
            Column(tr("Diary", "Date"), when, tooltip=when),
            Column(tr("Diary", "Decision"), action, tooltip=action),
            Column(tr("Diary", "Reason"), lambda d: d.reason, tooltip=lambda d: d.reason),
        ]
        super().__init__(columns, parent, align_headers=False)

    def set_decisions(self, decisions: Sequence[DosingDecision], day1: date | None) -> None:
        self.day1 = day1
        self.set_rows(sorted(decisions, key=lambda d: d.date))


class DiaryTab(CrfTab):
    tab_id = "diary"

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        config = context.config
        self.dose_mg = config.dose_mg
        weeks = -(-config.last_acceptable_day // 7)
        self.model = DiaryGridModel(weeks, config.dose_mg, self)
        self.grid = DiaryGrid(self.model, self)
        self.grid.key_command.connect(self._command)
        self.grid.selection_changed.connect(self._selection_changed)
        self.edits = QUndoStack(self)
        self.edits.indexChanged.connect(lambda _index: self._dirty_check())

        dose = fmt_number(config.dose_mg)
        self.taken_button = QPushButton(tr("Diary", "Mark taken {dose} mg (T)").format(dose=dose))
        self.taken_button.clicked.connect(lambda: self._command("taken"))
        self.missed_button = QPushButton(tr("Diary", "Mark missed (M)"))
        self.missed_button.clicked.connect(lambda: self._command("missed"))
        self.clear_button = QPushButton(tr("Diary", "Clear (Del)"))
        self.clear_button.clicked.connect(lambda: self._command("clear"))
        self.save_button = QPushButton(tr("Diary", "Save diary"))
        self.save_button.setToolTip(tr("Diary", "Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(tr("Diary", "Discard edits"))
        self.discard_button.clicked.connect(self.discard_changes)
        for button in (self.taken_button, self.missed_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        actions = QHBoxLayout()
        for button in (self.taken_button, self.missed_button, self.clear_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)

        self.selection_label = QLabel()
        self.selection_label.setWordWrap(True)
        self.message = FieldError(self)
        self.placeholder = QLabel(
            tr("Diary", "Set Day 1 (first dose) on the Screening tab; the diary starts on Day 1.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("role", "hint")

        self.decisions = DecisionsModel(self)
        self.decisions_view = read_only_table(QTableView(), alternating=False)
        self.decisions_view.setModel(self.decisions)
        self.decisions_view.doubleClicked.connect(lambda _index: self._edit_decision())
        self.add_decision_button = QPushButton(tr("Diary", "Add…"))
        self.add_decision_button.clicked.connect(lambda: self._edit_decision(new=True))
        self.edit_decision_button = QPushButton(tr("Diary", "Edit…"))
        self.edit_decision_button.clicked.connect(lambda: self._edit_decision())
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.add_decision_button)
        decision_buttons.addWidget(self.edit_decision_button)
        decision_buttons.addStretch(1)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        decisions_box = QGroupBox(tr("Diary", "Dosing decisions"))
        decisions_layout = QVBoxLayout(decisions_box)
        decisions_layout.addWidget(self.decisions_view, 1)
        decisions_layout.addLayout(decision_buttons)
        decisions_layout.addWidget(self.rule_label)

        side = QVBoxLayout()
        side.addWidget(self.selection_label)
        side.addWidget(self.message)
        side.addWidget(decisions_box, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(self.fontMetrics().horizontalAdvance("x" * 36))
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(self.placeholder, 3)
        body.addWidget(side_widget, 1)
        self.banner = InterruptionBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addLayout(self._legend())
        layout.addLayout(body, 1)
        self.show_participant(None)

    def _legend(self) -> QGridLayout:
        """Two lines: each state's symbol on its colour, and its name (never colour alone)."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        states = ("taken", "missed", "not_recorded", "interrupted", "after_discontinuation")
        entries = [(s, SYMBOLS[s], state_label(s)) for s in states]
        entries.append(("other_dose", "✓ 2 mg", tr("Diary", "Other dose")))
        entries.append(("pending", "┆", tr("Diary", "Dashed: not saved")))
        entries.append(("finding", "▣", tr("Diary", "Outline: finding")))
        for position, (state, symbol, text) in enumerate(entries):
            row, column = position // 4, (position % 4) * 2
            background, ink = DIARY_COLOURS.get(state, DIARY_COLOURS["not_recorded"])
            swatch = QLabel(symbol)
            swatch.setStyleSheet(
                f"background:{background}; color:{ink}; border:1px solid #bbb;"
                "padding:0 3px; font-weight:600"
            )
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            grid.addWidget(swatch, row, column, Qt.AlignmentFlag.AlignLeft)
            label = QLabel(text)
            label.setProperty("role", "hint")
            grid.addWidget(label, row, column + 1)
        grid.setColumnStretch(8, 1)
        return grid

    # -- editing -------------------------------------------------------------------------------
    def _editable_days(self) -> list[int]:
        """The selected days that can be recorded (not after today)."""
        snapshot = self.snapshot
        if snapshot is None or self.model.day1 is None:
            return []
        return [d for d in self.model.selected_days() if self.model.date_of(d) <= snapshot.today]

    def _command(self, command: str) -> None:
        if self.snapshot is None or self.model.day1 is None:
            return
        if command.startswith("digits:"):
            typed = command.partition(":")[2]
            self.selection_label.setText(
                tr(
                    "Diary",
                    "Dose: {dose} mg — Enter marks the selected "
                    "days taken at this dose, Esc cancels",
                ).format(dose=typed)
                if typed
                else ""
            )
            return
        if self._refuse_signed():
            return
        days = self._editable_days()
        if len(days) < len(self.model.selected_days()):
            self.message.set_message(tr("Diary", "Days after today cannot be recorded yet."))
        else:
            self.message.set_message(None)
        entry: DayEntry | None
        if command == "taken":
            entry = DayEntry(True, self.dose_mg)
        elif command == "missed":
            entry = DayEntry(False, None)
        elif command == "clear":
            entry = None
        elif command.startswith("dose:"):
            typed = command.partition(":")[2]
            try:
                dose = float(typed)
            except ValueError:
                dose = float("nan")
            problem = check_dose_mg(dose)
            if problem is not None:
                self.message.set_message(f"{typed}: {problem}")
                return
            entry = DayEntry(True, dose)
        else:
            return
        if days:
            self.edits.push(DiaryEdit(self.model, days, entry, self.grid.select_range))
            self._warn_if_interrupted(days if entry is not None and entry.taken else [])
            self.grid.advance_after_single()
        self._selection_changed(*(self.model.selection or (1, 1)))
        self._dirty_check()

    def _refuse_signed(self) -> bool:
        """A key over a signed day does nothing and says why, at once (not at Ctrl+S)."""
        locked = self.model.locked_days(self.model.selected_days())
        if not locked:
            return False
        self.grid.digits = ""
        first = locked[0]
        text = tr(
            "Diary", "Day {day} ({date}) is signed; an investigator must unlock it first."
        ).format(day=first, date=format_date(self.model.date_of(first)))
        self.message.set_message(text)
        self.show_status(text)
        return True

    def _warn_if_interrupted(self, taken_days: list[int]) -> None:
        """Marking a dose taken inside an interruption period is recorded (it happened) but
        warned about at the keystroke: the status bar says so and the cells are outlined."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        inside = [d for d in taken_days if snapshot.course.interrupted_on(self.model.date_of(d))]
        self.model.set_warned(self.model.date_of(d) for d in inside)
        if not inside:
            return
        first = inside[0]
        text = tr(
            "Diary",
            "Day {day} ({date}) is inside an interruption period: no dose should be taken. "
            "Check the diary card.",
        ).format(day=first, date=format_date(self.model.date_of(first)))
        self.message.set_message(text)
        self.show_status(text)

    def show_status(self, text: str) -> None:
        """A message in the main window's status bar (where the person looks after a key)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    def _selection_changed(self, first: int, last: int) -> None:
        if self.model.day1 is None:
            self.selection_label.setText("")
            return
        start, end = (format_date(self.model.date_of(n)) for n in (first, last))
        if first == last:
            text = tr("Diary", "Day {day} ({date}) selected").format(day=first, date=start)
        else:
            text = tr("Diary", "Days {first}–{last} ({start} to {end}) selected: {n} days").format(
                first=first, last=last, start=start, end=end, n=last - first + 1
            )
        self.selection_label.setText(text)

    def _dirty_check(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.report_dirty()

    def _edit_decision(self, new: bool = False) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        current: DosingDecision | None = None
        if not new:
            row = self.decisions_view.currentIndex().row()
            if not 0 <= row < self.decisions.rowCount():
                return
            current = self.decisions.row(row)
        enter_decision(self, self.context, snapshot, current)

    # -- CrfTab ------------------------------------------------------------------------------
    def title(self) -> str:
        return tr("Diary", "Daily-dose diary")

    def show_participant(self, snapshot: ParticipantSnapshot | None) -> None:
        same = self.is_same_participant(snapshot)
        had_day1 = self.model.day1 is not None
        self.snapshot = snapshot
        if not same:
            self.model.pending.clear()
            self.edits.clear()
            self.grid.digits = ""
            self.message.set_message(None)
            self.model.set_warned(())
        self.setEnabled(snapshot is not None)
        course = snapshot.course if snapshot else None
        self.model.set_course(course, snapshot.today if snapshot else date.today())
        self.model.set_locked(self._lock_text)
        has_day1 = course is not None and course.day1 is not None
        self.grid.setVisible(has_day1)
        self.placeholder.setVisible(not has_day1)
        for button in (self.taken_button, self.missed_button, self.clear_button):
            button.setEnabled(has_day1)
        self.decisions.set_decisions(
            snapshot.participant.dosing_decisions if snapshot else (),
            course.day1 if course else None,
        )
        self._show_rule()
        self.banner.show_snapshot(snapshot)
        if has_day1 and not (same and had_day1):  # another person, or Day 1 just set
            assert snapshot is not None and course is not None
            self.grid.move_to(first_selected_day(course, snapshot.today, self.model.last_day))
        elif has_day1:
            self.model.set_selection(*(self.model.selection or (1, 1)))
        self._dirty_check()

    def _lock_text(self, when: date) -> str | None:
        """Why a diary day cannot be changed: the active signature covering it."""
        snapshot = self.snapshot
        signature = None if snapshot is None else snapshot.locks.locking_day("dose", when)
        return None if signature is None else signed_text(signature)

    def undo_stack(self) -> QUndoStack:
        return self.edits

    def _show_rule(self) -> None:
        snapshot = self.snapshot
        if snapshot is None or snapshot.course.day1 is None:
            self.rule_label.setText("")
            return
        course = snapshot.course
        lines: list[str] = []
        limit = course.config.interruption
        for trigger in course.triggers:
            lines.append(
                tr(
                    "Diary",
                    "Interruption rule met on {date} ({day}): two counts {op} "
                    "{limit} at least {days} days apart.",
                ).format(
                    date=format_date(trigger),
                    day=study_day_text(trigger, course.day1),
                    op=limit.comparison,
                    limit=fmt_number(limit.limit),
                    days=course.config.interruption_min_days_apart,
                )
            )
        for period in course.interruptions:
            first = study_day_text(period.first, course.day1)
            if period.last is None:
                lines.append(
                    tr("Diary", "Interrupted from {first} ({date}); no resume yet.").format(
                        first=first, date=format_date(period.first)
                    )
                )
            else:
                lines.append(
                    tr("Diary", "Interrupted {first} to {last}.").format(
                        first=first, last=study_day_text(period.last, course.day1)
                    )
                )
        if not lines:
            lines.append(tr("Diary", "Interruption rule: not met."))
        self.rule_label.setText("\n".join(lines))

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.model.set_findings(list(findings))

    def focus_record(self, record: str) -> bool:
        pointer = parse_pointer(record)
        day1 = self.model.day1
        if pointer is None or pointer.kind not in ("dose", "diary") or day1 is None:
            return False
        days = pointer.days
        first = (days[0] - day1).days + 1
        last = (days[-1] - day1).days + 1
        if not 1 <= first <= self.model.last_day:
            return False
        self.grid.select_range(first, min(max(first, last), self.model.last_day))
        self.grid.view_of_day(first).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def has_unsaved_changes(self) -> bool:
        return bool(self.model.pending)

    def discard_changes(self) -> None:
        self.model.clear_pending()
        self.edits.clear()
        self.model.set_warned(())
        self.message.set_message(None)
        self._dirty_check()

    def save(self) -> bool:
        snapshot = self.snapshot
        if snapshot is None or not self.model.pending:
            return True
        changes: list[Change] = [
            DoseClear(when) if entry is None else DoseEntry(when, entry.taken, entry.dose_mg)
            for when, entry in sorted(self.model.pending.items())
        ]
        outcome = self.context.save(self, snapshot.participant_id, changes, snapshot.version)
        if outcome.problems:
            self.message.set_message("\n".join(str(p) for p in outcome.problems[:10]))
            return False
        if not outcome.saved:
            return False
        self.model.clear_pending()
        self.edits.clear()
        self.model.set_warned(())
        self.message.set_message(None)
        if self.snapshot is None or self.snapshot.version != outcome.version:
            self.show_participant(self.context.snapshot(snapshot.participant_id))
        self._dirty_check()
        return True

    def draft(self) -> dict[str, Any] | None:
        if not self.model.pending:
            return None
        return {
            "pending": {
                when.isoformat(): None if e is None else [e.taken, e.dose_mg]
                for when, e in self.model.pending.items()
            }
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        for text, value in dict(draft.get("pending", {})).items():
            when = date.fromisoformat(text)
            self.model.pending[when] = None if value is None else DayEntry(bool(value[0]), value[1])
        self.edits.clear()  # the restored entries are the new starting point
        self.model.set_selection(*(self.model.selection or (1, 1)))
        self._dirty_check()
