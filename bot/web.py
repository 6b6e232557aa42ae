"""Small HTTP helpers shared by the Starlette endpoints (Slack events, /api/check, Teams)."""

from __future__ import annotations

from starlette.requests import Request


class TooLarge(Exception):
    """The request body is over the endpoint's limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused (TooLarge) as soon as it exceeds `limit` bytes, declared or streamed."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)
