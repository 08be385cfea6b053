"""Qualifiers before a number ("about", "more than", "up to") and the range each one implies."""

from __future__ import annotations

APPROXIMATE = (
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "circa",
    "an estimated",
    "close to",
    "nearly",
    "almost",
    "just under",
    "just over",
    "~",
    "c.",
    "ca.",
    "approx.",
)
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
    "as many as": "~",
    "just over": ">",
    "less than": "<",
    "fewer than": "<",
    "under": "<",
    "below": "<",
    "up to": "<",
    "at most": "<",
    "no more than": "<",
    "not more than": "<",
    "just under": "<",
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
    "close to": "~",
    "~": "~",
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
SHORT_OF = frozenset({"almost", "nearly", "barely", "just under"})
"""Qualifiers of a number approached from below: "nearly 300" is a little under 300."""
APPROXIMATION = 0.1
"""Relative half-width of the range an approximate number ("about 400") stands for."""
SHORTFALL = 0.1
"""How far below the number "almost"/"nearly" reach."""
CHANGE_VERBS = {
    "up": frozenset(
        "rise increase grow climb gain jump surge soar raise boost add expand advance rally rebound "
        "spike rocket leap climb recover strengthen firm accelerate up".split()
    ),
    "down": frozenset(
        "fall drop decline decrease shrink slip lose cut reduce plunge slump sink tumble slide dip shed "
        "retreat ease plummet crash sag weaken contract down".split()
    ),
}
"""Verbs that make a number a rise or a fall ("rose 5 percent", "cut by 200")."""
MAX_WORDS = max(len(q.split()) for q in QUALIFIERS)


def find_qualifier(words_before: list[str]) -> str | None:
    """Return the longest qualifier that ends the given words (lower-case), if any."""
    for size in range(min(MAX_WORDS, len(words_before)), 0, -1):
        phrase = " ".join(words_before[-size:])
        if phrase in QUALIFIERS:
            return phrase
    return None


def qualifier_class(qualifier: str | None) -> str:
    """Return the class of a qualifier: ~, >, < or = (no qualifier is exact)."""
    return QUALIFIERS.get(qualifier or "", "=")


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
