"""Slack adapter: the Bolt AsyncApp whose listeners translate Slack payloads ⇄ coach/usage calls."""
