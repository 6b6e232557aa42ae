"""`teams_conversations`: the team's and the channel's display names (the Teams app's Share picker).

Revision ID: 0005_teams_names
Revises: 0004_teams
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_teams_names"
down_revision: str | Sequence[str] | None = "0004_teams"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("teams_conversations") as batch:
        batch.add_column(sa.Column("team_name", sa.String(255), nullable=True))
        batch.add_column(sa.Column("channel_name", sa.String(255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("teams_conversations") as batch:
        batch.drop_column("channel_name")
        batch.drop_column("team_name")
