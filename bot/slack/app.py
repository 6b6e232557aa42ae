"""The Bolt `AsyncApp` and its runtime: HTTP events, Socket Mode or off, OAuth when configured.

Signature verification stays on (Bolt's request verification: bad signature or a timestamp more than
5 minutes old → 401, no listener runs). `process_before_response=True`: a slash command is answered
in the HTTP response itself; everything slower is acknowledged first and runs in a tracked task.
Web API calls go through one `AsyncWebClient` (base URL from SLACK_API_URL) with slack-sdk's retry
handlers for connection errors, 429 (honouring Retry-After) and 5xx.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.logs import PrivacyFilter
from bot.render.blocks import (
    ACTION_DETAILS,
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    ACTION_SHARE_TEXT,
    ACTION_TOPIC,
)
from bot.services import Services
from bot.settings import Settings
from bot.slack import oauth
from bot.slack.actions import ActionHandlers
from bot.slack.base import apology
from bot.slack.command import COMMAND, CommandHandlers, responder
from bot.slack.events import EventHandlers
from bot.slack.gate import VERIFIED
from bot.slack.tasks import Tasks

log = logging.getLogger("bot.slack")

SlackMode = Literal["off", "http", "socket"]
SHORTCUT = "ai_check_message"
OFF_MESSAGE = (
    "Slack is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
    "for multi-workspace OAuth; add SLACK_APP_TOKEN for Socket Mode) to turn it on. Serving the playground "
    "and the API."
)
RETRIES = 2


def missing_slack_settings(settings: Settings) -> list[str]:
    """Which of the variables that turn Slack on are unset (the "why" of "Slack is off")."""
    missing = [] if settings.slack_signing_secret else ["SLACK_SIGNING_SECRET"]
    if not settings.slack_bot_token and not settings.oauth_enabled:
        missing.append("SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET)")
    return missing


class _ClientGiven(logging.Filter):
    """Bolt warns "token will be unused" whenever SLACK_BOT_TOKEN is set and a client is passed:
    here the client carries that very token, so the warning would only mislead operators."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _bolt_logger() -> logging.Logger:
    """The logger given to Bolt, filtered at the source: Bolt copies its filters into its own loggers
    (`slack_bolt.*`), so payloads it logs at DEBUG ("Responding with ... body") never leave them."""
    logger = logging.getLogger("bot.slack.bolt")
    for kind in (_ClientGiven, PrivacyFilter):
        if not any(isinstance(f, kind) for f in logger.filters):
            logger.addFilter(kind())
    return logger


class Listeners(CommandHandlers, EventHandlers, ActionHandlers):
    """Every listener of the app, sharing one services object, task set and locale cache."""


def slack_mode(settings: Settings) -> SlackMode:
    """Socket Mode with an app token (and a bot token or OAuth), HTTP when fully configured, else off."""
    authorised = settings.slack_bot_token is not None or settings.oauth_enabled
    if settings.slack_app_token is not None and authorised:
        return "socket"
    return "http" if settings.slack_enabled else "off"


def retry_handlers() -> list[AsyncRetryHandler]:
    return [
        AsyncConnectionErrorRetryHandler(max_retry_count=RETRIES),
        AsyncRateLimitErrorRetryHandler(max_retry_count=RETRIES),
        AsyncServerErrorRetryHandler(max_retry_count=RETRIES),
    ]


def web_client(settings: Settings) -> AsyncWebClient:
    """The Web API client: SLACK_API_URL, the bot token (none under OAuth: per workspace), retries."""
    token = None if settings.oauth_enabled or settings.slack_bot_token is None else settings.slack_bot_token
    return AsyncWebClient(
        token=token.get_secret_value() if token else None,
        base_url=settings.slack_api_url,
        retry_handlers=retry_handlers(),
    )


@dataclass
class SlackRuntime:
    """The Bolt app plus what must start and stop with the server."""

    app: AsyncApp
    mode: SlackMode
    tasks: Tasks
    app_token: str | None = None
    oauth_settings: AsyncOAuthSettings | None = None
    _socket: Any = field(default=None, repr=False)

    async def start(self) -> None:
        if self.mode == "socket" and self.app_token:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

            self._socket = AsyncSocketModeHandler(self.app, self.app_token)
            await self._socket.connect_async()
            log.info("Slack: Socket Mode connected")

    async def aclose(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
        await self.tasks.drain()


def build_slack(
    settings: Settings, services: Services, client: AsyncWebClient | None = None
) -> SlackRuntime | None:
    """The Slack runtime for `settings`, or None (after one log line saying how to turn it on)."""
    mode = slack_mode(settings)
    if mode == "off":
        log.warning("%s Missing: %s.", OFF_MESSAGE, ", ".join(missing_slack_settings(settings)))
        return None
    client = client or web_client(settings)
    settings_oauth = None
    if settings.oauth_enabled and settings.slack_client_id and settings.slack_client_secret:
        secret = settings.slack_client_secret.get_secret_value()
        settings_oauth = oauth.oauth_settings(settings.slack_client_id, secret, services.store.engine)
    signing = settings.slack_signing_secret
    app = AsyncApp(
        name="ai-coach",
        logger=_bolt_logger(),
        signing_secret=signing.get_secret_value() if signing else "",
        client=client,
        oauth_settings=settings_oauth,
        process_before_response=True,
        request_verification_enabled=True,
    )
    tasks = Tasks()
    register(app, Listeners(services, tasks), services.default_lang)
    app_token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else None
    log.info(
        "Slack: on (%s%s)",
        "Socket Mode" if mode == "socket" else "HTTP events at /slack/events",
        ", multi-workspace OAuth" if settings_oauth else "",
    )
    return SlackRuntime(app, mode, tasks, app_token if mode == "socket" else None, settings_oauth)


def verified(request: AsyncBoltRequest) -> bool:
    """True for a Socket Mode request or an HTTP request that passed `bot.slack.gate`."""
    return request.mode == "socket_mode" or request.context.get(VERIFIED) is True


def register(app: AsyncApp, listeners: Listeners, default_lang: str) -> None:
    app.command(COMMAND)(listeners.on_command)
    app.event("app_mention")(listeners.on_mention)
    app.event("app_home_opened")(listeners.on_home_opened)
    app.message_shortcut(SHORTCUT)(listeners.on_message_shortcut)
    app.action(ACTION_DETAILS)(listeners.on_details)
    app.action(ACTION_SHARE)(listeners.on_share)
    app.action(ACTION_SHARE_TEXT)(listeners.on_share_with_text)
    app.action(ACTION_HELPFUL)(listeners.on_feedback)
    app.action(ACTION_NOT_HELPFUL)(listeners.on_feedback)
    app.action(re.compile(rf"^{ACTION_TOPIC}_\d+$"))(listeners.on_topic)

    async def on_error(
        error: Exception, body: dict[str, Any], request: AsyncBoltRequest, respond: AsyncRespond | None
    ) -> BoltResponse:
        """Last resort (listeners have their own boundary): log the stack, apologise, 200 to Slack.

        Only a request that passed the gate (or came over the Socket Mode connection) is answered:
        an unverified body's `response_url` is never called.
        """
        if not verified(request):
            log.warning("Slack request refused: error before verification (%s)", type(error).__name__)
            return BoltResponse(status=401, body="")
        log.error("unhandled error in a Slack listener", exc_info=error)
        if respond is not None and body.get("response_url"):
            await apology(responder(respond), default_lang)
        return BoltResponse(status=200, body="")

    app.error(on_error)
