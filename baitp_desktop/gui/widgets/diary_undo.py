"""Undo and redo over the diary's unsaved edits (Edit > Undo, Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y).

A returned card is entered fast (select Days 1–28, T, then M on the missed days), and a
wrong key over a range must be easy to take back before the diary is saved. Each
keystroke that marks days is one `DiaryEdit` on the tab's QUndoStack, however many days
it covers; undoing it puts those days' unsaved edits back exactly as they were (an edit,
or none). Only unsaved edits are undone: saving or discarding empties the stack, and a
saved value is changed again by a new edit (with its reason for change).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from baitp_desktop.gui.widgets.diary_grid import DayEntry, DiaryGridModel, PendingEdits
from baitp_desktop.i18n import tr

ShowDays = Callable[[int, int], None]


def days_text(first: int, last: int) -> str:
    if first == last:
        return tr("Diary", "Day {day}").format(day=first)
    return tr("Diary", "Days {first}–{last}").format(first=first, last=last)


class DiaryEdit(QUndoCommand):
    """One keystroke's mark (T, M, Delete or a dose) over a range of days."""

    def __init__(
        self,
        model: DiaryGridModel,
        days: list[int],
        entry: DayEntry | None,
        show_days: ShowDays,
    ) -> None:
        super().__init__(tr("Diary", "diary {days}").format(days=days_text(days[0], days[-1])))
        self.model = model
        self.days = days
        self.entry = entry
        self.show_days = show_days
        self.before: PendingEdits = model.pending_of(days)
        self.after: PendingEdits | None = None

    def redo(self) -> None:
        if self.after is None:  # the first time: the edit itself
            self.model.set_entries(self.days, self.entry)
            self.after = self.model.pending_of(self.days)
            self.setObsolete(self.after == self.before)  # nothing changed: no undo step
            return
        self.model.put_pending(self.after)
        self.show_days(self.days[0], self.days[-1])

    def undo(self) -> None:
        self.model.put_pending(self.before)
        self.show_days(self.days[0], self.days[-1])
