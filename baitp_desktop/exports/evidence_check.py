"""Check an exported file on its own: its audit chain, its data, every signature in it.

No database is opened: the trail in the file is replayed into a scratch database in
memory (every record as the last entry of each of its fields left it), and the checks
of `baitp verify` run on that — the chain (storage.audit.verify) and every signature
(service.signatures.verify_signatures: the key as the trail recorded it, the signer's
role then, the Ed25519 signature over the data it covers). Then the file's own data and
signatures are compared with what the trail rebuilt, so an edited value, an edited or
removed audit entry and an edited signature are each named. (Someone who rewrites the
data and the whole chain consistently is caught by the signatures, which need the
signers' keys; compare the printed head with a copy kept elsewhere for the rest.)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Table, create_engine, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from baitp_desktop.core.bundle import participant_to_json
from baitp_desktop.core.config import ProtocolConfig
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.core.records import Participant
from baitp_desktop.exports.evidence import (
    AUDIT_COLUMNS,
    NS,
    Evidence,
    bundle_evidence,
    has_evidence,
    signature_json,
)
from baitp_desktop.exports.odm_export import build_odm
from baitp_desktop.exports.rows import build_rows
from baitp_desktop.i18n import tr
from baitp_desktop.service.signatures import verify_signatures
from baitp_desktop.storage.audit import verify
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import AuditEntryRow, Base, ParticipantRow
from baitp_desktop.storage.part11_models import SignatureRow
from baitp_desktop.storage.repository import load_participants

_TEXT_COLUMNS = {"timestamp_utc", "username", "table_name", "record_label", "action", "field"}
_TEXT_COLUMNS |= {"reason", "previous_hash", "entry_hash"}
_NULLABLE_TEXT = {"participant_id", "old_value", "new_value"}
_OWNER = "participant_pk"


@dataclass(slots=True)
class EvidenceCheck:
    """What the check found: counts, the head of the trail, every problem and warning."""

    entries: int = 0
    signatures: int = 0
    participants: int = 0
    head: str | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems


# -- the file's entries ----------------------------------------------------------------------
def _entry_problem(index: int, entry: Any) -> str | None:
    """Why an exported entry is not one the application writes (None: well formed)."""
    where = tr("Evidence", "audit entry #{n} of the file").format(n=index + 1)
    if not isinstance(entry, dict):
        return tr("Evidence", "{where} is not an object").format(where=where)
    for column in AUDIT_COLUMNS:
        value = entry.get(column)
        if column in ("id", "record_id"):
            ok = isinstance(value, int) and not isinstance(value, bool)
            ok = ok or (column == "record_id" and value is None)
        elif column in _NULLABLE_TEXT:
            ok = value is None or isinstance(value, str)
        else:
            ok = isinstance(value, str)
        if column not in entry or not ok:
            return tr("Evidence", "{where}: {field} is missing or not valid").format(
                where=where, field=column
            )
    return None


# -- the scratch database ----------------------------------------------------------------------
def _scratch() -> Database:
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    Base.metadata.create_all(engine)
    return Database("sqlite://", engine=engine)


def _typed(table: Table, column: str, text: str | None) -> Any:
    """A stored value from its canonical audit text (ValueError when it is not one)."""
    if text is None:
        return None
    kind = table.c[column].type.python_type
    if kind is bool:
        if text not in ("true", "false"):
            raise ValueError(text)
        return text == "true"
    if kind is date:
        return date.fromisoformat(text)
    if kind is int:
        return int(text)
    if kind is float:
        return float(text)
    return text


def _filler(table: Table, column: str) -> Any:
    """A value for a required column the trail does not record (counters, the version)."""
    col = table.c[column]
    default = getattr(col.default, "arg", None)
    if default is not None and not callable(default):
        return default
    kind = col.type.python_type
    return {bool: False, int: 0, float: 0.0, str: ""}.get(kind, "")


def _replayed(entries: Sequence[Mapping[str, Any]]) -> dict[str, dict[int, dict[str, Any]]]:
    """table -> record id -> {field: last text, "__owner__": participant id}, deleted ones
    left out."""
    state: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    for entry in entries:
        table, record = entry["table_name"], entry["record_id"]
        if record is None:
            continue
        if entry["action"] == "delete":
            state[table].pop(record, None)
            continue
        values = state[table].setdefault(record, {"__owner__": entry["participant_id"]})
        values[entry["field"]] = entry["new_value"]
    return state


class _Unreplayable(ValueError):
    """A value of the trail that its column cannot hold."""


def _insert_entries(database: Database, entries: Sequence[Mapping[str, Any]]) -> None:
    with database.write_session() as session:
        session.execute(insert(AuditEntryRow), [dict(e) for e in entries])


def _insert_records(database: Database, entries: Sequence[Mapping[str, Any]]) -> None:
    """Insert the records the trail describes (each as its last entries left it)."""
    state = _replayed(entries)
    participant_pks = {
        values.get("participant_id"): record
        for record, values in state.get(ParticipantRow.__tablename__, {}).items()
    }
    with database.write_session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == AuditEntryRow.__tablename__ or not state.get(table.name):
                continue
            rows = []
            for record, values in state[table.name].items():
                row: dict[str, Any] = {"id": record}
                for column in (c.key for c in table.columns):
                    if column == "id":
                        continue
                    if column in values:
                        try:
                            row[column] = _typed(table, column, values[column])
                        except ValueError:
                            raise _Unreplayable(f"{table.name} {record} {column}") from None
                    elif column == _OWNER:
                        row[column] = participant_pks.get(values["__owner__"])
                    elif not table.c[column].nullable:
                        row[column] = _filler(table, column)
                    else:
                        row[column] = None
                rows.append(row)
            session.execute(insert(table), rows)


# -- the checks ------------------------------------------------------------------------------
def _first_difference(given: Any, expected: Any, path: str = "") -> tuple[str, Any, Any] | None:
    """The first place two JSON values differ: (path, given, expected), or None."""
    if isinstance(given, dict) and isinstance(expected, dict):
        for key in sorted(set(given) | set(expected), key=str):
            found = _first_difference(given.get(key), expected.get(key), f"{path}.{key}")
            if found is not None:
                return found
        return None
    if isinstance(given, list) and isinstance(expected, list):
        for n in range(max(len(given), len(expected))):
            left = given[n] if n < len(given) else None
            right = expected[n] if n < len(expected) else None
            found = _first_difference(left, right, f"{path}[{n}]")
            if found is not None:
                return found
        return None
    if given != expected or type(given) is not type(expected):
        return path, given, expected
    return None


def _differs(what: str, given: Any, expected: Any) -> str:
    return tr("Evidence", "{what}: the file says {given}, the audit trail {expected}").format(
        what=what, given=_shown(given), expected=_shown(expected)
    )


def _shown(value: Any) -> str:
    return "—" if value is None else repr(value)


def _signatures_match(database: Database, given: Sequence[Any]) -> list[str]:
    """The file's signatures are exactly the trail's active ones, field for field."""
    with database.read_session() as session:
        rebuilt = {
            row.id: signature_json(row, pid)
            for row, pid in session.execute(
                select(SignatureRow, ParticipantRow.participant_id)
                .join(ParticipantRow, SignatureRow.participant_pk == ParticipantRow.id)
                .where(SignatureRow.void.is_(False))
            )
        }
    problems: list[str] = []
    seen: set[Any] = set()
    for item in given:
        ident = item.get("id") if isinstance(item, dict) else None
        seen.add(ident)
        expected = rebuilt.get(ident) if isinstance(ident, int) else None
        if expected is None:
            problems.append(
                tr(
                    "Evidence",
                    "signature {id} of the file is not an active signature of the audit trail",
                ).format(id=_shown(ident))
            )
            continue
        found = _first_difference(item, expected)
        if found is not None:
            what = tr("Evidence", "signature {id}, {field}").format(
                id=ident, field=found[0].lstrip(".")
            )
            problems.append(_differs(what, found[1], found[2]))
    for ident in sorted(set(rebuilt) - seen):
        problems.append(
            tr(
                "Evidence",
                "signature {id} is active in the audit trail but missing from the file",
            ).format(id=ident)
        )
    return problems


def _run(evidence: Evidence, compare: Callable[[list[Participant]], list[str]]) -> EvidenceCheck:
    result = EvidenceCheck(entries=len(evidence.entries))
    if not evidence.entries:
        result.problems.append(tr("Evidence", "nothing to verify: the file has no audit trail"))
        return result
    for index, entry in enumerate(evidence.entries):
        problem = _entry_problem(index, entry)
        if problem is not None:
            result.problems.append(problem)
            return result
    last = evidence.entries[-1]["entry_hash"]
    if evidence.head is not None and evidence.head != last:
        result.problems.append(
            tr(
                "Evidence",
                "audit_head {head} is not the hash of the file's last audit entry ({last})",
            ).format(head=evidence.head, last=last)
        )
    database = _scratch()
    try:
        _check_rebuilt(database, evidence, compare, result, last)
    finally:
        database.dispose()
    return result


def _check_rebuilt(
    database: Database,
    evidence: Evidence,
    compare: Callable[[list[Participant]], list[str]],
    result: EvidenceCheck,
    last: str,
) -> None:
    """Rebuild the trail's records in `database`, then run the checks of `baitp verify`
    on it and compare the file's data and signatures with it."""
    try:
        _insert_entries(database, evidence.entries)
    except SQLAlchemyError:
        result.problems.append(tr("Evidence", "audit entries repeat an id or a hash"))
        return
    unreplayable: str | None = None
    try:
        _insert_records(database, evidence.entries)
    except _Unreplayable as exc:
        unreplayable = str(exc)
    except (SQLAlchemyError, TypeError, KeyError) as exc:
        unreplayable = type(exc).__name__
    with database.read_session() as session:
        chain = verify(session, secrets=False)
        participants = [] if unreplayable else load_participants(session)
    if chain.problem is not None and (chain.values_checked == 0 or unreplayable is None):
        result.problems.append(chain.problem)  # a broken chain, or a value off its trail
    elif chain.problem is None:
        result.head = last
    if unreplayable is not None:
        result.problems.append(
            tr("Evidence", "the audit trail describes records that cannot exist ({detail})").format(
                detail=unreplayable
            )
        )
        return
    signatures = verify_signatures(database)
    result.signatures = signatures.checked
    result.problems += signatures.problems
    result.warnings += signatures.warnings
    result.problems += _signatures_match(database, evidence.signatures)
    result.participants = len(participants)
    result.problems += compare(participants)


def check_bundle(document: Mapping[str, Any], evidence: Evidence) -> EvidenceCheck:
    """Check a parsed JSON bundle: its trail, signatures and `participants`."""

    def compare(participants: list[Participant]) -> list[str]:
        expected = {p.participant_id: participant_to_json(p) for p in participants}
        items = document.get("participants")
        given = {
            item.get("participant_id"): item
            for item in (items if isinstance(items, list) else [])
            if isinstance(item, dict)
        }
        return _compare_by_participant(given, expected)

    return _run(evidence, compare)


def _compare_by_participant(given: Mapping[Any, Any], expected: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    for pid in sorted(set(given) | set(expected), key=str):
        if pid not in given:
            problems.append(
                tr("Evidence", "{pid} is in the audit trail but not in the file").format(pid=pid)
            )
        elif pid not in expected:
            problems.append(
                tr("Evidence", "{pid} is in the file but not in the audit trail").format(
                    pid=_shown(pid)
                )
            )
        else:
            found = _first_difference(given[pid], expected[pid])
            if found is not None:
                problems.append(_differs(f"{pid} {found[0].lstrip('.')}", found[1], found[2]))
                return problems  # the first difference is enough to name
    return problems


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _items(root: ET.Element) -> Iterator[tuple[str, str, str | None]]:
    """(subject, item address, value) of every ItemData, in document order."""
    for subject in root.iterfind(f"{_q('ClinicalData')}/{_q('SubjectData')}"):
        key = subject.get("SubjectKey") or ""
        for event in subject.iterfind(_q("StudyEventData")):
            for form in event.iterfind(_q("FormData")):
                for group in form.iterfind(_q("ItemGroupData")):
                    for item in group.iterfind(_q("ItemData")):
                        address = " ".join(
                            part
                            for part in (
                                event.get("StudyEventOID"),
                                event.get("StudyEventRepeatKey"),
                                group.get("ItemGroupOID"),
                                group.get("ItemGroupRepeatKey"),
                                item.get("ItemOID"),
                            )
                            if part
                        )
                        yield key, address, item.get("Value")


def check_odm(root: ET.Element, evidence: Evidence, config: ProtocolConfig) -> EvidenceCheck:
    """Check a parsed ODM file: its trail, signatures and every ItemData value."""

    def compare(participants: list[Participant]) -> list[str]:
        tree = build_odm(build_rows(participants, config), config)
        rebuilt = ET.fromstring(ET.tostring(tree.getroot()))
        expected: dict[str, dict[str, str | None]] = defaultdict(dict)
        for subject, address, value in _items(rebuilt):
            expected[subject][address] = value
        given: dict[str, dict[str, str | None]] = defaultdict(dict)
        for subject, address, value in _items(root):
            given[subject][address] = value
        return _compare_by_participant(given, expected)

    return _run(evidence, compare)


def verified_head(document: Any) -> str | None:
    """For `baitp import`: the head of the bundle's audit trail when it carries one and it
    verifies as `verify-export` checks it; InvalidInput (nothing imported) when it does
    not; None for a bundle without the audit keys."""
    if not has_evidence(document):
        return None
    check = check_bundle(document, bundle_evidence(document))
    if not check.intact:
        raise InvalidInput(
            [
                InputProblem(
                    "",
                    "",
                    "audit",
                    tr(
                        "Evidence",
                        "the file's audit trail and signatures do not verify, so nothing was "
                        "imported: {problem}",
                    ).format(problem=check.problems[0]),
                )
            ]
        )
    return check.head
