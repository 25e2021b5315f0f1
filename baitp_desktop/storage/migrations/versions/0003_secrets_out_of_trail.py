"""secrets out of the audit trail; failed sign-ins audited

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

Revision 0002 recorded every new password hash in the audit trail, which `baitp history`
shows without signing in and every ODM export carries. This upgrade rewrites those
entries as the trail records a secret now (field `password`, a fingerprint instead of
the hash: storage/audit.py) and, since each entry's hash covers its content, re-chains
the trail from the first rewritten entry on. The re-chaining is itself on the record: an
entry appended after it names the previous head and how many entries were rewritten and
re-chained, so a head printed or kept elsewhere before the upgrade can still be found.

A break that was already in the chain is kept where it was: an entry whose link or hash
did not match before keeps its stored link and hash, so `verify` still names it. The
upgrade never repairs tampering.

The failed sign-in counter is audited from this revision on; each account gets one entry
recording the count it has now, so that `verify` can compare it from here. A database
without accounts (one upgraded from 0001, or a new one) is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from baitp_desktop.storage.audit import (
    AUDITED_MODELS,
    GENESIS_HASH,
    entry_hash,
    secret_columns,
    secret_fingerprint,
    utc_now,
)

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_CONTENT = (
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
_AUDIT = sa.table(
    "audit_entry", *(sa.column(name) for name in (*_CONTENT, "previous_hash", "entry_hash"))
)
_USERS = sa.table("app_user", sa.column("id"), sa.column("username"), sa.column("failed_attempts"))
# Recorded in English, like record labels, whatever language the upgrade runs in.
_RECHAINED = (
    "Trail re-chained: secrets removed (schema upgrade 0003), previous head {head}, "
    "{rewritten} entries rewritten, {rechained} entries re-chained"
)
_COUNTER = "Failed sign-in counter audited from schema upgrade 0003 on"


def upgrade() -> None:
    connection = op.get_bind()
    entries = [
        dict(row) for row in connection.execute(sa.select(_AUDIT).order_by(_AUDIT.c.id)).mappings()
    ]
    appended: list[dict[str, Any]] = []
    old_head = entries[-1]["entry_hash"] if entries else GENESIS_HASH
    rewritten, changed = _without_secrets(entries)  # rewrites `entries` in place
    if rewritten:
        _write(connection, changed)
        appended.append(
            _system_entry(
                "audit_entry",
                None,
                "Audit trail",
                "chain",
                old_head,
                _RECHAINED.format(head=old_head, rewritten=rewritten, rechained=len(changed)),
            )
        )
    users = connection.execute(sa.select(_USERS).order_by(_USERS.c.id)).all()
    for user_id, username, failed_attempts in users:
        appended.append(
            _system_entry(
                "app_user",
                user_id,
                f"User {username}",
                "failed_attempts",
                None,
                _COUNTER,
                new=str(failed_attempts),
            )
        )
    _append(connection, entries[-1]["entry_hash"] if entries else GENESIS_HASH, appended)


def downgrade() -> None:
    """Nothing to undo: a hash taken out of the trail is not put back."""


def _redacted(entry: Mapping[str, Any], secrets: Mapping[tuple[str, str], str]) -> dict[str, Any]:
    """The entry as the trail records it now: a secret column's value becomes a fingerprint
    under the column's field name."""
    field = secrets.get((entry["table_name"], entry["field"]))
    if field is None:
        return dict(entry)
    return {
        **entry,
        "field": field,
        "old_value": _fingerprint(entry["old_value"]),
        "new_value": _fingerprint(entry["new_value"]),
    }


def _fingerprint(value: str | None) -> str | None:
    return None if value is None else secret_fingerprint(value)


def _without_secrets(entries: list[dict[str, Any]]) -> tuple[int, list[dict[str, Any]]]:
    """Rewrite secret values in place and re-chain after them; (rewritten, changed rows)."""
    secrets = {
        (model.__tablename__, column): field
        for model in AUDITED_MODELS
        for column, field in secret_columns(model).items()
    }
    rewritten = 0
    changed: list[dict[str, Any]] = []
    old_previous = new_previous = GENESIS_HASH
    for entry in entries:
        intact = entry["previous_hash"] == old_previous and entry["entry_hash"] == entry_hash(
            entry, old_previous
        )
        old_previous = entry["entry_hash"]
        new = _redacted(entry, secrets)
        rewritten += new != entry
        if intact:  # a broken link or hash stays broken: its stored values are kept
            new["previous_hash"] = new_previous
            new["entry_hash"] = entry_hash(new, new_previous)
        new_previous = new["entry_hash"]
        if new != entry:
            changed.append(new)
            entry.update(new)
    return rewritten, changed


def _write(connection: sa.Connection, changed: Sequence[Mapping[str, Any]]) -> None:
    columns = ("field", "old_value", "new_value", "previous_hash", "entry_hash")
    statement = (
        sa.update(_AUDIT)
        .where(_AUDIT.c.id == sa.bindparam("entry_id"))
        .values({name: sa.bindparam(f"new_{name}") for name in columns})
    )
    connection.execute(
        statement,
        [
            {"entry_id": row["id"], **{f"new_{name}": row[name] for name in columns}}
            for row in changed
        ],
    )


def _system_entry(
    table: str,
    record_id: int | None,
    label: str,
    field: str,
    old: str | None,
    reason: str,
    *,
    new: str | None = None,
) -> dict[str, Any]:
    return {
        "timestamp_utc": utc_now(),
        "username": "system",
        "participant_id": None,
        "table_name": table,
        "record_id": record_id,
        "record_label": label,
        "action": "update",
        "field": field,
        "old_value": old,
        "new_value": new,
        "reason": reason,
    }


def _append(connection: sa.Connection, previous: str, entries: list[dict[str, Any]]) -> None:
    """Chain `entries` after the current last entry and insert them."""
    if not entries:
        return
    last_id = connection.execute(sa.select(sa.func.max(_AUDIT.c.id))).scalar() or 0
    for offset, entry in enumerate(entries, start=1):
        entry["id"] = last_id + offset
        entry["previous_hash"] = previous
        entry["entry_hash"] = previous = entry_hash(entry, previous)
    connection.execute(sa.insert(_AUDIT), entries)
