"""Queries (discrepancy notes): raise, answer, follow up, close; threaded, never deleted.

Roles (service/roles.py): monitors and investigators raise; nurses and investigators
answer; only the person who raised a query closes it or sends a follow-up question.
Every step appends a message and, where the state changes, updates the query's status,
both audited under the participant. There is no delete: a query raised in error is
closed with a message saying so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from baitp_desktop.core.entry_checks import check_text, control_characters
from baitp_desktop.core.errors import InputProblem, InvalidInput, UserFacingError
from baitp_desktop.core.findings import Finding
from baitp_desktop.core.queries import (
    TRANSITIONS,
    Query,
    QueryAction,
    QueryMessage,
    QueryStatus,
    QueryTarget,
)
from baitp_desktop.i18n import tr, tr_noop
from baitp_desktop.service.actor import Actor
from baitp_desktop.service.errors import NotFound
from baitp_desktop.service.roles import Permission, require
from baitp_desktop.service.study_service import KIND_OF_TABLE
from baitp_desktop.storage.audit import AuditEntry, AuditTrail, history, utc_now
from baitp_desktop.storage.database import Database
from baitp_desktop.storage.models import ParticipantRow, column_width
from baitp_desktop.storage.part11_models import QueryMessageRow, QueryRow

_PERMISSION_OF: dict[QueryAction, Permission] = {
    QueryAction.RAISE: Permission.RAISE_QUERY,
    QueryAction.ANSWER: Permission.ANSWER_QUERY,
    QueryAction.FOLLOW_UP: Permission.RAISE_QUERY,
    QueryAction.CLOSE: Permission.CLOSE_QUERY,
}
# Tables a query may point at (the CRF data), with the record kind each one holds.
_QUERYABLE_TABLES: dict[str, str] = {**KIND_OF_TABLE, ParticipantRow.__tablename__: "participant"}
_STATUS_NAMES = {
    QueryStatus.NEW: tr_noop("Queries", "New"),
    QueryStatus.ANSWERED: tr_noop("Queries", "Answered"),
    QueryStatus.CLOSED: tr_noop("Queries", "Closed"),
}


def status_name(status: QueryStatus) -> str:
    return tr("Queries", _STATUS_NAMES[status])


class QueryStateError(UserFacingError):
    """The step is not allowed in the query's current state (or not by this person)."""

    exit_code = 1


def finding_target(finding: Finding) -> QueryTarget:
    """A query target pointing at a validator finding."""
    return QueryTarget(
        label=f"{finding.code} {finding.date.isoformat()}: {finding.message}"[:300],
        finding_code=finding.code,
        finding_record=finding.record,
    )


def field_targets(entries: Sequence[AuditEntry]) -> list[QueryTarget]:
    """The fields a set of audit entries shows holding a value now (not deleted, not empty).

    Queries can only be about CRF data: accounts, signatures and queries are left out.
    """
    latest: dict[tuple[str, int, str], AuditEntry] = {}
    for entry in entries:
        if entry.record_id is not None and entry.table_name in _QUERYABLE_TABLES:
            latest[(entry.table_name, entry.record_id, entry.field)] = entry
    return [
        QueryTarget(
            label=f"{e.record_label} ({e.field})",
            kind=_QUERYABLE_TABLES[e.table_name],
            record_id=e.record_id,
            field=e.field,
        )
        for e in latest.values()
        if e.action != "delete" and e.new_value is not None
    ]


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _to_query(row: QueryRow, participant_id: str, messages: list[QueryMessageRow]) -> Query:
    return Query(
        query_id=row.id,
        participant_id=participant_id,
        number=row.number,
        target=QueryTarget(
            label=row.target_label,
            kind=row.kind,
            record_id=row.record_id,
            field=row.field,
            finding_code=row.finding_code,
            finding_record=row.finding_record,
        ),
        status=QueryStatus(row.status),
        raised_by=row.raised_by,
        raised_at_utc=_parse(row.raised_at_utc),
        messages=tuple(
            QueryMessage(
                m.id, QueryAction(m.action), m.username, m.printed_name, _parse(m.at_utc), m.text
            )
            for m in messages
        ),
    )


class QueryService:
    """Queries of the study, worked on by `actor`."""

    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    # -- reading ---------------------------------------------------------------------------
    def queries(self, participant_id: str | None = None, *, open_only: bool = False) -> list[Query]:
        """Queries oldest first, each with its whole thread."""
        with self.database.read_session() as session:
            query = (
                select(QueryRow, ParticipantRow.participant_id)
                .join(ParticipantRow, QueryRow.participant_pk == ParticipantRow.id)
                .order_by(ParticipantRow.participant_id, QueryRow.number)
            )
            if participant_id is not None:
                query = query.where(ParticipantRow.participant_id == participant_id)
            if open_only:
                query = query.where(QueryRow.status != QueryStatus.CLOSED.value)
            rows = list(session.execute(query))
            threads: dict[int, list[QueryMessageRow]] = defaultdict(list)
            ids = [row.id for row, _ in rows]
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
                messages = session.scalars(
                    select(QueryMessageRow)
                    .where(QueryMessageRow.query_id.in_(chunk))
                    .order_by(QueryMessageRow.id)
                )
                for message in messages:
                    threads[message.query_id].append(message)
            return [_to_query(row, pid, threads[row.id]) for row, pid in rows]

    def query(self, query_id: int) -> Query:
        with self.database.read_session() as session:
            row = session.get(QueryRow, query_id)
            if row is None:
                raise NotFound(tr("Queries", "No query {id}.").format(id=query_id))
            pid = session.get_one(ParticipantRow, row.participant_pk).participant_id
            messages = list(
                session.scalars(
                    select(QueryMessageRow)
                    .where(QueryMessageRow.query_id == query_id)
                    .order_by(QueryMessageRow.id)
                )
            )
            return _to_query(row, pid, messages)

    def field_targets(self, participant_id: str) -> list[QueryTarget]:
        """Every field of the participant that holds a value now, as a query target."""
        with self.database.read_session() as session:
            return field_targets(history(session, participant_id))

    # -- writing ---------------------------------------------------------------------------
    def raise_query(self, participant_id: str, target: QueryTarget, text: str) -> Query:
        """Open a new query (state New) on a field or a finding, with its first message."""
        require(self.actor, Permission.RAISE_QUERY)
        text = _required_text(text)
        target = _checked_target(target)
        _refuse_long_target(target)
        with self.database.write_session() as session:
            participant = session.scalars(
                select(ParticipantRow).where(ParticipantRow.participant_id == participant_id)
            ).one_or_none()
            if participant is None:
                raise NotFound(
                    tr("Service", "No participant {pid} in this database.").format(
                        pid=participant_id
                    )
                )
            number = session.scalar(
                select(func.coalesce(func.max(QueryRow.number), 0)).where(
                    QueryRow.participant_pk == participant.id
                )
            )
            now = utc_now()
            row = QueryRow(
                participant_pk=participant.id,
                number=int(number or 0) + 1,
                target_label=target.label[:300],
                kind=target.kind,
                record_id=target.record_id,
                field=target.field,
                finding_code=target.finding_code,
                finding_record=target.finding_record,
                status=QueryStatus.NEW.value,
                raised_by=self.actor.username,
                raised_at_utc=now,
            )
            session.add(row)
            session.flush()
            trail = AuditTrail(session, self.actor.username, participant_id)
            trail.inserted(row, tr("Queries", "Query raised"))
            self._message(session, trail, row, QueryAction.RAISE, text, now)
            trail.write()
            query_id = row.id
        return self.query(query_id)

    def answer(self, query_id: int, text: str) -> Query:
        return self._step(query_id, QueryAction.ANSWER, text)

    def follow_up(self, query_id: int, text: str) -> Query:
        """The raiser is not satisfied with the answer: back to New with a new question."""
        return self._step(query_id, QueryAction.FOLLOW_UP, text)

    def close(self, query_id: int, text: str = "") -> Query:
        return self._step(query_id, QueryAction.CLOSE, text or tr("Queries", "Closed"))

    def _step(self, query_id: int, action: QueryAction, text: str) -> Query:
        require(self.actor, _PERMISSION_OF[action])
        text = _required_text(text)
        allowed_from, new_status = TRANSITIONS[action]
        with self.database.write_session() as session:
            row = session.get(QueryRow, query_id)
            if row is None:
                raise NotFound(tr("Queries", "No query {id}.").format(id=query_id))
            status = QueryStatus(row.status)
            if status not in allowed_from:
                raise QueryStateError(
                    tr("Queries", "Query {n} is {status}; it cannot be {action} now.").format(
                        n=row.number, status=status_name(status), action=_verb(action)
                    )
                )
            raiser_only = action in (QueryAction.CLOSE, QueryAction.FOLLOW_UP)
            if raiser_only and row.raised_by != self.actor.username:
                raise QueryStateError(
                    tr("Queries", "Only {user}, who raised query {n}, can do that.").format(
                        user=row.raised_by, n=row.number
                    )
                )
            pid = session.get_one(ParticipantRow, row.participant_pk).participant_id
            trail = AuditTrail(session, self.actor.username, pid)
            if row.status != new_status.value:
                trail.updated(row, "status", row.status, new_status.value, text)
                row.status = new_status.value
            self._message(session, trail, row, action, text, utc_now())
            trail.write()
        return self.query(query_id)

    def _message(
        self,
        session: Session,
        trail: AuditTrail,
        query: QueryRow,
        action: QueryAction,
        text: str,
        at: str,
    ) -> None:
        message = QueryMessageRow(
            query_id=query.id,
            action=action.value,
            username=self.actor.username,
            printed_name=self.actor.display_name,
            at_utc=at,
            text=text,
        )
        session.add(message)
        session.flush()
        trail.inserted(message, tr("Queries", "Query {n}").format(n=query.number))


def _required_text(text: str) -> str:
    text = (text or "").strip()
    problem = tr("Queries", "write a message") if not text else control_characters(text)
    if problem is not None:
        raise InvalidInput([InputProblem("", tr("Queries", "Query"), "text", problem)])
    return text


def _checked_target(target: QueryTarget) -> QueryTarget:
    """What a query is about is shown in lists and exports: no control characters."""
    for field, value in (("target", target.label), ("field", target.field or "")):
        if (problem := control_characters(value)) is not None:
            raise InvalidInput([InputProblem("", tr("Queries", "Query"), field, problem)])
    return target


def _refuse_long_target(target: QueryTarget) -> None:
    """A target's parts must fit their columns (a field name typed on the command line)."""
    columns = {
        "kind": QueryRow.kind,
        "field": QueryRow.field,
        "finding_code": QueryRow.finding_code,
        "finding_record": QueryRow.finding_record,
    }
    problems = [
        InputProblem("", tr("Queries", "Query"), name, message)
        for name, column in columns.items()
        if (value := getattr(target, name)) is not None
        and (message := check_text(value, column_width(column))) is not None
    ]
    if problems:
        raise InvalidInput(problems)


def _verb(action: QueryAction) -> str:
    return {
        QueryAction.ANSWER: tr("Queries", "answered"),
        QueryAction.FOLLOW_UP: tr("Queries", "sent back"),
        QueryAction.CLOSE: tr("Queries", "closed"),
        QueryAction.RAISE: tr("Queries", "raised"),
    }[action]
