"""Numeric ranges written as two numbers: "14-18 mpg", "$3 billion to $5 billion", "between 40 and 60"."""

from __future__ import annotations

from spacy.tokens import Span

from rashomon.quantities.numbers import SCALE_ABBREVIATIONS, SCALES, Amount
from rashomon.quantities.qualifiers import CHANGE_VERBS
from rashomon.quantities.units import is_currency, unit_name

CONNECTORS = frozenset({"to", "-", "–", "—"})
ALL_CHANGE_VERBS = frozenset().union(*CHANGE_VERBS.values())


def _is_currency_sign(text: str) -> bool:
    name = unit_name(text)
    return name is not None and is_currency(name)


def closes_range(first: Span, second: Span) -> bool:
    """Return True when `second` closes a range `first` opens ("from 5 to 7", not "rose from 5 to 7")."""
    doc = first.doc
    if second.sent.start != first.sent.start:
        return False
    words = [t.lower_ for t in doc[first.end : second.start] if not _is_currency_sign(t.text)]
    before = doc[first.start - 1] if first.start > 0 else None
    if words == ["and"]:
        return before is not None and before.lower_ == "between"
    if len(words) != 1 or words[0] not in CONNECTORS:
        return False
    return not (
        before is not None and before.lower_ == "from" and before.head.lemma_.lower() in ALL_CHANGE_VERBS
    )


def scale_of(words: str) -> float:
    """Return the scale word's factor a number phrase ends with ("3 billion" → 1e9), else 1."""
    last = words.lower().split()[-1]
    return SCALES.get(last) or (SCALE_ABBREVIATIONS.get(last) if len(words.split()) > 1 else None) or 1


def range_bounds(low: Amount, high: Amount, low_words: str, high_words: str) -> tuple[float, float] | None:
    """Return (low, high) of a written range, the lower end taking the upper's scale when it has none
    ("33-35 billion"); None when either end is vague or the ends are in the wrong order."""
    if low.value is None or high.value is None:
        return None
    start = low.value
    scale = scale_of(high_words)
    if scale_of(low_words) == 1 and scale > 1 and start * scale <= high.value:
        start *= scale
    return (start, high.value) if start <= high.value else None
