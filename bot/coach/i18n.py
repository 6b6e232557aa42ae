"""The one FR/EN catalogue of user-facing strings (core, renderers and adapters all read it)."""

from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    # Assessment answer lines
    "answer.to_act": {
        "en": "{n} points to fix before you start",
        "fr": "{n} points à régler avant de vous lancer",
    },
    "answer.to_act_one": {
        "en": "1 point to fix before you start",
        "fr": "1 point à régler avant de vous lancer",
    },
    "answer.blocking": {"en": ", {n} of them blocking", "fr": ", dont {n} bloquants"},
    "answer.blocking_one": {"en": ", 1 of them blocking", "fr": ", dont 1 bloquant"},
    "answer.plus_tips": {"en": "; plus {n} tips", "fr": " ; et {n} conseils en plus"},
    "answer.plus_tip": {"en": "; plus 1 tip", "fr": " ; et 1 conseil en plus"},
    "answer.tips_only": {
        "en": "Nothing blocking: {n} tips to do it well.",
        "fr": "Rien de bloquant : {n} conseils pour bien faire.",
    },
    "answer.tip_only": {
        "en": "Nothing blocking: 1 tip to do it well.",
        "fr": "Rien de bloquant : 1 conseil pour bien faire.",
    },
    "action.tool": {"en": "the AI tool", "fr": "l'outil d'IA"},
    "fp.finding.action": {
        "en": "Generate only what you will use: fewer variants, fewer regenerations",
        "fr": "Ne générez que ce qui servira : moins de variantes, moins de régénérations",
    },
    "answer.no_card": {
        "en": "I have no sourced card that answers this precisely. Tell me what you plan to create with AI and I'll point out what to check (bias, transparency, footprint, privacy, copyright, accuracy).",
        "fr": "Je n'ai pas de fiche sourcée qui réponde précisément à cela. Décrivez ce que vous prévoyez de créer avec l'IA et je vous dirai quoi vérifier (biais, transparence, empreinte, données, droits, exactitude).",
    },
    "answer.not_as_is": {"en": "Not as it stands. {action}.", "fr": "Pas en l'état. {action}."},
    "answer.unsure": {
        "en": "I'm not sure what you're asking, and I'd rather not guess. Is it one of these topics?",
        "fr": "Je ne vois pas bien ce que vous demandez, et je préfère ne pas deviner. Est-ce l'un de ces "
        "sujets ?",
    },
    "answer.clear": {
        "en": "Nothing to flag in what you describe. Keep a human review before publishing.",
        "fr": "Rien à signaler dans ce que vous décrivez. Gardez une relecture humaine avant publication.",
    },
    "answer.off_topic": {
        "en": "I coach teams on responsible use of generative AI (bias, transparency, footprint, privacy, "
        "copyright, accuracy). Tell me what you plan to create with AI, or ask me a question about it.",
        "fr": "J'accompagne les équipes sur un usage responsable de l'IA générative (biais, transparence, "
        "empreinte, données, droits, exactitude). Décrivez ce que vous voulez créer avec l'IA, ou posez-moi "
        "une question à ce sujet.",
    },
    "answer.empty": {
        "en": "Tell me what you plan to do with generative AI, e.g. “30 Instagram visuals with Midjourney”.",
        "fr": "Décrivez ce que vous prévoyez de faire avec l'IA générative, par ex. « 30 visuels Instagram "
        "avec Midjourney ».",
    },
    "answer.footprint": {
        "en": "Estimated footprint: {energy}, {co2e}, {water} of water.",
        "fr": "Empreinte estimée : {energy}, {co2e}, {water} d'eau.",
    },
    # A footprint question about a counted use: the estimate is the answer ("rough energy per month?").
    "answer.estimate": {
        "en": "About {energy} ({equivalent}){asked} for {basis}.",
        "fr": "Environ {energy} ({equivalent}){asked} pour {basis}.",
    },
    # Pillar names
    "pillar.bias": {"en": "bias", "fr": "biais"},
    "pillar.transparency": {"en": "transparency", "fr": "transparence"},
    "pillar.footprint": {"en": "footprint", "fr": "empreinte"},
    "pillar.privacy": {"en": "privacy", "fr": "données personnelles"},
    "pillar.copyright": {"en": "copyright", "fr": "droits d'auteur"},
    "pillar.accuracy": {"en": "accuracy", "fr": "exactitude"},
    "severity.info": {"en": "Good to know", "fr": "Bon à savoir"},
    "severity.warning": {"en": "To check", "fr": "À vérifier"},
    "severity.critical": {"en": "Must fix", "fr": "À corriger"},
    # Footprint basis
    "fp.any_tool": {"en": "tool not named", "fr": "outil non précisé"},
    "fp.unit.text": {"en": "text generations", "fr": "générations de texte"},
    "fp.per.day": {"en": "per day", "fr": "par jour"},
    "fp.per.week": {"en": "per week", "fr": "par semaine"},
    "fp.per.month": {"en": "per month", "fr": "par mois"},
    "fp.per.year": {"en": "per year", "fr": "par an"},
    "fp.basis.factor": {
        "en": "{range} Wh per {unit}, {source}",
        "fr": "{range} Wh par {unit}, {source}",
    },
    "fp.basis.ecologits_text": {
        "en": "EcoLogits, {model}, ~{tokens} output tokens each",
        "fr": "EcoLogits, {model}, ~{tokens} jetons générés chacune",
    },
    "fp.basis.video": {
        "en": "{count} video(s) of {seconds} s, {tool}",
        "fr": "{count} vidéo(s) de {seconds} s, {tool}",
    },
    "fp.basis.clips": {
        "en": ", as {clips} clips of {seconds} s each",
        "fr": ", soit {clips} clips de {seconds} s chacun",
    },
    "fp.basis.ecologits_video": {
        "en": "EcoLogits, {model}, {resolution}",
        "fr": "EcoLogits, {model}, {resolution}",
    },
    "fp.finding.title": {
        "en": "Footprint of this batch: {energy}",
        "fr": "Empreinte de cette production : {energy}",
    },
    "fp.finding.advice": {
        "en": "About {energy} ({equivalent}){asked} for {basis}. {advice}",
        "fr": "Environ {energy} ({equivalent}){asked} pour {basis}. {advice}",
    },
    "fp.asked.water": {"en": ", {water} of water", "fr": ", {water} d'eau"},
    "fp.asked.carbon": {"en": ", {co2e}", "fr": ", {co2e}"},
    # --- Microsoft Teams (outgoing webhook replies, Adaptive Cards) ---
    "teams.forget_done": {
        "en": "Done: {n} record(s) about you were erased. Your next checks will be counted again (never their text).",
        "fr": "C'est fait : {n} enregistrement(s) vous concernant ont été effacés. Vos prochaines vérifications seront de nouveau comptées (jamais leur texte).",
    },
    "teams.forget_none": {
        "en": "Nothing was recorded about you: there is nothing to erase.",
        "fr": "Rien n'a été enregistré à votre sujet : il n'y a rien à effacer.",
    },
    "teams.help.intro": {
        "en": "Mention me in a channel with what you plan to do with generative AI, or with a question. I answer in the thread with the points to review on bias, transparency and footprint (plus privacy, copyright and accuracy when they apply), each backed by sources.",
        "fr": "Mentionnez-moi dans un canal avec ce que vous prévoyez de faire avec l'IA générative, ou avec une question. Je réponds dans le fil avec les points à revoir sur les biais, la transparence et l'empreinte (et les données, les droits d'auteur et l'exactitude quand ils s'appliquent), chacun appuyé sur des sources.",
    },
    "teams.help.digest": {
        "en": "Every week, a digest of the team's AI use, its estimated footprint and one tip is posted in the channel your administrator chose. It never names anyone.",
        "fr": "Chaque semaine, un digest de l'usage de l'IA par l'équipe, de son empreinte estimée et un conseil est publié dans le canal choisi par votre administrateur. Il ne nomme personne.",
    },
    "teams.digest.cta": {
        "en": "Before your next prompt, mention @ai-coach in a channel with what you plan to do.",
        "fr": "Avant votre prochain prompt, mentionnez @ai-coach dans un canal avec ce que vous prévoyez.",
    },
    "teams.more_lines": {"en": "…and {n} more.", "fr": "…et {n} de plus."},
    "teams.truncated": {
        "en": "Your text is long: I checked its beginning.",
        "fr": "Votre texte est long : j'en ai vérifié le début.",
    },
    "teams.apology": {
        "en": "Sorry, something went wrong on my side while answering. Please try again in a moment.",
        "fr": "Désolé, un problème de mon côté m'a empêché de répondre. Réessayez dans un instant.",
    },
    "teams.unreadable": {
        "en": "Sorry, I could not read this message. Please try again.",
        "fr": "Désolé, je n'ai pas pu lire ce message. Réessayez.",
    },
    "teams.too_large": {
        "en": "This message is too large for me to read. Please send a shorter text.",
        "fr": "Ce message est trop volumineux pour que je le lise. Envoyez un texte plus court.",
    },
}


def t(key: str, lang: str) -> str:
    """The string for `key` in `lang` (English if missing, the key itself if unknown)."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry.get("en") or key


def _merge() -> None:
    from .i18n_charter import CHARTER
    from .i18n_digest import DIGEST
    from .i18n_label import LABEL
    from .i18n_surfaces import SURFACES
    from .i18n_teams import TEAMS_APP
    from .i18n_ui import UI
    from .typography import french

    CATALOGUE.update(DIGEST)
    CATALOGUE.update(UI)
    CATALOGUE.update(SURFACES)
    CATALOGUE.update(TEAMS_APP)
    CATALOGUE.update(LABEL)
    CATALOGUE.update(CHARTER)
    for entry in CATALOGUE.values():  # French punctuation spacing, once, not on every lookup
        if "fr" in entry:
            entry["fr"] = french(entry["fr"])


_merge()
