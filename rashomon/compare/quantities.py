"""Group count claims by what they count, judge each group and rank the disputes."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import combinations

from rashomon.compare.claims import SentenceIndex, ranges_overlap
from rashomon.compare.stories import StoryNames, split_stories
from rashomon.quantities.counted import COLLECTIVE_NOUNS, plural
from rashomon.quantities.reference import AT_THE
from rashomon.quantities.units import is_measure
from rashomon.resolve.counted import key_name, names_happening
from rashomon.schema import Claim, Dispute, Document, Quantity, content_id

LATER_CUES = re.compile(
    r"\b(?:currently|still|remain(?:s|ed|ing)?|left with|now|so far|by now|released|freed|of whom|"
    r"later|since then|as of|(?:rose|risen|climbed|jumped|grew|grown|increased|mounted|fell|fallen|dropped|"
    r"declined) to)\b",
    re.I,
)
CUE_WINDOW = 60
"""Characters before a number searched for cues that it is a later count."""


def is_later_count(quantity: Quantity, index: SentenceIndex) -> bool:
    """Return True when the words just before the number mark it as a later, updated count."""
    sentence = index.at(quantity.doc, quantity.start)
    if sentence is None:
        return False
    start = max(sentence.start, quantity.start - CUE_WINDOW)
    before = sentence.text[start - sentence.start : quantity.start - sentence.start]
    return bool(LATER_CUES.search(before))


def _digits(quantity: Quantity) -> str:
    """Return the value in digits when the quoted words have none ("three times that (120,000)")."""
    if quantity.value is None or any(c.isdigit() for c in quantity.text):
        return ""
    return f" ({quantity.value:,.0f})" if quantity.value.is_integer() else f" ({quantity.value:,})"


def _as_written(quantity: Quantity, after: str) -> str:
    """Return a claim's number with what it counts as a reader says them: "40,000 marchers", "dozens of
    people injured", "crowd of about 40,000 at the march"."""
    number = f"{quantity.text}{_digits(quantity)}"
    counted = quantity.counted or ""
    group, _, rest = counted.partition(" ")
    if group in COLLECTIVE_NOUNS:
        return f"{group} of {number} {rest}".strip()
    joiner = " of " if counted and after.lstrip().lower().startswith("of ") else " "
    return f"{number}{joiner}{counted}".strip()


def _claim(quantity: Quantity, index: SentenceIndex, later: bool) -> Claim:
    sentence = index.at(quantity.doc, quantity.start)
    value = _as_written(quantity, sentence.text[quantity.end - sentence.start :] if sentence else "")
    if quantity.speaker:
        value += f" (according to {quantity.speaker})"
    if later:
        value += " [later count]"
    return Claim(
        doc=quantity.doc, record=quantity.id, value=value, text=sentence.text.strip() if sentence else ""
    )


def _range(quantity: Quantity) -> tuple[float | None, float | None]:
    return quantity.low, quantity.high


def _conflicts(claims: list[Quantity]) -> bool:
    return any(not ranges_overlap([_range(a), _range(b)]) for a, b in combinations(claims, 2))


def _spread(claims: list[Quantity]) -> float:
    points = [v for q in claims for v in (q.value, q.low, q.high) if v]
    return math.log(max(points) / min(points)) if points else 0.0


def _centrality(name: str, documents: list[Document]) -> float:
    """Return the share of documents that carry every word of a counted key's name (of its gathering's
    name for "at the march")."""
    words = name.removeprefix(AT_THE).split()
    patterns = [re.compile(rf"\b{re.escape(word)}", re.I) for word in words]
    return sum(1 for d in documents if all(p.search(d.text) for p in patterns)) / max(len(documents), 1)


def _plural_name(name: str) -> str:
    """Return a key's name as a reader counts it: "miners", "people killed", "in the crowd", "at the
    march"."""
    if name in COLLECTIVE_NOUNS:
        return f"in the {name}"
    return name if names_happening(name) else plural(name)


def _claimants(claims: list[Quantity]) -> int:
    """Return how many claimants give the counts: each source once, or each speaker it names when it names
    two or more (a count the writer gives unattributed beside a company's is not a second claim)."""
    speakers: dict[str, set[str]] = defaultdict(set)
    for quantity in claims:
        speakers[quantity.doc].update([quantity.speaker] if quantity.speaker else [])
    return sum(max(1, len(named)) for named in speakers.values())


def _dispute(
    key: str,
    status: str,
    claims: list[Quantity],
    later: set[str],
    index: SentenceIndex,
    documents: list[Document],
) -> Dispute:
    sources = len({q.doc for q in claims})
    spread = _spread(claims)
    centrality = _centrality(key_name(key), documents)
    rank = 2.0 * sources + spread + 3.0 * centrality + (1.0 if status == "conflict" else 0.0)
    values = ", ".join(sorted({q.text for q in claims}))
    first = [q for q in claims if q.id not in later]
    judged = "first counts conflict" if _conflicts(first) else "first counts agree"
    later_values = ", ".join(sorted({q.text for q in claims if q.id in later}))
    updated = f"; {len(later)} later count(s) ({later_values})"
    reason = (
        f"{status}: {sources} source(s), {_claimants(claims)} claimant(s) ({values}); "
        f"{judged}{updated if later else ''}; '{key_name(key)}' appears in {centrality:.0%} of documents"
    )
    ordered = sorted(claims, key=lambda q: (q.id in later, q.time or "", q.doc, q.start))
    return Dispute(
        id=content_id("dispute", "quantity", key, status, *sorted(q.id for q in claims)),
        kind="quantity",
        topic=f"how many {_plural_name(key_name(key))}",
        key=key,
        status=status,
        reason=reason,
        claims=[_claim(q, index, q.id in later) for q in ordered],
        rank=round(rank, 3),
    )


def _by_story(claims: list[Quantity], names: StoryNames | None) -> list[list[Quantity]]:
    """Split the claims about one kind of thing into the stories their documents tell."""
    story_of = {
        doc: i for i, story in enumerate(split_stories((q.doc for q in claims), names)) for doc in story
    }
    grouped: dict[int, list[Quantity]] = defaultdict(list)
    for quantity in claims:
        grouped[story_of[quantity.doc]].append(quantity)
    return list(grouped.values())


def quantity_disputes(
    quantities: list[Quantity],
    index: SentenceIndex,
    documents: list[Document],
    names: StoryNames | None = None,
) -> list[Dispute]:
    """Return one dispute per kind of thing counted by two or more claimants in one story (see
    `split_stories`; without `names` all documents are one story), quoting sentences from `index`:
    `conflict` when the first counts do not overlap, else `evolving` when later counts update them, else
    `agree`."""
    keys: dict[str, list[Quantity]] = defaultdict(list)
    for quantity in quantities:
        if quantity.counted_key and not is_measure(quantity.unit) and (quantity.low or quantity.high):
            keys[quantity.counted_key].append(quantity)
    groups = [(key, story) for key, claims in keys.items() for story in _by_story(claims, names)]
    disputes = []
    for key, claims in groups:
        later = {q.id for q in claims if is_later_count(q, index)}
        first = [q for q in claims if q.id not in later]
        if not first or _claimants(claims) < 2:
            continue
        status = "conflict" if _conflicts(first) else "evolving" if later else "agree"
        disputes.append(_dispute(key, status, claims, later, index, documents))
    return sorted(disputes, key=lambda d: -d.rank)
