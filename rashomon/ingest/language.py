"""Guess a text's language from the share of each language's stop words (spaCy's lists)."""

from __future__ import annotations

import importlib
import re
from functools import cache

LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")
WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 2000
MIN_WORDS = 5


@cache
def stop_words(language: str) -> frozenset[str]:
    """Return spaCy's stop-word list for `language`."""
    module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    return frozenset(module.STOP_WORDS)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the language whose stop words cover most of the text."""
    words = [word.lower() for word in WORD.findall(text[: SAMPLE_WORDS * 10])][:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for word in words if word in stop_words(lang)) for lang in LANGUAGES}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] else None
