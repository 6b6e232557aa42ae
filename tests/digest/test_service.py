"""DigestService on a real SQLite store: due times, exactly once per ISO week, retries, Slack 429."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import OperationalError

from bot.coach.engine import Coach
from bot.coach.model import Range
from bot.digest.service import DigestSchedule, DigestService
from bot.errors import DeliveryError
from bot.render.view import DigestView
from bot.slack.digest_poster import SlackDigestPoster
from bot.usage.entities import Subscription
from bot.usage.migrate import upgrade
from bot.usage.privacy import hash_user
from bot.usage.records import ApiUsageRow, UsageEvent
from bot.usage.store import UsageStore
from tests.support.fake_slack import FakeSlack, Scripted

MONDAY_10 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # 10:00 in Paris, after the 9:00 cron
SUNDAY = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


class Recorder:
    def __init__(self, fail: int = 0) -> None:
        self.posts: list[tuple[Subscription, DigestView]] = []
        self.fail = fail

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None:
        if self.fail:
            self.fail -= 1
            raise DeliveryError("Slack is down")
        self.posts.append((subscription, view))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[UsageStore]:
    url = f"sqlite:///{tmp_path / 'digest.db'}"
    upgrade(url)
    s = UsageStore.from_url(url)
    yield s
    await s.aclose()


async def seed(store: UsageStore, now: datetime, people: int = 4) -> None:
    events = [
        UsageEvent(
            workspace="T1",
            channel="C1",
            user_hash=hash_user(b"k" * 32, "slack", "T1", f"U{i}"),
            source="check",
            language="fr",
            created_at=now - timedelta(hours=i + 1),
            pillars={"transparency": "warning"},
            tools=("midjourney",),
            media=("image",),
            quantity=30,
            energy_wh=Range(40, 345),
        )
        for i in range(people)
    ]
    await store.record_many(events)


def service(store: UsageStore, coach: Coach, poster: object, now: datetime) -> DigestService:
    schedule = DigestSchedule("0 9 * * mon", "Europe/Paris")
    return DigestService(store, coach, {"slack": poster}, schedule, min_group=3, clock=Clock(now))  # type: ignore[dict-item]


async def test_posts_once_per_week_however_often_it_runs(store: UsageStore, coach: Coach) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "fr")
    poster = Recorder()
    svc = service(store, coach, poster, MONDAY_10)
    first = await svc.run_due()
    again = await svc.run_due()
    forced = await svc.run_due(force=True)
    assert len(poster.posts) == 1 and first.posted == ["slack:T1:C1"]
    assert again.posted == [] and forced.posted == []
    _, view = poster.posts[0]
    assert view.lang == "fr" and "4 vérifications" in view.intro
    assert view.nudge is not None and view.nudge.pillar == "transparency"


async def test_not_due_before_the_cron_then_catches_up_later_in_the_week(
    store: UsageStore, coach: Coach
) -> None:
    await seed(store, SUNDAY)
    await store.subscribe("slack", "T1", "C1", "en")
    poster = Recorder()
    sunday = await service(store, coach, poster, SUNDAY - timedelta(days=6, hours=10)).run_due()  # Mon 2:00
    assert sunday.posted == [] and poster.posts == []
    wednesday = MONDAY_10 + timedelta(days=2)  # the service was down on Monday morning
    report = await service(store, coach, poster, wednesday).run_due()
    assert report.posted == ["slack:T1:C1"]


async def test_failed_post_is_retried_on_the_next_tick_not_lost_not_doubled(
    store: UsageStore, coach: Coach
) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "en")
    poster = Recorder(fail=1)
    svc = service(store, coach, poster, MONDAY_10)
    failed = await svc.run_due()
    assert failed.failed == ["slack:T1:C1"] and poster.posts == []
    retried = await svc.run_due()
    assert retried.posted == ["slack:T1:C1"] and len(poster.posts) == 1
    assert (await svc.run_due()).posted == []


async def test_next_week_posts_again_with_another_nudge(store: UsageStore, coach: Coach) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "en")
    poster = Recorder()
    await service(store, coach, poster, MONDAY_10).run_due()
    await seed(store, MONDAY_10 + timedelta(days=7))
    await service(store, coach, poster, MONDAY_10 + timedelta(days=7)).run_due()
    assert len(poster.posts) == 2
    first, second = (v.nudge for _, v in poster.posts)
    assert first is not None and second is not None and first.card_id != second.card_id


async def test_unsubscribed_channel_gets_nothing(store: UsageStore, coach: Coach) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    await store.unsubscribe("slack", "T1", "C1")
    poster = Recorder()
    await service(store, coach, poster, MONDAY_10).run_due(force=True)
    assert poster.posts == []


async def test_slack_poster_retries_429_after_retry_after(
    store: UsageStore, coach: Coach, fake_slack: FakeSlack
) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "en")
    fake_slack.script(
        "chat.postMessage", Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
    )
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=2))
    report = await service(store, coach, SlackDigestPoster(client), MONDAY_10).run_due()
    calls = fake_slack.called("chat.postMessage")
    assert report.posted == ["slack:T1:C1"] and len(calls) == 2
    assert calls[-1].body["channel"] == "C1" and calls[-1].body["blocks"][0]["type"] == "header"


async def test_transient_slack_error_releases_the_claim(
    store: UsageStore, coach: Coach, fake_slack: FakeSlack
) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    fake_slack.script("chat.postMessage", Scripted(200, {"ok": False, "error": "internal_error"}))
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    svc = service(store, coach, SlackDigestPoster(client), MONDAY_10)
    assert (await svc.run_due()).failed == ["slack:T1:C1"]
    assert (await svc.run_due()).posted == ["slack:T1:C1"]


class Failing:
    """A poster that raises `exc` for channel C1 and records the others."""

    def __init__(self, exc: BaseException | None) -> None:
        self.exc = exc
        self.posts: list[str] = []

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None:
        if subscription.channel == "C1" and self.exc is not None:
            raise self.exc
        self.posts.append(subscription.channel)


async def two_subscriptions(store: UsageStore) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "en")
    await store.subscribe("slack", "T1", "C2", "en")


async def test_mark_posted_is_retried_and_never_releases_after_delivery(
    store: UsageStore, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "en")
    real, calls = store.mark_posted, []

    async def flaky(*args: object) -> None:
        calls.append(args)
        if len(calls) < 3:
            raise OperationalError("UPDATE", {}, Exception("database is locked"))
        await real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "mark_posted", flaky)
    released: list[object] = []
    monkeypatch.setattr(store, "release_claim", lambda *a: released.append(a))
    poster = Recorder()
    svc = DigestService(
        store,
        coach,
        {"slack": poster},
        DigestSchedule("0 9 * * mon", "Europe/Paris"),
        clock=Clock(MONDAY_10),
        mark_retry_s=0,
    )
    assert (await svc.run_due()).posted == ["slack:T1:C1"]
    assert len(calls) == 3 and released == []
    assert (await svc.run_due(force=True)).posted == [] and len(poster.posts) == 1


async def test_mark_posted_failing_for_good_keeps_the_claim(
    store: UsageStore, coach: Coach, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await seed(store, MONDAY_10)
    await store.subscribe("slack", "T1", "C1", "en")

    async def broken(*args: object) -> None:
        raise OperationalError("UPDATE", {}, Exception("gone"))

    monkeypatch.setattr(store, "mark_posted", broken)
    poster = Recorder()
    svc = DigestService(
        store,
        coach,
        {"slack": poster},
        DigestSchedule("0 9 * * mon", "Europe/Paris"),
        clock=Clock(MONDAY_10),
        mark_retry_s=0,
    )
    assert (await svc.run_due()).posted == ["slack:T1:C1"]
    assert "could not be recorded" in caplog.text
    again = await svc.run_due()  # the claim is still held: no second post
    assert again.posted == [] and again.skipped == 1 and len(poster.posts) == 1


async def test_cancelled_post_keeps_the_claim(store: UsageStore, coach: Coach) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    svc = service(store, coach, Failing(asyncio.CancelledError()), MONDAY_10)
    with pytest.raises(asyncio.CancelledError):
        await svc.run_due()
    assert (await svc.run_due()).skipped == 1  # it may have been delivered: not posted again


async def test_unexpected_post_error_is_maybe_posted_and_the_others_still_post(
    store: UsageStore, coach: Coach, caplog: pytest.LogCaptureFixture
) -> None:
    await two_subscriptions(store)
    poster = Failing(RuntimeError("bug in the poster"))
    svc = service(store, coach, poster, MONDAY_10)
    report = await svc.run_due()
    assert report.maybe_posted == ["slack:T1:C1"] and report.posted == ["slack:T1:C2"]
    assert poster.posts == ["C2"] and "Traceback" in caplog.text and "bug in the poster" in caplog.text
    assert "MAYBE POSTED" in caplog.text
    poster.exc = None  # even once the bug is gone, no automatic re-post
    again = await svc.run_due()
    assert again.posted == [] and again.maybe_posted == [] and again.skipped == 2


async def test_compose_error_is_counted_released_and_the_others_still_post(
    store: UsageStore, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    await two_subscriptions(store)
    real = store.recent_nudges
    broken = {"on": True}

    async def recent(subscription_id: int, weeks: int = 4) -> list[str]:
        if broken["on"] and subscription_id == 1:
            raise ValueError("corrupt nudge history")
        return await real(subscription_id, weeks)

    monkeypatch.setattr(store, "recent_nudges", recent)
    poster = Recorder()
    svc = service(store, coach, poster, MONDAY_10)
    first = await svc.run_due()
    assert first.failed == ["slack:T1:C1"] and first.posted == ["slack:T1:C2"]
    broken["on"] = False
    assert (await svc.run_due()).posted == ["slack:T1:C1"]  # nothing was sent: the claim was released


@pytest.mark.parametrize("code", ["not_in_channel", "channel_not_found", "is_archived", "invalid_auth"])
async def test_permanent_slack_error_closes_the_week(
    store: UsageStore, coach: Coach, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture, code: str
) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    fake_slack.script("chat.postMessage", Scripted(200, {"ok": False, "error": code}))
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    svc = service(store, coach, SlackDigestPoster(client), MONDAY_10)
    assert (await svc.run_due()).failed == ["slack:T1:C1"]
    assert "could not be delivered" in caplog.text and code in caplog.text
    again = await svc.run_due()
    assert again.failed == [] and again.skipped == 1
    assert len(fake_slack.called("chat.postMessage")) == 1


async def test_platform_without_poster_is_skipped_with_one_warning(
    store: UsageStore, coach: Coach, caplog: pytest.LogCaptureFixture
) -> None:
    """A Teams subscription left after TEAMS_DIGEST_WEBHOOK_URL was removed: not a failure (exit 0)."""
    await store.subscribe("teams", "*", "workflows-webhook", "en")
    await store.subscribe("teams", "*", "other", "en")
    await store.subscribe("slack", "T1", "C1", "en")
    poster = Recorder()
    report = await service(store, coach, poster, MONDAY_10).run_due()
    assert report.failed == [] and report.skipped == 2 and report.posted == ["slack:T1:C1"]
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "TEAMS_DIGEST_WEBHOOK_URL is not set" in warnings[0].getMessage()
    assert [s.status for s in await store.week_states("2026-W49")] == [None, None, "posted"]


async def seed_api_usage(store: UsageStore) -> None:
    day = MONDAY_10.date() - timedelta(days=1)
    row = ApiUsageRow(provider="openai", day=day, model="gpt-4o", project="", requests=50)
    await store.replace_api_usage("openai", [day], [row])


@pytest.mark.parametrize("include", [True, False])
async def test_api_usage_can_be_left_out_of_previews_and_posts(
    store: UsageStore, coach: Coach, include: bool
) -> None:
    await seed(store, MONDAY_10)
    await seed_api_usage(store)
    await store.subscribe("slack", "T1", "C1", "en")
    poster = Recorder()
    svc = DigestService(
        store,
        coach,
        {"slack": poster},
        DigestSchedule("0 9 * * mon", "Europe/Paris"),
        clock=Clock(MONDAY_10),
        include_api_usage=include,
    )
    preview = await svc.preview("slack", "T1", "en")
    await svc.run_due()
    ((_, posted),) = poster.posts
    assert bool(preview.api_usage) is include and bool(posted.api_usage) is include
