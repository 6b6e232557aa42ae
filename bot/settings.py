"""The one Settings class, read from the environment by the entry points only."""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", case_sensitive=False)

    # Slack
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    # Service
    database_url: str = "sqlite:///./ai-coach.db"
    port: int = 3000
    coach_default_lang: str = Field("fr", pattern="^(fr|en)$")
    coach_timezone: str = "Europe/Paris"
    coach_digest_cron: str = "0 9 * * mon"
    coach_min_group: int = Field(3, ge=1)
    coach_retention_days: int = Field(365, ge=1)
    # The pseudonym key, never stored in the database: the secret itself, or a file holding it
    # (created with mode 0600 and a random key when missing; default: next to a SQLite database
    # file, else ./ai-coach.key). Replicas must share it.
    coach_user_hash_key: SecretStr | None = None
    coach_user_hash_key_file: Path | None = None
    coach_store_text: bool = False  # keep message text with events (off: privacy by design)
    coach_knowledge_dir: Path | None = None
    coach_charter: Path | None = None  # the organisation's AI charter (YAML; knowledge/charter.example.yaml)

    # Logs (COACH_LOG_FORMAT=json: one JSON object per line, for log collectors)
    log_level: str = Field("INFO", pattern="(?i)^(debug|info|warning|error|critical)$")
    coach_log_format: Literal["text", "json"] = "text"

    # Bounded resources of `ai-coach serve` (uvicorn; a reverse proxy in front is still recommended)
    coach_max_body_bytes: int = Field(1024 * 1024, ge=1024)  # Slack events: bigger → 413, unread
    coach_limit_concurrency: int = Field(500, ge=1)  # connections + tasks; beyond: 503
    coach_timeout_keep_alive: int = Field(5, ge=1)  # seconds an idle keep-alive connection stays open
    coach_request_head_timeout: float = Field(10.0, gt=0)  # seconds to send a request's head, or closed
    coach_max_header_bytes: int = Field(16 * 1024, ge=1024)  # request line + headers (h11)

    # Teams
    teams_webhook_secret: SecretStr | None = None
    teams_digest_webhook_url: SecretStr | None = None
    # The Teams app (POST /api/messages, Microsoft's Teams SDK): on when all three are set
    teams_app_id: str | None = None
    teams_app_password: SecretStr | None = None
    teams_tenant_id: str | None = None

    # Provider usage APIs
    openai_admin_key: SecretStr | None = None
    openai_api_url: str = "https://api.openai.com/v1"
    anthropic_admin_key: SecretStr | None = None
    anthropic_api_url: str = "https://api.anthropic.com"

    @field_validator("coach_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (e.g. Europe/Paris)") from exc
        return value

    @field_validator("coach_digest_cron")
    @classmethod
    def _valid_cron(cls, value: str) -> str:
        if len(value.split()) != 5:
            raise ValueError(f"{value!r} is not a 5-field cron expression (e.g. '0 9 * * mon')")
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a valid cron expression: {exc}") from exc
        return value

    @field_validator("teams_digest_webhook_url")
    @classmethod
    def _https_webhook(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(("https://", "http://")):
            raise ValueError("must be the http(s) URL Teams Workflows gives (the value is not shown)")
        return value

    @property
    def user_key_file(self) -> Path:
        from bot.usage.privacy import default_key_file

        return self.coach_user_hash_key_file or default_key_file(self.database_url)

    @property
    def slack_enabled(self) -> bool:
        has_token = self.slack_bot_token is not None or self.oauth_enabled
        return self.slack_signing_secret is not None and has_token

    @property
    def teams_app_enabled(self) -> bool:
        return bool(self.teams_app_id and self.teams_app_password and self.teams_tenant_id)

    @property
    def oauth_enabled(self) -> bool:
        return bool(self.slack_client_id and self.slack_client_secret)
