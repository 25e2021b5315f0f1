"""Current rows as they are stored, for `verify`: raw column values and each row's owner.

`verify` must judge a file that someone edited with `sqlite3`, so it cannot read it
through the ORM's type conversions: a date column holding "2022-13-45" makes SQLAlchemy
raise while loading, and a boolean column holding 7 would be read as True and pass.
Here every audited column is read without conversion and turned into the canonical
text the audit trail stores, or reported as malformed (naming the column and the value).

The owner of a row is the participant it belongs to through `participant_pk` (a query
message through its query; a participant row is its own owner; accounts and settings
belong to nobody). `participant_pk` is not an audited field, so moving a record to
another participant changes no audited value: `verify` compares the owner with the
participant its audit entries name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, Select, inspect, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from baitp_desktop.storage.models import Base, ParticipantRow
from baitp_desktop.storage.part11_models import QueryMessageRow, QueryRow

# How a column's raw value must look, by the column's type: (kind as named, accepts it).
_INTEGRAL = (int,)
_NUMERIC = (int, float)


@dataclass(frozen=True, slots=True)
class StoredRow:
    """One current row: its owner and each audited field as canonical text."""

    table: str
    record_id: int
    owner: str | None
    values: dict[str, str | None]
    # (field, raw value as text, what it should be) for the first column that is not
    # what its type says; its value is then missing from `values`.
    malformed: tuple[str, str, str] | None = None


def _date_text(raw: Any) -> str | None:
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, str):
        try:
            parsed = date.fromisoformat(raw)
        except ValueError:
            return None
        return raw if parsed.isoformat() == raw else None
    return None


def canonical_stored(column_type: Any, raw: Any) -> tuple[bool, str | None]:
    """(well formed, canonical text) of a raw stored value of a column of `column_type`.

    The canonical text is the one `storage.audit.canonical` gives the value the
    application would have loaded, so that it compares with the trail as before.
    """
    from baitp_desktop.storage.audit import canonical  # audit imports this module

    if raw is None:
        return True, None
    if isinstance(column_type, Date):
        text = _date_text(raw)
        return text is not None, text
    if isinstance(column_type, Boolean):
        if isinstance(raw, bool) or (isinstance(raw, int) and raw in (0, 1)):
            return True, canonical(bool(raw))
        return False, None
    if isinstance(column_type, Float):
        if isinstance(raw, _NUMERIC) and not isinstance(raw, bool):
            return True, canonical(float(raw))
        return False, None
    if isinstance(column_type, Integer):
        if isinstance(raw, _INTEGRAL) and not isinstance(raw, bool):
            return True, canonical(raw)
        return False, None
    if isinstance(raw, bytes):
        return False, None
    return True, canonical(raw)


def expected_kind(column_type: Any) -> str:
    """What a column must hold, as the message names it (English: a technical detail)."""
    if isinstance(column_type, Date):
        return "an ISO date"
    if isinstance(column_type, Boolean):
        return "0 or 1"
    if isinstance(column_type, Float):
        return "a number"
    if isinstance(column_type, Integer):
        return "an integer"
    return "text"


def _owner_query(model: type[Base], fields: list[str]) -> Select[Any]:
    """id, owner participant id, then the raw audited columns of every row of `model`.

    Plain table columns with labels of their own, so that the ORM neither converts the
    values nor confuses the owner column with an audited column of the same name.
    """
    table = model.__table__
    people = ParticipantRow.__table__
    raw = [type_coerce(table.c[field], NullType()).label(f"v{i}") for i, field in enumerate(fields)]
    heads = [table.c.id.label("record_id")]
    if model is ParticipantRow:
        return select(*heads, table.c.participant_id.label("owner"), *raw)
    owner = people.c.participant_id.label("owner")
    if model is QueryMessageRow:
        queries = QueryRow.__table__
        joined = table.outerjoin(queries, table.c.query_id == queries.c.id).outerjoin(
            people, queries.c.participant_pk == people.c.id
        )
        return select(*heads, owner, *raw).select_from(joined)
    if "participant_pk" in table.c:
        joined = table.outerjoin(people, table.c.participant_pk == people.c.id)
        return select(*heads, owner, *raw).select_from(joined)
    return select(*heads, type_coerce(None, NullType()).label("owner"), *raw)


def owned_by_participant(model: type[Base]) -> bool:
    """Whether rows of `model` belong to a participant (accounts and settings do not)."""
    table = model.__table__
    return model in (ParticipantRow, QueryMessageRow) or "participant_pk" in table.c


def stored_rows(session: Session, model: type[Base], fields: list[str]) -> Iterator[StoredRow]:
    """Every current row of `model` with its owner and canonical audited values."""
    types = {c.key: c.type for c in inspect(model).columns}
    name = model.__tablename__
    for row in session.execute(_owner_query(model, fields)):
        values: dict[str, str | None] = {}
        malformed: tuple[str, str, str] | None = None
        for field, raw in zip(fields, row[2:], strict=True):
            sound, text = canonical_stored(types[field], raw)
            if sound:
                values[field] = text
            elif malformed is None:
                malformed = (field, repr(raw)[:80], expected_kind(types[field]))
        yield StoredRow(name, int(row[0]), row[1], values, malformed)
