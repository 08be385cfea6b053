"""Merge mentions across documents into entities: one per real-world actor, with its aliases."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rashomon.resolve.names import (
    acronym_letters,
    acronym_match,
    canonical_name,
    initials,
    is_acronym,
    name_key,
)
from rashomon.resolve.unionfind import UnionFind
from rashomon.schema import AliasLink, Entity, Mention, content_id

TYPE_PRIORITY = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


@dataclass
class NameStats:
    """What the corpus says about one name key: its surface forms, labels and mentions."""

    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def label(self) -> str | None:
        """The most frequent entity label of the name, if it was ever mentioned."""
        if not self.labels:
            return None
        return max(self.labels, key=lambda lab: (self.labels[lab], -_priority(lab)))


def _priority(label: str) -> int:
    return TYPE_PRIORITY.index(label) if label in TYPE_PRIORITY else len(TYPE_PRIORITY)


def collect_names(mentions: list[Mention], links: list[AliasLink]) -> dict[str, NameStats]:
    """Gather every name key with its surface forms, labels and mentions."""
    stats: dict[str, NameStats] = defaultdict(NameStats)
    for mention in mentions:
        key = name_key(mention.text)
        if key:
            stats[key].forms[canonical_name(mention.text)] += 1
            stats[key].labels[mention.label] += 1
            stats[key].mentions.append(mention)
    for link in links:
        for name in (link.name, link.alias):
            if key := name_key(name):
                stats[key].forms[canonical_name(name)] += 0
    return stats


def _form(name: NameStats) -> str:
    return name.forms.most_common(1)[0][0]


def link_acronyms(stats: dict[str, NameStats], sets: UnionFind) -> None:
    """Join each acronym to the multi-word name whose initials spell it in order, when only one does."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, name in stats.items():
        if len(key.split()) >= 2:
            by_initials[initials(_form(name))].append(key)
    for key, name in stats.items():
        form = _form(name)
        if not is_acronym(form):
            continue
        candidates = [
            k for k in by_initials.get(acronym_letters(form), []) if acronym_match(form, _form(stats[k]))
        ]
        if len({sets.find(k) for k in candidates}) == 1:
            sets.union(key, candidates[0])


def link_surnames(stats: dict[str, NameStats], sets: UnionFind) -> None:
    """Join a one-word person name to the one full person name that contains it after the first word."""
    holders: dict[str, set[str]] = defaultdict(set)
    for key, name in stats.items():
        words = key.split()
        if len(words) >= 2 and name.label == "PERSON":
            for word in words[1:]:
                holders[word].add(key)
    for key, name in stats.items():
        if len(key.split()) != 1 or "PERSON" not in name.labels:
            continue
        owners = {sets.find(k) for k in holders.get(key, set())}
        if len(owners) == 1:
            sets.union(key, next(iter(holders[key])))


def _entity(keys: list[str], stats: dict[str, NameStats]) -> Entity | None:
    mentions = [m for k in keys for m in stats[k].mentions]
    if not mentions:
        return None
    labels: Counter[str] = Counter()
    for key in keys:
        if stats[key].label:
            labels[stats[key].label] += len(key.split())
    forms: Counter[str] = Counter()
    for key in keys:
        forms.update(stats[key].forms)
    aliases = sorted({_form(stats[k]) for k in keys})
    name = max(forms, key=lambda form: (forms[form], len(form)))
    return Entity(
        id=content_id("entity", keys[0]),
        name=name,
        type=max(labels, key=lambda lab: (labels[lab], -_priority(lab))),
        aliases=aliases,
        documents=sorted({m.doc for m in mentions}),
        n_mentions=len(mentions),
    )


def resolve_entities(mentions: list[Mention], links: list[AliasLink]) -> tuple[list[Entity], dict[str, str]]:
    """Cluster mentions into entities; return the entities and each mention's entity id."""
    stats = collect_names(mentions, links)
    sets = UnionFind(stats)
    for link in links:
        first, second = name_key(link.name), name_key(link.alias)
        if first and second:
            sets.union(first, second)
    link_acronyms(stats, sets)
    link_surnames(stats, sets)
    entities: list[Entity] = []
    assignment: dict[str, str] = {}
    for keys in sets.groups():
        entity = _entity([str(k) for k in keys], stats)
        if entity is None:
            continue
        entities.append(entity)
        for key in keys:
            for mention in stats[str(key)].mentions:
                assignment[mention.id] = entity.id
    entities.sort(key=lambda e: (-e.n_mentions, e.name))
    return entities, assignment
