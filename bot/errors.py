"""The one exception tree. Broad `except` lives only at the boundaries (listeners, endpoints, CLI)."""

from __future__ import annotations


class CoachError(Exception):
    """Base of every error the project raises on purpose."""


class KnowledgeError(CoachError):
    """The knowledge base is invalid; `problems` has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the knowledge base")
        self.problems = problems


class InputError(CoachError):
    """The user's input cannot be used as it is (empty, unparseable command...)."""


class ConfigError(CoachError):
    """Settings are missing or inconsistent."""


class DeliveryError(CoachError):
    """A message was NOT delivered to Slack or Teams, and that is certain: nothing left the process
    (connection refused, DNS failure) or the platform answered that it did not post it (4xx/5xx,
    `ok: false`). A digest's claim is released and the next run retries."""


class DeliveryUncertain(CoachError):
    """A message may or may not have been delivered (a timeout or a dropped connection after the
    request was sent). Not a DeliveryError on purpose: such a post is never retried automatically."""


class ImportFailed(CoachError):
    """A provider usage import failed; the message is one line, safe to show (no secrets)."""


class CharterError(KnowledgeError):
    """The organisation's AI charter (COACH_CHARTER) is invalid; `problems` has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems)
        self.args = (f"{len(problems)} problem(s) in the AI charter",)
