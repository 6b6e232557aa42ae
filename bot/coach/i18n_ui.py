"""Slack, playground and help strings of the FR/EN catalogue (merged into `bot.coach.i18n.CATALOGUE`).

Keys: `slack.*` (Slack replies), `ui.*` (buttons, App Home, playground), `help.*` (the help message).
"""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    # --- Slack replies ---------------------------------------------------------------------------
    "slack.apology": {
        "en": "Sorry, something went wrong on my side while answering. Please try again in a moment.",
        "fr": "Désolé, un problème de mon côté m'a empêché de répondre. Réessayez dans un instant.",
    },
    "slack.not_in_channel": {
        "en": "I can't post in this conversation yet: invite me with `/invite @ai-coach`, then try again.",
        "fr": "Je ne peux pas encore écrire ici : invitez-moi avec `/invite @ai-coach`, puis réessayez.",
    },
    "slack.shared_by": {"en": "Shared by {user}", "fr": "Partagé par {user}"},
    "slack.shared_text": {"en": "Text checked", "fr": "Texte vérifié"},
    "slack.feedback_thanks": {
        "en": "Thanks, noted. Your feedback helps us improve the coach.",
        "fr": "Merci, c'est noté. Votre avis nous aide à améliorer le coach.",
    },
    "slack.forget_done": {
        "en": "Done: {n} record(s) about you were erased. Checks you make from now on are recorded again "
        "(never their text); run `/ai-check forget me` whenever you like.",
        "fr": "C'est fait : {n} enregistrement(s) vous concernant ont été effacés. Vos prochaines vérifications "
        "seront de nouveau comptées (jamais leur texte) ; `/ai-check forget me` reste disponible.",
    },
    "slack.forget_none": {
        "en": "There was nothing recorded about you: nothing to erase.",
        "fr": "Rien n'était enregistré à votre sujet : rien à effacer.",
    },
    "slack.digest_on": {
        "en": "Weekly digest turned on for this channel: {when} ({timezone}), in {language}. It shows the "
        "team's AI usage, its estimated footprint and one tip; it never names anyone and says nothing about "
        "groups of fewer than {min_group} people. If I'm not in this channel yet, invite me with "
        "`/invite @ai-coach`. `/ai-check digest off` stops it.",
        "fr": "Digest hebdomadaire activé pour ce canal : {when} ({timezone}), en {language}. Il montre "
        "l'usage de l'IA par l'équipe, son empreinte estimée et un conseil ; il ne nomme personne et ne dit "
        "rien des groupes de moins de {min_group} personnes. Si je ne suis pas encore dans ce canal, "
        "invitez-moi avec `/invite @ai-coach`. `/ai-check digest off` l'arrête.",
    },
    "slack.digest_first": {
        "en": "The first one will be posted on {when}.",
        "fr": "Le premier sera publié le {when}.",
    },
    "slack.digest_preview_note": {
        "en": "Preview: this week's digest as it would look now. Only you can see it.",
        "fr": "Aperçu : le digest de cette semaine tel qu'il serait maintenant. Vous seul le voyez.",
    },
    "slack.digest_off": {
        "en": "Weekly digest turned off for this channel. `/ai-check digest on` turns it back on.",
        "fr": "Digest hebdomadaire désactivé pour ce canal. `/ai-check digest on` le réactive.",
    },
    "slack.digest_off_none": {
        "en": "This channel had no weekly digest: nothing to turn off.",
        "fr": "Ce canal n'avait pas de digest hebdomadaire : rien à désactiver.",
    },
    "slack.digest_usage": {
        "en": "Usage: `/ai-check digest on [fr|en]`, `/ai-check digest off`, `/ai-check digest preview`.",
        "fr": "Usage : `/ai-check digest on [fr|en]`, `/ai-check digest off`, `/ai-check digest preview`.",
    },
    "slack.digest_dm": {
        "en": "Digests are for channels: run this command in the channel that should receive it.",
        "fr": "Le digest est fait pour les canaux : lancez cette commande dans le canal qui doit le recevoir.",
    },
    "slack.not_available": {
        "en": "`/ai-check {command}` is not available yet: it comes with a next version. Meanwhile, "
        "`/ai-check <your text>` checks a plan, a draft or a question.",
        "fr": "`/ai-check {command}` n'est pas encore disponible : il arrive dans une prochaine version. En "
        "attendant, `/ai-check <votre texte>` vérifie un projet, un brouillon ou une question.",
    },
    "slack.log_usage": {
        "en": "Usage: `/ai-check log midjourney 12 images` (a tool and a quantity).",
        "fr": "Usage : `/ai-check log midjourney 12 images` (un outil et une quantité).",
    },
    "slack.shortcut_empty": {
        "en": "This message has no text I can check.",
        "fr": "Ce message ne contient pas de texte à vérifier.",
    },
    # --- Buttons and answer furniture --------------------------------------------------------------
    "ui.button.share": {"en": "Share in channel", "fr": "Partager dans le canal"},
    "ui.button.share_text": {"en": "Share with my text", "fr": "Partager avec mon texte"},
    "ui.button.details": {"en": "Details and sources", "fr": "Détails et sources"},
    "ui.details.title": {"en": "Details and sources", "fr": "Détails et sources"},
    "ui.details.close": {"en": "Close", "fr": "Fermer"},
    "slack.shared_text_cut": {
        "en": "Text checked (shortened: its beginning only)",
        "fr": "Texte vérifié (raccourci : seulement le début)",
    },
    "ui.button.helpful": {"en": "👍 Helpful", "fr": "👍 Utile"},
    "ui.button.not_helpful": {"en": "👎 Not helpful", "fr": "👎 Pas utile"},
    # Honest abstention: the closest topics offered when the coach is not confident
    "ui.topics": {"en": "Closest topics", "fr": "Sujets les plus proches"},
    "ui.topic_unknown": {
        "en": "That topic is no longer in my knowledge base. Ask your question again, in your own words.",
        "fr": "Ce sujet n'est plus dans ma base de connaissances. Reposez votre question, avec vos mots.",
    },
    "ui.sources": {"en": "Sources", "fr": "Sources"},
    "ui.basis": {"en": "Basis: {basis}", "fr": "Base : {basis}"},
    "ui.water": {"en": "water", "fr": "d'eau"},
    "ui.more_points": {"en": "…and {n} more point(s).", "fr": "…et {n} autre(s) point(s)."},
    "ui.lang.fr": {"en": "French", "fr": "français"},
    "ui.lang.en": {"en": "English", "fr": "anglais"},
    "ui.cron.weekly": {"en": "every {day} at {time}", "fr": "chaque {day} à {time}"},
    "ui.cron.raw": {"en": "on the schedule `{cron}`", "fr": "selon la planification `{cron}`"},
    "ui.moment": {"en": "{day} at {time}", "fr": "{day} à {time}"},
    "ui.day.0": {"en": "Sunday", "fr": "dimanche"},
    "ui.day.1": {"en": "Monday", "fr": "lundi"},
    "ui.day.2": {"en": "Tuesday", "fr": "mardi"},
    "ui.day.3": {"en": "Wednesday", "fr": "mercredi"},
    "ui.day.4": {"en": "Thursday", "fr": "jeudi"},
    "ui.day.5": {"en": "Friday", "fr": "vendredi"},
    "ui.day.6": {"en": "Saturday", "fr": "samedi"},
    # --- App Home ----------------------------------------------------------------------------------
    "ui.home.title": {"en": "AI coach", "fr": "Coach IA"},
    "ui.home.what": {
        "en": "Before you prompt, publish or buy, I point out what to review on *bias*, *transparency* and "
        "*footprint*, plus *privacy*, *copyright* and *accuracy* when they apply. Every point links its "
        "sources; footprint figures are ranges, never a single number.",
        "fr": "Avant de lancer un prompt, de publier ou d'acheter, je signale ce qu'il faut revoir sur les "
        "*biais*, la *transparence* et l'*empreinte*, ainsi que les *données personnelles*, les *droits "
        "d'auteur* et l'*exactitude* quand ils s'appliquent. Chaque point cite ses sources ; l'empreinte est "
        "donnée en fourchette, jamais en un seul chiffre.",
    },
    "ui.home.how_title": {"en": "How to use it", "fr": "Comment m'utiliser"},
    "ui.home.how": {
        "en": "• `/ai-check <your plan, draft or question>`: a private answer, with a Share button\n"
        "• `@ai-coach <text>` in a channel: I answer in the thread\n"
        "• On any message: *⋮ › Check with AI coach*\n"
        "• `/ai-check digest on`: a weekly digest for the channel\n"
        "• `/ai-check forget me`: erase what was recorded about you",
        "fr": "• `/ai-check <votre projet, brouillon ou question>` : une réponse privée, avec un bouton Partager\n"
        "• `@ai-coach <texte>` dans un canal : je réponds dans le fil\n"
        "• Sur n'importe quel message : *⋮ › Check with AI coach*\n"
        "• `/ai-check digest on` : un digest hebdomadaire pour le canal\n"
        "• `/ai-check forget me` : effacer ce qui a été enregistré à votre sujet",
    },
    "ui.home.week": {"en": "Your checks this week: *{n}*", "fr": "Vos vérifications cette semaine : *{n}*"},
    "ui.home.recent_title": {"en": "Your latest checks", "fr": "Vos dernières vérifications"},
    "ui.home.recent_none": {
        "en": "No check yet. Try `/ai-check 30 Instagram visuals with Midjourney`.",
        "fr": "Aucune vérification pour l'instant. Essayez `/ai-check 30 visuels Instagram avec Midjourney`.",
    },
    "ui.home.nothing_flagged": {"en": "nothing flagged", "fr": "rien à signaler"},
    "ui.home.sources_title": {"en": "Where the advice comes from", "fr": "D'où viennent les conseils"},
    "ui.home.sources": {
        "en": "Answers come from a curated knowledge base, not from a large model: one card per idea, in French "
        "and English, written in our own words from published sources (each card lists its sources with "
        "links, and figures keep their range), reviewed at least every 18 months.",
        "fr": "Les réponses viennent d'une base de connaissances relue, pas d'un grand modèle : une fiche par "
        "idée, en français et en anglais, rédigée avec nos mots à partir de sources publiées (chaque fiche "
        "cite ses sources avec un lien, les chiffres gardent leur fourchette), revue au moins tous les "
        "18 mois.",
    },
    "ui.home.sources_link": {"en": "Sources policy", "fr": "Politique des sources"},
    "ui.home.privacy": {
        "en": "Your texts are not stored: only what was flagged (pillars, tools, quantities), with a "
        "pseudonymous id. Team digests never name anyone.",
        "fr": "Vos textes ne sont pas conservés : seulement ce qui a été signalé (piliers, outils, quantités), "
        "avec un identifiant pseudonyme. Les digests d'équipe ne nomment personne.",
    },
    "ui.source.check": {"en": "/ai-check", "fr": "/ai-check"},
    "ui.source.mention": {"en": "mention", "fr": "mention"},
    "ui.source.shortcut": {"en": "message shortcut", "fr": "raccourci de message"},
    "ui.source.log": {"en": "usage reported", "fr": "usage déclaré"},
    "ui.source.teams": {"en": "Teams", "fr": "Teams"},
    # --- Playground page --------------------------------------------------------------------------
    "ui.page.title": {"en": "AI coach — playground", "fr": "Coach IA — bac à sable"},
    "ui.page.intro": {
        "en": "Describe what you plan to create with generative AI, or ask a question about it.",
        "fr": "Décrivez ce que vous prévoyez de créer avec l'IA générative, ou posez une question à ce sujet.",
    },
    "ui.page.label": {"en": "Your plan, draft or question", "fr": "Votre projet, brouillon ou question"},
    "ui.page.lang": {"en": "Answer language", "fr": "Langue de la réponse"},
    "ui.page.lang_auto": {"en": "Same as the text", "fr": "Celle du texte"},
    "ui.page.submit": {"en": "Check", "fr": "Vérifier"},
    "ui.page.busy": {"en": "Checking…", "fr": "Vérification…"},
    "ui.page.error": {"en": "The check failed", "fr": "La vérification a échoué"},
    "ui.page.result": {"en": "Answer", "fr": "Réponse"},
    "ui.page.topic_error": {"en": "This topic could not be shown", "fr": "Ce sujet n'a pas pu s'afficher"},
    "ui.page.energy": {"en": "Energy", "fr": "Énergie"},
    "ui.page.co2e": {"en": "CO₂e", "fr": "CO₂e"},
    "ui.page.water": {"en": "Water", "fr": "Eau"},
    "ui.page.footer": {
        "en": "Nothing you type here is stored. Answers come from curated, sourced cards.",
        "fr": "Rien de ce que vous tapez ici n'est conservé. Les réponses viennent de fiches sourcées et relues.",
    },
    # --- Help ------------------------------------------------------------------------------------------
    "help.title": {"en": "AI coach — how to use it", "fr": "Coach IA — mode d'emploi"},
    "help.intro": {
        "en": "Describe what you plan to do with generative AI, or ask a question. I answer privately with the "
        "points to review on bias, transparency and footprint (plus privacy, copyright and accuracy when "
        "they apply), each backed by sources.",
        "fr": "Décrivez ce que vous prévoyez de faire avec l'IA générative, ou posez une question. Je réponds "
        "en privé avec les points à revoir sur les biais, la transparence et l'empreinte (et les données, les "
        "droits d'auteur et l'exactitude quand ils s'appliquent), chacun appuyé sur des sources.",
    },
    "help.examples_title": {"en": "Examples", "fr": "Exemples"},
    "help.commands_title": {"en": "Other commands", "fr": "Autres commandes"},
    "help.commands": {
        "en": "• `/ai-check digest on | off | preview`: the weekly digest of this channel\n"
        "• `/ai-check log midjourney 12 images`: report AI usage the team wants counted\n"
        "• `/ai-check forget me`: erase what was recorded about you\n"
        "• `/ai-check charter`: your organisation's approved tools and key rules\n"
        "• `@ai-coach <text>` in a channel: an answer in the thread\n"
        "• On any message: *⋮ › Check with AI coach*",
        "fr": "• `/ai-check digest on | off | preview` : le digest hebdomadaire de ce canal\n"
        "• `/ai-check log midjourney 12 images` : déclarer un usage de l'IA à compter\n"
        "• `/ai-check forget me` : effacer ce qui a été enregistré à votre sujet\n"
        "• `/ai-check charter` : les outils autorisés et les règles clés de votre organisation\n"
        "• `@ai-coach <texte>` dans un canal : une réponse dans le fil\n"
        "• Sur n'importe quel message : *⋮ › Check with AI coach*",
    },
    "help.privacy": {
        "en": "Your text is never stored: only what was flagged, with a pseudonymous id.",
        "fr": "Votre texte n'est jamais conservé : seulement ce qui a été signalé, avec un identifiant pseudonyme.",
    },
}

# Examples shown by the help in both languages, whatever the asker's language (commands, not prose).
HELP_EXAMPLES: tuple[str, ...] = (
    "/ai-check On va générer 30 visuels avec Midjourney pour Instagram",
    "/ai-check Peut-on résumer ce deck client confidentiel avec ChatGPT ?",
    "/ai-check We'll make a 20-second product video with Sora for LinkedIn",
    "/ai-check How much water does a prompt use?",
)
