"""Turn raw bytes into clean text: detect binary data, guess encodings, repair mojibake."""

from __future__ import annotations

import unicodedata

import ftfy
from charset_normalizer import from_bytes

from rashomon.ingest.base import UnreadableFile

CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}
WESTERN_ENCODING = "cp1252"
MAX_FOREIGN_LETTER_RATIO = 0.3
"""Above this share of non-ASCII letters a cp1252 reading is taken for another script's bytes."""


def looks_binary(data: bytes) -> bool:
    """Return True when the bytes hold NULs or many control characters, as binary files do."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in CONTROL_BYTES)
    return controls > max(4, len(sample) // 100)


def decode_bytes(data: bytes) -> str:
    """Decode bytes to text: UTF-8, else Windows-1252/Latin-1, else the best charset guess."""
    if looks_binary(data):
        raise UnreadableFile("binary")
    text = _decode(data)
    return clean_text(text)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        western = data.decode(WESTERN_ENCODING)
    except UnicodeDecodeError:
        western = None
    if western is not None and _foreign_letter_ratio(western) < MAX_FOREIGN_LETTER_RATIO:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("undecodable")
    return str(best)


def _foreign_letter_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if not ch.isascii()) / len(letters)


def clean_text(text: str) -> str:
    """Repair mojibake, normalise to NFC and unify line endings, keeping the text's layout."""
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
