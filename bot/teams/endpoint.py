"""`POST /teams/messages`: the Teams outgoing webhook (an @mention in a channel → an Adaptive Card).

When the coach is not confident, the card offers the closest topics as buttons that open each
topic's advice inside the card (`Action.ShowCard`): an outgoing webhook is never called back by a
click, so every topic's answer (`Coach.topic`) travels in the reply.

Teams waits at most 5 seconds for the reply, so everything happens in the request: verify the
HMAC, strip the mention and HTML, assess (milliseconds), render, queue the usage event (write-behind,
no database wait) and answer. Nothing is recorded for a request that fails authentication, and no
input gives a 500: unreadable JSON is a 400 with a plain message, any other failure an apology.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import unavailable
from bot.coach.i18n import t
from bot.coach.language import detect, lang_of_locale
from bot.coach.model import LANGS, Assessment
from bot.coach.text import MAX_CHARS
from bot.render.adaptive import answer_card, help_card, message_activity
from bot.render.charter import charter_card, charter_request
from bot.render.label import fallback, label_card
from bot.render.view import AnswerView, answer_view
from bot.services import Asker, Services
from bot.teams.auth import verify
from bot.web import TooLarge, read_body

log = logging.getLogger("bot.teams")

PATH = "/teams/messages"
PLATFORM = "teams"
SOURCE = "teams"
MAX_BODY_BYTES = 1_000_000  # a Teams message is ~28 KB at most; anything far bigger is refused (413)
MAX_RAW_TEXT = 4 * MAX_CHARS  # HTML and mentions are stripped from at most this many characters
ID_MAX = 255  # workspace and channel columns
HELP_WORDS = {"help": None, "aide": "fr", "?": None, "-h": None, "--help": None}
FORGET_WORDS = {"forget me": "en", "oublie-moi": "fr", "oublie moi": "fr", "oubliez-moi": "fr"}

_MENTION = re.compile(r"<at\b[^>]*>.*?</at\s*>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,2000}>")


def plain_text(text: str) -> str:
    """What the person typed: `<at>…</at>` mentions removed, HTML tags dropped, entities decoded."""
    text = _MENTION.sub(" ", text[:MAX_RAW_TEXT])
    text = _TAG.sub(" ", _BREAK.sub("\n", text))
    text = html.unescape(text).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _get(data: object, *path: str) -> str:
    """`data[path[0]][path[1]]…` when every step is a dict and the leaf a string, else ""."""
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, str) else ""


@dataclass(frozen=True, slots=True)
class Sender:
    """Where a Teams message comes from. `tenant` scopes the user hash; no display name is kept."""

    tenant: str
    workspace: str  # "tenant/team"
    channel: str
    user_id: str
    locale: str


def sender_of(activity: dict[str, Any]) -> Sender:
    """Tenant, team, channel, user and locale of an activity; missing parts are ""."""
    tenant = _get(activity, "channelData", "tenant", "id") or _get(activity, "conversation", "tenantId")
    team = _get(activity, "channelData", "team", "id")
    channel = _get(activity, "channelData", "channel", "id") or _get(activity, "conversation", "id")
    user = _get(activity, "from", "aadObjectId") or _get(activity, "from", "id")
    locale = _get(activity, "locale")
    if not locale:
        entities = activity.get("entities")
        for entity in entities if isinstance(entities, list) else []:
            if _get(entity, "type") == "clientInfo" and _get(entity, "locale"):
                locale = _get(entity, "locale")
                break
    workspace = f"{tenant}/{team}"[:ID_MAX]
    return Sender(tenant[:ID_MAX], workspace, channel.split(";")[0][:ID_MAX], user, locale)


def _reply(card: dict[str, Any] | None, text: str, status: int = 200) -> Response:
    return JSONResponse(message_activity(card, text), status_code=status)


def _unauthorized() -> Response:
    return JSONResponse({"type": "message", "text": "Unauthorized"}, status_code=401)


class TeamsEndpoint:
    """The handler behind `teams_routes`; see that function for the contract."""

    def __init__(self, services: Services, *, secret: bytes | None) -> None:
        self.services = services
        self.secret = secret
        self.default_lang = services.default_lang if services.default_lang in LANGS else "fr"

    async def handle(self, request: Request) -> Response:
        if self.secret is None or not request.headers.get("authorization"):
            return _unauthorized()
        try:
            body = await read_body(request, MAX_BODY_BYTES)
        except ClientDisconnect:
            return Response(status_code=400)
        except TooLarge:
            return _reply(None, t("teams.too_large", self.default_lang), 413)
        if not verify(self.secret, body, request.headers.get("authorization")):
            log.warning("Teams request refused: missing or wrong HMAC signature")
            return _unauthorized()
        try:
            activity = json.loads(body)
        except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            activity = None
        if not isinstance(activity, dict):
            return _reply(None, t("teams.unreadable", self.default_lang), 400)
        return await self.answer(activity)

    async def answer(self, activity: dict[str, Any]) -> Response:
        """The reply to a verified activity; any failure becomes an apology, never a 500."""
        sender = sender_of(activity)
        lang = lang_of_locale(sender.locale, self.default_lang)
        try:
            text = plain_text(_get(activity, "text"))
            words = text.split()
            if " ".join(w.lower() for w in words) in FORGET_WORDS:
                return await self.forget(sender, FORGET_WORDS[" ".join(w.lower() for w in words)] or lang)
            if not words or (len(words) == 1 and words[0].lower() in HELP_WORDS):
                help_lang = HELP_WORDS.get(words[0].lower()) if words else None
                return _reply(help_card(help_lang or lang), t("help.title", help_lang or lang))
            if words[0].lower() == "label":  # the disclosure helper: `label tiktok video`
                return self.label(" ".join(words[1:]), lang)
            asked, said_in = charter_request(text)
            if asked:  # `@ai-coach charter`: the organisation's approved tools and key rules
                card = charter_card(self.services.charter_summary(said_in or lang), said_in or lang)
                return _reply(card, str(card["fallbackText"]))
            lang = detect(text, lang)
            assessment = self.services.coach.assess(text, lang)
            view = answer_view(assessment)
            note = t("teams.truncated", view.lang) if len(text) > MAX_CHARS else None
            response = _reply(answer_card(view, note=note, topics=self.topics(assessment)), view.header)
        except Exception:  # the boundary: the person always gets an answer
            log.exception("Teams message could not be answered")
            return _reply(None, t("teams.apology", lang))
        self.record(sender, assessment)
        return response

    def label(self, text: str, lang: str) -> Response:
        """`@ai-coach label tiktok video` → the disclosure helper's card (nothing is recorded)."""
        lang = detect(text, lang)
        result = self.services.label(text, lang) if text else None
        if result is None:
            key = "label.usage" if not text else "label.not_available"
            return _reply(None, t(key, lang).format(command="label"))
        return _reply(label_card(result), fallback(result))

    def topics(self, assessment: Assessment) -> dict[str, AnswerView]:
        """The view of each closest topic (card id → view), for the card's topic buttons."""
        coach, lang = self.services.coach, assessment.language
        chosen = ((s.card, coach.topic(s.card, lang)) for s in assessment.suggestions)
        return {card: answer_view(topic) for card, topic in chosen if topic is not None}

    async def forget(self, sender: Sender, lang: str) -> Response:
        """`@ai-coach forget me`: erase what was recorded about this person (tenant-scoped hash)."""
        done = await self.services.store.forget_user(self._asker(sender, lang).user_hash)
        if done.deferred:  # in effect now; the database part finishes when it is back
            return _reply(None, unavailable.text(unavailable.FORGET_DEFERRED, lang))
        n = done.erased
        return _reply(None, t("teams.forget_done", lang).format(n=n) if n else t("teams.forget_none", lang))

    def record(self, sender: Sender, assessment: Assessment) -> None:
        """Queue the usage event (no text, hashed user); a failure is logged, the answer still goes."""
        self.services.record(self._asker(sender, assessment.language), SOURCE, assessment)

    def _asker(self, sender: Sender, lang: str) -> Asker:
        # The hash is scoped by tenant: a person active in several teams counts once.
        user_hash = self.services.user_hash(PLATFORM, sender.tenant, sender.user_id)
        return Asker(PLATFORM, sender.workspace, sender.channel, user_hash, lang)


def teams_routes(services: Services, *, secret: bytes | None) -> list[Route]:
    """`POST /teams/messages` for a Teams outgoing webhook.

    `secret` is the HMAC key: the base64-DECODED security token (see `bot.teams.auth.decode_secret`);
    None turns Teams off: the route then answers 401 to everything, and this logs it once. The
    coach, the usage store, the user-hash key and the default language come from `services`.
    """
    if secret is None:
        log.info("Teams is off: TEAMS_WEBHOOK_SECRET is not set, so POST %s answers 401", PATH)
    endpoint = TeamsEndpoint(services, secret=secret)
    return [Route(PATH, endpoint.handle, methods=["POST"], name="teams_messages")]
