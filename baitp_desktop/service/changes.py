"""What a caller asks the service to change, as plain values.

A `kind` names a CRF record type (`dose`, `count`, `bleeding`, `decision`, `ae`,
`rescue`); `values` uses the field names of the bundle format. Diary days are addressed
by date (one per day), every other record by its `record_id`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from baitp_desktop.core.records import EXCLUSION_ITEMS, INCLUSION_ITEMS, LAB_FIELDS, Participant

KINDS: tuple[str, ...] = ("dose", "decision", "count", "bleeding", "ae", "rescue")

# Fields a caller may set per kind (AE/rescue numbers are assigned by the service).
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "dose": ("date", "taken", "dose_mg"),
    "decision": ("date", "action", "reason"),
    "count": ("date", "value"),
    "bleeding": ("date", "who_grade"),
    "ae": (
        "term",
        "grade",
        "onset",
        "resolved",
        "serious",
        "relationship",
        "action",
        "outcome",
        "aware_date",
        "reported_date",
    ),
    "rescue": ("date", "therapy"),
}

PARTICIPANT_FIELDS: tuple[str, ...] = (
    "initials",
    "sex",
    "birth_date",
    "consent_date",
    "first_dose_date",
    "screening_date",
    *(item.lower() for item in INCLUSION_ITEMS + EXCLUSION_ITEMS),  # i1 … e10
    "screening_platelets",
    "significant_bleeding",
    *LAB_FIELDS,
    "discontinuation_date",
    "discontinuation_reason",
)


@dataclass(frozen=True, slots=True)
class Upsert:
    """Insert a record (record_id None) or change fields of an existing one."""

    kind: str
    values: dict[str, Any]
    record_id: int | None = None


@dataclass(frozen=True, slots=True)
class Delete:
    kind: str
    record_id: int


@dataclass(frozen=True, slots=True)
class DoseEntry:
    """One diary day, addressed by its date (the diary holds one entry per day)."""

    date: date
    taken: bool
    dose_mg: float | None


@dataclass(frozen=True, slots=True)
class DoseClear:
    """Remove the diary entry of a day (back to "not recorded")."""

    date: date


@dataclass(frozen=True, slots=True)
class ParticipantUpdate:
    values: dict[str, Any] = field(default_factory=dict)


Change = Upsert | Delete | DoseEntry | DoseClear | ParticipantUpdate


def participant_fields(p: Participant) -> dict[str, Any]:
    """The participant row's fields (PARTICIPANT_FIELDS) from a core record.

    The import writes them and the screening form loads them: one mapping for both."""
    s = p.screening
    values: dict[str, Any] = {
        "initials": p.initials,
        "sex": p.sex.value,
        "birth_date": p.birth_date,
        "consent_date": p.consent_date,
        "first_dose_date": p.first_dose_date,
        "screening_date": s.date,
        "screening_platelets": s.platelets,
        "significant_bleeding": s.significant_bleeding,
        "discontinuation_date": p.discontinuation.date if p.discontinuation else None,
        "discontinuation_reason": p.discontinuation.reason.value if p.discontinuation else None,
    }
    for item, answer in {**s.inclusion, **s.exclusion}.items():
        values[item.lower()] = answer
    for key in LAB_FIELDS:
        values[key] = getattr(s.labs, key)
    return values
