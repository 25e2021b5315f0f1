"""The daily-dose diary as a week-by-day grid: rows = study weeks, columns = 7 study days.

`DiaryGridModel` knows each day's state (taken, other dose, missed, not recorded, inside an
interruption period, after discontinuation, not yet reached), its date, the unsaved edits
on top of the saved diary, the findings that point at each day, the days an active
signature locks (`set_locked`), the doses just warned about, and the selected range.
How a day is painted is `widgets.diary_cell`; undo over the edits is `widgets.diary_undo`.
A state is shown by a symbol as well as a colour (✓ taken, ✗ missed, · not recorded,
‖ interrupted, — after discontinuation), so nothing depends on colour alone.

`DiaryGrid` shows the model in two side-by-side halves (weeks 1–13 and 14–25), so all
175 days fit a 1366×768 screen at a readable size, and turns keys and mouse into a
linear range of days: arrows move (Up/Down one week), Shift extends, the tab decides
what T / M / Delete / a typed dose do with the range (`key_command`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from baitp_desktop.core.course import Course
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.core.pointers import parse_pointer
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import DIARY_COLOURS
from baitp_desktop.gui.widgets.diary_cell import (
    DATE_ROLE,
    DAY_ROLE,
    LOCKED_ROLE,
    PENDING_ROLE,
    SELECTED_ROLE,
    SEVERITY_ROLE,
    STATE_ROLE,
    SYMBOL_ROLE,
    WARNED_ROLE,
    DiaryCellDelegate,
)
from baitp_desktop.i18n import tr

__all__ = [
    "PENDING_ROLE",
    "SEVERITY_ROLE",
    "STATE_ROLE",
    "SYMBOLS",
    "DayEntry",
    "DiaryGrid",
    "DiaryGridModel",
    "PendingEdits",
    "state_label",
]

Index = QModelIndex | QPersistentModelIndex
LockText = Callable[[date], str | None]


@dataclass(frozen=True, slots=True)
class DayEntry:
    """A diary value: taken (with its dose) or missed; None in `pending` means "clear"."""

    taken: bool
    dose_mg: float | None


# Some days' unsaved edits (a day absent from the dict had none) and the days they are of.
PendingEdits = tuple[dict[date, DayEntry | None], list[date]]


def state_label(state: str) -> str:
    return {
        "taken": tr("Diary", "Taken"),
        "other_dose": tr("Diary", "Taken, other dose"),
        "missed": tr("Diary", "Missed"),
        "not_recorded": tr("Diary", "Not recorded"),
        "interrupted": tr("Diary", "Interruption period"),
        "after_discontinuation": tr("Diary", "After discontinuation"),
        "future": tr("Diary", "Not reached yet"),
    }[state]


SYMBOLS = {
    "taken": "✓",
    "other_dose": "✓",
    "missed": "✗",
    "not_recorded": "·",
    "interrupted": "‖",
    "after_discontinuation": "—",
    "future": "",
}


class DiaryGridModel(QAbstractTableModel):
    """Days 1..7×weeks of one participant; cell (week−1, d) is Day 7×(week−1)+d+1."""

    def __init__(self, weeks: int, dose_mg: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self.dose_mg = dose_mg
        self.course: Course | None = None
        self.today = date.today()
        self.pending: dict[date, DayEntry | None] = {}
        self.findings: dict[date, list[Finding]] = {}
        self.selection: tuple[int, int] | None = None  # first and last selected day
        self.lock_text: LockText = _never_locked  # why a day is read-only (a signature)
        self.warned: frozenset[date] = frozenset()  # doses just marked in an interruption

    # -- state -----------------------------------------------------------------------------
    @property
    def day1(self) -> date | None:
        return None if self.course is None else self.course.day1

    @property
    def last_day(self) -> int:
        return self.weeks * 7

    def set_course(self, course: Course | None, today: date) -> None:
        self.beginResetModel()
        self.course, self.today = course, today
        self.endResetModel()

    def set_locked(self, lock_text: LockText) -> None:
        """`lock_text(day)`: why a day cannot be changed (an active signature), or None."""
        self.lock_text = lock_text
        self._changed()

    def locked_days(self, days: Iterable[int]) -> list[int]:
        return [day for day in days if self.lock_text(self.date_of(day)) is not None]

    def set_warned(self, days: Iterable[date]) -> None:
        self.warned = frozenset(days)
        self._changed()

    def set_findings(self, findings: list[Finding]) -> None:
        by_day: dict[date, list[Finding]] = {}
        for finding in findings:
            for day in _days_of_record(finding.record):
                by_day.setdefault(day, []).append(finding)
        self.findings = by_day
        self._changed()

    def set_selection(self, first: int | None, last: int | None) -> None:
        self.selection = (
            None if first is None or last is None else (min(first, last), max(first, last))
        )
        self._changed()

    def selected_days(self) -> list[int]:
        if self.selection is None:
            return []
        return list(range(self.selection[0], self.selection[1] + 1))

    def date_of(self, day: int) -> date:
        assert self.day1 is not None
        return self.day1 + timedelta(days=day - 1)

    def day_of_index(self, index: Index) -> int:
        return index.row() * 7 + index.column() + 1

    def index_of_day(self, day: int) -> QModelIndex:
        return self.index((day - 1) // 7, (day - 1) % 7)

    def saved_entry(self, when: date) -> DayEntry | None:
        if self.course is None:
            return None
        dose = self.course.diary.get(when)
        return None if dose is None else DayEntry(dose.taken, dose.dose_mg)

    def entry(self, when: date) -> DayEntry | None:
        """What the day shows: the unsaved edit if there is one, else the saved entry."""
        if when in self.pending:
            return self.pending[when]
        return self.saved_entry(when)

    def set_entries(self, days: list[int], entry: DayEntry | None) -> None:
        """Edit days (None clears); an edit back to the saved value is no edit."""
        for day in days:
            when = self.date_of(day)
            if entry == self.saved_entry(when):
                self.pending.pop(when, None)
            else:
                self.pending[when] = entry
        self._changed()

    def pending_of(self, days: Iterable[int]) -> PendingEdits:
        """The unsaved edits of `days` as they stand (absent: no edit), for undo."""
        dates = [self.date_of(day) for day in days]
        return {when: self.pending[when] for when in dates if when in self.pending}, dates

    def put_pending(self, edits: PendingEdits) -> None:
        """Put back what `pending_of` returned: those days' edits exactly as they were."""
        values, dates = edits
        for when in dates:
            if when in values:
                self.pending[when] = values[when]
            else:
                self.pending.pop(when, None)
        self._changed()

    def clear_pending(self) -> None:
        self.pending.clear()
        self._changed()

    def day_state(self, day: int) -> str:
        """What a day is, for colour and symbol (the recorded value wins over the period)."""
        course = self.course
        assert course is not None
        when = self.date_of(day)
        entry = self.entry(when)
        if when > self.today:
            return "future"
        if entry is not None:
            if not entry.taken:
                return "missed"
            return "taken" if entry.dose_mg == self.dose_mg else "other_dose"
        stop = course.discontinuation_date
        if stop is not None and when > stop:
            return "after_discontinuation"
        if course.interrupted_on(when):
            return "interrupted"
        return "not_recorded"

    def background_state(self, day: int) -> str:
        """The period a day lies in, which colours its background."""
        course = self.course
        assert course is not None
        when = self.date_of(day)
        if when > self.today:
            return "future"
        stop = course.discontinuation_date
        if stop is not None and when > stop:
            return "after_discontinuation"
        if course.interrupted_on(when):
            return "interrupted"
        return self.day_state(day)

    def _changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.day1 is None else self.weeks

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.day1 is None else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.day1 is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return tr("Diary", "Wk {n}").format(n=section + 1)
        weekday = (self.day1 + timedelta(days=section)).weekday()
        return (
            tr("Diary", "Mon"),
            tr("Diary", "Tue"),
            tr("Diary", "Wed"),
            tr("Diary", "Thu"),
            tr("Diary", "Fri"),
            tr("Diary", "Sat"),
            tr("Diary", "Sun"),
        )[weekday]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.day1 is None:
            return None
        if not (0 <= index.row() < self.weeks and 0 <= index.column() < 7):
            return None
        day = self.day_of_index(index)
        when = self.date_of(day)
        if role == DAY_ROLE:
            return day
        if role == STATE_ROLE:
            return self.day_state(day)
        if role == SYMBOL_ROLE:
            return self._symbol(day)
        if role == DATE_ROLE:
            return when
        if role == LOCKED_ROLE:
            return self.lock_text(when) is not None
        if role == WARNED_ROLE:
            return when in self.warned
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{day} {self._symbol(day)}".strip()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(DIARY_COLOURS[self.background_state(day)][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(DIARY_COLOURS[self.day_state(day)][1])
        if role == SEVERITY_ROLE:
            found = self.findings.get(when)
            return min((f.severity for f in found), key=lambda s: s.rank) if found else None
        if role == SELECTED_ROLE:
            return self.selection is not None and self.selection[0] <= day <= self.selection[1]
        if role == PENDING_ROLE:
            return when in self.pending
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(day, when)
        return None

    def _symbol(self, day: int) -> str:
        state = self.day_state(day)
        if state == "other_dose":
            entry = self.entry(self.date_of(day))
            dose = entry.dose_mg if entry and entry.dose_mg is not None else 0
            return f"✓ {fmt_number(dose)} mg"
        return SYMBOLS[state]

    def _tooltip(self, day: int, when: date) -> str:
        lines = [tr("Diary", "Day {day} · {date}").format(day=day, date=format_date(when))]
        state = self.day_state(day)
        text = state_label(state)
        if state in ("taken", "other_dose"):
            entry = self.entry(when)
            if entry is not None and entry.dose_mg is not None:
                text += f" {fmt_number(entry.dose_mg)} mg"
        lines.append(text)
        period = self.background_state(day)
        if period != state and period in ("interrupted", "after_discontinuation"):
            lines.append(state_label(period))
        if when in self.pending:
            lines.append(tr("Diary", "Not saved yet"))
        if (locked := self.lock_text(when)) is not None:
            lines.append(locked)
        for finding in self.findings.get(when, []):
            lines.append(f"{finding.code}: {finding.message}")
        return "\n".join(lines)


def _never_locked(_when: date) -> str | None:
    return None


def _days_of_record(record: str) -> list[date]:
    """The dates a finding's record points at (dose:<date>, diary:<first>/<last>)."""
    pointer = parse_pointer(record)
    if pointer is None or pointer.kind not in ("dose", "diary"):
        return []
    return pointer.days


class _HalfView(QTableView):
    """One half of the grid; keys and mouse go to the owning `DiaryGrid`."""

    def __init__(self, grid: DiaryGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setItemDelegate(DiaryCellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(False)
        self.setShowGrid(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(24)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def minimumSizeHint(self) -> QSize:
        """Seven readable columns, never a horizontal scroll."""
        width = 7 * self.horizontalHeader().minimumSectionSize()
        width += self.verticalHeader().sizeHint().width() + 2 * self.frameWidth() + 4
        return QSize(width, 8 * self.verticalHeader().minimumSectionSize())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.grid.handle_key(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.grid.move_to(self.grid.model.day_of_index(index), extend)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.buttons() & Qt.MouseButton.LeftButton:
            self.grid.move_to(self.grid.model.day_of_index(index), extend=True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)


class DiaryGrid(QWidget):
    """Both halves, the current day and the anchor of the selected range."""

    key_command = Signal(str)  # "taken", "missed", "clear", "dose:<text>", "digits:<text>"
    selection_changed = Signal(int, int)

    def __init__(self, model: DiaryGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current = 1
        self.anchor = 1
        self.digits = ""
        self.split = (model.weeks + 1) // 2
        self.views = (_HalfView(self, self), _HalfView(self, self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for view in self.views:
            view.setModel(model)
            layout.addWidget(view)
        model.modelReset.connect(self._hide_rows)
        self.setFocusProxy(self.views[0])
        self._hide_rows()

    def _hide_rows(self) -> None:
        for row in range(self.model.weeks):
            self.views[0].setRowHidden(row, row >= self.split)
            self.views[1].setRowHidden(row, row < self.split)

    def view_of_day(self, day: int) -> QTableView:
        return self.views[0] if (day - 1) // 7 < self.split else self.views[1]

    def move_to(self, day: int, extend: bool = False) -> None:
        day = max(1, min(self.model.last_day, day))
        self.current = day
        if not extend:
            self.anchor = day
        self.model.set_selection(self.anchor, self.current)
        view = self.view_of_day(day)
        index = self.model.index_of_day(day)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.horizontalScrollBar().setValue(0)
        if not view.hasFocus() and any(v.hasFocus() for v in self.views):
            view.setFocus()
        self.selection_changed.emit(min(self.anchor, day), max(self.anchor, day))

    def select_range(self, first: int, last: int) -> None:
        self.anchor = first
        self.move_to(last, extend=True)

    def handle_key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps: dict[int, int] = {
            Qt.Key.Key_Left.value: -1,
            Qt.Key.Key_Right.value: 1,
            Qt.Key.Key_Up.value: -7,
            Qt.Key.Key_Down.value: 7,
        }
        if key in steps:
            self.move_to(self.current + steps[key], extend)
            return True
        if key == Qt.Key.Key_Home:
            self.move_to(self.current - (self.current - 1) % 7, extend)
            return True
        if key == Qt.Key.Key_End:
            self.move_to(self.current - (self.current - 1) % 7 + 6, extend)
            return True
        if text and (text.isdigit() or (text == "." and "." not in self.digits)):
            self.digits += text
            self.key_command.emit(f"digits:{self.digits}")
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.digits:
            typed, self.digits = self.digits, ""
            self.key_command.emit(f"dose:{typed}")
            return True
        if key == Qt.Key.Key_Escape and self.digits:
            self.digits = ""
            self.key_command.emit("digits:")
            return True
        if key == Qt.Key.Key_Backspace and self.digits:
            self.digits = self.digits[:-1]
            self.key_command.emit(f"digits:{self.digits}")
            return True
        command = {"T": "taken", "M": "missed"}.get(text.upper()) if text else None
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            command = "clear"
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if command is not None and not event.modifiers() & chord:
            self.key_command.emit(command)
            return True
        return False

    def advance_after_single(self) -> None:
        """After marking one day, move to the next (a returned card is entered in order)."""
        if self.anchor == self.current:
            self.move_to(self.current + 1)
