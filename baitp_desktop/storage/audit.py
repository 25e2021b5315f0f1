"""The audit trail: one append-only row per changed field, chained by hashes.

Each entry's hash covers its own content and the previous entry's hash, so an entry
altered, removed or inserted in the database file outside the application breaks the
chain from that point on. `verify` also compares every current value with the last
audit entry for it, which catches a value edited directly in a table.

Values are stored as canonical text (`canonical`) so that the comparison does not
depend on how a driver returns a float or a date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import insert, inspect, select, text
from sqlalchemy.orm import Session

from baitp_desktop.core.crf_forms import RECORD_KINDS, form_of_table
from baitp_desktop.core.field_labels import field_label as field_label
from baitp_desktop.i18n import tr
from baitp_desktop.storage.compliance_models import COMPLIANCE_MODELS, SdvMarkRow, SignatureRow
from baitp_desktop.storage.models import AuditEntryRow, Base, ParticipantRow, record_model

GENESIS_HASH = "0" * 64
_NONE = "\x00"
_SEPARATOR = "\x1f"

# Columns that identify a row rather than hold CRF data; never audited as fields.
_NOT_AUDITED = {"id", "participant_pk", "version"}

AUDITED_MODELS: tuple[type[Base], ...] = (
    ParticipantRow,
    *(record_model(kind.kind) for kind in RECORD_KINDS),  # every declared kind of record
    *COMPLIANCE_MODELS,  # accounts, signatures, SDV marks, queries
)


def canonical(value: Any) -> str | None:
    """The text an audit entry stores for a value (None stays None)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _row_id(row: Base) -> int:
    """Every audited table has an integer primary key `id` (Base itself declares none)."""
    return int(cast(Any, row).id)


def audited_fields(model: type[Base]) -> list[str]:
    """The columns audited as fields (a model may exclude counters via `not_audited`)."""
    skip = _NOT_AUDITED | getattr(model, "not_audited", frozenset())
    return [c.key for c in inspect(model).column_attrs if c.key not in skip]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def entry_hash(values: dict[str, Any], previous_hash: str) -> str:
    parts = [previous_hash] + [
        _NONE if values[key] is None else str(values[key])
        for key in (
            "id",
            "timestamp_utc",
            "username",
            "participant_id",
            "table_name",
            "record_id",
            "record_label",
            "action",
            "field",
            "old_value",
            "new_value",
            "reason",
        )
    ]
    return hashlib.sha256(_SEPARATOR.join(parts).encode("utf-8")).hexdigest()


def label_for(model: type[Base], values: dict[str, Any]) -> str:
    """How a record is named in the trail and the history view (stable, in English): a CRF
    form by its declaration's `audit_label`, any other table as its model says."""
    texts = {k: canonical(v) for k, v in values.items()}
    custom = getattr(model, "audit_label", None)  # models outside the forms name themselves
    if custom is not None:
        return str(custom(texts))
    form = form_of_table(model.__tablename__)
    return model.__tablename__ if form is None else form.record_label(texts)


def record_label(row: Base) -> str:
    return label_for(
        type(row), {c.key: getattr(row, c.key) for c in inspect(type(row)).column_attrs}
    )


class AuditTrail:
    """Collects the entries of one write transaction and appends them to the chain."""

    def __init__(self, session: Session, username: str, participant_id: str | None) -> None:
        self.session = session
        self.username = username
        self.participant_id = participant_id
        self._pending: list[dict[str, Any]] = []
        self.timestamp = utc_now()

    def add(
        self,
        table: str,
        record_id: int | None,
        label: str,
        action: str,
        field: str,
        old: str | None,
        new: str | None,
        reason: str,
    ) -> None:
        self._pending.append(
            {
                "timestamp_utc": self.timestamp,
                "username": self.username,
                "participant_id": self.participant_id,
                "table_name": table,
                "record_id": record_id,
                "record_label": label,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
                "reason": reason,
            }
        )

    def inserted_values(
        self, model: type[Base], record_id: int, label: str, values: dict[str, Any], reason: str
    ) -> None:
        """Entries for a new record given as column values (the bulk import path)."""
        for field in audited_fields(model):
            value = canonical(values.get(field))
            if value is not None:
                self.add(
                    model.__tablename__, record_id, label, "insert", field, None, value, reason
                )

    def inserted(self, row: Base, reason: str) -> None:
        values = {field: getattr(row, field) for field in audited_fields(type(row))}
        self.inserted_values(type(row), _row_id(row), label_for(type(row), values), values, reason)

    def updated(self, row: Base, field: str, old: Any, new: Any, reason: str) -> None:
        self.add(
            row.__tablename__,
            _row_id(row),
            record_label(row),
            "update",
            field,
            canonical(old),
            canonical(new),
            reason,
        )

    def voided(self, row: SignatureRow | SdvMarkRow, reason: str) -> None:
        """Void a signature or SDV mark in place: it is kept, and who voided it, when and
        why are recorded in the row and, field by field, in the trail."""
        values = {
            "void": True,
            "voided_at_utc": utc_now(),
            "voided_by": self.username,
            "void_reason": reason,
        }
        for field, new in values.items():
            self.updated(row, field, getattr(row, field), new, reason)
            setattr(row, field, new)

    def deleted(self, row: Base, reason: str) -> None:
        for field in audited_fields(type(row)):
            value = canonical(getattr(row, field))
            if value is not None:
                self.add(
                    row.__tablename__,
                    _row_id(row),
                    record_label(row),
                    "delete",
                    field,
                    value,
                    None,
                    reason,
                )

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def entries(self) -> tuple[dict[str, Any], ...]:
        """The entries collected so far (read-only; the lock check inspects them)."""
        return tuple(dict(entry) for entry in self._pending)

    def write(self) -> None:
        """Chain and insert the collected entries (called once, at the end of the write)."""
        if not self._pending:
            return
        session = self.session
        if session.get_bind().dialect.name == "postgresql":
            # Serialise appends so two workstations cannot both extend the same link.
            session.execute(text("LOCK TABLE audit_entry IN EXCLUSIVE MODE"))
        last = session.execute(
            select(AuditEntryRow.id, AuditEntryRow.entry_hash)
            .order_by(AuditEntryRow.id.desc())
            .limit(1)
        ).first()
        next_id, previous = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        for values in self._pending:
            values["id"] = next_id
            values["previous_hash"] = previous
            values["entry_hash"] = previous = entry_hash(values, previous)
            next_id += 1
        session.execute(insert(AuditEntryRow), self._pending)
        self._pending = []


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """An audit row as the history view and the reports show it."""

    entry_id: int
    timestamp_utc: str
    username: str
    participant_id: str | None
    table_name: str
    record_id: int | None
    record_label: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(
        row.id,
        row.timestamp_utc,
        row.username,
        row.participant_id,
        row.table_name,
        row.record_id,
        row.record_label,
        row.action,
        row.field,
        row.old_value,
        row.new_value,
        row.reason,
    )


def history(
    session: Session,
    participant_id: str | None = None,
    table_name: str | None = None,
    record_id: int | None = None,
) -> list[AuditEntry]:
    """Audit entries, oldest first, narrowed to a participant and/or one record."""
    query = select(AuditEntryRow).order_by(AuditEntryRow.id)
    if participant_id is not None:
        query = query.where(AuditEntryRow.participant_id == participant_id)
    if table_name is not None:
        query = query.where(AuditEntryRow.table_name == table_name)
    if record_id is not None:
        query = query.where(AuditEntryRow.record_id == record_id)
    return [_entry(row) for row in session.scalars(query)]


@dataclass(frozen=True, slots=True)
class VerifyResult:
    entries_checked: int
    values_checked: int
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def _chain_problem(session: Session) -> tuple[int, str | None]:
    previous = GENESIS_HASH
    expected_id = 1
    checked = 0
    for row in session.scalars(select(AuditEntryRow).order_by(AuditEntryRow.id)):
        checked += 1
        values = {c.key: getattr(row, c.key) for c in inspect(AuditEntryRow).column_attrs}
        if row.id != expected_id or row.previous_hash != previous:
            return checked, tr(
                "Audit", "audit entry {id}: the entry before it is missing or was altered"
            ).format(id=row.id)
        if entry_hash(values, previous) != row.entry_hash:
            return checked, tr(
                "Audit", "audit entry {id} ({label}, {field}) was altered after it was written"
            ).format(id=row.id, label=row.record_label, field=row.field)
        previous = row.entry_hash
        expected_id += 1
    return checked, None


def _last_values(session: Session) -> dict[tuple[str, int, str], tuple[str, str | None, int]]:
    """(table, record id, field) -> (action, last new value, entry id)."""
    last: dict[tuple[str, int, str], tuple[str, str | None, int]] = {}
    query = select(
        AuditEntryRow.table_name,
        AuditEntryRow.record_id,
        AuditEntryRow.field,
        AuditEntryRow.action,
        AuditEntryRow.new_value,
        AuditEntryRow.id,
    ).order_by(AuditEntryRow.id)
    for table, record_id, field, action, new_value, entry_id in session.execute(query):
        if record_id is not None:
            last[(table, record_id, field)] = (action, new_value, entry_id)
    return last


def _current_rows(session: Session) -> Iterator[tuple[type[Base], int, dict[str, Any]]]:
    for model in AUDITED_MODELS:
        fields = audited_fields(model)
        columns = [cast(Any, model).id] + [getattr(model, f) for f in fields]
        for row in session.execute(select(*columns)):
            yield model, row[0], dict(zip(fields, row[1:], strict=True))


def verify(session: Session) -> VerifyResult:
    """Check the chain, then every current value against its last audit entry."""
    checked, problem = _chain_problem(session)
    if problem is not None:
        return VerifyResult(checked, 0, problem)
    last = _last_values(session)
    seen: set[tuple[str, int, str]] = set()
    values_checked = 0
    for model, record_id, values in _current_rows(session):
        table = model.__tablename__
        for field, value in values.items():
            key = (table, record_id, field)
            seen.add(key)
            values_checked += 1
            current = canonical(value)
            recorded = last.get(key)
            recorded_value = None if recorded is None or recorded[0] == "delete" else recorded[1]
            if current != recorded_value:
                return VerifyResult(
                    checked,
                    values_checked,
                    tr(
                        "Audit",
                        "{table} record {id}, field {field}: the stored value {current} does not "
                        "match the audit trail ({recorded})",
                    ).format(
                        table=table,
                        id=record_id,
                        field=field,
                        current=current if current is not None else "—",
                        recorded=recorded_value if recorded_value is not None else "—",
                    ),
                )
    for key, (action, new_value, entry_id) in last.items():
        if key not in seen and action != "delete" and new_value is not None:
            table, record_id, field = key
            return VerifyResult(
                checked,
                values_checked,
                tr(
                    "Audit",
                    "{table} record {id}: the audit trail (entry {entry}) records it, but it is "
                    "missing from the database",
                ).format(table=table, id=record_id, entry=entry_id),
            )
    return VerifyResult(checked, values_checked, None)
