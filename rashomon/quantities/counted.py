"""What a number counts: its head noun with modifiers, hyphenated compounds and partitives."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
UNIT_NAMES: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pc": "percent",
    "percentage": "percent",
    "$": "dollar",
    "us$": "dollar",
    "usd": "dollar",
    "dollar": "dollar",
    "€": "euro",
    "eur": "euro",
    "euro": "euro",
    "£": "pound",
    "gbp": "pound",
    "¥": "yen",
    "yen": "yen",
    "km": "kilometre",
    "kilometer": "kilometre",
    "kilometre": "kilometre",
    "mile": "mile",
    "kg": "kilogram",
    "kilogram": "kilogram",
    "ton": "ton",
    "tonne": "tonne",
    "metre": "metre",
    "meter": "metre",
    "m": "metre",
    "foot": "foot",
    "feet": "foot",
    "yard": "yard",
    "inch": "inch",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "cent": "cent",
}
"""Written unit forms and their normalised names."""
CURRENCY_SYMBOLS = frozenset({"$", "€", "£", "¥", "us$"})


IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "foot": "feet"}


def plural(noun: str) -> str:
    """Return the plural of an English noun lemma (regular rules and common irregulars)."""
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@dataclass(frozen=True)
class Counted:
    """What a number counts: the phrase, its head lemma and the unit (normalised) if any."""

    phrase: str | None
    head: Token | None
    unit: str | None


def _noun_phrase(head: Token, exclude: set[int]) -> str:
    words = [
        t
        for t in head.lefts
        if t.dep_ in MODIFIER_DEPS and t.i not in exclude and not t.like_num and t.is_alpha
    ]
    conj = [t for t in head.rights if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    phrase = " ".join(t.text for t in [*words, head])
    if conj:
        phrase += " and " + " ".join(t.text for t in conj)
    return phrase


def unit_of(token: Token) -> str | None:
    """Return the normalised unit a token names, if it names one."""
    return UNIT_NAMES.get(token.lower_) or UNIT_NAMES.get(token.lemma_.lower())


def find_counted(number: Span) -> Counted:
    """Return what the number span counts, following the dependency parse."""
    doc = number.doc
    last = number[-1]
    exclude = {t.i for t in number}
    before = doc[number.start - 1] if number.start > 0 else None
    currency = unit_of(before) if before is not None and before.lower_ in CURRENCY_SYMBOLS else None
    after = doc[number.end] if number.end < len(doc) else None
    if after is not None and after.text in ("%",) or after is not None and after.lower_ == "percent":
        return Counted("percent", after, "percent")
    if (
        after is not None
        and after.lower_ == "per"
        and number.end + 1 < len(doc)
        and doc[number.end + 1].lower_ == "cent"
    ):
        return Counted("percent", after, "percent")
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "amod") else None
    if head is not None and head.i > last.i and doc[last.i + 1 : head.i].text.startswith("-"):
        outer = head.head if head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i else None
        if outer is not None:
            phrase = f"{_noun_phrase(outer, exclude | {head.i})} of {number.text} {plural(head.lemma_)}"
            return Counted(phrase, outer, unit_of(head))
    if head is not None and head.pos_ in ("NOUN", "PROPN", "SYM") and head.i > last.i:
        return Counted(_noun_phrase(head, exclude), head, currency or unit_of(head))
    partitive = next((t for t in last.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
    if partitive is not None:
        noun = next((t for t in partitive.children if t.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ != "PRON":
            return Counted(_noun_phrase(noun, exclude), noun, unit_of(noun))
    if after is not None and after.pos_ in ("NOUN",) and after.i == number.end:
        return Counted(_noun_phrase(after, exclude), after, currency or unit_of(after))
    return Counted(currency, None, currency)
