"""Collect the Alt+letter mnemonics a window offers at one moment.

Counted: the menu bar's titles, and every visible label with a buddy, button (push,
radio, check, tool), group box title and tab title of the window. A letter used twice
sends Alt+letter to the wrong place (a menu instead of a field, and a following Return
then runs that menu's first command). A label with "&" but no buddy shows the ampersand
itself on screen; it is reported too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from baitp_desktop.gui.widgets.mnemonics import mnemonic_letter, without_mnemonic


@dataclass
class Mnemonics:
    """Which texts claim each letter, and the labels that would show a bare "&"."""

    letters: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    bare_ampersands: list[str] = field(default_factory=list)

    def add(self, text: str, where: str) -> None:
        letter = mnemonic_letter(text)
        if letter is not None:
            self.letters[letter].append(f"{where} {without_mnemonic(text)!r}")

    def clashes(self) -> dict[str, list[str]]:
        return {letter: texts for letter, texts in self.letters.items() if len(texts) > 1}


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def _inside(widget: QWidget, parts: tuple[QWidget, ...]) -> bool:
    return any(part is widget or part.isAncestorOf(widget) for part in parts)


def collect(window: QWidget, leave_out: tuple[QWidget, ...] = ()) -> Mnemonics:
    """The window's mnemonics now; `leave_out`: parts checked on their own."""
    found = Mnemonics()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                found.add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or _inside(widget, leave_out):
            continue
        if isinstance(widget, QLabel):
            if mnemonic_letter(widget.text()) is None:
                continue
            buddy = widget.buddy()
            if buddy is None:
                found.bare_ampersands.append(widget.text())
            elif _shown(buddy, window):
                found.add(widget.text(), "label")
        elif isinstance(widget, QAbstractButton):
            found.add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QGroupBox):
            found.add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    found.add(widget.tabText(index), "tab")
    return found


def menu_clashes(menu: QMenu) -> dict[str, dict[str, list[str]]]:
    """Clashes among the visible items of a menu and of each submenu (each pops up alone)."""
    found = Mnemonics()
    clashes: dict[str, dict[str, list[str]]] = {}
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        found.add(action.text(), "item")
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            clashes.update(menu_clashes(submenu))
    if found.clashes():
        clashes[without_mnemonic(menu.title())] = found.clashes()
    return clashes
