"""Electronic signatures and source-data-verification marks, as plain values.

A signature is an investigator's statement (the `meaning`) about part of a casebook: a
visit (what its summary prints, `core.coverage`) or the whole casebook. Signed data is
locked: the service refuses any change to it until an investigator unlocks it with a
reason, which voids the signature (kept, marked void, never deleted).

Since signing keys exist, a signature is cryptographic: the signer's Ed25519 key signs
`signature_payload` — participant, scope, coverage, the digest of every covered record,
the signer's user name and printed name, the UTC time, the meaning and the key id — so it
cannot be copied to other data, moved to another participant or made without the
signer's password. `status` says what checking it found (`SignatureStatus`).

A source-data-verification (SDV) mark is a monitor's statement that a visit's data match
the source documents; it covers the records dated in the visit's window and is voided
the same way.

These classes have no Qt and no database so that the reports and the GUI can use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import astuple, dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.coverage import (
    BASELINE_VISIT,
    DATE_FIELD_OF_KIND,
    RECORDS_OF_KIND,
    SCREENING_VISIT,
    Coverage,
    RecordFacts,
    SignatureScope,
    facts_of,
)
from baitp_desktop.core.records import Participant
from baitp_desktop.core.visits import visit_label, visit_windows
from baitp_desktop.i18n import tr, tr_noop

__all__ = [
    "BASELINE_VISIT",
    "DATE_FIELD_OF_KIND",
    "SCREENING_VISIT",
    "SIGNATURE_FORMAT",
    "SIGNATURE_MEANING",
    "LockState",
    "SdvMark",
    "SignatureRecord",
    "SignatureScope",
    "SignatureStatus",
    "VisitScope",
    "signable_visits",
    "signature_payload",
    "visit_refusal",
]

# The meaning of every signature, stored with it in English as signed (21 CFR 11.50);
# shown through tr() in the reader's language.
SIGNATURE_MEANING = tr_noop(
    "Signature",
    "I have reviewed the data in this CRF and confirm it is accurate and complete",
)
SIGNATURE_FORMAT = "baitp-signature/1"


class SignatureStatus(StrEnum):
    """What checking a signature found."""

    VALID = "valid"  # the key recorded in the trail signs exactly the covered data
    LEGACY = "legacy"  # made before signing keys existed: protected by the audit chain only
    BROKEN = "broken"  # does not verify: must not be presented as a signature
    UNCHECKED = "unchecked"  # read without checking (lists that only count signatures)


def signature_payload(
    *,
    participant_id: str,
    scope: str,
    visit_id: str | None,
    coverage: dict[str, Any],
    covered_digest: str,
    username: str,
    printed_name: str,
    signed_at_utc: str,
    meaning: str,
    key_id: str,
) -> dict[str, Any]:
    """What the signer's key signs (as core.canonical.canonical_json of this dict)."""
    return {
        "format": SIGNATURE_FORMAT,
        "participant_id": participant_id,
        "scope": scope,
        "visit_id": visit_id,
        "coverage": coverage,
        "covered_digest": covered_digest,
        "username": username,
        "printed_name": printed_name,
        "signed_at_utc": signed_at_utc,
        "meaning": meaning,
        "key_id": key_id,
    }


@dataclass(frozen=True, slots=True)
class SignatureRecord:
    """One signature as stored; a voided signature stays in the history with who/when/why.

    `key_id` is the signer's key fingerprint (None for a legacy signature); `status` and
    `problem` say what checking it found.
    """

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
    coverage: Coverage | None = None
    key_id: str | None = None
    status: SignatureStatus = SignatureStatus.UNCHECKED
    problem: str | None = None

    @property
    def active(self) -> bool:
        return not self.void

    @property
    def valid(self) -> bool:
        """May it be presented as a signature (verified, or legacy and unbroken)?"""
        return self.status in (SignatureStatus.VALID, SignatureStatus.LEGACY)

    @property
    def covered(self) -> Coverage:
        """Its coverage (the old window rule for a signature made before keys existed)."""
        if self.coverage is not None:
            return self.coverage
        return Coverage.old_rule(self.scope, self.visit_id, self.covers_first, self.covers_last)

    def covers_field(self, participant_field: str, discontinued: date | None = None) -> bool:
        """Does this signature cover a field of the participant row (screening form, …)?"""
        return self.covered.covers_field(participant_field, discontinued)

    def covers_record(self, kind: str, record: object) -> bool:
        """Does this signature lock `record` (a core record or a row) of `kind`?"""
        return self.covered.covers(kind, facts_of(kind, record))


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

    def locking_record(self, kind: str, record: object) -> SignatureRecord | None:
        """The signature that locks `record` of `kind`, or None if it is open."""
        if kind == "participant":
            return self.casebook
        return next((s for s in self.signatures if s.covers_record(kind, record)), None)

    def locking_day(self, kind: str, day: date) -> SignatureRecord | None:
        """The signature that locks any record of `kind` dated `day`, recorded or not (a
        diary day still empty: marking it would change what a signature printed)."""
        facts = RecordFacts(day)
        return next((s for s in self.signatures if s.covered.covers(kind, facts)), None)

    def locking_field(
        self, participant_field: str, discontinued: date | None = None
    ) -> SignatureRecord | None:
        """The signature that locks a participant-row field, or None if it is open."""
        return next(
            (s for s in self.signatures if s.covers_field(participant_field, discontinued)), None
        )


@dataclass(frozen=True, slots=True)
class VisitScope:
    """A visit that can be signed or verified: its window (`first`..`last`; none for
    screening), what signing it now would cover, and why it cannot be signed now (None
    when it can)."""

    visit_id: str
    label: str
    first: date | None
    last: date | None
    coverage: Coverage | None = None
    refusal: str | None = None


def signable_visits(day1: date | None, config: ProtocolConfig) -> list[VisitScope]:
    """Screening, then every scheduled visit (those need Day 1 to place their window)."""
    visits = [VisitScope(SCREENING_VISIT, tr("Visit", "Screening"), None, None)]
    if day1 is not None:
        visits += [
            VisitScope(w.visit_id, visit_label(w.definition), w.first, w.last)
            for w in visit_windows(day1, config)
        ]
    return visits


def _screening_blank(participant: Participant) -> bool:
    screening = participant.screening
    answers = [*screening.inclusion.values(), *screening.exclusion.values()]
    return (
        screening.date is None
        and screening.platelets is None
        and screening.significant_bleeding is None
        and all(a is None for a in answers)
        and all(v is None for v in astuple(screening.labs))
    )


def visit_refusal(participant: Participant, visit: VisitScope, today: date) -> str | None:
    """Why `visit` cannot be signed today (None when it can).

    A visit is signed for what its summary prints: not before its window opens, not
    while its days still run on into the future (no count yet, window open), and not
    when it shows no data at all.
    """
    coverage = visit.coverage
    if coverage is None:
        return None
    if coverage.is_screening:
        if _screening_blank(participant):
            return tr("Signature", "The screening form is empty: there is nothing to sign.")
        return None
    if coverage.window_first is not None and coverage.window_first > today:
        return tr(
            "Signature", "The window of {visit} opens on {date}: it cannot be signed before."
        ).format(visit=visit.label, date=coverage.window_first.isoformat())
    if coverage.last is not None and coverage.last > today:
        return tr(
            "Signature",
            "{visit} has no platelet count yet and its window is open until {date}: sign it "
            "once its count is entered or its window has closed.",
        ).format(visit=visit.label, date=coverage.last.isoformat())
    shown = any(
        coverage.shows(kind, facts_of(kind, record))
        for kind, name in RECORDS_OF_KIND.items()
        for record in getattr(participant, name)
    )
    if not shown:
        return tr(
            "Signature",
            "Nothing is recorded for {visit} (no count in its window, no diary day, WHO "
            "grade, dosing decision, adverse event or rescue therapy since the last visit): "
            "there is nothing to sign.",
        ).format(visit=visit.label)
    return None
