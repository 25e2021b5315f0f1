"""Drive every entry field of a form from the keyboard, whatever the form is.

The fields are discovered by walking the widget tree for the field classes (the shared
entry fields, radio and graded choices, combo boxes, plain line edits, check boxes), so
a field added to any tab or dialog is exercised without a new test. Each kind goes
through the cycle a nurse produces when a value is refused: refused (red, message) →
corrected → cleared → refused again, typed with real key events under the application's
own style. Qt warnings and exceptions raised in slots fail the calling test (pytest-qt).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from baitp_desktop.gui.style import BaitpStyle
from baitp_desktop.gui.widgets.choice import RadioChoice
from baitp_desktop.gui.widgets.fields import DateField, EntryField, FieldError, NumberField
from baitp_desktop.gui.widgets.graded_choice import GradedChoice
from baitp_desktop.gui.widgets.mnemonics import without_mnemonic

Values = dict[type[EntryField], tuple[str, ...]]

# Values a person can type that the field may refuse (the first one refused is used) or
# accept (the first one accepted). Typing filters keep letters out of number fields.
REFUSABLE: Values = {
    DateField: ("2024-13-01", "2099-01-01"),
    NumberField: ("99999999",),
    EntryField: (" AB", "XYZ"),
}
ACCEPTABLE: Values = {
    DateField: ("2020-01-15",),
    NumberField: ("45", "1.5"),
    EntryField: ("BAITP-777", "AB"),
}
CLEAR_BUTTONS = {"Clear", "Cancel edit"}


@dataclass
class Walk:
    """What a form's walk drove: a count per kind, so a test can say nothing was skipped."""

    entries: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    radios: int = 0
    buttons: int = 0
    spins: int = 0
    graded: int = 0
    combos: int = 0
    lines: int = 0
    checks: int = 0

    @property
    def total(self) -> int:
        return (
            len(self.entries)
            + self.radios
            + self.buttons
            + self.spins
            + self.graded
            + self.combos
            + self.lines
        )


def usable(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isEnabled()


def _inside(widget: QWidget, kinds: tuple[type[QWidget], ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def entry_fields(root: QWidget) -> list[EntryField]:
    return [
        f for f in root.findChildren(EntryField) if usable(f, root) and not f.editor.isReadOnly()
    ]


def plain_lines(root: QWidget) -> list[QLineEdit]:
    """Line edits that are not part of an entry field, a combo or a spin box."""
    return [
        line
        for line in root.findChildren(QLineEdit)
        if usable(line, root)
        and not line.isReadOnly()
        and not _inside(line, (EntryField, QComboBox, QAbstractSpinBox))
    ]


def error_labels_shown(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(FieldError) if label.isVisibleTo(root)]


def _candidates(kind: Values, entry: EntryField) -> tuple[str, ...]:
    for cls, values in kind.items():
        if isinstance(entry, cls):
            return values
    return ()


class FieldDriver:
    """Key-by-key driving of the fields under one root (a window or a dialog)."""

    def __init__(self, qtbot: QtBot, root: QWidget) -> None:
        assert isinstance(QApplication.style(), BaitpStyle), "the application's own style"
        self.qtbot = qtbot
        self.root = root
        self.walk = Walk()

    # -- typing --------------------------------------------------------------------------
    def key(
        self,
        widget: QWidget,
        key: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """A key press where the keyboard sends it: to an open popup (a completer's list,
        which passes typing on to its field), else to `widget`."""
        popup = QApplication.activePopupWidget()
        self.qtbot.keyClick(popup if popup is not None else widget, key, modifier)

    def type(self, widget: QWidget, text: str) -> None:
        for character in text:
            self.key(widget, character)

    def focus(self, widget: QWidget) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:  # a person closes a completer's list before going elsewhere
            self.qtbot.keyClick(popup, Qt.Key.Key_Escape)
        window = widget.window()
        if QApplication.activeWindow() is not window:
            # the offscreen platform may leave a combo's hidden list "active" after a
            # type-ahead search; a real window manager gives the form back
            window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(widget.hasFocus, timeout=5000)

    def clear(self, line: QLineEdit) -> None:
        """Select all and Backspace, as a person clears a field."""
        self.key(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.key(line, Qt.Key.Key_Backspace)
        assert line.text() == ""

    def leave(self, widget: QWidget) -> None:
        """Move the focus on with Tab (the field checks its value on leaving)."""
        self.key(widget, Qt.Key.Key_Tab)
        self.qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=5000)

    def _probe(self, entry: EntryField, values: tuple[str, ...], refused: bool) -> str | None:
        """The first value that the field refuses (or accepts), found by typing it."""
        for value in values:
            self.clear(entry.editor)
            self.type(entry.editor, value)
            if entry.editor.text() == value and (entry.problem() is not None) == refused:
                self.clear(entry.editor)
                return value
        self.clear(entry.editor)
        return None

    # -- the cycles ----------------------------------------------------------------------
    def entry_cycle(self, entry: EntryField, rounds: int = 2) -> None:
        """Refused → corrected → cleared → refused again, `rounds` times."""
        name = type(entry).__name__
        self.focus(entry.editor)
        bad = self._probe(entry, _candidates(REFUSABLE, entry), refused=True)
        good = self._probe(entry, _candidates(ACCEPTABLE, entry), refused=False)
        assert good is not None, f"{name}: no acceptable value typed"
        self.walk.entries.append(name)
        if bad is not None:
            self.walk.refused.append(name)
        for _ in range(rounds):
            if bad is not None:
                self.focus(entry.editor)
                self.type(entry.editor, bad)
                self.leave(entry.editor)
                message = entry.problem()
                assert message is not None
                assert entry.error.isVisibleTo(entry) and entry.error_message() == message
                assert entry.editor.property("invalid") is True
                self.focus(entry.editor)
                for _character in bad:
                    self.key(entry.editor, Qt.Key.Key_Backspace)
                assert entry.editor.text() == ""
            else:
                self.focus(entry.editor)
            self.type(entry.editor, good)
            assert entry.text() == good.strip()
            assert not entry.error.isVisibleTo(entry), entry.error_message()
            assert entry.editor.property("invalid") is not True
            self.leave(entry.editor)
            assert entry.error_message() is None
            self.focus(entry.editor)
            self.clear(entry.editor)
            assert not entry.error.isVisibleTo(entry)
            assert entry.editor.property("invalid") is not True

    def radio_cycle(self, choice: RadioChoice) -> None:
        """Each answer key, then Delete and Backspace clear; a "required" goes on an answer."""
        self.walk.radios += 1
        for value, _label, key in choice.options():
            choice.set_error("required")
            self.focus(choice)
            self.qtbot.keyClick(choice, key.lower())
            assert choice.value() == value
            assert choice.error_message() is None and not choice.error.isVisibleTo(choice)
        for clear in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.focus(choice)
            self.qtbot.keyClick(choice, clear)
            assert choice.value() is None

    def graded_cycle(self, graded: GradedChoice) -> None:
        """Every number key: an allowed grade is chosen, another changes nothing."""
        self.walk.graded += 1
        for grade, button in graded.buttons.items():
            before = graded.value()
            graded.set_error("required")
            graded.focus_choice()
            target = QApplication.focusWidget()
            assert target in graded.buttons.values()
            self.qtbot.keyClick(target, str(grade))
            if button.isEnabled():
                assert graded.value() == grade and graded.error_message() is None
            else:
                assert graded.value() == before
        graded.set_value(None)

    def combo_cycle(self, combo: QComboBox) -> None:
        """Type-ahead: the first letter of each item chooses an item starting with it."""
        self.walk.combos += 1
        interval = QApplication.keyboardInputInterval()
        QApplication.setKeyboardInputInterval(0)  # each key starts a new search
        try:
            for index in range(combo.count()):
                text = combo.itemText(index)
                first = text[:1]
                if not first.isalnum() or not combo.isEnabled():
                    continue
                self.focus(combo)
                self.qtbot.wait(2)  # longer than the interval: a new search, not "ab"
                self.qtbot.keyClick(combo, first)
                assert combo.currentText()[:1].casefold() == first.casefold(), (text, combo)
        finally:
            QApplication.setKeyboardInputInterval(interval)

    def radio_button_cycle(self, button: QRadioButton) -> None:
        """A plain radio button (a list of reasons): Space chooses it."""
        self.walk.buttons += 1
        self.focus(button)
        self.qtbot.keyClick(button, Qt.Key.Key_Space)
        assert button.isChecked()

    def spin_cycle(self, spin: QAbstractSpinBox) -> None:
        """Typed digits, then the arrow keys step the value; the text stays a number."""
        self.walk.spins += 1
        self.focus(spin)
        self.qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(spin, "5")
        before = spin.text()
        self.qtbot.keyClick(spin, Qt.Key.Key_Up)
        self.qtbot.keyClick(spin, Qt.Key.Key_Down)
        assert spin.text() == before
        self.qtbot.keyClick(spin, Qt.Key.Key_Backspace)
        self.leave(spin)
        assert spin.text()  # an empty spin box falls back to its last valid value

    def line_cycle(self, line: QLineEdit) -> None:
        self.walk.lines += 1
        self.focus(line)
        self.clear(line)
        self.qtbot.keyClicks(line, "abc")
        for _ in range(3):
            self.qtbot.keyClick(line, Qt.Key.Key_Backspace)
        assert line.text() == ""
        self.qtbot.keyClicks(line, "xyz")
        self.clear(line)

    def text_cycle(self, text: QPlainTextEdit) -> None:
        self.walk.lines += 1
        self.focus(text)
        self.qtbot.keyClicks(text, "abc")
        self.qtbot.keyClick(text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(text, Qt.Key.Key_Backspace)
        assert text.toPlainText() == ""

    def check_cycle(self, box: QCheckBox) -> None:
        """Space ticks a box and reveals what it reveals; the fields under it are walked."""
        self.walk.checks += 1
        before = box.isChecked()
        self.focus(box)
        self.qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked() != before

    # -- a whole form --------------------------------------------------------------------
    def drive_all(self) -> Walk:
        """Every field under the root; then each check box ticked and the fields it
        revealed; then the form's Clear button, which leaves no message behind."""
        done: set[int] = set()
        self._drive_visible(done)
        for box in [b for b in self.root.findChildren(QCheckBox) if usable(b, self.root)]:
            if usable(box, self.root):
                self.check_cycle(box)
                self._drive_visible(done)
        for button in self.clear_buttons():
            self.focus(button)
            self.qtbot.keyClick(button, Qt.Key.Key_Space)
            assert not error_labels_shown(self.root), error_labels_shown(self.root)
        return self.walk

    def clear_buttons(self) -> list[QPushButton]:
        return [
            b
            for b in self.root.findChildren(QPushButton)
            if usable(b, self.root) and without_mnemonic(b.text()) in CLEAR_BUTTONS
        ]

    def _drive_visible(self, done: set[int]) -> None:
        for widget in self._fields():
            key = id(widget)
            if key in done or not usable(widget, self.root):
                continue
            done.add(key)
            if isinstance(widget, EntryField):
                if not widget.editor.isReadOnly():
                    self.entry_cycle(widget)
            elif isinstance(widget, RadioChoice):
                self.radio_cycle(widget)
            elif isinstance(widget, GradedChoice):
                self.graded_cycle(widget)
            elif isinstance(widget, QComboBox):
                self.combo_cycle(widget)
            elif isinstance(widget, QPlainTextEdit):
                if not widget.isReadOnly():
                    self.text_cycle(widget)
            elif isinstance(widget, QLineEdit):
                self.line_cycle(widget)
            elif isinstance(widget, QRadioButton):
                self.radio_button_cycle(widget)
            elif isinstance(widget, QAbstractSpinBox):
                self.spin_cycle(widget)

    def _fields(self) -> Iterator[QWidget]:
        root = self.root
        yield from entry_fields(root)
        yield from (w for w in root.findChildren(RadioChoice) if usable(w, root))
        yield from (w for w in root.findChildren(GradedChoice) if usable(w, root))
        yield from (w for w in root.findChildren(QComboBox) if usable(w, root))
        yield from (w for w in root.findChildren(QPlainTextEdit) if usable(w, root))
        yield from plain_lines(root)
        yield from (
            w
            for w in root.findChildren(QRadioButton)
            if usable(w, root) and not _inside(w, (RadioChoice, GradedChoice))
        )
        yield from (w for w in root.findChildren(QAbstractSpinBox) if usable(w, root))
