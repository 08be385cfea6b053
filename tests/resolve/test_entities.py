"""Cross-document entities on synthetic accounts: acronyms, translations, surnames, glosses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import annotate
from rashomon.annotate.records import annotated_document
from rashomon.ingest.document import document_id
from rashomon.resolve.entities import resolve_entities
from rashomon.resolve.names import acronym_match, canonical_name, is_acronym
from rashomon.schema import Document

ACCOUNTS = [
    "The National Liberation Front (NLF) attacked the depot. Commander Maria Okafor led the raid.",
    "Fighters of the NLF (Frente de Liberacion Nacional) held the depot for a day, and Okafor spoke.",
    "The rebels of the Frente de Liberacion Nacional (FLN) withdrew at dawn.",
    'The Unity Party (called "the Reds" by its rivals) praised the rebels. The WHO sent doctors.',
    "The Reds met in the capital. The World Health Organization (WHO) opened a clinic.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the NLF’s", "NLF"),
        ("U.S.", "U.S."),
        ("Maria Okafor - ‘Hang on", "Maria Okafor"),
        ("the Pentagon!", "Pentagon"),
    ],
)
def test_canonical_name(text: str, expected: str) -> None:
    assert canonical_name(text) == expected


@pytest.mark.parametrize(
    ("acronym", "expansion", "how"),
    [
        ("NLF", "National Liberation Front", "acronym"),
        ("FLN", "National Liberation Front", "translation"),
        ("NLF", "Frente de Liberacion Nacional", "translation"),
        ("WHO", "World Health Organization", "acronym"),
        ("NLF", "National Front", None),
    ],
)
def test_acronym_match(acronym: str, expansion: str, how: str | None) -> None:
    assert acronym_match(acronym, expansion) == how


@pytest.mark.parametrize(("name", "expected"), [("NLF", True), ("U.S.", True), ("Nato", False), ("A", False)])
def test_is_acronym(name: str, expected: bool) -> None:
    assert is_acronym(name) == expected


@pytest.fixture(scope="module")
def entities(nlp: Language) -> list:
    documents = [
        Document(id=document_id(text), path=f"{i}.txt", text=text) for i, text in enumerate(ACCOUNTS)
    ]
    annotated = [
        annotated_document(document, doc)
        for document, doc in zip(
            documents, annotate(nlp, ((d.id, d.text, None) for d in documents)), strict=True
        )
    ]
    mentions = [m for a in annotated for m in a.mentions]
    links = [link for a in annotated for link in a.alias_links]
    found, _ = resolve_entities(mentions, links)
    return found


def _entity_with(entities: list, alias: str):
    matches = [e for e in entities if alias in e.aliases]
    assert len(matches) == 1, f"{alias!r} in {[e.aliases for e in entities]}"
    return matches[0]


def test_acronym_and_foreign_expansions_merge_across_documents(entities: list) -> None:
    front = _entity_with(entities, "NLF")
    assert {"National Liberation Front", "Frente de Liberacion Nacional", "FLN"} <= set(front.aliases)
    assert len(front.documents) == 3


def test_surname_joins_full_name(entities: list) -> None:
    person = _entity_with(entities, "Maria Okafor")
    assert "Okafor" in person.aliases and person.type == "PERSON"


def test_called_gloss_joins_names(entities: list) -> None:
    assert "Reds" in _entity_with(entities, "Unity Party").aliases


def test_unrelated_acronyms_stay_apart(entities: list) -> None:
    assert _entity_with(entities, "WHO") is not _entity_with(entities, "NLF")
    assert "World Health Organization" in _entity_with(entities, "WHO").aliases
