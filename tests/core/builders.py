"""Builders for core tests: one clean, eligible, fully compliant participant and small edits.

Every test starts from `participant()` — a participant who produces no finding at all and
whose endpoints are known — and changes only the field under test, so a finding that
appears can only come from that change. Dates are written as study days (`day(n)`, Day 1
= the first dose, no Day 0) because PROTOCOL.md states every boundary in study days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.endpoints import Endpoints, compute_endpoints
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.numbers import as_decimal
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    AdverseEvent,
    BleedingAssessment,
    DecisionAction,
    Discontinuation,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    Frequency,
    ItpHistory,
    ItpTherapyCode,
    LabPanel,
    Labs,
    Medication,
    Participant,
    PlateletCount,
    PriorItpTherapy,
    Questionnaire,
    RescueTherapy,
    Route,
    Screening,
    Sex,
    StopReason,
    TherapyResponse,
)
from baitp_desktop.core.studyday import date_of_day
from baitp_desktop.core.validator import validate_participant

DAY1 = date(2022, 7, 13)
CONSENT = date(2022, 7, 10)  # Day -3
SCREENING_DATE = date(2022, 7, 10)
BIRTH = date(1980, 5, 1)
PID = "BAITP-001"


def day(n: int) -> date:
    """The calendar date of study day n (Day 1 = DAY1; there is no Day 0)."""
    return date_of_day(DAY1, n)


AS_OF = day(200)  # well after the week-24 window (Day 175): every window has ended

GOOD_LABS = Labs(
    alt=30, alt_uln=40, ast=25, ast_uln=40, bilirubin=12, bilirubin_uln=21,
    hemoglobin=12.1, wbc=5600, anc=3100, lymphocytes=1500, egfr=95,
)  # fmt: skip

# Visit target days -> count: baseline 18, R at Day 7 (45 > 30 and >= 36), CR from Day 28.
CLEAN_COUNTS: dict[int, float] = {
    1: 18, 7: 45, 14: 80, 28: 120, 56: 150, 84: 150, 112: 140, 140: 130, 168: 110,
}  # fmt: skip


def screening(**changes: object) -> Screening:
    """An eligible screening form (all I yes, all E no, count 18, labs normal)."""
    base = Screening(
        date=SCREENING_DATE,
        inclusion=dict.fromkeys(INCLUSION_ITEMS, True),
        exclusion=dict.fromkeys(EXCLUSION_ITEMS, False),
        platelets=18,
        significant_bleeding=False,
        labs=GOOD_LABS,
    )
    return replace(base, **changes)


def labs(**changes: float | None) -> Labs:
    return replace(GOOD_LABS, **changes)


def diary(
    first: int = 1,
    last: int = 168,
    *,
    skip: Iterable[int] = (),
    missed: Iterable[int] = (),
    dose_mg: float | None = 4.0,
    doses_mg: Mapping[int, float | None] | None = None,
) -> tuple[Dose, ...]:
    """Diary entries for study days first..last: taken 4 mg, except `skip` (no entry at all),
    `missed` (an entry with taken false) and `doses_mg` (another dose that day)."""
    skipped, not_taken = set(skip), set(missed)
    doses_mg = doses_mg or {}
    out = []
    for n in range(first, last + 1):
        if n == 0 or n in skipped:
            continue
        if n in not_taken:
            out.append(Dose(day(n), False, None))
        else:
            out.append(Dose(day(n), True, doses_mg.get(n, dose_mg)))
    return tuple(out)


def counts(by_day: Mapping[int, float]) -> tuple[PlateletCount, ...]:
    return tuple(PlateletCount(day(n), float(v)) for n, v in sorted(by_day.items()))


def grades(by_day: Mapping[int, int]) -> tuple[BleedingAssessment, ...]:
    return tuple(BleedingAssessment(day(n), g) for n, g in sorted(by_day.items()))


ITP_HISTORY = ItpHistory(diagnosis_date=date(2019, 4, 2))
PRIOR_THERAPIES = (
    PriorItpTherapy(
        ItpTherapyCode.PREDNISONE,
        date(2019, 4, 5),
        date(2019, 7, 20),
        TherapyResponse.R,
        StopReason.RELAPSE,
    ),
)

NORMAL_PANEL: dict[str, str] = {
    "hemoglobin": "12.8", "wbc": "5600", "anc": "3100", "lymphocytes": "1500",
    "alt": "30", "alt_uln": "40", "ast": "25", "ast_uln": "40", "bilirubin": "12",
    "bilirubin_uln": "21", "creatinine": "70", "creatinine_uln": "97",
    "cholesterol": "4.6", "triglycerides": "1.2",
}  # fmt: skip
PANEL_DAYS: tuple[int, ...] = (1, 7, 14, 28, 56, 84, 112, 140, 168)
QOL_DAYS: tuple[int, ...] = (1, 28, 84, 168)  # baseline, d28, w12, w24 target days
ITEMS = tuple(f"q{n:02d}" for n in range(1, 45))  # the shipped ITP-PAQ structure


def panel(on: date, **changes: float | str | None) -> LabPanel:
    """A panel with every value normal (grade 0 for a woman), except `changes` (as typed)."""
    values: dict[str, Decimal | None] = {k: Decimal(v) for k, v in NORMAL_PANEL.items()}
    for key, value in changes.items():
        values[key] = None if value is None else as_decimal(value)
    return LabPanel.of(on, values)


def questionnaire(
    on: date,
    answers: Mapping[str, int | None] | None = None,
    *,
    employed: bool = True,
    instrument: str = "ITP-PAQ",
    version: str = "structure-1",
    default: int | None = 3,
) -> Questionnaire:
    """A questionnaire on the shipped definition: every item `default` unless given."""
    given = dict.fromkeys(ITEMS, default)
    given.update(answers or {})
    return Questionnaire(on, instrument, version, employed, given)


def medication(drug: str, start: date, stop: date | None = None, **changes: object) -> Medication:
    base = Medication(drug, start, Route.ORAL, Frequency.QD, stop)
    return replace(base, **changes)


def participant(**changes: object) -> Participant:
    """The clean participant: eligible, dosed 4 mg on Days 1-168, a count with grade 0 at
    every visit target day, a normal panel at every visit, the ITP-PAQ at the four QoL
    visits, an ITP history that supports I2 and I3. No finding as of AS_OF."""
    base = Participant(
        participant_id=PID,
        initials="ZXH",
        sex=Sex.FEMALE,
        birth_date=BIRTH,
        consent_date=CONSENT,
        screening=screening(),
        first_dose_date=DAY1,
        doses=diary(),
        platelet_counts=counts(CLEAN_COUNTS),
        bleeding=grades(dict.fromkeys(CLEAN_COUNTS, 0)),
        itp_history=ITP_HISTORY,
        prior_itp_therapies=PRIOR_THERAPIES,
        lab_panels=tuple(panel(day(n)) for n in PANEL_DAYS),
        questionnaires=tuple(questionnaire(day(n)) for n in QOL_DAYS),
    )
    return replace(base, **changes)


def with_counts(
    p: Participant, by_day: Mapping[int, float], grade_by_day: Mapping[int, int] | None = None
) -> Participant:
    """Replace the counts; each count gets a grade-0 assessment unless grade_by_day is given."""
    if grade_by_day is None:
        grade_by_day = dict.fromkeys(by_day, 0)
    return replace(p, platelet_counts=counts(by_day), bleeding=grades(grade_by_day))


def interrupt(n: int, reason: str = "investigator") -> DosingDecision:
    return DosingDecision(day(n), DecisionAction.INTERRUPT, reason)


def resume(n: int, reason: str = "investigator") -> DosingDecision:
    return DosingDecision(day(n), DecisionAction.RESUME, reason)


def ae(
    grade: int, onset: date, number: int = 1, term: str = "Headache", **changes: object
) -> AdverseEvent:
    return replace(AdverseEvent(number=number, term=term, grade=grade, onset=onset), **changes)


def rescue(on: date, number: int = 1, therapy: str = "IVIG") -> RescueTherapy:
    return RescueTherapy(number, on, therapy)


def discontinued(on: date) -> Discontinuation:
    return Discontinuation(on, DiscontinuationReason.PARTICIPANT_REQUEST)


def findings(
    p: Participant, as_of: date = AS_OF, config: ProtocolConfig | None = None
) -> list[Finding]:
    return validate_participant(p, as_of, config)


def of(
    p: Participant, code: str, as_of: date = AS_OF, config: ProtocolConfig | None = None
) -> list[Finding]:
    """The findings of one code."""
    return [f for f in findings(p, as_of, config) if f.code == code]


def dates(
    p: Participant, code: str, as_of: date = AS_OF, config: ProtocolConfig | None = None
) -> list[date]:
    """The dates of the findings of one code, in order."""
    return [f.date for f in of(p, code, as_of, config)]


def codes(p: Participant, as_of: date = AS_OF, config: ProtocolConfig | None = None) -> set[str]:
    return {f.code for f in findings(p, as_of, config)}


def endpoints(p: Participant, config: ProtocolConfig | None = None) -> Endpoints:
    return compute_endpoints(p, config)


def days(first: int, last: int) -> list[date]:
    """The dates of study days first..last inclusive (never Day 0)."""
    return [day(n) for n in range(first, last + 1) if n != 0]


def birth_for_age(on: date, years: int, extra_days: int = 0) -> date:
    """A birth date making someone exactly `years` old plus `extra_days` days on `on`."""
    return on.replace(year=on.year - years) - timedelta(days=extra_days)
