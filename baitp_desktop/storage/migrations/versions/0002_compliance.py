"""accounts, electronic signatures, SDV marks and queries (21 CFR Part 11)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Only new tables: a 0001 database gains them empty, so its audit chain stays valid.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("printed_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_login_utc", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "role in ('nurse', 'investigator', 'monitor', 'admin')", name="ck_user_role"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "query",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("target_label", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=40), nullable=True),
        sa.Column("finding_code", sa.String(length=40), nullable=True),
        sa.Column("finding_record", sa.String(length=80), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("raised_by", sa.String(length=64), nullable=False),
        sa.Column("raised_at_utc", sa.String(length=32), nullable=False),
        sa.CheckConstraint("status in ('new', 'answered', 'closed')", name="ck_query_status"),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("participant_pk", "number", name="uq_query_number"),
    )
    op.create_table(
        "sdv_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("printed_name", sa.String(length=120), nullable=False),
        sa.Column("verified_at_utc", sa.String(length=32), nullable=False),
        sa.Column("covers_first", sa.Date(), nullable=True),
        sa.Column("covers_last", sa.Date(), nullable=True),
        sa.Column("data_hash", sa.String(length=64), nullable=False),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("voided_at_utc", sa.String(length=32), nullable=True),
        sa.Column("voided_by", sa.String(length=64), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sdv_mark", schema=None) as batch_op:
        batch_op.create_index("ix_sdv_participant", ["participant_pk"], unique=False)

    op.create_table(
        "signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_pk", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("visit_id", sa.String(length=20), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("printed_name", sa.String(length=120), nullable=False),
        sa.Column("meaning", sa.Text(), nullable=False),
        sa.Column("signed_at_utc", sa.String(length=32), nullable=False),
        sa.Column("covers_first", sa.Date(), nullable=True),
        sa.Column("covers_last", sa.Date(), nullable=True),
        sa.Column("data_hash", sa.String(length=64), nullable=False),
        sa.Column("void", sa.Boolean(), nullable=False),
        sa.Column("voided_at_utc", sa.String(length=32), nullable=True),
        sa.Column("voided_by", sa.String(length=64), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.CheckConstraint("scope in ('visit', 'casebook')", name="ck_signature_scope"),
        sa.ForeignKeyConstraint(["participant_pk"], ["participant.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index("ix_signature_participant", ["participant_pk"], unique=False)

    op.create_table(
        "query_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("query_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("printed_name", sa.String(length=120), nullable=False),
        sa.Column("at_utc", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["query_id"], ["query.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("query_message", schema=None) as batch_op:
        batch_op.create_index("ix_query_message_query", ["query_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("query_message", schema=None) as batch_op:
        batch_op.drop_index("ix_query_message_query")

    op.drop_table("query_message")
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index("ix_signature_participant")

    op.drop_table("signature")
    with op.batch_alter_table("sdv_mark", schema=None) as batch_op:
        batch_op.drop_index("ix_sdv_participant")

    op.drop_table("sdv_mark")
    op.drop_table("query")
    op.drop_table("app_user")
    op.drop_table("app_setting")
