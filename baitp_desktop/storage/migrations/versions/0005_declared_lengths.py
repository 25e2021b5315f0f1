"""text columns as wide as their declared fields: AE term and rescue therapy 200 -> 500

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

The checks (and the bundle format) accept up to 500 characters of an AE term or a rescue
therapy, but the columns held 200: PostgreSQL refused the longer text at the database,
after every check had passed. The columns now take what the declarations in
core/crf_forms.py allow. Widening keeps every row, id and value, so the audit chain of an
older file stays valid. (SQLite enforces no VARCHAR length; its tables are rebuilt in
batch mode so that the schema reads as the models say.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (table, column, old width, new width); frozen here, whatever the declarations say later.
_WIDENED = (
    ("adverse_event", "term", 200, 500),
    ("rescue_therapy", "therapy", 200, 500),
)


def _alter(table: str, column: str, old: int, new: int) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            column,
            existing_type=sa.String(length=old),
            type_=sa.String(length=new),
            existing_nullable=False,
        )


def upgrade() -> None:
    for table, column, old, new in _WIDENED:
        _alter(table, column, old, new)


def downgrade() -> None:
    for table, column, old, new in _WIDENED:
        _alter(table, column, new, old)
