"""Numeric ranges written as two numbers: "14-18 mpg", "$3 billion to $5 billion", "between 40 and 60"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from rashomon.quantities.dashes import word_after_tight_dash
from rashomon.quantities.numbers import (
    FRACTIONS,
    SCALE_ABBREVIATIONS,
    SCALES,
    Amount,
    parse_amount,
    split_glued,
)
from rashomon.quantities.qualifiers import APPROXIMATE_WORDS, CHANGE_VERBS
from rashomon.quantities.units import currency_before, currency_start, glued_number, unit_after, unit_name

CONNECTORS = frozenset({"to", "-", "–", "—"})
"""Words that join the two ends of a range; "or" joins alternatives, each a number of its own ("two or three
days")."""
UNIT_FILLERS = frozenset({"per", "cent"})
RANGE_SPREAD = 3
"""How many times its lower end the upper end of a range after a verb of change may be; beyond it the
second number is the level reached ("rose 0.2 to 5.4 percent")."""
ALL_CHANGE_VERBS = frozenset().union(*CHANGE_VERBS.values())
CHANGE_NOUNS = ALL_CHANGE_VERBS | {"loss", "growth"}
"""Nouns of a rise or a fall ("a loss of", "a rise of"), most of them spelled as their verbs."""
ROUND_THOUSANDS = re.compile(r"\d{1,3}(?P<groups>(?:,000)+)")
"""A round number of thousands or millions written in digits ("3,000", "30,000,000")."""
FROM_BEFORE = re.compile(r"\bfrom\s*\W?\s*$", re.IGNORECASE)
"""The "from" that opens "from X to Y" just before its first number (a currency sign between)."""
MAX_WORDS_FROM_TO = 3
"""Most words between the first number of "from X to Y" and the second, "to" included ("from 21 mpg
combined to 23")."""


def _is_unit_word(token: Token) -> bool:
    """Return True for a word of the unit written after the first end of a range ("5 per cent to 7 per
    cent"), or a hyphen left hanging by it ("18- to 24-year-olds")."""
    if token.lower_ in UNIT_FILLERS or is_hanging_hyphen(token):
        return True
    if token.is_stop and token.text.islower():
        return False
    return unit_name(token.text) is not None


def _hyphens_a_unit(token: Token) -> bool:
    """Return True for a hyphen that joins a number to the unit written after it ("2.4-liter" of "a 2.4-liter
    four-cylinder engine"), no dash between the two ends of a range."""
    word = word_after_tight_dash(token.doc[token.i - 1]) if token.i > 0 else None
    return word is not None and word.i == token.i + 1 and word.is_alpha and unit_name(word.text) is not None


def is_hanging_hyphen(token: Token) -> bool:
    """Return True for a hyphen written against the number before it and followed by a space or a comma
    ("18- to", "four-, five-")."""
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and doc[token.i - 1].like_num
        and not doc[token.i - 1].whitespace_
        and (bool(token.whitespace_) or (token.i + 1 < len(doc) and doc[token.i + 1].text == ","))
    )


def _glued_unit(token: Token) -> str | None:
    """Return the unit written against the digits of a token, after them ("0.5pc" → percentage), else None."""
    parts = split_glued(token.text)
    found = glued_number(token.text) if parts is not None and parts[2] else None
    return found[1] if found is not None else None


def _same_units(first: Span, second: Span) -> bool:
    """Return True when both ends are in one unit; what the upper end is per ("3.75 dlrs to 4.25 dlrs per
    share") is what both are per."""
    after_first, after_second = unit_after(first), unit_after(second)
    currency_second = currency_before(second)
    glued = _glued_unit(first[-1])
    if glued is not None and glued not in (_glued_unit(second[-1]), after_second and after_second[0]):
        return False
    if after_first is not None and (
        after_second is None or after_first[0] not in (after_second[0], after_second[0].split(" per ")[0])
    ):
        return False
    if after_first is None and after_second is not None and first.end < second.start - 1:
        return False
    return currency_second is None or currency_before(first) == currency_second


def closes_range(first: Span, second: Span) -> bool:
    """Return True when `second` closes a range `first` opens ("from 5 to 7", "rose 5 to 7 percent",
    "between about 5 and 7"), not
    when a change leads from one to the other ("rose from 5 to 7", "jumped $2.50 to $95")."""
    doc = first.doc
    if second.sent.start != first.sent.start:
        return False
    between = doc[first.end : max(first.end, currency_start(second))]
    words = [t.lower_ for t in between if not (_is_unit_word(t) or _hyphens_a_unit(t))]
    opening = currency_start(first)
    while opening > first.sent.start and (
        _is_unit_word(doc[opening - 1]) or doc[opening - 1].lower_ in APPROXIMATE_WORDS
    ):
        opening -= 1
    before = doc[opening - 1] if opening > 0 else None
    if not _same_units(first, second) or _is_spelled_fraction(first) != _is_spelled_fraction(second):
        return False
    if words == ["and"]:
        return before is not None and before.lower_ == "between"
    if len(words) != 1 or words[0] not in CONNECTORS:
        return False
    if before is None:
        return True
    changed_from = before.lower_ == "from" and before.head.lemma_.lower() in ALL_CHANGE_VERBS
    changed_by = (before.lemma_.lower() in ALL_CHANGE_VERBS and before.pos_ == "VERB") or before.lower_ in (
        "by",
        "up",
        "down",
    )
    first_measured = (
        currency_before(first) is not None
        or unit_after(first) is not None
        or _glued_unit(first[-1]) is not None
    )
    to_level = first_measured or _far_apart(first, second)
    of_a_change = _of_a_change(before) and words == ["to"] and _far_apart(first, second)
    return not (changed_from or of_a_change or (changed_by and words == ["to"] and to_level))


def _of_a_change(of: Token) -> bool:
    """Return True for the "of" of a noun of change ("a loss of 1/4 to 39-1/4", "a rise of 5 to 120"),
    whose number is the change and whose "to" leads to a level far above it."""
    return of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.lemma_.lower() in CHANGE_NOUNS


def _is_spelled_fraction(number: Span) -> bool:
    """Return True for a fraction written in words ("half", "a third"), which opens or closes a range only
    with another ("half to two-thirds of voters"), not with a number ("rose by half to 1.2 million")."""
    return number[-1].lower_ in FRACTIONS


def offers_alternative(first: Span, second: Span) -> bool:
    """Return True when `second` is an alternative to `first` in the same sentence ("10 or 15 billion")."""
    return [t.lower_ for t in first.doc[first.end : second.start]] == ["or"]


def _far_apart(first: Span, second: Span) -> bool:
    """Return True when the second number is many times the first, the first taking the scale word of the
    second as a range's lower end does, as a level reached is after a change ("shed 12.50 to 716.50", "fell by
    850,000 to 1.41 billion"), unlike the ends of a range ("rise 10 to 15 percent", "grow 2 to 3 billion")."""
    low, high = parse_amount(first.text), parse_amount(second.text)
    if low is None or high is None or low.value is None or high.value is None or low.value <= 0:
        return False
    bounds = range_bounds(low, high, first.text, second.text)
    return bounds is not None and bounds[1] > RANGE_SPREAD * bounds[0]


def scale_of(words: str) -> float:
    """Return the scale word's factor a number phrase ends with ("3 billion" → 1e9), else 1."""
    last = words.lower().split()[-1]
    return SCALES.get(last) or (SCALE_ABBREVIATIONS.get(last) if len(words.split()) > 1 else None) or 1


def range_bounds(low: Amount, high: Amount, low_words: str, high_words: str) -> tuple[float, float] | None:
    """Return (low, high) of a written range, the lower end taking the upper's scale when it has none
    ("33-35 billion"); None when either end is vague, the ends are in the wrong order or a decimal lower end
    would pass the upper one with its scale ("17.2 to 1 billion" is no range)."""
    if low.value is None or high.value is None:
        return None
    start = low.value
    scale = scale_of(high_words) if scale_of(low_words) == 1 else 1
    if scale == 1:
        scale = _shared_zeros(low_words, high_words, low.value, high.value)
    if scale > 1 and start * scale <= high.value:
        start *= scale
    elif scale > 1 and not start.is_integer():
        return None
    return (start, high.value) if start <= high.value else None


def _shared_zeros(low_words: str, high_words: str, low: float, high: float) -> float:
    """Return the thousands a lower end written short shares with the upper end ("2-3,000" is 2,000 to 3,000,
    "20 to 30,000" is 20,000 to 30,000), else 1; an upper end far above the lower one is no such range ("1 to
    10,000")."""
    zeros = ROUND_THOUSANDS.fullmatch(high_words)
    if zeros is None or not low_words.isdigit() or low >= 1000:
        return 1
    scale = 1000.0 ** zeros["groups"].count(",")
    return scale if low * scale <= high <= RANGE_SPREAD * low * scale else 1


def share_in(first: Span, second: Span, whole: Amount, part: Amount) -> Amount | None:
    """Return the share that two whole numbers joined by "in" give when the first is a part of the second
    ("one in three Germans" → 1/3, "1 in every 5 adults"), not a count over a span ("scored 3 in 4
    games", where "in" belongs to the verb)."""
    doc = first.doc
    between = doc[first.end : second.start]
    words = [t.lower_ for t in between]
    if words not in (["in"], ["in", "every"], ["out", "of"]) or part.value is None or whole.value is None:
        return None
    joining = between[0]
    belongs = joining.head == first[-1] or (joining.dep_ == "quantmod" and joining.head == second[-1])
    if not belongs or not 0 < part.value < whole.value or part.value != int(part.value):
        return None
    share = part.value / whole.value
    return Amount(share, share, share)


def written_from_to(text: str, first_start: int, first_end: int, second_start: int) -> bool:
    """Return True when the numbers at these character offsets are written "from X to Y", with no other
    number between them: a level left and the level reached, in the same unit unless another is written."""
    between = text[first_end:second_start].split()
    return (
        FROM_BEFORE.search(text[:first_start]) is not None
        and bool(between)
        and between[-1].lower() == "to"
        and len(between) <= MAX_WORDS_FROM_TO
        and not any(character.isdigit() for word in between for character in word)
    )
