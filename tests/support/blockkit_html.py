"""An HTML approximation of how Slack shows Block Kit (header, section, context, divider) and mrkdwn
(*bold*, _italic_, `code`, <url|label>, &lt;/&gt;/&amp;), for screenshots in headless Chromium.

Slack's own rules are approximated: a bold span opens on a `*` not followed by a space and closes on
a `*` not preceded by one, within a line; anything else stays a literal asterisk, as in Slack."""

from __future__ import annotations

import html
import re
from typing import Any

_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"&lt;(https?://[^|&]+)\|([^&]*)&gt;")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")

STYLE = """
body { font: 15px/1.47 -apple-system, "Segoe UI", Lato, "Noto Sans", sans-serif; color: #1d1c1d;
       background: #fff; margin: 0; padding: 16px 20px; width: 680px; }
.msg { display: flex; gap: 8px; } .avatar { width: 36px; height: 36px; border-radius: 6px;
       background: #2eb67d; flex: none; } .who { font-weight: 900; } .who span { font-weight: 400;
       color: #616061; font-size: 12px; margin-left: 6px; }
.header { font-size: 18px; font-weight: 900; margin: 6px 0 2px; }
.section { margin: 6px 0; white-space: pre-wrap; } .context { color: #616061; font-size: 13px;
       margin: 4px 0; white-space: pre-wrap; }
hr { border: 0; border-top: 1px solid #dddddd; margin: 10px 0; }
code { font: 12px Menlo, Monaco, monospace; color: #e01e5a; background: #f8f8f8;
       border: 1px solid #e8e8e8; border-radius: 3px; padding: 1px 3px; }
a { color: #1264a3; text-decoration: none; }
"""


def mrkdwn(text: str) -> str:
    """Slack-escaped mrkdwn (`&`, `<`, `>` already escaped by the renderer) → HTML."""
    out = html.escape(html.unescape(text), quote=False)
    codes: list[str] = []
    out = _CODE.sub(lambda m: codes.append(m.group(1)) or f"\x00{len(codes) - 1}\x00", out)
    out = _LINK.sub(r'<a href="\1">\2</a>', out)
    out = _BOLD.sub(r"<b>\1</b>", out)
    out = _ITALIC.sub(r"<i>\1</i>", out)
    return re.sub("\x00(\\d+)\x00", lambda m: f"<code>{codes[int(m.group(1))]}</code>", out)


def block_html(block: dict[str, Any]) -> str:
    kind = block["type"]
    if kind == "header":
        return f'<div class="header">{html.escape(block["text"]["text"])}</div>'
    if kind == "divider":
        return "<hr>"
    if kind == "context":
        return '<div class="context">' + " ".join(mrkdwn(e["text"]) for e in block["elements"]) + "</div>"
    if kind == "section":
        return f'<div class="section">{mrkdwn(block["text"]["text"])}</div>'
    return f'<div class="section">[{html.escape(kind)}]</div>'


def page(blocks: list[dict[str, Any]], lang: str) -> str:
    body = "".join(block_html(b) for b in blocks)
    return (
        f'<!doctype html><html lang="{lang}"><meta charset="utf-8"><style>{STYLE}</style>'
        '<div class="msg"><div class="avatar"></div><div><div class="who">ai-coach<span>APP 9:00</span>'
        f"</div>{body}</div></div></html>"
    )
