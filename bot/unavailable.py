"""What the person is told when the database is down (the coach's catalogue is owned by bot.coach).

Checks never need the database; commands that do answer these lines once, at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

T = TypeVar("T")

DB_WAIT_S = 2.0  # a command that needs the database answers within Slack's 3 s, whatever it does

NOT_NOW = {
    "en": "This is not available right now (our database does not answer). Please try again in a few "
    "minutes; `/ai-check <your text>` still checks a plan, a draft or a question.",
    "fr": "Ce n'est pas disponible pour le moment (notre base de données ne répond pas). Réessayez dans "
    "quelques minutes ; `/ai-check <votre texte>` vérifie toujours un projet, un brouillon ou une question.",
}
FORGET_DEFERRED = {
    "en": "Done: nothing more about you will be recorded, and what was waiting to be recorded is gone. "
    "Our database does not answer right now: what it already holds about you will be erased as soon "
    "as it is back.",
    "fr": "C'est fait : plus rien ne sera enregistré à votre sujet, et ce qui attendait de l'être est "
    "effacé. Notre base de données ne répond pas pour le moment : ce qu'elle contient déjà à votre "
    "sujet sera effacé dès son retour.",
}


class DatabaseUnavailable(Exception):
    """The database is down or did not answer within `DB_WAIT_S`."""


def text(catalogue: dict[str, str], lang: str) -> str:
    return catalogue.get(lang, catalogue["en"])


async def bounded(work: Awaitable[T], wait: float = DB_WAIT_S) -> T:
    """`work`, or DatabaseUnavailable when it fails on the database or takes longer than `wait` s."""
    try:
        return await asyncio.wait_for(work, wait)
    except (SQLAlchemyError, TimeoutError) as exc:
        raise DatabaseUnavailable from exc
