"""Strings of the Teams cards, the playground and the CLI added with progressive disclosure (issue 11)."""

from __future__ import annotations

SURFACES: dict[str, dict[str, str]] = {
    "ui.details": {"en": "Details and sources", "fr": "Détails et sources"},
    "ui.details.footprint": {"en": "How it is estimated", "fr": "Comment c'est estimé"},
    "ui.more_sources": {
        "en": "+{n} more source(s) in the details",
        "fr": "+{n} autre(s) source(s) dans les détails",
    },
    "ui.page.shortcut": {"en": "or Ctrl+Enter", "fr": "ou Ctrl+Entrée"},
    "ui.page.shortcut_mac": {"en": "or ⌘+Enter", "fr": "ou ⌘+Entrée"},
    "ui.page.error.empty": {
        "en": "Write a few words first: what you plan to do with AI, or your question.",
        "fr": "Écrivez d'abord quelques mots : ce que vous prévoyez de faire avec l'IA, ou votre question.",
    },
    "ui.page.error.too_long": {
        "en": "Your text is too long. Keep it under {n} characters, or paste only the part you want checked.",
        "fr": "Votre texte est trop long. Restez sous {n} caractères, ou collez seulement la partie à vérifier.",
    },
    "ui.page.error.server": {
        "en": "Something went wrong on our side. Please try again in a moment.",
        "fr": "Un problème est survenu de notre côté. Réessayez dans un instant.",
    },
    "ui.page.error.network": {
        "en": "The coach cannot be reached. Check your connection and try again.",
        "fr": "Le coach est injoignable. Vérifiez votre connexion et réessayez.",
    },
    "ui.cli.sources": {"en": "Sources", "fr": "Sources"},
}
