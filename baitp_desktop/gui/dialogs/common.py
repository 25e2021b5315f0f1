"""The application's small questions and its one place that shows a user-facing error.

`show_error` is what `GuiContext.show_error` calls; `ask_unsaved` is asked before unsaved
edits would be left (switching participant, closing the window). Tests replace these
callables on the objects that hold them instead of clicking real message boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget

from baitp_desktop.i18n import tr


class UnsavedChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def show_error(parent: QWidget | None, message: str) -> None:
    """Show a UserFacingError's message as it stands (never a traceback)."""
    QMessageBox.warning(parent, tr("Dialog", "baitp-desktop"), message)


def ask_unsaved(parent: QWidget | None, what: Sequence[str]) -> UnsavedChoice:
    """Save / Discard / Cancel for unsaved edits in the named tabs."""
    answer = ask_three_ways(
        parent,
        tr("Dialog", "Unsaved changes"),
        tr("Dialog", "There are unsaved changes in: {tabs}.").format(tabs=", ".join(what)),
        tr("Dialog", "Save them before leaving this participant?"),
        (tr("Dialog", "Save"), tr("Dialog", "Discard changes"), tr("Dialog", "Cancel")),
    )
    return (UnsavedChoice.SAVE, UnsavedChoice.DISCARD, UnsavedChoice.CANCEL)[answer]


def ask_three_ways(
    parent: QWidget | None, title: str, text: str, informative: str, labels: Sequence[str]
) -> int:
    """A question with (keep/do it, throw away, not now) buttons: 0, 1 or 2 (also Escape)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    accept, destroy, later = labels
    buttons = (
        box.addButton(accept, QMessageBox.ButtonRole.AcceptRole),
        box.addButton(destroy, QMessageBox.ButtonRole.DestructiveRole),
        box.addButton(later, QMessageBox.ButtonRole.RejectRole),
    )
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[2])
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, button in enumerate(buttons) if button is clicked), 2)
