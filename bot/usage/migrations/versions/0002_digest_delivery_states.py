"""Digest delivery states: `digests_sent.status` widens to claimed, sending, posted, failed_before_send,
failed and maybe_posted; `sending_at` records when the outbound call started, `detail` why a week
ended as it did (an error code or class name, never a secret).

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-12
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot ALTER a column's type in place, so the table is copied (it is small)
    with op.batch_alter_table("digests_sent") as batch:
        batch.alter_column("status", existing_type=sa.String(8), type_=sa.String(20), existing_nullable=False)
        batch.add_column(sa.Column("sending_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("detail", sa.String(255), nullable=True))


def downgrade() -> None:
    # the new states do not fit the old column: an uncertain or failed week is kept as posted (never re-sent)
    op.execute("UPDATE digests_sent SET status = 'posted' WHERE status NOT IN ('claimed', 'posted')")
    with op.batch_alter_table("digests_sent") as batch:
        batch.drop_column("detail")
        batch.drop_column("sending_at")
        batch.alter_column("status", existing_type=sa.String(20), type_=sa.String(8), existing_nullable=False)
