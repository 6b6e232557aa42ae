"""The one FR/EN catalogue of user-facing strings (core, renderers and adapters all read it)."""

from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    # Assessment answer lines
    "answer.points": {
        "en": "{n} point(s) to review before you go: {pillars}.",
        "fr": "{n} point(s) à revoir avant de vous lancer : {pillars}.",
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
    "fp.basis.ecologits_video": {
        "en": "EcoLogits, {model}, {resolution}",
        "fr": "EcoLogits, {model}, {resolution}",
    },
    "fp.finding.title": {
        "en": "Footprint of this batch: {energy}",
        "fr": "Empreinte de cette production : {energy}",
    },
    "fp.finding.advice": {
        "en": "Estimated {energy}, {co2e} and {water} of water ({equivalents}). Basis: {basis}. {advice}",
        "fr": "Estimation : {energy}, {co2e} et {water} d'eau ({equivalents}). Base : {basis}. {advice}",
    },
}


def t(key: str, lang: str) -> str:
    """The string for `key` in `lang` (English if missing, the key itself if unknown)."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry.get("en") or key


def _merge() -> None:
    from .i18n_digest import DIGEST
    from .i18n_ui import UI

    CATALOGUE.update(DIGEST)
    CATALOGUE.update(UI)


_merge()
