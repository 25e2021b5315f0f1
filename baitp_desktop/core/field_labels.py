"""Audited fields as people read them: "Onset date" in the history, not `onset`.

The audit trail names a field by its table and column. The CRF forms' fields are labelled
by their declarations (core.crf_forms); the few tables that hold no CRF form (accounts,
settings, signatures, SDV marks, queries) are labelled here. Plain Python, so the history
view and the PDF audit appendix (which needs no database) use the same words.
"""

from __future__ import annotations

from baitp_desktop.core.crf_forms import form_of_table
from baitp_desktop.i18n import tr, tr_noop

# Labels of the audited fields of the tables that hold no CRF form (the forms' fields are
# labelled by their declarations in core.crf_forms).
_OTHER_FIELD_LABELS: dict[str, dict[str, str]] = {
    "app_user": {
        "username": tr_noop("Forms", "User name"),
        "printed_name": tr_noop("Forms", "Printed name"),
        "role": tr_noop("Forms", "Role"),
        "password": tr_noop("Forms", "Password"),
        "active": tr_noop("Forms", "Active"),
        "locked": tr_noop("Forms", "Locked"),
        "must_change_password": tr_noop("Forms", "Must change the password"),
    },
    "app_setting": {
        "key": tr_noop("Forms", "Setting"),
        "value": tr_noop("Forms", "Value"),
    },
    "signature": {
        "scope": tr_noop("Forms", "Scope"),
        "visit_id": tr_noop("Forms", "Visit"),
        "username": tr_noop("Forms", "User name"),
        "printed_name": tr_noop("Forms", "Printed name"),
        "meaning": tr_noop("Forms", "Meaning"),
        "signed_at_utc": tr_noop("Forms", "Signed at (UTC)"),
        "covers_first": tr_noop("Forms", "Covers from"),
        "covers_last": tr_noop("Forms", "Covers to"),
        "data_hash": tr_noop("Forms", "Fingerprint of the data"),
        "void": tr_noop("Forms", "Void"),
        "voided_at_utc": tr_noop("Forms", "Voided at (UTC)"),
        "voided_by": tr_noop("Forms", "Voided by"),
        "void_reason": tr_noop("Forms", "Reason for voiding"),
    },
    "sdv_mark": {
        "visit_id": tr_noop("Forms", "Visit"),
        "username": tr_noop("Forms", "User name"),
        "printed_name": tr_noop("Forms", "Printed name"),
        "verified_at_utc": tr_noop("Forms", "Verified at (UTC)"),
        "covers_first": tr_noop("Forms", "Covers from"),
        "covers_last": tr_noop("Forms", "Covers to"),
        "data_hash": tr_noop("Forms", "Fingerprint of the data"),
        "void": tr_noop("Forms", "Void"),
        "voided_at_utc": tr_noop("Forms", "Voided at (UTC)"),
        "voided_by": tr_noop("Forms", "Voided by"),
        "void_reason": tr_noop("Forms", "Reason for voiding"),
    },
    "query": {
        "number": tr_noop("Forms", "Query number"),
        "target_label": tr_noop("Forms", "About"),
        "kind": tr_noop("Forms", "Record kind"),
        "record_id": tr_noop("Forms", "Record"),
        "field": tr_noop("Forms", "Field"),
        "finding_code": tr_noop("Forms", "Finding code"),
        "finding_record": tr_noop("Forms", "Finding record"),
        "status": tr_noop("Forms", "Status"),
        "raised_by": tr_noop("Forms", "Raised by"),
        "raised_at_utc": tr_noop("Forms", "Raised at (UTC)"),
    },
    "query_message": {
        "query_id": tr_noop("Forms", "Query"),
        "action": tr_noop("Forms", "Step"),
        "username": tr_noop("Forms", "User name"),
        "printed_name": tr_noop("Forms", "Printed name"),
        "at_utc": tr_noop("Forms", "At (UTC)"),
        "text": tr_noop("Forms", "Message"),
    },
}


def field_label(table: str, field: str) -> str:
    """An audited field as people read it, in the current language ("Onset date" rather
    than `onset`); the column name itself for a field nobody labelled."""
    form = form_of_table(table)
    if form is not None and form.has_field(field):
        return form.field(field).title()
    label = _OTHER_FIELD_LABELS.get(table, {}).get(field)
    return field if label is None else tr("Forms", label)
