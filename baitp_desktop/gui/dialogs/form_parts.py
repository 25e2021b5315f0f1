"""The parts every form dialog here is assembled from, so they all behave alike.

OK runs the dialog's own check, which accepts or shows at the field why not (a dialog
never closes on a bad entry); Cancel and Escape reject without saving anything.

A form dialog opens ready for typing: the keyboard focus is in its first empty field
(never on a button, where a stray Space or Enter once cancelled a sign-in and quit),
Tab walks the fields before the buttons, and Enter in a field means OK (the default
button), not Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

TITLE_ROOM = 140  # a window frame's icon and buttons beside the title
_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def ok_cancel_buttons(
    dialog: QDialog, on_ok: Callable[[], object], ok_text: str | None = None
) -> QDialogButtonBox:
    """OK (labelled `ok_text`, e.g. "Sign") wired to `on_ok`, Cancel to reject.

    OK is the default button (Enter in a field), and the dialog opens with the focus in
    its first empty field (`FocusFirstEmpty`).
    """
    buttons = QDialogButtonBox(_OK | _CANCEL, dialog)
    ok = ok_button(buttons)
    if ok_text:
        ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    FocusFirstEmpty(dialog, buttons)
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


def focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget in `window`'s focus chain, in Tab order (whatever its focus policy)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def takes_tab_focus(widget: QWidget, window: QWidget) -> bool:
    """Would Tab stop at `widget` (shown, enabled, accepting Tab focus) in `window`?"""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(window)
    )


def is_entry(widget: QWidget) -> bool:
    """A place to type or choose a value (not a command button)."""
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(
        widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox | QComboBox
    ) or bool(widget.property("entry"))


def is_empty(widget: QWidget) -> bool:
    """Nothing typed or chosen yet (a read-only field is never empty: nothing to type)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and not widget.text()
    if isinstance(widget, QPlainTextEdit):
        return not widget.isReadOnly() and not widget.toPlainText()
    if isinstance(widget, QRadioButton):
        group = widget.group()
        return group is not None and group.checkedButton() is None
    value = getattr(widget, "value", None)  # RadioChoice: None until answered
    return bool(widget.property("entry")) and callable(value) and value() is None


def first_empty_entry(window: QWidget) -> QWidget | None:
    """The first entry in Tab order that is still empty, else the first entry at all."""
    entries = [w for w in focus_chain(window) if takes_tab_focus(w, window) and is_entry(w)]
    return next((w for w in entries if is_empty(w)), entries[0] if entries else None)


class FocusFirstEmpty(QObject):
    """Each time a dialog is shown: its buttons last in Tab order, the focus in the first
    empty entry. Installed by `ok_cancel_buttons` on every form dialog.

    It keeps no Python state (its parent is the button box, the watched object the
    dialog): Qt may still deliver the dialog's last events after Python has let go of
    this object's attributes at shutdown.
    """

    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox) -> None:
        super().__init__(buttons)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        buttons = self.parent()
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and isinstance(buttons, QDialogButtonBox)
        ):
            buttons_last(watched, buttons)
            fit_title(watched)
            entry = first_empty_entry(watched)
            if entry is not None:
                entry.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


def fit_title(dialog: QWidget) -> None:
    """Wide enough that the window's title is not cut (the frame's buttons sit beside it)."""
    title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_ROOM
    if dialog.width() < title or dialog.minimumWidth() < title:
        dialog.setMinimumWidth(max(dialog.minimumWidth(), title))


def buttons_last(dialog: QWidget, buttons: QDialogButtonBox) -> None:
    """Put the button box's buttons after every other widget in the Tab order."""
    chain = focus_chain(dialog)
    in_box = [w for w in chain if w.parent() is buttons]
    others = [w for w in chain if w not in in_box and takes_tab_focus(w, dialog)]
    if not others:
        return
    previous = others[-1]
    for button in in_box:
        QWidget.setTabOrder(previous, button)
        previous = button
