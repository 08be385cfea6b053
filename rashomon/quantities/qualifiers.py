"""Qualifiers before a number ("about", "more than", "up to") and the range each one implies."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from rashomon.quantities.units import unit_after

QUALIFIERS: dict[str, str] = {
    "more than": ">",
    "over": ">",
    "at least": ">",
    "upwards of": ">",
    "in excess of": ">",
    "above": ">",
    "well over": ">",
    "no fewer than": ">",
    "no less than": ">",
    "not less than": ">",
    "not fewer than": ">",
    "no lower than": ">",
    "not under": ">",
    "greater than": ">",
    "higher than": ">",
    "upward of": ">",
    "north of": ">",
    "a minimum of": ">",
    "a minimum": ">",
    "exceeding": ">",
    "not exceeding": "<",
    "slightly more than": ">",
    "a little more than": ">",
    "a little over": ">",
    "as many as": "~",
    "as much as": "~",
    "as high as": "~",
    "as low as": "~",
    "as few as": "~",
    "as little as": "~",
    "just over": ">",
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "sub-": "<",
    "up to": "<",
    "at most": "<",
    "no more than": "<",
    "not more than": "<",
    "no greater than": "<",
    "not greater than": "<",
    "no higher than": "<",
    "not over": "<",
    "just under": "<",
    "lower than": "<",
    "a maximum of": "<",
    "a maximum": "<",
    "short of": "<",
    "shy of": "<",
    "slightly less than": "<",
    "a little less than": "<",
    "not quite": "<",
    "almost": "~",
    "nearly": "~",
    "barely": "~",
    "about": "~",
    "around": "~",
    "roughly": "~",
    "approximately": "~",
    "some": "~",
    "circa": "~",
    "an estimated": "~",
    "estimated at": "~",
    "close to": "~",
    "near": "~",
    "nearer": "~",
    "nearer to": "~",
    "closer to": "~",
    "in the region of": "~",
    "in the neighbourhood of": "~",
    "in the neighborhood of": "~",
    "in the vicinity of": "~",
    "on the order of": "~",
    "in the order of": "~",
    "more or less": "~",
    "give or take": "~",
    "~": "~",
    ">": ">",
    "≥": ">",
    "<": "<",
    "≤": "<",
    "c.": "~",
    "ca.": "~",
    "approx.": "~",
    "exactly": "=",
    "precisely": "=",
    "only": "=",
    "just": "=",
    "all": "=",
}
"""Each qualifier and its class: ~ approximate, > at least, < at most, = exact."""
APPROXIMATE_WORDS = frozenset(q for q, kind in QUALIFIERS.items() if kind == "~" and " " not in q)
"""One-word approximators ("about", "some", "~"), which may stand between "between" and its number."""
SHORT_OF = frozenset({"almost", "nearly", "barely", "just under"})
"""Qualifiers of a number approached from below: "nearly 300" is a little under 300."""
APPROXIMATION = 0.1
"""Relative half-width of the range an approximate number ("about 400") stands for."""
SHORTFALL = 0.1
"""How far below the number "almost"/"nearly" reach."""
CHANGE_VERBS = {
    "up": frozenset(
        "rise increase grow climb gain jump surge soar raise boost add expand advance rally rebound "
        "spike rocket leap leapt recover strengthen firm accelerate lift hike widen swell balloon deepen "
        "improve skyrocket appreciate revalue bounce regain up".split()
    ),
    "down": frozenset(
        "fall drop decline decrease shrink slip lose cut reduce plunge slump sink tumble slide dip shed "
        "retreat ease plummet crash sag weaken contract slash trim lower halve dive dove skid tank narrow "
        "dwindle soften nosedive collapse pare par depreciate devalue surrender erode down".split()
    ),
}
"""Verbs that make a number a rise or a fall ("rose 5 percent", "cut by 200"), with the past forms the
lemmatiser leaves as they are ("leapt", "dove") and the lemma it wrongly gives ("pared" → "par")."""
COMPARING_PREPOSITIONS = frozenset({"over", "above", "under", "below"})
"""One-word qualifiers that are prepositions comparing two amounts when they follow one."""
TOPIC_VERBS = frozenset(
    "talk speak think worry know learn hear care complain ask write read forget argue joke warn".split()
)
"""Verbs whose "about" names a topic ("talked about 3 issues") rather than rounding a number; verbs that
take whom they tell first ("told reporters about 3 issues") round the number right after them ("told about
500 delegates")."""
TOPIC_NOUNS = frozenset(
    "book story film article report question news rumour rumor concern debate dispute joke song lecture "
    "documentary talk".split()
)
"""Nouns whose "about" names their topic ("a book about 3 brothers")."""
DISPUTE_NOUNS = frozenset(
    "dispute debate row fight battle clash standoff concern controversy feud quarrel argument tension anger "
    "outrage protest".split()
)
"""Nouns whose "over" names what the quarrel is about ("a dispute over 2 islands"), not a lower bound."""
MAX_WORDS = max(len(q.split()) for q in QUALIFIERS)
TRAILING_QUALIFIERS: dict[str, str] = {
    "+": ">",
    "-plus": ">",
    "or more": ">",
    "or over": ">",
    "or above": ">",
    "or higher": ">",
    "or older": ">",
    "and over": ">",
    "and above": ">",
    "and older": ">",
    "and up": ">",
    "and more": ">",
    "or greater": ">",
    "or longer": ">",
    "or so": "~",
    "-odd": "~",
    "or thereabouts": "~",
    "or less": "<",
    "or fewer": "<",
    "or under": "<",
    "or below": "<",
    "or younger": "<",
    "at most": "<",
    "at least": ">",
    "and counting": ">",
    "and rising": ">",
}
"""Qualifiers written after a number or its unit ("10,000+", "1,000-plus", "ten or more", "5 percent or
less", "300 at most", "40 and counting", "300 and rising") and their classes; "+" and "-" are glued to the
number."""
TRAILING = re.compile(
    r"(?P<glued>\+|-plus|-odd)(?![\w+])|\s+(?P<spaced>(?:or|and|at) \w+)\b", flags=re.IGNORECASE
)


def find_qualifier(words_before: list[str]) -> str | None:
    """Return the longest qualifier that ends the given words (lower-case), if any."""
    for size in range(min(MAX_WORDS, len(words_before)), 0, -1):
        phrase = " ".join(words_before[-size:])
        if phrase in QUALIFIERS:
            return phrase
    return None


def trailing_qualifier(number: Span) -> str | None:
    """Return the qualifier written right after a number, or after the unit or noun that follows it ("ten
    or more", "50 staff or fewer"), if any; a preposition with its own object ("or over six months") is
    none."""
    doc = number.doc
    ends = [number.end]
    measured = unit_after(number)
    if measured is not None:
        ends.append(measured[1])
    elif number.end < len(doc) and doc[number.end].pos_ == "NOUN":
        ends.append(number.end + 1)
    for end in ends:
        match = TRAILING.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text))
        found = match and (match["glued"] or match["spaced"]).lower()
        if found in TRAILING_QUALIFIERS and not _leads_on(
            doc.char_span(match.start(), match.end(), alignment_mode="expand")[-1]
        ):
            return found
    return None


def _leads_on(word: Token) -> bool:
    """Return True when a trailing comparative governs words of its own ("or over six months", "or higher
    than expected", "and over the weekend", "at least once", "and rising rates") instead of closing the
    number."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    governs = (word.dep_ in ("quantmod", "advmod", "amod") and word.head.i > word.i) or any(
        c.dep_ in ("pobj", "advcl") for c in word.children
    )
    return governs or (
        after is not None and (after.like_num or after.pos_ == "DET" or after.lower_ == "than")
    )


def follows_an_amount(word: Token) -> bool:
    """Return True when a comparing word comes right after another amount, so that it compares the two
    rather than bounding the number after it ("20 basis points over five-year notes", "10% above 8%")."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    return (
        before is not None
        and word.lower_ in COMPARING_PREPOSITIONS
        and before.pos_ in ("NOUN", "PROPN", "SYM", "NUM")
        and (before.like_num or any(c.like_num for c in before.children))
    )


def names_topic(word: Token) -> bool:
    """Return True for an "about" that names what a verb of telling or thinking, or a story, is about
    ("talked about 3 issues", "a film about 2 sisters"), or an "over" that names what a quarrel is about ("a
    dispute over 2 islands"), rather than one that rounds or bounds the number after it ("employs about
    4,000", "employs over 4,000")."""
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    if before is None or word.lower_ not in ("about", "over"):
        return False
    lemma, noun = before.lemma_.lower(), before.pos_ == "NOUN"
    if word.lower_ == "over":
        return noun and lemma in DISPUTE_NOUNS
    return lemma in TOPIC_VERBS or (noun and lemma in TOPIC_NOUNS)


def qualifier_class(qualifier: str | None) -> str:
    """Return the class of a qualifier: ~, >, < or = (no qualifier is exact)."""
    return QUALIFIERS.get(qualifier or "") or TRAILING_QUALIFIERS.get(qualifier or "", "=")


def qualified_range(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    """Return the (low, high) range a qualified number claims; None is unbounded."""
    cls = qualifier_class(qualifier)
    if qualifier in SHORT_OF:
        return value * (1 - SHORTFALL), value
    if cls == "~":
        return value * (1 - APPROXIMATION), value * (1 + APPROXIMATION)
    if cls == ">":
        return value, None
    if cls == "<":
        return None, value
    return value, value
