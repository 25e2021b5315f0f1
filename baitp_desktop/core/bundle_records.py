"""The record lists of a bundle's participant (diary, decisions, counts, WHO grades, AEs,
rescue therapy), read and written from their declarations in `core.crf_forms`.

A list is the kind's `attribute` ("platelet_counts"); an item's keys are the kind's entry
fields, required exactly when the field is; each value is read as its declared type
(date, number with the field's check, yes/no, code of its code list, text), and the
kind's checks across fields apply. So the bundle says what the entry screens and the
service say, and a new plain log form needs no code here. The sections of the `/2`
forms with a shape of their own (ITP history, panels, questionnaires, explanations) are
read by `core.bundle_forms`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from baitp_desktop.core.bundle_fields import FieldReader
from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.forms import FieldSpec, FieldType, RecordKind
from baitp_desktop.i18n import tr

# The record lists of `baitp-bundle/1` (INTERCHANGE.md); the format is frozen, so these
# stay the lists a `/1` file may hold whatever kinds are declared later.
BUNDLE_1_LISTS = (
    "doses",
    "dosing_decisions",
    "platelet_counts",
    "bleeding",
    "adverse_events",
    "rescue",
)
LISTED_KINDS: tuple[RecordKind, ...] = tuple(
    kind for kind in RECORD_KINDS if kind.attribute in BUNDLE_1_LISTS
)


def item_keys(kind: RecordKind) -> dict[str, bool]:
    """An item's keys (the entry fields; an assigned number is the item's place) and
    whether each must be present."""
    return {spec.name: spec.required for spec in kind.entry_fields}


def _item_label(list_name: str) -> Callable[[int, Any], str]:
    """How problems name an item: "doses[3] (2022-07-16)", "adverse_events[0]"."""

    def label(index: int, item: Any) -> str:
        when = item.get("date") if isinstance(item, dict) else None
        return f"{list_name}[{index}]" + (f" ({when})" if isinstance(when, str) else "")

    return label


def _value(reader: FieldReader, item: dict[str, Any], spec: FieldSpec) -> Any:
    """One field's value as its declaration types and checks it (None when refused)."""
    name, nullable = spec.name, not spec.required
    kind = spec.datatype
    if kind is FieldType.DATE:
        return reader.date(item, name, nullable)
    if kind in (FieldType.INTEGER, FieldType.FLOAT):
        check = spec.number_check
        config = reader.config
        number = reader.checked(
            item,
            name,
            (lambda v: None) if check is None else (lambda v: check(v, config)),
            nullable,
        )
        return int(number) if number is not None and kind is FieldType.INTEGER else number
    if kind is FieldType.BOOLEAN:
        return reader.boolean(item, name, nullable)
    if kind is FieldType.CHOICE:
        assert spec.codes is not None, f"{name}: a coded field declares its codes"
        return reader.choice(item, name, spec.codes, nullable)
    text = reader.text(item, name, nullable)
    if text is None:
        return spec.default
    if not text.strip():
        if spec.required:
            reader.problem(name, tr("Import", "text is required"))
            return None
        return text
    return text.strip() if spec.required else text


def read_item(reader: FieldReader, kind: RecordKind, item: dict[str, Any], index: int) -> Any:
    """The core record an item describes, or None (its problems are on the reader)."""
    values: dict[str, Any] = {"number": index + 1} if kind.numbered else {}
    refused = False
    for spec in kind.entry_fields:
        values[spec.name] = _value(reader, item, spec)
        if spec.required and values[spec.name] is None:
            refused = True
    for spec in kind.entry_fields:
        if spec.required_when and values.get(spec.required_when) and item.get(spec.name) is None:
            reader.problem(
                spec.name,
                tr("Import", "required when {field} is true").format(field=spec.required_when),
            )
            refused = True
    for check in kind.checks:
        if (problem := check.problem(values)) is not None:
            reader.problem(*problem)
    return None if refused else kind.record_from(values, None)


def read_lists(reader: FieldReader, participant: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Every record list of a participant's object, by `Participant` attribute (dated
    records in date order, numbered ones in their order)."""
    lists: dict[str, tuple[Any, ...]] = {}
    for kind in LISTED_KINDS:
        records = reader.each(
            participant,
            kind.attribute,
            _item_label(kind.attribute),
            item_keys(kind),
            partial(read_item, reader, kind),
        )
        if not kind.numbered:
            records.sort(key=kind.record_date)
        lists[kind.attribute] = tuple(records)
    return lists


def _json_value(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if spec.datatype is FieldType.FLOAT:
        return int(value) if value == int(value) else value
    return value


def _order(kind: RecordKind) -> Callable[[Any], tuple[Any, ...]]:
    """Numbered records by number; dated ones by date, then by their values (a canonical
    order for two counts of one day)."""
    if kind.numbered:
        return lambda record: (record.number,)
    names = [spec.name for spec in kind.entry_fields if spec.name != kind.date_field]

    def key(record: Any) -> tuple[Any, ...]:
        values = [getattr(record, name) for name in names]
        return (kind.record_date(record), *((v is None, 0 if v is None else v) for v in values))

    return key


def lists_to_json(participant: Any) -> dict[str, list[dict[str, Any]]]:
    """The record lists of a participant as a bundle writes them."""
    return {
        kind.attribute: [
            {spec.name: _json_value(spec, getattr(record, spec.name)) for spec in kind.entry_fields}
            for record in sorted(getattr(participant, kind.attribute), key=_order(kind))
        ]
        for kind in LISTED_KINDS
    }
