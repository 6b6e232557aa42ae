"""Initial usage store: events and tags, de-dup ids, subscriptions, digests sent, feedback,
API usage, app keys.

Revision ID: 0001
Revises:
Create Date: 2025-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _footprint() -> list[sa.Column[float]]:
    names = ("energy_wh", "co2e_g", "water_l")
    return [sa.Column(f"{n}_{end}", sa.Float(), nullable=False) for n in names for end in ("low", "high")]


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("workspace", sa.String(255), nullable=False),
        sa.Column("channel", sa.String(255), nullable=False),
        sa.Column("user_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("platform", sa.String(8), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        _time("created_at"),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        *_footprint(),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_workspace_created_at", "events", ["workspace", "created_at"])
    op.create_index("ix_events_created_at", "events", ["created_at"])
    op.create_index("ix_events_user_hash_created_at", "events", ["user_hash", "created_at"])
    op.create_table(
        "event_tags",
        sa.Column("event_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("value", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(8), nullable=True),
        sa.Column("workspace", sa.String(255), nullable=False),
        sa.Column("platform", sa.String(8), nullable=False),
        sa.Column("user_hash", sa.String(64), nullable=False),
        _time("created_at"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_event_tags_event_id_events"),
        sa.PrimaryKeyConstraint("event_id", "kind", "value", name="pk_event_tags"),
    )
    op.create_index("ix_event_tags_workspace_created_at", "event_tags", ["workspace", "created_at"])
    op.create_index("ix_event_tags_created_at", "event_tags", ["created_at"])


def _digests() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(8), nullable=False),
        sa.Column("workspace", sa.String(255), nullable=False),
        sa.Column("channel", sa.String(255), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _time("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_subscriptions"),
        sa.UniqueConstraint(
            "platform", "workspace", "channel", name="uq_subscriptions_platform_workspace_channel"
        ),
    )
    op.create_table(
        "digests_sent",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("iso_week", sa.String(8), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        _time("claimed_at"),
        _time("posted_at", nullable=True),
        sa.Column("nudge_card", sa.String(255), nullable=True),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscriptions.id"], name="fk_digests_sent_subscription_id_subscriptions"
        ),
        sa.PrimaryKeyConstraint("subscription_id", "iso_week", name="pk_digests_sent"),
    )


def _others() -> None:
    op.create_table(
        "processed_events",
        sa.Column("event_id", sa.String(255), nullable=False),
        _time("seen_at"),
        sa.PrimaryKeyConstraint("event_id", name="pk_processed_events"),
    )
    op.create_index("ix_processed_events_seen_at", "processed_events", ["seen_at"])
    op.create_table(
        "feedback",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("workspace", sa.String(255), nullable=False),
        sa.Column("user_hash", sa.String(64), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        _time("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
    )
    op.create_index("ix_feedback_user_hash", "feedback", ["user_hash"])
    op.create_index("ix_feedback_created_at", "feedback", ["created_at"])
    op.create_table(
        "api_usage",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("provider", sa.String(16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("model", sa.String(128), nullable=False),
        sa.Column("project", sa.String(255), nullable=False),
        *(
            sa.Column(n, sa.BigInteger(), nullable=False)
            for n in ("requests", "input_tokens", "output_tokens")
        ),
        sa.Column("images", sa.BigInteger(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        *_footprint(),
        sa.PrimaryKeyConstraint("id", name="pk_api_usage"),
        sa.UniqueConstraint(
            "provider", "day", "model", "project", name="uq_api_usage_provider_day_model_project"
        ),
    )
    op.create_table(
        "app_keys",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_app_keys"),
    )


def upgrade() -> None:
    _events()
    _digests()
    _others()


def downgrade() -> None:
    for table in ("app_keys", "api_usage", "feedback", "processed_events", "digests_sent", "subscriptions"):
        op.drop_table(table)
    op.drop_table("event_tags")
    op.drop_table("events")
