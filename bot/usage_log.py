"""`/ai-check log midjourney 12 images`: self-reported usage, recorded with its footprint.

Unclear input gets an example of the right form and nothing is recorded (nothing half-recorded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.coach import numbers
from bot.coach.engine import Coach
from bot.coach.i18n import t
from bot.services import Asker, LogUsage
from bot.usage.records import UsageEvent
from bot.usage.store import UsageStore


def make_log_usage(coach: Coach, store: UsageStore, now: Callable[[], datetime]) -> LogUsage:
    """The `log` hook of `Services`: parse, record (write-behind), and say what was recorded."""

    async def log_usage(asker: Asker, words: str) -> str:
        report = coach.usage_report(words, asker.lang)
        lang = asker.lang
        if report is None:
            return t("log.unclear", lang)
        fp = report.footprint
        store.record_soon(
            UsageEvent(
                workspace=asker.workspace,
                channel=asker.channel,
                user_hash=asker.user_hash,
                source="log",
                language=lang,
                created_at=now(),
                tools=report.tools,
                media=report.media,
                quantity=report.units,
                energy_wh=fp.energy_wh,
                co2e_g=fp.co2e_g,
                water_l=fp.water_l,
                platform=asker.platform,
            )
        )
        return t("log.recorded", lang).format(
            what=fp.basis,
            energy=numbers.energy(fp.energy_wh, lang),
            co2e=numbers.mass(fp.co2e_g, lang),
            water=numbers.volume(fp.water_l, lang),
            equivalents="; ".join(fp.equivalents[:2]) or "—",
        )

    return log_usage
