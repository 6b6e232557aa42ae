"""The charter applied to an assessment: its own findings first, house wording and contacts added.

`CharterRules` is compiled once per charter (its patterns in one phrase index); `apply` is then a
pure function of an assessment and the text's words. Without a charter the coach never calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .charter import Charter, CharterSummary, DataClass, Plan, Status, ToolRule, contact_line, house_mention
from .findings import MAX_FINDINGS  # the charter's findings are kept, public ones make room
from .headline import headline, points_line
from .i18n import t
from .kb import Card, Tool
from .model import Assessment, Finding, Mentions, Pillar, Severity
from .phrases import PhraseIndex, merge_thousands
from .text import key, tokens
from .typography import colon

MAX_CARDS = 2  # charter cards shown per answer
ORIGIN = "charter"
_MEDIA_TOOLS = frozenset({"image", "video", "music", "voice"})
_DISCLOSED = frozenset({"image", "video", "voice", "music", "text"})  # media with a house wording


class CharterRules:
    """One charter, compiled against the lexicon's tools (labels for wording, media for pillars)."""

    def __init__(self, charter: Charter, tools: dict[str, Tool]) -> None:
        self.charter = charter
        self.tools = tools
        phrases: dict[str, tuple[str, ...]] = {}
        for rule in charter.tools:
            for plan in rule.plans:
                phrases[f"plan:{rule.tool}/{plan.plan}"] = plan.patterns
        for data in charter.data:
            phrases[f"data:{data.id}"] = data.patterns
        by_card: dict[str, tuple[str, ...]] = {}
        for card in charter.cards:
            by_card[card.id] = tuple(sorted({*by_card.get(card.id, ()), *card.keywords}))
        phrases.update({f"card:{cid}": words for cid, words in by_card.items()})
        self.index = PhraseIndex(phrases)
        self._findings: dict[tuple[object, ...], Finding | None] = {}
        # Public findings come from a finite knowledge base: each is enriched once per medium and language.
        self._enriched = lru_cache(maxsize=4096)(self._enriched_uncached)

    # --- wording helpers --------------------------------------------------------------------------
    def label(self, tool_id: str | None) -> str:
        if tool_id is None:
            return ""
        tool = self.tools.get(tool_id)
        return tool.label if tool else tool_id

    def _advice(self, text: str, section: str, lang: str) -> str:
        where = t("charter.section", lang).format(section=section) if section else ""
        return t("charter.advice", lang).format(section=where, text=text.strip())

    def _questions(self, pillar: Pillar | None, lang: str) -> str:
        contact = self.charter.contact(pillar)
        line = contact_line(contact, lang) if contact else ""
        return " " + t("charter.questions", lang).format(contact=line) if line else ""

    # --- findings ---------------------------------------------------------------------------------
    def tool_findings(self, mentions: Mentions, found: set[str], lang: str) -> list[Finding]:
        out = []
        for tool_id in mentions.tools:
            rule = self.charter.tool_rule(tool_id)
            if rule is None:
                continue
            plan = next((p for p in rule.plans if f"plan:{tool_id}/{p.plan}" in found), None)
            finding = self._memo(
                ("tool", tool_id, plan.plan if plan else "", lang), self._tool_finding, rule, plan, lang
            )
            if finding is not None:
                out.append(finding)
        return out

    def _tool_finding(self, rule: ToolRule, plan: Plan | None, lang: str) -> Finding | None:
        status = plan.status if plan else rule.status
        reason = (plan.reason if plan and plan.reason else rule.reason) or None
        name = plan.label[lang] if plan else self.label(rule.tool)
        pillar = rule.pillar or (
            Pillar.COPYRIGHT if self._medium(rule.tool) in _MEDIA_TOOLS else Pillar.PRIVACY
        )
        source = (self.charter.source(rule.section),)
        if status is Status.CONDITIONS:
            advice = self._advice(reason[lang] if reason else "", rule.section, lang)
            title = t("charter.tool.conditions", lang).format(tool=name)
            return Finding(pillar, Severity.INFO, title, advice, (), source, "", origin=ORIGIN)
        if status is Status.APPROVED:
            return None
        alternative = self._alternative(rule, plan, lang)
        why = reason[lang] if reason else t("charter.tool.not_approved_reason", lang).format(tool=name)
        text = why.strip()
        if alternative:
            alt_rule = self._approved_rule(rule, plan)
            alt_why = f" ({alt_rule.reason[lang].rstrip('.')})" if alt_rule and alt_rule.reason else ""
            text += " " + t("charter.tool.alternative", lang).format(alternative=alternative, why=alt_why)
            title = t("charter.tool.not_approved", lang).format(tool=name, alternative=alternative)
            action = t("charter.tool.action", lang).format(tool=name, alternative=alternative)
        else:
            title = t("charter.tool.not_approved_alone", lang).format(tool=name)
            action = t("charter.tool.action_alone", lang).format(tool=name)
        advice = self._advice(text, rule.section, lang) + self._questions(pillar, lang)
        return Finding(pillar, Severity.WARNING, title, advice, (), source, action, origin=ORIGIN)

    def _medium(self, tool_id: str) -> str:
        tool = self.tools.get(tool_id)
        return tool.medium if tool else ""

    def _approved_plan(self, rule: ToolRule) -> Plan | None:
        return next((p for p in rule.plans if p.status is Status.APPROVED), None)

    def _alternative(self, rule: ToolRule, plan: Plan | None, lang: str) -> str:
        """A plan refused: the tool's approved plan, if any; else the charter's named alternative."""
        if plan is not None and (approved := self._approved_plan(rule)) is not None:
            return approved.label[lang]
        return self.label(rule.alternative)

    def _approved_rule(self, rule: ToolRule, plan: Plan | None) -> ToolRule | Plan | None:
        if plan is not None and (approved := self._approved_plan(rule)) is not None:
            return approved
        return self.charter.tool_rule(rule.alternative) if rule.alternative else None

    def data_findings(self, mentions: Mentions, found: set[str], lang: str) -> list[Finding]:
        out = []
        for data in self.charter.data:
            if f"data:{data.id}" in found or any(c in mentions.facts for c in data.concepts):
                out.append(self._memo(("data", data.id, lang), self._data_finding, data, lang))
        return [f for f in out if f is not None]

    def _data_finding(self, data: DataClass, lang: str) -> Finding:
        label = data.label[lang]
        title = t("charter.data.title", lang).format(label=label)
        advice = self._advice(data.rule[lang], data.section, lang) + self._questions(Pillar.PRIVACY, lang)
        action = t("charter.data.action", lang).format(label=label[:1].lower() + label[1:])
        source = (self.charter.source(data.section),)
        return Finding(Pillar.PRIVACY, Severity.CRITICAL, title, advice, (), source, action, origin=ORIGIN)

    def _memo(
        self, key: tuple[object, ...], build: Callable[..., Finding | None], *args: object
    ) -> Finding | None:
        """The charter's findings are its own text only: built once per (item, language), then shared."""
        if key not in self._findings:
            self._findings[key] = build(*args)
        return self._findings[key]

    def card_findings(self, found: set[str], public: tuple[Finding, ...], lang: str) -> list[Finding]:
        """The charter's own cards whose keywords the text names, at the severity of the public point
        of the same pillar (so they show just before it), else as good to know."""
        out: list[Finding] = []
        cards = [c for c in self.charter.cards if c.lang == lang and f"card:{c.id}" in found]
        for card in cards[:MAX_CARDS]:
            same = [f.severity for f in public if f.pillar is card.pillar]
            severity = max(same, key=lambda s: s.rank) if same else Severity.INFO
            made = self._memo(("card", card.id, severity, lang), self._card_finding, card, severity)
            out += [made] if made is not None else []
        return out

    def _card_finding(self, card: Card, severity: Severity) -> Finding:
        sources = (self.charter.source(), *card.sources)[:4]
        return Finding(
            card.pillar, severity, card.title, card.summary, (card.id,), sources, card.action, origin=ORIGIN
        )

    # --- what the public findings gain -------------------------------------------------------------
    def enrich(self, finding: Finding, mentions: Mentions, lang: str) -> Finding:
        """A transparency point gets the house wording; a critical one says whom to ask."""
        if finding.pillar is not Pillar.TRANSPARENCY and finding.severity is not Severity.CRITICAL:
            return finding
        medium = next((m for m in mentions.media if m in _DISCLOSED), "any")
        return self._enriched(finding, medium, lang)

    def _enriched_uncached(self, finding: Finding, medium: str, lang: str) -> Finding:
        advice, sources = finding.advice, finding.sources
        if finding.pillar is Pillar.TRANSPARENCY:
            mention = house_mention(self.charter, medium, lang) or house_mention(self.charter, "any", lang)
            if mention:  # first: the main message shows an advice's first sentences
                advice = t("charter.house_mention", lang).format(text=mention) + ". " + advice
                sources = (*sources, self.charter.source())[:5]
        if finding.severity is Severity.CRITICAL:
            advice += self._questions(finding.pillar, lang)
        if advice == finding.advice:
            return finding
        return replace(finding, advice=advice, sources=sources)

    def summary(self, lang: str, key_rule_count: int = 3) -> CharterSummary:
        """What `/ai-check charter` shows in `lang`."""
        lists: dict[Status, list[str]] = {status: [] for status in Status}
        for rule in self.charter.tools:
            lists[rule.status].append(self._summary_item(rule, lang))
            for plan in rule.plans:
                lists[plan.status].append(plan.label[lang])
        rules = [r[lang] for r in self.charter.key_rules] or [d.rule[lang] for d in self.charter.data]
        contacts = tuple(
            f"{c.name[lang]}{colon(lang)} {contact_line(c, lang)}"
            for c in self.charter.contacts
            if contact_line(c, lang)
        )
        ref = self.charter.reference
        return CharterSummary(
            lang,
            self.charter.organisation,
            ref.title,
            ref.url,
            tuple(lists[Status.APPROVED]),
            tuple(lists[Status.CONDITIONS]),
            tuple(lists[Status.NOT_APPROVED]),
            tuple(rules[:key_rule_count]),
            contacts,
        )

    def _summary_item(self, rule: ToolRule, lang: str) -> str:
        """ "Adobe Firefly"; "ChatGPT : <conditions>"; "Midjourney → use Adobe Firefly"."""
        name = self.label(rule.tool)
        if rule.status is Status.CONDITIONS and rule.reason:
            return f"{name}{colon(lang)} {rule.reason[lang]}"
        if rule.status is Status.NOT_APPROVED and rule.alternative:
            return t("charter.summary.use", lang).format(tool=name, alternative=self.label(rule.alternative))
        return name


def words(text: str) -> list[str]:
    """The text's matching keys, as the lexicon's extractor reads them."""
    return merge_thousands([key(w) for w in tokens(text.replace("%", " percent "))])


def apply(
    rules: CharterRules, assessment: Assessment, text: str, lexicon_tools: dict[str, Tool]
) -> Assessment:
    """`assessment` under the charter: its findings first (tools, data, cards), public ones enriched."""
    lang, mentions = assessment.language, assessment.mentions
    found = {fact for _, _, fact in rules.index.find(words(text))}
    plans = tuple(
        f[5:] for f in sorted(found) if f.startswith("plan:") and f[5:].split("/")[0] in mentions.tools
    )
    if plans:  # recorded with the usage event (ids only), so the digest can count refused plans
        assessment = replace(assessment, mentions=replace(mentions, plans=plans))
    own = rules.tool_findings(mentions, found, lang) + rules.data_findings(mentions, found, lang)
    own += rules.card_findings(found, assessment.findings, lang)
    public = [rules.enrich(f, mentions, lang) for f in assessment.findings]
    if not own and public == list(assessment.findings):
        return assessment
    room = max(0, MAX_FINDINGS - len(own))
    # Stable sort: at each severity the charter's points come before the public ones.
    findings = tuple(sorted([*own, *public[:room]], key=lambda f: -f.severity.rank)[:MAX_FINDINGS])
    if not own:
        return replace(assessment, findings=findings)
    answer = assessment.answer
    if not mentions.is_question or not assessment.findings:
        answer = points_line(findings, lang)
    head = "" if mentions.is_question else headline(findings, mentions.tools, lexicon_tools, lang)
    return replace(assessment, findings=findings, answer=answer, headline=head)
