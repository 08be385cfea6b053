"""Turn extracted text and its metadata into a stored Document with a content id."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from rashomon.ingest.base import Extracted
from rashomon.ingest.dates import parse_date
from rashomon.ingest.language import detect_language
from rashomon.ingest.metadata import sniff_metadata
from rashomon.schema import Document, content_id

WORD = re.compile(r"\w+")


def normalise_for_id(text: str) -> str:
    """Return the text with Unicode and whitespace normalised, the form its id is computed from."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def document_id(text: str) -> str:
    """Return the content id of a text: equal for texts that differ only in layout."""
    return content_id(normalise_for_id(text))


def _declared_dates(fields: dict[str, Any]) -> dict[str, Any]:
    dated = dict(fields)
    for key in ("published", "written"):
        if key in dated and (parsed := parse_date(str(dated[key]))):
            dated[key], dated[f"{key}_precision"] = parsed
    return dated


def build_document(extracted: Extracted, declared: dict[str, Any] | None = None) -> Document:
    """Merge metadata (format's own, then sniffed from the text, then declared) into a Document."""
    meta = {key: value for key, value in extracted.meta.items() if key != "override"}
    for key, value in sniff_metadata(extracted.text).items():
        meta.setdefault(key, value)
    meta.update(_declared_dates(extracted.meta.get("override", {})))
    meta.update(_declared_dates(declared or {}))
    text = extracted.text.strip("\n")
    return Document(
        id=document_id(text),
        path=extracted.path,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=meta.get("published"),
        published_precision=meta.get("published_precision"),
        written=meta.get("written"),
        written_precision=meta.get("written_precision"),
        language=meta.get("language") or detect_language(text),
        n_words=len(WORD.findall(text)),
        text=text,
    )
