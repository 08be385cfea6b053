"""Stories: documents that name organisations or people in common tell one story."""

from __future__ import annotations

import pytest

from rashomon.compare.stories import StoryActors, common_entities, split_stories, story_actors
from rashomon.schema import Entity


def entity(name: str, kind: str, *docs: str) -> Entity:
    return Entity(id=name, name=name, type=kind, documents=list(docs))


def test_actors_are_organisations_and_people_not_places() -> None:
    actors = story_actors([entity("Acme", "ORG", "a"), entity("Paris", "GPE", "a", "b")], 2)
    assert actors.by_doc == {"a": frozenset({"Acme"})}


def test_actors_common_to_a_large_collection_tell_no_story_apart() -> None:
    docs = [f"d{i}" for i in range(20)]
    actors = story_actors([entity("Wire", "ORG", *docs), entity("Acme", "ORG", "d1", "d2")], len(docs))
    assert actors.large
    assert "Wire" not in actors.by_doc["d1"] and actors.by_doc["d2"] == {"Acme"}
    assert "d3" not in actors.by_doc


@pytest.mark.parametrize(
    ("by_doc", "large", "expected"),
    [
        ({"a": {"Acme"}, "b": {"Acme", "Bo"}, "c": {"Bo"}}, True, [["a", "b", "c", "d"]]),
        ({"a": {"Acme"}, "b": {"Zeta"}}, True, [["a"], ["b"], ["c"], ["d"]]),
        ({"a": {"Acme"}, "b": {"Acme"}}, True, [["a", "b", "c", "d"]]),
        ({"a": {"Acme"}, "b": {"Zeta"}}, False, [["a"], ["b"], ["c", "d"]]),
        ({}, True, [["a", "b", "c", "d"]]),
    ],
)
def test_documents_that_name_no_one_never_bridge_two_stories(
    by_doc: dict[str, set[str]], large: bool, expected: list[list[str]]
) -> None:
    actors = StoryActors({doc: frozenset(ids) for doc, ids in by_doc.items()}, large)
    assert sorted(split_stories(["a", "b", "c", "d"], actors)) == expected


def test_without_actors_every_document_is_one_story() -> None:
    assert split_stories(["b", "a"], None) == [["a", "b"]]


def test_common_entities_only_in_a_large_collection() -> None:
    wire = entity("Wire", "ORG", *(f"d{i}" for i in range(5)))
    assert common_entities([wire], 5) == frozenset()
    assert common_entities([wire], 40) == {"Wire"}


@pytest.mark.parametrize(
    ("by_doc", "expected"),
    [
        ({"a": {"Fed", "Acme"}, "b": {"Fed", "Zeta"}}, [["a"], ["b"]]),
        ({"a": {"Fed", "Acme", "Bo"}, "b": {"Fed", "Acme", "Zeta"}}, [["a", "b"]]),
        ({"a": {"Fed"}, "b": {"Fed", "Zeta"}}, [["a", "b"]]),
        ({"a": {"Fed", "Acme"}, "b": {"Acme", "Bo"}, "c": {"Bo", "Zeta"}}, [["a"], ["b"], ["c"]]),
    ],
)
def test_documents_tell_one_story_when_they_share_two_actors_or_all_of_ones(
    by_doc: dict[str, set[str]], expected: list[list[str]]
) -> None:
    actors = StoryActors({doc: frozenset(ids) for doc, ids in by_doc.items()}, True)
    assert sorted(split_stories(list(by_doc), actors)) == expected
