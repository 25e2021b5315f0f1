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
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Dialog", "Unsaved changes"))
    box.setText(tr("Dialog", "There are unsaved changes in: {tabs}.").format(tabs=", ".join(what)))
    box.setInformativeText(tr("Dialog", "Save them before leaving this participant?"))
    save = box.addButton(tr("Dialog", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Dialog", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Dialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL
