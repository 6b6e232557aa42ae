"""Who a message is about and how many requests it costs: an AI choosing which people get an offer,
the writer's own job, "nobody" said in French, made-up characters, M&A, and rates kept by each of a
team, restated over the period a question asks about."""

from __future__ import annotations

import pytest

from bot.coach.audience import picks_people
from bot.coach.engine import Coach
from bot.coach.extract import Extractor
from bot.coach.text import key, tokens


@pytest.fixture(scope="module")
def x(coach: Coach) -> Extractor:
    return coach.extractor


def keys(text: str) -> list[str]:
    return [key(t) for t in tokens(text)]


# ---------------------------------------------------------------- the audience grammar (pure)


@pytest.mark.parametrize(
    "text",
    [
        "laisser un modèle choisir à quels clients on pousse l'offre de découvert",
        "let Gemini decide which small merchants get the cash advance",
        "the tool picks who sees the promo first",
        "l'IA décide qui reçoit la remise",
        "select which loyal customers get early access",
        "let Gemini decide which zip codes get the 20% off inspection",  # where people live stands for them
        "laisser Copilot choisir quels quartiers reçoivent le flyer promo",
    ],
)
def test_a_choice_of_people_is_read_whatever_stands_between(text: str) -> None:
    assert picks_people(keys(text))


@pytest.mark.parametrize(
    "text",
    [
        "ChatGPT will choose which taglines get boosted",
        "decide which visual works best for the customers",  # "which" is about visuals
        "pick who to feature in the video",  # who is shown, not who receives
        "we decide on Monday",
        "let ChatGPT decide which promo codes get the biggest discount",  # codes, not zip codes
        "",
    ],
)
def test_choices_of_things_are_not_read(text: str) -> None:
    assert not picks_people(keys(text))


def test_an_ai_picking_which_merchants_get_an_offer_gets_the_audience_point(coach: Coach) -> None:
    text = "Thinking of letting Gemini decide which small merchants get the pre-approved cash advance offer?"
    a = coach.assess(text)
    assert "decide:audience" in a.mentions.facts
    bias = [f for f in a.findings if f.pillar.value == "bias"]
    assert bias and "discrimin" in (bias[0].advice or "").lower()


def test_a_machine_learning_model_is_an_ai(x: Extractor) -> None:
    facts = x.extract("laisser un modèle de ML choisir à quels clients on propose le crédit").facts
    assert {"topic:model", "decide:audience"} <= facts


# ---------------------------------------------------------------- who is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("je suis stagiaire et on me demande 40 textes alternatifs avec Copilot", False),
        ("As a community manager I need 10 captions from ChatGPT", False),
        ("I'm a nurse and we want 10 AI images of nurses for the ward poster", True),
        ("10 images de stagiaires souriants avec Midjourney", True),
    ],
)
def test_the_writers_own_job_is_not_people_shown(x: Extractor, text: str, shown: bool) -> None:
    assert ("people:professions" in x.extract(text).facts) is shown


def test_on_clone_personne_is_nobody_cloned(x: Extractor) -> None:
    facts = x.extract("30 voix off avec ElevenLabs, voix 100% synthétique (on clone personne)").facts
    assert "negated:synthetic" in facts and "synthetic:clone" not in facts
    assert "people:generic" not in facts
    assert "synthetic:clone" in x.extract("on clone la voix de notre DG avec ElevenLabs").facts


def test_a_made_up_character_is_nobodys_likeness(coach: Coach) -> None:
    text = (
        "What if we invent an AI 'local mountain guide' character who posts on Insta like he's a real person?"
    )
    a = coach.assess(text)
    assert "fictional:only" in a.mentions.facts and "data:likeness" not in a.mentions.facts
    assert "topic:accuracy" not in a.mentions.facts  # inventing a character invents no fact
    assert "privacy" not in {f.pillar.value for f in a.findings}


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("on m'a demandé de résumer le rapport avec ChatGPT", False),
        ("ChatGPT m'a proposé 10 slogans", False),
        ("on colle le dossier M&A dans ChatGPT pour un résumé", True),
        ("the M & A memo into Claude", True),
    ],
)
def test_m_and_a_is_a_deal_and_m_a_is_french(x: Extractor, text: str, deal: bool) -> None:
    assert ("data:confidential" in x.extract(text).facts) is deal


# ---------------------------------------------------------------- rates kept by each of a team


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 support agents each using Copilot ~50 times a day to draft replies", (1250, "text", "day")),
        ("chacun des 15 commerciaux utilise ChatGPT 30 fois par jour", (450, "text", "day")),
        ("chacun des 15 commerciaux utilise ChatGPT une trentaine de fois par jour", (450, "text", "day")),
        ("on utilise ChatGPT une dizaine de fois par jour", (10, "text", "day")),
        ("10 people on the team each use ChatGPT 20 times a day", (200, "text", "day")),
        # no "each": the rate may be the team's total
        ("10 people on the team use ChatGPT 20 times a day", (20, "text", "day")),
    ],
)
def test_a_rate_each_person_keeps_is_multiplied_by_the_people(
    x: Extractor, text: str, expected: tuple[float, str, str]
) -> None:
    assert [(q.count, q.medium, q.period) for q in x.extract(text).quantities] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ChatGPT 20 fois par jour, c'est combien par mois en énergie ?", [(600, "text", "month")]),
        ("5 Midjourney images per day, energy per year?", [(1825, "image", "year")]),
        # each count keeps its own period
        (
            "3 vidéos Runway par semaine et 10 images Midjourney par mois",
            [(3, "video", "week"), (10, "image", "month")],
        ),
    ],
)
def test_a_rate_is_restated_over_the_period_asked(
    x: Extractor, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [(q.count, q.medium, q.period) for q in x.extract(text).quantities] == expected


# ---------------------------------------------------------------- the sector's electricity


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "C vrai que l'IA consomme plus d'électricité qu'un pays entier ? Un client me l'a sorti",
            "fr",
            "415 TWh",
        ),
        ("is it true AI data centres will use more power than Japan by 2030?", "en", "945 TWh"),
    ],
)
def test_ai_against_a_country_is_answered_with_the_sectors_figures(
    coach: Coach, text: str, lang: str, figure: str
) -> None:
    a = coach.assess(text)
    assert a.language == lang
    cited = [c for f in a.findings for c in f.cards]
    assert cited and cited[0] == "footprint/ai-electricity-demand"
    first = a.findings[0]
    assert figure in first.advice and any("iea.org" in s.url for s in first.sources)


def test_one_answers_energy_is_still_the_per_request_card(coach: Coach) -> None:
    cited = [
        c for f in coach.assess("how much electricity does one ChatGPT answer use?").findings for c in f.cards
    ]
    assert cited[0] == "footprint/energy-per-text-request"


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "25 support agents each using Copilot ~50 times a day to draft replies. rough energy per month?",
            "en",
            "37,500",
        ),
        ("combien d'eau pour nos 50 images Midjourney ?", "fr", "d'eau"),
    ],
)
def test_a_footprint_question_about_a_counted_use_is_answered_with_its_estimate(
    coach: Coach, text: str, lang: str, said: str
) -> None:
    a = coach.assess(text)
    assert a.footprint is not None and a.language == lang
    assert said in a.answer and ("kWh" in a.answer or "Wh" in a.answer)
    assert "\n" not in a.answer


def test_c_vrai_que_is_a_question(x: Extractor) -> None:
    assert x.extract("C vrai que l'IA consomme autant qu'un pays ? Un client me l'a dit").is_question
    assert x.extract("is it true AI uses as much power as Japan. my boss says so").is_question


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "genre" is French filler ("une mention genre « généré par IA »"); "stéréotypes de genre" is gender
        ("Faut-il une mention genre « généré par IA » sur nos visuels DALL-E ?", set(), {"topic:bias"}),
        ("ChatGPT renforce les stéréotypes de genre dans nos posts ?", {"topic:bias"}, set()),
        ("Can we do a TikTok with an AI Gordon Ramsay?", {"medium:video", "person:named"}, set()),
        (
            "une IA qui note les dossiers de l'appel à projets et écarte les moins bons",
            {"data:cv", "hr:screening"},
            set(),
        ),
        ("our new whatsapp bot answers borrowers' questions", {"chatbot:deploy", "topic:ai"}, set()),
        ("l'algo Advantage+ choisit l'audience tout seul", {"decide:audience"}, set()),
    ],
)
def test_what_these_words_mean_here(x: Extractor, text: str, present: set[str], absent: set[str]) -> None:
    facts = x.extract(text).facts
    assert present <= facts and not absent & facts


def test_stills_next_to_an_image_tool_are_images(x: Extractor) -> None:
    found = x.extract("1 Sora hero video (20s) + 25 Midjourney stills + 60 captions in ChatGPT").quantities
    assert [(q.count, q.medium) for q in found] == [(1, "video"), (25, "image"), (60, "text")]
