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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from baitp_desktop.core import entry_checks as checks
from baitp_desktop.core.bundle_fields import FieldReader
from baitp_desktop.core.bundle_forms import FORM_KEYS, FormSections, read_form_sections
from baitp_desktop.core.bundle_forms import form_sections_to_json as _forms_json
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    LAB_FIELDS,
    AdverseEvent,
    AeAction,
    AeOutcome,
    BleedingAssessment,
    DecisionAction,
    Discontinuation,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    Labs,
    Participant,
    PlateletCount,
    Relationship,
    RescueTherapy,
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
    "doses": True,
    "dosing_decisions": True,
    "platelet_counts": True,
    "bleeding": True,
    "adverse_events": True,
    "rescue": True,
    "discontinuation": True,
}
_AE_KEYS = {
    "term": True,
    "grade": True,
    "onset": True,
    "serious": True,
    "resolved": False,
    "relationship": False,
    "action": False,
    "outcome": False,
    "aware_date": False,
    "reported_date": False,
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
            platelets=self.checked(obj, "platelets", self._platelets, nullable=True),
            significant_bleeding=self.boolean(obj, "significant_bleeding", nullable=True),
            labs=labs,
        )

    def _platelets(self, value: float) -> str | None:
        return checks.check_platelets(value, self.config)

    def dose(self, item: dict[str, Any], index: int) -> Dose | None:
        day = self.date(item, "date")
        taken = self.boolean(item, "taken")
        dose_mg = self.checked(item, "dose_mg", checks.check_dose_mg, nullable=True)
        if taken and item.get("dose_mg") is None:
            self.problem("dose_mg", tr("Import", "the dose is required when taken is true"))
            return None
        if day is None or taken is None:
            return None
        return Dose(day, taken, dose_mg)

    def decision(self, item: dict[str, Any], index: int) -> DosingDecision | None:
        day = self.date(item, "date")
        action = self.choice(item, "action", DecisionAction, nullable=False)
        reason = self.text(item, "reason", nullable=True) or ""
        if day is None or action is None:
            return None
        return DosingDecision(day, action, reason)

    def count(self, item: dict[str, Any], index: int) -> PlateletCount | None:
        day = self.date(item, "date")
        value = self.checked(item, "value", self._platelets)
        return None if day is None or value is None else PlateletCount(day, value)

    def bleed(self, item: dict[str, Any], index: int) -> BleedingAssessment | None:
        day = self.date(item, "date")
        grade = self.checked(item, "who_grade", lambda v: checks.check_who_grade(v, self.config))
        return None if day is None or grade is None else BleedingAssessment(day, int(grade))

    def adverse_event(self, item: dict[str, Any], index: int) -> AdverseEvent | None:
        term = self.text(item, "term")
        if term is not None and not term.strip():
            self.problem("term", tr("Import", "text is required"))
            term = None
        grade = self.checked(item, "grade", lambda v: checks.check_ctcae_grade(v, self.config))
        onset = self.date(item, "onset")
        resolved = self.date(item, "resolved", nullable=True)
        aware = self.date(item, "aware_date", nullable=True)
        reported = self.date(item, "reported_date", nullable=True)
        serious = self.boolean(item, "serious")
        if onset and resolved and resolved < onset:
            self.problem("resolved", tr("Import", "resolution date is before the onset"))
        if aware and reported and reported < aware:
            self.problem("reported_date", tr("Import", "reported to the sponsor before awareness"))
        if term is None or grade is None or onset is None or serious is None:
            return None
        return AdverseEvent(
            number=index + 1,
            term=term.strip(),
            grade=int(grade),
            onset=onset,
            resolved=resolved,
            serious=serious,
            relationship=self.choice(item, "relationship", Relationship, nullable=True),
            action=self.choice(item, "action", AeAction, nullable=True),
            outcome=self.choice(item, "outcome", AeOutcome, nullable=True),
            aware_date=aware,
            reported_date=reported,
        )

    def rescue(self, item: dict[str, Any], index: int) -> RescueTherapy | None:
        day = self.date(item, "date")
        therapy = self.text(item, "therapy")
        if therapy is not None and not therapy.strip():
            self.problem("therapy", tr("Import", "text is required"))
            return None
        return None if day is None or therapy is None else RescueTherapy(index + 1, day, therapy)

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

        def dated(name: str) -> Callable[[int, Any], str]:
            def label(i: int, item: Any) -> str:
                when = item.get("date") if isinstance(item, dict) else None
                return f"{name}[{i}]" + (f" ({when})" if isinstance(when, str) else "")

            return label

        doses = self.each(
            obj, "doses", dated("doses"), {"date": True, "taken": True, "dose_mg": False}, self.dose
        )
        seen: set[date] = set()
        for dose in doses:
            if dose.date in seen:
                self.record = f"doses ({dose.date.isoformat()})"
                self.problem("date", tr("Import", "a second diary entry for the same day"))
            seen.add(dose.date)
        decisions = self.each(
            obj,
            "dosing_decisions",
            dated("dosing_decisions"),
            {"date": True, "action": True, "reason": False},
            self.decision,
        )
        self.one_per_date(
            "dosing_decisions", [d.date for d in decisions], checks.check_decision_date
        )
        counts = self.each(
            obj,
            "platelet_counts",
            dated("platelet_counts"),
            {"date": True, "value": True},
            self.count,
        )
        bleeding = self.each(
            obj, "bleeding", dated("bleeding"), {"date": True, "who_grade": True}, self.bleed
        )
        aes = self.each(
            obj, "adverse_events", lambda i, _: f"adverse_events[{i}]", _AE_KEYS, self.adverse_event
        )
        rescue = self.each(
            obj, "rescue", dated("rescue"), {"date": True, "therapy": True}, self.rescue
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
            doses=tuple(sorted(doses, key=lambda d: d.date)),
            dosing_decisions=tuple(sorted(decisions, key=lambda d: d.date)),
            platelet_counts=tuple(sorted(counts, key=lambda c: c.date)),
            bleeding=tuple(sorted(bleeding, key=lambda b: b.date)),
            adverse_events=tuple(aes),
            rescue=tuple(rescue),
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
        "doses": [
            {"date": d.date.isoformat(), "taken": d.taken, "dose_mg": _num(d.dose_mg)}
            for d in sorted(p.doses, key=lambda d: d.date)
        ],
        "dosing_decisions": [
            {"date": d.date.isoformat(), "action": d.action.value, "reason": d.reason}
            for d in sorted(p.dosing_decisions, key=lambda d: d.date)
        ],
        "platelet_counts": [
            {"date": c.date.isoformat(), "value": _num(c.value)}
            for c in sorted(p.platelet_counts, key=lambda c: (c.date, c.value))
        ],
        "bleeding": [
            {"date": b.date.isoformat(), "who_grade": b.who_grade}
            for b in sorted(p.bleeding, key=lambda b: (b.date, b.who_grade))
        ],
        "adverse_events": [
            {
                "term": ae.term,
                "grade": ae.grade,
                "onset": ae.onset.isoformat(),
                "resolved": _iso(ae.resolved),
                "serious": ae.serious,
                "relationship": _enum(ae.relationship),
                "action": _enum(ae.action),
                "outcome": _enum(ae.outcome),
                "aware_date": _iso(ae.aware_date),
                "reported_date": _iso(ae.reported_date),
            }
            for ae in sorted(p.adverse_events, key=lambda ae: ae.number)
        ],
        "rescue": [
            {"date": r.date.isoformat(), "therapy": r.therapy}
            for r in sorted(p.rescue, key=lambda r: r.number)
        ],
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
