"""Pseudonymous user ids: a keyed hash (HMAC-SHA256) so the database never holds a user id.

The key comes from configuration, or is generated once and kept in the `app_keys` table so that
every replica hashes the same user to the same value. Losing the key only unlinks old events
from new ones (forget-me then can't find them, retention still purges them).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from typing import Protocol

USER_HASH_KEY = "user_hash_key"
KEY_BYTES = 32

log = logging.getLogger(__name__)


class KeyStore(Protocol):
    def get_or_create_app_key(self, name: str, candidate: str) -> str:
        """The stored value of `name`; stores `candidate` first if there is none (race-safe)."""
        ...


def hash_user(key: bytes, platform: str, workspace: str, user_id: str) -> str:
    """HMAC-SHA256 (hex, 64 chars) of the user id, scoped by platform and workspace."""
    # The unit separator cannot occur in Slack/Teams ids, so ("a", "bc") and ("ab", "c") differ.
    message = "\x1f".join((platform, workspace, user_id)).encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def resolve_key(configured: str | None, store: KeyStore) -> bytes:
    """The hashing key: the configured secret if any, else the one stored in the database.

    Generates and stores a random key the first time; concurrent first starts agree on one key
    (insert-or-ignore, then read). Blocking: call it at startup, or via `asyncio.to_thread`.
    """
    if configured:
        return configured.encode("utf-8")
    log.warning(
        "COACH_USER_HASH_KEY is not set: the user-id hash key is kept in the database beside the "
        "hashes, so a database copy alone could re-identify people. Set it for production."
    )
    stored = store.get_or_create_app_key(USER_HASH_KEY, secrets.token_hex(KEY_BYTES))
    return bytes.fromhex(stored)
