"""Builders shared by the composition roots (the server's `create_app` and the batch commands).

Kept apart from `bot.bootstrap` so that `ai-coach check` never imports Slack, SQLAlchemy or APScheduler.
"""

from __future__ import annotations

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.engine import Coach
from bot.digest.service import DigestPoster, DigestSchedule, DigestService
from bot.settings import Settings
from bot.slack.digest_poster import SlackDigestPoster
from bot.usage import migrate
from bot.usage.store import UsageStore


def build_store(settings: Settings) -> UsageStore:
    """Apply migrations (idempotent, safe across replicas) and open the usage store."""
    migrate.upgrade(settings.database_url)
    return UsageStore.from_url(settings.database_url, store_text=settings.coach_store_text)


def build_slack_client(settings: Settings) -> AsyncWebClient:
    """Web API client on SLACK_API_URL, retrying 429 (Retry-After), 5xx and connection errors."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    client = AsyncWebClient(token=token, base_url=settings.slack_api_url)
    client.retry_handlers.extend(
        [
            AsyncRateLimitErrorRetryHandler(max_retry_count=3),
            AsyncServerErrorRetryHandler(max_retry_count=2),
        ]
    )
    return client


def build_digest_service(
    settings: Settings, store: UsageStore, coach: Coach, slack_client: AsyncWebClient | None
) -> DigestService:
    posters: dict[str, DigestPoster] = {}
    if slack_client is not None:
        posters["slack"] = SlackDigestPoster(slack_client)
    if settings.teams_digest_webhook_url is not None:
        from bot.teams.poster import TeamsDigestPoster

        posters["teams"] = TeamsDigestPoster(settings.teams_digest_webhook_url.get_secret_value())
    schedule = DigestSchedule(settings.coach_digest_cron, settings.coach_timezone)
    return DigestService(store, coach, posters, schedule, min_group=settings.coach_min_group)
