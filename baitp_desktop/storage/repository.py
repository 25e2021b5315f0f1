"""Rows to core records: the only place that knows how a Participant is spread over tables.

Reading a whole study uses one query per table (not one per participant), so the
validator's full run over 1,000 participants is not dominated by the database. The tables
of the record kinds are read as their declarations (core.crf_forms) say: the same loop
for every kind, its fields in the declared order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.crf_forms import RECORD_KINDS
from baitp_desktop.core.forms import RecordKind
from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    LAB_FIELDS,
    Discontinuation,
    DiscontinuationReason,
    Explanation,
    ItpHistory,
    Labs,
    Participant,
    Screening,
    Sex,
)
from baitp_desktop.storage.models import ExplanationRow, ParticipantRow, record_model

Children = dict[str, list[Any]]  # record kind -> that participant's records, in order
_EXPLANATIONS = "explanation"  # their key among the children (no CRF form: no record kind)


def _participant(row: ParticipantRow, children: Children) -> Participant:
    screening = Screening(
        date=row.screening_date,
        inclusion={item: getattr(row, item.lower()) for item in INCLUSION_ITEMS},
        exclusion={item: getattr(row, item.lower()) for item in EXCLUSION_ITEMS},
        platelets=row.screening_platelets,
        significant_bleeding=row.significant_bleeding,
        labs=Labs(**{key: getattr(row, key) for key in LAB_FIELDS}),
    )
    discontinuation = None
    if row.discontinuation_date is not None and row.discontinuation_reason is not None:
        discontinuation = Discontinuation(
            row.discontinuation_date, DiscontinuationReason(row.discontinuation_reason)
        )
    records: dict[str, Any] = {kind.attribute: tuple(children[kind.kind]) for kind in RECORD_KINDS}
    return Participant(
        itp_history=itp_history(row),
        explanations=tuple(children[_EXPLANATIONS]),
        participant_id=row.participant_id,
        initials=row.initials,
        sex=Sex(row.sex),
        birth_date=row.birth_date,
        consent_date=row.consent_date,
        screening=screening,
        first_dose_date=row.first_dose_date,
        discontinuation=discontinuation,
        **records,
    )


def itp_history(row: ParticipantRow) -> ItpHistory | None:
    """The ITP history of the participant row; None while `splenectomy` is empty (nothing
    recorded: the service refuses a diagnosis date without it)."""
    if row.splenectomy is None:
        return None
    return ItpHistory(row.diagnosis_date, row.splenectomy, row.splenectomy_date)


def _order(kind: RecordKind, model: Any) -> list[Any]:
    """Numbered logs by number; dated records by date, then in the order entered; lists
    not kept by date (medications) in the order entered."""
    if kind.numbered:
        return [model.number]
    if not kind.listed_by_date:
        return [model.id]
    return [getattr(model, kind.date_field), model.id]


def _children(session: Session, pks: Sequence[int] | None) -> dict[int, Children]:
    """All child records of the given participants (all participants when pks is None)."""
    out: dict[int, Children] = defaultdict(lambda: defaultdict(list))
    for kind in RECORD_KINDS:
        model: Any = record_model(kind.kind)
        names = kind.field_names
        query = select(model.participant_pk, model.id, *(getattr(model, n) for n in names))
        query = query.order_by(*_order(kind, model))
        if pks is not None:
            query = query.where(model.participant_pk.in_(pks))
        read = kind.reader()
        for pk, record_id, *values in session.execute(query):
            out[pk][kind.kind].append(read(values, record_id))
    _current_explanations(session, pks, out)
    return out


def _current_explanations(
    session: Session, pks: Sequence[int] | None, out: dict[int, Children]
) -> None:
    """The explanations not withdrawn (withdrawn ones stay in their table, for history)."""
    e = ExplanationRow
    query = select(e.participant_pk, e.id, e.code, e.date, e.record, e.reason).where(
        e.withdrawn.is_(False)
    )
    if pks is not None:
        query = query.where(e.participant_pk.in_(pks))
    for pk, record_id, code, day, record, reason in session.execute(
        query.order_by(e.date, e.code, e.record)
    ):
        out[pk][_EXPLANATIONS].append(Explanation(code, day, record, reason, record_id))


def load_participants(
    session: Session, participant_ids: Sequence[str] | None = None
) -> list[Participant]:
    """Participants as core records, ordered by id (all of them when ids is None)."""
    query = select(ParticipantRow).order_by(ParticipantRow.participant_id)
    if participant_ids is not None:
        query = query.where(ParticipantRow.participant_id.in_(participant_ids))
    rows = list(session.scalars(query))
    children = _children(session, None if participant_ids is None else [r.id for r in rows])
    return [_participant(row, children[row.id]) for row in rows]


def load_participant(session: Session, participant_id: str) -> Participant | None:
    found = load_participants(session, [participant_id])
    return found[0] if found else None


def participant_versions(session: Session) -> dict[str, int]:
    """Each participant's write counter (the GUI compares it to notice others' saves)."""
    query = select(ParticipantRow.participant_id, ParticipantRow.version)
    return {pid: version for pid, version in session.execute(query)}


def participant_ids(session: Session) -> list[str]:
    query = select(ParticipantRow.participant_id).order_by(ParticipantRow.participant_id)
    return list(session.scalars(query))
