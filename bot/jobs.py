"""Batch commands and scheduled jobs: `ai-coach digest run|status`, `ai-coach usage import`, retention.

Entry points: they read Settings, wire through `bot.wiring`, run, and close what they opened.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

import httpx
from slack_sdk.web.async_client import AsyncWebClient

from bot.bootstrap import build_coach
from bot.coach.model import Range
from bot.digest.service import DigestService, RunReport
from bot.errors import ImportFailed
from bot.providers.importer import DEFAULT_BASE_URLS, ImportSummary, import_usage
from bot.settings import Settings
from bot.slack import oauth
from bot.slack.app import web_client
from bot.slack.digest_poster import TokenFor
from bot.usage.entities import DigestStatus, WeekState
from bot.usage.store import UsageStore
from bot.wiring import build_digest_service, build_store

log = logging.getLogger(__name__)
T = TypeVar("T")


async def _digest_slack(
    settings: Settings, store: UsageStore
) -> tuple[AsyncWebClient | None, TokenFor | None]:
    """The Slack client and, under OAuth, the per-workspace token resolver, as `serve` builds them."""
    if settings.oauth_enabled and settings.slack_client_id and settings.slack_client_secret:
        secret = settings.slack_client_secret.get_secret_value()
        installs = oauth.oauth_settings(settings.slack_client_id, secret, store.engine)
        await asyncio.to_thread(oauth.create_tables, installs)  # as SlackRuntime.start does
        return web_client(settings), oauth.bot_token_resolver(installs)
    if settings.slack_bot_token:
        return web_client(settings), None
    return None, None


async def run_digests(settings: Settings, *, force: bool, resend: str | None = None) -> int:
    """`digest run` (`resend`: one channel, a human's decision); exit 1 when a digest failed or became
    uncertain during this run (an uncertain week is reported by the run that found it, once)."""

    async def act(service: DigestService) -> RunReport:
        if resend is not None:
            return await service.resend(resend)
        return await service.tick(settings.coach_default_lang, force=force)

    report = await _with_digest_service(settings, act)
    for name in report.posted:
        print(f"posted: {name}")
    for name in report.failed:
        print(f"failed (see the log above): {name}")
    for name in report.maybe_posted:
        print(
            f"maybe posted, not re-sent (check the channel; `ai-coach digest run --resend CHANNEL`): {name}"
        )
    for line in report.notes:
        print(line)
    print(
        f"digests: {len(report.posted)} posted, {report.skipped} not due, already posted or skipped, "
        f"{len(report.failed)} failed, {len(report.maybe_posted)} maybe posted"
    )
    return 1 if report.failed or report.maybe_posted else 0


async def digest_status(settings: Settings) -> int:
    """`digest status`: one line per active subscription with this ISO week's delivery state."""

    async def act(service: DigestService) -> tuple[str, list[WeekState]]:
        return await service.status()

    week, states = await _with_digest_service(settings, act)
    if not states:
        print(f"{week}: no digest subscriptions")
    for state in states:
        print(status_line(state))
    return 0


def status_line(state: WeekState) -> str:
    sub = state.subscription
    label = STATUS_LABELS[state.status]
    when = state.posted_at or state.sending_at or state.claimed_at
    parts = [f"{sub.platform}:{sub.workspace}:{sub.channel}", state.iso_week, label]
    if when is not None and state.status is not None:
        parts.append(f"since {when:%Y-%m-%d %H:%M} UTC")
    if state.detail and state.status is not DigestStatus.POSTED:
        parts.append(f"({state.detail})")
    return "  ".join(parts)


STATUS_LABELS: dict[DigestStatus | None, str] = {
    None: "not yet",
    DigestStatus.CLAIMED: "claimed",
    DigestStatus.SENDING: "sending",
    DigestStatus.POSTED: "posted",
    DigestStatus.MAYBE_POSTED: "maybe posted",
    DigestStatus.FAILED_BEFORE_SEND: "failed (will retry)",
    DigestStatus.FAILED: "failed (not retried this week)",
}


async def _with_digest_service(settings: Settings, act: Callable[[DigestService], Awaitable[T]]) -> T:
    """Build the store, the Slack client and the digest service as `serve` does, run `act`, close all."""
    coach = build_coach(settings.coach_knowledge_dir, settings.coach_default_lang, settings.coach_charter)
    store = await asyncio.to_thread(build_store, settings)
    slack: AsyncWebClient | None = None
    service: DigestService | None = None
    try:
        slack, token_for = await _digest_slack(settings, store)
        service = build_digest_service(settings, store, coach, slack, token_for)
        return await act(service)
    finally:
        if service is not None:
            await service.aclose()
        await store.aclose()
        if slack is not None and slack.session is not None:
            await slack.session.close()


def cmd_digest(args: argparse.Namespace) -> int:
    if args.action == "status":
        return asyncio.run(digest_status(Settings()))
    return asyncio.run(run_digests(Settings(), force=bool(args.now), resend=args.resend))


def _key_and_url(settings: Settings, provider: str) -> tuple[str, str]:
    secret, url = (
        (settings.openai_admin_key, settings.openai_api_url)
        if provider == "openai"
        else (settings.anthropic_admin_key, settings.anthropic_api_url)
    )
    if secret is None:
        raise ImportFailed(f"{provider}: set {provider.upper()}_ADMIN_KEY to import usage")
    return secret.get_secret_value(), url or DEFAULT_BASE_URLS[provider]


async def import_provider(
    settings: Settings,
    store: UsageStore,
    provider: str,
    since: date,
    *,
    image_factor: Range | None,
    until: date,
) -> ImportSummary:
    """One provider's usage from `since` to `until`, in one transaction.

    `image_factor`: Wh per image (a range) from the loaded knowledge base (the caller builds the coach once).
    """
    key, url = _key_and_url(settings, provider)
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0)) as client:
        return await import_usage(
            provider,
            client=client,
            api_key=key,
            base_url=url,
            since=since,
            until=until,
            store=store,
            image_factor=image_factor,
        )


async def _import(settings: Settings, provider: str, since: date) -> ImportSummary:
    coach = build_coach(settings.coach_knowledge_dir, settings.coach_default_lang)
    image = coach.kb.footprint.factors["image"].energy_wh
    store = await asyncio.to_thread(build_store, settings)
    try:
        today = datetime.now(UTC).date()
        return await import_provider(settings, store, provider, since, image_factor=image, until=today)
    finally:
        await store.aclose()


def cmd_usage_import(args: argparse.Namespace) -> int:
    since = date.fromisoformat(args.since) if args.since else datetime.now(UTC).date() - timedelta(days=7)
    summary = asyncio.run(_import(Settings(), args.provider, since))
    print(summary.line())
    return 0
