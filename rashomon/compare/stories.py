"""Tell which documents tell the same story, from the organisations and people they name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from rashomon.resolve.unionfind import UnionFind
from rashomon.schema import Entity

ACTOR_TYPES = frozenset({"ORG", "PERSON"})
"""Entity types that single out a story: the organisations and people it is about."""
LARGE_COLLECTION = 10
"""From this many documents on, a collection may hold many stories: an actor named in more than
COMMON_SHARE of them (a wire service, a regulator) tells none apart, and a document that names no one is
not assumed to tell anyone else's story."""
COMMON_SHARE = 0.1
SHARED_ACTORS = 2
"""Actors two documents share to tell one story: one alone (a central bank, a ministry) links the many
stories a wire tells about it."""


@dataclass(frozen=True)
class StoryActors:
    """The organisations and people each document names, and whether the collection is large."""

    by_doc: dict[str, frozenset[str]]
    large: bool


def common_entities(entities: list[Entity], n_documents: int) -> frozenset[str]:
    """Return the ids of the entities named in so many documents of a large collection that sharing them
    says nothing about sharing a story."""
    if n_documents < LARGE_COLLECTION:
        return frozenset()
    return frozenset(e.id for e in entities if len(e.documents) > n_documents * COMMON_SHARE)


def story_actors(entities: list[Entity], n_documents: int) -> StoryActors:
    """Return, per document, the ids of the organisations and people it names that are not common to a
    large collection."""
    common = common_entities(entities, n_documents)
    by_doc: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type in ACTOR_TYPES and entity.id not in common:
            for doc in entity.documents:
                by_doc[doc].add(entity.id)
    return StoryActors({doc: frozenset(ids) for doc, ids in by_doc.items()}, n_documents >= LARGE_COLLECTION)


def _same_story(first: frozenset[str], second: frozenset[str]) -> bool:
    """Return True when two documents share SHARED_ACTORS actors, or all the actors one of them names."""
    shared = first & second
    return bool(shared) and len(shared) >= min(SHARED_ACTORS, len(first), len(second))


def split_stories(docs: Iterable[str], actors: StoryActors | None) -> list[list[str]]:
    """Group documents into stories: documents that name two organisations or people in common (or the
    only one either names) are one story, and so are the documents linked through them. A document that
    names no one joins the story when there is only one; otherwise it stands alone in a large collection
    and joins the others that name no one in a small one."""
    docs = sorted(set(docs))
    if actors is None:
        return [docs]
    named = [d for d in docs if actors.by_doc.get(d)]
    unnamed = [d for d in docs if not actors.by_doc.get(d)]
    stories = UnionFind(named)
    for first, second in combinations(named, 2):
        if _same_story(actors.by_doc[first], actors.by_doc[second]):
            stories.union(first, second)
    groups = stories.groups()
    if len(groups) <= 1:
        return [[*(groups[0] if groups else []), *unnamed]]
    if actors.large:
        return [*groups, *([d] for d in unnamed)]
    return [*groups, unnamed] if unnamed else groups
