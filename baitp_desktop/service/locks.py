"""Signed data is locked: the check every write makes, and the digest of signed data.

`refuse_locked_changes` runs inside `StudyService.apply` after the changes are applied to
the session and before anything is committed. It reads the audit entries the change
would write (so it sees exactly what the change touches, whatever the path) and refuses
the whole transaction if one of them touches data under an active signature — as the
record was before the change or would be after it (moving a count out of a signed window,
or into one, is refused). What a signature covers is decided by core.coverage, the same
object the visit summary prints from.

`covered_records` lists the rows a signature covers as the digest reads them (table, id,
owner, canonical values); signing and `baitp verify` digest them the same way.
`covered_data_hash` is the older fingerprint of the records dated in a window, kept for
SDV marks and for signatures made before signing keys existed.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.coverage import (
    Coverage,
    CoveredRecord,
    RecordFacts,
    facts_from_text,
    facts_of,
)
from baitp_desktop.core.errors import UserFacingError
from baitp_desktop.core.signatures import SignatureRecord, SignatureScope
from baitp_desktop.i18n import tr
from baitp_desktop.storage.audit import audited_fields, canonical
from baitp_desktop.storage.models import RECORD_MODELS, Base, ParticipantRow
from baitp_desktop.storage.part11_models import SignatureRow

# The CRF tables of the declared record kinds, and the kind each holds.
KIND_OF_MODEL: dict[type[Base], str] = {model: kind for kind, model in RECORD_MODELS.items()}
_MODEL_OF_TABLE = {model.__tablename__: model for model in KIND_OF_MODEL}
_DISCONTINUATION_DATE = "discontinuation_date"


class RecordLocked(UserFacingError):
    """A change touches signed data; it must be unlocked (with a reason) first."""

    exit_code = 1

    def __init__(self, message: str, signature: SignatureRecord) -> None:
        super().__init__(message)
        self.signature = signature


def parse_utc(text: str) -> datetime:
    """A stored UTC timestamp ("2026-11-24T10:15:00.000Z") as an aware datetime."""
    return datetime.fromisoformat(text)


def stored_coverage(row: SignatureRow) -> Coverage | None:
    """The coverage a cryptographic signature stored (None: legacy, or unreadable)."""
    if row.coverage is None:
        return None
    try:
        return Coverage.from_json(json.loads(row.coverage))
    except (ValueError, KeyError, TypeError):
        return None


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
        coverage=stored_coverage(row),
        key_id=row.key_id,
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
    _refuse_participant_fields(participant, entries, signatures)
    for label, kind, versions in _touched_records(session, entries):
        for facts in versions:
            for signature in signatures:
                if signature.covered.covers(kind, facts):
                    raise _locked(label, signature)


def _refuse_participant_fields(
    participant: ParticipantRow,
    entries: Sequence[dict[str, Any]],
    signatures: Sequence[SignatureRecord],
) -> None:
    own = [e for e in entries if e["table_name"] == ParticipantRow.__tablename__]
    if not own:
        return
    # The discontinuation counts by every date it had or would have.
    discontinued = {participant.discontinuation_date}
    for entry in own:
        if entry["field"] == _DISCONTINUATION_DATE:
            discontinued |= {_as_date(entry["old_value"]), _as_date(entry["new_value"])}
    for entry in own:
        for signature in signatures:
            if any(signature.covers_field(entry["field"], day) for day in discontinued):
                raise _locked(f"{entry['record_label']} ({entry['field']})", signature)


def _touched_records(
    session: Session, entries: Iterable[dict[str, Any]]
) -> list[tuple[str, str, list[RecordFacts]]]:
    """Each touched CRF record: its label, kind, and its facts before and after the change."""
    grouped: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        if entry["table_name"] in _MODEL_OF_TABLE and entry["record_id"] is not None:
            grouped[(entry["table_name"], entry["record_id"])].append(entry)
    touched: list[tuple[str, str, list[RecordFacts]]] = []
    for (table, record_id), group in grouped.items():
        model = _MODEL_OF_TABLE[table]
        kind = KIND_OF_MODEL[model]
        row = session.get(model, record_id)  # as changed (None once deleted)
        versions: list[RecordFacts] = []
        before: dict[str, str | None] = {}
        if row is not None:
            versions.append(facts_of(kind, row))
            before = {field: canonical(getattr(row, field)) for field in audited_fields(model)}
        if not any(e["action"] == "insert" for e in group):
            restored: set[str] = set()
            for entry in group:  # the earliest entry of a field holds its old value
                if entry["field"] not in restored:
                    before[entry["field"]] = entry["old_value"]
                    restored.add(entry["field"])
            versions.append(facts_from_text(kind, before))
        touched.append((group[0]["record_label"], kind, versions))
    return touched


@dataclass(frozen=True, slots=True)
class ReadRow:
    """A CRF row as coverage and the digest read it: its facts, id and canonical values."""

    facts: RecordFacts
    record_id: int
    values: dict[str, str | None]


# A participant's CRF rows by kind, read once when several signatures are checked.
ParticipantRows = dict[type[Base], list[ReadRow]]


def participant_rows(session: Session, participant: ParticipantRow) -> ParticipantRows:
    """Every CRF row of a participant, one query per table."""
    out: ParticipantRows = {}
    for model, kind in KIND_OF_MODEL.items():
        names = audited_fields(model)
        rows = session.scalars(
            select(model).where(model.participant_pk == participant.id)  # type: ignore[attr-defined]
        )
        out[model] = [
            ReadRow(
                facts_of(kind, row),
                int(getattr(row, "id")),  # noqa: B009 - Base declares no id
                {name: canonical(getattr(row, name)) for name in names},
            )
            for row in rows
        ]
    return out


def covered_records(
    session: Session,
    participant: ParticipantRow,
    coverage: Coverage,
    rows: ParticipantRows | None = None,
) -> list[CoveredRecord]:
    """Every row `coverage` covers, as core.coverage.covered_digest reads it (`rows`: the
    participant's rows when already read)."""
    rows = rows if rows is not None else participant_rows(session, participant)
    pid = participant.participant_id
    fields = {
        field: canonical(getattr(participant, field))
        for field in audited_fields(ParticipantRow)
        if coverage.covers_field(field, participant.discontinuation_date)
    }
    records = [CoveredRecord(ParticipantRow.__tablename__, participant.id, pid, fields)]
    for model, kind in KIND_OF_MODEL.items():
        records += [
            CoveredRecord(model.__tablename__, row.record_id, pid, row.values)
            for row in rows[model]
            if coverage.covers(kind, row.facts)
        ]
    return records


def covered_data_hash(
    session: Session,
    participant: ParticipantRow,
    scope: SignatureScope,
    visit_id: str | None,
    first: date | None,
    last: date | None,
) -> str:
    """SHA-256 over the canonical values of every field an SDV mark (or a signature made
    before signing keys existed) covers: the window rule of `Coverage.old_rule`."""
    rule = Coverage.old_rule(scope, visit_id, first, last)
    lines: list[str] = []
    for field in audited_fields(ParticipantRow):
        if rule.covers_field(field):
            lines.append(f"participant|{field}={canonical(getattr(participant, field))}")
    for model, kind in KIND_OF_MODEL.items():
        rows = session.scalars(
            select(model).where(model.participant_pk == participant.id)  # type: ignore[attr-defined]
        )
        for row in rows:
            if rule.covers(kind, facts_of(kind, row)):
                for field in audited_fields(model):
                    value = canonical(getattr(row, field))
                    lines.append(f"{model.__tablename__}|{row.id}|{field}={value}")  # type: ignore[attr-defined]
    lines.sort()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
