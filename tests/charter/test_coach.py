"""The coach with the charter of tests/data and without it: the same texts, the charter's own points
first (origin "charter", its own reference as source), house wording and contacts added."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from bot.coach.charter import house_mention
from bot.coach.engine import Coach
from bot.coach.model import Severity
from bot.render.charter import charter_text
from tests.charter.conftest import CHARTER

MIDJOURNEY_FR = "On va générer 30 visuels avec Midjourney pour Instagram"
CHARTER_URL = "https://intranet.aurea.example/charte-ia"
TEXTS = [
    MIDJOURNEY_FR,
    "Je colle les résultats trimestriels non publiés dans ChatGPT gratuit pour en faire un résumé",
    "Can I use DeepSeek to summarise customer complaints with names and emails?",
    "Write a LinkedIn post with ChatGPT Enterprise about our new serum",
    "How much water does a prompt use?",
    "Générer des packshots avec Firefly pour le site",
]


def charter_points(coach: Coach, text: str, lang: str | None = None) -> list[dict[str, Any]]:
    return [f for f in coach.assess(text, lang).as_dict()["findings"] if f.get("origin") == "charter"]


def test_without_a_charter_nothing_is_marked_and_nothing_changes(plain: Coach, charted: Coach) -> None:
    for text in TEXTS:
        # the key, not the word: advice may speak of checking a summary "against the originals"
        assert '"origin":' not in json.dumps(plain.assess(text).as_dict())
    assert plain.charter is None and plain.charter_summary("fr") is None
    charted_off = Coach(charted.kb, default_lang="fr")  # the same base, no charter
    for text in TEXTS:
        assert charted_off.assess(text) == plain.assess(text)


def test_a_tool_not_approved_names_the_approved_alternative_and_cites_the_charter(charted: Coach) -> None:
    [point] = charter_points(charted, MIDJOURNEY_FR)
    assert point["title"] == "Midjourney n'est pas autorisé ici — utilisez Adobe Firefly"
    assert point["advice"].startswith("Votre charte IA (§ 3.2)\u202f: Aucune garantie")
    assert "Adobe Firefly est autorisé (images sous licence" in point["advice"]
    assert point["severity"] == "warning" and point["pillar"] == "copyright"
    [source] = point["sources"]
    assert source["url"] == CHARTER_URL and source["publisher"] == "Maison Auréa"
    assert source["title"].endswith("§ 3.2")
    english = charter_points(charted, "We'll generate 30 visuals with Midjourney for Instagram")
    assert english[0]["title"] == "Midjourney is not approved here — use Adobe Firefly"
    assert charted.assess(MIDJOURNEY_FR).headline == "Utilisez Adobe Firefly plutôt que Midjourney"


def test_the_charter_point_leads_its_severity(charted: Coach) -> None:
    findings = charted.assess(MIDJOURNEY_FR).findings
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    assert warnings[0].origin == "charter"
    assert [f.severity.rank for f in findings] == sorted((f.severity.rank for f in findings), reverse=True)


def test_plans_free_refused_enterprise_approved(charted: Coach) -> None:
    points = charter_points(charted, TEXTS[1])
    titles = [p["title"] for p in points]
    assert "ChatGPT gratuit n'est pas autorisé ici — utilisez ChatGPT Enterprise" in titles
    assert "Résultats non publiés\u202f: votre charte dit jamais dans un prompt" in titles
    assert charter_points(charted, TEXTS[3]) == []  # ChatGPT Enterprise: approved, nothing to say


def test_forbidden_data_is_critical_and_says_whom_to_ask(charted: Coach) -> None:
    points = charter_points(charted, TEXTS[2])
    data = next(p for p in points if p["title"].startswith("Customer data"))
    assert data["title"] == "Customer data: your charter says never in a prompt"
    assert data["severity"] == "critical" and data["pillar"] == "privacy"
    assert data["advice"].endswith("Questions? #legal-ai · Teams: Juridique IA · dpo@aurea.example")
    assert data["sources"][0]["title"].endswith("§ 4.1")
    public_critical = [
        f for f in charted.assess(TEXTS[2]).findings if f.severity is Severity.CRITICAL and not f.origin
    ]
    assert public_critical and all("Questions? #legal-ai" in f.advice for f in public_critical)
    tool = next(p for p in points if p["title"].startswith("DeepSeek"))
    assert tool["title"] == "DeepSeek is not approved here — use Microsoft Copilot"


def test_transparency_points_carry_the_house_wording(charted: Coach, plain: Coach) -> None:
    def transparency(coach: Coach, text: str) -> str:
        return " ".join(f.advice for f in coach.assess(text).findings if f.pillar.value == "transparency")

    assert "Visuel créé avec l'aide de l'IA" in transparency(charted, MIDJOURNEY_FR)
    assert "Visuel créé" not in transparency(plain, MIDJOURNEY_FR)
    assert "Content created with the help of AI and reviewed by our team" in transparency(charted, TEXTS[3])
    cited = [
        s.url
        for f in charted.assess(MIDJOURNEY_FR).findings
        if f.pillar.value == "transparency"
        for s in f.sources
    ]
    assert CHARTER_URL in cited


def test_house_mention_by_medium_and_language(charted: Coach) -> None:
    c = charted.charter
    assert house_mention(c, "image", "fr") == "Visuel créé avec l'aide de l'IA"
    assert house_mention(c, "video", "en") == "Video made with the help of AI"
    assert house_mention(c, "voice", "en") == "AI-generated voice"  # the lexicon's voice is audio
    assert house_mention(c, "text", "en") == "Content created with the help of AI and reviewed by our team"
    assert house_mention(None, "image", "fr") is None


def test_the_charter_cards_show_when_their_keywords_apply(charted: Coach) -> None:
    points = charter_points(charted, TEXTS[5])
    assert [p["cards"] for p in points] == [["house/visuels-produits"]]
    assert points[0]["title"] == "Visuels produits : notre circuit Firefly"  # the charter's own words
    assert points[0]["sources"][0]["url"] == CHARTER_URL


def test_summary_shows_approved_tools_and_three_rules_in_each_language(charted: Coach) -> None:
    fr, en = charted.charter_summary("fr"), charted.charter_summary("en")
    assert fr is not None and en is not None
    assert fr.approved == ("ChatGPT Enterprise", "Microsoft Copilot", "DeepL", "Adobe Firefly")
    assert "Midjourney → use Adobe Firefly" in en.not_approved and "free ChatGPT" in en.not_approved
    assert len(fr.rules) == 3 and fr.rules[0].startswith("Seulement les outils autorisés")
    assert en.rules[1].startswith("Never customer, health or HR data")
    text = charter_text(en, "en")
    assert text.startswith("Maison Auréa: AI charter\nApproved tools\n  • ChatGPT Enterprise")
    assert "Read the full charter: https://intranet.aurea.example/charte-ia" in text
    assert charter_text(None, "fr").startswith("Aucune charte IA n'est configurée ici")


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "COACH_CHARTER"} | (env or {})
    cmd = [sys.executable, "-m", "bot", "check", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False, env=full_env)


def test_cli_check_uses_coach_charter_and_charter_overrides_it(tmp_path: Any) -> None:
    plain = json.loads(_cli(MIDJOURNEY_FR, "--json").stdout)
    assert all("origin" not in f for f in plain["findings"])
    by_env = json.loads(_cli(MIDJOURNEY_FR, "--json", env={"COACH_CHARTER": str(CHARTER)}).stdout)
    assert by_env["findings"][0]["origin"] == "charter"
    broken = tmp_path / "broken.yaml"
    broken.write_text("organisation: [\n", encoding="utf-8")
    by_flag = _cli(MIDJOURNEY_FR, "--json", "--charter", str(CHARTER), env={"COACH_CHARTER": str(broken)})
    assert json.loads(by_flag.stdout)["findings"][0]["origin"] == "charter"
    refused = _cli(MIDJOURNEY_FR, "--charter", str(broken))
    assert refused.returncode == 1 and f"{broken}:2: not valid YAML" in refused.stderr
    shown = _cli("charter", "--lang", "en", "--charter", str(CHARTER))
    assert shown.returncode == 0 and shown.stdout.startswith("Maison Auréa: AI charter\n")
    assert _cli("charte").stdout.startswith("Aucune charte IA n'est configurée ici")


def test_off_topic_text_gets_nothing_from_the_charter(charted: Coach, plain: Coach) -> None:
    text = "Quick question about my salary slip for November"
    assert charted.assess(text) == plain.assess(text)
    assert charted.assess("") == plain.assess("")


def test_label_shows_the_charter_wording_beside_the_legal_mention(charted: Coach, plain: Coach) -> None:
    from bot.coach.disclosure import LabelAnswer
    from bot.render.label import label_blocks, label_text

    with_charter = charted.label("instagram image", "fr")
    without = plain.label("instagram image", "fr")
    assert isinstance(with_charter, LabelAnswer) and isinstance(without, LabelAnswer)
    assert with_charter.house == "Visuel créé avec l'aide de l'IA"
    assert with_charter.mention == without.mention and without.house == ""
    assert with_charter.as_dict()["house_mention"] == "Visuel créé avec l'aide de l'IA"
    assert "Visuel créé avec l'aide de l'IA" in label_text(with_charter)
    assert "Visuel créé avec l" in str(label_blocks(with_charter))
    assert "charte" not in label_text(without).lower()
