"""The signing dialog: what is signed, the meaning, the printed name, the password.

The investigator sees exactly what the signature will cover (a visit and its dates, or
the whole casebook), the meaning of the signature, and the name that will be printed
with it, and types their password again (21 CFR 11.200). A wrong password is refused
here and counts towards the account lockout.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from baitp_desktop.core.errors import InvalidInput, UserFacingError
from baitp_desktop.core.signatures import SIGNATURE_MEANING, SignatureRecord, VisitScope
from baitp_desktop.gui.compliance.login import error_label, password_field
from baitp_desktop.gui.dialogs.form_parts import ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.display import person_name
from baitp_desktop.gui.locale_format import format_date, format_datetime
from baitp_desktop.i18n import tr
from baitp_desktop.service.signatures import SignatureService


def coverage_text(participant_id: str, visit: VisitScope | None) -> str:
    """What a signature covers, in words."""
    if visit is None:
        return tr("Sign", "The whole casebook of {pid}: every form and record.").format(
            pid=participant_id
        )
    if visit.first is None or visit.last is None:
        return tr("Sign", "{visit} of {pid}: the screening form.").format(
            visit=visit.label, pid=participant_id
        )
    return tr("Sign", "{visit} of {pid}: the records dated {first} to {last}.").format(
        visit=visit.label,
        pid=participant_id,
        first=format_date(visit.first),
        last=format_date(visit.last),
    )


def dates_text(visit: VisitScope | None) -> str:
    """What a signature covers, in a few words (a table cell)."""
    if visit is None:
        return tr("Sign", "every form and record")
    if visit.first is None or visit.last is None:
        return tr("Sign", "the screening form")
    return tr("Sign", "records dated {first} to {last}").format(
        first=format_date(visit.first), last=format_date(visit.last)
    )


def signature_text(signature: SignatureRecord) -> str:
    """A signature as shown on screen: printed name, user, UTC time, meaning (and voiding)."""
    text = tr("Sign", "Signed by {name} ({user}) on {when} UTC — “{meaning}”").format(
        name=signature.printed_name,
        user=signature.username,
        when=format_datetime(signature.signed_at_utc),
        meaning=tr("Signature", signature.meaning),
    )
    if signature.void:
        when = format_datetime(signature.voided_at_utc) if signature.voided_at_utc else "?"
        text += "\n" + tr("Sign", "VOID since {when} UTC, by {by}: {why}").format(
            when=when, by=signature.voided_by, why=signature.void_reason
        )
    return text


class SignDialog(QDialog):
    """Signs one visit (or the casebook when `visit` is None); `signature` after success."""

    def __init__(
        self,
        service: SignatureService,
        participant_id: str,
        visit: VisitScope | None,
        expected_version: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_dialog")
        self.setWindowTitle(tr("Sign", "Electronic signature"))
        self.service = service
        self.participant_id = participant_id
        self.visit = visit
        self.expected_version = expected_version
        self.signature: SignatureRecord | None = None

        self.what = QLabel(coverage_text(participant_id, visit), self)
        self.what.setObjectName("sign_what")
        self.what.setWordWrap(True)
        self.meaning = QLabel("“" + tr("Signature", SIGNATURE_MEANING) + "”", self)
        self.meaning.setObjectName("sign_meaning")
        self.meaning.setWordWrap(True)
        self.meaning.setProperty("role", "header")
        actor = service.actor
        self.name = QLabel(f"{person_name(actor)} ({actor.username})", self)
        self.name.setObjectName("sign_name")
        self.password = password_field(self, "password")
        self.error = error_label(self)
        note = QLabel(
            tr(
                "Sign",
                "Signing locks this data: changing it later needs an unlock with a reason, "
                "which voids the signature.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(tr("Sign", "You sign:"), self.what)
        form.addRow(tr("Sign", "Meaning:"), self.meaning)
        form.addRow(tr("Sign", "Printed name:"), self.name)
        form.addRow(tr("Sign", "&Password:"), self.password)
        self.buttons = ok_cancel_buttons(self, self._sign, tr("Sign", "&Sign"))
        self.sign_button = ok_button(self.buttons)
        stacked(self, form, note, self.error, self.buttons)
        self.resize(560, self.sizeHint().height())
        self.password.setFocus()

    def _sign(self) -> None:
        password = self.password.text()
        self.password.clear()
        try:
            if self.visit is None:
                self.signature = self.service.sign_casebook(
                    self.participant_id, password, expected_version=self.expected_version
                )
            else:
                self.signature = self.service.sign_visit(
                    self.participant_id,
                    self.visit.visit_id,
                    password,
                    expected_version=self.expected_version,
                )
        except InvalidInput as refused:
            self.error.setText("\n".join(p.message for p in refused.problems))
            return
        except UserFacingError as refused:
            self.error.setText(str(refused))
            return
        self.accept()
