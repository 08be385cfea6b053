"""Stories: documents that carry alike names (organisations, people, places, events) tell one story."""

from __future__ import annotations

import pytest

from rashomon.compare.stories import StoryNames, common_entities, split_stories, story_names
from rashomon.schema import Entity


def entity(name: str, kind: str, *docs: str) -> Entity:
    return Entity(id=name, name=name, type=kind, documents=list(docs))


def test_story_names_are_names_not_dates_and_rarer_names_weigh_more() -> None:
    entities = [entity("Acme", "ORG", "a"), entity("Paris", "GPE", "a", "b"), entity("May", "DATE", "b")]
    names = story_names(entities, 2)
    assert names.by_doc == {"a": {"Acme", "Paris"}, "b": {"Paris"}}
    assert names.weights["Acme"] > names.weights["Paris"] > 0


def test_names_common_to_a_large_collection_tell_no_story_apart() -> None:
    docs = [f"d{i}" for i in range(20)]
    names = story_names([entity("Wire", "ORG", *docs), entity("Acme", "ORG", "d1", "d2")], len(docs))
    assert names.large
    assert "Wire" not in names.by_doc["d1"] and names.by_doc["d2"] == {"Acme"}
    assert "d3" not in names.by_doc


@pytest.mark.parametrize(
    ("by_doc", "large", "expected"),
    [
        ({"a": {"Acme"}, "b": {"Acme", "Bo"}, "c": {"Bo"}}, True, [["a", "b", "c", "d"]]),
        ({"a": {"Acme"}, "b": {"Zeta"}}, True, [["a"], ["b"], ["c"], ["d"]]),
        ({"a": {"Acme"}, "b": {"Acme"}}, True, [["a", "b", "c", "d"]]),
        ({"a": {"Acme"}, "b": {"Acme"}, "c": {"Zeta"}}, False, [["a", "b", "c", "d"]]),
        ({"a": {"Acme"}, "b": {"Acme"}, "c": {"Zeta"}, "d": {"Zeta"}}, False, [["a", "b"], ["c", "d"]]),
        (
            {"a": {"Acme", "Bo"}, "b": {"Acme"}, "c": {"Zeta", "Bo"}, "d": {"Zeta"}},
            False,
            [["a", "b", "c", "d"]],
        ),
        ({}, True, [["a", "b", "c", "d"]]),
    ],
)
def test_documents_that_name_no_one_never_bridge_two_stories(
    by_doc: dict[str, set[str]], large: bool, expected: list[list[str]]
) -> None:
    names = StoryNames({doc: frozenset(ids) for doc, ids in by_doc.items()}, {}, large)
    assert sorted(split_stories(["a", "b", "c", "d"], names)) == expected


def test_without_actors_every_document_is_one_story() -> None:
    assert split_stories(["b", "a"], None) == [["a", "b"]]


def test_common_entities_only_in_a_large_collection() -> None:
    wire = entity("Wire", "ORG", *(f"d{i}" for i in range(5)))
    assert common_entities([wire], 5) == frozenset()
    assert common_entities([wire], 40) == {"Wire"}


def test_a_name_many_stories_share_does_not_join_them() -> None:
    """Two stories about one central bank in a collection of a hundred documents: the bank is named in
    all twelve of theirs, each story's own firm and city in six; the stories stay apart."""
    stories = {"s1": ("Acme", "Oslo"), "s2": ("Zeta", "Lima")}
    docs = {story: [f"{story}-{i:02d}" for i in range(6)] for story in stories}
    entities = [entity("Fed", "ORG", *docs["s1"], *docs["s2"])]
    for story, story_entities in stories.items():
        entities += [entity(name, "GPE", *docs[story]) for name in story_entities]
    names = story_names(entities, 100)
    assert sorted(split_stories(names.by_doc, names)) == [docs["s1"], docs["s2"]]


def test_names_every_document_of_a_small_collection_carries_make_it_one_story() -> None:
    entities = [entity("Acme", "ORG", "a", "b", "c"), entity("Oslo", "GPE", "a"), entity("Bo", "PERSON", "c")]
    names = story_names(entities, 3)
    assert split_stories(["a", "b", "c"], names) == [["a", "b", "c"]]


def test_groups_with_no_name_in_common_are_two_stories() -> None:
    entities = [entity("Acme", "ORG", "a", "b"), entity("Zeta", "ORG", "c", "d")]
    names = story_names(entities, 4)
    assert sorted(split_stories(["a", "b", "c", "d"], names)) == [["a", "b"], ["c", "d"]]


def test_in_a_small_collection_names_no_other_document_carries_tell_nothing_apart() -> None:
    names = story_names([entity("Acme", "ORG", "a"), entity("Zeta", "ORG", "b")], 2)
    assert split_stories(["a", "b"], names) == [["a", "b"]]


@pytest.mark.parametrize("outlet", ["Harbour Gazette", "The Harbour Gazette", "harbour gazette"])
def test_the_outlets_that_publish_the_documents_tell_no_story(outlet: str) -> None:
    entities = [entity("Harbour Gazette", "ORG", "a", "b"), entity("Acme", "ORG", "a", "c")]
    names = story_names(entities, 3, [outlet])
    assert names.by_doc == {"a": {"Acme"}, "c": {"Acme"}}
    assert "Harbour Gazette" in story_names(entities, 3).by_doc["b"]


def test_a_large_collection_is_clustered_one_linked_group_at_a_time() -> None:
    """Documents are clustered within the groups that shared names link; the stories are the same as
    when each group is clustered alone, and a chain of shared names still needs alike names to join."""
    chain = {doc: {f"N{i}", f"N{i + 1}"} for i, doc in enumerate("abcdef")}
    pair = {"x": {"M1", "M2"}, "y": {"M1", "M2"}}
    weights = {name: 1.0 for ids in [*chain.values(), *pair.values()] for name in ids}

    def clustered(by_doc: dict[str, set[str]]) -> list[list[str]]:
        names = StoryNames({doc: frozenset(ids) for doc, ids in by_doc.items()}, weights, True)
        return sorted(split_stories(by_doc, names))

    assert clustered({**chain, **pair}) == sorted([*clustered(chain), *clustered(pair)])
    assert clustered(pair) == [["x", "y"]]
    assert len(clustered(chain)) > 1
