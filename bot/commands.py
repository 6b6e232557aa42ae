"""`ai-coach serve` (loaded lazily by `bot.cli`): the HTTP service under uvicorn."""

from __future__ import annotations

import argparse
import logging
import os

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def cmd_serve(args: argparse.Namespace) -> int:
    """`ai-coach serve [--host H] [--port P]`: the service under uvicorn (default 0.0.0.0, $PORT or 3000)."""
    import uvicorn

    from bot.server import create_app
    from bot.settings import Settings

    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper(), format=LOG_FORMAT)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # its per-job INFO lines are noise
    for name in ("slack_bolt", "slack_sdk"):  # at DEBUG they log whole payloads: user text and ids
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger().level))
    settings = Settings()
    host = getattr(args, "host", None) or "0.0.0.0"
    port = getattr(args, "port", None) or settings.port
    app = create_app(settings)
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False, proxy_headers=True)
    return 0
