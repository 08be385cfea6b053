"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from rashomon.ingest.base import Extracted, UnreadableFile
from rashomon.ingest.dates import parse_date
from rashomon.ingest.decode import decode_bytes


def read_html(path: Path, data: bytes) -> list[Extracted]:
    """Extract the main text of a page, with its title, site name, author and date."""
    html = decode_bytes(data)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if result is None or not (result.text or "").strip():
        raise UnreadableFile("no-text")
    meta: dict[str, object] = {
        key: value
        for key, value in (("title", result.title), ("outlet", result.sitename), ("author", result.author))
        if value
    }
    if result.date and (parsed := parse_date(result.date)):
        meta["published"], meta["published_precision"] = parsed
    return [Extracted(str(path), result.text, meta)]
