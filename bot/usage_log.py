"""`/ai-check log midjourney 12 images`: self-reported usage, recorded with its footprint.

Unclear input gets an example of the right form and nothing is recorded (nothing half-recorded).
"""

from __future__ import annotations

from bot.coach import numbers
from bot.coach.engine import Coach
from bot.coach.i18n import t
from bot.services import Asker, LogUsage, Services


def make_log_usage(coach: Coach, services: Services) -> LogUsage:
    """The `log` hook of `Services`: parse, record (write-behind), and say what was recorded."""

    async def log_usage(asker: Asker, words: str) -> str:
        report = coach.usage_report(words, asker.lang)
        lang = asker.lang
        if report is None:
            return t("log.unclear", lang)
        fp = report.footprint
        # Not `Services.record`: if queueing fails, the person must not be told it was recorded.
        services.store.record_soon(
            services.event(asker, "log", lang, report.tools, report.media, report.units, fp)
        )
        return t("log.recorded", lang).format(
            what=fp.basis,
            energy=numbers.energy(fp.energy_wh, lang),
            co2e=numbers.mass(fp.co2e_g, lang),
            water=numbers.volume(fp.water_l, lang),
            equivalents="; ".join(fp.equivalents[:2]) or "—",
        )

    return log_usage
