"""What the extractor finds in a text: tools, media, people, facts and quantities of generation."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from bot.coach.extract import Extractor
from bot.coach.model import Mentions, Quantity


@pytest.fixture(scope="module")
def x(coach: Coach) -> Extractor:
    return coach.extractor


def q(x: Extractor, text: str) -> tuple[Quantity, ...]:
    return x.extract(text).quantities


# ---------------------------------------------------------------- tools


@pytest.mark.parametrize(
    "text",
    [
        "Créer des visuels avec DALL·E 3",
        "using dall-e for the banners",
        "with DALL-E",
        "avec Dall E",
        "DALLE for the mockups",
    ],
)
def test_dalle_spellings(x: Extractor, text: str) -> None:
    m = x.extract(text)
    assert m.tools == ("dalle",)
    assert "medium:image" in m.facts and "tool" in m.facts and "tool:dalle" in m.facts


def test_longest_match_gpt_4o_mini_is_not_chatgpt(x: Extractor) -> None:
    m = x.extract("Summarise the notes with gpt-4o-mini")
    assert m.tools == ("gpt-4o-mini",)
    assert "tool:chatgpt" not in m.facts
    assert x.extract("Résumer avec GPT-4o mini").tools == ("gpt-4o-mini",)


def test_plain_chatgpt(x: Extractor) -> None:
    assert x.extract("Demander à ChatGPT").tools == ("chatgpt",)
    assert x.extract("ask chat gpt for ideas").tools == ("chatgpt",)


def test_several_tools_in_order_of_appearance(x: Extractor) -> None:
    m = x.extract("Midjourney for stills, Sora for the teaser and Claude for the script")
    assert m.tools == ("midjourney", "sora", "claude")
    assert set(m.media) >= {"image", "video", "text"}


@pytest.mark.parametrize(
    ("text", "tool", "medium"),
    [
        ("Runway Gen-4 clips", "runway", "video"),
        ("une musique avec Suno", "suno", "music"),
        ("voix off ElevenLabs", "elevenlabs", "voice"),
        ("Mistral Large pour la FAQ", "mistral-large", "text"),
        ("Claude Haiku for tags", "claude-haiku", "text"),
        ("Adobe Firefly generative fill", "firefly", "image"),
        ("Pika Labs", "pika", "video"),
    ],
)
def test_tools_and_their_medium(x: Extractor, text: str, tool: str, medium: str) -> None:
    m = x.extract(text)
    assert m.tools[0] == tool
    assert f"medium:{medium}" in m.facts


def test_no_tool_in_ordinary_words(x: Extractor) -> None:
    m = x.extract("The meeting room is booked for Tuesday")
    assert m.tools == ()
    assert "tool" not in m.facts


# ---------------------------------------------------------------- media, people, elisions, plurals


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("des Vidéos", "video"),
        ("videos", "video"),
        ("a video", "video"),
        ("nos visuels", "image"),
        ("the illustrations", "image"),
        ("un article de blog", "text"),
        ("un jingle", "music"),
        ("une voix off", "voice"),
    ],
)
def test_media_with_plurals_and_accents(x: Extractor, text: str, medium: str) -> None:
    m = x.extract(text)
    assert medium in m.media
    assert f"medium:{medium}" in m.facts and "medium" in m.facts


def test_elisions(x: Extractor) -> None:
    m = x.extract("Utiliser l'IA pour créer d'images")
    assert "topic:ai" in m.facts
    assert "medium:image" in m.facts
    assert "intent:generate" in m.facts
    # Typographic apostrophe too.
    m = x.extract("Beaucoup d’images générées par l’IA")
    assert {"topic:ai", "medium:image", "intent:generate"} <= m.facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("nos salariés", "people:professions"),
        ("our employees", "people:professions"),
        ("des femmes et des hommes", "people:generic"),
        ("smiling customers", "people:generic"),
        ("des mannequins", "people:models"),
        ("an influencer", "people:models"),
        ("une influenceuse virtuelle", "synthetic:avatar"),
        ("a voice clone of our CEO", "synthetic:clone"),
        ("photos of our employees", "data:likeness"),
        ("notre base clients avec les adresses e-mail", "data:personal"),
        ("the confidential strategy deck", "data:confidential"),
        ("les CV des candidats", "data:cv"),
        ("in the style of Studio Ghibli", "topic:style"),
        ("18th-century Paris", "topic:history"),
        ("un deepfake de notre DG qui danse", "person:role"),  # one real person, by role
        ("someone posted a deepfake of our mayor", "person:role"),
        ("an AI picture of Rihanna wearing our sneakers", "person:public"),
        ("faire parler Mbappé en deepfake", "person:public"),
    ],
)
def test_people_data_and_topics(x: Extractor, text: str, fact: str) -> None:
    m = x.extract(text)
    assert fact in m.facts
    assert fact.split(":")[0] in m.facts  # the category is a fact too


def test_people_are_not_found_in_object_shots(x: Extractor) -> None:
    m = x.extract("20 packshots of our bottles on a white background")
    assert "people" not in m.facts
    assert "subject:objects" in m.facts


# ---------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("text", "count", "medium", "seconds", "period", "kind"),
    [
        ("30 images", 30, "image", None, None, ""),
        ("Générer 30 images avec Midjourney", 30, "image", None, None, ""),
        ("dix visuels", 10, "image", None, None, ""),
        ("une vidéo de 30 secondes", 1, "video", 30, None, ""),
        ("10 vidéos de 15 secondes", 10, "video", 15, None, ""),
        ("make 10 15-second videos", 10, "video", 15, None, ""),
        ("3 clips d'une minute", 3, "video", 60, None, ""),
        ("200 articles per month", 200, "text", None, "month", "article"),
        ("trois affiches par semaine", 3, "image", None, "week", ""),
        ("50 five-star reviews", 50, "text", None, None, "review"),
        ("10,000 images", 10_000, "image", None, None, ""),
        ("twenty product descriptions", 20, "text", None, None, "page"),
        ("500 emails per week", 500, "text", None, "week", "email"),
    ],
)
def test_quantities(
    x: Extractor, text: str, count: float, medium: str, seconds: float | None, period: str | None, kind: str
) -> None:
    found = q(x, text)
    assert len(found) == 1, found
    got = found[0]
    assert (got.count, got.medium, got.period, got.kind) == (count, medium, period, kind)
    if seconds is not None:
        assert got.seconds == seconds
    m = x.extract(text)
    assert {"quantity", f"quantity:{medium}", f"medium:{medium}"} <= m.facts


def test_minutes_are_seconds(x: Extractor) -> None:
    (video,) = q(x, "2 vidéos de 1 minute")
    assert (video.count, video.seconds, video.units) == (2, 60, 120)


def test_video_units_are_seconds_and_images_are_items(x: Extractor) -> None:
    (video,) = q(x, "10 vidéos de 15 secondes")
    assert video.units == 150
    (images,) = q(x, "30 images")
    assert images.units == 30


def test_five_star_is_not_five(x: Extractor) -> None:
    (reviews,) = q(x, "Generate 50 five-star Google reviews for our restaurant")
    assert reviews.count == 50


def test_several_quantities(x: Extractor) -> None:
    found = q(x, "20 visuels et 3 vidéos de 10 secondes pour le lancement")
    assert [(f.count, f.medium) for f in found] == [(20, "image"), (3, "video")]
    assert found[1].seconds == 10


def test_the_nearer_number_owns_the_unit(x: Extractor) -> None:
    found = q(x, "in 5 steps, 10 images")
    assert [(f.count, f.medium) for f in found] == [(10, "image")]


@pytest.mark.parametrize(
    "text",
    [
        "Doit-on mentionner qu'une image a été générée par IA ?",
        "Who owns one image made with Midjourney?",
        "Faut-il relire un article écrit par ChatGPT ?",
    ],
)
def test_questions_with_an_article_give_no_quantity(x: Extractor, text: str) -> None:
    m = x.extract(text)
    assert m.is_question
    assert m.quantities == ()
    assert "quantity" not in m.facts


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Combien consomme une image ?", "image"),
        ("How much energy does one image use?", "image"),
        ("CO2 of one Midjourney image?", "image"),
        ("Is one prompt a lot of water?", "text"),
    ],
)
def test_footprint_questions_about_one_item_get_its_estimate(x: Extractor, text: str, medium: str) -> None:
    m = x.extract(text)
    assert m.is_question
    assert [(q.count, q.medium) for q in m.quantities] == [(1, medium)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're planning 5k product descriptions with Jasper", [(5000, "text")]),
        ("1,5k fiches produits avec Mistral", [(1500, "text")]),
        ("On génère une trentaine de mannequins IA pour le lookbook", [(30, "image")]),
        ("pr le lancement on en genere 8 sur firefly", [(8, "image")]),
        ("3 looks par semaine générés sur Midjourney", [(3, "image")]),
        ("our AI influencer made with Midjourney posts 3x a week", [(3, "image")]),
        ("10 a day with ChatGPT", [(10, "text")]),
        ("Gemini pour générer 12 000 courriers personnalisés", [(12000, "text")]),
        ("a dozen Midjourney variants of the team photo", [(12, "image")]),
        ("half a dozen Midjourney variants of the team photo", [(6, "image")]),
        ("two dozen product descriptions via Gemini", [(24, "text")]),
        ("une demi-douzaine de visuels Midjourney pour la vitrine", [(6, "image")]),
        ("trois douzaines de fiches produit avec ChatGPT", [(36, "text")]),
        ("en 2024 on a lancé la campagne avec ChatGPT", []),
        ("subtitle 40 videos with Whisper", []),
        # translating text is a request per text and language; subtitling or dubbing makes no video
        ("traduire 40 articles avec DeepL", [(40, "text")]),
        ("On traduit 120 pages en 5 langues avec GPT-4o", [(600, "text")]),
        ("on traduit les 400 fiches produit en allemand avec DeepL", [(400, "text")]),
        ("translate our 30 product pages into 4 languages with ChatGPT", [(120, "text")]),
        ("translate the subtitles of 12 videos into 3 languages with DeepL", []),
        # a range is read as its upper bound; "300 400" alone is French for 300,400
        ("probably 300-400 images with DALL-E over the weekend", [(400, "image")]),
        # "each" after a clip length is the length of each clip, not a count per item of the next batch
        (
            "4 explainer clips (~20 s each) in Runway, plus about 40 thumbnails in Midjourney",
            [(4, "video"), (40, "image")],
        ),
        ("entre 20–30 visuels Midjourney", [(30, "image")]),
        ("300 400 images avec DALL-E", [(300400, "image")]),
        ("2,000 push notifications with ChatGPT", [(2000, "text")]),  # a thousands comma: no year
        ("every Monday we run 500 subject lines through GPT-4o", [(500, "text")]),
        ("on régénère genre 30 fois chaque visuel sur Midjourney", [(30, "image")]),  # "fois" folds to "foi"
        ("we keep regenerating the hero banner like 30 times", [(30, "image")]),
        ("the agency wants 15 AI babies instead of real ones", [(15, "image")]),  # made by AI
        ("au lieu du panel on simule 200 répondants avec ChatGPT", [(200, "text")]),
        ("We asked ChatGPT to role-play 300 patients", [(300, "text")]),
        ("top 10 AI tools for marketers", []),  # about AI, not made by it
        ("5 AI trends for 2026", []),
        ("Gemini writes the playlist blurbs, we'll publish 300 of them", [(300, "text")]),
        ("we have 300 of them in the Gemini workspace", []),  # what exists, not what is made
        ("plan de com Suno : teaser J-14, snippet J-7, clip le jour J", []),  # countdown days
    ],
)
def test_quantities_as_people_write_them(x: Extractor, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.count, q.medium) for q in x.extract(text).quantities] == expected


def test_a_spot_of_one_minute_is_one_clip(x: Extractor) -> None:
    [q] = x.extract("One 60-second hero film in Veo, cutdowns later").quantities
    assert (q.count, q.medium, q.seconds) == (1, "video", 60)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a length after "each" is each item's length, not a count per item (was 300 and 1,050 videos)
        ("briefing: 20 TikTok hooks, each a 15s Kling clip of a student", (20, "video", 15)),
        ("one short avatar video per SKU (35 SKUs), each ~30 seconds, with Synthesia", (35, "video", 30)),
        ("we'll make 4 videos with Veo, each 8 seconds, for the campaign", (4, "video", 8)),
        # a tool or "AI" between "of" and the clip
        ("we'll use 2 min of ElevenLabs voiceover for the origin film", (1, "voice", 120)),
        ("Next month: 2 min of AI voice-over for the YouTube tutorial", (1, "voice", 120)),
        # a length followed by "each": every item's (was one more clip of its own)
        (
            "on génère 2 versions de la voix off de la pub radio, 30 s chacune, avec ElevenLabs",
            (2, "voice", 30),
        ),
        ("8 Suno versions of the music for the spot, 30s each", (8, "music", 30)),
        # "short" before a clip is an adjective (was 40 videos and one voice clip)
        (
            "We need 40 short voice-overs (about 15 s each) for the product videos, ElevenLabs",
            (40, "voice", 15),
        ),
    ],
)
def test_clip_lengths_written_apart(x: Extractor, text: str, expected: tuple[float, str, float]) -> None:
    assert [(q.count, q.medium, q.seconds) for q in x.extract(text).quantities] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our AI influencer made with Midjourney posts 3 times a week", [(3, "image", "week")]),
        ("notre influenceuse créée avec Midjourney poste 2 fois par semaine", [(2, "image", "week")]),
        ("Conseil du jour : le fil dentaire une fois par jour, écrit avec ChatGPT", []),  # a habit
        ("FAQ écrite par ChatGPT, mise à jour 2 fois par an", []),
    ],
)
def test_times_per_period_is_a_rate(x: Extractor, text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(q.count, q.medium, q.period) for q in x.extract(text).quantities] == expected


def test_each_ones_is_no_length(x: Extractor) -> None:
    text = "8k contacts, Claygent scrapes each one's latest LinkedIn post, GPT writes an opener for each"
    assert all(q.seconds is None for q in x.extract(text).quantities)


def test_time_spent_is_no_clip(x: Extractor) -> None:
    assert x.extract("it takes 10 min of my time to write the email with ChatGPT").quantities == ()


def test_a_question_with_a_real_number_keeps_it(x: Extractor) -> None:
    m = x.extract("Combien de CO2 pour 100 images Midjourney ?")
    assert m.is_question
    assert [(f.count, f.medium) for f in m.quantities] == [(100, "image")]


@pytest.mark.parametrize(
    "text",
    [
        "We are a team of 12 people",
        "Le brief est dans 3 jours",
        "Budget: 5000 euros",
        "It takes 10 hours",
        "Un taux de 50 pourcent",
    ],
)
def test_numbers_that_are_not_generations(x: Extractor, text: str) -> None:
    assert q(x, text) == ()


def test_huge_counts_are_capped(x: Extractor) -> None:
    (found,) = q(x, "999999999999 images")
    assert found.count == 1e6


# ---------------------------------------------------------------- questions


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("How much water does a prompt use", True),
        ("Combien d'eau pour une requête", True),
        ("Doit-on mentionner l'IA", True),
        ("Est-ce que Midjourney est libre de droits", True),
        ("On va générer 30 visuels.", False),
        ("Write a press release with ChatGPT", False),
        ("Des visuels pour demain ?", True),
    ],
)
def test_questions(x: Extractor, text: str, question: bool) -> None:
    m = x.extract(text)
    assert m.is_question is question
    assert ("question" in m.facts) is question


def test_extract_returns_mentions_of_ids_only(x: Extractor) -> None:
    m = x.extract("On va générer 30 visuels de Jean Dupont avec Midjourney")
    assert isinstance(m, Mentions)
    blob = " ".join([*m.tools, *m.media, *m.facts])
    assert "dupont" not in blob.lower()


def test_generic_units_take_the_medium_of_the_tool_or_of_the_media_named(coach: Coach) -> None:
    ads = coach.extractor.extract("Create 50 Instagram ads with Midjourney").quantities
    assert [(q.count, q.medium) for q in ads] == [(50.0, "image")]
    posts = coach.extractor.extract("Write 30 LinkedIn posts with ChatGPT").quantities
    assert [(q.count, q.medium) for q in posts] == [(30.0, "text")]
    videos = coach.extractor.extract("20 publicités vidéo pour TikTok").quantities
    assert [(q.count, q.medium) for q in videos] == [(20.0, "video")]


def test_a_duration_before_a_video_is_one_clip_even_in_a_question(coach: Coach) -> None:
    question = "How much energy does it take to generate a 1-minute video with Veo?"
    q = coach.extractor.extract(question).quantities
    assert [(x.count, x.medium, x.seconds) for x in q] == [(1.0, "video", 60.0)]
    ten = coach.extractor.extract("10 15-second videos with Runway").quantities
    assert [(x.count, x.seconds) for x in ten] == [(10.0, 15.0)]


@pytest.mark.parametrize(
    ("text", "count", "medium"),
    [
        ("need like 20 AI 'customers' smiling with our app for the App Store, Midjourney ok?", 20, "image"),
        ("On recrée les 8 personnages du roman pour la campagne avec Midjourney", 8, "image"),
        ("around 15 firefly athletes, all body types pls, for the site", 15, "image"),
    ],
)
def test_naming_an_image_or_video_generator_says_what_is_counted(
    x: Extractor, text: str, count: int, medium: str
) -> None:
    assert [(n.count, n.medium) for n in q(x, text)] == [(count, medium)]


def test_a_text_tool_alone_does_not_make_every_number_a_batch(x: Extractor) -> None:
    assert q(x, "ChatGPT résume la réunion de 14 h pour les 12 personnes absentes") == ()


@pytest.mark.parametrize(
    ("text", "count", "medium", "period"),
    [
        ("pour le catalogue on en génère 8 par produit sur Firefly, et y'a 60 produits", 480, "image", None),
        ("on va generer dix images par produit pr garder la meilleure, y a 40 produits", 400, "image", None),
        ("Monthly carousel plan: 5 Canva Magic images per post, 12 posts per month", 60, "image", "month"),
        ("Claude writes 3 LinkedIn posts a week for each of our 4 VPs", 12, "text", "week"),
        ("Midjourney: 3 visuels par semaine", 3, "image", "week"),
    ],
)
def test_a_count_per_item_is_multiplied_by_the_items(
    x: Extractor, text: str, count: int, medium: str, period: str | None
) -> None:
    assert [(n.count, n.medium, n.period) for n in q(x, text)] == [(count, medium, period)]


@pytest.mark.parametrize(
    "text",
    [
        "Voici le post de notre DG pour le 8 mars, rédigé par ChatGPT",
        "Brouillon fait avec ChatGPT : « 50 % de femmes au comité, 30 nationalités »",
    ],
)
def test_dates_and_quoted_figures_are_not_batches(x: Extractor, text: str) -> None:
    assert q(x, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "incentive : 10 € offerts à qui laisse un avis, et l'IA leur rédige l'avis",  # a price
        "we pay $500 for the Midjourney licence",
        "post généré par ChatGPT : « dès 199 € par mois » (en vrai 4 500 € d'apport)",
        "frise : scènes d'agence des années 60 générées par IA",  # a decade
        "on génère le top 5 des avis avec ChatGPT",  # a rank
        "ChatGPT a écrit « n°1 en France » dans la pub",
        "every cheese farmer Firefly made is now a 20-yo model lol",  # an age
        "on veut un outil IA pour trier les candidatures, y en a 150",  # what exists, not what is made
        "newsletter written by Jasper goes out tomorrow to 80k subs",  # the audience of one text
        "Canva Magic Media images for the brochures in all 900 branches",
    ],
)
def test_prices_ranks_ages_and_audiences_are_not_batches(x: Extractor, text: str) -> None:
    assert q(x, text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on en génère 8 sur Firefly", [(8, "image")]),
        ("on en fait 6 par semaine avec Midjourney", [(6, "image")]),
        ("we pay $500 for 20 images with Midjourney", [(20, "image")]),
        ("septante visuels de pralines générés pour la Saint-Valentin", [(70, "image")]),  # Belgian
        ("on fait huitante portraits IA de clients pour les écrans", [(80, "image")]),  # Swiss
        ("on teste 6 avatars IA différents pour la vidéo tuto", [(6, "video")]),
        (
            "generating personalised video greetings for our 2,000 top customers with HeyGen",
            [(2000, "video")],
        ),
    ],
)
def test_counts_beside_prices_and_bare_counts_still_count(
    x: Extractor, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(qq.count, qq.medium) for qq in q(x, text)] == expected


@pytest.mark.parametrize(
    ("text", "medium", "seconds"),
    [
        ("we have a 30s spot fully made in Veo, what's the energy ballpark?", "video", 30.0),
        ("Making a 15-second ad with Kling where the sandwich builds itself", "video", 15.0),
        ("what's the energy of a 2min video with Sora?", "video", 120.0),
        ("un clip de 20sec avec Runway pour la vitrine", "video", 20.0),
    ],
)
def test_a_clip_length_written_as_one_word_or_on_an_ad_is_one_clip(
    x: Extractor, text: str, medium: str, seconds: float
) -> None:
    (found,) = q(x, text)
    assert (found.count, found.medium, found.seconds) == (1.0, medium, seconds)


@pytest.mark.parametrize(
    "text",
    [
        "a 90s style video with Runway for the retro campaign",
        "the 80s were great, can Midjourney do that look?",
        "what's the deal with Runway videos for our ads?",  # "what's": no duration, no clip
    ],
)
def test_a_decade_or_an_apostrophe_is_no_clip_length(x: Extractor, text: str) -> None:
    assert all(found.seconds is None for found in q(x, text))


def test_a_footprint_question_about_a_batch_gets_its_estimate_without_naming_a_tool(coach: Coach) -> None:
    a = coach.assess("combien de CO2 pour les 50 images de la campagne ? on est hébergés en France")
    assert a.footprint is not None and "50" in a.footprint.basis


@pytest.mark.parametrize(
    "text",
    [
        "ski resort marketing wants an AI clip where Mikaela Shiffrin waves at the camera",
        "Pour la pub audio on prend une voix « à la Omar Sy » sur ElevenLabs",
        "We want a Keanu-ish guy for the ad. Not Keanu Reeves himself, just the vibe",
        "on double nos tutos avec ElevenLabs en gardant la voix de Marc, notre formateur",
        "un spot où Jean-Paul Belmondo revient en IA",
    ],
)
def test_a_named_person_is_a_fact(x: Extractor, text: str) -> None:
    assert "person:named" in x.extract(text).facts


@pytest.mark.parametrize(
    "text",
    [
        "Claude Sonnet wrote this post",  # an AI model, not a person
        "Christian Dior style ad with Midjourney",  # a house
        "Hi Julie, can you check this ChatGPT draft?",  # a first name alone
        "Marie from legal said the Midjourney visuals are fine",
    ],
)
def test_brands_models_and_first_names_alone_are_no_named_person(x: Extractor, text: str) -> None:
    assert "person:named" not in x.extract(text).facts


def test_a_named_person_in_generated_media_raises_consent(coach: Coach) -> None:
    a = coach.assess("ski resort marketing wants an AI clip where Mikaela Shiffrin waves at the camera")
    privacy = [f for f in a.findings if f.pillar.value == "privacy"]
    assert privacy and "privacy/likeness-and-image-rights" in privacy[0].cards


def test_an_artists_style_is_copyright_not_their_likeness(coach: Coach) -> None:
    a = coach.assess("Visuels du séminaire « à la manière de Jean Jullien », son style exact, sur Midjourney")
    assert "person:named" in a.mentions.facts
    assert "copyright" in {f.pillar.value for f in a.findings}
    assert not any("privacy/deepfakes-real-people" in f.cards for f in a.findings)


@pytest.mark.parametrize(
    "text",
    [
        "un devis pour 6 x 15s cutdowns + 1 master de 30s ? tournage réel, pas d'IA",
        "a 'meet your adviser' video series, filmed for real with our own staff, no AI anywhere",
    ],
)
def test_a_text_that_says_it_uses_no_ai_is_not_about_ai(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "topic:ai" not in a.mentions.facts
    assert "negated:topic" in a.mentions.facts
    assert a.footprint is None


def test_a_famous_voice_is_consent_as_well_as_disclosure(coach: Coach) -> None:
    # The voice-clone rule cites the likeness card; that must not silence the privacy answer.
    a = coach.assess("on peut prendre la voix d un acteur connu avec elevenlabs si on change un peu le ton ?")
    assert {"privacy", "transparency"} <= {f.pillar.value for f in a.findings}


def test_midjourney_as_people_abbreviate_it_gets_its_estimate(coach: Coach) -> None:
    a = coach.assess("30 visuels mj insta")
    assert a.footprint is not None and a.footprint.energy_wh.high > 0


@pytest.mark.parametrize(
    "text",
    [
        "une voix ElevenLabs du catalogue pour le podcast (personne n'a été cloné)",
        "on génère la voix off, personne ne sera cloné",
    ],
)
def test_nobody_cloned_is_a_negation(x: Extractor, text: str) -> None:
    facts = x.extract(text).facts
    assert "negated:synthetic" in facts and "synthetic:clone" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Image IA = combien de Wh déjà ? le DG veut comparer avec l'impression des 3000 rapports papier",
        "Notre PDG veut savoir si une vidéo générée par IA pollue plus qu'un tournage classique",
        "our CEO asked for 20 Midjourney visuals of the new store",
        "le maire a demandé combien d'énergie consomme une image IA",
    ],
)
def test_a_role_who_asks_is_not_the_person_shown(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "person:requester" in a.mentions.facts
    assert "person" not in a.mentions.facts
    assert "privacy" not in {f.pillar.value for f in a.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Notre DG veut une vidéo IA de lui en astronaute pour les vœux",
        "our CEO wants an avatar of himself for the keynote",
        "on fait un deepfake de notre DG pour les vœux",
    ],
)
def test_a_role_who_is_shown_stays_a_real_person(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "person:role" in a.mentions.facts
    assert "privacy" in {f.pillar.value for f in a.findings}


def test_a_public_figure_in_a_generated_image_is_labelled(coach: Coach) -> None:
    a = coach.assess(
        "Post du franchisé : « Même Omar Sy craque pour notre éclair » avec une image IA d'Omar Sy"
    )
    assert {"transparency", "privacy"} <= {f.pillar.value for f in a.findings}


@pytest.mark.parametrize(
    "text",
    [
        "mes 40 images « mécanicien » sur DALL-E, y a zéro femme et personne de plus de 50 ans",
        "sur les 50 images IA du lookbook aucune personne âgée ni en fauteuil",
        "no women in any of the 30 images Midjourney gave us",
    ],
)
def test_a_missing_group_is_a_representation_problem_not_no_people(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "people" in a.mentions.facts and "negated:people" not in a.mentions.facts
    assert "bias" in {f.pillar.value for f in a.findings}


@pytest.mark.parametrize(
    ("text", "count", "medium"),
    [
        ("on va générer 2000 icebreakers avec ChatGPT", 2000, "text"),  # a count after "générer", not a year
        ("5k sneaker colourways on Flux for the marketplace feed, no models", 5000, "image"),
    ],
)
def test_counts_read_this_session(x: Extractor, text: str, count: float, medium: str) -> None:
    assert [(v.count, v.medium) for v in q(x, text)] == [(count, medium)]


def test_a_year_after_since_is_still_a_year(x: Extractor) -> None:
    assert q(x, "depuis 2000 on crée nos affiches avec des illustrateurs, là on passe à Midjourney") == ()


def test_re_running_a_prompt_is_a_retry(x: Extractor) -> None:
    quantities = q(x, "Re-running the same prompt 30 times on Midjourney to get the sky right")
    assert [v.count for v in quantities] == [30]


@pytest.mark.parametrize(
    "text", ["does Mistral host data in Europe? ok under Loi 25?", "la nLPD s'applique ?"]
)
def test_data_protection_laws_by_name(x: Extractor, text: str) -> None:
    assert "topic:privacy" in x.extract(text).facts


@pytest.mark.parametrize(
    ("text", "count", "medium", "period"),
    [
        ("on veut des photos d'ambiance générées sur Midjourney, une dizaine", 10, "image", None),
        ("I'll prompt 'senior citizens using tablets' x16 in Midjourney", 16, "image", None),
        ("how much carbon? we're at roughly 300/month on Midjourney", 300, "image", "month"),
        ("on génère 3/sem avec Midjourney", 3, "image", "week"),
    ],
)
def test_counts_at_the_end_as_multipliers_and_per_slash(
    x: Extractor, text: str, count: float, medium: str, period: str | None
) -> None:
    assert [(v.count, v.medium, v.period) for v in q(x, text)] == [(count, medium, period)]


def test_one_clip_named_with_an_article_in_a_question(x: Extractor) -> None:
    assert [
        (v.count, v.medium, v.seconds) for v in q(x, "c'est quoi la conso d'une vidéo Sora de 20 s ?")
    ] == [(1, "video", 20)]


@pytest.mark.parametrize(
    "text",
    ["le 12/03 on lance 20 visuels Midjourney", "chatbot Midjourney-style visuals 24/7, 20 visuels"],
)
def test_a_date_or_ratio_with_a_slash_is_no_count(x: Extractor, text: str) -> None:
    assert [v.count for v in q(x, text)] == [20]


def test_a_budget_that_ends_the_text_is_no_count(x: Extractor) -> None:
    assert q(x, "notre budget Midjourney est de 5000") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An article before the clip, its length further on: one clip ("une vidéo …, 30 sec").
        ("sora pour une video de renovation de A a Z en accéléré, 30 sec, pour tiktok", [(1, "video", 30)]),
        # Asking a tool N times is N generations, the verb a few words after the count.
        ("demander 100 fois à ChatGPT de reformuler mon synopsis, ça pèse ?", [(100, "text", None)]),
        ("I asked midjourney for 'a kind grandma reading to kids' 40 times", [(40, "image", None)]),
        # One personal message to each of the people counted: that many messages.
        (
            "les 12 000 donateurs : ChatGPT écrit un mail de remerciement perso à chacun",
            [(12000, "text", None)],
        ),
        ("the voiceover with ElevenLabs, une voix de synthèse du catalogue, 4 min", [(1, "voice", 240)]),
        # "Synthesia" is no "synthèse" (a summary generates no clip)
        ("Synthesia pour les vendeuses : 8 modules de 3 min", [(8, "video", 180)]),
        ("je vais faire une dizaine de rendus IA de la bague", [(10, "image", None)]),
    ],
)
def test_clips_retries_requests_and_modules(
    x: Extractor, text: str, expected: list[tuple[float, str, float | None]]
) -> None:
    assert [(v.count, v.medium, v.seconds) for v in q(x, text)] == expected


def test_notebooklm_is_a_tool_and_synthesia_is_not_a_summary(x: Extractor) -> None:
    assert x.extract("NotebookLM fait un épisode audio de 10 min").tools == ("notebooklm",)
    assert "intent:analyse" not in x.extract("une vidéo Synthesia").facts
    assert "intent:analyse" in x.extract("une synthèse de la réunion").facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Dubai" is no dubbing: the video is generated, not translated.
        ("on fait une video de 30 s pour l'ouverture de Dubai avec Veo", [(1, "video", 30)]),
        # "pub" could be anything; the jingle is the clip, and "30 s" further on is its length.
        ("un jingle dans le style d'Angele pour la pub appli, fait avec Suno, 30 s", [(1, "music", 30)]),
        # A clip tool and one length, no count, no clip word: one clip of that length.
        ("un avatar Synthesia sur la page d'accueil qui présente les tarifs, 2 min", [(1, "video", 120)]),
        ("HeyGen to make a 90-second avatar of our CFO presenting the H1 numbers", [(1, "video", 90)]),
        ("HeyGen avatar for the 1 min 30 onboarding", [(1, "video", 90)]),  # "30" is no count
        ("un spot Veo de 1 min 30 pour le lancement", [(1, "video", 90)]),
        ("we'll dub the CEO keynote into Japanese with ElevenLabs", []),  # dubbing generates nothing new
    ],
)
def test_clip_lengths_tools_and_dubbing(
    x: Extractor, text: str, expected: list[tuple[float, str, float]]
) -> None:
    assert [(v.count, v.medium, v.seconds) for v in q(x, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # article + rate, over the month named: 30 posts
        ("je vais générer un post par jour en novembre avec Le Chat", [(30, "text", None)]),
        ("Le stagiaire va faire 150 descriptifs de parkings avec ChatGPT", [(150, "text", None)]),
    ],
)
def test_an_article_with_a_rate_and_descriptifs_are_counts(
    x: Extractor, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(v.count, v.medium, v.period) for v in q(x, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rate comes first, the count after it, the horizon in between or at the end
        ("I'll prompt Gemini every morning for a month to get 3 LinkedIn post ideas", [(90, "text", None)]),
        ("Je lance chaque matin pendant 3 mois un prompt ChatGPT pour la veille", [(90, "text", None)]),
        ("Every week we make 5 visuals with Midjourney", [(5, "image", "week")]),
        # a number before the rate: no leading rate ("3 posts… chaque jour" is read as before)
        ("On génère 3 posts avec ChatGPT, et on en publie un chaque jour", [(3, "text", None)]),
    ],
)
def test_a_rate_said_before_the_count(
    x: Extractor, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(v.count, v.medium, v.period) for v in q(x, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "daily AI meme for the agency's TikTok, that's 365 of them this year lol",  # "that's" is no length
        "Nos vidéos HeyGen font 1 min 30, on en prévoit 12 sur l'année",  # the clips counted, once
    ],
)
def test_a_length_does_not_add_a_clip_or_hide_a_count(x: Extractor, text: str) -> None:
    assert len(q(x, text)) == 1 and q(x, text)[0].count in (365, 12)


@pytest.mark.parametrize(
    "text",
    [
        "on peut faire une video ou le chef presente notre plancha ? avec heygen ca se fait en 10 min",
        "a HeyGen avatar of our director built from 3 min of his conference footage",
        "Je demande à ChatGPT 10 idées de noms pour la nouvelle carte, brainstorm interne",
    ],
)
def test_time_taken_source_material_and_ideas_are_not_clips_or_batches(x: Extractor, text: str) -> None:
    assert q(x, text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a variant of something is that thing (was 300 and 100 images)
        ("generer 300 variantes d'objets de mail pour la campagne de nurturing avec l'IA", (300, "text")),
        ("Let's generate 100 variations of the year-end appeal subject line", (100, "text")),
        # English puts the thing last, French first
        ("Need 12 variations of the banner headline, doing them in ChatGPT", (12, "text")),
        ("we're making x4 variants of the Black Friday email visual in Ideogram", (4, "image")),
        ("3 versions de chaque bannière newsletter générées dans Canva IA", (3, "image")),
    ],
)
def test_a_variant_of_something_is_that_thing(x: Extractor, text: str, expected: tuple[float, str]) -> None:
    assert [(q.count, q.medium) for q in x.extract(text).quantities] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 posts a week for 6 months with ChatGPT", [(77, "text", None)]),  # 180 days
        (
            "on fait 3 reels par semaine avec Runway (15 s chacun), ça pèse combien sur l'année ?",
            [(156, "video", None)],
        ),
        (
            "so we're doing 3 videos a week on sora 15 seconds each for the whole quarter",
            [(39, "video", None)],
        ),
        ("générer 3 visuels par jour pendant 1 mois pour le feed insta avec Ideogram", [(90, "image", None)]),
        # the horizon's number is no item to multiply by (was 30 a week)
        ("On veut générer 3 vidéos de 15 s par semaine avec Veo, pendant 10 semaines", [(30, "video", None)]),
        ("30 requêtes ChatGPT par jour : ça représente quoi en CO2 sur une année ?", [(10950, "text", None)]),
        # a month or a quarter named after a lead is the horizon (a month is 30 days, a quarter 91)
        (
            "Copilot writes 3 LinkedIn posts a day for each of our 12 bakeries for the whole of March",
            [(1080, "text", None)],
        ),
        ("3 posts par jour en mars avec ChatGPT", [(90, "text", None)]),
        ("15 captions a day for Q1 with ChatGPT", [(1369, "text", None)]),
        ("One AI image a day through December with Firefly", [(30, "image", None)]),
        # no horizon: the rate stays a rate ("en semaine" is on weekdays, not for a week)
        ("3 posts par semaine sur LinkedIn avec Claude", [(3, "text", "week")]),
        ("3 posts par jour en semaine avec ChatGPT", [(3, "text", "day")]),
    ],
)
def test_a_rate_over_a_horizon_is_its_total(
    x: Extractor, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(q.count, q.medium, q.period) for q in x.extract(text).quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only a voice or music tool is named: the sound is what is made, the videos exist already
        ("voice-over for 8 tutorial videos, 2 min each, using a stock ElevenLabs voice", (8, "voice", 120)),
        (
            "we'll voice all 40 help-center videos with an ElevenLabs voice, about 90 seconds each",
            (40, "voice", 90),
        ),
        ("10 videos with Runway and an ElevenLabs voice", (10, "video", None)),
        # a radio spot is audio
        ("Faire 3 spots radio de 30 s avec une voix off IA et une musique Suno", (3, "voice", 30)),
    ],
)
def test_the_sound_of_existing_videos(
    x: Extractor, text: str, expected: tuple[float, str, float | None]
) -> None:
    assert [(q.count, q.medium, q.seconds) for q in x.extract(text).quantities] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Je fais réécrire par Gemini le témoignage d'une stagiaire sur sa dépression et son arrêt maladie",
        "Can I paste patient names and diagnoses into ChatGPT to draft follow-up letters?",
    ],
)
def test_someones_health_is_health_data(x: Extractor, text: str) -> None:
    assert "data:health" in x.extract(text).facts


def test_a_health_campaign_is_not_health_data(x: Extractor) -> None:
    assert "data:health" not in x.extract("Write 5 posts for our flu vaccination campaign with ChatGPT").facts


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a language model, not an AI (fashion) model: no avatar, so no "disclose generated people"
        (
            "does it make any difference which AI model we use for drafting memos, energy-wise?",
            "synthetic:avatar",
            "topic:model",
        ),
        ("Quel modèle IA est le moins énergivore ?", "synthetic:avatar", "topic:model"),
        # the real shoot to come, not the team's photos put into a tool
        (
            "30 portraits de consultants avec Midjourney en attendant le shooting photo de l'équipe",
            "data:likeness",
            "event:shoot",
        ),
    ],
)
def test_a_longer_phrase_shadows_a_shorter_one(x: Extractor, text: str, absent: str, present: str) -> None:
    facts = x.extract(text).facts
    assert absent not in facts and present in facts


def test_an_ai_model_in_a_shoot_is_still_an_avatar(x: Extractor) -> None:
    assert "synthetic:avatar" in x.extract("around 40 AI model shots in Midjourney for the new range").facts
    assert "data:likeness" in x.extract("on anime les photos de l'équipe avec Runway").facts


def test_launching_a_prompt_n_times_is_n_generations(x: Extractor) -> None:
    text = "« synthwave album cover, neon, 4k » — je le lance 25 fois sur Midjourney, ok pour vous ?"
    assert [(v.count, v.medium) for v in q(x, text)] == [(25, "image")]


@pytest.mark.parametrize(
    "text",
    [
        "On met un bot IA sur le Discord du jeu qui répond aux tickets support",
        "Claude will reply to DMs on the brand account from Monday",
    ],
)
def test_a_bot_answering_peoples_messages_is_a_deployed_chatbot(x: Extractor, text: str) -> None:
    assert "chatbot:deploy" in x.extract(text).facts


def test_fans_are_people(x: Extractor) -> None:
    assert "people:generic" in x.extract("DALL·E images of typical K-pop fans for the poster").facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # words that only begin like a person: Facebook, Adobe, "note interne", "dans le cadre", a pilot
        ("On poste 3 visuels Adobe Firefly sur Facebook et Instagram", "people"),
        ("J'utilise DeepL pour passer en anglais la note interne sur le nouveau logo", "people"),
        ("Dans le cadre du projet pilote, Claude rédige nos posts internationaux", "people"),
        # "an AI assistant" is software, not a job
        ("we want an AI assistant on our website to answer customers", "people"),
        # French "sort" is "comes out"; "new" is not "news"; a credit card product is no card number
        ("une vidéo Runway de 10 s d'une baguette qui sort du four", "intent:analyse"),
        ("50 Midjourney images for the new credit card landing pages", "publish:press"),
        ("50 Midjourney images for the new credit card landing pages", "data:personal"),
        ("a tagline for the skin cream with ChatGPT", "intent:generate"),
    ],
)
def test_a_word_that_only_begins_like_a_concept_is_not_it(x: Extractor, text: str, absent: str) -> None:
    assert absent not in x.extract(text).facts


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("sort the CVs by experience with ChatGPT", "intent:analyse"),
        ("portraits of our interns with Midjourney", "people"),
        ("on génère 12 visuels avec Midjourney", "intent:generate"),
        ("AI-generated posts for the local newspaper", "publish:press"),
        ("paste the customers' credit card numbers into Gemini", "data:personal"),
    ],
)
def test_the_words_themselves_still_are(x: Extractor, text: str, present: str) -> None:
    assert present in x.extract(text).facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "On colle les dossiers des candidats dans ChatGPT et il écarte ceux de plus de 50 ans",
            {"hr:screening", "criteria:protected"},
        ),
        (
            "is it fine to let an AI model decide which people see our mortgage ads on facebook?",
            {"decide:audience", "topic:model"},
        ),
        ('CRM tags in Notion AI: "as a Muslim voter you will…"', {"trait:sensitive", "data:personal"}),
    ],
)
def test_decisions_about_people_are_read(x: Extractor, text: str, facts: set[str]) -> None:
    found = x.extract(text).facts
    assert facts <= found and "synthetic:avatar" not in found


def test_music_that_sounds_like_a_song_is_no_voice_clone(x: Extractor) -> None:
    assert "synthetic:clone" not in x.extract("a Suno jingle that should sound like that Stromae song").facts
    assert "synthetic:clone" in x.extract("make the ElevenLabs voice sound like our founder").facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # someone checking is no review: the fake-reviews rule (critical) fired on these
        ("ChatGPT drafts our newsletter and our editor reviews it before sending.", "reviews"),
        ("a certified medical translator reviews every language before print", "reviews"),
        # "comex" read as "come", "sensible" is English for reasonable, "on board" is a flight
        ("Only the subtitles come from Whisper + DeepL.", "data:confidential"),
        ("Merci, le comex a validé la charte IA 🙏", "data:confidential"),
        ("What's a sensible posting frequency on LinkedIn?", "data:confidential"),
        ("Welcome on board, says the AI-written cabin announcement", "data:confidential"),
        ("real patients, filmed by our own crew", "topic:style"),
        ("real patients, filmed by our own crew", "topic:copyright"),
        ("le comex a validé la charte IA", "subject:objects"),
        # a statistic about undiagnosed people is no one's health data
        ("« 1 Français sur 3 souffre de troubles auditifs non diagnostiqués » dit Mistral", "data:health"),
        ("Our content strategist uses Claude to draft the editorial calendar", "data:confidential"),
        ("ChatGPT writes the posts in our brand's voice", "data:likeness"),
        ("Claude écrit avec la voix de notre marque", "data:likeness"),
        ("the voice of our new PA announcements is synthetic", "data:likeness"),
        ("on publie les visuels Midjourney sur toutes les plateformes", "subject:objects"),
        ("ChatGPT reformule les objectifs de la campagne", "subject:objects"),
        ("un portrait de notre fondatrice animé avec HeyGen", "subject:objects"),
        ("une personne réelle dans la pub", "publish:social"),
        ("a synthetic voice for the radio ad", "intent:analyse"),
        ("une personnalité connue dans la pub Midjourney", "intent:write"),
        ("kidding aside, can Gemini draft the FAQ?", "people"),
        ("our employer brand video made with Runway", "people"),
        ("Canva prints it on our textile bags", "medium:text"),
    ],
)
def test_words_that_only_look_like_a_concept(x: Extractor, text: str, absent: str) -> None:
    assert absent not in x.extract(text).facts


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Generate 50 five-star Google reviews for our restaurant.", "reviews"),
        ("ChatGPT writes our customer reviews page", "reviews"),
        ("on colle les chiffres du comex dans Copilot", "data:confidential"),
        ("j'ai des données sensibles sur nos clients à mettre dans Gemini", "data:confidential"),
        ("paste the board deck into Claude", "data:confidential"),
        ("the patient names and diagnoses go into ChatGPT", "data:health"),
        ("scrape a few hundred label photos from other breweries to train a LoRA", "topic:style"),
        ("la photo d'un vrai patient trouvée sur insta comme base", "topic:style"),
        ("Copilot trie les candidatures en écartant les plus de 35 ans", "criteria:protected"),
        ("let an AI decide which of our 3,000 club members get invited", "decide:audience"),
        ("an AI tool drops the postcodes it flags as low-income", "decide:audience"),
        ("clone the voice of our CEO with ElevenLabs", "data:likeness"),
        ("Midjourney portraits of families at the beach", "people"),
        ("our employees in the Midjourney visuals", "people"),
        ("paste our strategy deck into ChatGPT", "data:confidential"),
    ],
)
def test_the_concepts_themselves_are_read(x: Extractor, text: str, present: str) -> None:
    assert present in x.extract(text).facts


@pytest.mark.parametrize(
    ("text", "negated", "absent"),
    [
        ("We won't use any AI for the patient testimonials this time", "negated:topic", "topic:ai"),
        ("we don't use AI for this one, it's all shot by us", "negated:topic", "topic:ai"),
        ("No voice cloning, no synthetic voice: Marie records it.", "negated:synthetic", "synthetic:voice"),
    ],
)
def test_english_contractions_and_synthetic_voices_are_negated(
    x: Extractor, text: str, negated: str, absent: str
) -> None:
    found = x.extract(text).facts
    assert negated in found and absent not in found


def test_an_avatar_with_a_translated_script_still_makes_its_videos(x: Extractor) -> None:
    m = x.extract("a HeyGen avatar presents the rules in 12 one-minute videos, script translated by the tool")
    assert [(q.count, q.medium, q.seconds) for q in m.quantities] == [(12.0, "video", 60.0)]
    # subtitling existing videos makes none
    assert not x.extract("subtitle 40 videos with Whisper").quantities


def test_a_real_person_recorded_for_real_is_no_synthesis_of_them(x: Extractor) -> None:
    real = "recorded by our real guide Marie in a studio. No voice cloning. Subtitles from Whisper."
    assert "real:only" in x.extract(real).facts
    cloned = "recorded by our CEO in a studio, then cloned with ElevenLabs for the other languages"
    assert "real:only" not in x.extract(cloned).facts


@pytest.mark.parametrize(
    "text",
    [
        "c legal de mettre un joueur de l'OM généré par IA ds notre pub ?? il a rien signé evidemment",
        "an AI version of a footballer in our ad, without his consent",
    ],
)
def test_a_real_person_without_consent_is_a_likeness(x: Extractor, text: str) -> None:
    assert "data:likeness" in x.extract(text).facts


def test_abstract_or_internal_media_and_denied_realism_are_read(x: Extractor) -> None:
    found = x.extract("one abstract pattern in Firefly, no people, no logos, nothing realistic").facts
    assert {"style:abstract", "negated:people", "negated:brand", "negated:realistic"} <= found
    assert not {"brand:logo", "realistic", "people"} & found
    internal = "10 fonds d'écran Firefly pr les visios, usage interne uniquement"
    assert "use:internal" in x.extract(internal).facts


def test_the_longest_unit_names_the_medium(x: Extractor) -> None:
    m = x.extract("we want to auto-generate ~500 clip thumbnails a month with DALL-E")
    assert [(q.count, q.medium, q.period) for q in m.quantities] == [(500.0, "image", "month")]


@pytest.mark.parametrize(
    ("text", "fictional_only"),
    [
        ("We'll make fake 'customer' selfies with our new donut in Midjourney and repost them as UGC.", True),
        ("the AI-avatar doctor in our ad is made up, we built him in HeyGen", True),
        ("fake customer testimonials written from our CRM list pasted into ChatGPT", False),  # real data
        ("a fictional spot where our CEO's cloned voice reads the offer", False),  # a real person
    ],
)
def test_people_who_do_not_exist_are_nobody_s_likeness(x: Extractor, text: str, fictional_only: bool) -> None:
    assert ("fictional:only" in x.extract(text).facts) is fictional_only


@pytest.mark.parametrize(
    ("text", "count", "period"),
    [
        # the rate's period a few words after its unit, then per item, the items counted in passing,
        # and the horizon: 10 a week × 12 clinics × 52.14 weeks
        (
            "ChatGPT pour écrire 10 variantes de SMS de rappel de rdv par semaine et par clinique "
            "(on en a 12), pendant un an. C'est quoi l'empreinte ?",
            6257,
            None,
        ),
        ("We'll use Claude to write 3 posts per store (we have 40) every month", 120, "month"),
        ("ChatGPT pour écrire 10 SMS par semaine pour chacune de nos 12 cliniques", 120, "week"),
        # another count between the unit and "per": that count owns what follows
        ("5 images for the blog with Midjourney, 3 per week for Instagram", 5, None),
    ],
)
def test_rates_per_item_with_the_items_counted_in_passing(
    x: Extractor, text: str, count: float, period: str | None
) -> None:
    assert next((round(v.count), v.period) for v in q(x, text)) == (count, period)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("texte de candidature au concours écrit à 80% par Claude", "data:cv", "doc:entry"),
        ("ChatGPT tri les candidatures pour le poste de commercial", "doc:entry", "data:cv"),
        ("AI-generated 'before' photo of a rescued horse for donors", "people", "subject:objects"),
        ("le bilan carbone de notre brique (FDES) par ChatGPT", "quantity", "subject:product-footprint"),
    ],
)
def test_what_a_message_is_about_when_a_word_misleads(
    x: Extractor, text: str, absent: str, present: str
) -> None:
    facts = x.extract(text).facts
    assert present in facts and absent not in facts
