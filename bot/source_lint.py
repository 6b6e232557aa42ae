"""Source rules for `ai-coach kb lint`: every source names its publisher and year, and none comes
from a domain on `knowledge/source-denylist.yaml` (mirrors, aggregators, SEO rewrites)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from bot.coach.kb import FootprintData
from bot.coach.model import Source

DENYLIST_FILE = "source-denylist.yaml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def with_placeholders(sources: object) -> object:
    """Raw card sources with an empty publisher / year 0 where missing, so the card still loads and
    `problems` can name the source instead of a bare validation error."""
    if not isinstance(sources, list):
        return sources
    return [{"publisher": "", "year": 0, **s} if isinstance(s, dict) else s for s in sources]


def load_denylist(folder: Path, problems: list[str]) -> dict[str, str]:
    """Domain -> why it is refused. No file means no denylist."""
    path = folder / DENYLIST_FILE
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{DENYLIST_FILE}: {str(exc).splitlines()[0]}")
        return {}
    domains = data.get("domains") if isinstance(data, dict) else None
    if not isinstance(domains, dict):
        problems.append(f"{DENYLIST_FILE}: expected a `domains:` mapping of domain -> reason")
        return {}
    out: dict[str, str] = {}
    for domain, reason in domains.items():
        if not isinstance(reason, str) or not reason.strip():
            problems.append(f"{DENYLIST_FILE}: {domain} has no reason")
        out[str(domain).lower().strip(".")] = str(reason or "")
    return out


def denied_domain(url: str, denylist: Mapping[str, str]) -> str | None:
    """The denylisted domain `url` belongs to (the domain itself or any subdomain), if any."""
    host = (urlsplit(url).hostname or "").lower()
    return next((d for d in denylist if host == d or host.endswith("." + d)), None)


def problems(where: str, sources: Iterable[Source], denylist: Mapping[str, str]) -> list[str]:
    """One line per source without publisher and year, or from a denylisted domain."""
    out = []
    for s in sources:
        if not s.publisher.strip() or not s.year:
            out.append(f"{where}: source without publisher and year: {s.url}")
        domain = denied_domain(s.url, denylist)
        if domain:
            out.append(f"{where}: source on the denylist ({domain}: {denylist[domain]}): {s.url}")
    return out


def footprint_sources(data: FootprintData) -> list[tuple[str, Source]]:
    """Every source in footprint.yaml, each with where it sits."""
    found = [(f"footprint.yaml: {m}", f.source) for m, f in data.factors.items()]
    found += [("footprint.yaml: grid_source", data.grid_source)]
    found += [("footprint.yaml: water_source", data.water_source)]
    found += [(f"footprint.yaml: {e.id}", e.source) for e in data.equivalents]
    return found
