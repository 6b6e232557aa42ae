"""Errors raised by the usage importers.

`ImportFailed` (from the project's exception tree in `bot.errors`) carries one line meant for the
person running `ai-coach usage import`: what went wrong and what to check. It never contains an API key.
"""

from __future__ import annotations

from bot.errors import ImportFailed

__all__ = ["ImportFailed"]
