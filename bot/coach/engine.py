"""The assessment: text → findings, footprint and a one-line answer. Pure and deterministic."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .charter import Charter, CharterSummary, house_mention
from .charter_apply import CharterRules, apply
from .classifier import Scores
from .disclosure import Label, LabelAnswer, Vocabulary, hint
from .disclosure import answer as label_answer
from .extract import Extractor
from .findings import estimate_line, merged
from .footprint import FootprintCalculator, ModelEstimator
from .headline import headline, points_line
from .i18n import t
from .kb import KnowledgeBase
from .language import detect
from .model import LANGS, Assessment, Finding, Footprint, LabelHint, Mentions, Pillar, Quantity, Severity
from .retrieval import Index
from .rules import CompiledRule, fired, sources_of, to_finding
from .text import MAX_CHARS, Words, clean, read
from .understanding import Policy, Understanding

PILLAR_ORDER = [p.value for p in Pillar]


@dataclass(frozen=True, slots=True)
class UsageReport:
    language: str
    tools: tuple[str, ...]
    media: tuple[str, ...]
    quantities: tuple[Quantity, ...]
    footprint: Footprint

    @property
    def units(self) -> float:
        return sum(q.units for q in self.quantities)


MIN_SCORE = 1.0  # BM25 score under which a card does not answer the question
SECOND_ANSWER = 0.75  # a second card answers too only when it scores close to the first
HINT_BOOST = 2.0  # cards of a pillar the question's words point at (lexicon `pillar_hints`)
ABOUT_AI = ("tool", "topic:ai", "intent:generate")
FOOTPRINT_TOPICS = ("topic:energy", "topic:water", "topic:carbon")
ASKED_FIGURES = ("topic:carbon", "topic:water")  # said in the estimate's point when asked about
# Things people made without AI: a count in a text that names no AI and says one of these words
# ("we printed 500 posters", "shot with our photographer") is no batch of generations.
MADE_BY_PEOPLE = frozenset(
    {"printed", "reprinted", "imprime", "imprimes", "imprimee", "imprimees", "tirage", "tirages"}
    | {"photographer", "photographers", "photographe", "photographes", "filmed", "tournage"}
)
LABELLED_MEMO = 4096  # transparency findings with their label link (cards × places × media in practice)


def _blocked(findings: tuple[Finding, ...]) -> bool:
    """A critical point leads the answer, whatever was asked."""
    return bool(findings) and findings[0].severity is Severity.CRITICAL


class Coach:
    """Built once per knowledge base (indexes, compiled lexicon); `assess` is then cheap."""

    def __init__(
        self,
        kb: KnowledgeBase,
        estimator: ModelEstimator | None = None,
        default_lang: str = "fr",
        policy: Policy | None = None,
        charter: Charter | None = None,
    ):
        self.kb = kb
        self.understanding = Understanding(kb, policy or Policy()) if kb.classifier else None
        self.default_lang = default_lang if default_lang in LANGS else "fr"
        self.extractor = Extractor(kb.lexicon)
        # Keyword search answers questions only when no classifier was trained (see `_answers`).
        self.indexes = {} if self.understanding else {lang: Index(lang, kb.cards_in(lang)) for lang in LANGS}
        self.footprints = FootprintCalculator(kb.footprint, kb.lexicon.tools, estimator)
        self.rules = tuple(CompiledRule.of(r) for r in kb.rules)
        # Rule findings are knowledge-base text only: built once per language, shared by every answer.
        self._rule_findings = {(r.id, lang): to_finding(kb, r, lang) for r in kb.rules for lang in LANGS}
        self.vocabulary = Vocabulary(kb.disclosure) if kb.disclosure is not None else None
        self._labelled: dict[tuple[Finding, LabelHint], Finding] = {}
        self.charter_rules: CharterRules | None = None
        self.use_charter(charter)

    def label(self, text: str, lang: str | None = None, default: str | None = None) -> Label | None:
        """`label <where> [what]`: the disclosure helper's answer, in `lang`, else the words' language, else
        `default` (e.g. the browser's), else the coach's. None when the base has no disclosure data."""
        if self.vocabulary is None or self.kb.disclosure is None:
            return None
        fallback = default if default in LANGS else self.default_lang
        found = label_answer(self.kb.disclosure, self.vocabulary, text, lang, fallback)
        house = (
            house_mention(self.charter, found.medium, found.lang) if isinstance(found, LabelAnswer) else None
        )
        return replace(found, house=house) if house and isinstance(found, LabelAnswer) else found

    @property
    def charter(self) -> Charter | None:
        """The organisation's AI charter the coach applies (None: public rules only)."""
        return self.charter_rules.charter if self.charter_rules else None

    def use_charter(self, charter: Charter | None) -> None:
        """Apply `charter` from the next assessment on (one assignment: a reload swaps it whole)."""
        self.charter_rules = CharterRules(charter, self.kb.lexicon.tools) if charter else None

    def charter_summary(self, lang: str | None = None) -> CharterSummary | None:
        """`/ai-check charter`: the approved tools and the key rules in `lang`; None without a charter."""
        rules = self.charter_rules
        return rules.summary(lang if lang in LANGS else self.default_lang) if rules else None

    def assess(self, text: str, lang: str | None = None) -> Assessment:
        text = clean(text[: MAX_CHARS * 2])[:MAX_CHARS]
        words = read(text)  # folded and split once, read by every step
        assessment = self._linked(self._assess(words, lang), words)
        rules = self.charter_rules  # read once: a reload between the two steps changes nothing here
        about_ai = assessment.findings or any(f in assessment.mentions.facts for f in ABOUT_AI)
        if rules is None or not about_ai:  # off-topic text: the charter has nothing to say either
            return assessment
        return apply(rules, assessment, text, self.kb.lexicon.tools)

    def _linked(self, a: Assessment, text: Words) -> Assessment:
        """Transparency findings point at the disclosure helper, with the place and medium the text names."""
        if self.vocabulary is None or not any(f.pillar is Pillar.TRANSPARENCY for f in a.findings):
            return a
        link = hint(self.vocabulary, text, a.mentions.media)
        found = tuple(self._with_label(f, link) if f.pillar is Pillar.TRANSPARENCY else f for f in a.findings)
        return replace(a, findings=found)

    def _with_label(self, finding: Finding, link: LabelHint) -> Finding:
        """`finding` linking to `link`: knowledge-base text and a lexicon place and medium, so made
        once per pair and shared (bounded: the memo is reset when full)."""
        made = self._labelled.get((finding, link))
        if made is None:
            if len(self._labelled) >= LABELLED_MEMO:
                self._labelled.clear()
            made = self._labelled[(finding, link)] = replace(finding, label=link)
        return made

    def _assess(self, words: Words, lang: str | None) -> Assessment:
        language = lang if lang in LANGS else detect(words, self.default_lang)
        assert language is not None
        text = words.text
        if not text:
            return Assessment(language, (), None, t("answer.empty", language))
        mentions = self.extractor.extract(words)
        if self.understanding is not None:
            return self._understood(words, mentions, language)
        about_ai = any(f in mentions.facts for f in ABOUT_AI)
        footprint = (
            self.footprints.compute(mentions.quantities, mentions.tools, language) if about_ai else None
        )
        answers = self._answers(text, mentions, language) if about_ai and mentions.is_question else []
        findings = self._findings(mentions, language, footprint, answers)
        answer = self._answer(findings, answers, footprint, language, about_ai, mentions.is_question)
        return Assessment(
            language, findings, footprint, answer, mentions, (), self._headline(findings, mentions, language)
        )

    def _understood(self, words: Words, mentions: Mentions, language: str) -> Assessment:
        """The trained classifier decides what the message is about; rules add what must not be missed."""
        assert self.understanding is not None and self.kb.classifier is not None
        scores: Scores = self.kb.classifier.scores(words, mentions.facts)
        names_ai = any(f in mentions.facts for f in ABOUT_AI)
        # "We won't use AI for the press release, I just want to know when journalists open it": no tool
        # and AI ruled out, so only what the message names outright is answered (rules still speak).
        denies_ai = "negated:topic" in mentions.facts and not names_ai
        about_ai = names_ai or (not denies_ai and self.understanding.about_ai(scores))
        footprint = None
        # "Combien de CO2 pour les 50 images ?" asked of an AI coach is about generating them.
        asks_footprint = any(f in mentions.facts for f in FOOTPRINT_TOPICS)
        # "12 images of brides…" sent to an AI coach is about generating them; "pas d'IA" is not
        unnamed = (
            scores.pillar(Pillar.FOOTPRINT.value) >= self.understanding.policy.unnamed_footprint
            and "negated:topic" not in mentions.facts
            and MADE_BY_PEOPLE.isdisjoint(words.tokens)
        )
        if (names_ai or asks_footprint or unnamed) and self.understanding.wants_footprint(scores, mentions):
            footprint = self.footprints.compute(mentions.quantities, mentions.tools, language)
        rules = fired(self.rules, mentions.facts, mentions.is_question)
        absent = self.understanding.readings.absent(mentions.facts)
        # "No people at all": a rule whose every card is about the absent thing has nothing to say.
        kept = [
            r
            for r in self.understanding.keep_rules(rules, scores, footprint is not None)
            if not set(r.cards) <= absent
        ]
        cards = self.understanding.card_findings(
            scores, kept, mentions.is_question, language, names_ai, absent, mentions.facts
        )
        if denies_ai:
            cards = [
                c for c in cards if self.understanding.readings.names_subject(c.pillar.value, mentions.facts)
            ]
        found = [self._rule_findings[(r.id, language)] for r in kept]
        cited = frozenset(c for f in found for c in f.cards)
        found = [self.understanding.sharpened(f, scores, language, cited) for f in found]
        # A question's cards are its answer and lead; a plan's join the rules, most serious first.
        answers, found = (cards, found) if mentions.is_question else ([], found + cards)
        # "combien d'eau…": the estimate says the figure asked for, not only the energy
        asked = tuple(f for f in ASKED_FIGURES if f in mentions.facts)
        findings = merged(found, footprint, answers, language, asked, asks_footprint)
        suggestions = () if findings or not about_ai else self.understanding.suggestions(scores, language)
        answer = (
            t("answer.unsure", language)  # a question it cannot answer: say so, the surfaces offer topics
            if suggestions and mentions.is_question
            else self._answer(
                findings, answers, footprint, language, about_ai, mentions.is_question, mentions.tools
            )
        )
        # "…rough energy per month?" for a counted use: the figure. (One prompt asked about is an
        # example: its card's verdict, with its sourced range, answers better than one estimate.)
        counted = any(q.count > 1 or q.period for q in mentions.quantities)
        if (
            asks_footprint
            and mentions.is_question
            and counted
            and footprint is not None
            and not _blocked(findings)
        ):
            answer = estimate_line(footprint, language, asked)
        head = self._headline(findings, mentions, language)
        return Assessment(language, findings, footprint, answer, mentions, suggestions, head)

    def _headline(self, findings: tuple[Finding, ...], mentions: Mentions, lang: str) -> str:
        """A plan's first line: what to do, from its most serious point. A question's is its answer."""
        return "" if mentions.is_question else headline(findings, mentions.tools, self.kb.lexicon.tools, lang)

    def topic(self, card_id: str, lang: str | None = None) -> Assessment | None:
        """The answer for a topic the person chose among the suggestions: that card's title, summary
        and sources, answered like a question about it. None when `card_id` is not in the knowledge base.
        """
        language = lang if lang in LANGS else self.default_lang
        card = self.kb.card(card_id, language) if card_id in self.kb.ids else None
        if card is None:
            return None
        sources = sources_of(self.kb, [card.id], language)
        finding = Finding(
            card.pillar, Severity.INFO, card.title, card.summary, (card.id,), sources, card.action
        )
        return Assessment(language, (finding,), None, card.summary, Mentions(is_question=True))

    def usage_report(self, text: str, lang: str | None = None) -> UsageReport | None:
        """`log midjourney 12 images`: the tool and quantity reported, with their footprint.

        None unless the text names a quantity of generation: nothing is half-recorded.
        """
        text = clean(text[:2000])
        language = lang if lang in LANGS else detect(text, self.default_lang)
        mentions = self.extractor.extract(text)
        if not mentions.quantities:
            return None
        footprint = self.footprints.compute(mentions.quantities, mentions.tools, language)
        assert footprint is not None
        return UsageReport(language, mentions.tools, mentions.media, mentions.quantities, footprint)

    def _answers(self, text: str, mentions: Mentions, lang: str) -> list[Finding]:
        """A question gets the best matching cards of the best matching pillar, as `info` findings.

        Cards are searched in the language the question is written in (whatever `--lang` asks for
        the answer), and cards of the pillars the question's words point at rank higher.
        """
        search_lang = detect(text, lang)
        hints = {p for f, p in self.kb.lexicon.pillar_hints.items() if f in mentions.facts}
        hits = [
            (s * (HINT_BOOST if c.pillar in hints else 1.0), c)
            for s, c in self.indexes[search_lang].search(text, k=8)
        ]
        hits = sorted((h for h in hits if h[0] >= MIN_SCORE), key=lambda h: (-h[0], h[1].id))
        if not hits:
            return []
        best, top = hits[0][0], hits[0][1].pillar
        cards = [
            self.kb.card(c.id, lang) for s, c in hits[:2] if c.pillar == top and s >= SECOND_ANSWER * best
        ]
        return [
            Finding(
                c.pillar,
                Severity.INFO,
                c.title,
                c.summary,
                (c.id,),
                sources_of(self.kb, [c.id], lang),
                c.action,
            )
            for c in cards
            if c is not None
        ]

    def _findings(
        self, mentions: Mentions, lang: str, footprint: Footprint | None, answers: list[Finding]
    ) -> tuple[Finding, ...]:
        rules = fired(self.rules, mentions.facts, mentions.is_question)
        found = [self._rule_findings[(r.id, lang)] for r in rules]
        return merged(found, footprint, answers, lang)

    def _answer(
        self,
        findings: tuple[Finding, ...],
        answers: list[Finding],
        fp: Footprint | None,
        lang: str,
        about_ai: bool,
        question: bool = False,
        tools: tuple[str, ...] = (),
    ) -> str:
        if answers and _blocked(findings) and findings[0] not in answers:
            # A blocking point outranks the verdict of a card about something else: "ok to send?" with
            # health data in it is not answered "Yes, if people opted in".
            action = headline(findings, tools, self.kb.lexicon.tools, lang)
            if not action:
                return findings[0].title
            return t("answer.not_as_is", lang).format(action=action.rstrip("."))
        if answers:  # the direct answer first (yes / no / it depends); the finding says why
            card = self.kb.card(answers[0].cards[0], lang)
            return card.verdict if card is not None and card.verdict else answers[0].advice
        if not findings:
            return t(
                ("answer.no_card" if question else "answer.clear") if about_ai else "answer.off_topic", lang
            )
        # The footprint's figures are said once, in its point: not here.
        return points_line(findings, lang)
