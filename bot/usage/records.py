"""Records the usage store keeps. Plain data: adapters build them, the store persists them.

No message text by default (`text` only when COACH_STORE_TEXT asks for it): an event keeps
who (a keyed hash), where, what was flagged, which tools and media, the quantities and the
footprint estimate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from bot.coach.model import ZERO, Range


@dataclass(frozen=True, slots=True)
class UsageEvent:
    workspace: str  # Slack team id, or Teams tenant/team id
    channel: str
    user_hash: str  # keyed hash of the user id (see bot.usage.privacy), never the id itself
    source: str  # check | mention | shortcut | log | teams
    language: str
    created_at: datetime  # timezone-aware UTC
    pillars: dict[str, str] = field(default_factory=dict)  # pillar -> highest severity
    tools: tuple[str, ...] = ()
    media: tuple[str, ...] = ()
    plans: tuple[str, ...] = ()  # "chatgpt/free": a plan the AI charter names (ids, never text)
    quantity: float = 0.0  # units generated or reported (images, video seconds, requests)
    energy_wh: Range = ZERO
    co2e_g: Range = ZERO
    water_l: Range = ZERO
    platform: str = "slack"  # slack | teams
    text: str | None = None  # only when an explicit setting asks for it


@dataclass(frozen=True, slots=True)
class ApiUsageRow:
    """One provider bucket: a day, a model, a project. Unique per (provider, day, model, project)."""

    provider: str  # openai | anthropic
    day: date
    model: str
    project: str  # "" when the provider reports none
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    images: int = 0
    energy_wh: Range = ZERO
    co2e_g: Range = ZERO
    water_l: Range = ZERO
    basis: str = ""  # how the footprint was estimated, e.g. "EcoLogits gpt-4o" or a stated fallback
