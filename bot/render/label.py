"""The disclosure helper's answer (`LabelAnswer` / `LabelUnknown`) → Slack blocks, Adaptive Card, text.

Pure functions over the core's answer. Every surface says the same things in the same order: the
verdict first, the mention to copy (in a code span, easy to copy), where to set it, then the reasons
(law, platform rule, good practice) and the sources as links; metadata and the reviewed date last.
"""

from __future__ import annotations

from bot.coach.disclosure import Label, LabelAnswer, LabelUnknown
from bot.coach.i18n import t
from bot.coach.typography import colon
from bot.render import adaptive_kit as kit
from bot.render.blocks import Block, context, escape_mrkdwn, header, link, section
from bot.render.short import clip

VERDICT_ICON = {"required": "⛔", "depends": "⚠️", "recommended": "💡", "not_applicable": "➖"}
SLACK_COMMAND = "/ai-check label"


def verdict(a: LabelAnswer) -> str:
    return f"{VERDICT_ICON[a.must]} {t(f'label.must.{a.must}', a.lang)}"


def title(a: LabelAnswer) -> str:
    return t("label.title", a.lang).format(place=a.place_name, medium=a.medium_name)


def case_line(a: LabelAnswer) -> str:
    """Which case was answered: the situations named, or what was assumed."""
    if a.situation_names:
        return t("label.case", a.lang).format(names=", ".join(a.situation_names))
    return t("label.case_default", a.lang)


def assumed_line(a: LabelAnswer) -> str:
    return t("label.assumed", a.lang).format(medium=a.medium_name, others=", ".join(a.other_media))


def _label(key: str, lang: str) -> str:
    return t(key, lang) + colon(lang) + " "


def _heading(key: str, lang: str) -> str:
    return t(key, lang) + colon(lang)


def fallback(x: Label) -> str:
    """One line: the notification / fallback text."""
    if isinstance(x, LabelUnknown):
        return t(f"label.unknown.{x.kind}", x.lang)
    return f"{title(x)} · {verdict(x)} {x.mention}"


# --- Slack -----------------------------------------------------------------------------------------


def label_blocks(x: Label) -> list[Block]:
    """Block Kit, short: verdict, the mention in a code span, where, the reasons' names, sources as links."""
    if isinstance(x, LabelUnknown):
        return unknown_blocks(x)
    lang, esc = x.lang, escape_mrkdwn
    head = f"*{esc(verdict(x))}*\n{_label('label.mention', lang)}`{esc(x.mention)}`"
    head += f"\n{_label('label.house', lang)}`{esc(x.house)}`" if x.house else ""
    blocks: list[Block] = [header(title(x)), section(head)]
    blocks.append(section(f"*{esc(t('label.where', lang))}*\n{esc(x.where)}"))
    reasons = "\n".join(f"• _{esc(t(f'label.kind.{r.kind}', lang))}_ · {esc(r.name)}" for r in x.reasons)
    blocks.append(
        section(f"*{esc(t('label.why', lang))}*\n{reasons}" + (f"\n{esc(x.note)}" if x.note else ""))
    )
    notes = [esc(case_line(x))] + ([esc(assumed_line(x))] if x.medium_assumed else [])
    blocks.append(context(notes))
    sources = " · ".join(link(s.url, clip(f"{s.publisher} ({s.year})", 60)) for s in x.sources)
    blocks.append(context([f"📚 {sources}", esc(t("label.reviewed", lang).format(date=x.reviewed))]))
    return blocks


def unknown_blocks(x: LabelUnknown) -> list[Block]:
    items = "\n".join(f"• `{k}` · {escape_mrkdwn(name)}" for k, name in x.known)
    usage = t("label.usage", x.lang).format(command=SLACK_COMMAND)
    return [section(f"{escape_mrkdwn(t(f'label.unknown.{x.kind}', x.lang))}\n{items}"), context([usage])]


def usage_blocks(lang: str) -> list[Block]:
    return [section(escape_mrkdwn(t("label.usage", lang).format(command=SLACK_COMMAND)))]


# --- Teams (Adaptive Card 1.5) -------------------------------------------------------------------


def label_card(x: Label) -> kit.Element:
    """The same answer as an Adaptive Card: plain `TextRun`s (never markdown), links as OpenUrl runs."""
    if isinstance(x, LabelUnknown):
        known = [kit.line(f"• {k} · {name}", 200) for k, name in x.known]
        usage = kit.line(t("label.usage", x.lang).format(command="label"), 300, isSubtle=True)
        return kit.card(x.lang, fallback(x), [kit.line(fallback(x), 300, weight="Bolder"), *known, usage])
    lang = x.lang
    body: list[kit.Element] = [
        kit.heading(title(x), spacing="None"),
        kit.line(verdict(x), 300, weight="Bolder"),
        kit.para(
            kit.run(_label("label.mention", lang)), kit.run(x.mention, fontType="Monospace", weight="Bolder")
        ),
        *(
            [kit.para(kit.run(_label("label.house", lang)), kit.run(x.house, fontType="Monospace"))]
            if x.house
            else []
        ),
        kit.line(t("label.where", lang), 100, weight="Bolder", spacing="Medium"),
        kit.line(x.where, 1000),
        kit.line(t("label.why", lang), 100, weight="Bolder", spacing="Medium"),
        *(kit.line(f"• {t(f'label.kind.{r.kind}', lang)} · {r.name}", 400) for r in x.reasons),
    ]
    body += [kit.line(x.note, 1000)] if x.note else []
    body.append(kit.line(case_line(x), 300, isSubtle=True, spacing="Medium"))
    body += [kit.line(assumed_line(x), 300, isSubtle=True)] if x.medium_assumed else []
    body.append(kit.line(t("label.metadata", lang), 100, weight="Bolder", spacing="Medium"))
    body.append(kit.line(x.metadata, 1000))
    body += [
        kit.para(kit.run("• "), kit.link(f"{s.publisher} ({s.year}): {s.title}", s.url)) for s in x.sources
    ]
    body.append(kit.line(t("label.reviewed", lang).format(date=x.reviewed), 200, isSubtle=True))
    return kit.card(lang, fallback(x), body)


# --- Terminal --------------------------------------------------------------------------------------


def label_text(x: Label) -> str:
    """Plain text for the terminal (no colour): the same order as the other surfaces."""
    if isinstance(x, LabelUnknown):
        lines = [t(f"label.unknown.{x.kind}", x.lang), *(f"  {k:<14} {name}" for k, name in x.known)]
        return "\n".join([*lines, t("label.usage", x.lang).format(command="ai-coach label"), ""])
    lang = x.lang
    lines = [title(x), "", verdict(x), f"{_label('label.mention', lang)}{x.mention}"]
    lines += [f"{_label('label.house', lang)}{x.house}", ""] if x.house else [""]
    lines += [_heading("label.where", lang), f"  {x.where}", ""]
    lines += [_heading("label.why", lang)]
    lines += [f"  • {t(f'label.kind.{r.kind}', lang)} · {r.name}\n    {r.when}" for r in x.reasons]
    lines += [f"  {x.note}"] if x.note else []
    lines += ["", case_line(x)] + ([assumed_line(x)] if x.medium_assumed else [])
    lines += ["", _heading("label.metadata", lang), f"  {x.metadata}", ""]
    lines += [f"  ↳ {s.publisher}, {s.year}  {s.url}" for s in x.sources]
    lines += ["", t("label.reviewed", lang).format(date=x.reviewed), ""]
    return "\n".join(lines)
