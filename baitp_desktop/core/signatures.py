"""Electronic signatures and source-data-verification marks, as plain values.

A signature is an investigator's statement (the `meaning`) about part of a casebook:

- a **visit signature** covers the records dated in that visit's window — platelet counts,
  WHO bleeding grades, diary days, dosing decisions and rescue therapy by their date,
  adverse events by their onset date. The window's first and last dates are fixed when
  the visit is signed (`covers_first`/`covers_last`), so a later change of Day 1 or of the
  protocol's windows does not move what was signed. The `baseline` signature also covers
  Day 1 itself (`first_dose_date`); the `screening` signature covers the screening form
  (demographics, consent, eligibility answers, screening count and labs) and no dated
  records. Records dated between two windows (an unscheduled count) are covered only by
  the casebook signature.
- a **casebook signature** covers everything recorded for the participant.

Signed data is locked: the service refuses any change to it until an investigator
unlocks it with a reason, which voids the signature (kept, marked void, never deleted).

A source-data-verification (SDV) mark is a monitor's statement that a visit's data match
the source documents; it covers what a visit signature covers and is voided the same way.

These classes have no Qt and no database so that the reports and the GUI can use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.visits import visit_label, visit_windows
from baitp_desktop.i18n import tr, tr_noop

# The meaning of every signature, stored with it in English as signed (21 CFR 11.50);
# shown through tr() in the reader's language.
SIGNATURE_MEANING = tr_noop(
    "Signature",
    "I have reviewed the data in this CRF and confirm it is accurate and complete",
)

SCREENING_VISIT = "screening"
BASELINE_VISIT = "baseline"

# Participant-row fields that are not part of the screening form: Day 1 (signed with the
# baseline visit) and the end-of-treatment form (signed with the casebook only).
_NOT_SCREENING_FORM = frozenset(
    {"first_dose_date", "discontinuation_date", "discontinuation_reason"}
)
_DAY1_FIELDS = frozenset({"first_dose_date"})

# The date that places a record of each kind in a visit window.
DATE_FIELD_OF_KIND: dict[str, str] = {
    "dose": "date",
    "decision": "date",
    "count": "date",
    "bleeding": "date",
    "ae": "onset",
    "rescue": "date",
}


class SignatureScope(StrEnum):
    VISIT = "visit"
    CASEBOOK = "casebook"


@dataclass(frozen=True, slots=True)
class SignatureRecord:
    """One signature as stored; a voided signature stays in the history with who/when/why."""

    signature_id: int
    participant_id: str
    scope: SignatureScope
    visit_id: str | None
    printed_name: str
    username: str
    signed_at_utc: datetime
    meaning: str
    covers_first: date | None = None
    covers_last: date | None = None
    void: bool = False
    voided_at_utc: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def active(self) -> bool:
        return not self.void

    def covers_field(self, participant_field: str) -> bool:
        """Does this signature cover a field of the participant row (screening form, Day 1)?"""
        if self.scope is SignatureScope.CASEBOOK:
            return True
        if self.visit_id == SCREENING_VISIT:
            return participant_field not in _NOT_SCREENING_FORM
        if self.visit_id == BASELINE_VISIT:
            return participant_field in _DAY1_FIELDS
        return False

    def covers_date(self, day: date | None) -> bool:
        """Does this signature cover a record dated `day` (AEs: their onset)?"""
        if self.scope is SignatureScope.CASEBOOK:
            return True
        if day is None or self.covers_first is None or self.covers_last is None:
            return False
        return self.covers_first <= day <= self.covers_last


@dataclass(frozen=True, slots=True)
class SdvMark:
    """A monitor's source-data-verified mark on one visit (same coverage as a visit signature).

    `changed_since` is True when the visit's data differ from what was verified.
    """

    mark_id: int
    participant_id: str
    visit_id: str
    username: str
    printed_name: str
    verified_at_utc: datetime
    covers_first: date | None = None
    covers_last: date | None = None
    void: bool = False
    voided_at_utc: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None
    changed_since: bool = False


@dataclass(frozen=True, slots=True)
class LockState:
    """Which parts of one casebook are locked by active signatures."""

    signatures: tuple[SignatureRecord, ...] = ()

    @classmethod
    def of(cls, signatures: Iterable[SignatureRecord]) -> LockState:
        return cls(tuple(s for s in signatures if s.active))

    @property
    def casebook(self) -> SignatureRecord | None:
        return next((s for s in self.signatures if s.scope is SignatureScope.CASEBOOK), None)

    def signed_visits(self) -> dict[str, SignatureRecord]:
        return {s.visit_id: s for s in self.signatures if s.visit_id is not None}

    def locking_record(self, kind: str, day: date | None) -> SignatureRecord | None:
        """The signature that locks a record of `kind` dated `day`, or None if it is open."""
        if kind == "participant":
            return self.casebook
        return next((s for s in self.signatures if s.covers_date(day)), None)

    def locking_field(self, participant_field: str) -> SignatureRecord | None:
        """The signature that locks a participant-row field, or None if it is open."""
        return next((s for s in self.signatures if s.covers_field(participant_field)), None)


@dataclass(frozen=True, slots=True)
class VisitScope:
    """A visit that can be signed or verified, with the dates its signature would cover."""

    visit_id: str
    label: str
    first: date | None
    last: date | None


def signable_visits(day1: date | None, config: ProtocolConfig) -> list[VisitScope]:
    """Screening, then every scheduled visit (those need Day 1 to place their window)."""
    visits = [VisitScope(SCREENING_VISIT, tr("Visit", "Screening"), None, None)]
    if day1 is not None:
        visits += [
            VisitScope(w.visit_id, visit_label(w.definition), w.first, w.last)
            for w in visit_windows(day1, config)
        ]
    return visits
