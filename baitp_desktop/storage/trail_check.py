"""`verify`'s checks of the trail against itself and against the data.

In order: the hash chain (each entry's hash covers its content and the hash before it);
then every current row of every audited table, read as stored (storage/stored_values.py):
each value well formed, equal to its last audit entry's new value, and the row owned by
the participant its audit entries name (at its insert and at its last change), so that a
record moved to another participant in the file is named ("moved from BAITP-001 to
BAITP-002"); finally every record the trail holds must still exist. The first problem
found is reported, with the head of the intact part of the chain.

The signatures are checked separately (service/signatures.py), and the anchor log
outside the database by storage/anchors.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.i18n import tr
from baitp_desktop.storage.audit import (
    AUDITED_MODELS,
    EMPTY_HEAD,
    GENESIS_HASH,
    TrailHead,
    audited_fields,
    entry_hash,
    secret_columns,
    secret_fingerprint,
)
from baitp_desktop.storage.models import AuditEntryRow
from baitp_desktop.storage.stored_values import owned_by_participant, stored_rows


@dataclass(frozen=True, slots=True)
class VerifyResult:
    entries_checked: int
    values_checked: int
    problem: str | None
    # The head of the intact part of the chain (the whole chain when it is intact).
    head: TrailHead = EMPTY_HEAD

    @property
    def intact(self) -> bool:
        return self.problem is None


def _chain_problem(session: Session) -> tuple[int, TrailHead, str | None]:
    """(entries read, head of the intact prefix, first problem or None).

    Read as plain rows, not ORM objects: building an object per entry was most of the
    time `verify` took on a study's trail.
    """
    previous = GENESIS_HASH
    expected_id = 1
    checked = 0
    table = AuditEntryRow.__table__
    for row in session.execute(select(*table.c).order_by(table.c.id)).mappings():
        checked += 1
        intact = TrailHead(previous, expected_id - 1)
        if row["id"] != expected_id or row["previous_hash"] != previous:
            return (
                checked,
                intact,
                tr(
                    "Audit", "audit entry {id}: the entry before it is missing or was altered"
                ).format(id=row["id"]),
            )
        if entry_hash(dict(row), previous) != row["entry_hash"]:
            return (
                checked,
                intact,
                tr(
                    "Audit", "audit entry {id} ({label}, {field}) was altered after it was written"
                ).format(id=row["id"], label=row["record_label"], field=row["field"]),
            )
        previous = row["entry_hash"]
        expected_id += 1
    return checked, TrailHead(previous, expected_id - 1), None


@dataclass(slots=True)
class _RecordTrail:
    """What the trail says about one record: whose it is (at its latest insert and at its
    last entry), how it is named, and whether its last entries deleted it."""

    inserted_for: str | None
    last_for: str | None
    label: str
    deleted: bool = False


_LastValues = dict[tuple[str, int, str], tuple[str, str | None, int]]


def _trail_index(session: Session) -> tuple[_LastValues, dict[tuple[str, int], _RecordTrail]]:
    """(table, record id, field) -> (action, last new value, entry id), and
    (table, record id) -> the record's owners and label as the trail names them."""
    last: _LastValues = {}
    records: dict[tuple[str, int], _RecordTrail] = {}
    query = select(
        AuditEntryRow.table_name,
        AuditEntryRow.record_id,
        AuditEntryRow.field,
        AuditEntryRow.action,
        AuditEntryRow.new_value,
        AuditEntryRow.id,
        AuditEntryRow.participant_id,
        AuditEntryRow.record_label,
    ).order_by(AuditEntryRow.id)
    for table, record_id, field, action, new_value, entry_id, pid, label in session.execute(query):
        if record_id is None:
            continue
        last[(table, record_id, field)] = (action, new_value, entry_id)
        record = records.get((table, record_id))
        if record is None or (action == "insert" and record.deleted):
            # A new record (SQLite may give a deleted record's id to the next one).
            records[(table, record_id)] = _RecordTrail(pid, pid, label)
        else:
            record.last_for, record.label = pid, label
            record.deleted = action == "delete"
    return last, records


def _moved(table: str, record_id: int, owner: str | None, record: _RecordTrail) -> str | None:
    """The problem when a row belongs to another participant than its entries name."""
    named = record.inserted_for if record.inserted_for != owner else record.last_for
    if named == owner:
        return None
    return tr(
        "Audit",
        "{table} record {id} ({label}) moved from {named} to {owner} outside the application "
        "(its audit entries name {named})",
    ).format(
        table=table,
        id=record_id,
        label=record.label,
        named=named or "—",
        owner=owner or tr("Audit", "no participant"),
    )


def verify(session: Session, *, secrets: bool = True) -> VerifyResult:
    """Check the chain, then every current row: well-formed values, each matching its last
    audit entry, and its owner matching the participant its audit entries name.

    A secret column is compared as the trail records it: its fingerprint, under its field
    name. `secrets=False` leaves the secret fields out: for records rebuilt from an
    exported trail (exports/evidence_check.py), which by design never carries a secret."""
    checked, head, problem = _chain_problem(session)
    if problem is not None:
        return VerifyResult(checked, 0, problem, head)
    last, records = _trail_index(session)
    skipped = (
        set()
        if secrets
        else {
            (model.__tablename__, field)
            for model in AUDITED_MODELS
            for field in secret_columns(model).values()
        }
    )
    seen: set[tuple[str, int, str]] = set()
    values_checked = 0

    def found(message: str) -> VerifyResult:
        return VerifyResult(checked, values_checked, message, head)

    for model in AUDITED_MODELS:
        owned = owned_by_participant(model)
        hidden = secret_columns(model) if secrets else {}
        for row in stored_rows(session, model, [*audited_fields(model), *hidden]):
            table, record_id = row.table, row.record_id
            if row.malformed is not None:
                field, raw, kind = row.malformed
                return found(
                    tr(
                        "Audit",
                        "{table} record {id}, field {field}: the stored value {value} is not "
                        "{kind} (changed outside the application)",
                    ).format(table=table, id=record_id, field=field, value=raw, kind=kind)
                )
            for column, text in row.values.items():
                field = hidden.get(column, column)
                current = secret_fingerprint(text) if column in hidden and text else text
                key = (table, record_id, field)
                seen.add(key)
                values_checked += 1
                recorded = last.get(key)
                recorded_value = (
                    None if recorded is None or recorded[0] == "delete" else recorded[1]
                )
                if current != recorded_value:
                    return found(
                        tr(
                            "Audit",
                            "{table} record {id}, field {field}: the stored value {current} "
                            "does not match the audit trail ({recorded})",
                        ).format(
                            table=table,
                            id=record_id,
                            field=field,
                            current=current if current is not None else "—",
                            recorded=recorded_value if recorded_value is not None else "—",
                        )
                    )
            record = records.get((table, record_id))
            moved = _moved(table, record_id, row.owner, record) if owned and record else None
            if moved is not None:
                return found(moved)
    for key, (action, new_value, entry_id) in last.items():
        if key not in seen and action != "delete" and new_value is not None:
            table, record_id, field = key
            if (table, field) in skipped:
                continue
            return found(
                tr(
                    "Audit",
                    "{table} record {id}: the audit trail (entry {entry}) records it, but it is "
                    "missing from the database",
                ).format(table=table, id=record_id, entry=entry_id)
            )
    return VerifyResult(checked, values_checked, None, head)
