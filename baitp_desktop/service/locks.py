"""Signed data is locked: the check every write makes, and the fingerprint of signed data.

`refuse_locked_changes` runs inside `StudyService.apply` after the changes are applied to
the session and before anything is committed. It reads the audit entries the change
would write (so it sees exactly what the change touches, whatever the path) and refuses
the whole transaction if one of them falls under an active signature (what a signature
covers is defined in `baitp_desktop.core.signatures`). A record is checked at every date
it had or would have: moving a count out of a signed window, or into one, is refused.

`covered_data_hash` fingerprints the data a signature or an SDV mark covers, so that
`baitp verify` can tell whether signed data changed after signing.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.signatures import SignatureRecord, SignatureScope
from baitp_desktop.i18n import tr
from baitp_desktop.storage.audit import audited_fields, canonical
from baitp_desktop.storage.compliance_models import SignatureRow
from baitp_desktop.storage.models import (
    AdverseEventRow,
    Base,
    BleedingRow,
    DoseRow,
    DosingDecisionRow,
    ParticipantRow,
    PlateletCountRow,
    RescueRow,
)

# The CRF tables whose rows belong to a visit by a date, and that date's column.
DATED_MODELS: dict[type[Base], str] = {
    DoseRow: "date",
    DosingDecisionRow: "date",
    PlateletCountRow: "date",
    BleedingRow: "date",
    AdverseEventRow: "onset",
    RescueRow: "date",
}
_MODEL_OF_TABLE = {model.__tablename__: model for model in DATED_MODELS}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class RecordLocked(UserFacingError):
    """A change touches signed data; it must be unlocked (with a reason) first."""

    exit_code = 1

    def __init__(self, message: str, signature: SignatureRecord) -> None:
        super().__init__(message)
        self.signature = signature


def parse_utc(text: str) -> datetime:
    """A stored UTC timestamp ("2026-11-24T10:15:00.000Z") as an aware datetime."""
    return datetime.fromisoformat(text)


def signature_record(row: SignatureRow, participant_id: str) -> SignatureRecord:
    return SignatureRecord(
        signature_id=row.id,
        participant_id=participant_id,
        scope=SignatureScope(row.scope),
        visit_id=row.visit_id,
        printed_name=row.printed_name,
        username=row.username,
        signed_at_utc=parse_utc(row.signed_at_utc),
        meaning=row.meaning,
        covers_first=row.covers_first,
        covers_last=row.covers_last,
        void=row.void,
        voided_at_utc=parse_utc(row.voided_at_utc) if row.voided_at_utc else None,
        voided_by=row.voided_by,
        void_reason=row.void_reason,
    )


def active_signatures(session: Session, participant: ParticipantRow) -> list[SignatureRecord]:
    rows = session.scalars(
        select(SignatureRow)
        .where(SignatureRow.participant_pk == participant.id, SignatureRow.void.is_(False))
        .order_by(SignatureRow.id)
    )
    return [signature_record(row, participant.participant_id) for row in rows]


def describe_signature(signature: SignatureRecord) -> str:
    """ "the signature of visit d7 by Dr Li (li.wei, 2026-11-24 10:15 UTC)"."""
    if signature.scope is SignatureScope.CASEBOOK:
        what = tr("Signature", "the casebook signature")
    else:
        what = tr("Signature", "the signature of visit {visit}").format(visit=signature.visit_id)
    return tr("Signature", "{what} by {name} ({user}, {when} UTC)").format(
        what=what,
        name=signature.printed_name,
        user=signature.username,
        when=signature.signed_at_utc.strftime("%Y-%m-%d %H:%M"),
    )


def _locked(label: str, signature: SignatureRecord) -> RecordLocked:
    return RecordLocked(
        tr(
            "Signature",
            "{record} is locked by {signature}. An investigator must unlock it first "
            "(Unlock… with a reason); unlocking voids that signature. Nothing was changed.",
        ).format(record=label, signature=describe_signature(signature)),
        signature,
    )


def _as_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def refuse_locked_changes(
    session: Session, participant: ParticipantRow, entries: Sequence[dict[str, Any]]
) -> None:
    """Raise RecordLocked if any pending audit entry touches data under an active signature."""
    if not entries:
        return
    signatures = active_signatures(session, participant)
    if not signatures:
        return
    casebook = next((s for s in signatures if s.scope is SignatureScope.CASEBOOK), None)
    if casebook is not None:
        raise _locked(entries[0]["record_label"], casebook)
    touched: dict[tuple[str, int | None], str] = {}  # dated record -> its label
    for entry in entries:
        table = entry["table_name"]
        if table == ParticipantRow.__tablename__:
            for signature in signatures:
                if signature.covers_field(entry["field"]):
                    raise _locked(f"{entry['record_label']} ({entry['field']})", signature)
        elif table in _MODEL_OF_TABLE:
            touched.setdefault((table, entry["record_id"]), entry["record_label"])
    days = _dates_of_records(session, entries)
    for key, label in touched.items():
        for day in days.get(key, ()):
            for signature in signatures:
                if signature.covers_date(day):
                    raise _locked(label, signature)


def _dates_of_records(
    session: Session, entries: Iterable[dict[str, Any]]
) -> dict[tuple[str, int | None], set[date]]:
    """Every date each touched record had or will have: before, after, and as it stands."""
    days: dict[tuple[str, int | None], set[date]] = defaultdict(set)
    for entry in entries:
        model = _MODEL_OF_TABLE.get(entry["table_name"])
        if model is None:
            continue
        found = days[(entry["table_name"], entry["record_id"])]
        if entry["field"] == DATED_MODELS[model]:
            found |= {d for d in map(_as_date, (entry["old_value"], entry["new_value"])) if d}
    ids_by_table: dict[str, list[int]] = defaultdict(list)
    for table, record_id in days:
        if record_id is not None:
            ids_by_table[table].append(record_id)
    for table, ids in ids_by_table.items():  # the current dates, one query per table
        model = _MODEL_OF_TABLE[table]
        column = getattr(model, DATED_MODELS[model])
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            query = select(model.id, column).where(model.id.in_(chunk))  # type: ignore[attr-defined]
            for record_id, day in session.execute(query):
                days[(table, record_id)].add(day)
    return days


def covered_data_hash(
    session: Session,
    participant: ParticipantRow,
    scope: SignatureScope,
    visit_id: str | None,
    first: date | None,
    last: date | None,
) -> str:
    """SHA-256 over the canonical values of every field a signature/SDV mark covers."""
    probe = SignatureRecord(0, "", scope, visit_id, "", "", _EPOCH, "", first, last)
    lines: list[str] = []
    for field in audited_fields(ParticipantRow):
        if probe.covers_field(field):
            lines.append(f"participant|{field}={canonical(getattr(participant, field))}")
    for model, date_field in DATED_MODELS.items():
        rows = session.scalars(
            select(model).where(model.participant_pk == participant.id)  # type: ignore[attr-defined]
        )
        for row in rows:
            if probe.covers_date(getattr(row, date_field)):
                for field in audited_fields(model):
                    value = canonical(getattr(row, field))
                    lines.append(f"{model.__tablename__}|{row.id}|{field}={value}")  # type: ignore[attr-defined]
    lines.sort()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
