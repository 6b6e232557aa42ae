"""The organisation's AI charter as typed data: approved tools, forbidden data, house wording, contacts.

Validated by `bot.charter` (which reads the YAML file and lints it with line numbers); the coach only
reads these values. Every user-visible text exists in French and English (a missing one is refused).
Pure: no file, no settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from .kb import Card
from .model import LANGS, Pillar, Source
from .typography import french


def _both_languages(value: dict[str, str]) -> dict[str, str]:
    missing = [lang for lang in LANGS if not str(value.get(lang) or "").strip()]
    if missing:
        raise ValueError(f"missing translation ({', '.join(missing)})")
    unknown = sorted(set(value) - set(LANGS))
    if unknown:
        raise ValueError(f"unknown language {', '.join(unknown)} (fr, en)")
    return {**value, "fr": french(value["fr"])}  # French spacing, as the catalogue's own strings


Text = Annotated[dict[str, str], AfterValidator(_both_languages)]  # {"fr": …, "en": …}


class Status(StrEnum):
    APPROVED = "approved"
    CONDITIONS = "approved_with_conditions"
    NOT_APPROVED = "not_approved"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Reference(_Frozen):
    """Where the charter itself lives: cited as the source of every finding it gives."""

    title: str
    url: str = Field(pattern=r"^https://")
    year: int


class Plan(_Frozen):
    """A plan or licence of a tool ("free", "enterprise"), recognised by its own patterns."""

    plan: str
    label: Text  # "free ChatGPT" / "ChatGPT gratuit"
    patterns: tuple[str, ...] = Field(min_length=1)
    status: Status
    reason: Text | None = None


class ToolRule(_Frozen):
    tool: str  # a lexicon tool id, label or alias; `bot.charter` resolves it to the id
    status: Status
    reason: Text | None = None  # why, or the conditions for approved_with_conditions
    alternative: str | None = None  # an approved tool (lexicon id, label or alias)
    plans: tuple[Plan, ...] = ()
    section: str = ""  # the charter's section, e.g. "3.1"
    pillar: Pillar | None = None  # the finding's pillar (default: copyright for media tools, else privacy)


class DataClass(_Frozen):
    """Data that never goes into a prompt, in the company's words, with what detects it."""

    id: str
    label: Text
    rule: Text  # what the charter says, one or two sentences
    patterns: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()  # lexicon concepts, e.g. data:personal
    section: str = ""


class Disclosure(_Frozen):
    medium: str  # image | video | audio | text | any
    text: Text  # the exact mention to write


class Contact(_Frozen):
    pillar: Pillar | None = None  # None: every pillar
    name: Text
    slack: str | None = None  # "#legal-ai"
    teams: str | None = None  # a Teams channel's name
    email: str | None = None


class Charter(_Frozen):
    organisation: str
    reference: Reference
    tools: tuple[ToolRule, ...] = ()
    data: tuple[DataClass, ...] = ()
    disclosure: tuple[Disclosure, ...] = ()
    contacts: tuple[Contact, ...] = ()
    key_rules: tuple[Text, ...] = ()  # most important first; `/ai-check charter` shows three
    cards: tuple[Card, ...] = ()

    def source(self, section: str = "") -> Source:
        """The charter itself as a finding's source ("AI charter, § 3.1")."""
        title = f"{self.reference.title}, § {section}" if section else self.reference.title
        return Source(title, self.organisation, self.reference.year, self.reference.url)

    def tool_rule(self, tool_id: str) -> ToolRule | None:
        return next((r for r in self.tools if r.tool == tool_id), None)

    def contact(self, pillar: Pillar | None) -> Contact | None:
        """Who to ask about `pillar`: its own contact, else the charter's general one."""
        own = next((c for c in self.contacts if pillar is not None and c.pillar == pillar), None)
        return own or next((c for c in self.contacts if c.pillar is None), None)


MEDIA = ("image", "video", "audio", "text", "any")
_MEDIUM_OF = {"voice": "audio", "music": "audio"}  # the lexicon's media → the disclosure's


def house_mention(charter: Charter | None, medium: str | None, lang: str) -> str | None:
    """The charter's own disclosure wording for `medium` (image, video, audio, text; the lexicon's
    voice and music count as audio) in `lang`, else its `any` wording; None without one."""
    if charter is None:
        return None
    wanted = _MEDIUM_OF.get(medium or "any", medium or "any")
    by_medium = {d.medium: d.text for d in charter.disclosure}
    text = by_medium.get(wanted) or by_medium.get("any")
    if text is None:
        return None
    return text.get(lang) or text["en"]


def contact_line(contact: Contact, lang: str) -> str:
    """ "#legal-ai · Teams: Legal AI · dpo@example.com" (what is configured, in that order)."""
    parts = [contact.slack or "", f"Teams: {contact.teams}" if contact.teams else "", contact.email or ""]
    return " · ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class CharterSummary:
    """What `/ai-check charter` shows, worded in one language (tool names already resolved)."""

    lang: str
    organisation: str
    title: str
    url: str
    approved: tuple[str, ...]  # "Adobe Firefly", "ChatGPT (Enterprise)"
    conditions: tuple[str, ...]  # "Microsoft Copilot: with your company account only"
    not_approved: tuple[str, ...]  # "Midjourney: use Adobe Firefly"
    rules: tuple[str, ...]  # the three most important rules
    contacts: tuple[str, ...]  # "Legal and data protection: #legal-ai · dpo@…"


__all__ = [
    "MEDIA",
    "Charter",
    "CharterSummary",
    "Contact",
    "DataClass",
    "Disclosure",
    "Plan",
    "Reference",
    "Status",
    "Text",
    "ToolRule",
    "contact_line",
    "house_mention",
]
