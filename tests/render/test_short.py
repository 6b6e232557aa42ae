"""Short forms shared by the renderers: sentences, a lead of one or two sentences, word-safe cuts."""

from __future__ import annotations

from bot.render.short import clip, lead, rest, sentences

FR = (
    "Des personnes réalistes générées par IA doivent être signalées (AI Act, art. 50, à partir du 2 août "
    "2026). Ajoutez une mention claire, par ex. « Image générée par IA », dans un souci de transparence."
)
EN = (
    "Names and customer lists are personal data under the GDPR: pasting them into a public AI tool may let "
    "the provider keep them. Remove or pseudonymise them, or use an enterprise plan covered by a data "
    "processing agreement."
)


def test_sentences_do_not_end_at_abbreviations_but_do_at_words_ending_in_m() -> None:
    assert len(sentences(FR)) == 2 and sentences(FR)[0].endswith("2026).")
    assert sentences("Keep them. Remove them.") == ["Keep them.", "Remove them."]
    assert sentences("See e.g. Midjourney. Then stop.") == ["See e.g. Midjourney.", "Then stop."]
    # a case name is one sentence: the playground once cut an advice at "(Mata v."
    case = "Lawyers were sanctioned for six fake cases (Mata v. Avianca, 2023). Check every source."
    assert sentences(case) == [
        "Lawyers were sanctioned for six fake cases (Mata v. Avianca, 2023).",
        "Check every source.",
    ]


def test_lead_takes_two_sentences_only_when_they_fit() -> None:
    assert lead(FR, 400) == FR
    assert lead(EN, 150) == sentences(EN)[0]
    assert rest(EN, lead(EN, 150)) == sentences(EN)[1]
    assert rest(FR, lead(FR, 400)) == ""


def test_lead_skips_sentences_with_figures_said_elsewhere() -> None:
    text = "About 40.5–345 Wh for 30 images. Generate fewer variants."
    assert lead(text, skip="40.5–345 Wh") == "Generate fewer variants."
    assert rest(text, "Generate fewer variants.") == text  # the details keep it all
    assert lead("Only 40.5–345 Wh.", skip="40.5–345 Wh") == "Only 40.5–345 Wh."


def test_clip_never_splits_a_word_and_says_it_cut() -> None:
    assert clip("short", 10) == "short"
    cut = clip("the quick brown fox jumps over the lazy dog", 20)
    assert cut == "the quick brown fox…" and len(cut) <= 20
    assert clip("x" * 50, 10) == "x" * 9 + "…"  # one word longer than the limit: cut, marked
