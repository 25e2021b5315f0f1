"""The dialog that explains a finding, or withdraws its explanation (PROTOCOL.md §13).

The finding stays; the reason says why it is acceptable ("in hospital elsewhere"). The
reason is checked as the core checks it (1–500 characters once trimmed) while it is
typed, with the count shown, so a refusal is seen at the field before anything is sent.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QWidget

from baitp_desktop.core.explanations import REASON_MAX_CHARACTERS, check_reason
from baitp_desktop.core.findings import Finding
from baitp_desktop.gui.dialogs.form_parts import fit_title, ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.locale_format import format_date
from baitp_desktop.gui.style import severity_label
from baitp_desktop.gui.widgets.fields import FieldError
from baitp_desktop.i18n import tr


class ExplainDialog(QDialog):
    """Asks the reason; `reason()` is the trimmed text once accepted."""

    def __init__(self, finding: Finding, withdraw: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        self.withdraw = withdraw
        if withdraw:
            self.setWindowTitle(tr("Explain", "Withdraw the explanation"))
            prompt = tr("Explain", "Why is the explanation withdrawn?")
            ok_text = tr("Explain", "Withdraw")
        else:
            self.setWindowTitle(tr("Explain", "Explain the finding"))
            prompt = tr("Explain", "Why is this finding acceptable? (it stays recorded)")
            ok_text = tr("Explain", "Explain")
        what = QLabel(
            tr("Explain", "{severity} · {code} · {date}\n{message}").format(
                severity=severity_label(finding.severity),
                code=finding.code,
                date=format_date(finding.date),
                message=finding.message,
            ),
            self,
        )
        what.setWordWrap(True)
        current = QLabel(self)
        current.setWordWrap(True)
        current.setProperty("role", "hint")
        if finding.explained:
            current.setText(
                tr("Explain", "Explained now: {reason}").format(reason=finding.explained)
            )
        else:
            current.hide()
        label = QLabel(prompt, self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(prompt)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        label.setBuddy(self.text)
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        self.error = FieldError(self)
        self.buttons = ok_cancel_buttons(self, self._accept, ok_text)
        stacked(self, what, current, label, self.text, self.count, self.error, self.buttons)
        self.text.textChanged.connect(self._typed)
        self._typed()
        self.resize(520, self.sizeHint().height())
        fit_title(self)

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _typed(self) -> None:
        length = len(self.reason())
        self.count.setText(
            tr("Explain", "{n} of {max} characters").format(n=length, max=REASON_MAX_CHARACTERS)
        )
        if self.error.isVisible():
            self.error.set_message(check_reason(self.text.toPlainText()))
        ok_button(self.buttons).setEnabled(True)

    def _accept(self) -> None:
        problem = check_reason(self.text.toPlainText())
        self.error.set_message(problem)
        if problem is None:
            self.accept()
        else:
            self.text.setFocus()
