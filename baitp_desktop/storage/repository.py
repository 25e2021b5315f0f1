"""Rows to core records: the only place that knows how a Participant is spread over tables.

Reading a whole study uses one query per table (not one per participant), so the
validator's full run over 1,000 participants is not dominated by the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.records import (
    EXCLUSION_ITEMS,
    INCLUSION_ITEMS,
    LAB_FIELDS,
    AdverseEvent,
    AeAction,
    AeOutcome,
    BleedingAssessment,
    DecisionAction,
    Discontinuation,
    DiscontinuationReason,
    Dose,
    DosingDecision,
    Labs,
    Participant,
    PlateletCount,
    Relationship,
    RescueTherapy,
    Screening,
    Sex,
)
from baitp_desktop.storage.models import (
    AdverseEventRow,
    BleedingRow,
    DoseRow,
    DosingDecisionRow,
    ParticipantRow,
    PlateletCountRow,
    RescueRow,
)


def _optional(enum: Any, value: str | None) -> Any:
    return None if value is None else enum(value)


def _participant(row: ParticipantRow, children: dict[str, list[Any]]) -> Participant:
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
    return Participant(
        participant_id=row.participant_id,
        initials=row.initials,
        sex=Sex(row.sex),
        birth_date=row.birth_date,
        consent_date=row.consent_date,
        screening=screening,
        first_dose_date=row.first_dose_date,
        doses=tuple(children["doses"]),
        dosing_decisions=tuple(children["decisions"]),
        platelet_counts=tuple(children["counts"]),
        bleeding=tuple(children["bleeding"]),
        adverse_events=tuple(children["aes"]),
        rescue=tuple(children["rescue"]),
        discontinuation=discontinuation,
    )


def _children(session: Session, pks: Sequence[int] | None) -> dict[int, dict[str, list[Any]]]:
    """All child records of the given participants (all participants when pks is None)."""
    out: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))

    def rows(model: Any, *columns: Any, order: Sequence[Any]) -> Iterable[Any]:
        query = select(model.participant_pk, model.id, *columns).order_by(*order)
        if pks is not None:
            query = query.where(model.participant_pk.in_(pks))
        return session.execute(query)

    for pk, rid, day, taken, dose_mg in rows(
        DoseRow, DoseRow.date, DoseRow.taken, DoseRow.dose_mg, order=[DoseRow.date]
    ):
        out[pk]["doses"].append(Dose(day, taken, dose_mg, record_id=rid))
    for pk, rid, day, action, reason in rows(
        DosingDecisionRow,
        DosingDecisionRow.date,
        DosingDecisionRow.action,
        DosingDecisionRow.reason,
        order=[DosingDecisionRow.date, DosingDecisionRow.id],
    ):
        out[pk]["decisions"].append(
            DosingDecision(day, DecisionAction(action), reason, record_id=rid)
        )
    for pk, rid, day, value in rows(
        PlateletCountRow,
        PlateletCountRow.date,
        PlateletCountRow.value,
        order=[PlateletCountRow.date, PlateletCountRow.id],
    ):
        out[pk]["counts"].append(PlateletCount(day, value, record_id=rid))
    for pk, rid, day, grade in rows(
        BleedingRow,
        BleedingRow.date,
        BleedingRow.who_grade,
        order=[BleedingRow.date, BleedingRow.id],
    ):
        out[pk]["bleeding"].append(BleedingAssessment(day, grade, record_id=rid))
    ae = AdverseEventRow
    for pk, rid, *values in rows(
        ae,
        ae.number,
        ae.term,
        ae.grade,
        ae.onset,
        ae.resolved,
        ae.serious,
        ae.relationship,
        ae.action,
        ae.outcome,
        ae.aware_date,
        ae.reported_date,
        order=[ae.number],
    ):
        number, term, grade, onset, resolved, serious, rel, action, outcome, aware, reported = (
            values
        )
        out[pk]["aes"].append(
            AdverseEvent(
                number=number,
                term=term,
                grade=grade,
                onset=onset,
                resolved=resolved,
                serious=serious,
                relationship=_optional(Relationship, rel),
                action=_optional(AeAction, action),
                outcome=_optional(AeOutcome, outcome),
                aware_date=aware,
                reported_date=reported,
                record_id=rid,
            )
        )
    for pk, rid, number, day, therapy in rows(
        RescueRow, RescueRow.number, RescueRow.date, RescueRow.therapy, order=[RescueRow.number]
    ):
        out[pk]["rescue"].append(RescueTherapy(number, day, therapy, record_id=rid))
    return out


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
