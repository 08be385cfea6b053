"""Tell which documents tell the same story, from the organisations, people, places and events they name."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist

from rashomon.compare.claims import SentenceIndex
from rashomon.quantities.counted import OWNED_BY
from rashomon.resolve.names import name_key
from rashomon.resolve.unionfind import UnionFind
from rashomon.schema import Entity, Mention, Quantity

STORY_TYPES = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "EVENT", "NORP"})
"""Entity types that single out a story: who it is about, where and what happened."""
LARGE_COLLECTION = 10
"""From this many documents on, a collection may hold many stories: a name found in more than
COMMON_SHARE of them (a wire service, a regulator) tells none apart, and a document that names nothing
is not assumed to tell anyone else's story."""
COMMON_SHARE = 0.1
STORY_SIMILARITY = 0.1
"""Least average similarity (cosine of the names two documents carry, each weighted by how rare it is in
the collection) between the documents of two groups that are joined into one story."""


@dataclass(frozen=True)
class StoryNames:
    """The names each document carries, the weight of each name (rarer names weigh more) and whether the
    collection is large."""

    by_doc: dict[str, frozenset[str]]
    weights: dict[str, float]
    large: bool


def common_entities(entities: list[Entity], n_documents: int) -> frozenset[str]:
    """Return the ids of the entities named in so many documents of a large collection that sharing them
    says nothing about sharing a story."""
    if n_documents < LARGE_COLLECTION:
        return frozenset()
    return frozenset(e.id for e in entities if len(e.documents) > n_documents * COMMON_SHARE)


def story_names(entities: list[Entity], n_documents: int, outlets: Iterable[str] = ()) -> StoryNames:
    """Return, per document, the ids of the named entities that single out a story and are not common to
    a large collection nor one of the `outlets` that publish the documents (a masthead names the source,
    not the story), each weighted by its (smoothed) inverse document frequency: in a small collection the
    names every document carries still tie them together."""
    common = common_entities(entities, n_documents)
    mastheads = {name_key(outlet) for outlet in outlets}
    by_doc: dict[str, set[str]] = defaultdict(set)
    weights = {}
    for entity in entities:
        if entity.type not in STORY_TYPES or entity.id in common or not entity.documents:
            continue
        if mastheads & {name_key(name) for name in (entity.name, *entity.aliases)}:
            continue
        weights[entity.id] = math.log(1 + n_documents / len(entity.documents))
        for doc in entity.documents:
            by_doc[doc].add(entity.id)
    return StoryNames(
        {doc: frozenset(ids) for doc, ids in by_doc.items()}, weights, n_documents >= LARGE_COLLECTION
    )


def names_beside(
    quantities: list[Quantity],
    mentions: list[Mention],
    entities: list[Entity],
    index: SentenceIndex,
    names: StoryNames,
) -> dict[str, frozenset[str]]:
    """Return, for each quantity id, the story names (see `story_names`) its sentence mentions, other than
    the quantity's speaker ("a 7.1 magnitude quake hit Valdoria, the Red Crescent said" → Valdoria); only
    the owner when what it measures or counts names whose the thing is ("debt of Brazil" in a sentence
    that names Argentina too → Brazil)."""
    entity_names = {e.id: e.name for e in entities}
    in_sentence: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        sentence = index.at(mention.doc, mention.start)
        if sentence is not None and mention.entity in names.weights:
            in_sentence[mention.doc, sentence.start].append(mention)
    beside = {}
    for quantity in quantities:
        sentence = index.at(quantity.doc, quantity.start)
        speaker = quantity.speaker or ""
        found = in_sentence.get((quantity.doc, sentence.start), []) if sentence is not None else []
        _, of, owner = (quantity.measured or quantity.counted or "").rpartition(OWNED_BY)
        found = [m for m in found if of and m.text in owner] or found
        beside[quantity.id] = frozenset(
            m.entity for m in found if m.text not in speaker and entity_names.get(m.entity) != speaker
        )
    return beside


def shared_name_stories(docs: list[str], names: StoryNames) -> list[list[str]]:
    """Group documents that carry a name in common, and the documents linked through them."""
    stories = UnionFind(docs)
    carriers: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        for name in names.by_doc[doc]:
            carriers[name].append(doc)
    for first, *others in carriers.values():
        for other in others:
            stories.union(first, other)
    return sorted(stories.groups())


def _average_link(docs: list[str], names: StoryNames) -> list[list[str]]:
    """Cluster documents by the weighted names they carry: average link, joined while the average cosine
    between two groups is at least STORY_SIMILARITY."""
    if len(docs) < 2:
        return [docs]
    columns = {name: i for i, name in enumerate(sorted({n for d in docs for n in names.by_doc[d]}))}
    vectors = np.zeros((len(docs), len(columns)))
    for row, doc in enumerate(docs):
        for name in names.by_doc[doc]:
            vectors[row, columns[name]] = names.weights.get(name, 1.0)
    tree = linkage(pdist(vectors, metric="cosine"), method="average")
    labels = fcluster(tree, t=1.0 - STORY_SIMILARITY, criterion="distance")
    clusters: dict[int, list[str]] = defaultdict(list)
    for doc, label in zip(docs, labels, strict=True):
        clusters[int(label)].append(doc)
    return list(clusters.values())


def _name_clusters(docs: list[str], names: StoryNames) -> list[list[str]]:
    """Cluster documents by the weighted names they carry (see `_average_link`). Documents with no name
    in common, even through others, have no similarity to join on, so each group linked by shared names
    is clustered on its own: memory grows with the largest group, not with the collection."""
    return sorted(
        cluster for linked in shared_name_stories(docs, names) for cluster in _average_link(linked, names)
    )


def split_stories(docs: Iterable[str], names: StoryNames | None) -> list[list[str]]:
    """Group documents into stories. In a large collection, documents whose names are alike (see
    `_name_clusters`) are one story; in a small one, which a reader gathered about one event, documents
    that carry a name in common are, and a name no other of its documents carries tells nothing apart. A
    document that names nothing (in a small collection: nothing shared) joins the story when there is only
    one; otherwise it stands alone in a large collection and joins the others that name nothing in a small
    one."""
    docs = sorted(set(docs))
    if names is None:
        return [docs]
    shared = names.by_doc if names.large else _shared_names(docs, names)
    named = [d for d in docs if shared.get(d)]
    unnamed = [d for d in docs if not shared.get(d)]
    groups = _name_clusters(named, names) if names.large else shared_name_stories(named, names)
    if len(groups) <= 1:
        return [[*(groups[0] if groups else []), *unnamed]]
    if names.large:
        return [*groups, *([d] for d in unnamed)]
    return [*groups, unnamed] if unnamed else groups


def _shared_names(docs: list[str], names: StoryNames) -> dict[str, frozenset[str]]:
    """Return each document's names that another of `docs` carries too."""
    carried = Counter(name for doc in docs for name in names.by_doc.get(doc, ()))
    return {doc: frozenset(n for n in names.by_doc.get(doc, ()) if carried[n] > 1) for doc in docs}
