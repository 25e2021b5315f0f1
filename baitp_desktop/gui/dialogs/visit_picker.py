"""Choosing the visit to print: every visit with its window, the signed ones marked.

Why not a plain list of names: an investigator prints the signed visit summary for the
site file, so which visits are signed is what they look for; a signed visit carries the
padlock icon (the one the record tables use for signed data) and the word "signed", so
the mark does not rest on the icon alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QWidget

from baitp_desktop.gui.dialogs.form_parts import ok_cancel_buttons, stacked
from baitp_desktop.gui.style import lock_icon
from baitp_desktop.i18n import tr

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitChoice(NamedTuple):
    """One visit offered: its id (not shown), what is shown, and whether it is signed."""

    visit_id: str
    label: str
    signed: bool = False

    @property
    def text(self) -> str:
        """The label, with "signed" after it for a signed visit."""
        if not self.signed:
            return self.label
        return tr("Print", "{visit} — signed").format(visit=self.label)


class VisitPicker(QDialog):
    """The visits in a list (Enter or a double-click chooses); `chosen()` after accept."""

    def __init__(
        self, choices: Sequence[VisitChoice], preselected: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visit_picker")
        self.setWindowTitle(tr("Print", "Visit summary"))
        self.choices = list(choices)
        prompt = QLabel(tr("Print", "&Visit:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("visit_list")
        prompt.setBuddy(self.list)
        self.list.setIconSize(QSize(16, 16))
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)  # unsigned visits keep the names aligned
        for choice in self.choices:
            item = QListWidgetItem(choice.text, self.list)
            item.setData(VISIT_ROLE, choice.visit_id)
            if choice.signed:
                item.setIcon(lock_icon())
                item.setToolTip(tr("Print", "Signed: the summary shows the signature."))
            else:
                item.setIcon(QIcon(blank))
        if self.choices:
            self.list.setCurrentRow(min(max(preselected, 0), len(self.choices) - 1))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons = ok_cancel_buttons(self, self.accept)
        stacked(self, prompt, self.list, self.buttons)
        width = max((self.list.fontMetrics().horizontalAdvance(c.text) for c in choices), default=0)
        self.list.setMinimumWidth(width + 60)  # the icon and the scroll bar beside the text
        self.list.setFocus()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(VISIT_ROLE))


def ask_visit(parent: QWidget, choices: list[VisitChoice], preselected: int) -> str | None:
    """The visit chosen (its id), or None when the person cancels."""
    picker = VisitPicker(choices, preselected, parent)
    try:
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return picker.chosen()
    finally:
        picker.deleteLater()
