"""The parts every form dialog here is assembled from, so they all behave alike.

OK runs the dialog's own check, which accepts or shows at the field why not (a dialog
never closes on a bad entry); Cancel and Escape reject without saving anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QPushButton, QVBoxLayout, QWidget

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel_buttons(
    dialog: QDialog, on_ok: Callable[[], object], ok_text: str | None = None
) -> QDialogButtonBox:
    """OK (labelled `ok_text`, e.g. "Sign") wired to `on_ok`, Cancel to reject."""
    buttons = QDialogButtonBox(_OK | _CANCEL, dialog)
    if ok_text:
        ok_button(buttons).setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    """The OK button (tests click it; forms enable it when the entry is complete)."""
    return buttons.button(_OK)


def stacked(dialog: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The dialog's layout: `parts` top to bottom (forms, notes, error label, buttons)."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
