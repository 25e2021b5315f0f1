"""The JSON bundle (`baitp-bundle/2`, INTERCHANGE.md): read strictly, write canonically.

Reading checks the whole bundle before anything is stored and collects every problem,
each naming the participant, the record and the field, so that a site can fix a file in
one pass. Writing produces the same structure back, so export -> import -> export is
the identity. Files are written as `/2`; a `/1` file still reads (its participants have
no §9–§13 records), and a `/1` file carrying a `/2` key is refused. The `/2` forms are
read and written by `core.bundle_forms`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.bundle_fields import FieldReader
from baitp_desktop.core.bundle_forms import FORM_KEYS, FormSections, read_form_sections
from baitp_desktop.core.bundle_forms import form_sections_to_json as _forms_json
from baitp_desktop.core.bundle_records import BUNDLE_1_LISTS, lists_to_json, read_lists
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    LAB_FIELDS,
    Discontinuation,
    DiscontinuationReason,
    Labs,
    Participant,
    Screening,
    Sex,
)
from baitp_desktop.i18n import tr

BUNDLE_FORMAT_1 = "baitp-bundle/1"
BUNDLE_FORMAT = "baitp-bundle/2"
# Top-level keys a `/2` file may carry besides its participants, handed on untouched (the
# audit trail and signatures of an export, checked by those who import them).
PASSTHROUGH_KEYS: tuple[str, ...] = ("audit_head", "audit", "signatures")

_PARTICIPANT_KEYS = {
    "participant_id": True,
    "initials": True,
    "sex": True,
    "birth_date": True,
    "consent_date": True,
    "screening": True,
    "first_dose_date": True,
    **dict.fromkeys(BUNDLE_1_LISTS, True),
    "discontinuation": True,
}


# No value of a bundle needs more digits than this; a longer integer is kept as a marker
# that the field checks refuse ("number out of range") instead of being converted: Python
# refuses to convert integers of more than 4,300 digits at all.
MAX_INTEGER_DIGITS = 30


class OversizedNumber(int):
    """An integer of the file too long to convert; shown by its length, never by its value."""

    digits: int

    def __new__(cls, text: str) -> OversizedNumber:
        number = super().__new__(cls, -(10**16) if text.startswith("-") else 10**16)
        number.digits = len(text.lstrip("-"))
        return number

    def __repr__(self) -> str:
        return tr("Import", "<a number of {n} digits>").format(n=self.digits)

    __str__ = __repr__


class DuplicateKey(ValueError):
    """A JSON object that names the same key twice (which value was meant is unknown)."""


def _integer(text: str) -> int:
    return OversizedNumber(text) if len(text.lstrip("-")) > MAX_INTEGER_DIGITS else int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(
                tr("Import", "the key {key!r} appears twice in one object").format(key=key)
            )
        result[key] = value
    return result


def load_bundle_json(handle: Any) -> Any:
    """`json.load` for bundles: a key given twice is refused (DuplicateKey), an integer
    too long to convert becomes an OversizedNumber for the field checks to refuse."""
    return json.load(handle, object_pairs_hook=_unique_keys, parse_int=_integer)


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle as read: its format, its participants, and the top-level keys passed on
    (the audit trail and signatures an export adds, checked by exports/evidence_check.py)."""

    format: str
    participants: tuple[Participant, ...]
    passthrough: Mapping[str, Any] = field(default_factory=dict)


class _Reader(FieldReader):
    """Walks one bundle's `/1` records (the `/2` forms: `core.bundle_forms`)."""

    def __init__(self, config: ProtocolConfig, today: date, version: int) -> None:
        super().__init__(config, today)
        self.version = version

    # -- records ---------------------------------------------------------------------------
    def screening(self, obj: Any) -> Screening:
        self.record = "screening"
        spec = {
            "date": True,
            "inclusion": True,
            "exclusion": True,
            "platelets": True,
            "significant_bleeding": True,
            "labs": True,
        }
        if not self.keys(obj, spec, "screening"):
            return Screening()
        answers: dict[str, dict[str, bool | None]] = {}
        for section, items in (("inclusion", INCLUSION_ITEMS), ("exclusion", EXCLUSION_ITEMS)):
            block = obj.get(section)
            answers[section] = {}
            self.record = f"screening.{section}"
            if block is None or not self.keys(block, dict.fromkeys(items, True), section):
                continue
            for item in items:
                answers[section][item] = self.boolean(block, item, nullable=True)
        self.record = "screening.labs"
        labs = Labs()
        lab_block = obj.get("labs")
        if lab_block is not None and self.keys(lab_block, dict.fromkeys(LAB_FIELDS, True), "labs"):
            labs = Labs(
                **{
                    key: self.checked(
                        lab_block, key, partial(checks.check_lab, key, config=self.config), True
                    )
                    for key in LAB_FIELDS
                }
            )
        self.record = "screening"
        return Screening(
            date=self.date(obj, "date"),
            inclusion=answers["inclusion"],
            exclusion=answers["exclusion"],
            platelets=self.checked(
                obj, "platelets", partial(checks.check_platelets, config=self.config), True
            ),
            significant_bleeding=self.boolean(obj, "significant_bleeding", nullable=True),
            labs=labs,
        )

    def discontinuation(self, obj: Any) -> Discontinuation | None:
        self.record = "discontinuation"
        if obj is None or not self.keys(obj, {"date": True, "reason": True}, "discontinuation"):
            return None
        day = self.date(obj, "date")
        reason = self.choice(obj, "reason", DiscontinuationReason, nullable=False)
        return None if day is None or reason is None else Discontinuation(day, reason)

    def participant_record(self, obj: Any, index: int) -> Participant | None:
        pid = obj.get("participant_id") if isinstance(obj, dict) else None
        self.participant = pid if isinstance(pid, str) else f"participants[{index}]"
        self.record = ""
        spec = _PARTICIPANT_KEYS | (dict.fromkeys(FORM_KEYS, True) if self.version == 2 else {})
        if not self.keys(obj, spec, "participant"):
            return None
        if isinstance(pid, str):
            if (message := checks.check_participant_id(pid, self.config)) is not None:
                self.problem("participant_id", f"{pid!r}: {message}")
        elif "participant_id" in obj:
            self.problem("participant_id", tr("Import", "text is required"))
        initials = self.text(obj, "initials")
        if initials is not None and (message := checks.check_initials(initials)) is not None:
            self.problem("initials", message)
        sex = self.choice(obj, "sex", Sex, nullable=False)
        birth = self.date(obj, "birth_date")
        consent = self.date(obj, "consent_date")
        if birth and consent and birth >= consent:
            self.problem("birth_date", tr("Import", "birth date is not before the consent date"))
        first_dose = self.date(obj, "first_dose_date", nullable=True)
        screening = self.screening(obj.get("screening"))

        lists = read_lists(self, obj)
        doses = lists["doses"]
        seen: set[date] = set()
        for dose in doses:
            if dose.date in seen:
                self.record = f"doses ({dose.date.isoformat()})"
                self.problem("date", tr("Import", "a second diary entry for the same day"))
            seen.add(dose.date)
        self.one_per_date(
            "dosing_decisions",
            [d.date for d in lists["dosing_decisions"]],
            checks.check_decision_date,
        )
        discontinuation = self.discontinuation(obj.get("discontinuation"))
        forms = read_form_sections(self, obj) if self.version == 2 else FormSections()
        if not (isinstance(pid, str) and initials is not None and sex and birth and consent):
            return None
        return Participant(
            participant_id=pid,
            initials=initials,
            sex=sex,
            birth_date=birth,
            consent_date=consent,
            screening=screening,
            first_dose_date=first_dose,
            **lists,
            discontinuation=discontinuation,
            itp_history=forms.itp_history,
            prior_itp_therapies=forms.prior_itp_therapies,
            medical_history=forms.medical_history,
            medications=forms.medications,
            lab_panels=forms.lab_panels,
            questionnaires=forms.questionnaires,
            explanations=forms.explanations,
        )


def read_bundle_document(document: Any, config: ProtocolConfig, today: date) -> Bundle:
    """A parsed bundle (`/1` or `/2`), or InvalidInput listing every problem."""
    if not isinstance(document, dict):
        raise InvalidInput([InputProblem("", "", "bundle", tr("Import", "must be a JSON object"))])
    found = document.get("format")
    reader = _Reader(config, today, version=1 if found == BUNDLE_FORMAT_1 else 2)
    top = {"format": True, "participants": True}
    if reader.version == 2:
        top |= dict.fromkeys(PASSTHROUGH_KEYS, False)
    reader.keys(document, top, "bundle")
    if "format" in document and found not in (BUNDLE_FORMAT_1, BUNDLE_FORMAT):
        reader.problem(
            "format",
            tr("Import", "expected {expected!r}, found {found!r}").format(
                expected=BUNDLE_FORMAT, found=found
            ),
        )
    participants: list[Participant] = []
    seen: set[str] = set()
    for index, item in enumerate(reader.items(document, "participants")):
        participant = reader.participant_record(item, index)
        if participant is None:
            continue
        if participant.participant_id in seen:
            reader.record = ""
            reader.problem("participant_id", tr("Import", "duplicate participant id"))
        seen.add(participant.participant_id)
        participants.append(participant)
    if reader.problems:
        raise InvalidInput(reader.problems)
    passthrough = {key: document[key] for key in PASSTHROUGH_KEYS if key in document}
    return Bundle(str(found), tuple(participants), passthrough)


def read_bundle(document: Any, config: ProtocolConfig, today: date) -> list[Participant]:
    """Every participant of a parsed bundle, or InvalidInput listing every problem."""
    return list(read_bundle_document(document, config, today).participants)


# -- writing ---------------------------------------------------------------------------------
def _num(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _enum(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def participant_to_json(p: Participant) -> dict[str, Any]:
    s = p.screening
    return {
        "participant_id": p.participant_id,
        "initials": p.initials,
        "sex": p.sex.value,
        "birth_date": p.birth_date.isoformat(),
        "consent_date": p.consent_date.isoformat(),
        "screening": {
            "date": _iso(s.date),
            "inclusion": {item: s.inclusion.get(item) for item in INCLUSION_ITEMS},
            "exclusion": {item: s.exclusion.get(item) for item in EXCLUSION_ITEMS},
            "platelets": _num(s.platelets),
            "significant_bleeding": s.significant_bleeding,
            "labs": {key: _num(getattr(s.labs, key)) for key in LAB_FIELDS},
        },
        "first_dose_date": _iso(p.first_dose_date),
        **lists_to_json(p),
        "discontinuation": None
        if p.discontinuation is None
        else {
            "date": p.discontinuation.date.isoformat(),
            "reason": p.discontinuation.reason.value,
        },
        **_forms_json(p),
    }


def write_bundle(participants: Iterable[Participant]) -> dict[str, Any]:
    """A `baitp-bundle/2` document of the participants, in participant-id order."""
    ordered = sorted(participants, key=lambda p: p.participant_id)
    return {"format": BUNDLE_FORMAT, "participants": [participant_to_json(p) for p in ordered]}
