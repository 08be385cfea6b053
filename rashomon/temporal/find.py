"""Find temporal expressions in a parsed Doc: spaCy's DATE/TIME entities plus words they miss."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from rashomon.temporal.normalise import DEICTIC_DAYS, PARTS_OF_DAY, REFS, SET_WORDS, UNIT_WORD, WEEKDAYS

RARELY_TIMEXES = frozenset(
    {"past", "present", "future", "once", "the past", "the future", "soon", "previously", "formerly"}
)
"""Words that TimeML annotators mark as times only in a minority of their uses."""
EXTRA = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted({*REFS, *SET_WORDS, *DEICTIC_DAYS} - RARELY_TIMEXES, key=len, reverse=True)
    )
    + r")\b",
    re.I,
)
AMOUNT_OF_TIME = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|\d+)"
    rf"\s+{UNIT_WORD}\b(?:\s+(?:ago|later|earlier))?",
    re.I,
)
"""Amounts of time the entity recogniser may miss: "a month", "two weeks later", "3 hours"."""
NUMBER_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)"
)
HYPHENATED = re.compile(
    rf"\b(?:{NUMBER_WORD}|first|second|third|fourth)-(?:year|month|week|day|hour|minute|quarter)"
    r"(?:-long)?\b(?!-old)",
    re.I,
)
"""Periods written as one hyphenated modifier: "a two-year contract", "third-quarter profit"."""
EVERY = re.compile(r"\b(?:every|each)\s+(?:day|week|month|year|" + "|".join(WEEKDAYS) + r")\b", re.I)
TIMEX_LABELS = frozenset({"DATE", "TIME"})
CLOCK = re.compile(r"\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight)\b", re.I)
TRAILING = frozenset({"'s", "’s"})


def candidate_spans(doc: Doc) -> list[Span]:
    """Return non-overlapping spans that may be temporal expressions, in text order."""
    spans = [ent for ent in doc.ents if ent.label_ in TIMEX_LABELS]
    matches: list[re.Match] = []
    for pattern in (EXTRA, AMOUNT_OF_TIME, HYPHENATED, EVERY):
        matches.extend(pattern.finditer(doc.text))
    for match in matches:
        span = doc.char_span(match.start(), match.end(), label="DATE")
        if span is not None:
            spans.append(span)
    trimmed = []
    for span in _join_clock_and_day(doc, filter_spans(spans)):
        end = span.end
        if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY and span[-1].lower_ in WEEKDAYS:
            end += 1
        while end > span.start + 1 and (doc[end - 1].text in TRAILING or doc[end - 1].is_punct):
            end -= 1
        trimmed.append(doc[span.start : end])
    return sorted(trimmed, key=lambda s: s.start)


def _is_clock(span: Span) -> bool:
    return bool(CLOCK.search(span.text)) and not any(t.lower_ in WEEKDAYS for t in span)


def _join_clock_and_day(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join a clock time and the day right after it ("9 a.m. EST Tuesday") into one expression."""
    ordered = sorted(spans, key=lambda s: s.start)
    joined: list[Span] = []
    for span in ordered:
        previous = joined[-1] if joined else None
        between = doc[previous.end : span.start] if previous is not None else None
        if (
            previous is not None
            and _is_clock(previous)
            and not _is_clock(span)
            and all(t.is_punct and t.text in "()," or t.shape_ in ("XXX", "XXXX") for t in between)
            and len(between) <= 4
        ):
            joined[-1] = doc[previous.start : span.end]
        else:
            joined.append(span)
    return joined


FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "'d"})
PLANNING_VERBS = frozenset({"schedule", "expect", "plan", "set", "due", "intend", "go", "slate"})
"""Verbs whose "to" complement happens later than they are said ("is scheduled to close Monday")."""


def _governing_verb(span: Span) -> Token:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _is_future(verb: Token, auxiliaries: list[Token]) -> bool:
    if any(t.lower_ in FUTURE_AUXILIARIES for t in auxiliaries):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in PLANNING_VERBS
        and any(t.lower_ == "to" for t in verb.lefts)
    )


def tense_of(span: Span) -> str | None:
    """Return "past" or "future" for the verb a temporal expression attaches to, else None (present or
    unknown): a passive in the present ("is expected") is not past, a perfect ("has risen") is."""
    verb = _governing_verb(span)
    auxiliaries = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if _is_future(verb, auxiliaries):
        return "future"
    if verb.tag_ == "VBD" or any(t.tag_ == "VBD" for t in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and (not auxiliaries or any(t.lower_ in PERFECT_AUXILIARIES for t in auxiliaries)):
        return "past"
    return None
