"""Digest strings of the FR/EN catalogue (merged into `bot.coach.i18n.CATALOGUE`)."""

from __future__ import annotations

DIGEST: dict[str, dict[str, str]] = {
    "digest.title": {
        "en": "Weekly AI digest — week {week}",
        "fr": "Digest IA de la semaine — semaine {week}",
    },
    "digest.intro": {
        "en": "{checks} AI checks this week ({trend} vs last week), by {people} people.",
        "fr": "{checks} vérifications IA cette semaine ({trend} par rapport à la semaine dernière), par "
        "{people} personnes.",
    },
    "digest.intro_no_trend": {
        "en": "{checks} AI checks this week, by {people} people.",
        "fr": "{checks} vérifications IA cette semaine, par {people} personnes.",
    },
    "digest.suppressed": {
        "en": "Too little activity this week to report without pointing at anyone (fewer than {n} people).",
        "fr": "Trop peu d'activité cette semaine pour en parler sans désigner quelqu'un (moins de {n} personnes).",
    },
    "digest.pillars": {"en": "Most flagged", "fr": "Points les plus signalés"},
    "digest.tools": {"en": "Tools most mentioned", "fr": "Outils les plus cités"},
    "digest.media": {"en": "Media", "fr": "Médias"},
    "digest.logs": {"en": "Usage reported", "fr": "Usages déclarés"},
    "digest.logs_value.one": {
        "en": "{n} report with /ai-check log",
        "fr": "{n} déclaration avec /ai-check log",
    },
    "digest.logs_value.other": {
        "en": "{n} reports with /ai-check log",
        "fr": "{n} déclarations avec /ai-check log",
    },
    "digest.fp.estimated": {"en": "Footprint of the plans checked", "fr": "Empreinte des projets vérifiés"},
    "digest.fp.logged": {"en": "Footprint of the usage reported", "fr": "Empreinte des usages déclarés"},
    "digest.fp.api": {"en": "API usage (organisation)", "fr": "Usage API (organisation)"},
    "digest.fp.none": {
        "en": "No footprint to report this week.",
        "fr": "Pas d'empreinte à signaler cette semaine.",
    },
    "digest.fp.value": {
        "en": "{energy} · {co2e} · {water} of water{equivalent}",
        "fr": "{energy} · {co2e} · {water} d'eau{equivalent}",
    },
    "digest.sparkline": {
        "en": "Checks per week, last 6 weeks",
        "fr": "Vérifications par semaine, 6 dernières semaines",
    },
    "digest.sparkline.now": {"en": "{n} this week", "fr": "{n} cette semaine"},
    "digest.sparkline.withheld": {
        "en": "–: too few people to show",
        "fr": "– : trop peu de personnes pour l'afficher",
    },
    "digest.api.total": {
        "en": "{requests} requests this week ({trend} vs last week)",
        "fr": "{requests} requêtes cette semaine ({trend} par rapport à la semaine dernière)",
    },
    "digest.api.total_no_trend": {
        "en": "{requests} requests this week",
        "fr": "{requests} requêtes cette semaine",
    },
    "digest.api.requests": {"en": "{n} requests", "fr": "{n} requêtes"},
    "digest.api.images": {"en": "{n} images", "fr": "{n} images"},
    "digest.api.model": {"en": "• {model}: {amount}{energy}", "fr": "• {model} : {amount}{energy}"},
    "digest.api.dominant": {
        "en": "Tip: {model} made {share} of these requests. For drafts and simple tasks, a smaller model "
        "(a mini or small variant) uses a fraction of the energy.",
        "fr": "Astuce : {model} a fait {share} de ces requêtes. Pour des brouillons et des tâches simples, "
        "un modèle plus petit (variante mini ou small) consomme une fraction de l'énergie.",
    },
    "digest.nudge": {"en": "This week's tip", "fr": "Le conseil de la semaine"},
    "digest.cta": {
        "en": "Before your next prompt, try `/ai-check` with what you plan to do. Report usage with "
        "`/ai-check log midjourney 12 images`.",
        "fr": "Avant votre prochain prompt, essayez `/ai-check` avec ce que vous prévoyez. Déclarez un usage "
        "avec `/ai-check log midjourney 12 images`.",
    },
    "digest.note": {
        "en": "Team figures only: no one is named, and groups under {n} people are not shown.",
        "fr": "Chiffres d'équipe uniquement : personne n'est nommé, et les groupes de moins de {n} personnes ne "
        "sont pas affichés.",
    },
    "digest.trend.same": {"en": "same as", "fr": "autant que"},
    "digest.none": {"en": "—", "fr": "—"},
    # `/ai-check log …`
    "log.recorded": {
        "en": "Recorded for the team's weekly digest: {what}. Estimated footprint {energy}, {co2e}, {water} of water ({equivalents}). Thanks for reporting!",
        "fr": "Enregistré pour le digest hebdomadaire de l'équipe : {what}. Empreinte estimée {energy}, {co2e}, {water} d'eau ({equivalents}). Merci de l'avoir déclaré !",
    },
    "log.unclear": {
        "en": "I couldn't tell what to record, so nothing was recorded. Say the tool, a number and a unit, e.g. `/ai-check log midjourney 12 images`, `/ai-check log chatgpt 40 prompts` or `/ai-check log sora 3 videos of 20 seconds`.",
        "fr": "Je n'ai pas compris quoi enregistrer : rien n'a été enregistré. Indiquez l'outil, un nombre et une unité, par ex. `/ai-check log midjourney 12 images`, `/ai-check log chatgpt 40 prompts` ou `/ai-check log sora 3 vidéos de 20 secondes`.",
    },
}
