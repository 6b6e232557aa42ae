"""A coach that is never sure: surfaces' tests of the closest topics, independent of the classifier.

Which texts the classifier abstains on moves whenever its corpus or thresholds are tuned; what a
surface does with `suggestions` does not. This wraps the real coach: every check gets the real
language, no finding, the "not sure" line and fixed topics (real cards, titles in that language);
`topic` is the real `Coach.topic`.
"""

from __future__ import annotations

from bot.coach.engine import Coach
from bot.coach.i18n import t
from bot.coach.model import Assessment, Mentions, Suggestion

TOPICS = ("accuracy/hallucinations", "transparency/audience-trust", "footprint/water")


class UnsureCoach:
    def __init__(self, coach: Coach, cards: tuple[str, ...] = TOPICS) -> None:
        self.coach = coach
        self.cards = cards

    def suggestions(self, lang: str) -> tuple[Suggestion, ...]:
        cards = ((c, self.coach.kb.card(c, lang)) for c in self.cards)
        return tuple(Suggestion(c, card.title) for c, card in cards if card is not None)

    def assess(self, text: str, lang: str | None = None) -> Assessment:
        language = self.coach.assess(text, lang).language
        unsure = t("answer.unsure", language)
        return Assessment(language, (), None, unsure, Mentions(is_question=True), self.suggestions(language))

    def topic(self, card_id: str, lang: str | None = None) -> Assessment | None:
        return self.coach.topic(card_id, lang)
