"""A row of radio buttons answered from the keyboard: one key per option, then focus moves on.

`RadioChoice.yes_no()` is the yes/no pair of the screening criteria (Y / N); the widget
itself takes the focus (the buttons are for the mouse), shows it with a highlight, and on
an answer key sets the answer and moves the focus to the next field, so a nurse answers
fourteen criteria with fourteen key presses. Delete clears the answer. Reusable in any
tab and dialog (sex, a dosing decision, serious yes/no).

A refusal ("required") is shown under the buttons (`set_error`) and goes away as soon as
an answer is given, like the message of an entry field.

The focus highlight is painted, not set as a style sheet: a style sheet changed at run
time re-polishes the widget under the application's style, the pattern that once
corrupted the heap (see `widgets.fields.set_invalid`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.gui.widgets.fields import FieldError
from baitp_desktop.i18n import tr

FOCUS_HIGHLIGHT = "#d7e6fb"


class RadioChoice(QFrame):
    """One answer out of a few (or none); `value()` is the chosen option's value or None."""

    edited = Signal()

    def __init__(
        self, options: Sequence[tuple[Any, str, str]], parent: QWidget | None = None
    ) -> None:
        """`options`: (value, label, key letter) per radio button."""
        super().__init__(parent)
        self.setObjectName("radio_choice")
        self.setProperty("entry", True)  # a field to fill in (dialogs focus the first empty one)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so that "not answered" can come back
        self._options = list(options)
        self.buttons: list[QRadioButton] = []
        self._read_only = False
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for index, (_value, label, _key) in enumerate(self._options):
            button = QRadioButton(label, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, index)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self._group.idClicked.connect(self._clicked)
        keys = "/".join(key for _v, _l, key in self._options)
        self.setToolTip(tr("Field", "Keys: {keys}; Delete clears").format(keys=keys))
        self._value: Any = None

    @classmethod
    def yes_no(cls, parent: QWidget | None = None) -> RadioChoice:
        return cls([(True, tr("Field", "Yes"), "Y"), (False, tr("Field", "No"), "N")], parent)

    def options(self) -> list[tuple[Any, str, str]]:
        """(value, label, key letter) of each answer, in order."""
        return list(self._options)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        """Show `value` (None = not answered) without emitting `edited`; clears any error."""
        self._value = value
        for (option, _label, _key), button in zip(self._options, self.buttons, strict=True):
            button.setChecked(value is not None and option == value)
        self.set_error(None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)

    def set_error(self, message: str | None) -> None:
        """Show why the answer is refused (e.g. "required") until an answer is given."""
        self.error.set_message(message)

    def error_message(self) -> str | None:
        return self.error.text() or None

    def _answer(self, value: Any) -> None:
        if self._read_only:
            return
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.edited.emit()

    def _clicked(self, index: int) -> None:
        value = self._options[index][0]
        # A click on the checked button unchecks it in a non-exclusive group: keep it.
        self._answer(value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        for value, _label, key in self._options:
            if text and text == key.upper():
                self._answer(value)
                self.focusNextChild()
                return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._answer(None)
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._options:
            values = [v for v, _l, _k in self._options]
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            current = values.index(self._value) if self._value in values else -step
            self._answer(values[(current + step) % len(values)])
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(FOCUS_HIGHLIGHT))
            painter.drawRoundedRect(QRectF(self.rect()), 3, 3)
            painter.end()
        super().paintEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
