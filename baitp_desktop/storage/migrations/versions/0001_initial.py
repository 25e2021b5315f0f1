"""initial schema: participant CRF tables and the audit trail

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("timestamp_utc", sa.String(length=32), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.String(length=20), nullable=True),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("record_label", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entry_hash"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_participant", ["participant_id"], unique=False)
        batch_op.create_index("ix_audit_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.String(length=20), nullable=False),
        sa.Column("initials", sa.String(length=10), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=False),
        sa.Column("first_dose_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("screening_date", sa.Date(), nullable=True),
        sa.Column("i1", sa.Boolean(), nullable=True),
        sa.Column("i2", sa.Boolean(), nullable=True),
        sa.Column("i3", sa.Boolean(), nullable=True),
        sa.Column("i5", sa.Boolean(), nullable=True),
        sa.Column("e1", sa.Boolean(), nullable=True),
        sa.Column("e2", sa.Boolean(), nullable=True),
        sa.Column("e3", sa.Boolean(), nullable=True),
        sa.Column("e4", sa.Boolean(), nullable=True),
        sa.Column("e5", sa.Boolean(), nullable=True),
        sa.Column("e6", sa.Boolean(), nullable=True),
        sa.Column("e7", sa.Boolean(), nullable=True),
        sa.Column("e8", sa.Boolean(), nullable=True),
        sa.Column("e9", sa.Boolean(), nullable=True),
        sa.Column("e10", sa.Boolean(), nullable=True),
        sa.Column("screening_platelets", sa.Float(), nullable=True),
        sa.Column("significant_bleeding", sa.Boolean(), nullable=True),
        sa.Column("alt", sa.Float(), nullable=True),
        sa.Column("alt_uln", sa.Float(), nullable=True),
        sa.Column("ast", sa.Float(), nullable=True),
        sa.Column("ast_uln", sa.Float(), nullable=True),
        sa.Column("bilirubin", sa.Float(), nullable=True),
        sa.Column("bilirubin_uln", sa.Float(), nullable=True),
        sa.Column("hemoglobin", sa.Float(), nullable=True),
        sa.Column("wbc", sa.Float(), nullable=True),
        sa.Column("anc", sa.Float(), nullable=True),
        sa.Column("lymphocytes", sa.Float(), nullable=True),
        sa.Column("egfr", sa.Float(), nullable=True),
        sa.Column("discontinuation_date", sa.Date(), nullable=True),
        sa.Column("discontinuation_reason", sa.String(length=30), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_id"),
    )
    op.create_table(
        "adverse_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("onset", sa.Date(), nullable=False),
        sa.Column("resolved", sa.Date(), nullable=True),
        sa.Column("serious", sa.Boolean(), nullable=False),
        sa.Column("relationship", sa.String(length=20), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=True),
        sa.Column("outcome", sa.String(length=30), nullable=True),
        sa.Column("aware_date", sa.Date(), nullable=True),
        sa.Column("reported_date", sa.Date(), nullable=True),
        sa.CheckConstraint("grade between 1 and 5", name="ck_ctcae_grade"),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_pk", "number", name="uq_ae_number"),
    )
    op.create_table(
        "bleeding_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("who_grade", sa.Integer(), nullable=False),
        sa.CheckConstraint("who_grade between 0 and 4", name="ck_who_grade"),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bleeding_assessment", schema=None) as batch_op:
        batch_op.create_index("ix_bleeding_participant", ["participant_pk", "date"], unique=False)

    op.create_table(
        "dose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("taken", sa.Boolean(), nullable=False),
        sa.Column("dose_mg", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_pk", "date", name="uq_dose_day"),
    )
    op.create_table(
        "dosing_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint("action in ('interrupt', 'resume')", name="ck_decision_action"),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dosing_decision", schema=None) as batch_op:
        batch_op.create_index("ix_decision_participant", ["participant_pk"], unique=False)

    op.create_table(
        "platelet_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.CheckConstraint("value >= 0", name="ck_count_nonnegative"),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("platelet_count", schema=None) as batch_op:
        batch_op.create_index("ix_count_participant", ["participant_pk", "date"], unique=False)

    op.create_table(
        "rescue_therapy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("therapy", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_pk", "number", name="uq_rescue_number"),
    )


def downgrade() -> None:
    op.drop_table("rescue_therapy")
    with op.batch_alter_table("platelet_count", schema=None) as batch_op:
        batch_op.drop_index("ix_count_participant")

    op.drop_table("platelet_count")
    with op.batch_alter_table("dosing_decision", schema=None) as batch_op:
        batch_op.drop_index("ix_decision_participant")

    op.drop_table("dosing_decision")
    op.drop_table("dose")
    with op.batch_alter_table("bleeding_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_bleeding_participant")

    op.drop_table("bleeding_assessment")
    op.drop_table("adverse_event")
    op.drop_table("participant")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_record")
        batch_op.drop_index("ix_audit_participant")

    op.drop_table("audit_entry")
