"""One key per kind of thing counted, across documents and wordings ("miners" ~ "workers trapped")."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rashomon.embed import embed_texts
from rashomon.quantities.reference import is_generic_phrase
from rashomon.resolve.blocking import complete_link_clusters
from rashomon.schema import Quantity

SIMILARITY = 0.6
"""Least cosine similarity between any two counted phrases that share a key."""
HAPPENING_SIMILARITY = 0.75
"""The same for phrases on a generic noun, told apart by what happened to those counted: "people killed"
~ "people died", but not ~ "people wounded"."""
SENSE_MARK = "#"
"""Joins a key's name to the number that tells apart clusters of the same name ("bank#2")."""


def _phrase(quantity: Quantity) -> str:
    return (quantity.counted or "").lower().strip()


def _key_name(members: list[Quantity]) -> str:
    if all(is_generic_phrase(_phrase(q)) for q in members):
        return Counter(_phrase(q) for q in members).most_common(1)[0][0]
    heads = Counter(q.unit or _phrase(q).split(" of ")[0].split()[-1] for q in members)
    return heads.most_common(1)[0][0]


def _clusters(phrases: list[str]) -> list[list[str]]:
    """Cluster counted phrases by meaning; phrases on a generic noun only among themselves, more strictly."""
    clusters = []
    for generic in (False, True):
        block = [p for p in phrases if is_generic_phrase(p) == generic]
        threshold = HAPPENING_SIMILARITY if generic else SIMILARITY
        if block:
            clusters += [[block[i] for i in c] for c in complete_link_clusters(embed_texts(block), threshold)]
    return clusters


def assign_counted_keys(quantities: list[Quantity]) -> list[Quantity]:
    """Return the quantities with `counted_key` set: one key per cluster of similar counted phrases."""
    counts = Counter(_phrase(q) for q in quantities if _phrase(q))
    phrases = sorted(counts)
    keys: dict[str, str] = {}
    taken: Counter[str] = Counter()
    for members in _clusters(phrases):
        name = _key_name([q for q in quantities if _phrase(q) in members])
        taken[name] += 1
        key = name if taken[name] == 1 else f"{name}{SENSE_MARK}{taken[name]}"
        keys.update(dict.fromkeys(members, key))
    return [replace(q, counted_key=keys.get(_phrase(q))) for q in quantities]


def key_name(key: str) -> str:
    """Return the name a counted key shows to readers, without the number that tells its senses apart."""
    return key.split(SENSE_MARK)[0]
