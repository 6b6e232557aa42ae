"""Microsoft Teams adapter: the outgoing-webhook endpoint (HMAC) and the Workflows digest poster.

`bot.teams.endpoint.teams_routes` and `bot.teams.poster.TeamsDigestPoster` are the entry points;
they are imported from their modules so that the CLI never loads Starlette or httpx by accident.
"""
