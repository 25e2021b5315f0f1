"""Electronic signatures (21 CFR 11.50, 11.70, 11.200): sign, unlock, read, verify.

An investigator signs a visit or the whole casebook by typing their password again (a
wrong one counts towards the account lockout). The signature stores the printed name,
the user name, the UTC time, the meaning and a fingerprint of the data it covers (see
`service/locks.py`), and locks that data. Unlocking needs a reason and voids the
signature; a voided signature is kept, with who voided it, when and why.

Signing and unlocking bump the participant's version, like a data change: a screen that
showed the participant before it was signed reloads instead of saving into signed data.
Reports read signatures with `signatures_for`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.signatures import (
    SIGNATURE_MEANING,
    LockState,
    SignatureRecord,
    SignatureScope,
    VisitScope,
    signable_visits,
)
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.errors import NotFound
from baitp_desktop.service.locks import (
    covered_data_hash,
    describe_signature,
    signature_record,
)
from baitp_desktop.service.roles import Permission, require
from baitp_desktop.service.study_service import StudyService
from baitp_desktop.service.users import UserService
from baitp_desktop.storage.anchors import AnchorEvent, record_anchor
from baitp_desktop.storage.audit import AuditTrail, utc_now
from baitp_desktop.storage.compliance_models import SignatureRow
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import ParticipantRow


class AlreadySigned(UserFacingError):
    exit_code = 1


def signatures_for(database: Database, participant_id: str) -> list[SignatureRecord]:
    """Every signature of a participant, oldest first, voided ones included (for reports)."""
    with database.read_session() as session:
        return _signatures(session, participant_id)


def signatures_in(session: Session, participant_id: str) -> list[SignatureRecord]:
    """`signatures_for` inside a unit of work of the caller's (a consistent snapshot)."""
    return _signatures(session, participant_id)


def _signatures(session: Session, participant_id: str) -> list[SignatureRecord]:
    query = (
        select(SignatureRow)
        .join(ParticipantRow, SignatureRow.participant_pk == ParticipantRow.id)
        .where(ParticipantRow.participant_id == participant_id)
        .order_by(SignatureRow.id)
    )
    return [signature_record(row, participant_id) for row in session.scalars(query)]


def signatures_by_participant(database: Database) -> dict[str, list[SignatureRecord]]:
    """Every participant's signatures in one read (the site dashboard's unsigned visits)."""
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
    """`baitp verify`'s verdict on the signatures: how many were checked, the first problem."""

    checked: int
    problem: str | None


def verify_signatures(database: Database) -> SignatureCheck:
    """Does the data under every active signature still match what was signed?"""
    checked = 0
    with database.read_session() as session:
        rows = session.execute(
            select(SignatureRow, ParticipantRow)
            .join(ParticipantRow, SignatureRow.participant_pk == ParticipantRow.id)
            .where(SignatureRow.void.is_(False))
            .order_by(SignatureRow.id)
        )
        for signature, participant in rows:
            checked += 1
            scope = SignatureScope(signature.scope)
            now = covered_data_hash(
                session,
                participant,
                scope,
                signature.visit_id,
                signature.covers_first,
                signature.covers_last,
            )
            if now != signature.data_hash:
                record = signature_record(signature, participant.participant_id)
                return SignatureCheck(
                    checked,
                    tr(
                        "Signature",
                        "signature {id} of {pid} ({what}): the signed data changed after "
                        "signing without an unlock",
                    ).format(
                        id=signature.id,
                        pid=participant.participant_id,
                        what=describe_signature(record),
                    ),
                )
    return SignatureCheck(checked, None)


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
        self.study = StudyService(database, actor, self.config, today)

    # -- reading ---------------------------------------------------------------------------
    def signatures(self, participant_id: str) -> list[SignatureRecord]:
        return signatures_for(self.database, participant_id)

    def lock_state(self, participant_id: str) -> LockState:
        return LockState.of(self.signatures(participant_id))

    def visits(self, participant_id: str) -> list[VisitScope]:
        """The visits of this participant that can be signed, with their windows."""
        participant = self.study.participant(participant_id)
        return signable_visits(participant.first_dose_date, self.config)

    # -- signing ---------------------------------------------------------------------------
    def sign_visit(
        self,
        participant_id: str,
        visit_id: str,
        password: str,
        *,
        expected_version: int | None = None,
    ) -> SignatureRecord:
        """Sign one visit (password re-entry); its records are locked from now on."""
        visit = next((v for v in self.visits(participant_id) if v.visit_id == visit_id), None)
        if visit is None:
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
        return self._sign(participant_id, SignatureScope.VISIT, visit, password, expected_version)

    def sign_casebook(
        self, participant_id: str, password: str, *, expected_version: int | None = None
    ) -> SignatureRecord:
        """Sign the whole casebook (password re-entry); all its data is locked from now on."""
        return self._sign(participant_id, SignatureScope.CASEBOOK, None, password, expected_version)

    def _sign(
        self,
        participant_id: str,
        scope: SignatureScope,
        visit: VisitScope | None,
        password: str,
        expected_version: int | None,
    ) -> SignatureRecord:
        require(self.actor, Permission.SIGN)
        signer = UserService(self.database, self.actor).check_password(password)
        require(signer, Permission.SIGN)  # the role as stored now, not as at sign-in
        visit_id = visit.visit_id if visit else None
        first, last = (visit.first, visit.last) if visit else (None, None)
        with self.database.write_session() as session:
            participant = self.study._lock_participant(session, participant_id, expected_version)
            for existing in _signatures(session, participant_id):
                if existing.active and existing.scope is scope and existing.visit_id == visit_id:
                    raise AlreadySigned(
                        tr("Signature", "{pid} is already signed: {signature}.").format(
                            pid=participant_id, signature=describe_signature(existing)
                        )
                    )
            row = SignatureRow(
                participant_pk=participant.id,
                scope=scope.value,
                visit_id=visit_id,
                username=signer.username,
                printed_name=signer.display_name,
                meaning=SIGNATURE_MEANING,
                signed_at_utc=utc_now(),
                covers_first=first,
                covers_last=last,
                void=False,
                data_hash=covered_data_hash(session, participant, scope, visit_id, first, last),
            )
            session.add(row)
            session.flush()
            trail = AuditTrail(session, signer.username, participant_id)
            trail.inserted(row, tr("Signature", "Electronic signature"))
            trail.write()
            participant.version += 1
            signed = signature_record(row, participant_id)
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
