"""The reason-for-change dialog: a common reason in one keystroke, or a typed one.

Shown when a save would change or delete a value that was already saved (the service
refuses it without a reason), and when signed data is unlocked. The reason is stored in
the audit trail exactly as chosen or typed. Each change is named as it will be audited,
in the words of the forms: the record, the field, the old and the new value
("Platelet count 2023-02-20: Platelet count 45 → 54"), or "delete" for a deletion
(`change_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.numbers import fmt_number
from baitp_desktop.gui.dialogs.form_parts import fit_title, ok_cancel_buttons
from baitp_desktop.gui.field_labels import field_label
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.i18n import tr, tr_noop
from baitp_desktop.service.errors import ChangeNeedingReason

COMMON_REASONS: tuple[str, ...] = (
    tr_noop("Reason", "Transcription error"),
    tr_noop("Reason", "Data entry error"),
    tr_noop("Reason", "Source document updated"),
    tr_noop("Reason", "Late entry from source"),
    tr_noop("Reason", "Query resolution"),
)
MAX_SHOWN = 8


def value_text(value: str | None) -> str:
    """An audited value (canonical text) as the forms show it."""
    if value is None or value == "":
        return tr("Reason", "(empty)")
    if value in ("true", "false"):
        return tr("Field", "Yes") if value == "true" else tr("Field", "No")
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        pass
    try:
        return fmt_number(float(value))
    except ValueError:
        return value


def change_lines(
    changes: Sequence[ChangeNeedingReason], config: ProtocolConfig | None = None
) -> list[str]:
    """One line per change: the record, the field, old → new; or the record and "delete"."""
    lines = []
    for change in changes:
        if change.field is None:
            lines.append(tr("Reason", "{record}: delete").format(record=change.record))
            continue
        label = field_label(change.field, config) or tr("Reason", "a value")
        lines.append(
            tr("Reason", "{record}: {field} {old} → {new}").format(
                record=change.record,
                field=label,
                old=value_text(change.old),
                new=value_text(change.new),
            )
        )
    return lines


class ReasonDialog(QDialog):
    """Choose one of `COMMON_REASONS` (keys 1–5) or "Other" and type it; `reason()`."""

    def __init__(
        self,
        records: Sequence[str],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        prompt: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(title or tr("Reason", "Reason for change"))
        shown = list(records[:MAX_SHOWN])
        if len(records) > MAX_SHOWN:
            shown.append(tr("Reason", "… and {n} more").format(n=len(records) - MAX_SHOWN))
        intro = QLabel(prompt or tr("Reason", "A reason is needed for:"), self)
        listing = QLabel("\n".join(f"• {r}" for r in shown), self)
        listing.setObjectName("reason_records")
        listing.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing)
        layout.addWidget(QLabel(tr("Reason", "Reason for the change:"), self))
        for number, text in enumerate(COMMON_REASONS, start=1):
            button = QRadioButton(f"{number}  {tr('Reason', text)}", self)
            button.setProperty("reason", tr("Reason", text))
            self.group.addButton(button, number)
            self.choices.append(button)
            layout.addWidget(button)
        self.other = QRadioButton(tr("Reason", "&Other:"), self)
        self.group.addButton(self.other, 0)
        self.other_text = QLineEdit(self)
        self.other_text.setObjectName("reason_other")
        self.other_text.setPlaceholderText(tr("Reason", "type the reason"))
        self.other_text.setAccessibleName(tr("Reason", "Other reason"))
        layout.addWidget(self.other)
        layout.addWidget(self.other_text)
        self.buttons = ok_cancel_buttons(self, self.accept)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._update)
        self.other_text.textEdited.connect(self._typed)
        self._update()
        readable = self.fontMetrics().horizontalAdvance("x" * 60)  # a change on one line
        self.setMinimumWidth(max(self.sizeHint().width(), readable))
        fit_title(self)  # the title shown whole, in every language

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1–5 choose a common reason (unless the "Other" text has the focus)."""
        number = event.key() - Qt.Key.Key_1 + 1
        if 1 <= number <= len(self.choices) and not self.other_text.hasFocus():
            self.choices[number - 1].setChecked(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
            return
        super().keyPressEvent(event)

    def _typed(self, _text: str) -> None:
        self.other.setChecked(True)
        self._update()

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.reason() is not None)
        self.other_text.setEnabled(True)

    def reason(self) -> str | None:
        """The chosen or typed reason; None while there is none."""
        checked = self.group.checkedButton()
        if checked is None:
            return None
        if checked is self.other:
            return self.other_text.text().strip() or None
        return str(checked.property("reason"))


def ask_reason(parent: QWidget | None, records: Sequence[str]) -> str | None:
    """`GuiContext.ask_reason`: the reason chosen or typed, or None when cancelled."""
    dialog = ReasonDialog(records, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason()
