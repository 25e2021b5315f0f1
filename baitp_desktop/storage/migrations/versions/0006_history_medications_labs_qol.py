"""the forms of PROTOCOL.md §9–§13: ITP history, prior therapies, medical history,
medications, safety lab panels, questionnaires and explanations of findings

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

New tables only, plus three empty columns on the participant (ITP history; `splenectomy`
NULL means none recorded), so every existing row, id and value stays as it was and the
audit chain and the signatures of an older file keep verifying. Lab values and a
questionnaire's answers are text: the exact digits of a Decimal, canonical JSON
(storage/column_types.py). Widths are frozen here, whatever the declarations say later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_PANEL_FIELDS = (
    "hemoglobin", "wbc", "anc", "lymphocytes", "alt", "alt_uln", "ast", "ast_uln",
    "bilirubin", "bilirubin_uln", "creatinine", "creatinine_uln", "cholesterol",
    "triglycerides",
)  # fmt: skip


def _owner() -> list[sa.Column[int]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
    ]


def _keys() -> list[sa.schema.SchemaItem]:
    return [
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    ]


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diagnosis_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("splenectomy", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("splenectomy_date", sa.Date(), nullable=True))
    op.create_table(
        "prior_itp_therapy",
        *_owner(),
        sa.Column("therapy", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("stop", sa.Date(), nullable=True),
        sa.Column("best_response", sa.String(length=10), nullable=False),
        sa.Column("reason_stopped", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=500), nullable=True),
        *_keys(),
    )
    op.create_index("ix_therapy_participant", "prior_itp_therapy", ["participant_pk"])
    op.create_table(
        "medical_history",
        *_owner(),
        sa.Column("term", sa.String(length=500), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("ongoing", sa.Boolean(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        *_keys(),
    )
    op.create_index("ix_history_participant", "medical_history", ["participant_pk"])
    op.create_table(
        "medication",
        *_owner(),
        sa.Column("drug", sa.String(length=500), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("route", sa.String(length=10), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("stop", sa.Date(), nullable=True),
        sa.Column("indication", sa.String(length=500), nullable=True),
        sa.Column("dose", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=True),
        *_keys(),
    )
    op.create_index("ix_medication_participant", "medication", ["participant_pk"])
    op.create_table(
        "lab_panel",
        *_owner(),
        sa.Column("date", sa.Date(), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=True) for name in _PANEL_FIELDS),
        *_keys(),
        sa.UniqueConstraint("participant_pk", "date", name="uq_lab_panel_day"),
    )
    op.create_table(
        "questionnaire",
        *_owner(),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("instrument", sa.String(length=60), nullable=False),
        sa.Column("version", sa.String(length=60), nullable=False),
        sa.Column("employed", sa.Boolean(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        *_keys(),
        sa.UniqueConstraint("participant_pk", "date", name="uq_questionnaire_day"),
    )
    op.create_table(
        "explanation",
        *_owner(),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("record", sa.String(length=600), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdrawn_at_utc", sa.String(length=32), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=64), nullable=True),
        sa.Column("withdraw_reason", sa.String(length=500), nullable=True),
        *_keys(),
    )
    op.create_index("ix_explanation_participant", "explanation", ["participant_pk"])


def downgrade() -> None:
    op.drop_index("ix_explanation_participant", table_name="explanation")
    op.drop_table("explanation")
    op.drop_table("questionnaire")
    op.drop_table("lab_panel")
    op.drop_index("ix_medication_participant", table_name="medication")
    op.drop_table("medication")
    op.drop_index("ix_history_participant", table_name="medical_history")
    op.drop_table("medical_history")
    op.drop_index("ix_therapy_participant", table_name="prior_itp_therapy")
    op.drop_table("prior_itp_therapy")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("splenectomy_date")
        batch_op.drop_column("splenectomy")
        batch_op.drop_column("diagnosis_date")
