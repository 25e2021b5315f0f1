"""The fast-entry line of the Platelet counts tab: visit, date, count and WHO grade.

Why a form of its own: a nurse types a visit's count and its same-date bleeding grade
together, so both sit on one form and are saved in one service call. The visit chooser
only helps with the date (the visit a count belongs to is always derived from its date);
the line under the fields says which visit the count will be, before it is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.crf_forms import COUNT
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.core.visits import visit_count_date, visit_label, window_of
from baitp_desktop.gui.contract import ParticipantSnapshot
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.tabs.bleeding_scale import who_definition, who_grades
from baitp_desktop.gui.tabs.counts_rows import COUNT_UNIT
from baitp_desktop.gui.widgets.declared_fields import number_check
from baitp_desktop.gui.widgets.fields import DateField, FieldError, NumberField
from baitp_desktop.i18n import tr

UNSCHEDULED = ""
COMBO_MIN_CHARACTERS = 16


def compact_combo(box: QComboBox) -> None:
    """A combo that may be narrower than its longest item (the tab must fit 1366×768 with
    the navigator and findings panel beside it); its list still shows items in full."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
    fit_popup(box)


def fit_popup(box: QComboBox) -> None:
    view = box.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)


@dataclass(frozen=True)
class CountEntry:
    """What the form holds, as typed (None where empty or not valid)."""

    day: date | None
    count: float | None
    who_grade: int | None


class CountEntryForm(QGroupBox):
    """Visit / date / count / WHO grade on two lines, with Save, Cancel and Delete."""

    edited = Signal()
    save_requested = Signal()
    cancel_requested = Signal()
    delete_requested = Signal()

    def __init__(
        self, config: ProtocolConfig, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Counts", "New count"), parent)
        self.config = config
        self._snapshot: ParticipantSnapshot | None = None
        self._grade_touched = False
        self._editing_date: date | None = None
        self.visit = QComboBox(self)
        self.visit.setAccessibleName(tr("Counts", "Visit"))
        self.date = DateField(today, self)
        self.count = NumberField(COUNT_UNIT, number_check(COUNT.field("value"), config), 1, self)
        self.count.editor.setAccessibleName(tr("Counts", "Platelet count"))
        self.grade = QComboBox(self)
        self.grade.setAccessibleName(tr("Counts", "WHO bleeding grade"))
        self.grade.addItem(tr("Counts", "— not assessed"), None)
        for grade in who_grades(config):
            self.grade.addItem(f"{grade} – {who_definition(grade)}", grade)
        for box in (self.visit, self.grade):
            compact_combo(box)
        self.grade_error = FieldError(self)
        self.placement = QLabel(self)
        self.placement.setProperty("role", "hint")
        self.placement.setWordWrap(True)
        self.save_button = QPushButton(tr("Counts", "&Save count"), self)
        self.cancel_button = QPushButton(tr("Counts", "Cancel"), self)
        self.delete_button = QPushButton(tr("Counts", "&Delete count…"), self)
        self._lay_out()
        self.visit.activated.connect(self._visit_chosen)
        self.date.edited.connect(self._date_edited)
        self.count.edited.connect(self.edited)
        self.count.editor.returnPressed.connect(self.save_requested)
        self.grade.activated.connect(self._grade_chosen)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_requested)
        self.set_editing(None)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        # mnemonics: the menu bar holds F, P, V, T and H (File, Participant, View, Tools, Help)
        visit_label_ = QLabel(tr("Counts", "Vis&it"), self)
        visit_label_.setBuddy(self.visit)
        date_label = QLabel(tr("Counts", "D&ate"), self)
        date_label.setBuddy(self.date.editor)
        count_label = QLabel(tr("Counts", "P&latelets"), self)
        count_label.setBuddy(self.count.editor)
        grade_label = QLabel(tr("Counts", "&WHO grade"), self)
        grade_label.setBuddy(self.grade)
        top = Qt.AlignmentFlag.AlignTop
        # the visit across the form (its names are long), then date and count, then grade
        grid.addWidget(visit_label_, 0, 0)
        grid.addWidget(self.visit, 0, 1, 1, 3)
        grid.addWidget(date_label, 1, 0, top)
        grid.addWidget(self.date, 1, 1, top)
        grid.addWidget(count_label, 1, 2, top)
        grid.addWidget(self.count, 1, 3, top)
        grid.addWidget(grade_label, 2, 0)
        grid.addWidget(self.grade, 2, 1, 1, 3)
        grid.addWidget(self.grade_error, 3, 1, 1, 3)
        self.visit.setToolTip(tr("Counts", "Choosing a visit proposes a date in its window"))
        grid.addWidget(self.placement, 4, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        grid.addLayout(buttons, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setTabOrder(self.visit, self.date.editor)
        self.setTabOrder(self.date.editor, self.count.editor)
        self.setTabOrder(self.count.editor, self.grade)
        self.setTabOrder(self.grade, self.save_button)

    # -- participant -----------------------------------------------------------------------
    def set_snapshot(self, snapshot: ParticipantSnapshot | None) -> None:
        """Offer this participant's visits; Day 1 for the study day beside the date."""
        self._snapshot = snapshot
        self.setEnabled(snapshot is not None)
        current = self.visit.currentData()
        self.visit.clear()
        self.visit.addItem(tr("Counts", "Unscheduled"), UNSCHEDULED)
        if snapshot is None:
            return
        course = snapshot.course
        self.date.set_day1(course.day1)
        for window in course.windows:
            self.visit.addItem(
                tr("Counts", "{visit} · Days {first}–{last}").format(
                    visit=visit_label(window.definition),
                    first=window.definition.first_day,
                    last=window.definition.last_day,
                ),
                window.visit_id,
            )
        index = self.visit.findData(current)
        self.visit.setCurrentIndex(max(0, index))
        fit_popup(self.visit)
        self._update_placement()

    def preselect_visit(self, visit_id: str | None) -> None:
        """Show a visit as chosen (the one due today) without changing the date."""
        index = self.visit.findData(visit_id or UNSCHEDULED)
        self.visit.setCurrentIndex(max(0, index))

    # -- modes -----------------------------------------------------------------------------
    def set_editing(self, description: str | None, original: date | None = None) -> None:
        """None: a new count. Else the title names the record being changed (dated
        `original`, left out when telling which visit the changed date would be)."""
        self._editing_date = original
        self.setTitle(description or tr("Counts", "New count"))
        self.delete_button.setVisible(description is not None)
        self.cancel_button.setText(
            tr("Counts", "Cancel edit") if description else tr("Counts", "Clear")
        )

    def clear(self, today: date, visit_id: str | None) -> None:
        """Empty for the next count: date today, the due visit shown."""
        self.date.set_value(today)
        self.count.set_value(None)
        self.set_grade(None)
        self._grade_touched = False
        self.preselect_visit(visit_id)
        self.grade_error.set_message(None)
        self._update_placement()

    def load(self, day: date, count: float, grade: int | None) -> None:
        self.date.set_value(day)
        self.count.set_value(count)
        self.set_grade(grade)
        self._grade_touched = False
        self._sync_visit_to_date()

    def restore_typed(self, day: str, count: str, grade: int | None, touched: bool) -> None:
        """Put back what was typed before a crash (texts as typed, even if not valid)."""
        self.date.set_text(day)
        self.count.set_text(count)
        self.set_grade(grade)
        self._grade_touched = touched
        self._sync_visit_to_date()

    # -- values ----------------------------------------------------------------------------
    def entry(self) -> CountEntry:
        return CountEntry(self.date.value(), self.count.value(), self.grade.currentData())

    def set_grade(self, grade: int | None) -> None:
        self.grade.setCurrentIndex(max(0, self.grade.findData(grade)))

    def grade_was_touched(self) -> bool:
        return self._grade_touched

    def set_grade_locked(self, reason: str | None) -> None:
        """Several grades on the date: the grade is edited in the Bleeding tab only."""
        self.grade.setEnabled(reason is None)
        self.grade.setToolTip(reason or "")

    def validate(self) -> bool:
        """Check every field, show each problem at its field; True when all are fine."""
        ok = self.date.validate() & self.count.validate()
        if self.date.is_empty():
            self.date.set_error(tr("Entry", "required"))
            ok = False
        if self.count.is_empty():
            self.count.set_error(tr("Entry", "required"))
            ok = False
        return ok

    def show_problems(self, problems: list[InputProblem]) -> None:
        """Refusals from the service, at their fields."""
        for problem in problems:
            if problem.field == "value":
                self.count.set_error(problem.message)
            elif problem.field == "who_grade":
                self.grade_error.set_message(problem.message)
            else:
                self.date.set_error(problem.message)

    def focus_first_field(self) -> None:
        self.count.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions -------------------------------------------------------------------------
    def _visit_chosen(self, _index: int) -> None:
        """Choosing a visit proposes a date: today inside its window, else its target day."""
        snapshot = self._snapshot
        visit_id = self.visit.currentData()
        if snapshot is None or not visit_id:
            self._update_placement()
            return
        window = snapshot.course.window(visit_id)
        if window is not None:
            today = snapshot.today
            proposed = today if window.contains(today) else min(window.target, today)
            self.date.set_value(proposed)
            self.date.validate()
        self._date_changed()
        self.edited.emit()

    def _date_edited(self) -> None:
        self._sync_visit_to_date()
        self._date_changed()
        self.edited.emit()

    def _grade_chosen(self, _index: int) -> None:
        self._grade_touched = True
        self.grade_error.set_message(None)
        self.edited.emit()

    def _date_changed(self) -> None:
        """A date that already has one grade shows it, unless a grade was chosen here."""
        snapshot = self._snapshot
        day = self.date.value()
        if snapshot is not None and day is not None and not self._grade_touched:
            self.set_grade(snapshot.course.grades.get(day))
        self._update_placement()

    def _sync_visit_to_date(self) -> None:
        snapshot = self._snapshot
        day = self.date.value()
        if snapshot is None or day is None:
            return
        window = window_of(day, snapshot.course.windows)
        self.preselect_visit(None if window is None else window.visit_id)
        self._update_placement()

    def _update_placement(self) -> None:
        self.placement.setText(self.placement_text())

    def placement_text(self) -> str:
        """Which visit a count on the typed date would be (before it is saved)."""
        snapshot = self._snapshot
        day = self.date.value()
        if snapshot is None or day is None:
            return ""
        course = snapshot.course
        if course.day1 is None:
            return tr("Counts", "Before Day 1 is set: kept as a candidate for the baseline.")
        window = window_of(day, course.windows)
        if window is None:
            return tr("Counts", "→ Unscheduled count (outside every visit window).")
        dates = {d: v for d, v in course.counts.items() if d != self._editing_date}
        dates[day] = 0.0
        chosen = visit_count_date(window, dates)
        name = visit_label(window.definition)
        if chosen == day:
            return tr("Counts", "→ The {visit} count.").format(visit=name)
        return tr(
            "Counts", "→ {visit} (extra): the count of {other} is nearer the target day."
        ).format(visit=name, other=format_date(chosen) if chosen else "?")
