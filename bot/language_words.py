"""Draw the language detector's content words from the labelled corpus.

    .venv/bin/python -m bot.language_words > bot/coach/language_words.py

A word is a cue for one language when it appears in at least `MIN_EXAMPLES` examples of that
language and is at least `RATIO` times more frequent (per example) there than in the other: "semaine",
"devis" for French, "retention", "wording" for English. Words the detector already counts as function
words, numbers and one-letter words are left out. Rerun after adding voices to the corpus.
"""

from __future__ import annotations

import textwrap
from collections import Counter

from bot import corpus, knowledge
from bot.coach import language
from bot.coach.text import read

MIN_EXAMPLES = 5
RATIO = 6.0


def draw(examples: list[corpus.Example]) -> dict[str, list[str]]:
    seen: dict[str, Counter[str]] = {"fr": Counter(), "en": Counter()}
    for ex in examples:
        seen[ex.lang].update(set(read(ex.text).tokens))
    total: Counter[str] = Counter(ex.lang for ex in examples)
    skip = language.FUNCTION_WORDS
    out: dict[str, list[str]] = {}
    for lang, other in (("fr", "en"), ("en", "fr")):
        out[lang] = sorted(
            w
            for w, n in seen[lang].items()
            if n >= MIN_EXAMPLES
            and len(w) > 1
            and not w.isdigit()
            and w not in skip
            and (n / total[lang]) / ((seen[other][w] + 0.5) / total[other]) >= RATIO
        )
    return out


def render(words: dict[str, list[str]], count: int) -> str:
    def block(name: str, items: list[str]) -> str:
        body = textwrap.fill(" ".join(items), width=100, initial_indent="    ", subsequent_indent="    ")
        return f'{name} = frozenset(\n    """\n{body}\n    """.split()  # noqa: SIM905\n)\n'

    head = (
        '"""Content words of each language, drawn from the labelled corpus by\n'
        f"`python -m bot.language_words` ({count} examples; each word in {MIN_EXAMPLES}+ examples of its\n"
        f"language and {RATIO:g}x more frequent there than in the other). Generated: edit the corpus,\n"
        'not this file."""\n\n'
    )
    return head + block("FR_WORDS", words["fr"]) + "\n" + block("EN_WORDS", words["en"])


def main() -> None:
    examples = corpus.read(knowledge.default_dir())
    print(render(draw(examples), len(examples)), end="")


if __name__ == "__main__":
    main()
