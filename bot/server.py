"""The Starlette app served by `ai-coach serve`: Slack, playground, JSON API, health.

`create_app(settings)` builds everything (nothing happens at import time). The lifespan applies the
user-hash key (no database), starts the store's writer and
the `services.background` tasks, starts Slack (Socket Mode connects here), and stops all of it in
reverse order, flushing pending usage events.
"""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from bot.coach.disclosure import LabelUnknown
from bot.coach.model import LANGS
from bot.database import DatabaseWatch
from bot.render.charter import charter_assessment, charter_request
from bot.render.html import Page, playground
from bot.services import Services, start_services, stop_services
from bot.settings import Settings
from bot.slack.app import SlackRuntime, build_slack
from bot.slack.gate import SlackGate
from bot.slack.oauth import bot_token_resolver, create_tables
from bot.teams.auth import decode_secret
from bot.teams.endpoint import teams_routes
from bot.web import TooLarge, read_body
from bot.wiring import attach_features, build_services, teams_app_config

if TYPE_CHECKING:
    from bot.teams.sdk import TeamsRuntime

log = logging.getLogger("bot.server")

API_MAX_BODY = 64 * 1024  # bytes of JSON accepted by /api/check
API_MAX_TEXT = 20_000  # characters of text (the coach reads the first 8,000)
API_MAX_LABEL = 500  # characters of a `label` question ("instagram image retouchée partenariat")
READY_TIMEOUT_S = 1.5  # /readyz answers 503 within 2 s when the database is down or hangs
PAGE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def preferred_lang(accept_language: str, default: str) -> str:
    """The first of the coach's languages in an Accept-Language header (by q), else `default`."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        q = params.strip()[2:] if params.strip().startswith("q=") else "1"
        try:
            ranked.append((-float(q), i, tag.strip()[:2].lower()))
        except ValueError:
            continue
    return next((lang for _, _, lang in sorted(ranked) if lang in LANGS), default)


class Endpoints:
    """Health, readiness, playground and the JSON API over one `Services`."""

    def __init__(self, services: Services, database: DatabaseWatch) -> None:
        self.services = services
        self.database = database
        self.pages: dict[str, Page] = {lang: playground(lang) for lang in LANGS}

    async def healthz(self, _: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(self, _: Request) -> Response:
        """200 when the database answers; 503 within READY_TIMEOUT_S otherwise (never hangs)."""
        if self.database.ready.is_set() and await self.services.store.ping(READY_TIMEOUT_S):
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)

    async def page(self, request: Request) -> Response:
        lang = preferred_lang(request.headers.get("accept-language", ""), self.services.default_lang)
        page = self.pages[lang]
        return HTMLResponse(page.html, headers={**PAGE_HEADERS, "Content-Security-Policy": page.csp})

    async def check(self, request: Request) -> Response:
        """POST /api/check: {"text", "lang"?} → the assessment JSON; bad input → 400/413, never 500."""
        try:
            data = json.loads(await read_body(request, API_MAX_BODY))
        except TooLarge:
            return error(413, f"the request body is over {API_MAX_BODY // 1024} KB")
        except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError, absurd nesting
            return error(400, 'the body must be JSON: {"text": "…", "lang": "fr" | "en" (optional)}')
        problem = _check_input(data)
        if problem is not None:
            return problem
        asked, said_in = charter_request(data["text"])
        if asked:  # "charter" in the playground: the organisation's AI charter, as an answer
            lang = data.get("lang") or said_in or self.services.default_lang
            return JSONResponse(charter_assessment(self.services.charter_summary(lang), lang).as_dict())
        assessment = self.services.coach.assess(data["text"], data.get("lang"))
        return JSONResponse(assessment.as_dict())

    async def topic(self, request: Request) -> Response:
        """GET /api/topic?card=…&lang=…: one of the closest topics → the assessment JSON (its card's
        title, summary and sources); a missing card or an unknown lang → 400, an unknown card → 404."""
        card, lang = request.query_params.get("card", ""), request.query_params.get("lang")
        if lang not in (None, *LANGS):
            return error(400, f'"lang" must be one of {", ".join(LANGS)} (or absent: the default)')
        if not card:
            return error(400, '"card" is required: a topic id from "suggestions", e.g. footprint/water')
        answer = self.services.coach.topic(card, lang)
        if answer is None:
            return error(404, "unknown topic: use a card id from the suggestions of /api/check")
        return JSONResponse(answer.as_dict())

    async def label(self, request: Request) -> Response:
        """GET /api/label?where=…&what=…&lang=… (or ?q=…): the disclosure helper's answer JSON; an unknown
        place or medium → 404 with the known ones; nothing to ask or a bad lang → 400."""
        params = request.query_params
        lang = params.get("lang") or None
        if lang not in (None, *LANGS):
            return error(400, f'"lang" must be one of {", ".join(LANGS)} (or absent: the default)')
        words = " ".join(params.get(k, "") for k in ("q", "where", "what"))[:API_MAX_LABEL].strip()
        if not words:
            return error(400, '"where" is required (and "what" optional), e.g. ?where=tiktok&what=video')
        # Words like "instagram image" have no language: the browser's then says which.
        default = preferred_lang(request.headers.get("accept-language", ""), self.services.default_lang)
        result = self.services.label(words, lang, default)
        if result is None:
            return error(503, "the disclosure helper is not available")
        return JSONResponse(result.as_dict(), status_code=404 if isinstance(result, LabelUnknown) else 200)


def _check_input(data: Any) -> Response | None:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return error(400, '"text" is required and must be a string')
    if data.get("lang") not in (None, *LANGS):
        return error(400, f'"lang" must be one of {", ".join(LANGS)} (or absent: detected)')
    if not data["text"].strip():
        return error(400, '"text" is empty: describe what you plan to do with generative AI')
    if len(data["text"]) > API_MAX_TEXT:
        return error(413, f'"text" is over {API_MAX_TEXT} characters')
    return None


def _slack_routes(slack: SlackRuntime, settings: Settings) -> list[Route]:
    handler = AsyncSlackRequestHandler(slack.app)

    async def oauth(request: Request) -> Response:
        return await handler.handle(request)

    routes = []
    secret = settings.slack_signing_secret
    if slack.mode == "http" and secret is not None:  # Socket Mode: events come over the app's socket
        gate = SlackGate(slack.app, secret.get_secret_value(), settings.coach_max_body_bytes)
        routes.append(Route("/slack/events", gate.handle, methods=["POST"]))
    if slack.oauth_settings is not None:
        routes += [
            Route("/slack/install", oauth, methods=["GET"]),
            Route("/slack/oauth_redirect", oauth, methods=["GET"]),
        ]
    return routes


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error(500, "internal error")


def _teams_app(settings: Settings, services: Services, cloud: Any) -> TeamsRuntime | None:
    """The Teams app (Teams SDK, `/api/messages`) when its three settings are set; else one log line."""
    config = teams_app_config(settings, cloud)
    if config is None:
        log.info("Teams app is off: set TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID to serve it")
        return None
    from bot.teams.sdk import TeamsRuntime

    return TeamsRuntime(config, services)


def create_app(
    settings: Settings,
    *,
    services: Services | None = None,
    slack_client: AsyncWebClient | None = None,
    teams_cloud: Any = None,
) -> Starlette:
    """The whole HTTP service for `settings`; `services` / `slack_client` let tests wire their own parts,
    `teams_cloud` (a Teams SDK `CloudEnvironment`) points the Teams app at other login/JWKS endpoints."""
    services = services if services is not None else build_services(settings)
    slack = build_slack(settings, services, slack_client)
    token_for = bot_token_resolver(slack.oauth_settings) if slack and slack.oauth_settings else None
    teams_app = _teams_app(settings, services, teams_cloud)
    teams_poster = teams_app.poster() if teams_app is not None else None
    attach_features(settings, services, slack.app.client if slack else None, token_for, teams_poster)
    if teams_app is not None:
        services.background.append(teams_app)
    database = DatabaseWatch(settings.database_url, services)
    if slack is not None and slack.oauth_settings is not None:
        database.hooks.append(partial(create_tables, slack.oauth_settings))
    services.background.insert(0, database)  # first: the scheduler starts once the database had its chance
    endpoints = Endpoints(services, database)
    teams_key = settings.teams_webhook_secret
    # Slack's events first: the router tries each route's pattern in order, and they are the busiest.
    routes = [
        *(_slack_routes(slack, settings) if slack else []),
        Route("/healthz", endpoints.healthz, methods=["GET"]),
        Route("/readyz", endpoints.readyz, methods=["GET"]),
        Route("/", endpoints.page, methods=["GET"]),
        Route("/api/check", endpoints.check, methods=["POST"]),
        Route("/api/topic", endpoints.topic, methods=["GET"]),
        Route("/api/label", endpoints.label, methods=["GET"]),
        *teams_routes(services, secret=decode_secret(teams_key.get_secret_value()) if teams_key else None),
        *(teams_app.routes() if teams_app is not None else []),
    ]

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:  # stops in reverse order, whatever failed
            # the key (no database), the store's writer, then services.background: the database watch
            # (migrations; the service starts even when they cannot run yet), the scheduler
            await start_services(services)
            stack.push_async_callback(stop_services, services)
            if slack is not None:
                stack.push_async_callback(slack.aclose)
                await slack.start()
            # Startup objects (knowledge base, indexes, libraries) live as long as the process:
            # freezing them keeps the collector's full passes, and their pauses, short.
            gc.collect()
            gc.freeze()
            stack.callback(gc.unfreeze)
            yield

    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={Exception: _internal_error})
    app.state.services = services
    app.state.slack = slack
    return app
