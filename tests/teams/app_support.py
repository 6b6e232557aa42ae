"""Loopback stand-ins for Microsoft's side of the Teams app, on real HTTP (tests.support.loopback):

- the Bot Framework OpenID configuration and JWKS (an RSA key made here signs the test tokens),
- the login endpoint's token URL (the bot's own outbound token, client credentials),
- the Bot Connector (an activity's `serviceUrl`), recording every activity the bot sends.

The SDK is pointed at them with `CloudEnvironment` overrides; its JWT validation runs unchanged.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from microsoft_teams.api.auth.cloud_environment import PUBLIC, CloudEnvironment, with_overrides
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.teams.support import AAD_USER, CHANNEL, TEAM, TENANT

APP_ID = "00000000-aaaa-bbbb-cccc-000000000001"
APP_PASSWORD = "test-app-password-never-logged"
BOT_ID = f"28:{APP_ID}"
ISSUER = "https://api.botframework.com"  # the Bot Framework issuer the SDK expects (PUBLIC)
KID = "test-key-1"
# The bot's own token as the login endpoint issues it (the SDK reads its claims, never its signature)
OUTBOUND_TOKEN = jwt.encode(
    {"aud": "https://api.botframework.com", "appid": APP_ID, "exp": 4_102_444_800}, "login-fake", "HS256"
)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class FakeMicrosoft:
    """OpenID configuration + JWKS, the token endpoint and the Bot Connector, on one loopback server."""

    key: rsa.RSAPrivateKey = field(default_factory=new_key)
    url: str = ""
    calls: list[Recorded] = field(default_factory=list)
    connector_status: int = 200  # what the Bot Connector answers (e.g. 404: the bot left the channel)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/.well-known/openidconfiguration", self.openid, methods=["GET"]),
                Route("/v1/.well-known/keys", self.jwks, methods=["GET"]),
                Route("/{tenant}/oauth2/v2.0/token", self.token, methods=["POST"]),
                Route("/connector/v3/conversations/{rest:path}", self.connector, methods=["POST", "PUT"]),
            ]
        )

    @property
    def service_url(self) -> str:
        return f"{self.url}/connector"

    def cloud(self) -> CloudEnvironment:
        return with_overrides(
            PUBLIC,
            login_endpoint=self.url,
            openid_metadata_url=f"{self.url}/v1/.well-known/openidconfiguration",
        )

    async def openid(self, _: Request) -> Response:
        return JSONResponse({"issuer": ISSUER, "jwks_uri": f"{self.url}/v1/.well-known/keys"})

    async def jwks(self, _: Request) -> Response:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        return JSONResponse({"keys": [{**public, "kid": KID, "use": "sig", "alg": "RS256"}]})

    async def token(self, request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode()))
        self.calls.append(Recorded("POST", request.url.path, dict(request.headers), form))
        if form.get("client_secret") != APP_PASSWORD:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        return JSONResponse({"token_type": "Bearer", "expires_in": 3599, "access_token": OUTBOUND_TOKEN})

    async def connector(self, request: Request) -> Response:
        body = json.loads(await request.body() or b"null")
        self.calls.append(Recorded(request.method, request.url.path, dict(request.headers), body))
        if self.connector_status != 200:
            return JSONResponse({"error": {"code": "NotFound"}}, status_code=self.connector_status)
        return JSONResponse({"id": f"1:{uuid.uuid4().hex}"})

    def sent(self) -> list[Recorded]:
        """What the bot sent to the Bot Connector."""
        return [c for c in self.calls if "/v3/conversations/" in c.path]

    def token_requests(self) -> list[Recorded]:
        return [c for c in self.calls if c.path.endswith("/oauth2/v2.0/token")]

    def sign(self, **overrides: Any) -> str:
        """A Bot Framework token for the bot, as the Bot Connector sends it; `overrides` change claims
        (`key=` another RSA key, `exp_in=` seconds, `alg="none"` an unsigned token)."""
        key = overrides.pop("key", self.key)
        alg = overrides.pop("alg", "RS256")
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": APP_ID,
            "iat": now - 10,
            "nbf": now - 10,
            "exp": now + overrides.pop("exp_in", 600),
            "serviceurl": self.service_url,
        }
        claims.update(overrides)
        if alg == "none":
            return jwt.encode(claims, None, algorithm="none", headers={"kid": KID})
        return jwt.encode(claims, key, algorithm="RS256", headers={"kid": KID})


def _base(fake: FakeMicrosoft, locale: str, conversation: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"1{uuid.uuid4().int % 10**12}",
        "channelId": "msteams",
        "serviceUrl": fake.service_url,
        "timestamp": "2026-11-30T09:00:00.000Z",
        "locale": locale,
        "from": {"id": "29:1user", "aadObjectId": AAD_USER, "name": "Camille"},
        "recipient": {"id": BOT_ID, "name": "ai-coach"},
        "conversation": conversation,
        "channelData": {"tenant": {"id": TENANT}},
    }


def personal_message(fake: FakeMicrosoft, text: str, locale: str = "fr-FR") -> dict[str, Any]:
    conversation = {"id": "a:1personal", "conversationType": "personal", "tenantId": TENANT}
    return {**_base(fake, locale, conversation), "type": "message", "text": text, "textFormat": "plain"}


def channel_mention(fake: FakeMicrosoft, text: str, locale: str = "en-US") -> dict[str, Any]:
    root = "1700000000000"
    conversation = {"id": f"{CHANNEL};messageid={root}", "conversationType": "channel", "tenantId": TENANT}
    activity = _base(fake, locale, conversation)
    activity["channelData"] |= {"team": {"id": TEAM}, "channel": {"id": CHANNEL}}
    mention = {
        "type": "mention",
        "text": "<at>ai-coach</at>",
        "mentioned": {"id": BOT_ID, "name": "ai-coach"},
    }
    return {
        **activity,
        "type": "message",
        "text": f"<at>ai-coach</at> {text}",
        "textFormat": "plain",
        "entities": [mention],
    }


def bot_added(fake: FakeMicrosoft) -> dict[str, Any]:
    conversation = {"id": CHANNEL, "conversationType": "channel", "tenantId": TENANT}
    activity = _base(fake, "en-US", conversation)
    activity["channelData"] |= {
        "team": {"id": TEAM},
        "channel": {"id": CHANNEL},
        "eventType": "teamMemberAdded",
    }
    return {**activity, "type": "conversationUpdate", "membersAdded": [{"id": BOT_ID}]}


def invoke(fake: FakeMicrosoft, name: str, value: dict[str, Any], locale: str = "fr-FR") -> dict[str, Any]:
    conversation = {"id": "a:1personal", "conversationType": "personal", "tenantId": TENANT}
    return {**_base(fake, locale, conversation), "type": "invoke", "name": name, "value": value}
