"""Shared fixtures: one spaCy pipeline per test session, corpora built on the fly."""

from __future__ import annotations

import pytest
import spacy

from rashomon.settings import DEFAULT_MODEL


@pytest.fixture(scope="session")
def base_nlp() -> spacy.Language:
    """The plain spaCy model, without Rashomon's components."""
    return spacy.load(DEFAULT_MODEL)
