"""One key per kind of thing counted, across documents and wordings ("miners" ~ "workers trapped")."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np

from rashomon.embed import embed_texts
from rashomon.quantities.measured import thing_measured
from rashomon.quantities.outcomes import OUTCOMES
from rashomon.quantities.reference import (
    as_outcome,
    gathering_of,
    is_generic_phrase,
    names_acted_on,
    outcome_of,
)
from rashomon.quantities.units import is_measure
from rashomon.resolve.blocking import complete_link_clusters
from rashomon.schema import Quantity

SIMILARITY = 0.6
"""Least cosine similarity between any two counted phrases that share a key."""
HAPPENING_SIMILARITY = 0.75
"""The same for two phrases on a generic noun, told apart by what happened to those counted: "people
killed" ~ "people died", but not ~ "people wounded"; with other phrases SIMILARITY holds ("deaths")."""
MARGIN = HAPPENING_SIMILARITY - SIMILARITY
PLAIN, GENERIC, ACTED_ON = range(3)
KIND_MARGINS = np.array([[0.0, 0.0, np.inf], [0.0, MARGIN, MARGIN], [np.inf, MARGIN, MARGIN]])
"""What each pair of phrase kinds needs above SIMILARITY: a phrase naming those some act touched
("demonstrators arrested") never joins a plain one ("protesters"), however alike, and needs
HAPPENING_SIMILARITY with another that names a happening ("people arrested")."""
OUTCOME_NAMES = sorted(set(OUTCOMES.values()))
SENSE_MARK = "#"
"""Joins a key's name to the number that tells apart clusters of the same name ("bank#2")."""


def _phrase(quantity: Quantity) -> str:
    """Return what keys compare of a quantity: the thing a measure is of, whoever owns it ("earthquake" for a
    magnitude, "debt" for "debt of Brazil"), else its counted phrase in lower case with its outcome in one
    word; nothing for a measure of nothing known (a bare "$5 million")."""
    if is_measure(quantity.unit):
        return thing_measured(quantity.measured).lower()
    return as_outcome((quantity.counted or "").lower().strip())


def _most_common(names: Counter[str]) -> str:
    return min(names, key=lambda name: (-names[name], name))


def _kind(phrase: str) -> int:
    return GENERIC if is_generic_phrase(phrase) else ACTED_ON if names_acted_on(phrase) else PLAIN


def _key_name(members: list[Quantity]) -> str:
    """Return the name of a key: the commonest gathering its phrases name ("at the march"), else, when
    most of its claims name what befell those counted, its commonest such phrase with the outcome it names
    ("people killed" for "people died", "demonstrators arrested"), else the commonest head of its plain
    phrases ("miner" for "miners" and "trapped miners")."""
    gatherings = Counter(event for q in members if (event := gathering_of(_phrase(q))))
    if gatherings:
        return _most_common(gatherings)
    specific = [q for q in members if _kind(_phrase(q)) == PLAIN]
    if 2 * len(specific) < len(members):
        return _most_common(Counter(_phrase(q) for q in members if _kind(_phrase(q)) != PLAIN))
    return _most_common(Counter(_plain_name(q) for q in specific))


def _plain_name(quantity: Quantity) -> str:
    """Return the name a plain phrase gives its key: what a measure is of, else the counted noun's lemmas."""
    if is_measure(quantity.unit):
        return _phrase(quantity)
    return quantity.unit or _phrase(quantity).split(" of ")[0].split()[-1]


def _outcome_kind(phrase: str) -> int:
    """Return a phrase's kind, numbered apart for each outcome it names (see `OUTCOME_NAMES`)."""
    outcome = outcome_of(phrase)
    return _kind(phrase) + len(KIND_MARGINS) * (OUTCOME_NAMES.index(outcome) + 1 if outcome else 0)


def _outcome_margins() -> np.ndarray:
    """Return KIND_MARGINS for every pair of `_outcome_kind`s: phrases naming two outcomes never join."""
    n_kinds = len(KIND_MARGINS)
    size = n_kinds * (len(OUTCOME_NAMES) + 1)
    margins = np.empty((size, size))
    for a in range(size):
        for b in range(size):
            apart = a // n_kinds and b // n_kinds and a // n_kinds != b // n_kinds
            margins[a, b] = np.inf if apart else KIND_MARGINS[a % n_kinds, b % n_kinds]
    return margins


def _clusters(phrases: list[str]) -> list[list[str]]:
    """Cluster counted phrases by meaning, each pair needing what KIND_MARGINS asks of its kinds."""
    kinds = [_outcome_kind(p) for p in phrases]
    vectors = embed_texts(phrases)
    return [
        [phrases[i] for i in cluster]
        for cluster in complete_link_clusters(vectors, SIMILARITY, kinds, _outcome_margins())
    ]


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _head_and_modifiers(phrase: str) -> tuple[str, set[str]]:
    """Return the stem of a plain phrase's head noun and those of the words before it ("pirate boats" →
    boat, {pirate}; "members of the union" → member, {})."""
    words = [_stem(word) for word in phrase.split(" of ")[0].split()]
    return (words[-1], set(words[:-1])) if words else ("", set())


def split_by_head(phrases: list[str]) -> list[list[str]]:
    """Split a cluster of alike phrases where one's head noun only modifies another's: "pirate boats"
    count boats, not pirates, and "Yemeni fishermen" no Yemeni pirates, however alike they read; plain
    phrases of different heads otherwise stay together ("miners", "workers"). Heads join the first
    group, commonest first, that holds none they clash with."""
    plain = [p for p in phrases if _kind(p) == PLAIN]
    modifiers: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for phrase in plain:
        head, before = _head_and_modifiers(phrase)
        modifiers[head] |= before
        counts[head] += 1
    groups: list[set[str]] = []
    for head in sorted(counts, key=lambda h: (-counts[h], h)):
        group = next(
            (g for g in groups if all(head not in modifiers[o] and o not in modifiers[head] for o in g)), None
        )
        if group is None:
            groups.append({head})
        else:
            group.add(head)
    if len(groups) < 2:
        return [phrases]
    parts = [[p for p in plain if _head_and_modifiers(p)[0] in group] for group in groups]
    parts[0].extend(p for p in phrases if _kind(p) != PLAIN)
    return parts


def assign_counted_keys(quantities: list[Quantity]) -> list[Quantity]:
    """Return the quantities with `counted_key` set: one key per cluster of similar counted phrases (for a
    measure, of what it measures)."""
    phrases = [_phrase(q) for q in quantities]
    by_phrase: dict[str, list[Quantity]] = defaultdict(list)
    for quantity, phrase in zip(quantities, phrases, strict=True):
        if phrase:
            by_phrase[phrase].append(quantity)
    keys: dict[str, str] = {}
    taken: Counter[str] = Counter()
    for members in (part for cluster in _clusters(sorted(by_phrase)) for part in split_by_head(cluster)):
        name = _key_name([q for phrase in members for q in by_phrase[phrase]])
        taken[name] += 1
        key = name if taken[name] == 1 else f"{name}{SENSE_MARK}{taken[name]}"
        keys.update(dict.fromkeys(members, key))
    return [replace(q, counted_key=keys.get(phrase)) for q, phrase in zip(quantities, phrases, strict=True)]


def names_happening(name: str) -> bool:
    """Return True for a key name that says what happened to those counted ("people killed", "at the
    march")."""
    return names_outcome(name) or gathering_of(name) is not None


def names_outcome(phrase: str) -> bool:
    """Return True for a counted phrase that says what befell those counted ("people killed",
    "demonstrators arrested", "deaths"), not where they gathered ("people at the march")."""
    return _kind(as_outcome(phrase)) != PLAIN and gathering_of(phrase) is None


def key_name(key: str) -> str:
    """Return the name a counted key shows to readers, without the number that tells its senses apart."""
    return key.split(SENSE_MARK)[0]
