"""Verify first, parse second: the Starlette layer in front of Bolt for `POST /slack/events`.

Order, for every request: read the body up to a limit (413 beyond, without reading the rest), verify
the signature (slack-sdk's `SignatureVerifier`) over the raw bytes with a timestamp that is an integer
string within 5 minutes (401 otherwise, one throttled warning line without body, header values or ids),
then let Bolt parse it, once (400 when it is not a JSON object of bounded depth), and only then
hand it to Bolt, whose own verification stays on. Nothing of an unverified request is parsed, no
listener, error handler or outbound call runs for it, and nothing is recorded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from slack_bolt.adapter.starlette.async_handler import to_starlette_response
from slack_bolt.async_app import AsyncApp, AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.logs import Throttled
from bot.web import TooLarge, read_body

log = logging.getLogger("bot.slack.gate")

TOLERANCE_S = 5 * 60
MAX_TIMESTAMP_DIGITS = 12  # about 30,000 years of seconds: int() never sees a huge string
MAX_DEPTH = 32  # Slack payloads nest about 10 deep (views, blocks, elements)
VERIFIED = "coach_verified"  # Bolt context key: this request passed the gate


class Malformed(ValueError):
    """A verified body that is not a Slack payload (not UTF-8, not JSON, not an object, too deep)."""


def refusal(headers: Mapping[str, str], body: bytes, verifier: SignatureVerifier, now: float) -> str | None:
    """None when Slack signed `body` less than 5 minutes ago; else why not (no header value in it)."""
    timestamp = headers.get("x-slack-request-timestamp")
    signature = headers.get("x-slack-signature")
    if not timestamp or not signature:
        return "missing signature headers"
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= MAX_TIMESTAMP_DIGITS):
        return "timestamp is not an integer"
    if abs(now - int(timestamp)) > TOLERANCE_S:
        return "timestamp more than 5 minutes away"
    try:
        text = body.decode("utf-8")  # Slack signs UTF-8 text; slack-sdk's verifier checks nothing else
    except UnicodeDecodeError:
        return "body is not UTF-8"
    if not verifier.is_valid(text, timestamp, signature):
        return "bad signature"
    return None


def bolt_request(body: bytes, headers: Mapping[str, str], query: str = "") -> AsyncBoltRequest:
    """Bolt's own request for a verified body, or Malformed when the body is not a Slack payload.

    Bolt parses the body once here (JSON, or a form with or without a JSON `payload`); the gate only
    checks what it read — an object, of bounded depth, whose fields Bolt could read — instead of
    parsing it a second time.
    """
    try:
        text = body.decode("utf-8")
        # First value of a repeated header wins, as `dict(headers)` read it (without a scan per name).
        fields: dict[str, str | Sequence[str]] = dict(reversed(list(headers.items())))
        request = AsyncBoltRequest(body=text, query=query, headers=fields, context={VERIFIED: True})
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON; the C decoder refuses absurd nesting
        raise Malformed("not JSON") from exc
    except (LookupError, TypeError, AttributeError) as exc:  # Bolt reading a non-object or odd field types
        raise Malformed("unexpected field types") from exc
    if not isinstance(request.body, dict):
        raise Malformed("not a JSON object")
    if (text.count("[") + text.count("{") > MAX_DEPTH) and _depth(request.body) > MAX_DEPTH:
        raise Malformed("nested too deep")
    return request


def _depth(value: Any) -> int:
    """How deep lists and objects nest in `value`, counted up to MAX_DEPTH + 1 (level by level:
    no recursion on hostile input, and cheap on real payloads)."""
    level, depth = [value], 0
    while level and depth <= MAX_DEPTH:
        depth += 1
        below: list[Any] = []
        for node in level:
            children = node.values() if type(node) is dict else node
            below += [c for c in children if type(c) is dict or type(c) is list]
        level = below
    return depth


def _answer(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status)


class SlackGate:
    """The `/slack/events` endpoint: size limit, verification, safe parsing, then Bolt."""

    def __init__(
        self,
        app: AsyncApp,
        signing_secret: str,
        max_body: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app = app
        self.verifier = SignatureVerifier(signing_secret)
        self.max_body = max_body
        self.clock = clock
        self.refused = Throttled(log, "Slack request refused with 401")

    async def handle(self, request: Request) -> Response:
        try:
            body = await read_body(request, self.max_body)
        except TooLarge:
            return _answer(413, "payload too large")
        reason = refusal(request.headers, body, self.verifier, self.clock())
        if reason is not None:
            self.refused(reason)
            return _answer(401, "invalid request")
        try:
            verified = bolt_request(body, request.headers, request.scope["query_string"].decode("latin-1"))
        except Malformed as exc:
            log.info("Slack request refused with 400: %s", exc)
            return _answer(400, "malformed payload")
        return to_starlette_response(await self.app.async_dispatch(verified))
