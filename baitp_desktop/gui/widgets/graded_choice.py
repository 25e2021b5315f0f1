"""A graded choice: one radio button per grade with its meaning beside it; number keys choose.

Why a widget of its own: the WHO bleeding grade (0–4) and the CTCAE grade (1–5) are both
chosen by a nurse looking at what each grade means, and both should be choosable with
one key press (UX.md: "grade by number key"). The meanings can change with the AE term
(a CTCAE term has its own grade texts, and some grades do not exist for a term), so they
are set, not fixed.

Tab reaches the group whatever was chosen before: Qt gives Tab focus only to the checked
button of an exclusive group (and keeps it on the last checked one after the choice is
cleared), so the widget decides itself which single button Tab lands on — the chosen
grade, else the first grade the term allows — and every button sits in the tab chain
(`tab_chain`) so that whichever it is can be reached.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from baitp_desktop.gui.widgets.fields import FieldError

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class GradedChoice(QWidget):
    """Grades `grades` as radio buttons, each followed by its meaning (word-wrapped).

    Number keys choose a grade while any of the buttons has the focus; `value()` is None
    until one is chosen. `edited` is emitted when the person chooses (not on set_value).
    A grade without a meaning (`set_meanings`) stays visible but cannot be chosen.
    """

    edited = Signal()

    def __init__(self, grades: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grades = tuple(grades)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QRadioButton] = {}
        self.meanings: dict[int, QLabel] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        for row, grade in enumerate(self.grades):
            button = QRadioButton(str(grade), self)
            button.installEventFilter(self)
            meaning = QLabel(self)
            meaning.setWordWrap(True)
            meaning.setBuddy(button)
            meaning.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.group.addButton(button, grade)
            self.buttons[grade] = button
            self.meanings[grade] = meaning
            layout.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(meaning, row, 1)
        self.error = FieldError(self)
        layout.addWidget(self.error, len(self.grades), 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.group.idClicked.connect(self._chosen)
        self.group.idToggled.connect(lambda _grade, _on: self._fix_tab_focus())
        self._fix_tab_focus()

    def tab_chain(self) -> list[QWidget]:
        """The buttons in order: put them all in a form's tab order (`setTabOrder`)."""
        return list(self.buttons.values())

    def set_meanings(self, meanings: Mapping[int, str | None], not_used: str = "") -> None:
        """Each grade's meaning; None shows `not_used` greyed and the grade cannot be chosen."""
        for grade, label in self.meanings.items():
            text = meanings.get(grade)
            label.setText(text if text is not None else not_used)
            label.setEnabled(text is not None)
            self.buttons[grade].setEnabled(text is not None)
        self._fix_tab_focus()

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen == -1 else chosen

    def set_value(self, value: int | None) -> None:
        """Choose a grade (None clears the choice) without emitting `edited`."""
        self.group.setExclusive(False)
        for grade, button in self.buttons.items():
            button.setChecked(grade == value)
        self.group.setExclusive(True)
        self.set_error(None)
        self._fix_tab_focus()

    def set_error(self, message: str | None) -> None:
        self.error.set_message(message)

    def error_message(self) -> str | None:
        return self.error.text() or None

    def focus_target(self) -> QRadioButton | None:
        """The button Tab lands on: the chosen grade if it can be chosen, else the first
        grade that can (None when none can, e.g. the whole form is disabled)."""
        value = self.value()
        chosen = None if value is None else self.buttons[value]
        if chosen is not None and chosen.isEnabled():
            return chosen
        return next((b for b in self.buttons.values() if b.isEnabled()), chosen)

    def focus_choice(self) -> None:
        """Focus the chosen grade's button (or the first allowed), ready for a number key."""
        target = self.focus_target()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, grade: int) -> bool:
        """Choose a grade as if the person did (emits `edited`); False if not offered."""
        button = self.buttons.get(grade)
        if button is None or not button.isEnabled():
            return False
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._chosen(grade)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            if key in _DIGIT_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.choose(_DIGIT_KEYS[key])
                return True  # a digit never reaches a button, chosen or not
        return super().eventFilter(watched, event)

    def _chosen(self, _grade: int) -> None:
        self.set_error(None)
        self._fix_tab_focus()
        self.edited.emit()

    def _fix_tab_focus(self) -> None:
        """Exactly one button takes Tab focus (see the module docstring), and a label's
        mnemonic (the widget's focus proxy) goes to the same one."""
        target = self.focus_target()
        for button in self.buttons.values():
            policy = button.focusPolicy()
            wanted = (
                policy | Qt.FocusPolicy.TabFocus
                if button is target
                else Qt.FocusPolicy(policy & ~Qt.FocusPolicy.TabFocus)
            )
            if wanted != policy:
                button.setFocusPolicy(wanted)
        if target is not None:
            self.setFocusProxy(target)
