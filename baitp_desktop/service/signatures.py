"""Electronic signatures (21 CFR 11.50, 11.70, 11.200): sign, unlock, read, verify.

An investigator signs a visit or the whole casebook by typing their password again: it
opens their signing key (a wrong one counts towards the account lockout). The signature
stores the printed name, the user name, the UTC time, the meaning, what it covers
(core.coverage) and the digest of that data, and the signer's Ed25519 key signs all of
it (core.signatures.signature_payload); the data are locked from then on. Unlocking needs
a reason and voids the signature; a voided signature is kept, with who voided it, when
and why.

Reading checks: `signatures_for` gives every signature with what checking it found
(core.signature_evidence), so that a report or a screen never presents a broken one as
a signature; `verify_signatures` is the signature part of `baitp verify`.

Signing and unlocking bump the participant's version, like a data change: a screen that
showed the participant before it was signed reloads instead of saving into signed data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.canonical import canonical_json
from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.course import Course
from baitp_desktop.core.coverage import Coverage, covered_digest, visit_coverage
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.signature_evidence import (
    EVIDENCE_TABLES,
    StoredSignature,
    TrailEntry,
    TrailFacts,
    Verdict,
    check_legacy,
    check_signature,
)
from baitp_desktop.core.signatures import (
    SIGNATURE_MEANING,
    LockState,
    SignatureRecord,
    SignatureScope,
    SignatureStatus,
    VisitScope,
    signable_visits,
    signature_payload,
    visit_refusal,
)
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.errors import NotFound
from baitp_desktop.service.locks import (
    ParticipantRows,
    covered_data_hash,
    covered_records,
    describe_signature,
    participant_rows,
    signature_record,
)
from baitp_desktop.service.roles import PERMISSIONS, Permission, require
from baitp_desktop.service.study_service import StudyService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import repository
from baitp_desktop.storage.anchors import AnchorEvent, record_anchor
from baitp_desktop.storage.audit import AuditTrail, utc_now
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import AuditEntryRow, ParticipantRow
from baitp_desktop.storage.part11_models import SignatureRow, SigningKeyRow

# The roles that may sign (the trail must show the signer in one of them).
SIGNING_ROLES = frozenset(
    role.value for role, allowed in PERMISSIONS.items() if Permission.SIGN in allowed
)


class AlreadySigned(UserFacingError):
    exit_code = 1


class CannotSign(UserFacingError):
    """The visit cannot be signed now (window not open yet, still running, no data)."""

    exit_code = 1


# -- reading and checking ------------------------------------------------------------------
def trail_facts(session: Session) -> TrailFacts:
    """The audit trail's account, key and signature entries, for the checks."""
    query = (
        select(
            AuditEntryRow.id,
            AuditEntryRow.table_name,
            AuditEntryRow.record_id,
            AuditEntryRow.action,
            AuditEntryRow.field,
            AuditEntryRow.new_value,
        )
        .where(AuditEntryRow.table_name.in_(EVIDENCE_TABLES))
        .order_by(AuditEntryRow.id)
    )
    return TrailFacts(TrailEntry(*row) for row in session.execute(query))


def _stored(row: SignatureRow, participant_id: str) -> StoredSignature:
    return StoredSignature(
        signature_id=row.id,
        participant_id=participant_id,
        scope=row.scope,
        visit_id=row.visit_id,
        username=row.username,
        printed_name=row.printed_name,
        signed_at_utc=row.signed_at_utc,
        meaning=row.meaning,
        data_hash=row.data_hash,
        key_id=row.key_id,
        coverage=row.coverage,
        signature=row.signature,
    )


def check_row(
    session: Session,
    row: SignatureRow,
    participant: ParticipantRow,
    facts: TrailFacts,
    rows: ParticipantRows | None = None,
) -> Verdict:
    """Check one stored signature against the trail and the data it covers now (`rows`:
    the participant's CRF rows when already read)."""
    stored = _stored(row, participant.participant_id)
    if row.key_id is None:
        now = covered_data_hash(
            session,
            participant,
            SignatureScope(row.scope),
            row.visit_id,
            row.covers_first,
            row.covers_last,
        )
        return check_legacy(stored, facts, now)
    try:
        coverage = Coverage.from_json(json.loads(row.coverage or ""))
    except (ValueError, KeyError, TypeError):
        coverage = None
    digest = "" if coverage is None else _digest(session, participant, coverage, rows)
    in_table = session.scalars(
        select(SigningKeyRow.public_key).where(SigningKeyRow.fingerprint == row.key_id)
    ).first()
    return check_signature(stored, facts, digest, SIGNING_ROLES, in_table)


def _digest(
    session: Session,
    participant: ParticipantRow,
    coverage: Coverage,
    rows: ParticipantRows | None = None,
) -> str:
    return covered_digest(covered_records(session, participant, coverage, rows))


def _checked(record: SignatureRecord, verdict: Verdict) -> SignatureRecord:
    return replace(record, status=verdict.status, problem=verdict.note)


def signatures_for(database: Database, participant_id: str) -> list[SignatureRecord]:
    """Every signature of a participant, oldest first, voided ones included; the active
    ones checked (status and problem), for reports and screens."""
    with database.read_session() as session:
        return signatures_in(session, participant_id)


def signatures_in(session: Session, participant_id: str) -> list[SignatureRecord]:
    """`signatures_for` inside a unit of work of the caller's (a consistent snapshot)."""
    participant = session.scalars(
        select(ParticipantRow).where(ParticipantRow.participant_id == participant_id)
    ).first()
    if participant is None:
        return []
    rows = list(
        session.scalars(
            select(SignatureRow)
            .where(SignatureRow.participant_pk == participant.id)
            .order_by(SignatureRow.id)
        )
    )
    facts = trail_facts(session) if any(not r.void for r in rows) else None
    crf = participant_rows(session, participant) if facts is not None else None
    out: list[SignatureRecord] = []
    for row in rows:
        record = signature_record(row, participant_id)
        if facts is not None and not row.void:
            record = _checked(record, check_row(session, row, participant, facts, crf))
        out.append(record)
    return out


def signatures_by_participant(database: Database) -> dict[str, list[SignatureRecord]]:
    """Every participant's signatures in one read, unchecked (the site dashboard counts
    unsigned visits; it does not present signatures)."""
    out: dict[str, list[SignatureRecord]] = {}
    with database.read_session() as session:
        rows = session.execute(
            select(SignatureRow, ParticipantRow.participant_id)
            .join(ParticipantRow, SignatureRow.participant_pk == ParticipantRow.id)
            .order_by(SignatureRow.id)
        )
        for row, participant_id in rows:
            out.setdefault(participant_id, []).append(signature_record(row, participant_id))
    return out


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """`baitp verify`'s verdict on the signatures: how many were checked, every broken one
    (`problems`), and the legacy ones (`warnings`)."""

    checked: int
    problems: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    @property
    def problem(self) -> str | None:
        return self.problems[0] if self.problems else None


def verify_signatures(database: Database) -> SignatureCheck:
    """Check every active signature: key, signer and the data under it."""
    problems: list[str] = []
    warnings: list[str] = []
    checked = 0
    with database.snapshot_session() as session:  # trail and data of one moment
        facts = trail_facts(session)
        rows = session.execute(
            select(SignatureRow, ParticipantRow)
            .join(ParticipantRow, SignatureRow.participant_pk == ParticipantRow.id)
            .where(SignatureRow.void.is_(False))
            .order_by(SignatureRow.id)
        )
        crf: dict[int, ParticipantRows | None] = {}
        for row, participant in rows:
            checked += 1
            if participant.id not in crf:
                crf[participant.id] = _readable_rows(session, participant, problems)
            data = crf[participant.id]
            if data is None:  # named once in `problems`: its signatures cannot be checked
                continue
            verdict = check_row(session, row, participant, facts, data)
            if verdict.status is SignatureStatus.VALID or verdict.note is None:
                continue
            text = tr("Signature", "signature {id} of {pid} ({what}): {problem}").format(
                id=row.id,
                pid=participant.participant_id,
                what=describe_signature(signature_record(row, participant.participant_id)),
                problem=verdict.note,
            )
            (warnings if verdict.status is SignatureStatus.LEGACY else problems).append(text)
    return SignatureCheck(checked, tuple(problems), tuple(warnings))


def _readable_rows(
    session: Session, participant: ParticipantRow, problems: list[str]
) -> ParticipantRows | None:
    """The participant's CRF rows, or None with a problem when a stored value cannot be
    read as its column's type (edited outside the application: verify names the value)."""
    try:
        return participant_rows(session, participant)
    except (ValueError, TypeError, OverflowError) as exc:
        problems.append(
            tr(
                "Signature",
                "the signatures of {pid} cannot be checked: a stored value cannot be read "
                "({detail})",
            ).format(pid=participant.participant_id, detail=exc)
        )
        return None


# -- the service -----------------------------------------------------------------------------
class SignatureService:
    """Signing, unlocking and reading signatures, performed by `actor`."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        config: ProtocolConfig | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.database = database
        self.actor = actor
        self.config = config or default_config()
        self.today = today
        self.study = StudyService(database, actor, self.config, today)

    # -- reading ---------------------------------------------------------------------------
    def signatures(self, participant_id: str) -> list[SignatureRecord]:
        return signatures_for(self.database, participant_id)

    def signer_key(self) -> str | None:
        """The fingerprint of the acting person's signing key (None: not made yet)."""
        with self.database.read_session() as session:
            return session.scalars(
                select(SigningKeyRow.fingerprint)
                .where(
                    SigningKeyRow.username == self.actor.username,
                    SigningKeyRow.retired_at_utc.is_(None),
                )
                .order_by(SigningKeyRow.id.desc())
            ).first()

    def lock_state(self, participant_id: str) -> LockState:
        return LockState.of(self.signatures(participant_id))

    def visits(self, participant_id: str) -> list[VisitScope]:
        """The visits of this participant, each with what signing it now would cover and
        why it cannot be signed now (None when it can)."""
        participant = self.study.participant(participant_id)
        course = Course(participant, self.config)
        today = self.today()
        out: list[VisitScope] = []
        for visit in signable_visits(participant.first_dose_date, self.config):
            visit = replace(visit, coverage=visit_coverage(course, visit.visit_id))
            out.append(replace(visit, refusal=visit_refusal(participant, visit, today)))
        return out

    # -- signing ---------------------------------------------------------------------------
    def sign_visit(
        self,
        participant_id: str,
        visit_id: str,
        password: str,
        *,
        expected_version: int | None = None,
    ) -> SignatureRecord:
        """Sign one visit (password re-entry); what its summary prints is locked from now on."""
        visit = next((v for v in self.visits(participant_id) if v.visit_id == visit_id), None)
        if visit is None or visit.coverage is None:
            raise InvalidInput(
                [
                    InputProblem(
                        participant_id,
                        "",
                        "visit",
                        tr(
                            "Signature",
                            "no visit {visit} to sign (scheduled visits need Day 1, "
                            "the first dose date)",
                        ).format(visit=visit_id),
                    )
                ]
            )
        if visit.refusal is not None:
            raise CannotSign(visit.refusal)
        return self._sign(participant_id, visit.coverage, password, expected_version)

    def sign_casebook(
        self, participant_id: str, password: str, *, expected_version: int | None = None
    ) -> SignatureRecord:
        """Sign the whole casebook (password re-entry); all its data is locked from now on."""
        return self._sign(participant_id, Coverage.casebook(), password, expected_version)

    def _sign(
        self,
        participant_id: str,
        coverage: Coverage,
        password: str,
        expected_version: int | None,
    ) -> SignatureRecord:
        require(self.actor, Permission.SIGN)
        signer, key = UserService(self.database, self.actor).open_signing_key(password)
        require(signer, Permission.SIGN)  # the role as stored now, not as at sign-in
        scope, visit_id = coverage.scope, coverage.visit_id
        with self.database.write_session() as session:
            participant = self.study._lock_participant(session, participant_id, expected_version)
            if coverage.visit_id is not None:  # the data may have changed since it was read
                now = repository.load_participant(session, participant_id)
                current = None if now is None else Course(now, self.config)
                if current is None or visit_coverage(current, coverage.visit_id) != coverage:
                    raise CannotSign(
                        tr(
                            "Signature",
                            "{pid} changed while signing; look at the visit again and sign.",
                        ).format(pid=participant_id)
                    )
            for existing in _signatures_in(session, participant):
                if existing.active and existing.scope is scope and existing.visit_id == visit_id:
                    raise AlreadySigned(
                        tr("Signature", "{pid} is already signed: {signature}.").format(
                            pid=participant_id, signature=describe_signature(existing)
                        )
                    )
            digest = _digest(session, participant, coverage)
            signed_at = utc_now()
            payload = signature_payload(
                participant_id=participant_id,
                scope=scope.value,
                visit_id=visit_id,
                coverage=coverage.to_json(),
                covered_digest=digest,
                username=signer.username,
                printed_name=signer.display_name,
                signed_at_utc=signed_at,
                meaning=SIGNATURE_MEANING,
                key_id=key.fingerprint,
            )
            row = SignatureRow(
                participant_pk=participant.id,
                scope=scope.value,
                visit_id=visit_id,
                username=signer.username,
                printed_name=signer.display_name,
                meaning=SIGNATURE_MEANING,
                signed_at_utc=signed_at,
                covers_first=coverage.first,
                covers_last=coverage.last,
                void=False,
                data_hash=digest,
                key_id=key.fingerprint,
                coverage=canonical_json(coverage.to_json()).decode("utf-8"),
                signature=key.sign(payload),
            )
            session.add(row)
            session.flush()
            trail = AuditTrail(session, signer.username, participant_id)
            trail.inserted(row, tr("Signature", "Electronic signature"))
            trail.write()
            participant.version += 1
            signed = replace(signature_record(row, participant_id), status=SignatureStatus.VALID)
        record_anchor(self.database, AnchorEvent.SIGNATURE)  # the signed trail, kept outside
        return signed

    # -- unlocking -------------------------------------------------------------------------
    def unlock(self, signature_id: int, reason: str, *, expected_version: int | None = None) -> int:
        """Void a signature so that its data can be changed; returns the new version."""
        require(self.actor, Permission.UNLOCK)
        reason = reason.strip()
        if not reason:
            raise InvalidInput(
                [
                    InputProblem(
                        "",
                        tr("Signature", "Unlock"),
                        "reason",
                        tr("Signature", "a reason is required to unlock signed data"),
                    )
                ]
            )
        with self.database.write_session() as session:
            row = session.get(SignatureRow, signature_id)
            if row is None:
                raise NotFound(tr("Signature", "No signature {id}.").format(id=signature_id))
            pid = session.get_one(ParticipantRow, row.participant_pk).participant_id
            participant = self.study._lock_participant(session, pid, expected_version)
            if row.void:
                raise UserFacingError(
                    tr("Signature", "Signature {id} is already void.").format(id=signature_id)
                )
            trail = AuditTrail(session, self.actor.username, pid)
            trail.voided(row, reason)
            trail.write()
            participant.version += 1
            return participant.version


def _signatures_in(session: Session, participant: ParticipantRow) -> list[SignatureRecord]:
    rows = session.scalars(
        select(SignatureRow)
        .where(SignatureRow.participant_pk == participant.id)
        .order_by(SignatureRow.id)
    )
    return [signature_record(row, participant.participant_id) for row in rows]
