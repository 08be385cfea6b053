"""What a measure is of: the thing whose size, speed, strength or price a number with a unit gives ("a
magnitude 6.8 earthquake", "a ransom of $5 million", "winds reached 150 km/h")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.quantities.counted import OWNED_BY, OWNING_NAMES, name_of, owner_of, unit_of
from rashomon.quantities.units import is_currency, is_measure

MODIFYING_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod", "npadvmod"})
"""Ways a measure modifies the noun it measures ("a 7.1 magnitude quake", "a $3 million ransom")."""
MEASURING_VERBS = frozenset(
    {"be", "reach", "measure", "total", "hit", "top", "exceed", "register", "record", "amount", "stand"}
)
"""Verbs whose subject a measure as their object or attribute sizes ("winds reached 150 km/h", "the
ransom was $5 million")."""
NOUNS = frozenset({"NOUN"})
CHANGE_NOUNS = frozenset(
    "rise fall increase decrease decline drop gain growth jump cut reduction hike surge slump change climb "
    "slide plunge advance".split()
)
"""Nouns of a change: its size compares two times ("a decline of 0.2%"), it measures no one thing."""
SHARE_UNITS = frozenset({"percentage", "percentage point"})
"""Units in which "N of X" is a share of X ("76% of the bonds"), not the size of X."""


def _top(tokens: list[Token]) -> Token:
    """Return the token of a measure whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])


def _is_unit_word(token: Token) -> bool:
    return is_measure(unit_of(token) or token.lemma_.lower())


def _thing(noun: Token | None) -> Token | None:
    """Return a noun that can be what is measured: a common noun, not itself a unit."""
    if noun is None or noun.pos_ not in NOUNS or _is_unit_word(noun) or noun.lemma_.lower() in CHANGE_NOUNS:
        return None
    return noun


def _pobj(token: Token, prepositions: tuple[str, ...]) -> Token | None:
    """Return the object of the first of `token`'s prepositions in `prepositions`."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            return next((t for t in prep.children if t.dep_ == "pobj"), None)
    return None


def _measured_noun(top: Token, unit: str) -> Token | None:
    """Return the noun a measure whose top token is `top` gives the size of, if the parse says."""
    if top.dep_ in MODIFYING_DEPS and top.head.i > top.i and (thing := _thing(top.head)) is not None:
        return thing
    if top.dep_ == "pobj" and top.head.lower_ == "of" and (thing := _thing(top.head.head)) is not None:
        return thing
    after = ("of", "in") if is_currency(unit) else () if unit in SHARE_UNITS else ("of",)
    if (thing := _thing(_pobj(top, after))) is not None:
        return thing
    verb = top.head
    if top.dep_ in ("dobj", "attr") and verb.lemma_.lower() in MEASURING_VERBS:
        return _thing(next((t for t in verb.children if t.dep_ == "nsubj"), None))
    return None


def measured_thing(number: Span, unit_token: Token | None, unit: str | None) -> str | None:
    """Return what a measure in `unit` gives the size of, as the lower-case lemmas of the noun and its
    compounds ("earthquake", "wind speed", "ransom"), with the body or place that owns it when one does
    ("debt of Brazil", see `thing_measured`); None for a count or when the parse does not say.
    `unit_token` is the word the extractor read as what the number counts: the unit written after it
    ("120 mph") or the thing itself ("a $3 million ransom")."""
    if not is_measure(unit):
        return None
    start, end = number.start, number.end
    if unit_token is not None and _is_unit_word(unit_token) and start - 2 <= unit_token.i <= end + 2:
        start, end = min(start, unit_token.i), max(end, unit_token.i + 1)
    top = _top(list(number.doc[start:end]))
    while top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN") and _is_unit_word(top.head):
        top = top.head
    noun = _measured_noun(top, unit)
    if noun is None:
        return None
    compounds = [t.lemma_.lower() for t in noun.lefts if t.dep_ == "compound" and t.i < start and _thing(t)]
    thing = " ".join([*compounds, noun.lemma_.lower()])
    owner = owner_of(noun)
    owned = owner is not None and owner.ent_type_ in OWNING_NAMES
    return f"{thing}{OWNED_BY}{name_of(owner)}" if owned else thing


def thing_measured(measured: str | None) -> str:
    """Return what a measure is of without the name that owns it ("debt" of "debt of Brazil"), "" for
    none."""
    return (measured or "").partition(OWNED_BY)[0]
