"""StudyService: reads participants as core records, and performs every write.

Every write is one transaction that (1) locks the participant and checks that it is still
the version the caller saw, (2) checks the final values of every touched record, (3)
refuses to change a saved value without a reason, (4) applies the change, (5) appends the
audit entries, and (6) bumps the participant's version. A refusal at any step leaves the
database exactly as it was.

"Changing a saved value" means giving a field that already holds a value a different
one, or deleting a record; filling a field left empty is data entry and needs no reason.

Before any of that the actor's role must allow entering data (service/roles.py: monitors
and administrators may not); and a change that touches data under an active electronic
signature is refused as a whole (service/locks.py) until the signature is voided.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from baitp_desktop.core.config import ProtocolConfig, default_config
from baitp_desktop.core.crf_forms import PARTICIPANT_FORM, RECORD_KINDS, record_kind
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.core.explanations import check_reason
from baitp_desktop.core.forms import FieldType, FormSpec, RecordKind, plain
from baitp_desktop.core.numbers import as_decimal
from baitp_desktop.core.records import Explanation, Participant
from baitp_desktop.i18n import tr
from baitp_desktop.service import explanations
from baitp_desktop.service.actor import SYSTEM, Actor
from baitp_desktop.service.changes import (
    KIND_FIELDS,
    PARTICIPANT_FIELDS,
    Change,
    Delete,
    DoseClear,
    DoseEntry,
    ParticipantUpdate,
    Upsert,
    participant_fields,
)
from baitp_desktop.service.errors import (
    ChangeNeedingReason,
    ConflictError,
    NotFound,
    ReasonRequired,
)
from baitp_desktop.service.explanations import ExplanationRecord, check_explanation
from baitp_desktop.service.locks import refuse_locked_changes
from baitp_desktop.service.roles import Permission, require
from baitp_desktop.service.value_checks import check_participant, check_record
from baitp_desktop.storage import repository
from baitp_desktop.storage.audit import (
    AuditEntry,
    AuditTrail,
    audited_fields,
    canonical,
    field_label,
    history,
    label_for,
)
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import (
    RECORD_MODELS,
    AuditEntryRow,
    Base,
    DoseRow,
    ExplanationRow,
    ParticipantRow,
)

MODELS: dict[str, type[Base]] = RECORD_MODELS
KIND_OF_TABLE = {kind.table: kind.kind for kind in RECORD_KINDS}
T = TypeVar("T")


def _normalise(form: FormSpec, field: str, value: Any) -> Any:
    """A value as stored for its declared field: a whole grade 2.0 as 2, a count 20 as
    20.0, a lab value as the Decimal of its digits (33.3 stays 33.3 exactly)."""
    value = plain(value)
    datatype = form.field(field).datatype if form.has_field(field) else None
    number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if datatype is FieldType.DECIMAL and number:
        try:
            return as_decimal(value)
        except (ValueError, ArithmeticError):  # NaN and the like: the checks refuse them
            return value
    if datatype is FieldType.INTEGER and isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and datatype is not FieldType.INTEGER:
        try:
            return float(value)
        except OverflowError:  # beyond any float: left for the checks to refuse
            return value
    return value


class StudyService:
    """The study as the application sees it, written to by one actor."""

    def __init__(
        self,
        database: Database,
        actor: Actor = SYSTEM,
        config: ProtocolConfig | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.database = database
        self.actor = actor
        self.config = config or default_config()
        self.today = today

    # -- reading ---------------------------------------------------------------------------
    def participants(self, participant_ids: Sequence[str] | None = None) -> list[Participant]:
        with self.database.read_session() as session:
            return repository.load_participants(session, participant_ids)

    def participant(self, participant_id: str) -> Participant:
        with self.database.read_session() as session:
            found = repository.load_participant(session, participant_id)
        if found is None:
            raise NotFound(
                tr("Service", "No participant {pid} in this database.").format(pid=participant_id)
            )
        return found

    def snapshot(
        self, participant_id: str, also: Callable[[Session], T]
    ) -> tuple[Participant, int, T]:
        """The participant, its version and `also` (its signatures, say), read at one moment.

        One unit of work: read in separate sessions, a colleague's save falling between
        the data and the version would pair old data with the new version, and saving
        that screen would overwrite the colleague's change without a conflict.
        """
        with self.database.snapshot_session() as session:
            version = session.scalar(
                select(ParticipantRow.version).where(
                    ParticipantRow.participant_id == participant_id
                )
            )
            found = repository.load_participant(session, participant_id)
            if found is None or version is None:
                raise NotFound(
                    tr("Service", "No participant {pid} in this database.").format(
                        pid=participant_id
                    )
                )
            return found, int(version), also(session)

    def participant_ids(self) -> list[str]:
        with self.database.read_session() as session:
            return repository.participant_ids(session)

    def versions(self) -> dict[str, int]:
        with self.database.read_session() as session:
            return repository.participant_versions(session)

    def version(self, participant_id: str) -> int:
        version = self.versions().get(participant_id)
        if version is None:
            raise NotFound(
                tr("Service", "No participant {pid} in this database.").format(pid=participant_id)
            )
        return version

    def history(
        self,
        participant_id: str | None = None,
        kind: str | None = None,
        record_id: int | None = None,
    ) -> list[AuditEntry]:
        table = None
        if kind == "participant":
            table = ParticipantRow.__tablename__
        elif kind is not None:
            table = MODELS[kind].__tablename__
        with self.database.read_session() as session:
            return history(session, participant_id, table, record_id)

    # -- writing: one participant ----------------------------------------------------------
    def create_participant(
        self,
        participant_id: str,
        *,
        initials: str,
        sex: str,
        birth_date: date,
        consent_date: date,
        **fields: Any,
    ) -> int:
        """Register a new participant (the "New participant" form); returns its version."""
        require(self.actor, Permission.ENTER_DATA)
        values: dict[str, Any] = dict.fromkeys(PARTICIPANT_FIELDS)
        values.update(
            initials=initials, sex=plain(sex), birth_date=birth_date, consent_date=consent_date
        )
        values.update({k: _normalise(PARTICIPANT_FORM, k, v) for k, v in fields.items()})
        problems: list[InputProblem] = []
        if (message := self._id_problem(participant_id)) is not None:
            problems.append(InputProblem(participant_id, "participant", "participant_id", message))
        problems += check_participant(
            values, participant=participant_id, today=self.today(), config=self.config
        )
        if problems:
            raise InvalidInput(problems)
        with self.database.write_session() as session:
            if (
                session.scalar(
                    select(ParticipantRow.id).where(ParticipantRow.participant_id == participant_id)
                )
                is not None
            ):
                raise InvalidInput(
                    [
                        InputProblem(
                            participant_id,
                            "participant",
                            "participant_id",
                            tr("Service", "{pid} already exists").format(pid=participant_id),
                        )
                    ]
                )
            row = ParticipantRow(participant_id=participant_id, version=1, **values)
            session.add(row)
            session.flush()
            trail = AuditTrail(session, self.actor.username, participant_id)
            trail.inserted(row, tr("Service", "New participant"))
            trail.write()
            return row.version

    def _id_problem(self, participant_id: str) -> str | None:
        from baitp_desktop.core.entry_checks import check_participant_id

        return check_participant_id(participant_id, self.config)

    def apply(
        self,
        participant_id: str,
        changes: Sequence[Change],
        *,
        reason: str | None = None,
        expected_version: int | None = None,
    ) -> int:
        """Apply changes to one participant's casebook in one transaction; new version."""
        require(self.actor, Permission.ENTER_DATA)
        reason = (reason or "").strip() or None
        with self.database.write_session() as session:
            row = self._lock_participant(session, participant_id, expected_version)
            run = _ChangeRun(self, session, row, reason)
            for change in changes:
                run.apply(change)
            refuse_locked_changes(session, row, run.trail.entries)  # signed data is locked
            if run.problems:
                raise InvalidInput(run.problems)
            if run.needs_reason and reason is None:
                raise ReasonRequired(
                    tr("Service", "A reason for the change is required: {records}").format(
                        records=", ".join(run.needs_reason)
                    ),
                    run.needs_reason,
                    run.reason_changes,
                )
            if run.trail.pending == 0:
                return row.version
            row.version += 1
            run.trail.write()
            return row.version

    def _lock_participant(
        self, session: Session, participant_id: str, expected_version: int | None
    ) -> ParticipantRow:
        row = session.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.participant_id == participant_id)
            .with_for_update()
        ).one_or_none()
        if row is None:
            raise NotFound(
                tr("Service", "No participant {pid} in this database.").format(pid=participant_id)
            )
        if expected_version is not None and row.version != expected_version:
            last = session.execute(
                select(AuditEntryRow.username, AuditEntryRow.timestamp_utc)
                .where(AuditEntryRow.participant_id == participant_id)
                .order_by(AuditEntryRow.id.desc())
                .limit(1)
            ).first()
            by, at = (last[0], last[1]) if last else (None, None)
            raise ConflictError(
                tr(
                    "Service",
                    "{pid} was changed by {user} at {time} after you opened it. Reload to see "
                    "that change; nothing was overwritten.",
                ).format(pid=participant_id, user=by or "?", time=at or "?"),
                by,
                at,
            )
        return row

    # -- explanations of findings (PROTOCOL.md §13) ---------------------------------------
    def explain_finding(
        self, participant_id: str, code: str, day: date, record: str, reason: str
    ) -> int:
        """Record why a finding is acceptable (investigators); the participant's new version.

        Refused, naming the field, for a code no rule has, a record no such finding points
        at, an empty or over-long reason, or a finding that already has an explanation."""
        require(self.actor, Permission.EXPLAIN_FINDING)
        check_explanation(participant_id, code, day, record, reason, self.today())
        with self.database.write_session() as session:
            row = self._lock_participant(session, participant_id, None)
            trail = AuditTrail(session, self.actor.username, participant_id)
            explained = Explanation(code, day, record, reason.strip())
            explanations.record_explanation(session, trail, row, explained)
            row.version += 1
            trail.write()
            return row.version

    def withdraw_explanation(
        self, participant_id: str, code: str, day: date, record: str, reason: str
    ) -> int:
        """Withdraw the current explanation of a finding (investigators), saying why; the
        row stays, marked withdrawn. The participant's new version."""
        require(self.actor, Permission.EXPLAIN_FINDING)
        if (message := check_reason(reason)) is not None:
            raise InvalidInput(
                [
                    InputProblem(
                        participant_id, f"{code} {day.isoformat()} {record}", "reason", message
                    )
                ]
            )
        with self.database.write_session() as session:
            row = self._lock_participant(session, participant_id, None)
            trail = AuditTrail(session, self.actor.username, participant_id)
            explanations.withdraw(session, trail, row, (code, day, record), reason.strip())
            row.version += 1
            trail.write()
            return row.version

    def explanation_history(self, participant_id: str) -> list[ExplanationRecord]:
        """Every explanation given for the participant, withdrawn ones too, oldest first."""
        with self.database.read_session() as session:
            row = session.scalars(
                select(ParticipantRow).where(ParticipantRow.participant_id == participant_id)
            ).one_or_none()
            if row is None:
                raise NotFound(
                    tr("Service", "No participant {pid} in this database.").format(
                        pid=participant_id
                    )
                )
            return explanations.explanation_records(session, row)

    # -- writing: a whole bundle -----------------------------------------------------------
    def import_participants(
        self,
        participants: Iterable[Participant],
        reason: str | None = None,
        *,
        source_head: str | None = None,
    ) -> int:
        """Insert new participants with all their records in one transaction (all or nothing).

        Participants already in the database are refused, never overwritten. A file that
        carried a verified audit trail (`source_head`, its last hash) is named by a first
        import entry, so this trail points at the one the data came from.
        """
        require(self.actor, Permission.IMPORT)
        participants = list(participants)
        reason = reason or tr("Service", "Imported from a bundle")
        with self.database.write_session() as session:
            if source_head is not None:
                trail = AuditTrail(session, self.actor.username, None)
                trail.add(
                    "import", None, "Import", "import", "audit_head", None, source_head, reason
                )
                trail.write()
            existing = set(repository.participant_ids(session))
            clashes = [p.participant_id for p in participants if p.participant_id in existing]
            if clashes:
                raise InvalidInput(
                    [
                        InputProblem(
                            pid,
                            "",
                            "participant_id",
                            tr("Service", "already in this database; nothing was imported"),
                        )
                        for pid in clashes
                    ]
                )
            for participant in participants:
                _BulkInsert(session, self.actor, reason).participant(participant)
        return len(participants)


def _row_values(row: Base) -> dict[str, Any]:
    return {field: getattr(row, field) for field in audited_fields(type(row))}


class _ChangeRun:
    """Applies the changes of one `apply` call, collecting problems and reasons needed."""

    def __init__(
        self, service: StudyService, session: Session, row: ParticipantRow, reason: str | None
    ) -> None:
        self.service = service
        self.session = session
        self.row = row
        self.reason = reason or ""
        self.trail = AuditTrail(session, service.actor.username, row.participant_id)
        self.problems: list[InputProblem] = []
        self.needs_reason: list[str] = []
        self.reason_changes: list[ChangeNeedingReason] = []
        self.today = service.today()

    def apply(self, change: Change) -> None:
        if isinstance(change, ParticipantUpdate):
            self._update_participant(change.values)
        elif isinstance(change, DoseEntry):
            existing = self._dose_on(change.date)
            values = {"date": change.date, "taken": change.taken, "dose_mg": change.dose_mg}
            if existing is None:
                self._insert("dose", values)
            else:
                self._update(existing, "dose", values)
        elif isinstance(change, DoseClear):
            existing = self._dose_on(change.date)
            if existing is not None:
                self._delete(existing)
        elif isinstance(change, Upsert):
            if change.kind not in MODELS:
                raise ValueError(f"unknown record kind {change.kind!r}")
            unknown = set(change.values) - set(KIND_FIELDS[change.kind])
            if unknown:
                raise ValueError(f"unknown fields for {change.kind}: {sorted(unknown)}")
            if change.record_id is None:
                self._insert(change.kind, change.values)
            else:
                self._update(self._owned(change.kind, change.record_id), change.kind, change.values)
        elif isinstance(change, Delete):
            self._delete(self._owned(change.kind, change.record_id))
        else:  # pragma: no cover - the Change union is closed
            raise TypeError(change)

    def _dose_on(self, day: date) -> DoseRow | None:
        found = self._record_on(record_kind("dose"), day)
        assert found is None or isinstance(found, DoseRow)
        return found

    def _record_on(self, kind: RecordKind, day: date) -> Base | None:
        """The participant's record of a one-per-day kind on `day` (None: none yet)."""
        model: Any = MODELS[kind.kind]
        return self.session.scalars(
            select(model).where(
                model.participant_pk == self.row.id, getattr(model, kind.date_field) == day
            )
        ).one_or_none()

    def _owned(self, kind: str, record_id: int) -> Base:
        model = MODELS[kind]
        record = self.session.get(model, record_id)
        if record is None or record.participant_pk != self.row.id:  # type: ignore[attr-defined]
            raise NotFound(tr("Service", "That record no longer exists; reload the participant."))
        return record

    def _check(self, kind: str, values: dict[str, Any], label: str) -> bool:
        problems = check_record(
            kind,
            values,
            participant=self.row.participant_id,
            record=label,
            today=self.today,
            config=self.service.config,
        )
        self.problems += problems
        return not problems

    def _insert(self, kind_name: str, values: dict[str, Any]) -> None:
        kind = record_kind(kind_name)
        model: Any = MODELS[kind_name]
        data: dict[str, Any] = {}
        for spec in kind.entry_fields:  # a field left out holds its default (a reason "")
            value = _normalise(kind, spec.name, values.get(spec.name))
            data[spec.name] = spec.default if value is None else value
        label = label_for(model, {**data, "number": "new"})
        if not self._check(kind_name, data, label):
            return
        unique = kind.unique_date_message
        if unique is not None and self._record_on(kind, data[kind.date_field]) is not None:
            self.problems.append(
                InputProblem(self.row.participant_id, label, kind.date_field, tr("Entry", unique))
            )
            return
        if not self._free_date(kind, data[kind.date_field], None, label):
            return
        if kind.numbered:
            numbers = self.session.scalars(
                select(model.number).where(model.participant_pk == self.row.id)
            )
            data["number"] = max(numbers, default=0) + 1
        record = model(participant_pk=self.row.id, **data)
        self.session.add(record)
        self.session.flush()
        self.trail.inserted(record, self.reason or tr("Service", "Initial entry"))

    def _update(self, record: Base, kind_name: str, values: dict[str, Any]) -> None:
        kind = record_kind(kind_name)
        current = _row_values(record)
        merged = {**current, **{k: _normalise(kind, k, v) for k, v in values.items()}}
        label = label_for(type(record), current)
        if not self._check(kind_name, {f: merged.get(f) for f in kind.entry_names}, label):
            return
        moved = merged[kind.date_field] != current[kind.date_field]
        if kind.unique_date_message is not None and moved:
            raise ValueError(
                "a one-per-day record is addressed by its date; clear it and enter anew"
            )
        record_id = int(getattr(record, "id"))  # noqa: B009 - Base declares no id
        if moved and not self._free_date(kind, merged[kind.date_field], record_id, label):
            return
        self._set_fields(record, current, merged, label)

    def _free_date(self, kind: RecordKind, day: date, record_id: int | None, label: str) -> bool:
        """A kind kept one per date (a lab panel, a questionnaire, a dosing decision) has no
        other record on `day`; else the refusal is collected and False returned."""
        if kind.one_per_date is None:
            return True
        model: Any = MODELS[kind.kind]
        date_column = getattr(model, kind.date_field)
        query = select(date_column).where(model.participant_pk == self.row.id)
        if record_id is not None:
            query = query.where(model.id != record_id)
        message = kind.one_per_date(list(self.session.scalars(query)), day)
        if message is None:
            return True
        self.problems.append(InputProblem(self.row.participant_id, label, kind.date_field, message))
        return False

    def _set_fields(
        self, record: Base, current: dict[str, Any], merged: dict[str, Any], label: str
    ) -> None:
        for field, new in merged.items():
            if field not in current:
                continue
            old = current[field]
            if old == new and canonical(old) == canonical(new):  # 12.1 → 12.10 is a change
                continue
            if old is not None:  # named as the form labels the field, for the reason dialog
                self.needs_reason.append(f"{label} ({field_label(record.__tablename__, field)})")
                self.reason_changes.append(
                    ChangeNeedingReason(label, field, canonical(old), canonical(new))
                )
            setattr(record, field, new)
            self.trail.updated(
                record, field, old, new, self.reason or tr("Service", "Initial entry")
            )

    def _delete(self, record: Base) -> None:
        label = label_for(type(record), _row_values(record))
        self.needs_reason.append(label)
        self.reason_changes.append(ChangeNeedingReason(label))
        self.trail.deleted(record, self.reason)
        self.session.delete(record)
        self.session.flush()

    def _update_participant(self, values: dict[str, Any]) -> None:
        unknown = set(values) - set(PARTICIPANT_FIELDS)
        if unknown:
            raise ValueError(f"unknown participant fields: {sorted(unknown)}")
        current = {field: getattr(self.row, field) for field in PARTICIPANT_FIELDS}
        merged = {**current, **{k: _normalise(PARTICIPANT_FORM, k, v) for k, v in values.items()}}
        problems = check_participant(
            merged,
            participant=self.row.participant_id,
            today=self.today,
            config=self.service.config,
        )
        if problems:
            self.problems += problems
            return
        self._set_fields(
            self.row, current, merged, label_for(ParticipantRow, _row_values(self.row))
        )


class _BulkInsert:
    """The import's fast path: bulk INSERT ... RETURNING, audited field by field."""

    def __init__(self, session: Session, actor: Actor, reason: str) -> None:
        self.session = session
        self.reason = reason
        self.actor = actor

    def participant(self, p: Participant) -> None:
        values = {"participant_id": p.participant_id, **participant_fields(p)}
        trail = AuditTrail(self.session, self.actor.username, p.participant_id)
        pk = self._insert(ParticipantRow, [{**values, "version": 1}], trail)[0]
        for kind in RECORD_KINDS:
            items = [
                {**kind.values_of(record), "participant_pk": pk}
                for record in getattr(p, kind.attribute)
            ]
            if items:
                self._insert(MODELS[kind.kind], items, trail)
        explanations = [
            {
                "participant_pk": pk,
                "code": e.code,
                "date": e.date,
                "record": e.record,
                "reason": e.reason,
                "withdrawn": False,
            }
            for e in p.explanations
        ]
        if explanations:
            self._insert(ExplanationRow, explanations, trail)
        trail.write()

    def _insert(
        self, model: type[Base], items: list[dict[str, Any]], trail: AuditTrail
    ) -> list[int]:
        ids = list(
            self.session.scalars(
                insert(model).returning(model.id, sort_by_parameter_order=True),  # type: ignore[attr-defined]
                items,
            )
        )
        for record_id, item in zip(ids, items, strict=True):
            trail.inserted_values(model, record_id, label_for(model, item), item, self.reason)
        return ids
