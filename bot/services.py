"""`Services`: what the composition root builds once and every adapter (Slack, Teams, HTTP) uses.

Adapters only translate their platform's payloads into calls on these objects. Tests wire fakes
or real parts through the same dataclass. `bot.wiring.build_services(settings)` is the production wiring; it
does no I/O beyond loading the knowledge base: the database is touched in `start_services`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bot.coach.disclosure import Label
from bot.coach.engine import Coach
from bot.coach.model import ZERO, Assessment, Footprint
from bot.usage.privacy import UserKey, hash_user, load_key
from bot.usage.records import UsageEvent
from bot.usage.store import UsageStore

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from bot.coach.charter import CharterSummary
    from bot.render.view import DigestView


class Assessor(Protocol):
    """The coach as adapters see it (`bot.coach.engine.Coach`, or a fake in tests)."""

    def assess(self, text: str, lang: str | None = None) -> Assessment: ...

    def topic(self, card_id: str, lang: str | None = None) -> Assessment | None:
        """One of the suggested topics, chosen by the person; None for an id not in the knowledge base."""


class DigestPreviewer(Protocol):
    """What `/ai-check digest on|preview` needs from the digest service."""

    async def preview(self, platform: str, workspace: str | None, lang: str) -> DigestView: ...

    async def subscribe(self, platform: str, workspace: str, channel: str, lang: str) -> datetime | None:
        """Subscribe a channel; the time of its first digest (the next scheduled one)."""


class Background(Protocol):
    """A long-lived task started and stopped with the server (e.g. the digest scheduler)."""

    async def start(self) -> None: ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Asker:
    """Who asked, and where: the platform-neutral identity listeners hand to services."""

    platform: str  # slack | teams
    workspace: str
    channel: str
    user_hash: str  # keyed hash, never the platform's user id
    lang: str


# `/ai-check log …`: (asker, the words after "log") → the reply to show, in mrkdwn, in asker.lang.
LogUsage = Callable[[Asker, str], Awaitable[str]]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class Services:
    """The composition root's product. Plain values only: listeners and endpoints never read Settings."""

    coach: Assessor
    store: UsageStore
    default_lang: str = "fr"
    timezone: str = "Europe/Paris"
    digest_cron: str = "0 9 * * mon"
    min_group: int = 3
    store_text: bool = False
    configured_user_key: str | None = None  # COACH_USER_HASH_KEY; else the key file
    user_key_file: Path = Path("ai-coach.key")  # COACH_USER_HASH_KEY_FILE (created 0600 if missing)
    user_key: bytes | None = None  # resolved by `start_services`, never from the database
    user_key_origin: UserKey | None = None  # where `user_key` came from (see bot.database.DatabaseWatch)
    digest: DigestPreviewer | None = None  # filled in by the digest feature
    log_usage: LogUsage | None = None  # filled in by the usage-log feature
    # Started after the store, stopped before it, in reverse order. Hook for the scheduler.
    background: list[Background] = field(default_factory=list)
    now: Callable[[], datetime] = _utcnow

    def label(self, text: str, lang: str | None = None, default: str | None = None) -> Label | None:
        """`label <where> [what]`: the disclosure helper; None when the coach has none (a fake in tests)."""
        return self.coach.label(text, lang, default) if isinstance(self.coach, Coach) else None

    def user_hash(self, platform: str, workspace: str, user_id: str) -> str:
        """The pseudonymous id of a user (HMAC); the store refuses anything else."""
        if self.user_key is None:
            raise RuntimeError("Services.user_key is not resolved: call start_services() first")
        return hash_user(self.user_key, platform, workspace, user_id)

    def charter_summary(self, lang: str) -> CharterSummary | None:
        """The organisation's AI charter in `lang` (None: no charter, or an assessor without one)."""
        summary = getattr(self.coach, "charter_summary", None)
        return summary(lang) if summary is not None else None

    def asker(self, platform: str, workspace: str, channel: str, user_id: str, lang: str) -> Asker:
        return Asker(platform, workspace, channel, self.user_hash(platform, workspace, user_id), lang)

    def record(self, asker: Asker, source: str, assessment: Assessment, text: str | None = None) -> None:
        """Queue a usage event for `assessment` (write-behind: never waits on the database).

        Best effort: it runs after the person has their answer, so a failure is logged, never raised.
        """
        try:
            self._record(asker, source, assessment, text)
        except Exception:  # the boundary: the answer is already out; an apology now would mislead
            log.exception("usage event could not be queued")

    def _record(self, asker: Asker, source: str, assessment: Assessment, text: str | None) -> None:
        m = assessment.mentions
        quantity = sum(q.units for q in m.quantities)
        event = self.event(
            asker,
            source,
            assessment.language,
            m.tools,
            m.media,
            quantity,
            assessment.footprint,
            pillars=assessment.pillars,
            plans=m.plans,
            text=text if self.store_text else None,
        )
        self.store.record_soon(event)

    def event(
        self,
        asker: Asker,
        source: str,
        language: str,
        tools: tuple[str, ...],
        media: tuple[str, ...],
        quantity: float,
        footprint: Footprint | None,
        *,
        pillars: dict[str, str] | None = None,
        plans: tuple[str, ...] = (),
        text: str | None = None,
    ) -> UsageEvent:
        """The usage event for what `asker` did, stamped now: the one place events are built."""
        return UsageEvent(
            workspace=asker.workspace,
            channel=asker.channel,
            user_hash=asker.user_hash,
            source=source,
            language=language,
            created_at=self.now(),
            tools=tools,
            media=media,
            quantity=quantity,
            energy_wh=footprint.energy_wh if footprint else ZERO,
            co2e_g=footprint.co2e_g if footprint else ZERO,
            water_l=footprint.water_l if footprint else ZERO,
            platform=asker.platform,
            pillars=pillars if pillars is not None else {},
            plans=plans,
            text=text,
        )


async def start_services(services: Services) -> None:
    """Load the user-hash key (no database), start the store's writer, then the background tasks."""
    if services.user_key is None:
        services.user_key_origin = load_key(services.configured_user_key, services.user_key_file)
        services.user_key = services.user_key_origin.key
    await services.store.start()
    for task in services.background:
        await task.start()


async def stop_services(services: Services) -> None:
    """Stop the background tasks (reverse order), then flush and close the store."""
    for task in reversed(services.background):
        await task.aclose()
    await services.store.aclose()
