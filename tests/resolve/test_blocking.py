"""Complete-link clustering over hashed candidate pairs."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon.resolve.blocking import complete_link_clusters


def unit(*angles_deg: float) -> np.ndarray:
    radians = np.radians(angles_deg)
    return np.stack([np.cos(radians), np.sin(radians)], axis=1)


@pytest.mark.parametrize(
    ("stricter", "expected"),
    [
        (None, [[0, 1]]),
        ([0.0, 0.0], [[0, 1]]),
        ([0.2, 0.0], [[0, 1]]),
        ([0.2, 0.2], [[0], [1]]),
    ],
)
def test_a_pair_both_marked_stricter_needs_the_higher_similarity(
    stricter: list[float] | None, expected: list[list[int]]
) -> None:
    vectors = unit(0, 40)
    assert sorted(complete_link_clusters(vectors, 0.7, stricter)) == expected


def test_every_pair_in_a_cluster_is_similar_enough() -> None:
    vectors = unit(0, 30, 60)
    clusters = complete_link_clusters(vectors, 0.8)
    assert [0, 1, 2] not in clusters and len(clusters) == 2
