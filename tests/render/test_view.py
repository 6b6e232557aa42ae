"""The platform-neutral view of an assessment: what every surface shows, worded and localised."""

from __future__ import annotations

from bot.coach.model import Assessment, Finding, Footprint, Mentions, Pillar, Range, Severity, Source
from bot.render.view import PILLAR_ICON, SEVERITY_ICON, AnswerView, SourceLink, answer_view, lead

SRC = Source("Regulation (EU) 2024/1689", "EUR-Lex", 2024, "https://eur-lex.europa.eu/eli/reg/2024/1689/oj")
SRC2 = Source("Stable Bias", "Hugging Face", 2023, "https://huggingface.co/spaces/society-ethics/StableBias")

FP = Footprint(
    Range(40.5, 345.0),
    Range(0.0437, 1.49),
    Range(15.6, 158.0),
    "30 × image, Midjourney",
    ("≈ 1.84–28.8 smartphone charges",),
)


def f(pillar: Pillar, severity: Severity, title: str = "T", *sources: Source) -> Finding:
    return Finding(pillar, severity, title, f"advice for {title}", (f"{pillar.value}/x",), sources or (SRC,))


def view(
    *findings: Finding, lang: str = "en", question: bool = False, fp: Footprint | None = None
) -> AnswerView:
    return answer_view(Assessment(lang, findings, fp, "the answer", Mentions(is_question=question)))


def test_most_serious_first_then_by_pillar_with_consecutive_points_grouped() -> None:
    v = view(
        f(Pillar.ACCURACY, Severity.CRITICAL, "a1"),
        f(Pillar.BIAS, Severity.WARNING, "b1"),
        f(Pillar.TRANSPARENCY, Severity.WARNING, "t1"),
        f(Pillar.ACCURACY, Severity.INFO, "a2"),
    )
    assert [p.title for p in v.points] == ["a1", "b1", "t1", "a2"]
    assert [p.pillar for p in v.pillars] == ["accuracy", "bias", "transparency", "accuracy"]
    assert v.point_count == 4 and v.to_act == 3


def test_the_view_puts_a_stray_info_after_what_must_be_fixed() -> None:
    v = view(f(Pillar.BIAS, Severity.INFO, "i"), f(Pillar.PRIVACY, Severity.CRITICAL, "c"))
    assert [p.title for p in v.points] == ["c", "i"]


def test_labels_icons_and_severities_in_english() -> None:
    v = view(f(Pillar.PRIVACY, Severity.CRITICAL, "Keep personal data out"))
    (pillar,) = v.pillars
    assert (pillar.label, pillar.icon) == ("Privacy", PILLAR_ICON["privacy"])
    (point,) = pillar.points
    assert point.severity == "critical"
    assert point.severity_label == "Must fix"
    assert point.icon == SEVERITY_ICON["critical"] == "⛔"
    assert point.title == "Keep personal data out"
    assert point.advice == "advice for Keep personal data out"


def test_french_labels() -> None:
    v = view(f(Pillar.COPYRIGHT, Severity.WARNING), f(Pillar.PRIVACY, Severity.INFO), lang="fr")
    assert [p.label for p in v.pillars] == ["Droits d'auteur", "Données personnelles"]
    assert v.pillars[0].points[0].severity_label == "À vérifier"
    assert v.pillars[1].points[0].severity_label == "Bon à savoir"
    assert v.lang == "fr"


def test_sources_become_links() -> None:
    v = view(f(Pillar.BIAS, Severity.WARNING, "b", SRC2, SRC))
    assert v.pillars[0].points[0].sources == (
        SourceLink("Hugging Face (2023)", "Stable Bias", SRC2.url),
        SourceLink("EUR-Lex (2024)", "Regulation (EU) 2024/1689", SRC.url),
    )


def test_headers_say_what_to_do_from_the_most_serious_point() -> None:
    assert view().header == "AI coach"
    assert view(lang="fr").header == "Coach IA"
    two = (f(Pillar.BIAS, Severity.INFO, "Tip"), f(Pillar.PRIVACY, Severity.CRITICAL, "Fix it"))
    a = Assessment(
        "en", two, None, "1 point to fix before you start.", Mentions(), headline="Remove the emails"
    )
    assert answer_view(a).header == "⛔ Remove the emails"
    assert view(*two).header == "⛔ Fix it"  # no headline given: the most serious point's title
    assert "points to review" not in view(*two).header


def test_a_question_leaves_the_direct_answer_to_the_answer_line() -> None:
    info = f(Pillar.FOOTPRINT, Severity.INFO, "How much water")
    assert view(info, question=True).header == "AI coach answer"
    assert view(info, question=True, lang="fr").header == "Réponse du coach IA"
    warned = (info, f(Pillar.PRIVACY, Severity.WARNING))
    assert view(*warned, question=True).header == "AI coach answer"


def test_short_text_is_one_or_two_sentences_cut_at_a_clause() -> None:
    assert lead("One. Two.") == "One. Two."
    long = "First sentence, " + "with words " * 30 + "end. Second one."
    out = lead(long)
    assert out.endswith("…") and len(out) <= 180 and "Second" not in out
    assert lead("Banned in the US (FTC rule, " + "x " * 100 + ") and more.").endswith("US…")


def test_footprint_view() -> None:
    v = view(f(Pillar.FOOTPRINT, Severity.INFO), fp=FP)
    assert v.footprint is not None
    assert v.footprint.title == "Estimated footprint"
    assert (v.footprint.energy, v.footprint.co2e, v.footprint.water) == (
        "40.5–345 Wh",
        "15.6–158 g CO2e",
        "0.044–1.49 L",
    )
    assert v.footprint.basis == "30 × image, Midjourney"
    assert v.footprint.equivalents == ("≈ 1.84–28.8 smartphone charges",)
    fr = view(fp=FP, lang="fr").footprint
    assert fr is not None
    assert fr.title == "Empreinte estimée"
    assert (fr.energy, fr.co2e, fr.water) == ("40,5–345\u202fWh", "15,6–158\u202fg CO2e", "0,044–1,49\u202fL")


def test_no_footprint() -> None:
    assert view(f(Pillar.BIAS, Severity.INFO)).footprint is None


def test_answer_is_carried_and_nothing_else_of_the_text() -> None:
    v = view()
    assert v.answer == "the answer"
    assert v.pillars == () and v.point_count == 0


def test_every_pillar_has_an_icon_and_a_label() -> None:
    for p in Pillar:
        v = view(f(p, Severity.INFO))
        assert v.pillars[0].icon == PILLAR_ICON[p.value]
        assert v.pillars[0].label[:1].isupper()
