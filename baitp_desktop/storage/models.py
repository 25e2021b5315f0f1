"""The database tables, as SQLAlchemy 2 typed ORM classes.

One table per CRF record kind, each row owned by a participant. The participant row holds
the demographics, the screening form and the discontinuation (one of each per person) so
that each of their fields is audited like any other. `version` counts every write to a
participant's casebook: a save made against an older version is refused instead of
silently overwriting a colleague's change.

ORM objects never leave the storage layer: `repository.py` turns them into core records.

Each CRF table stores one form declared in `core.crf_forms`: a text column is as wide as
its field's declared maximum (`_width`), so a value the checks accept always fits, also
on PostgreSQL, where VARCHAR lengths are enforced. tests/storage check that every model's
columns are its form's fields and that the migrations build exactly these tables.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from baitp_desktop.core.crf_forms import (
    AE,
    DECISION,
    HISTORY,
    MEDICATION,
    PARTICIPANT_FORM,
    QOL,
    RECORD_KINDS,
    RESCUE,
    THERAPY,
)
from baitp_desktop.core.explanations import REASON_MAX_CHARACTERS
from baitp_desktop.core.forms import FormSpec
from baitp_desktop.storage.column_types import AnswersText, DecimalText


class Base(DeclarativeBase):
    pass


# The longest finding pointer stored: a medication's holds its drug name (LOG_TEXT_MAX).
EXPLANATION_RECORD_MAX = 600
EXPLANATION_REASON_MAX = REASON_MAX_CHARACTERS


def _width(form: FormSpec, name: str) -> String:
    """The column type of a text or coded field: as wide as the field's declared maximum."""
    length = form.field(name).max_length
    assert length is not None, f"{form.kind}.{name} declares no maximum length"
    return String(length)


class ParticipantRow(Base):
    __tablename__ = "participant"
    not_audited: ClassVar[frozenset[str]] = frozenset({"version"})  # the write counter

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[str] = mapped_column(
        _width(PARTICIPANT_FORM, "participant_id"), unique=True
    )
    initials: Mapped[str] = mapped_column(_width(PARTICIPANT_FORM, "initials"))
    sex: Mapped[str] = mapped_column(_width(PARTICIPANT_FORM, "sex"))
    birth_date: Mapped[date] = mapped_column(Date)
    consent_date: Mapped[date] = mapped_column(Date)
    first_dose_date: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    screening_date: Mapped[date | None] = mapped_column(Date)
    i1: Mapped[bool | None] = mapped_column(Boolean)
    i2: Mapped[bool | None] = mapped_column(Boolean)
    i3: Mapped[bool | None] = mapped_column(Boolean)
    i5: Mapped[bool | None] = mapped_column(Boolean)
    e1: Mapped[bool | None] = mapped_column(Boolean)
    e2: Mapped[bool | None] = mapped_column(Boolean)
    e3: Mapped[bool | None] = mapped_column(Boolean)
    e4: Mapped[bool | None] = mapped_column(Boolean)
    e5: Mapped[bool | None] = mapped_column(Boolean)
    e6: Mapped[bool | None] = mapped_column(Boolean)
    e7: Mapped[bool | None] = mapped_column(Boolean)
    e8: Mapped[bool | None] = mapped_column(Boolean)
    e9: Mapped[bool | None] = mapped_column(Boolean)
    e10: Mapped[bool | None] = mapped_column(Boolean)
    screening_platelets: Mapped[float | None] = mapped_column(Float)
    significant_bleeding: Mapped[bool | None] = mapped_column(Boolean)
    alt: Mapped[float | None] = mapped_column(Float)
    alt_uln: Mapped[float | None] = mapped_column(Float)
    ast: Mapped[float | None] = mapped_column(Float)
    ast_uln: Mapped[float | None] = mapped_column(Float)
    bilirubin: Mapped[float | None] = mapped_column(Float)
    bilirubin_uln: Mapped[float | None] = mapped_column(Float)
    hemoglobin: Mapped[float | None] = mapped_column(Float)
    wbc: Mapped[float | None] = mapped_column(Float)
    anc: Mapped[float | None] = mapped_column(Float)
    lymphocytes: Mapped[float | None] = mapped_column(Float)
    egfr: Mapped[float | None] = mapped_column(Float)

    discontinuation_date: Mapped[date | None] = mapped_column(Date)
    discontinuation_reason: Mapped[str | None] = mapped_column(
        _width(PARTICIPANT_FORM, "discontinuation_reason")
    )

    # ITP history: `splenectomy` NULL means no ITP history is recorded.
    diagnosis_date: Mapped[date | None] = mapped_column(Date)
    splenectomy: Mapped[bool | None] = mapped_column(Boolean)
    splenectomy_date: Mapped[date | None] = mapped_column(Date)


class DoseRow(Base):
    __tablename__ = "dose"
    __table_args__ = (UniqueConstraint("participant_pk", "date", name="uq_dose_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    date: Mapped[date] = mapped_column(Date)
    taken: Mapped[bool] = mapped_column(Boolean)
    dose_mg: Mapped[float | None] = mapped_column(Float)


class DosingDecisionRow(Base):
    __tablename__ = "dosing_decision"
    __table_args__ = (
        CheckConstraint("action in ('interrupt', 'resume')", name="ck_decision_action"),
        Index("ix_decision_participant", "participant_pk"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    date: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(_width(DECISION, "action"))
    reason: Mapped[str] = mapped_column(Text, default="")


class PlateletCountRow(Base):
    __tablename__ = "platelet_count"
    __table_args__ = (
        CheckConstraint("value >= 0", name="ck_count_nonnegative"),
        Index("ix_count_participant", "participant_pk", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    date: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class BleedingRow(Base):
    __tablename__ = "bleeding_assessment"
    __table_args__ = (
        CheckConstraint("who_grade between 0 and 4", name="ck_who_grade"),
        Index("ix_bleeding_participant", "participant_pk", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    date: Mapped[date] = mapped_column(Date)
    who_grade: Mapped[int] = mapped_column(Integer)


class AdverseEventRow(Base):
    __tablename__ = "adverse_event"
    __table_args__ = (
        UniqueConstraint("participant_pk", "number", name="uq_ae_number"),
        CheckConstraint("grade between 1 and 5", name="ck_ctcae_grade"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    term: Mapped[str] = mapped_column(_width(AE, "term"))
    grade: Mapped[int] = mapped_column(Integer)
    onset: Mapped[date] = mapped_column(Date)
    resolved: Mapped[date | None] = mapped_column(Date)
    serious: Mapped[bool] = mapped_column(Boolean)
    relationship: Mapped[str | None] = mapped_column(_width(AE, "relationship"))
    action: Mapped[str | None] = mapped_column(_width(AE, "action"))
    outcome: Mapped[str | None] = mapped_column(_width(AE, "outcome"))
    aware_date: Mapped[date | None] = mapped_column(Date)
    reported_date: Mapped[date | None] = mapped_column(Date)


class RescueRow(Base):
    __tablename__ = "rescue_therapy"
    __table_args__ = (UniqueConstraint("participant_pk", "number", name="uq_rescue_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date)
    therapy: Mapped[str] = mapped_column(_width(RESCUE, "therapy"))


class PriorTherapyRow(Base):
    __tablename__ = "prior_itp_therapy"
    __table_args__ = (Index("ix_therapy_participant", "participant_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    therapy: Mapped[str] = mapped_column(_width(THERAPY, "therapy"))
    start: Mapped[date] = mapped_column(Date)
    stop: Mapped[date | None] = mapped_column(Date)
    best_response: Mapped[str] = mapped_column(_width(THERAPY, "best_response"))
    reason_stopped: Mapped[str | None] = mapped_column(_width(THERAPY, "reason_stopped"))
    name: Mapped[str | None] = mapped_column(_width(THERAPY, "name"))


class MedicalHistoryRow(Base):
    __tablename__ = "medical_history"
    __table_args__ = (Index("ix_history_participant", "participant_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    term: Mapped[str] = mapped_column(_width(HISTORY, "term"))
    start: Mapped[date | None] = mapped_column(Date)
    ongoing: Mapped[bool] = mapped_column(Boolean)
    end: Mapped[date | None] = mapped_column(Date)


class MedicationRow(Base):
    __tablename__ = "medication"
    __table_args__ = (Index("ix_medication_participant", "participant_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    drug: Mapped[str] = mapped_column(_width(MEDICATION, "drug"))
    start: Mapped[date] = mapped_column(Date)
    route: Mapped[str] = mapped_column(_width(MEDICATION, "route"))
    frequency: Mapped[str] = mapped_column(_width(MEDICATION, "frequency"))
    stop: Mapped[date | None] = mapped_column(Date)
    indication: Mapped[str | None] = mapped_column(_width(MEDICATION, "indication"))
    dose: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(_width(MEDICATION, "unit"))


class LabPanelRow(Base):
    """One safety panel; every value kept as the exact text of its digits (DecimalText)."""

    __tablename__ = "lab_panel"
    __table_args__ = (UniqueConstraint("participant_pk", "date", name="uq_lab_panel_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    date: Mapped[date] = mapped_column(Date)
    hemoglobin: Mapped[Decimal | None] = mapped_column(DecimalText)
    wbc: Mapped[Decimal | None] = mapped_column(DecimalText)
    anc: Mapped[Decimal | None] = mapped_column(DecimalText)
    lymphocytes: Mapped[Decimal | None] = mapped_column(DecimalText)
    alt: Mapped[Decimal | None] = mapped_column(DecimalText)
    alt_uln: Mapped[Decimal | None] = mapped_column(DecimalText)
    ast: Mapped[Decimal | None] = mapped_column(DecimalText)
    ast_uln: Mapped[Decimal | None] = mapped_column(DecimalText)
    bilirubin: Mapped[Decimal | None] = mapped_column(DecimalText)
    bilirubin_uln: Mapped[Decimal | None] = mapped_column(DecimalText)
    creatinine: Mapped[Decimal | None] = mapped_column(DecimalText)
    creatinine_uln: Mapped[Decimal | None] = mapped_column(DecimalText)
    cholesterol: Mapped[Decimal | None] = mapped_column(DecimalText)
    triglycerides: Mapped[Decimal | None] = mapped_column(DecimalText)


class QuestionnaireRow(Base):
    """One questionnaire; its answers as one canonical JSON text, audited as such."""

    __tablename__ = "questionnaire"
    __table_args__ = (UniqueConstraint("participant_pk", "date", name="uq_questionnaire_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    date: Mapped[date] = mapped_column(Date)
    instrument: Mapped[str] = mapped_column(_width(QOL, "instrument"))
    version: Mapped[str] = mapped_column(_width(QOL, "version"))
    employed: Mapped[bool] = mapped_column(Boolean)
    answers: Mapped[dict[str, int | None]] = mapped_column(AnswersText)


class ExplanationRow(Base):
    """Why a finding is acceptable (PROTOCOL.md §13). Never deleted: a withdrawal marks the
    row withdrawn with who, when and why, so the history keeps every explanation given."""

    __tablename__ = "explanation"
    __table_args__ = (Index("ix_explanation_participant", "participant_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_pk: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column(String(40))
    date: Mapped[date] = mapped_column(Date)
    record: Mapped[str] = mapped_column(String(EXPLANATION_RECORD_MAX))
    reason: Mapped[str] = mapped_column(String(EXPLANATION_REASON_MAX))
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_at_utc: Mapped[str | None] = mapped_column(String(32))
    withdrawn_by: Mapped[str | None] = mapped_column(String(64))
    withdraw_reason: Mapped[str | None] = mapped_column(String(EXPLANATION_REASON_MAX))

    @staticmethod
    def audit_label(texts: dict[str, str | None]) -> str:
        """ "Explanation MISSED_VISIT 2022-08-10 visit:w8" (stable English, hashed)."""
        return f"Explanation {texts.get('code')} {texts.get('date')} {texts.get('record')}"


class AuditEntryRow(Base):
    """One changed field. Append-only; `entry_hash` chains each row to the one before."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_record", "table_name", "record_id"),
        Index("ix_audit_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    timestamp_utc: Mapped[str] = mapped_column(String(32))
    username: Mapped[str] = mapped_column(String(64))
    participant_id: Mapped[str | None] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_label: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


def column_width(column: Any) -> int:
    """The declared width of a String column (`UserRow.printed_name`): the longest text a
    check may accept for it."""
    length = column.property.columns[0].type.length
    assert isinstance(length, int), f"{column} is not a String column"
    return length


def _model_of_table(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise LookupError(f"no ORM class stores the table {table!r}")


# The ORM class of each record kind (core.crf_forms), found by its declared table.
RECORD_MODELS: dict[str, type[Base]] = {
    kind.kind: _model_of_table(kind.table) for kind in RECORD_KINDS
}


def record_model(kind: str) -> type[Base]:
    """The ORM class storing records of `kind`; ValueError for an unknown kind."""
    try:
        return RECORD_MODELS[kind]
    except KeyError:
        raise ValueError(f"unknown record kind {kind!r}") from None


# Accounts, signatures, SDV marks and queries live in their own module; importing it here
# registers their tables on Base.metadata wherever the models are used (migrations, tests).
from baitp_desktop.storage import part11_models as _part11_models  # noqa: E402, F401
