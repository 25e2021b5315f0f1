"""A stored field as the screens name it: "aware_date" → "Site aware", "alt_uln" → "ALT ULN".

Why: the service names a refused or changed value by its field (the bundle's and the
audit trail's name, e.g. `who_grade`), which means nothing to a nurse. Messages,
the reason-for-change dialog and the query dialogs show these labels instead — the words
of the forms where the values are typed. A field without a label here is shown by its
message alone (never by its internal name); see `problem_text`.
"""

from __future__ import annotations

import re

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import InputProblem
from baitp_desktop.i18n import tr, tr_noop

_LABELS: dict[str, str] = {
    # participant (Screening tab, New participant)
    "participant_id": tr_noop("FieldLabel", "Screening number"),
    "initials": tr_noop("FieldLabel", "Initials"),
    "sex": tr_noop("FieldLabel", "Sex"),
    "birth_date": tr_noop("FieldLabel", "Birth date"),
    "consent_date": tr_noop("FieldLabel", "Consent date"),
    "screening_date": tr_noop("FieldLabel", "Screening date"),
    "screening_platelets": tr_noop("FieldLabel", "Screening platelet count"),
    "significant_bleeding": tr_noop("FieldLabel", "Significant bleeding"),
    "first_dose_date": tr_noop("FieldLabel", "Day 1 (first dose)"),
    "discontinuation_date": tr_noop("FieldLabel", "Discontinuation date"),
    "discontinuation_reason": tr_noop("FieldLabel", "Discontinuation reason"),
    # records
    "date": tr_noop("FieldLabel", "Date"),
    "value": tr_noop("FieldLabel", "Platelet count"),
    "who_grade": tr_noop("FieldLabel", "WHO grade"),
    "taken": tr_noop("FieldLabel", "Dose taken"),
    "dose_mg": tr_noop("FieldLabel", "Dose (mg)"),
    "action": tr_noop("FieldLabel", "Action"),
    "reason": tr_noop("FieldLabel", "Reason"),
    "term": tr_noop("FieldLabel", "Term"),
    "grade": tr_noop("FieldLabel", "Grade"),
    "onset": tr_noop("FieldLabel", "Onset"),
    "resolved": tr_noop("FieldLabel", "Resolved"),
    "serious": tr_noop("FieldLabel", "Serious"),
    "relationship": tr_noop("FieldLabel", "Relationship"),
    "outcome": tr_noop("FieldLabel", "Outcome"),
    "aware_date": tr_noop("FieldLabel", "Site aware"),
    "reported_date": tr_noop("FieldLabel", "Reported to sponsor"),
    "therapy": tr_noop("FieldLabel", "Therapy"),
    # accounts
    "username": tr_noop("FieldLabel", "User name"),
    "printed_name": tr_noop("FieldLabel", "Full name"),
    "role": tr_noop("FieldLabel", "Role"),
    "password": tr_noop("FieldLabel", "Password"),
}
_CRITERION = re.compile(r"^[ie]\d{1,2}$")


def field_label(field: str, config: ProtocolConfig | None = None) -> str | None:
    """The field's label in the current language; None when it has none here."""
    if field in _LABELS:
        return tr("FieldLabel", _LABELS[field])
    if _CRITERION.match(field):
        return tr("FieldLabel", "Criterion {code}").format(code=field.upper())
    for lab in config.lab_limits if config is not None else ():
        if field == lab.key:
            return tr("Lab", lab.label)
        if field == f"{lab.key}_uln":
            return tr("FieldLabel", "{lab} ULN").format(lab=tr("Lab", lab.label))
    return None


def problem_text(problem: InputProblem, config: ProtocolConfig | None = None) -> str:
    """A refusal for a message: "Site aware: before the onset", or the message alone."""
    label = field_label(problem.field, config)
    return problem.message if label is None else f"{label}: {problem.message}"


def labelled_target(label: str, field: str | None, config: ProtocolConfig | None = None) -> str:
    """A query target as shown: "AE 1 Headache (aware_date)" → "AE 1 Headache: Site aware".

    The service names a queried field by its key in brackets after the record; a field
    without a label here keeps the service's text."""
    suffix = f" ({field})" if field else ""
    name = field_label(field, config) if field else None
    if name is None or not label.endswith(suffix):
        return label
    return f"{label[: -len(suffix)]}: {name}"
