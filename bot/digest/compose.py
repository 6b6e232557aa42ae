"""WeeklyStats (+ organisation API usage) → DigestView: the words and figures of a digest.

Pure: no I/O. Figures are formatted by `bot.coach.numbers` (Babel, the reader's locale); tools are
shown by their names (ChatGPT, Midjourney), not their ids. The nudge is a knowledge-base card from
the team's most flagged pillar, never one of the last four weeks' nudges. A team lead reads this:
each line says what it counts, and the API usage is one line per top model (requests, energy and
one equivalent), not a table of ranges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from babel.dates import format_interval

from bot.coach import footprint, numbers
from bot.coach.charter import Status
from bot.coach.engine import Coach
from bot.coach.footprint import Impact
from bot.coach.i18n import t
from bot.coach.model import Pillar
from bot.coach.typography import for_language
from bot.render.view import DigestView, NudgeView, SourceLink, StatLine
from bot.usage.stats import ApiUsageStats, FootprintTotals, ModelUsage, TagCount, WeeklyStats

BARS = "▁▂▃▄▅▆▇█"
TOP = 3
DOMINANT_SHARE = 0.6
WITHHELD = "–"


def sparkline(counts: Sequence[int | None]) -> str:
    """Unicode bars, oldest first; a withheld week (None) shows as a space."""
    values = [c for c in counts if c is not None]
    if not values or max(values) == 0:
        return ""
    top = max(values)
    return "".join(" " if c is None else BARS[round(c / top * (len(BARS) - 1))] for c in counts)


def trend_words(counts: Sequence[int | None], lang: str) -> str:
    """The sparkline's weeks as figures, oldest first ("3 · 5 · 8 · 12 this week"); "" without bars."""
    if not sparkline(counts):
        return ""
    shown = [WITHHELD if c is None else numbers.count(c, lang) for c in counts]
    shown[-1] = t("digest.sparkline.now", lang).format(n=shown[-1])
    text = " · ".join(shown)
    return f"{text} ({t('digest.sparkline.withheld', lang)})" if None in counts else text


def period(start: datetime, end: datetime, lang: str) -> str:
    """The window in the reader's words: "Nov 23 – 30, 2026" / "23–30 nov. 2026"."""
    return format_interval(start.date(), end.date(), "yMMMd", locale="fr" if lang == "fr" else "en")


def _trend(change: int, lang: str) -> str:
    return t("digest.trend.same", lang) if change == 0 else numbers.signed(change, lang)


def _tags(tags: Sequence[TagCount], lang: str, names: dict[str, str]) -> str:
    shown = [f"{names.get(x.name, x.name)} ({numbers.count(x.count, lang)})" for x in tags[:TOP]]
    return ", ".join(shown) or t("digest.none", lang)


def _tool_names(coach: Coach) -> dict[str, str]:
    return {tid: tool.label for tid, tool in coach.kb.lexicon.tools.items()}


def model_name(coach: Coach, model_id: str) -> str:
    return footprint.model_name(coach.kb.lexicon.tools, model_id)


def _pillar_names(lang: str) -> dict[str, str]:
    return {p.value: t(f"pillar.{p.value}", lang) for p in Pillar}


def _equivalent(coach: Coach, totals: FootprintTotals, lang: str) -> str:
    """The first equivalent that applies (one is enough to picture a range), or ""."""
    impact = Impact(totals.energy_wh, totals.co2e_g, totals.water_l)
    found = coach.footprints.equivalents(impact, lang)
    return f" ({found[0]})" if found else ""


def _footprint_line(coach: Coach, totals: FootprintTotals, lang: str) -> str:
    return t("digest.fp.value", lang).format(
        energy=numbers.energy(totals.energy_wh, lang),
        co2e=numbers.mass(totals.co2e_g, lang),
        water=numbers.volume(totals.water_l, lang),
        equivalent=_equivalent(coach, totals, lang),
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
                title, text = for_language(card.title, lang), for_language(card.summary, lang)
                return NudgeView(card.id, pillar, title, text, link)
    return None


def _model_line(coach: Coach, m: ModelUsage, lang: str) -> StatLine:
    """One model: its requests (or images), its energy in one unit and one equivalent."""
    images = m.images and not m.requests
    key, n = ("digest.api.images", m.images) if images else ("digest.api.requests", m.requests)
    amount = t(key, lang).format(n=numbers.count(n, lang))
    energy = ""
    if m.energy_wh.high > 0:
        totals = FootprintTotals(energy_wh=m.energy_wh)
        energy = f" · {numbers.energy(m.energy_wh, lang)}{_equivalent(coach, totals, lang)}"
    model = model_name(coach, m.model)
    return StatLine("", t("digest.api.model", lang).format(model=model, amount=amount, energy=energy))


def _api_lines(coach: Coach, api: ApiUsageStats | None, lang: str) -> tuple[StatLine, ...]:
    if api is None or api.total.requests + api.total.images + api.total.output_tokens == 0:
        return ()
    total, change = api.total, api.total.requests - api.previous_total.requests
    requests = numbers.count(total.requests, lang)
    head = (
        t("digest.api.total", lang).format(requests=requests, trend=_trend(change, lang))
        if api.previous_total.requests
        else t("digest.api.total_no_trend", lang).format(requests=requests)
    )
    lines = [StatLine(t("digest.fp.api", lang), head)]
    lines += [_model_line(coach, m, lang) for m in api.by_model[:TOP]]
    top = api.by_model[0] if api.by_model else None
    if top and total.requests and top.requests / total.requests >= DOMINANT_SHARE:
        share = numbers.percent(top.requests / total.requests, lang)
        model = model_name(coach, top.model)
        lines.append(StatLine("", t("digest.api.dominant", lang).format(model=model, share=share)))
    return tuple(lines)


def _intro(stats: WeeklyStats, lang: str) -> str:
    checks, people = numbers.count(stats.checks, lang), numbers.count(stats.people, lang)
    if stats.change is None:
        return t("digest.intro_no_trend", lang).format(checks=checks, people=people)
    return t("digest.intro", lang).format(checks=checks, people=people, trend=_trend(stats.change, lang))


def _stat_lines(coach: Coach, stats: WeeklyStats, lang: str) -> tuple[StatLine, ...]:
    lines = [
        StatLine(t("digest.pillars", lang), _tags(stats.pillars, lang, _pillar_names(lang))),
        StatLine(t("digest.tools", lang), _tags(stats.tools, lang, _tool_names(coach))),
    ]
    if stats.logs:
        reports = t(f"digest.logs_value.{numbers.plural(stats.logs, lang)}", lang)
        lines.append(StatLine(t("digest.logs", lang), reports.format(n=numbers.count(stats.logs, lang))))
    lines += _charter_line(coach, stats, lang)
    return tuple(lines)


def _charter_line(coach: Coach, stats: WeeklyStats, lang: str) -> list[StatLine]:
    """Checks that named a tool or plan the current charter does not approve: counts, never who.

    Read from the week's tool and plan counts, which already leave out any that fewer than
    `min_group` people named; the statuses are today's charter, so one approved since no longer counts.
    """
    charter = coach.charter
    if charter is None:
        return []
    names, refused = _tool_names(coach), []
    for x in stats.tools:
        if (rule := charter.tool_rule(x.name)) and rule.status is Status.NOT_APPROVED:
            refused.append((names.get(x.name, x.name), x.count))
    for x in stats.plans:
        tool, _, plan_id = x.name.partition("/")
        rule = charter.tool_rule(tool)
        plan = next((p for p in rule.plans if p.plan == plan_id), None) if rule else None
        if rule and plan and plan.status is Status.NOT_APPROVED and rule.status is not Status.NOT_APPROVED:
            refused.append((plan.label[lang], x.count))
    if not refused:
        return []
    refused.sort(key=lambda item: (-item[1], item[0]))
    tools = ", ".join(f"{name} ×{numbers.count(n, lang)}" for name, n in refused)
    total = sum(n for _, n in refused)
    text = t(f"digest.charter.{'one' if total == 1 else 'other'}", lang)
    return [StatLine(t("digest.charter.label", lang), text.format(n=numbers.count(total, lang), tools=tools))]


def _footprint_lines(coach: Coach, stats: WeeklyStats, lang: str) -> tuple[StatLine, ...]:
    logged = stats.logged if stats.logged is not None and not stats.logged.is_zero else None
    if stats.estimated.is_zero and logged is None:
        return (StatLine("", t("digest.fp.none", lang)),)
    fp = [StatLine(t("digest.fp.estimated", lang), _footprint_line(coach, stats.estimated, lang))]
    if logged is not None:
        fp.append(StatLine(t("digest.fp.logged", lang), _footprint_line(coach, logged, lang)))
    return tuple(fp)


def compose(
    coach: Coach,
    stats: WeeklyStats,
    lang: str,
    *,
    recent_nudges: Sequence[str] = (),
    api: ApiUsageStats | None = None,
) -> DigestView:
    week = stats.end.isocalendar().week
    base = DigestView(
        lang=lang,
        title=t("digest.title", lang).format(week=week),
        period=period(stats.start, stats.end, lang),
        intro=t("digest.suppressed", lang).format(n=stats.min_group),
        sparkline="",
        stats=(),
        footprint=(),
        api_usage=_api_lines(coach, api, lang),
        nudge=choose_nudge(coach, stats, recent_nudges, lang, week),
        call_to_action=t("digest.cta", lang),
        note=t("digest.note", lang).format(n=stats.min_group),
    )
    if stats.suppressed:
        return base
    return replace(
        base,
        intro=_intro(stats, lang),
        sparkline=sparkline(stats.sparkline),
        trend=trend_words(stats.sparkline, lang),
        stats=_stat_lines(coach, stats, lang),
        footprint=_footprint_lines(coach, stats, lang),
    )
