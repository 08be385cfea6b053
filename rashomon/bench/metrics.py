"""Precision, recall and F1 from match counts, shared by every benchmark."""

from __future__ import annotations


def f1_score(matched_system: float, n_system: int, matched_gold: float, n_gold: int) -> dict[str, float]:
    """Return precision, recall and F1 given matched counts on each side."""
    precision = matched_system / n_system if n_system else 0.0
    recall = matched_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
