"""Plain text and Markdown, with optional YAML front matter."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from rashomon.ingest.base import Extracted
from rashomon.ingest.decode import decode_bytes

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (front matter fields, remaining text); fields are empty when there is none."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        fields = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(fields, dict):
        return {}, text
    return {str(k): v for k, v in fields.items() if v is not None}, text[match.end() :]


def read_text(path: Path, data: bytes) -> list[Extracted]:
    """Decode a text or Markdown file; front matter becomes declared metadata."""
    fields, text = split_front_matter(decode_bytes(data))
    return [Extracted(str(path), text, {"override": fields} if fields else {})]
