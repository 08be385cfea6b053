"""Near-linear candidate pairs for similarity clustering: random-hyperplane hashing of embeddings."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from rashomon.resolve.unionfind import UnionFind

TABLES = 10
MIN_BITS = 3
BUCKET_TARGET = 64
"""Hash bits grow with the number of vectors so buckets hold about this many: cost stays near-linear."""
SEED = 13


def candidate_pairs(vectors: np.ndarray) -> set[tuple[int, int]]:
    """Return index pairs that share a hash bucket in at least one table (similar vectors usually do)."""
    count, dims = vectors.shape
    bits = max(MIN_BITS, math.ceil(math.log2(max(count, 1) / BUCKET_TARGET)) + MIN_BITS)
    rng = np.random.default_rng(SEED)
    pairs: set[tuple[int, int]] = set()
    for _ in range(TABLES):
        planes = rng.standard_normal((dims, bits))
        codes = (vectors @ planes > 0) @ (1 << np.arange(bits))
        buckets: dict[int, list[int]] = defaultdict(list)
        for index, code in enumerate(codes):
            buckets[int(code)].append(index)
        for members in buckets.values():
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    return pairs


def complete_link_clusters(
    vectors: np.ndarray,
    threshold: float,
    kinds: Sequence[int] | None = None,
    margins: np.ndarray | None = None,
) -> list[list[int]]:
    """Cluster unit vectors so every pair inside a cluster has cosine similarity >= threshold, plus
    `margins[kind_a, kind_b]` when the vectors are of `kinds` (an infinite margin keeps two kinds apart)."""
    kind_of = np.zeros(len(vectors), dtype=int) if kinds is None else np.asarray(kinds, dtype=int)
    margin = np.zeros((1, 1)) if margins is None else np.asarray(margins, dtype=float)
    scored = []
    for a, b in candidate_pairs(vectors):
        similarity = float(vectors[a] @ vectors[b])
        if similarity >= threshold + margin[kind_of[a], kind_of[b]]:
            scored.append((similarity, a, b))
    clusters = UnionFind(range(len(vectors)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    for _, a, b in sorted(scored, reverse=True):
        root_a, root_b = clusters.find(a), clusters.find(b)
        if root_a == root_b:
            continue
        joined = members[root_a] + members[root_b]
        block = vectors[joined]
        needed = threshold + margin[np.ix_(kind_of[joined], kind_of[joined])]
        if float((block @ block.T - needed).min()) < 0:
            continue
        clusters.union(a, b)
        members[clusters.find(a)] = joined
    return [list(map(int, group)) for group in clusters.groups()]
