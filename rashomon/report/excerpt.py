"""Short excerpts of long sentences for narrow displays (the terminal, timeline rows), and the words a claim
rests on picked out of its sentence."""

from __future__ import annotations

ELLIPSIS = "…"


def excerpt(text: str, width: int, around: str | None = None) -> str:
    """Return at most about `width` characters of `text` with its whitespace collapsed, centred on the first
    occurrence of `around` when it occurs (else from the start), marked with "…" where cut."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    found = flat.find(" ".join(around.split())) if around else -1
    start = 0 if found < 0 else max(0, min(found - (width - len(around or "")) // 2, len(flat) - width))
    if start:
        cut = flat.find(" ", start)
        start = cut + 1 if 0 <= cut < found else start
    piece = flat[start : start + width]
    return (ELLIPSIS if start else "") + piece + (ELLIPSIS if start + width < len(flat) else "")


def split_at(text: str, words: str | None) -> tuple[str, str, str]:
    """Return `text` cut around the first occurrence of `words` (before, words, after); the whole text
    before nothing when they do not occur."""
    found = text.find(words) if words else -1
    if found < 0:
        return text, "", ""
    return text[:found], text[found : found + len(words)], text[found + len(words) :]
