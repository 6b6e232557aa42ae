"""Teams outgoing-webhook authentication: `Authorization: HMAC <base64>`.

Teams signs every request with HMAC-SHA256 over the raw body bytes, keyed with the base64-decoded
security token shown once when the outgoing webhook is created (TEAMS_WEBHOOK_SECRET), and sends
the base64 digest as `Authorization: HMAC <digest>`. The comparison is constant-time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from bot.errors import ConfigError

SCHEME = "hmac"


def decode_secret(token: str) -> bytes:
    """The HMAC key from the security token Teams shows (base64, as in TEAMS_WEBHOOK_SECRET).

    Raises ConfigError, without echoing the token, when it is not valid base64 or is empty.
    """
    try:
        key = base64.b64decode(token.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(
            "TEAMS_WEBHOOK_SECRET is not valid base64: copy the security token as shown"
        ) from None
    if not key:
        raise ConfigError("TEAMS_WEBHOOK_SECRET is empty")
    return key


def sign(key: bytes, body: bytes) -> str:
    """The `Authorization` header value Teams sends for `body`: "HMAC " + base64(HMAC-SHA256)."""
    digest = hmac.new(key, body, hashlib.sha256).digest()
    return "HMAC " + base64.b64encode(digest).decode("ascii")


def verify(key: bytes, body: bytes, authorization: str | None) -> bool:
    """True only when `authorization` is "HMAC <base64>" and the digest matches `body` under `key`.

    Never raises: a missing header, another scheme or malformed base64 is simply False.
    """
    if not authorization or not key:
        return False
    scheme, _, provided = authorization.strip().partition(" ")
    if scheme.lower() != SCHEME or not provided.strip():
        return False
    try:
        claimed = base64.b64decode(provided.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    expected = hmac.new(key, body, hashlib.sha256).digest()
    return hmac.compare_digest(expected, claimed)
