"""WeeklyStats (+ organisation API usage) → DigestView: the words and figures of a digest.

Pure: no I/O. The nudge is a knowledge-base card from the team's most flagged pillar, never one
of the last four weeks' nudges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.coach import numbers
from bot.coach.engine import Coach
from bot.coach.footprint import Impact
from bot.coach.i18n import t
from bot.coach.model import Pillar
from bot.render.view import DigestView, NudgeView, SourceLink, StatLine
from bot.usage.stats import ApiUsageStats, FootprintTotals, ModelUsage, TagCount, WeeklyStats

BARS = "▁▂▃▄▅▆▇█"
TOP = 3
DOMINANT_SHARE = 0.6


def sparkline(counts: Sequence[int | None]) -> str:
    """Unicode bars, oldest first; a withheld week (None) shows as a space."""
    values = [c for c in counts if c is not None]
    if not values or max(values) == 0:
        return ""
    top = max(values)
    return "".join(" " if c is None else BARS[round(c / top * (len(BARS) - 1))] for c in counts)


def _trend(change: int, lang: str) -> str:
    return t("digest.trend.same", lang) if change == 0 else f"{change:+d}"


def _tags(tags: Sequence[TagCount], lang: str, prefix: str = "") -> str:
    shown = [f"{t(prefix + x.name, lang) if prefix else x.name} ({x.count})" for x in tags[:TOP]]
    return ", ".join(shown) or t("digest.none", lang)


def _footprint_line(coach: Coach, totals: FootprintTotals, lang: str) -> str:
    impact = Impact(totals.energy_wh, totals.co2e_g, totals.water_l)
    equivalents = coach.footprints.equivalents(impact, lang)[:2]
    return t("digest.fp.value", lang).format(
        energy=numbers.energy(totals.energy_wh, lang),
        co2e=numbers.mass(totals.co2e_g, lang),
        water=numbers.volume(totals.water_l, lang),
        equivalents=f" ({'; '.join(equivalents)})" if equivalents else "",
    )


def choose_nudge(
    coach: Coach, stats: WeeklyStats, recent: Sequence[str], lang: str, week: int
) -> NudgeView | None:
    """A card of the most flagged pillar not used in the last weeks; else rotate pillars by week."""
    pillars = [p.name for p in stats.pillars] + [p.value for p in Pillar]
    if not stats.pillars:
        order = [p.value for p in Pillar]
        pillars = order[week % len(order) :] + order[: week % len(order)]
    for pillar in pillars:
        for card in sorted(
            (c for c in coach.kb.cards_in(lang) if c.pillar.value == pillar), key=lambda c: c.id
        ):
            if card.id not in recent:
                src = card.sources[0] if card.sources else None
                link = SourceLink(f"{src.publisher} ({src.year})", src.title, src.url) if src else None
                return NudgeView(card.id, pillar, card.title, card.summary, link)
    return None


def _api_lines(coach: Coach, api: ApiUsageStats | None, lang: str) -> tuple[StatLine, ...]:
    if api is None or api.total.requests + api.total.images + api.total.output_tokens == 0:
        return ()
    lines = [StatLine(t("digest.fp.api", lang), _usage_line(api.total, lang))]
    lines += [StatLine(f"  {m.model}", _usage_line(m, lang)) for m in api.by_model[:TOP]]
    totals = FootprintTotals(api.total.energy_wh, api.total.co2e_g, api.total.water_l)
    lines.append(StatLine(t("digest.fp.api", lang), _footprint_line(coach, totals, lang)))
    change = api.total.requests - api.previous_total.requests
    lines.append(StatLine("", t("digest.api.trend", lang).format(trend=_trend(change, lang))))
    top = api.by_model[0] if api.by_model else None
    if top and api.total.requests and top.requests / api.total.requests >= DOMINANT_SHARE:
        share = round(100 * top.requests / api.total.requests)
        lines.append(StatLine("💡", t("digest.api.dominant", lang).format(model=top.model, share=share)))
    return tuple(lines)


def _usage_line(m: ModelUsage, lang: str) -> str:
    return t("digest.api.line", lang).format(
        requests=numbers.num(m.requests, lang),
        tokens=numbers.num(m.output_tokens, lang),
        images=numbers.num(m.images, lang),
    )


def compose(
    coach: Coach,
    stats: WeeklyStats,
    lang: str,
    *,
    recent_nudges: Sequence[str] = (),
    api: ApiUsageStats | None = None,
) -> DigestView:
    week = stats.end.isocalendar().week
    period = f"{stats.start:%d/%m} – {stats.end:%d/%m/%Y}"
    nudge = choose_nudge(coach, stats, recent_nudges, lang, week)
    base = DigestView(
        lang=lang,
        title=t("digest.title", lang).format(week=week),
        period=period,
        intro=t("digest.suppressed", lang).format(n=stats.min_group),
        sparkline="",
        stats=(),
        footprint=(),
        api_usage=_api_lines(coach, api, lang),
        nudge=nudge,
        call_to_action=t("digest.cta", lang),
        note=t("digest.note", lang).format(n=stats.min_group),
    )
    if stats.suppressed:
        return base
    change = stats.change
    intro = (
        t("digest.intro", lang).format(checks=stats.checks, people=stats.people, trend=_trend(change, lang))
        if change is not None
        else t("digest.intro_no_trend", lang).format(checks=stats.checks, people=stats.people)
    )
    lines = [
        StatLine(t("digest.pillars", lang), _tags(stats.pillars, lang, "pillar.")),
        StatLine(t("digest.tools", lang), _tags(stats.tools, lang)),
    ]
    if stats.logs:
        lines.append(StatLine(t("digest.logs", lang), t("digest.logs_value", lang).format(n=stats.logs)))
    fp = [StatLine(t("digest.fp.estimated", lang), _footprint_line(coach, stats.estimated, lang))]
    if stats.logged is not None and not stats.logged.is_zero:
        fp.append(StatLine(t("digest.fp.logged", lang), _footprint_line(coach, stats.logged, lang)))
    if stats.estimated.is_zero and (stats.logged is None or stats.logged.is_zero):
        fp = [StatLine("", t("digest.fp.none", lang))]
    return replace(
        base, intro=intro, sparkline=sparkline(stats.sparkline), stats=tuple(lines), footprint=tuple(fp)
    )
