"""`subscriptions.first_week`: the ISO week of a subscription's first digest ('YYYY-Www').

A channel that subscribes after this week's digest time gets its first digest at the next scheduled
time, not seconds later. NULL (subscriptions made before this column) means no wait.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("first_week", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("first_week")
