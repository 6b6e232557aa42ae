"""`ai-coach charter lint`: one line per mistake, naming the file and the line it is on."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot import charter, knowledge
from bot.coach.kb import Lexicon
from bot.errors import CharterError
from tests.charter.conftest import CHARTER

EXAMPLE = Path(__file__).resolve().parents[2] / "knowledge" / "charter.example.yaml"
TODAY = date(2026, 11, 30)
HEAD = """organisation: Maison Test
reference: {title: Charte IA, url: "https://intranet.example/charte", year: 2026}
"""


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return knowledge.load(with_classifier=False).lexicon


def problems(text: str, lexicon: Lexicon) -> list[str]:
    return charter.parse(text, "charter.yaml", lexicon, TODAY)[1]


def test_the_example_and_the_test_charter_are_valid(lexicon: Lexicon) -> None:
    for path in (EXAMPLE, CHARTER):
        assert charter.lint(path, lexicon, TODAY) == []


def test_unknown_tool_and_alternative_with_their_lines(lexicon: Lexicon) -> None:
    text = (
        HEAD
        + """tools:
  - tool: Midjourney
    status: not_approved
    alternative: Firefly
  - tool: PixelMagic 3000
    status: approved
  - tool: stable diffusion
    status: not_approved
    alternative: ImageForge
"""
    )
    assert problems(text, lexicon) == [
        "charter.yaml:7: unknown tool 'PixelMagic 3000' (not a tool of knowledge/lexicon.yaml)",
        "charter.yaml:11: unknown tool 'ImageForge' (not a tool of knowledge/lexicon.yaml)",
    ]


def test_tools_match_lexicon_ids_labels_and_aliases(lexicon: Lexicon) -> None:
    text = (
        HEAD
        + """tools:
  - {tool: dalle, status: approved}
  - {tool: "Mistral Le Chat", status: approved}
  - {tool: bing chat, status: not_approved, alternative: Adobe Firefly}
"""
    )
    parsed, found = charter.parse(text, "charter.yaml", lexicon, TODAY)
    assert found == [] and parsed is not None
    assert [r.tool for r in parsed.tools] == ["dalle", "mistral", "copilot"]
    assert parsed.tools[2].alternative == "firefly"


def test_duplicate_tool_and_duplicate_data_id(lexicon: Lexicon) -> None:
    text = (
        HEAD
        + """tools:
  - {tool: Midjourney, status: not_approved}
  - {tool: midj, status: approved}
data:
  - id: results
    label: {fr: Résultats, en: Results}
    rule: {fr: Jamais., en: Never.}
    patterns: [resultats]
  - id: results
    label: {fr: Résultats bis, en: Results again}
    rule: {fr: Jamais., en: Never.}
    patterns: [results]
"""
    )
    assert problems(text, lexicon) == [
        "charter.yaml:4: duplicate tool 'midjourney'",
        "charter.yaml:5: duplicate tool 'midjourney'",
        "charter.yaml:7: duplicate id 'results'",
        "charter.yaml:11: duplicate id 'results'",
    ]


def test_bad_pillar(lexicon: Lexicon) -> None:
    text = (
        HEAD
        + """contacts:
  - pillar: privacy
    name: {fr: DPO, en: DPO}
    email: dpo@example.com
  - pillar: legal
    name: {fr: Juridique, en: Legal}
    slack: "#legal-ai"
"""
    )
    [line] = problems(text, lexicon)
    assert line.startswith("charter.yaml:7: unknown pillar 'legal' (bias, transparency, footprint,")


def test_missing_translation(lexicon: Lexicon) -> None:
    text = (
        HEAD
        + """data:
  - id: health
    label: {fr: Données de santé, en: Health data}
    rule:
      fr: Jamais dans un prompt.
    patterns: [donnees de sante]
disclosure:
  - medium: image
    text: {en: Image created with AI}
"""
    )
    assert problems(text, lexicon) == [
        "charter.yaml:6: data.rule: missing translation (en)",
        "charter.yaml:11: disclosure.text: missing translation (fr)",
    ]


CARD = """  - id: house/{slug}
    pillar: copyright
    lang: {lang}
    title: Our image workflow
    summary: Product visuals go through Firefly, then the studio.
    keywords: [packshot*]
{sources}    reviewed: 2026-11-30
"""
SOURCE = (
    '    sources: [{title: Charte, publisher: Maison Test, year: 2026, url: "https://intranet.example/c"}]\n'
)


def test_card_without_source_duplicate_card_and_missing_card_translation(lexicon: Lexicon) -> None:
    cards = [
        CARD.format(slug="images", lang="fr", sources=SOURCE),
        CARD.format(slug="images", lang="en", sources="    sources: []\n"),
        CARD.format(slug="images", lang="en", sources=SOURCE),
        CARD.format(slug="video", lang="fr", sources=SOURCE),
        CARD.format(slug="voice", lang="en", sources=""),
    ]
    text = HEAD + "cards:\n" + "".join(cards)
    found = problems(text, lexicon)
    assert found == ["charter.yaml:36: `sources` is required"]  # the schema first: a card needs sources
    text = HEAD + "cards:\n" + "".join(cards[:4])
    assert problems(text, lexicon) == [
        "charter.yaml:12: duplicate id 'house/images' (en)",
        "charter.yaml:20: duplicate id 'house/images' (en)",
        "charter.yaml:18: card 'house/images' (en) has no source",
        "charter.yaml:28: card 'house/video': missing translation (en)",
    ]


def test_unknown_concept_medium_and_status_and_invalid_yaml(lexicon: Lexicon) -> None:
    text = (
        HEAD
        + """tools:
  - {tool: Sora, status: maybe}
"""
    )
    [line] = problems(text, lexicon)
    assert line.startswith("charter.yaml:4: tools.status: Input should be 'approved'")
    text = (
        HEAD
        + """data:
  - id: crm
    label: {fr: CRM, en: CRM}
    rule: {fr: Jamais., en: Never.}
    concepts: [data:crm]
disclosure:
  - medium: hologram
    text: {fr: IA, en: AI}
"""
    )
    assert problems(text, lexicon) == [
        "charter.yaml:7: unknown lexicon concept 'data:crm'",
        "charter.yaml:9: unknown medium 'hologram' (image, video, audio, text, any)",
    ]
    assert problems(HEAD + "tools: [\n  {tool: Sora\n", lexicon)[0].startswith(
        "charter.yaml:5: not valid YAML"
    )


def test_load_raises_with_every_problem(lexicon: Lexicon, tmp_path: Path) -> None:
    path = tmp_path / "charter.yaml"
    path.write_text(HEAD + "tools:\n  - {tool: Nope, status: approved}\n", encoding="utf-8")
    with pytest.raises(CharterError) as raised:
        charter.load(path, lexicon)
    assert raised.value.problems == [f"{path}:4: unknown tool 'Nope' (not a tool of knowledge/lexicon.yaml)"]
    assert str(raised.value) == "1 problem(s) in the AI charter"
    assert charter.lint(tmp_path / "missing.yaml", lexicon)[0].startswith(
        f"{tmp_path / 'missing.yaml'}:1: cannot"
    )


def test_cli_charter_lint_exit_codes_and_lines(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "bot", "charter", "lint", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)

    ok = run(str(CHARTER))
    assert ok.returncode == 0 and ok.stdout.strip() == f"{CHARTER}: charter OK"
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        HEAD + "contacts:\n  - {pillar: legal, name: {fr: J, en: L}, slack: '#x'}\n", encoding="utf-8"
    )
    result = run(str(bad))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{bad}:4: unknown pillar 'legal'")
