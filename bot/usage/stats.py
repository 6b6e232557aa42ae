"""What the aggregation queries return: weekly team statistics and organisation API usage.

Privacy: nothing here names a person. Any group smaller than `min_group` distinct people is left
out and the omission is flagged (`suppressed`, `withheld_groups`, a `None` figure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.coach.model import ZERO, Range


@dataclass(frozen=True, slots=True)
class TagCount:
    """A pillar, tool or medium and the number of this week's events that flagged or mention it."""

    name: str
    count: int


@dataclass(frozen=True, slots=True)
class FootprintTotals:
    energy_wh: Range = ZERO
    co2e_g: Range = ZERO
    water_l: Range = ZERO

    @property
    def is_zero(self) -> bool:
        return self.energy_wh == ZERO and self.co2e_g == ZERO and self.water_l == ZERO


@dataclass(frozen=True, slots=True)
class WeeklyStats:
    """A team's week: the 7 days up to `end` (`start` excluded), compared with the 7 days before.

    When fewer than `min_group` people were active this week, `suppressed` is True and every
    figure about this week is zero/empty: the digest must then say only that there is too little
    activity to report.
    """

    workspace: str | None  # None: every workspace of `platform`
    platform: str
    start: datetime
    end: datetime
    min_group: int
    checks: int  # events other than usage logs (checks, mentions, shortcuts, Teams)
    logs: int  # usage reports (`/ai-check log …`)
    people: int  # distinct (hashed) people
    previous_checks: int | None  # the 7 days before; None when that week is withheld
    pillars: tuple[TagCount, ...]  # most flagged first
    tools: tuple[TagCount, ...]  # most mentioned first
    media: tuple[TagCount, ...]
    estimated: FootprintTotals  # estimates computed from checks
    logged: FootprintTotals | None  # from usage logs; None when fewer than min_group people logged
    sparkline: tuple[int | None, ...]  # checks per week, oldest first, this week last; None = withheld
    suppressed: bool
    withheld_groups: int  # pillar/tool/medium entries left out (fewer than min_group people)
    plans: tuple[TagCount, ...] = ()  # plans the AI charter names ("chatgpt/free"), most mentioned first

    @property
    def change(self) -> int | None:
        """Checks this week minus the week before, when both can be reported."""
        if self.suppressed or self.previous_checks is None:
            return None
        return self.checks - self.previous_checks


@dataclass(frozen=True, slots=True)
class ModelUsage:
    """Organisation API usage summed over a window, for one model or (`*`) for all of them."""

    provider: str
    model: str
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    images: int = 0
    energy_wh: Range = ZERO
    co2e_g: Range = ZERO
    water_l: Range = ZERO


@dataclass(frozen=True, slots=True)
class ApiUsageStats:
    """This week (the 7 UTC days ending `end`, both included) against the 7 days before."""

    start: date
    end: date
    by_model: tuple[ModelUsage, ...]  # this week, most requests first
    previous_by_model: tuple[ModelUsage, ...]
    total: ModelUsage  # provider and model "*"
    previous_total: ModelUsage
