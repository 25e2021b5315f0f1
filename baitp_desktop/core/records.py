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

from dataclasses import dataclass, field
from datetime import date
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

    @property
    def is_dosed(self) -> bool:
        """Dosed = a first-dose date or any diary day marked taken (PROTOCOL.md §8)."""
        return self.first_dose_date is not None or any(d.taken for d in self.doses)
