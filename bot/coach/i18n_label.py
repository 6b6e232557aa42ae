"""Strings of the disclosure helper (`label`), merged into `bot.coach.i18n.CATALOGUE`."""

from __future__ import annotations

LABEL: dict[str, dict[str, str]] = {
    "label.title": {
        "en": "Labelling AI content: {place}, {medium}",
        "fr": "Signaler l'IA : {place}, {medium}",
    },
    "label.must.required": {"en": "Yes: you must label it.", "fr": "Oui : vous devez le signaler."},
    "label.must.depends": {
        "en": "It depends: required in the cases below, recommended otherwise.",
        "fr": "Ça dépend : obligatoire dans les cas ci-dessous, recommandé sinon.",
    },
    "label.must.recommended": {
        "en": "Not required here, but recommended.",
        "fr": "Pas obligatoire ici, mais recommandé.",
    },
    "label.must.not_applicable": {
        "en": "Not applicable to this medium here.",
        "fr": "Sans objet pour ce support ici.",
    },
    "label.mention": {"en": "Mention to copy", "fr": "Mention à copier"},
    "label.house": {"en": "Your AI charter's wording", "fr": "Formulation de votre charte IA"},
    "label.where": {"en": "Where to set it", "fr": "Où l'indiquer"},
    "label.metadata": {"en": "Metadata (C2PA)", "fr": "Métadonnées (C2PA)"},
    "label.why": {"en": "Why", "fr": "Pourquoi"},
    "label.kind.law": {"en": "Law", "fr": "Loi"},
    "label.kind.platform": {"en": "Platform rule", "fr": "Règle de la plateforme"},
    "label.kind.practice": {"en": "Good practice", "fr": "Bonne pratique"},
    "label.case": {"en": "Case: {names}", "fr": "Cas : {names}"},
    "label.case_default": {
        "en": "Assumed: fully AI-generated. Add “edited”, “real person” or “partnership” for those cases.",
        "fr": "Supposé : entièrement généré par IA. Ajoutez « retouché », « personne réelle » ou "
        "« partenariat » pour ces cas.",
    },
    "label.assumed": {
        "en": "No medium named: answered for {medium}. Also: {others}.",
        "fr": "Aucun support précisé : réponse pour {medium}. Aussi : {others}.",
    },
    "label.unknown.place": {
        "en": "I don't know this place, and I'd rather not guess. Known places:",
        "fr": "Je ne connais pas ce lieu de publication, et je préfère ne pas deviner. Lieux connus :",
    },
    "label.unknown.medium": {
        "en": "I don't know this medium, and I'd rather not guess. Known media:",
        "fr": "Je ne connais pas ce support, et je préfère ne pas deviner. Supports connus :",
    },
    "label.usage": {
        "en": "Ask: {command} <where> [what], e.g. {command} tiktok video",
        "fr": "Demandez : {command} <où> [quoi], par exemple {command} tiktok vidéo",
    },
    "label.reviewed": {
        "en": "Reviewed {date}. Not legal advice.",
        "fr": "Revu le {date}. Pas un avis juridique.",
    },
    "label.not_available": {
        "en": "The disclosure helper is not available here.",
        "fr": "L'aide à la mention IA n'est pas disponible ici.",
    },
    "label.link": {"en": "→ Exact mention and where to set it:", "fr": "→ Mention exacte et où l'indiquer :"},
    "label.generic_args": {"en": "<where> [what]", "fr": "<où> [quoi]"},
    "label.help_teams": {
        "en": "• label tiktok video: must I label it, the exact mention, where the toggle is",
        "fr": "• label tiktok vidéo : faut-il le signaler, la mention exacte, où est l'option",
    },
    "label.help": {
        "en": "• `/ai-check label tiktok video`: must I label it, the exact mention, where the toggle is",
        "fr": "• `/ai-check label tiktok vidéo` : faut-il le signaler, la mention exacte, où est l'option",
    },
}
