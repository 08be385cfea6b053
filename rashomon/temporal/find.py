"""Find temporal expressions in a parsed Doc: spaCy's DATE/TIME entities plus words they miss."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rashomon.temporal.normalise import REFS, SET_WORDS

EXTRA = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted({*REFS, *SET_WORDS} - {"past", "present", "future", "once"}, key=len, reverse=True)
    )
    + r")\b",
    re.I,
)
TIMEX_LABELS = frozenset({"DATE", "TIME"})
TRAILING = frozenset({"'s", "’s", "ago"}) - {"ago"}


def candidate_spans(doc: Doc) -> list[Span]:
    """Return non-overlapping spans that may be temporal expressions, in text order."""
    spans = [ent for ent in doc.ents if ent.label_ in TIMEX_LABELS]
    for match in EXTRA.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label="DATE")
        if span is not None:
            spans.append(span)
    trimmed = []
    for span in filter_spans(spans):
        end = span.end
        while end > span.start + 1 and (doc[end - 1].text in TRAILING or doc[end - 1].is_punct):
            end -= 1
        trimmed.append(doc[span.start : end])
    return sorted(trimmed, key=lambda s: s.start)
