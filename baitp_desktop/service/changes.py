"""What a caller asks the service to change, as plain values.

A `kind` names a kind of CRF record declared in `core.crf_forms` (`dose`, `count`,
`bleeding`, `decision`, `ae`, `rescue`, `therapy`, `history`, `medication`, `lab`, `qol`);
`values` uses the field names of its declaration (the bundle format's). Diary days are
addressed by date (one per day), every other record by its `record_id`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from baitp_desktop.core.crf_forms import PARTICIPANT_FORM, RECORD_KINDS
from baitp_desktop.core.records import LAB_FIELDS, Participant

KINDS: tuple[str, ...] = tuple(kind.kind for kind in RECORD_KINDS)

# Fields a caller may set per kind (assigned ones, such as AE numbers, are the service's).
KIND_FIELDS: dict[str, tuple[str, ...]] = {kind.kind: kind.entry_names for kind in RECORD_KINDS}

PARTICIPANT_FIELDS: tuple[str, ...] = PARTICIPANT_FORM.entry_names


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
    history = p.itp_history
    values["diagnosis_date"] = history.diagnosis_date if history else None
    values["splenectomy"] = history.splenectomy if history else None
    values["splenectomy_date"] = history.splenectomy_date if history else None
    return values
