"""Microsoft Teams adapters: the outgoing-webhook endpoint (HMAC), the Workflows digest poster, and
the Teams app on Microsoft's Teams SDK (`sdk`, `chat`, `invokes`, `app_poster`, `package`).

`bot.teams.endpoint.teams_routes`, `bot.teams.poster.TeamsDigestPoster` and `bot.teams.sdk.TeamsRuntime`
are the entry points; they are imported from their modules so that the CLI never loads Starlette,
httpx or the Teams SDK by accident.
"""
