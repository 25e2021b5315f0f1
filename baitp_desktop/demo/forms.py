"""The demo's screening history and safety forms (PROTOCOL.md §9–§13).

Every participant gets an ITP history, prior ITP therapies (a corticosteroid first, as
I3 asks) and, for some, other medical history and routine medications. Dosed participants
get a safety lab panel and an ITP-PAQ at each QoL visit they attended. A few are chosen,
in id order among those with enough follow-up, to show each finding of these forms once:
a prohibited live vaccine, an anticoagulant-class caution drug whose finding the
investigator explained, a grade 3 neutropenia with no AE whose hold was ignored, a missed
and an incomplete questionnaire, and an ITP history without its diagnosis date.

Drawn from each participant's own random stream after its other records, so the rest of
the demo is unchanged; plain core records, no storage.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.course import Course
from baitp_desktop.core.records import (
    Explanation,
    Frequency,
    ItpHistory,
    ItpTherapyCode,
    LabPanel,
    MedicalHistoryEntry,
    Medication,
    Participant,
    PriorItpTherapy,
    Questionnaire,
    Route,
    Sex,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.core.validator import validate_participant

# The roles of this module, each given to one participant with enough follow-up.
SPECIAL_ROLES = (
    "prohibited_medication",
    "caution_explained",
    "lab_grade3_hold_ignored",
    "qol_missing",
    "qol_incomplete",
    "itp_history_unknown_diagnosis",
)
_ROUTINE = (
    ("Hypertension", "Amlodipine", Decimal(5), "mg"),
    ("Type 2 diabetes mellitus", "Metformin", Decimal(500), "mg"),
    ("Hypothyroidism", "Levothyroxine", Decimal(50), "µg"),
    ("Gastro-oesophageal reflux", "Omeprazole", Decimal(20), "mg"),
)
_EXPLANATION = "low-dose aspirin prescribed by cardiology; risk discussed, platelets checked weekly"


def _days(first: date, days: int) -> date:
    return first + timedelta(days=days)


def _history(rng: random.Random, p: Participant, role: str | None) -> Participant:
    screening = p.screening.date or p.consent_date
    diagnosed = _days(screening, -rng.randint(260, 2400))
    history = ItpHistory(None if role == "itp_history_unknown_diagnosis" else diagnosed, False)
    steroid_stop = _days(diagnosed, rng.randint(40, 90))
    therapies = [
        PriorItpTherapy(
            ItpTherapyCode.PREDNISONE, _days(diagnosed, 3), steroid_stop,
            rng.choice((TherapyResponse.R, TherapyResponse.NR)), StopReason.RELAPSE,
        )
    ]  # fmt: skip
    if rng.random() < 0.6:
        start = _days(steroid_stop, rng.randint(20, 120))
        therapies.append(
            PriorItpTherapy(
                ItpTherapyCode.ELTROMBOPAG, start, min(_days(start, 90), _days(screening, -14)),
                TherapyResponse.NR, StopReason.NO_RESPONSE,
            )
        )  # fmt: skip
    medical: list[MedicalHistoryEntry] = []
    medications: list[Medication] = []
    if rng.random() < 0.5:
        term, drug, dose, unit = rng.choice(_ROUTINE)
        since = _days(screening, -rng.randint(400, 3000))
        medical.append(MedicalHistoryEntry(term, since, True))
        medications.append(
            Medication(drug, since, Route.ORAL, Frequency.QD, None, term, float(dose), unit)
        )
    return replace(
        p, itp_history=history, prior_itp_therapies=tuple(therapies),
        medical_history=tuple(medical), medications=tuple(medications),
    )  # fmt: skip


def _panel(rng: random.Random, day: date, sex: Sex, low_anc: bool = False) -> LabPanel:
    def tenth(low: float, high: float) -> Decimal:
        return Decimal(str(round(rng.uniform(low, high), 1)))

    def whole(low: int, high: int, step: int = 100) -> Decimal:
        return Decimal(rng.randrange(low, high, step))

    hemoglobin = tenth(12.4, 14.8) if sex is Sex.FEMALE else tenth(13.4, 16.0)
    values = {
        "hemoglobin": hemoglobin,
        "wbc": whole(4500, 8500),
        "anc": Decimal(800) if low_anc else whole(2000, 5200),
        "lymphocytes": whole(1200, 3000),
        "alt": whole(10, 36, 1), "alt_uln": Decimal(40),
        "ast": whole(10, 36, 1), "ast_uln": Decimal(40),
        "bilirubin": tenth(5, 18), "bilirubin_uln": Decimal(21),
        "creatinine": whole(50, 85, 1), "creatinine_uln": Decimal(97),
        "cholesterol": tenth(3.5, 5.0), "triglycerides": tenth(0.6, 1.6),
    }  # fmt: skip
    return LabPanel.of(day, values)


def _questionnaire(
    rng: random.Random, day: date, config: ProtocolConfig, incomplete: bool
) -> Questionnaire | None:
    definition = config.instruments.current
    if definition is None:
        return None
    answers: dict[str, int | None] = {}
    for index, item in enumerate(definition.items):
        skipped = incomplete and index % 3 != 0
        answers[item.item_id] = None if skipped else rng.randint(item.minimum, item.maximum)
    employed = rng.random() < 0.6
    return Questionnaire(day, definition.name, definition.version, employed, answers)


def _visit_forms(
    rng: random.Random, p: Participant, config: ProtocolConfig, role: str | None
) -> Participant:
    course = Course(p, config)
    visits = [config.qol.baseline_visit, *config.qol.follow_up_visits]
    panels: list[LabPanel] = []
    questionnaires: list[Questionnaire] = []
    for visit_id in visits:
        attended = course.visit_counts.get(visit_id)
        if attended is None:
            continue
        low = role == "lab_grade3_hold_ignored" and visit_id == visits[1]
        panels.append(_panel(rng, attended, p.sex, low_anc=low))
        if role == "qol_missing" and visit_id == visits[1]:
            continue
        incomplete = role == "qol_incomplete" and visit_id == visits[1]
        if (q := _questionnaire(rng, attended, config, incomplete)) is not None:
            questionnaires.append(q)
    medications = list(p.medications)
    assert p.first_dose_date is not None
    if role == "prohibited_medication":
        day = date_of_day(p.first_dose_date, 20)
        medications.append(
            Medication("Varicella vaccine", day, Route.SC, Frequency.ONCE, day,
                       "Chickenpox exposure at home", 0.5, "mL")
        )  # fmt: skip
    if role == "caution_explained":
        start = date_of_day(p.first_dose_date, 10)
        medications.append(
            Medication("Aspirin", start, Route.ORAL, Frequency.QD, _days(start, 27),
                       "Stable angina", 100.0, "mg")
        )  # fmt: skip
    return replace(
        p, lab_panels=tuple(panels), questionnaires=tuple(questionnaires),
        medications=tuple(medications),
    )  # fmt: skip


def _explained(p: Participant, today: date, config: ProtocolConfig) -> Participant:
    """The investigator's explanation of the caution drug's finding, as the GUI records it."""
    finding = next(
        f for f in validate_participant(p, today, config) if f.code == "CAUTION_MEDICATION"
    )
    explanation = Explanation(finding.code, finding.date, finding.record, _EXPLANATION)
    return replace(p, explanations=(explanation,))


def _special_roles(participants: list[Participant], today: date) -> dict[str, str]:
    """participant id -> role: dosed, on treatment past Day 100, not discontinued, no
    earlier role of the main demo's AEs on neutrophils, in id order."""
    candidates = [
        p.participant_id
        for p in participants
        if p.first_dose_date is not None
        and p.discontinuation is None
        and (today - p.first_dose_date).days > 100
        and not any("Neutrophil" in ae.term for ae in p.adverse_events)
    ]
    return dict(zip(candidates[1::2], SPECIAL_ROLES, strict=False))


def add_forms(
    participants: list[Participant], rngs: list[random.Random], config: ProtocolConfig,
    today: date,
) -> list[Participant]:  # fmt: skip
    """The participants with their §9–§13 forms (see the module's docstring)."""
    roles = _special_roles(participants, today)
    out = []
    for p, rng in zip(participants, rngs, strict=True):
        role = roles.get(p.participant_id)
        p = _history(rng, p, role)
        if p.first_dose_date is not None:
            p = _visit_forms(rng, p, config, role)
        if role == "caution_explained":
            p = _explained(p, today, config)
        out.append(p)
    return out
