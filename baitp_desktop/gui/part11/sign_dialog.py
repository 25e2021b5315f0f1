"""The signing dialog: what is signed, the meaning, the printed name, the key, the password.

The investigator sees exactly what the signature will cover (what the visit's summary
prints, with its dates, or the whole casebook), the meaning of the signature, the name
that will be printed with it and the fingerprint of their signing key, and types their
password again (21 CFR 11.200): it opens the key. A wrong password is refused here and
counts towards the account lockout; a visit that cannot be signed yet (window not open,
still running without a count, nothing recorded) says why and offers no Sign button.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from baitp_desktop.core.coverage import Coverage
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.signatures import (
    SIGNATURE_MEANING,
    SignatureRecord,
    SignatureStatus,
    VisitScope,
)
from baitp_desktop.core.signing_crypto import grouped
from baitp_desktop.gui.dialogs.form_parts import ok_button, ok_cancel_buttons, stacked
from baitp_desktop.gui.display import person_name
from baitp_desktop.gui.locale_format import format_date, format_datetime
from baitp_desktop.gui.part11.login import error_label, password_field, refusal_text
from baitp_desktop.i18n import tr
from baitp_desktop.service.signatures import SignatureService


def coverage_text(participant_id: str, visit: VisitScope | None) -> str:
    """What a signature covers, in words."""
    if visit is None:
        return tr("Sign", "The whole casebook of {pid}: every form and record.").format(
            pid=participant_id
        )
    coverage = visit.coverage
    if coverage is None or coverage.is_screening or coverage.first is None:
        return tr("Sign", "{visit} of {pid}: the screening form.").format(
            visit=visit.label, pid=participant_id
        )
    return tr(
        "Sign",
        "{visit} of {pid}: what its visit summary prints — the counts of its window, its WHO "
        "grade, and the diary, dosing decisions, adverse events and rescue therapy since the "
        "last visit ({first} to {last}) — and the records those numbers are computed from "
        "(Day 1, earlier counts and dosing decisions).",
    ).format(
        visit=visit.label,
        pid=participant_id,
        first=format_date(coverage.first),
        last=format_date(coverage.last or coverage.first),
    )


def dates_text(coverage: Coverage | None) -> str:
    """What a signature covers, in a few words (a table cell); None: the casebook."""
    if coverage is None or coverage.is_casebook:
        return tr("Sign", "every form and record")
    if coverage.is_screening or coverage.first is None or coverage.last is None:
        return tr("Sign", "the screening form")
    if coverage.legacy:
        return tr("Sign", "records dated {first} to {last}").format(
            first=format_date(coverage.first), last=format_date(coverage.last)
        )
    return tr("Sign", "since the last visit: {first} to {last}").format(
        first=format_date(coverage.first), last=format_date(coverage.last)
    )


def key_text(signature: SignatureRecord) -> str:
    """The signer's key and what checking the signature found."""
    if signature.status is SignatureStatus.BROKEN:
        return tr("Sign", "NOT VALID: {problem}").format(problem=signature.problem or "?")
    if signature.key_id is None:
        return tr("Sign", "No signing key: made before signing keys existed (audit trail only).")
    text = tr("Sign", "Key {key}").format(key=grouped(signature.key_id))
    if signature.status is SignatureStatus.VALID:
        text += " — " + tr("Sign", "verified")
    return text


def signature_text(signature: SignatureRecord) -> str:
    """A signature as shown on screen: printed name, user, UTC time, meaning, key and check
    (and voiding)."""
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
    else:
        text += "\n" + key_text(signature)
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
        fingerprint = service.signer_key()
        self.key = QLabel(
            grouped(fingerprint)
            if fingerprint
            else tr("Sign", "none yet: your password makes it when you sign"),
            self,
        )
        self.key.setObjectName("sign_key")
        self.key.setWordWrap(True)
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
        form.addRow(tr("Sign", "Signing key:"), self.key)
        form.addRow(tr("Sign", "&Password:"), self.password)
        self.buttons = ok_cancel_buttons(self, self._sign, tr("Sign", "&Sign"))
        self.sign_button = ok_button(self.buttons)
        stacked(self, form, note, self.error, self.buttons)
        refusal = visit.refusal if visit is not None else None
        if refusal is not None:  # nothing to type a password for
            self.error.setText(refusal)
            self.password.setEnabled(False)
            self.sign_button.setEnabled(False)
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
        except UserFacingError as refused:
            self.error.setText(refusal_text(refused))
            return
        self.accept()
