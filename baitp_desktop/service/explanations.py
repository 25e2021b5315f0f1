"""Explaining a finding (PROTOCOL.md §13): an investigator's word, recorded and audited.

An explanation is not CRF data: nobody types it into a form, it changes no value the
validator reads, and a signature does not lock it. It is a statement about a finding, tied
to the finding's code, date and record, that an investigator makes and may withdraw. Its
row is never deleted: a withdrawal marks it withdrawn with who, when and why (each field
audited), so the history shows every explanation ever given and what became of it, and a
new explanation of the same finding can follow the withdrawn one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from baitp_desktop.core.entry_checks import check_date
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.core.explanations import check_reason, check_target
from baitp_desktop.core.records import Explanation
from baitp_desktop.i18n import tr
from baitp_desktop.storage.audit import AuditTrail, history, utc_now
from baitp_desktop.storage.models import EXPLANATION_RECORD_MAX, ExplanationRow, ParticipantRow


@dataclass(frozen=True, slots=True)
class ExplanationRecord:
    """One explanation as given, with who gave it and, once withdrawn, who withdrew it."""

    explanation: Explanation
    explained_by: str
    explained_at_utc: str
    withdrawn: bool = False
    withdrawn_by: str | None = None
    withdrawn_at_utc: str | None = None
    withdraw_reason: str | None = None


def _label(code: str, day: date, record: str) -> str:
    return f"{code} {day.isoformat()} {record}"


def check_explanation(
    participant_id: str, code: str, day: date, record: str, reason: str, today: date
) -> None:
    """Refuse (InvalidInput naming the field) what no finding could carry, or a reason that
    is empty or too long."""
    label = _label(code, day, record)
    problems: list[InputProblem] = []
    if (message := check_date(day, today)) is not None:
        problems.append(InputProblem(participant_id, label, "date", message))
    if len(record) > EXPLANATION_RECORD_MAX:
        message = tr("Entry", "text longer than {n} characters").format(n=EXPLANATION_RECORD_MAX)
        problems.append(InputProblem(participant_id, label, "record", message))
    elif (target := check_target(code, day, record)) is not None:
        problems.append(InputProblem(participant_id, label, *target))
    if (message := check_reason(reason)) is not None:
        problems.append(InputProblem(participant_id, label, "reason", message))
    if problems:
        raise InvalidInput(problems)


def current_explanation(
    session: Session, participant: ParticipantRow, code: str, day: date, record: str
) -> ExplanationRow | None:
    """The explanation of this finding that is not withdrawn (at most one)."""
    e = ExplanationRow
    return session.scalars(
        select(e).where(
            e.participant_pk == participant.id,
            e.code == code,
            e.date == day,
            e.record == record,
            e.withdrawn.is_(False),
        )
    ).first()


def record_explanation(
    session: Session,
    trail: AuditTrail,
    participant: ParticipantRow,
    explanation: Explanation,
) -> None:
    """Insert a new current explanation (refused when the finding already has one)."""
    code, day, record = explanation.code, explanation.date, explanation.record
    if current_explanation(session, participant, code, day, record) is not None:
        raise InvalidInput(
            [
                InputProblem(
                    participant.participant_id,
                    _label(code, day, record),
                    "record",
                    tr(
                        "Explanation",
                        "this finding is already explained; withdraw that explanation first",
                    ),
                )
            ]
        )
    row = ExplanationRow(
        participant_pk=participant.id,
        code=code,
        date=day,
        record=record,
        reason=explanation.reason,
        withdrawn=False,
    )
    session.add(row)
    session.flush()
    trail.inserted(row, tr("Explanation", "Finding explained"))


def withdraw(
    session: Session,
    trail: AuditTrail,
    participant: ParticipantRow,
    target: tuple[str, date, str],
    reason: str,
) -> None:
    """Mark the current explanation of a finding withdrawn, keeping the row."""
    code, day, record = target
    row = current_explanation(session, participant, code, day, record)
    if row is None:
        raise InvalidInput(
            [
                InputProblem(
                    participant.participant_id,
                    _label(code, day, record),
                    "record",
                    tr("Explanation", "this finding has no current explanation to withdraw"),
                )
            ]
        )
    values = {
        "withdrawn": True,
        "withdrawn_at_utc": utc_now(),
        "withdrawn_by": trail.username,
        "withdraw_reason": reason,
    }
    for field, new in values.items():
        trail.updated(row, field, getattr(row, field), new, reason)
        setattr(row, field, new)


def explanation_records(session: Session, participant: ParticipantRow) -> list[ExplanationRecord]:
    """Every explanation of the participant, withdrawn ones too, oldest first."""
    given = {
        entry.record_id: entry
        for entry in history(session, participant.participant_id, ExplanationRow.__tablename__)
        if entry.action == "insert"
    }
    rows = session.scalars(
        select(ExplanationRow)
        .where(ExplanationRow.participant_pk == participant.id)
        .order_by(ExplanationRow.id)
    )
    out = []
    for row in rows:
        entry = given.get(row.id)
        out.append(
            ExplanationRecord(
                Explanation(row.code, row.date, row.record, row.reason, row.id),
                explained_by=entry.username if entry else "?",
                explained_at_utc=entry.timestamp_utc if entry else "?",
                withdrawn=row.withdrawn,
                withdrawn_by=row.withdrawn_by,
                withdrawn_at_utc=row.withdrawn_at_utc,
                withdraw_reason=row.withdraw_reason,
            )
        )
    return out
