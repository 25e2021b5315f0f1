"""Source-data verification marks: a monitor records that a visit matches the source.

A mark covers what a visit signature covers (core/signatures.py) and stores a
fingerprint of that data. It does not lock anything: when the data change later, the
mark shows "changed since verified" and the monitor verifies again (which voids the old
mark) or clears it with a reason. Marks are voided, never deleted, and audited.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.signatures import SdvMark, SignatureScope, signable_visits
from baitp_desktop.i18n import tr
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.errors import NotFound
from baitp_desktop.service.locks import covered_data_hash, parse_utc
from baitp_desktop.service.roles import Permission, require
from baitp_desktop.storage.audit import AuditTrail, utc_now
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import ParticipantRow
from baitp_desktop.storage.part11_models import SdvMarkRow


def _mark(row: SdvMarkRow, participant: ParticipantRow, session: Session) -> SdvMark:
    changed = not row.void and row.data_hash != _hash(session, participant, row)
    return SdvMark(
        mark_id=row.id,
        participant_id=participant.participant_id,
        visit_id=row.visit_id,
        username=row.username,
        printed_name=row.printed_name,
        verified_at_utc=parse_utc(row.verified_at_utc),
        covers_first=row.covers_first,
        covers_last=row.covers_last,
        void=row.void,
        voided_at_utc=parse_utc(row.voided_at_utc) if row.voided_at_utc else None,
        voided_by=row.voided_by,
        void_reason=row.void_reason,
        changed_since=changed,
    )


def _hash(session: Session, participant: ParticipantRow, row: SdvMarkRow) -> str:
    return covered_data_hash(
        session, participant, SignatureScope.VISIT, row.visit_id, row.covers_first, row.covers_last
    )


class SdvService:
    def __init__(
        self, database: Database, actor: Actor, config: ProtocolConfig | None = None
    ) -> None:
        self.database = database
        self.actor = actor
        self.config = config or default_config()

    def marks(self, participant_id: str) -> list[SdvMark]:
        """Every mark of a participant, oldest first, voided ones included."""
        with self.database.read_session() as session:
            participant = _participant(session, participant_id)
            rows = session.scalars(
                select(SdvMarkRow)
                .where(SdvMarkRow.participant_pk == participant.id)
                .order_by(SdvMarkRow.id)
            )
            return [_mark(row, participant, session) for row in rows]

    def mark_verified(self, participant_id: str, visit_id: str) -> SdvMark:
        """Record that `visit_id`'s data match the source (re-verifying voids a stale mark)."""
        require(self.actor, Permission.VERIFY_SOURCE)
        with self.database.write_session() as session:
            participant = _participant(session, participant_id)
            visits = signable_visits(participant.first_dose_date, self.config)
            visit = next((v for v in visits if v.visit_id == visit_id), None)
            if visit is None:
                raise InvalidInput(
                    [
                        InputProblem(
                            participant_id,
                            "",
                            "visit",
                            tr("SDV", "no visit {visit} (scheduled visits need Day 1)").format(
                                visit=visit_id
                            ),
                        )
                    ]
                )
            trail = AuditTrail(session, self.actor.username, participant_id)
            data_hash = covered_data_hash(
                session, participant, SignatureScope.VISIT, visit_id, visit.first, visit.last
            )
            for old in session.scalars(
                select(SdvMarkRow).where(
                    SdvMarkRow.participant_pk == participant.id,
                    SdvMarkRow.visit_id == visit_id,
                    SdvMarkRow.void.is_(False),
                )
            ):
                if old.data_hash == data_hash:
                    raise UserFacingError(
                        tr("SDV", "{pid} visit {visit} is already verified and unchanged.").format(
                            pid=participant_id, visit=visit_id
                        )
                    )
                trail.voided(old, tr("SDV", "Verified again after the data changed"))
            row = SdvMarkRow(
                participant_pk=participant.id,
                visit_id=visit_id,
                username=self.actor.username,
                printed_name=self.actor.display_name,
                verified_at_utc=utc_now(),
                covers_first=visit.first,
                covers_last=visit.last,
                data_hash=data_hash,
                void=False,
            )
            session.add(row)
            session.flush()
            trail.inserted(row, tr("SDV", "Source data verified"))
            trail.write()
            return _mark(row, participant, session)

    def clear(self, mark_id: int, reason: str) -> None:
        """Withdraw a mark (kept, void, with the reason)."""
        require(self.actor, Permission.VERIFY_SOURCE)
        reason = reason.strip()
        if not reason:
            raise InvalidInput(
                [InputProblem("", "SDV", "reason", tr("SDV", "a reason is required"))]
            )
        with self.database.write_session() as session:
            row = session.get(SdvMarkRow, mark_id)
            if row is None or row.void:
                raise NotFound(tr("SDV", "No active SDV mark {id}.").format(id=mark_id))
            pid = session.get_one(ParticipantRow, row.participant_pk).participant_id
            trail = AuditTrail(session, self.actor.username, pid)
            trail.voided(row, reason)
            trail.write()


def _participant(session: Session, participant_id: str) -> ParticipantRow:
    row = session.scalars(
        select(ParticipantRow).where(ParticipantRow.participant_id == participant_id)
    ).one_or_none()
    if row is None:
        raise NotFound(
            tr("Service", "No participant {pid} in this database.").format(pid=participant_id)
        )
    return row
