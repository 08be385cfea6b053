"""Pure helpers on names: canonical forms, acronyms and initials."""

from __future__ import annotations

import re
from collections import Counter

LEADING_DETERMINERS = re.compile(r"^(?:the|a|an|el|la|los|las|le|les|der|die|das)\s+", re.I)
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
EDGE_PUNCTUATION = " \t\n\"'“”‘’.,;:!?()[]{}-–—*"
FUNCTION_WORDS = frozenset(
    "of the and for de del la las los y e et du des der und van von da do di en in on to".split()
)
DASH_CLAUSE = re.compile(r"\s+[-–—]+\s+|--")
DOTTED_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.?){2,}$")
ACRONYM = re.compile(r"^[A-Z][A-Z&./-]*[A-Z]\.?$")


def canonical_name(text: str) -> str:
    """Return a name without leading article, possessive ending, trailing clause or edge punctuation."""
    name = DASH_CLAUSE.split(" ".join(text.split()))[0]
    name = POSSESSIVE.sub("", LEADING_DETERMINERS.sub("", name.strip(EDGE_PUNCTUATION)))
    abbreviation = DOTTED_ABBREVIATION.search(name)
    name = name.strip(EDGE_PUNCTUATION)
    return name + "." if abbreviation and not name.endswith(".") else name


def name_key(text: str) -> str:
    """Return the case-folded canonical name used to match mentions across documents."""
    return canonical_name(text).casefold()


def is_acronym(name: str) -> bool:
    """Return True for a short all-capitals name such as an organisation's initials."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    return bool(ACRONYM.match(name)) and 2 <= len(letters) <= 8


def acronym_letters(name: str) -> str:
    """Return the upper-case letters of an acronym ("U.S.A." -> "USA")."""
    return re.sub(r"[^A-Z]", "", name.upper())


def initials(name: str) -> str:
    """Return the initials of a name's content words, hyphenated parts counted separately."""
    words = [w for w in re.split(r"[\s/-]+", name) if w and w.casefold() not in FUNCTION_WORDS]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def acronym_match(acronym: str, expansion: str) -> str | None:
    """Say how an acronym matches an expansion: "acronym" in order, "translation" reordered, else None."""
    letters, first = acronym_letters(acronym), initials(expansion)
    if len(letters) < 2 or not first:
        return None
    if letters == first:
        return "acronym"
    if Counter(letters) == Counter(first):
        return "translation"
    return None


def is_proper_name(text: str, max_words: int = 6) -> bool:
    """Return True when every content word is capitalised and there is no digit: a name, not a phrase."""
    words = text.split()
    if not 1 <= len(words) <= max_words or any(ch.isdigit() for ch in text):
        return False
    content = [w for w in words if w.casefold() not in FUNCTION_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)
