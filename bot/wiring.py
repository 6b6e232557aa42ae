"""Builders shared by the composition roots (the server's `create_app` and the batch commands).

Kept apart from `bot.bootstrap` so that `ai-coach check` never imports Slack, SQLAlchemy or APScheduler.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.digest.service import DigestPoster, DigestSchedule, DigestService
from bot.errors import CoachError
from bot.scheduler import Scheduled, add_charter_reload, build_scheduler
from bot.services import Services
from bot.settings import Settings
from bot.slack.digest_poster import SlackDigestPoster, TokenFor
from bot.usage import migrate
from bot.usage.store import UsageStore
from bot.usage_log import make_log_usage

log = logging.getLogger(__name__)


def build_services(settings: Settings) -> Services:
    """Production wiring: the coach (knowledge base loaded once) and the usage store. No database I/O."""
    key = settings.coach_user_hash_key
    return Services(
        coach=build_coach(settings.coach_knowledge_dir, settings.coach_default_lang, settings.coach_charter),
        store=UsageStore.from_url(settings.database_url, store_text=settings.coach_store_text),
        default_lang=settings.coach_default_lang,
        timezone=settings.coach_timezone,
        digest_cron=settings.coach_digest_cron,
        min_group=settings.coach_min_group,
        store_text=settings.coach_store_text,
        configured_user_key=key.get_secret_value() if key else None,
        user_key_file=settings.user_key_file,
    )


def build_store(settings: Settings) -> UsageStore:
    """Apply migrations (idempotent, safe across replicas) and open the usage store."""
    migrate.upgrade(settings.database_url)
    return UsageStore.from_url(settings.database_url, store_text=settings.coach_store_text)


def build_digest_service(
    settings: Settings,
    store: UsageStore,
    coach: Coach,
    slack_client: AsyncWebClient | None,
    token_for: TokenFor | None = None,
    teams_app_poster: DigestPoster | None = None,
) -> DigestService:
    posters: dict[str, DigestPoster] = {}
    if slack_client is not None:
        posters["slack"] = SlackDigestPoster(slack_client, token_for)
    webhook: DigestPoster | None = None
    if settings.teams_digest_webhook_url is not None:
        from bot.teams.poster import TeamsDigestPoster

        webhook = TeamsDigestPoster(settings.teams_digest_webhook_url.get_secret_value())
    if teams_app_poster is None and settings.teams_app_enabled:  # `ai-coach digest run`: its own app
        from bot.teams.sdk import proactive_poster

        teams_app_poster = proactive_poster(teams_app_config(settings), store)
    if webhook is not None or teams_app_poster is not None:
        from bot.teams.app_poster import TeamsPosters

        # one "teams" poster: the Workflows subscription to the webhook, the app's channels to the app
        posters["teams"] = TeamsPosters(webhook, teams_app_poster)
    schedule = DigestSchedule(settings.coach_digest_cron, settings.coach_timezone)
    return DigestService(
        store,
        coach,
        posters,
        schedule,
        min_group=settings.coach_min_group,
        # Multi-workspace (OAuth): one organisation's API usage must not reach other workspaces.
        include_api_usage=not settings.oauth_enabled,
    )


def teams_app_config(settings: Settings, cloud: Any = None) -> Any:
    """The Teams app's `TeamsAppConfig` (imports the SDK), or None when its settings are not all set.
    `cloud`: a `CloudEnvironment` (tests point it at loopback fakes); default the public cloud."""
    if not settings.teams_app_enabled:
        return None
    from bot.teams.sdk import PUBLIC, TeamsAppConfig

    password = settings.teams_app_password
    return TeamsAppConfig(
        app_id=str(settings.teams_app_id),
        password=password.get_secret_value() if password else "",
        tenant_id=str(settings.teams_tenant_id),
        cloud=cloud or PUBLIC,
    )


class _Jobs:
    """What the scheduler runs inside `ai-coach serve`; each job logs its failure and carries on."""

    def __init__(self, settings: Settings, services: Services, digest: DigestService) -> None:
        self.settings, self.services, self.digest = settings, services, digest

    async def digest_tick(self) -> None:
        report = await self.digest.tick(self.settings.coach_default_lang)
        if report.posted or report.failed or report.maybe_posted:
            log.info(
                "digests: %d posted, %d failed, %d maybe posted",
                len(report.posted),
                len(report.failed),
                len(report.maybe_posted),
            )

    async def purge(self) -> None:
        days = self.settings.coach_retention_days
        n = await self.services.store.purge_older_than(days, self.services.now())
        log.info("retention: %d event(s) older than %d days purged", n, days)

    async def usage_import(self) -> None:
        """Re-import the last 2 days of each configured provider; one provider's failure spares the other."""
        from bot.jobs import import_provider

        image = self.digest.coach.kb.footprint.factors["image"].energy_wh  # loaded once, at start
        today = self.services.now().date()
        since = today - timedelta(days=2)  # providers settle late: re-import 2 days
        for provider, key in (
            ("openai", self.settings.openai_admin_key),
            ("anthropic", self.settings.anthropic_admin_key),
        ):
            if key is None:
                continue
            try:
                summary = await import_provider(
                    self.settings, self.services.store, provider, since, image_factor=image, until=today
                )
                log.info("usage import: %s", summary.line())
            except CoachError as exc:
                log.warning("usage import failed: %s", exc)
            except Exception:
                log.exception("usage import from %s failed", provider)


def attach_features(
    settings: Settings,
    services: Services,
    slack_client: AsyncWebClient | None,
    token_for: TokenFor | None = None,
    teams_app_poster: DigestPoster | None = None,
) -> None:
    """Digest previews, `log`, and the scheduler (digests, retention, usage import) on `services`."""
    coach = services.coach
    if not isinstance(coach, Coach):  # tests may wire a fake assessor: no digest or log then
        return
    digest = build_digest_service(settings, services.store, coach, slack_client, token_for, teams_app_poster)
    services.digest = digest
    services.log_usage = make_log_usage(coach, services)
    jobs = _Jobs(settings, services, digest)
    has_keys = settings.openai_admin_key is not None or settings.anthropic_admin_key is not None
    scheduler = build_scheduler(
        settings.coach_timezone,
        settings.coach_digest_cron,
        digest=jobs.digest_tick,
        purge=jobs.purge,
        usage_import=jobs.usage_import if has_keys else None,
    )
    if settings.coach_charter is not None:
        from bot.charter import CharterFile

        charter_file = CharterFile(settings.coach_charter, coach.kb.lexicon, coach.use_charter)
        add_charter_reload(scheduler, charter_file.tick)
    services.background.append(Scheduled(scheduler, digest.aclose))
