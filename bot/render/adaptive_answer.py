"""AnswerView → the Teams answer card: fits one screen, the rest one click away.

Sections come in the view's order (the view decides what comes first). Each point sits in a container
styled by its severity (`attention`, `warning`, `accent`: pale backgrounds, default text colour) and
shows its title, the first one or two sentences of its advice and at most one source link; the full
advice and every source sit in a hidden container that an `Action.ToggleVisibility` button opens. The
footprint figures are said once in the main card with one equivalent; the basis and the other
equivalents are behind their own button. Outgoing-webhook cards cannot call the bot back (no Submit, no
Execute): toggles and `Action.ShowCard` run in the client. The closest topics are `Action.ShowCard`
buttons that open the topic's advice inside the card itself.

Teams refuses messages over about 28 KB: cards are kept under `MAX_CARD_BYTES` by cutting long texts
first, then whole sections from the last one, with a note saying so.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.coach.i18n import t
from bot.render import adaptive_kit as kit
from bot.render.adaptive_kit import Element, clip
from bot.render.short import lead, rest
from bot.render.view import AnswerView, FootprintView, PillarView, PointView, SourceLink

LEAD_MAX = 240  # characters of advice in the main card: one or two sentences


def _source_line(s: SourceLink, lang: str) -> Element:
    return kit.para(kit.run("• "), kit.link(clip(f"{s.label}{kit.colon(lang)}{s.title}", 200), s.url))


def _details(p: PointView, short: str, lang: str, limit: int) -> list[Element]:
    """The rest of the advice (what the main card's lead leaves out) and every source of the point."""
    more = rest(p.advice, short)
    items = [kit.line(more, limit)] if more else []
    if len(p.sources) > 1 or (items and p.sources):
        items.append(kit.line(t("ui.sources", lang), 100, weight="Bolder", spacing="Small"))
        items += [_source_line(s, lang) for s in p.sources]
    return items


def _title(p: PointView) -> Element:
    return kit.para(
        kit.run(f"{p.icon} {p.severity_label}", weight="Bolder"),
        kit.run(" · "),
        kit.run(clip(p.title, 300), weight="Bolder"),
    )


def _point(p: PointView, ident: str, limit: int, skip: str, view: AnswerView) -> Element:
    """One point: title, lead and first source in the main card; the rest behind a toggle. A point
    whose advice is the answer line (a question's direct answer) shows no text again."""
    lang = view.lang
    said = p.advice == view.answer
    short = p.advice if said else lead(p.advice, min(limit, LEAD_MAX), skip=skip)
    items = [_title(p)] if said else [_title(p), kit.line(short, limit, spacing="Small")]
    if p.sources:
        first = p.sources[0]
        items.append(kit.para(kit.run("📚 "), kit.link(first.label, first.url), spacing="Small"))
    if p.label_args is not None:  # transparency: ask the disclosure helper, e.g. "label tiktok video"
        command = kit.run(f"label {p.label_args}", fontType="Monospace")
        items.append(kit.para(kit.run(f"{p.label_intro} "), command, spacing="Small"))
    details = _details(p, short, lang, limit)
    if details:
        items += [kit.toggle(t("ui.details", lang), ident), kit.hidden(ident, details)]
    return {"type": "Container", "style": kit.SEVERITY_STYLE.get(p.severity, "default"), "items": items}


def _expanded(p: PointView, lang: str, limit: int) -> list[Element]:
    """A point with everything shown (inside a topic's `Action.ShowCard`, already one click away)."""
    return [_title(p), kit.line(p.advice, limit), *(_source_line(s, lang) for s in p.sources)]


def figures(fp: FootprintView, lang: str) -> str:
    return f"⚡ {fp.energy} · 🌍 {fp.co2e} · 💧 {fp.water} {t('ui.water', lang)}"


def _footprint_lines(view: AnswerView, fp: FootprintView, limit: int) -> list[Element]:
    """The figures (unless the answer line already says them), one equivalent, the rest behind a toggle."""
    lang = view.lang
    if fp.energy not in view.answer:
        items = [kit.line(figures(fp, lang), limit, weight="Bolder")]
        items += [kit.line(fp.equivalents[0], limit, spacing="Small")] if fp.equivalents else []
    else:  # the answer line already gives the figures: one equivalent makes them concrete
        items = [kit.line(f"{fp.title}{kit.colon(lang)}{fp.equivalents[0]}", limit)] if fp.equivalents else []
    basis = [kit.line(t("ui.basis", lang).format(basis=fp.basis), limit, isSubtle=True)]
    basis += [kit.line(e, limit, isSubtle=True, spacing="Small") for e in fp.equivalents[1:]]
    return [*items, kit.toggle(t("ui.details.footprint", lang), "fp"), kit.hidden("fp", basis)]


def _section(view: AnswerView, index: int, p: PillarView, limit: int) -> Element:
    items = [kit.heading(f"{p.icon} {p.label}", spacing="None")]
    fp = view.footprint
    if p.pillar == "footprint" and fp is not None:
        items += _footprint_lines(view, fp, limit)
    skip = fp.energy if fp is not None else ""  # the figures are said once, above
    items += [_point(x, f"d{index}-{j}", limit, skip, view) for j, x in enumerate(p.points)]
    return kit.box(items)


def _footprint_box(view: AnswerView, fp: FootprintView, limit: int) -> Element:
    return kit.box([kit.heading(f"🌱 {fp.title}", spacing="None"), *_footprint_lines(view, fp, limit)])


def _topics(view: AnswerView, topics: Mapping[str, AnswerView], limit: int) -> list[Element]:
    """The closest topics' label; those not in `topics` as lines (the others are buttons)."""
    if not view.suggestions:
        return []
    label = kit.line(t("ui.topics", view.lang), 200, weight="Bolder", spacing="Medium")
    return [label, *(kit.line(f"• {s.title}", limit) for s in view.suggestions if s.card not in topics)]


def _topic_actions(view: AnswerView, topics: Mapping[str, AnswerView], limit: int) -> list[Element]:
    """One `Action.ShowCard` per topic: a click opens its advice and sources, with no round trip."""
    actions = []
    for s in view.suggestions:
        if (topic := topics.get(s.card)) is None:
            continue
        body = [kit.box([kit.heading(f"{p.icon} {p.label}", spacing="None")]) for p in topic.pillars]
        for box, p in zip(body, topic.pillars, strict=True):
            box["items"] += [x for point in p.points for x in _expanded(point, topic.lang, limit)]
        card = {"type": "AdaptiveCard", "body": body}
        actions.append({"type": "Action.ShowCard", "title": clip(s.title, 80), "card": card})
    return actions


def _body(view: AnswerView, note: str | None, keep: int, limit: int) -> list[Element]:
    lang = view.lang
    body = [kit.line(view.header, 200, size="Large", weight="Bolder"), kit.line(view.answer, limit)]
    if note:
        body.append(kit.line(note, limit, italic=True, isSubtle=True))
    body += [_section(view, i, p, limit) for i, p in enumerate(view.pillars[:keep])]
    left = sum(len(p.points) for p in view.pillars[keep:])
    if left:
        body.append(kit.line(t("ui.more_points", lang).format(n=left), 200, isSubtle=True))
    fp = view.footprint
    if fp is not None and not any(p.pillar == "footprint" for p in view.pillars[:keep]):
        body.append(_footprint_box(view, fp, limit))
    return body


def answer_card(
    view: AnswerView, *, note: str | None = None, topics: Mapping[str, AnswerView] | None = None
) -> Element:
    """The answer: header, answer line, one section per pillar in the view's order, the footprint.
    `note` is an extra line under the answer (e.g. "your text was long: its beginning was checked").
    The closest topics (when the coach is not confident) are buttons that open the topic's view from
    `topics` (card id → the view of `Coach.topic`); a topic missing there is listed as a line.

    Under `MAX_CARD_BYTES` whatever the view holds: long texts are cut first, then whole sections are
    left out from the last one, with "…and N more point(s)".
    """
    card: Element = {}
    topics = topics or {}
    fallback = f"{view.header}{kit.colon(view.lang)}{view.answer}"
    for keep in range(len(view.pillars), -1, -1):
        for limit in kit.TEXT_LIMITS:
            body = _body(view, note, keep, limit) + _topics(view, topics, limit)
            card = kit.card(view.lang, fallback, body)
            if actions := _topic_actions(view, topics, limit):
                card["actions"] = actions
            if kit.card_size(card) <= kit.MAX_CARD_BYTES:
                return card
    return card  # unreachable in practice: header + answer at 160 characters always fit
