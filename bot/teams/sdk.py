"""The Teams app on Microsoft's Teams SDK for Python (`microsoft-teams-apps`), inside our Starlette app.

`TeamsRuntime` gives the server the `/api/messages` route and a background task (started and
stopped by the server's one lifespan): the SDK's `App` is built with our own HTTP adapter
(`StarletteBridge`), so the SDK validates every inbound token before any handler runs: a Bot
Framework JWT's signature against the cloud's JWKS, its issuer, audience (the app id), expiry, and
its `serviceurl` claim against the activity's serviceUrl (an Entra-issued token is checked against
the tenant's keys, issuer and audience; the SDK does not check its serviceurl yet). A request that
fails gets 401 and reaches no handler.

The bot's outbound token is fetched by `ClientSecretToken` (OAuth 2.0 client credentials at the
cloud's login endpoint) and handed to the SDK as its token provider: the SDK's own path (MSAL) only
accepts https authorities and first asks login.microsoftonline.com for instance discovery, so it
could not be pointed at a loopback fake; this keeps the same wire protocol and makes it testable.
This module (and so the SDK) is imported only when TEAMS_APP_ID, TEAMS_APP_PASSWORD and
TEAMS_TENANT_ID are all set."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from microsoft_teams.api.auth.cloud_environment import PUBLIC as PUBLIC
from microsoft_teams.api.auth.cloud_environment import CloudEnvironment
from microsoft_teams.apps import App
from microsoft_teams.apps.http.adapter import HttpMethod, HttpRequest, HttpRouteHandler
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.errors import DeliveryError
from bot.services import Services
from bot.teams.app_poster import TeamsAppPoster
from bot.usage.store import UsageStore
from bot.usage.teams_conversations import TeamsConversations
from bot.web import TooLarge, read_body

log = logging.getLogger("bot.teams")

PATH = "/api/messages"
MAX_BODY_BYTES = 1_000_000  # an activity is ~28 KB at most; far bigger is refused unread (413)
TOKEN_TIMEOUT_S = 10.0
TOKEN_MARGIN_S = 300.0  # a token is renewed this long before it expires


class StarletteBridge:
    """The SDK's `HttpServerAdapter` over one Starlette route: the SDK registers its handler at
    `App.initialize()` (in the lifespan); until then the route answers 503."""

    def __init__(self) -> None:
        self.handler: HttpRouteHandler | None = None

    def register_route(self, method: HttpMethod, path: str, handler: HttpRouteHandler) -> None:
        if path != PATH or method != "POST":
            raise ValueError(f"only POST {PATH} is served for the Teams app")
        self.handler = handler

    def serve_static(self, path: str, directory: str) -> None:
        raise NotImplementedError("the Teams app serves no static files")

    async def start(self, port: int) -> None:
        raise NotImplementedError("served by `ai-coach serve`, not by the SDK")

    async def stop(self) -> None:
        return None

    async def endpoint(self, request: Request) -> Response:
        """Bounded body, JSON object only (else 400/413, unauthenticated requests never parsed
        further), then the SDK: JWT validation, routing to our handlers, the invoke response."""
        if self.handler is None:
            return JSONResponse({"error": "starting"}, status_code=503)
        try:
            body = json.loads(await read_body(request, MAX_BODY_BYTES))
        except TooLarge:
            return JSONResponse({"error": "too large"}, status_code=413)
        except (ClientDisconnect, ValueError, RecursionError):
            return JSONResponse({"error": "the body must be a JSON activity"}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": "the body must be a JSON activity"}, status_code=400)
        result = await self.handler(HttpRequest(body=body, headers=dict(request.headers)))
        if result.get("body") is None:
            return Response(status_code=result["status"])
        return JSONResponse(result["body"], status_code=result["status"])


class ClientSecretToken:
    """The bot's own token (client credentials), cached per (scope, tenant) until shortly before expiry.

    Called by the SDK as `token(scope, tenant_id)`; `tenant_id` is TEAMS_TENANT_ID (single-tenant
    bot) or the cloud's Bot Framework tenant. The password never appears in a log or an error.
    """

    def __init__(
        self, app_id: str, password: str, login_endpoint: str, client: httpx.AsyncClient | None = None
    ) -> None:
        self.app_id, self._password, self.login_endpoint = app_id, password, login_endpoint.rstrip("/")
        self.client = client or httpx.AsyncClient(timeout=TOKEN_TIMEOUT_S)
        self._cache: dict[tuple[str, str], tuple[str, float]] = {}
        self._lock = asyncio.Lock()

    async def __call__(self, scope: str | Sequence[str], tenant_id: str | None) -> str:
        scopes = scope if isinstance(scope, str) else " ".join(scope)
        key = (scopes, tenant_id or "botframework.com")
        async with self._lock:  # one request per expiry, however many replies are being sent
            cached = self._cache.get(key)
            if cached is not None and cached[1] > time.monotonic():
                return cached[0]
            token, lifetime = await self._fetch(*key)
            self._cache[key] = (token, time.monotonic() + max(0.0, lifetime - TOKEN_MARGIN_S))
            return token

    async def _fetch(self, scope: str, tenant: str) -> tuple[str, float]:
        url = f"{self.login_endpoint}/{tenant}/oauth2/v2.0/token"
        form = {
            "grant_type": "client_credentials",
            "client_id": self.app_id,
            "client_secret": self._password,
            "scope": scope,
        }
        try:
            response = await self.client.post(url, data=form)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"the Teams bot token could not be fetched: {type(exc).__name__}") from None
        data: Any = (
            response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
        )
        token = data.get("access_token") if isinstance(data, dict) else None
        if response.status_code != 200 or not isinstance(token, str):
            error = data.get("error") if isinstance(data, dict) else None
            raise DeliveryError(f"the Teams bot token was refused: HTTP {response.status_code} {error or ''}")
        expires = data.get("expires_in", 3600)
        return token, float(expires) if isinstance(expires, int | float | str) else 3600.0

    async def aclose(self) -> None:
        await self.client.aclose()


@dataclass(frozen=True)
class TeamsAppConfig:
    """What the Teams app needs from Settings (read by the composition root only)."""

    app_id: str
    password: str
    tenant_id: str
    cloud: CloudEnvironment = PUBLIC


def build_app(config: TeamsAppConfig, bridge: StarletteBridge, token: ClientSecretToken) -> App:
    """The SDK's App: JWT validation on (never the SDK's "unauthenticated" mode), our token provider,
    no per-activity user-token lookup (the coach uses no user OAuth)."""
    return App(
        client_id=config.app_id,
        tenant_id=config.tenant_id,
        token=token,
        cloud=config.cloud,
        http_server_adapter=bridge,
        messaging_endpoint=PATH,
        fetch_user_token=False,
        dangerously_allow_unauthenticated_requests=False,
    )


class TeamsRuntime:
    """The SDK `App`, our handlers on it, the route, and the start/stop the server's lifespan calls."""

    def __init__(self, config: TeamsAppConfig, services: Services) -> None:
        from bot.teams.chat import TeamsChat

        self.bridge = StarletteBridge()
        self.token = ClientSecretToken(config.app_id, config.password, config.cloud.login_endpoint)
        self.app = build_app(config, self.bridge, self.token)
        self.chat = TeamsChat(services, self.app)
        self.chat.register()
        quiet_sdk_logs()

    def routes(self) -> list[Route]:
        return [Route(PATH, self.bridge.endpoint, methods=["POST"], name="teams_app")]

    def poster(self) -> TeamsAppPoster:
        """The digest poster for the app's channels, sharing this app (started by the lifespan)."""
        return TeamsAppPoster(self.app, self.chat.conversations)

    async def start(self) -> None:
        await self.app.initialize()  # registers the messaging route on the bridge, JWT validation on

    async def aclose(self) -> None:
        await self.token.aclose()


def quiet_sdk_logs() -> None:
    """The SDK logs whole activities (user text) at DEBUG: never below INFO, whatever LOG_LEVEL says."""
    sdk_log = logging.getLogger("microsoft_teams")
    sdk_log.setLevel(max(sdk_log.getEffectiveLevel(), logging.INFO))


def proactive_poster(config: TeamsAppConfig, store: UsageStore) -> TeamsAppPoster:
    """A digest poster with its own App, for `ai-coach digest run` (no server, no inbound route)."""
    token = ClientSecretToken(config.app_id, config.password, config.cloud.login_endpoint)
    app = build_app(config, StarletteBridge(), token)
    quiet_sdk_logs()
    return TeamsAppPoster(app, TeamsConversations(store.engine), start=app.initialize, close=token.aclose)
