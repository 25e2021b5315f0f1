"""signing keys and cryptographic signatures

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-24

A new table `signing_key` (one Ed25519 key pair per account, the private key sealed under
the account's password) and three nullable columns of `signature` (the key id, what it
covers, the Ed25519 signature). Existing rows keep NULL there: signatures made before this
revision are reported by `verify` as legacy (chain-protected only), and accounts get their
key the next time their password is typed. No row changes, so the audit chain stays valid.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at_utc", sa.String(length=32), nullable=False),
        sa.Column("retired_at_utc", sa.String(length=32), nullable=True),
        sa.Column("sealed_private_key", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fingerprint"),
    )
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.create_index("ix_signing_key_user", ["user_id"], unique=False)
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("coverage", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("signature", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_column("signature")
        batch_op.drop_column("coverage")
        batch_op.drop_column("key_id")
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.drop_index("ix_signing_key_user")
    op.drop_table("signing_key")
