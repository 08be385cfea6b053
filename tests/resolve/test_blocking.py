"""Complete-link clustering over hashed candidate pairs."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon.resolve.blocking import complete_link_clusters


def unit(*angles_deg: float) -> np.ndarray:
    radians = np.radians(angles_deg)
    return np.stack([np.cos(radians), np.sin(radians)], axis=1)


MARGINS = np.array([[0.0, 0.0, np.inf], [0.0, 0.2, 0.2], [np.inf, 0.2, 0.2]])


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (None, [[0, 1]]),
        ([0, 0], [[0, 1]]),
        ([1, 0], [[0, 1]]),
        ([1, 1], [[0], [1]]),
        ([1, 2], [[0], [1]]),
        ([0, 2], [[0], [1]]),
    ],
)
def test_the_kinds_of_a_pair_set_the_similarity_it_needs(
    kinds: list[int] | None, expected: list[list[int]]
) -> None:
    vectors = unit(0, 40)
    assert sorted(complete_link_clusters(vectors, 0.7, kinds, MARGINS)) == expected


def test_kinds_kept_apart_never_share_a_cluster_even_when_identical() -> None:
    vectors = unit(0, 0, 0)
    clusters = complete_link_clusters(vectors, 0.7, [0, 0, 2], MARGINS)
    assert sorted(clusters) == [[0, 1], [2]]


def test_every_pair_in_a_cluster_is_similar_enough() -> None:
    vectors = unit(0, 30, 60)
    clusters = complete_link_clusters(vectors, 0.8)
    assert [0, 1, 2] not in clusters and len(clusters) == 2
