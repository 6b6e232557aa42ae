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
    """A message could not be delivered to Slack or Teams (after retries)."""


class ImportFailed(CoachError):
    """A provider usage import failed; the message is one line, safe to show (no secrets)."""
