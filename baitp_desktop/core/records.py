"""The participant's CRF data as plain, immutable Python values.

These dataclasses are the language every layer speaks: storage turns rows into them, the
validator and the endpoints read them, the GUI and the reports display them. They hold what
was entered and nothing derived; derived values (study days, responses, findings) are
computed from them by the rest of `baitp_desktop.core`.

`record_id` is the storage row's id where the record came from a database (the GUI edits
and audits rows by it); it takes no part in equality, so a record read back from a bundle
equals the stored one.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

INCLUSION_ITEMS: tuple[str, ...] = ("I1", "I2", "I3", "I5")
EXCLUSION_ITEMS: tuple[str, ...] = tuple(f"E{n}" for n in range(1, 11))
LAB_FIELDS: tuple[str, ...] = (
    "alt",
    "alt_uln",
    "ast",
    "ast_uln",
    "bilirubin",
    "bilirubin_uln",
    "hemoglobin",
    "wbc",
    "anc",
    "lymphocytes",
    "egfr",
)

# A safety laboratory panel (PROTOCOL.md §11): each value with its ULN where the lab gives one.
PANEL_FIELDS: tuple[str, ...] = (
    "hemoglobin",
    "wbc",
    "anc",
    "lymphocytes",
    "alt",
    "alt_uln",
    "ast",
    "ast_uln",
    "bilirubin",
    "bilirubin_uln",
    "creatinine",
    "creatinine_uln",
    "cholesterol",
    "triglycerides",
)


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class DecisionAction(StrEnum):
    INTERRUPT = "interrupt"
    RESUME = "resume"


class Relationship(StrEnum):
    NOT_RELATED = "not_related"
    UNLIKELY = "unlikely"
    POSSIBLE = "possible"
    PROBABLE = "probable"
    DEFINITE = "definite"


class AeAction(StrEnum):
    NONE = "none"
    INTERRUPTED = "interrupted"
    DISCONTINUED = "discontinued"


class AeOutcome(StrEnum):
    RECOVERED = "recovered"
    RECOVERING = "recovering"
    NOT_RECOVERED = "not_recovered"
    RECOVERED_WITH_SEQUELAE = "recovered_with_sequelae"
    FATAL = "fatal"
    UNKNOWN = "unknown"


class DiscontinuationReason(StrEnum):
    ADVERSE_EVENT = "adverse_event"
    PARTICIPANT_REQUEST = "participant_request"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Labs:
    """Screening labs; None means "not done". ALT/AST/bilirubin carry the lab's ULN."""

    alt: float | None = None
    alt_uln: float | None = None
    ast: float | None = None
    ast_uln: float | None = None
    bilirubin: float | None = None
    bilirubin_uln: float | None = None
    hemoglobin: float | None = None
    wbc: float | None = None
    anc: float | None = None
    lymphocytes: float | None = None
    egfr: float | None = None


@dataclass(frozen=True, slots=True)
class Screening:
    """The screening form. None in any answer means "not answered yet"."""

    date: date | None = None
    inclusion: dict[str, bool | None] = field(default_factory=dict)
    exclusion: dict[str, bool | None] = field(default_factory=dict)
    platelets: float | None = None
    significant_bleeding: bool | None = None
    labs: Labs = field(default_factory=Labs)


@dataclass(frozen=True, slots=True)
class Dose:
    """One diary day. `taken` False is a recorded missed dose; dose_mg may then be None."""

    date: date
    taken: bool
    dose_mg: float | None
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class DosingDecision:
    date: date
    action: DecisionAction
    reason: str = ""
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class PlateletCount:
    """A recorded count in x10^9/L (the screening form's count is held on `Screening`)."""

    date: date
    value: float
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class BleedingAssessment:
    date: date
    who_grade: int
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class AdverseEvent:
    """One line of the AE log; `number` is its stable line number within the participant."""

    number: int
    term: str
    grade: int
    onset: date
    resolved: date | None = None
    serious: bool = False
    relationship: Relationship | None = None
    action: AeAction | None = None
    outcome: AeOutcome | None = None
    aware_date: date | None = None
    reported_date: date | None = None
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class RescueTherapy:
    number: int
    date: date
    therapy: str
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Discontinuation:
    date: date
    reason: DiscontinuationReason


class ItpTherapyCode(StrEnum):
    """The prior ITP therapies of PROTOCOL.md §9; `other` carries a name."""

    PREDNISONE = "prednisone"
    PREDNISOLONE = "prednisolone"
    DEXAMETHASONE = "dexamethasone"
    METHYLPREDNISOLONE = "methylprednisolone"
    HYDROCORTISONE = "hydrocortisone"
    IVIG = "ivig"
    RHTPO = "rhtpo"
    ELTROMBOPAG = "eltrombopag"
    HETROMBOPAG = "hetrombopag"
    AVATROMBOPAG = "avatrombopag"
    ROMIPLOSTIM = "romiplostim"
    RITUXIMAB = "rituximab"
    DANAZOL = "danazol"
    CICLOSPORIN = "ciclosporin"
    MYCOPHENOLATE = "mycophenolate"
    AZATHIOPRINE = "azathioprine"
    VINCRISTINE = "vincristine"
    OTHER = "other"


# I3 asks about corticosteroids: only these codes count (an `other` row never does).
CORTICOSTEROIDS: frozenset[ItpTherapyCode] = frozenset(
    {
        ItpTherapyCode.PREDNISONE,
        ItpTherapyCode.PREDNISOLONE,
        ItpTherapyCode.DEXAMETHASONE,
        ItpTherapyCode.METHYLPREDNISOLONE,
        ItpTherapyCode.HYDROCORTISONE,
    }
)


class TherapyResponse(StrEnum):
    CR = "CR"
    R = "R"
    NR = "NR"
    UNKNOWN = "unknown"


class StopReason(StrEnum):
    NO_RESPONSE = "no_response"
    RELAPSE = "relapse"
    INTOLERANCE = "intolerance"
    COMPLETED = "completed"
    OTHER = "other"


class Route(StrEnum):
    ORAL = "oral"
    IV = "iv"
    SC = "sc"
    IM = "im"
    TOPICAL = "topical"
    INHALED = "inhaled"
    OTHER = "other"


class Frequency(StrEnum):
    QD = "qd"
    BID = "bid"
    TID = "tid"
    QID = "qid"
    QW = "qw"
    PRN = "prn"
    ONCE = "once"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ItpHistory:
    """ITP history from screening (§9); an unknown diagnosis date is None."""

    diagnosis_date: date | None = None
    splenectomy: bool = False
    splenectomy_date: date | None = None


@dataclass(frozen=True, slots=True)
class PriorItpTherapy:
    """One prior ITP therapy; `stop` None means still ongoing at screening."""

    therapy: ItpTherapyCode
    start: date
    stop: date | None = None
    best_response: TherapyResponse = TherapyResponse.UNKNOWN
    reason_stopped: StopReason | None = None
    name: str | None = None
    record_id: int | None = field(default=None, compare=False)

    @property
    def ongoing(self) -> bool:
        return self.stop is None


@dataclass(frozen=True, slots=True)
class MedicalHistoryEntry:
    """Other medical history. Not ongoing with no end date means "ended, date unknown"."""

    term: str
    start: date | None = None
    ongoing: bool = False
    end: date | None = None
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Medication:
    """A prior or concomitant medication (§10); ongoing exactly when there is no stop date."""

    drug: str
    start: date
    route: Route
    frequency: Frequency
    stop: date | None = None
    indication: str | None = None
    dose: float | None = None
    unit: str | None = None
    record_id: int | None = field(default=None, compare=False)

    @property
    def ongoing(self) -> bool:
        return self.stop is None


@dataclass(frozen=True, slots=True)
class LabPanel:
    """A safety laboratory panel (§11). None is "not done" (and then so is its ULN).

    Values are Decimals holding the digits as entered, so that multiples of the ULN are
    compared exactly (3 × 33.3 is 99.9, not 99.89999999999999); `core.numbers.as_decimal`
    turns a typed or parsed number into one.
    """

    date: date
    hemoglobin: Decimal | None = None
    wbc: Decimal | None = None
    anc: Decimal | None = None
    lymphocytes: Decimal | None = None
    alt: Decimal | None = None
    alt_uln: Decimal | None = None
    ast: Decimal | None = None
    ast_uln: Decimal | None = None
    bilirubin: Decimal | None = None
    bilirubin_uln: Decimal | None = None
    creatinine: Decimal | None = None
    creatinine_uln: Decimal | None = None
    cholesterol: Decimal | None = None
    triglycerides: Decimal | None = None
    record_id: int | None = field(default=None, compare=False)

    @classmethod
    def of(cls, day: datetime.date, values: Mapping[str, Decimal | None]) -> LabPanel:
        """A panel from {panel field: value}; fields not given are "not done"."""
        unknown = sorted(set(values) - set(PANEL_FIELDS))
        if unknown:
            raise KeyError(f"not panel fields: {unknown}")
        panel = cls(day)
        for key, value in values.items():
            object.__setattr__(panel, key, value)
        return panel

    def value(self, panel_field: str) -> Decimal | None:
        """The value of one of PANEL_FIELDS."""
        if panel_field not in PANEL_FIELDS:
            raise KeyError(panel_field)
        result: Decimal | None = getattr(self, panel_field)
        return result


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """One completed ITP-PAQ (§12): the definition it was answered on, and every answer.

    `answers` maps each item id of the definition to its answer, None when unanswered.
    """

    date: date
    instrument: str
    version: str
    employed: bool
    answers: dict[str, int | None] = field(default_factory=dict)
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a correct finding is acceptable (§13), tied to the finding's code, date, record."""

    code: str
    date: date
    record: str
    reason: str
    record_id: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Participant:
    """Everything entered for one participant, as of one moment."""

    participant_id: str
    initials: str
    sex: Sex
    birth_date: date
    consent_date: date
    screening: Screening = field(default_factory=Screening)
    first_dose_date: date | None = None
    doses: tuple[Dose, ...] = ()
    dosing_decisions: tuple[DosingDecision, ...] = ()
    platelet_counts: tuple[PlateletCount, ...] = ()
    bleeding: tuple[BleedingAssessment, ...] = ()
    adverse_events: tuple[AdverseEvent, ...] = ()
    rescue: tuple[RescueTherapy, ...] = ()
    discontinuation: Discontinuation | None = None
    itp_history: ItpHistory | None = None
    prior_itp_therapies: tuple[PriorItpTherapy, ...] = ()
    medical_history: tuple[MedicalHistoryEntry, ...] = ()
    medications: tuple[Medication, ...] = ()
    lab_panels: tuple[LabPanel, ...] = ()
    questionnaires: tuple[Questionnaire, ...] = ()
    explanations: tuple[Explanation, ...] = ()

    @property
    def is_dosed(self) -> bool:
        """Dosed = a first-dose date or any diary day marked taken (PROTOCOL.md §8)."""
        return self.first_dose_date is not None or any(d.taken for d in self.doses)
