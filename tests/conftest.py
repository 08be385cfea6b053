"""Shared fixtures: one spaCy pipeline per test session, corpora built on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from rashomon.annotate.pipeline import build_nlp
from rashomon.settings import DEFAULT_MODEL

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lima-1996"


@pytest.fixture(scope="session")
def base_nlp() -> Language:
    """The plain spaCy model, without Rashomon's components."""
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full Rashomon pipeline, loaded once per test session."""
    return build_nlp()


@pytest.fixture(scope="session")
def example_dir() -> Path:
    """The bundled example corpus."""
    return EXAMPLE
