"""Teams app strings of the FR/EN catalogue (merged into `bot.coach.i18n.CATALOGUE`).

Keys: `teamsapp.*`. In Teams the commands are typed to the coach in a personal chat, or after
@ai-coach in a channel (there is no slash command), so these say so.
"""

from __future__ import annotations

TEAMS_APP: dict[str, dict[str, str]] = {
    "teamsapp.help.intro": {
        "en": "Write to me here, or mention @ai-coach in a channel or a group chat, with what you plan to do with generative AI or with a question: I answer with the points to review (bias, transparency, footprint, and privacy, copyright and accuracy when they apply), each backed by sources. On any message, the … menu › Apps › Check with AI coach checks it for you only.",
        "fr": "Écrivez-moi ici, ou mentionnez @ai-coach dans un canal ou une conversation de groupe, avec ce que vous prévoyez de faire avec l'IA générative ou avec une question : je réponds avec les points à revoir (biais, transparence, empreinte, et données, droits d'auteur et exactitude quand ils s'appliquent), chacun appuyé sur des sources. Sur n'importe quel message, le menu … › Applications › Vérifier avec le coach IA le vérifie pour vous seul.",
    },
    "teamsapp.help.commands": {
        "en": "Commands: help · digest on [fr|en] · digest off · digest preview (in a channel) · log <tool> <quantity> · forget me",
        "fr": "Commandes : aide · digest on [fr|en] · digest off · digest preview (dans un canal) · log <outil> <quantité> · oublie-moi",
    },
    "teamsapp.digest_on": {
        "en": 'Weekly digest turned on for this channel: {when} ({timezone}), in {language}. It shows the team\'s AI usage, its estimated footprint and one tip; it never names anyone and says nothing about groups of fewer than {min_group} people. "@ai-coach digest off" stops it.',
        "fr": "Digest hebdomadaire activé pour ce canal : {when} ({timezone}), en {language}. Il montre l'usage de l'IA par l'équipe, son empreinte estimée et un conseil ; il ne nomme personne et ne dit rien des groupes de moins de {min_group} personnes. « @ai-coach digest off » l'arrête.",
    },
    "teamsapp.digest_off": {
        "en": 'Weekly digest turned off for this channel. "@ai-coach digest on" turns it back on.',
        "fr": "Digest hebdomadaire désactivé pour ce canal. « @ai-coach digest on » le réactive.",
    },
    "teamsapp.digest_usage": {
        "en": "Usage: digest on [fr|en], digest off, digest preview (after @ai-coach, in a channel).",
        "fr": "Usage : digest on [fr|en], digest off, digest preview (après @ai-coach, dans un canal).",
    },
    "teamsapp.digest_personal": {
        "en": 'Digests are for team channels: mention @ai-coach with "digest on" in the channel that should receive it. "digest preview" works here.',
        "fr": "Le digest est fait pour les canaux d'équipe : mentionnez @ai-coach avec « digest on » dans le canal qui doit le recevoir. « digest preview » fonctionne ici.",
    },
    "teamsapp.not_available": {
        "en": '"{command}" is not available yet: it comes with a next version. Meanwhile, send me your text and I check it.',
        "fr": "« {command} » n'est pas encore disponible : il arrive dans une prochaine version. En attendant, envoyez-moi votre texte et je le vérifie.",
    },
    "teamsapp.log_usage": {
        "en": "Usage: `log midjourney 12 images` (a tool and a quantity).",
        "fr": "Usage : `log midjourney 12 images` (un outil et une quantité).",
    },
    "teamsapp.ext.title": {"en": "Check with AI coach", "fr": "Vérifier avec le coach IA"},
    "teamsapp.ext.post": {"en": "Post to the conversation", "fr": "Publier dans la conversation"},
    "teamsapp.ext.private": {
        "en": "Only you see this answer until you post it.",
        "fr": "Vous seul voyez cette réponse tant que vous ne la publiez pas.",
    },
    "teamsapp.ext.expired": {
        "en": 'This check has expired: run "Check with AI coach" on the message again.',
        "fr": "Cette vérification a expiré : relancez « Vérifier avec le coach IA » sur le message.",
    },
    "teamsapp.share.button": {"en": "Share with the team", "fr": "Partager avec l'équipe"},
    "teamsapp.share.pick": {"en": "Channel to share this answer in", "fr": "Canal où partager cette réponse"},
    "teamsapp.share.pick_error": {"en": "Choose a channel.", "fr": "Choisissez un canal."},
    "teamsapp.share.send": {"en": "Share", "fr": "Partager"},
    "teamsapp.share.what": {
        "en": "The channel sees only this answer: neither your message nor your name.",
        "fr": "Le canal ne voit que cette réponse : ni votre message ni votre nom.",
    },
    "teamsapp.share.header": {
        "en": "Shared from a check with the AI coach",
        "fr": "Partagé depuis une vérification avec le coach IA",
    },
    "teamsapp.share.done": {"en": "✅ Shared in {channel}", "fr": "✅ Partagé dans {channel}"},
    "teamsapp.share.refused": {
        "en": "This channel cannot receive shares from here: nothing was posted. Add the AI coach app to the team whose channel you want, then check again.",
        "fr": "Ce canal ne peut pas recevoir de partage d'ici : rien n'a été publié. Ajoutez l'application coach IA à l'équipe dont vous voulez le canal, puis vérifiez à nouveau.",
    },
    "teamsapp.share.failed": {
        "en": "The answer could not be posted in that channel (the AI coach may have been removed from the team). Nothing was shared.",
        "fr": "La réponse n'a pas pu être publiée dans ce canal (le coach IA a peut-être été retiré de l'équipe). Rien n'a été partagé.",
    },
    "teamsapp.share.general": {"en": "General", "fr": "Général"},
    "teamsapp.share.team_unnamed": {"en": "Team", "fr": "Équipe"},
    "teamsapp.share.channel_unnamed": {"en": "a channel", "fr": "un canal"},
    "teamsapp.share.expired": {
        "en": "This answer can no longer be shared: send me your text again.",
        "fr": "Cette réponse ne peut plus être partagée : renvoyez-moi votre texte.",
    },
    "teamsapp.share.uncertain": {
        "en": "The channel did not confirm the post: look there before sharing again.",
        "fr": "Le canal n'a pas confirmé la publication : regardez-y avant de partager à nouveau.",
    },
}
