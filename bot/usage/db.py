"""Database schema (SQLAlchemy 2 typed models) and the engine factory.

The same schema runs on SQLite (one process, out of the box) and PostgreSQL (several replicas).
Times are stored as UTC: `timestamptz` on PostgreSQL, naive UTC text on SQLite (one fixed format,
so text comparison is time comparison); they always come back timezone-aware UTC.

Pillars, tools and media live in `event_tags`, one row per (event, kind, value), with the event's
workspace, platform, user hash and time copied in so the weekly aggregation is a single-table
GROUP BY, never a join over a million events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import Connection, Dialect, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

SQLITE_BUSY_TIMEOUT_MS = 15_000
# A database that is down or hangs must fail fast, never hold a request or /readyz forever.
CONNECT_TIMEOUT_S = 2  # psycopg `connect_timeout` (whole-second, libpq's minimum is 2)
STATEMENT_TIMEOUT_MS = 30_000  # PostgreSQL `statement_timeout`; 0 = none (migrations)
# Connection execution option read by the SQLite "begin" hook: take the write lock up front.
IMMEDIATE = "ai_coach_immediate"

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BIG_ID = BigInteger().with_variant(Integer(), "sqlite")

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime; naive values are refused rather than guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the usage store takes timezone-aware datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class FootprintColumns:
    """A footprint estimate as low/high pairs (figures are never a single number)."""

    energy_wh_low: Mapped[float] = mapped_column(Float, default=0.0)
    energy_wh_high: Mapped[float] = mapped_column(Float, default=0.0)
    co2e_g_low: Mapped[float] = mapped_column(Float, default=0.0)
    co2e_g_high: Mapped[float] = mapped_column(Float, default=0.0)
    water_l_low: Mapped[float] = mapped_column(Float, default=0.0)
    water_l_high: Mapped[float] = mapped_column(Float, default=0.0)


class EventModel(FootprintColumns, Base):
    """One check, mention, shortcut or usage log. No message text unless explicitly enabled."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(255))
    channel: Mapped[str] = mapped_column(String(255))
    user_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))
    platform: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_events_workspace_created_at", "workspace", "created_at"),
        Index("ix_events_created_at", "created_at"),
        Index("ix_events_user_hash_created_at", "user_hash", "created_at"),
    )


class EventTagModel(Base):
    """A pillar flagged (`severity` set), a tool or a medium mentioned by an event."""

    __tablename__ = "event_tags"
    event_id: Mapped[int] = mapped_column(BIG_ID, ForeignKey("events.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # pillar | tool | medium
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
    severity: Mapped[str | None] = mapped_column(String(8))
    workspace: Mapped[str] = mapped_column(String(255))
    platform: Mapped[str] = mapped_column(String(8))
    user_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_event_tags_workspace_created_at", "workspace", "created_at"),
        Index("ix_event_tags_created_at", "created_at"),
    )


class ProcessedEventModel(Base):
    """Slack event ids already handled, shared by every replica (retries are dropped)."""

    __tablename__ = "processed_events"
    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class SubscriptionModel(Base):
    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(8))  # slack | teams
    workspace: Mapped[str] = mapped_column(String(255))
    channel: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    first_week: Mapped[str | None] = mapped_column(String(8), nullable=True)  # 'YYYY-Www'; NULL: at once

    __table_args__ = (UniqueConstraint("platform", "workspace", "channel"),)


class DigestSentModel(Base):
    """At most one row per subscription and ISO week: the key that makes digests exactly-once.

    Its `status` is the week's delivery state; see `bot.usage._claims` for the transitions.
    """

    __tablename__ = "digests_sent"
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), primary_key=True)
    iso_week: Mapped[str] = mapped_column(String(8), primary_key=True)  # e.g. 2026-W48
    # claimed | sending | posted | failed_before_send | failed | maybe_posted (entities.DigestStatus)
    status: Mapped[str] = mapped_column(String(20))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime())  # also the claim's token (see _claims)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    nudge_card: Mapped[str | None] = mapped_column(String(255))
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # set just before the outbound call
    detail: Mapped[str | None] = mapped_column(String(255))  # why it failed or is uncertain (no secrets)


class FeedbackModel(Base):
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(255))
    user_hash: Mapped[str] = mapped_column(String(64), index=True)
    helpful: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class ApiUsageModel(FootprintColumns, Base):
    """One provider bucket (organisation API usage), unique per provider, day, model, project."""

    __tablename__ = "api_usage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)
    model: Mapped[str] = mapped_column(String(128))
    project: Mapped[str] = mapped_column(String(255))
    requests: Mapped[int] = mapped_column(BigInteger, default=0)
    input_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    output_tokens: Mapped[int] = mapped_column(BigInteger, default=0)
    images: Mapped[int] = mapped_column(BigInteger, default=0)
    basis: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("provider", "day", "model", "project"),)


class TeamsConversationModel(Base):
    """A Teams channel the Teams app was added to: where it may post on its own (the weekly digest).

    Saved from `conversationUpdate` (the app added to a team) and from any message in a channel; the
    channel's conversation id, the Bot Connector URL of its region and the bot's id, and the team's and
    channel's display names when Teams sends them (shown in the Share picker; never a person's).
    """

    __tablename__ = "teams_conversations"
    workspace: Mapped[str] = mapped_column(String(255), primary_key=True)  # "tenant/team"
    channel: Mapped[str] = mapped_column(String(255), primary_key=True)  # the channel's conversation id
    service_url: Mapped[str] = mapped_column(String(512))
    bot_id: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    team_name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    channel_name: Mapped[str | None] = mapped_column(String(255), nullable=True)


class AppKeyModel(Base):
    """Generated secrets the app keeps for itself (the user-hash key when none is configured)."""

    __tablename__ = "app_keys"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def make_engine(url: str, *, echo: bool = False, statement_timeout_ms: int = STATEMENT_TIMEOUT_MS) -> Engine:
    """An engine for `url`: `sqlite:///./x.db` (WAL, busy timeout) or `postgresql+psycopg://…`.

    Every engine is bounded: PostgreSQL gets a connect timeout and a server-side statement timeout
    (added to any `options` already in the URL); SQLite waits at most its busy timeout for a lock.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
        if statement_timeout_ms:
            options = str(parsed.query.get("options") or "")
            connect_args["options"] = f"{options} -c statement_timeout={statement_timeout_ms}".strip()
        # pre-ping: a replica survives a database restart without serving one failed request per pooled conn
        return create_engine(parsed, echo=echo, pool_pre_ping=True, connect_args=connect_args)
    kwargs: dict[str, Any] = {
        "connect_args": {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    }
    if parsed.database in (None, "", ":memory:"):
        # one shared connection, or each worker thread would see its own empty database
        kwargs["poolclass"] = StaticPool
    engine = create_engine(parsed, echo=echo, **kwargs)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy, not the driver, decides where transactions begin (see the "begin" hook)
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")  # durable across app crashes in WAL mode
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred transaction that reads then writes fails at once (SQLITE_BUSY) when another
        # writer got in first; writers therefore take the lock at BEGIN and wait on busy_timeout.
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
