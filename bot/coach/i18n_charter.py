"""Strings of the organisation's AI charter (merged into `bot.coach.i18n.CATALOGUE`): `charter.*`."""

from __future__ import annotations

CHARTER: dict[str, dict[str, str]] = {
    "charter.marker": {"en": "Your AI charter", "fr": "Votre charte IA"},
    "charter.advice": {"en": "Your AI charter{section}: {text}", "fr": "Votre charte IA{section} : {text}"},
    "charter.section": {"en": " (§ {section})", "fr": " (§ {section})"},
    "charter.tool.not_approved": {
        "en": "{tool} is not approved here — use {alternative}",
        "fr": "{tool} n'est pas autorisé ici — utilisez {alternative}",
    },
    "charter.tool.not_approved_alone": {
        "en": "{tool} is not approved here",
        "fr": "{tool} n'est pas autorisé ici",
    },
    "charter.tool.not_approved_reason": {
        "en": "{tool} is not on the approved list.",
        "fr": "{tool} ne fait pas partie des outils autorisés.",
    },
    "charter.tool.alternative": {
        "en": "{alternative} is approved{why}.",
        "fr": "{alternative} est autorisé{why}.",
    },
    "charter.tool.conditions": {
        "en": "{tool}: approved with conditions",
        "fr": "{tool} : autorisé sous conditions",
    },
    "charter.tool.action": {
        "en": "Use {alternative} instead of {tool}",
        "fr": "Utilisez {alternative} plutôt que {tool}",
    },
    "charter.tool.action_alone": {
        "en": "Do not use {tool} for this work",
        "fr": "N'utilisez pas {tool} pour ce travail",
    },
    "charter.data.title": {
        "en": "{label}: your charter says never in a prompt",
        "fr": "{label} : votre charte dit jamais dans un prompt",
    },
    "charter.data.action": {
        "en": "Remove from the prompt: {label}",
        "fr": "Retirez du prompt : {label}",
    },
    "charter.questions": {"en": "Questions? {contact}", "fr": "Des questions ? {contact}"},
    "charter.house_mention": {
        "en": "Your charter's wording: “{text}”",
        "fr": "La mention de votre charte : « {text} »",
    },
    # `/ai-check charter` and the App Home
    "charter.summary.title": {"en": "{organisation}: AI charter", "fr": "{organisation} : charte IA"},
    "charter.summary.approved": {"en": "Approved tools", "fr": "Outils autorisés"},
    "charter.summary.conditions": {"en": "Approved with conditions", "fr": "Autorisés sous conditions"},
    "charter.summary.not_approved": {"en": "Not approved", "fr": "Non autorisés"},
    "charter.summary.rules": {
        "en": "The three rules that matter most",
        "fr": "Les trois règles essentielles",
    },
    "charter.summary.contacts": {"en": "Who to ask", "fr": "À qui demander"},
    "charter.summary.read": {"en": "Read the full charter", "fr": "Lire la charte complète"},
    "charter.summary.use": {"en": "{tool} → use {alternative}", "fr": "{tool} → utilisez {alternative}"},
    "charter.summary.none_item": {"en": "none listed", "fr": "aucun indiqué"},
    "charter.none": {
        "en": "No AI charter is configured here yet, so I only apply public rules. An administrator can add "
        "the organisation's own (approved tools, data never to put in a prompt, house wording): set "
        "COACH_CHARTER to a YAML file (example: knowledge/charter.example.yaml) and check it with "
        "`ai-coach charter lint`.",
        "fr": "Aucune charte IA n'est configurée ici pour l'instant : j'applique seulement les règles publiques. "
        "Un administrateur peut ajouter celle de l'organisation (outils autorisés, données à ne jamais mettre "
        "dans un prompt, mentions maison) : COACH_CHARTER pointe vers un fichier YAML (exemple : "
        "knowledge/charter.example.yaml), à vérifier avec `ai-coach charter lint`.",
    },
    "charter.home.title": {
        "en": "Your organisation's AI charter",
        "fr": "La charte IA de votre organisation",
    },
    # Digest
    "digest.charter.one": {
        "en": "1 check mentioned a tool your charter does not approve ({tools})",
        "fr": "1 vérification a mentionné un outil que votre charte n'autorise pas ({tools})",
    },
    "digest.charter.other": {
        "en": "{n} checks mentioned a tool your charter does not approve ({tools})",
        "fr": "{n} vérifications ont mentionné un outil que votre charte n'autorise pas ({tools})",
    },
    "digest.charter.label": {"en": "Your AI charter", "fr": "Votre charte IA"},
}
