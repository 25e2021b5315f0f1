"""The audit trail: one append-only row per changed field, chained by hashes.

Each entry's hash covers its own content and the previous entry's hash, so an entry
altered, removed or inserted in the database file outside the application breaks the
chain from that point on. `verify` also compares every current value with the last
audit entry for it, which catches a value edited directly in a table.

Values are stored as canonical text (`canonical`) so that the comparison does not
depend on how a driver returns a float or a date.

Secrets never enter the trail: the trail is shown without signing in (`baitp history`)
and goes into every ODM export. A model lists its secret columns in `secret_columns`
(column -> the field name its changes are recorded under, e.g. `password_hash` ->
`password`); a change of one is recorded as that field with a fingerprint instead of the
value. The fingerprint is a SHA-256 over the stored secret, which for an Argon2 hash or a
key sealed under a password includes its random salt: nothing in an export lets anyone
test a guessed password against it, yet `verify` still notices a hash swapped in the
file. A column whose name sounds secret but holds data (the fingerprint of signed data,
a setting's key) is listed in `public_columns`; `undeclared_sensitive_columns` names
every other one, so that a new key column cannot reach the trail by oversight.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import insert, inspect, select, text
from sqlalchemy.orm import Session

from baitp_desktop.core.crf_forms import RECORD_KINDS, answers_text, form_of_table
from baitp_desktop.core.field_labels import field_label as field_label
from baitp_desktop.storage.models import (
    AuditEntryRow,
    Base,
    ExplanationRow,
    ParticipantRow,
    record_model,
)
from baitp_desktop.storage.part11_models import PART11_MODELS, SdvMarkRow, SignatureRow

GENESIS_HASH = "0" * 64
_NONE = "\x00"
_SEPARATOR = "\x1f"

# Columns that identify a row rather than hold CRF data; never audited as fields (the
# participant's write counter `version` is excluded by ParticipantRow.not_audited: a
# questionnaire's `version` names its definition and is data).
_NOT_AUDITED = {"id", "participant_pk"}
# Column names that suggest a credential or key material: each must be declared secret
# or public on its model (undeclared_sensitive_columns).
_SENSITIVE_NAME = re.compile(
    r"hash|key|secret|salt|token|passw|credential|seed|nonce", re.IGNORECASE
)
_FINGERPRINT_TAG = b"baitp secret fingerprint\x1f"

AUDITED_MODELS: tuple[type[Base], ...] = (
    ParticipantRow,
    *(record_model(kind.kind) for kind in RECORD_KINDS),  # every declared kind of record
    ExplanationRow,
    *PART11_MODELS,  # accounts, signatures, SDV marks, queries
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
    if isinstance(value, dict):  # a questionnaire's answers, as stored
        return answers_text(value)
    return str(value)


def _row_id(row: Base) -> int:
    """Every audited table has an integer primary key `id` (Base itself declares none)."""
    return int(cast(Any, row).id)


def secret_columns(model: type[Base]) -> Mapping[str, str]:
    """Secret column -> the field its changes are recorded under (with a fingerprint)."""
    declared: Mapping[str, str] = getattr(model, "secret_columns", {})
    return declared


# (table, column) of every secret column: AuditTrail.add refuses them as fields.
_SECRET_COLUMNS = {
    (model.__tablename__, column) for model in AUDITED_MODELS for column in secret_columns(model)
}


def audited_fields(model: type[Base]) -> list[str]:
    """The data columns audited with their values (a model may exclude one via
    `not_audited`; its secret columns are audited as events, see `audited_texts`)."""
    skip = _NOT_AUDITED | getattr(model, "not_audited", frozenset()) | set(secret_columns(model))
    return [c.key for c in inspect(model).column_attrs if c.key not in skip]


def secret_fingerprint(value: str) -> str:
    """What the trail records for a secret: identifies it, reveals nothing (module doc)."""
    digest = hashlib.sha256(_FINGERPRINT_TAG + value.encode("utf-8")).hexdigest()
    return f"fingerprint:{digest[:32]}"


def audited_text(model: type[Base], column: str, value: Any) -> tuple[str, str | None]:
    """(field, text) the trail records for `column` holding `value`."""
    event = secret_columns(model).get(column)
    if event is None:
        return column, canonical(value)
    return event, None if value is None else secret_fingerprint(str(value))


def audited_texts(model: type[Base], values: Mapping[str, Any]) -> dict[str, str | None]:
    """Field -> recorded text for a record's column values: data columns as canonical
    text, secret columns under their field name as fingerprints."""
    columns = [*audited_fields(model), *secret_columns(model)]
    return dict(audited_text(model, column, values.get(column)) for column in columns)


def undeclared_sensitive_columns(models: tuple[type[Base], ...]) -> list[str]:
    """`table.column` for every column named like a credential or a key that its model
    declares neither in `secret_columns` nor in `public_columns`."""
    found = []
    for model in models:
        public: frozenset[str] = getattr(model, "public_columns", frozenset())
        for column in inspect(model).column_attrs:
            if (
                _SENSITIVE_NAME.search(column.key)
                and column.key not in secret_columns(model)
                and column.key not in public
            ):
                found.append(f"{model.__tablename__}.{column.key}")
    return found


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# The columns of an audit entry its hash covers, in the order they are hashed (after the
# previous entry's hash); exports list them in this order too.
HASHED_COLUMNS = (
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


def entry_hash(values: Mapping[str, Any], previous_hash: str) -> str:
    parts = [previous_hash] + [
        _NONE if values[key] is None else str(values[key]) for key in HASHED_COLUMNS
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
        if (table, field) in _SECRET_COLUMNS:
            raise ValueError(f"{table}.{field} is secret: its value never enters the trail")
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
        for field, value in audited_texts(model, values).items():
            if value is not None:
                self.add(
                    model.__tablename__, record_id, label, "insert", field, None, value, reason
                )

    def inserted(self, row: Base, reason: str) -> None:
        model = type(row)
        columns = [*audited_fields(model), *secret_columns(model)]
        values = {column: getattr(row, column) for column in columns}
        self.inserted_values(model, _row_id(row), label_for(model, values), values, reason)

    def updated(self, row: Base, column: str, old: Any, new: Any, reason: str) -> None:
        """One changed column; a secret one is recorded under its field as fingerprints."""
        field, old_text = audited_text(type(row), column, old)
        new_text = audited_text(type(row), column, new)[1]
        self.add(
            row.__tablename__,
            _row_id(row),
            record_label(row),
            "update",
            field,
            old_text,
            new_text,
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
        model = type(row)
        columns = [*audited_fields(model), *secret_columns(model)]
        texts = audited_texts(model, {column: getattr(row, column) for column in columns})
        for field, value in texts.items():
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
class TrailHead:
    """The newest entry's hash and the number of entries.

    Printed by `verify`, on every PDF page and in every export, and kept in the anchor
    log outside the database: a trail that was cut or rewritten no longer contains an
    earlier head, which the file alone cannot show (its chain can be recomputed).
    """

    hash: str
    entries: int

    def line(self) -> str:
        """`head <64 hex> entries <N>`, as `verify` prints it last (INTERCHANGE.md)."""
        return f"head {self.hash} entries {self.entries}"

    def short(self) -> str:
        """The first 16 hex digits and the count, for page footers."""
        return f"{self.hash[:16]} · {self.entries}"


EMPTY_HEAD: TrailHead = TrailHead(GENESIS_HASH, 0)


def current_head(session: Session) -> TrailHead:
    """The head of the trail as stored (its newest entry), without checking the chain."""
    last = session.execute(
        select(AuditEntryRow.id, AuditEntryRow.entry_hash)
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).first()
    return TrailHead(str(last[1]), int(last[0])) if last else EMPTY_HEAD


def entry_number(session: Session, head_hash: str) -> int | None:
    """The number of the entry whose hash is `head_hash`, None when there is none."""
    found = session.scalar(
        select(AuditEntryRow.id).where(AuditEntryRow.entry_hash == head_hash.lower())
    )
    return None if found is None else int(found)


def hash_of_entry(session: Session, number: int) -> str | None:
    """The stored hash of entry `number` (the genesis hash for 0), None when missing."""
    if number == 0:
        return GENESIS_HASH
    found = session.scalar(select(AuditEntryRow.entry_hash).where(AuditEntryRow.id == number))
    return None if found is None else str(found)


# `verify` lives in its own module; importable from here as before.
from baitp_desktop.storage.trail_check import VerifyResult as VerifyResult  # noqa: E402
from baitp_desktop.storage.trail_check import verify as verify  # noqa: E402
