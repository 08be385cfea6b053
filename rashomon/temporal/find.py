"""Find temporal expressions in a parsed Doc: spaCy's DATE/TIME entities plus words they miss."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rashomon.temporal.normalise import PARTS_OF_DAY, REFS, SET_WORDS, UNIT_WORD, WEEKDAYS

RARELY_TIMEXES = frozenset(
    {"past", "present", "future", "once", "the past", "the future", "soon", "previously", "formerly"}
)
"""Words that TimeML annotators mark as times only in a minority of their uses."""
EXTRA = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted({*REFS, *SET_WORDS} - RARELY_TIMEXES, key=len, reverse=True))
    + r")\b",
    re.I,
)
AMOUNT_OF_TIME = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|\d+)"
    rf"\s+{UNIT_WORD}\b(?:\s+(?:ago|later|earlier))?",
    re.I,
)
"""Amounts of time the entity recogniser may miss: "a month", "two weeks later", "3 hours"."""
TIMEX_LABELS = frozenset({"DATE", "TIME"})
TRAILING = frozenset({"'s", "’s", "ago"}) - {"ago"}


def candidate_spans(doc: Doc) -> list[Span]:
    """Return non-overlapping spans that may be temporal expressions, in text order."""
    spans = [ent for ent in doc.ents if ent.label_ in TIMEX_LABELS]
    for match in [*EXTRA.finditer(doc.text), *AMOUNT_OF_TIME.finditer(doc.text)]:
        span = doc.char_span(match.start(), match.end(), label="DATE")
        if span is not None:
            spans.append(span)
    trimmed = []
    for span in filter_spans(spans):
        end = span.end
        if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY and span[-1].lower_ in WEEKDAYS:
            end += 1
        while end > span.start + 1 and (doc[end - 1].text in TRAILING or doc[end - 1].is_punct):
            end -= 1
        trimmed.append(doc[span.start : end])
    return sorted(trimmed, key=lambda s: s.start)


FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})


def tense_of(span: Span) -> str | None:
    """Return "past" or "future" for the verb a temporal expression attaches to, else None."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxiliaries = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if any(t.lower_ in FUTURE_AUXILIARIES for t in auxiliaries) or (
        verb.lower_ == "going" and any(t.lower_ == "to" for t in verb.rights)
    ):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(t.tag_ == "VBD" for t in auxiliaries):
        return "past"
    return None
