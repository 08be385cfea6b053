"""Counted keys: one key per kind of thing counted, whatever words name what befell those counted."""

from __future__ import annotations

import pytest

from rashomon.quantities.reference import as_outcome, outcome_of
from rashomon.resolve.counted import assign_counted_keys, split_by_head
from rashomon.schema import Quantity


def keys_of(*phrases: str) -> dict[str, str | None]:
    quantities = [
        Quantity(id=str(i), doc="d", start=0, end=1, text="1", value=1.0, low=1.0, high=1.0, counted=phrase)
        for i, phrase in enumerate(phrases)
    ]
    return {q.counted: q.counted_key for q in assign_counted_keys(quantities)}


@pytest.mark.parametrize(
    ("phrase", "outcome"),
    [
        ("people died", "killed"),
        ("people detained", "arrested"),
        ("residents fled", "evacuated"),
        ("people wounded", "injured"),
        ("workers sacked", "dismissed"),
        ("deaths", "killed"),
        ("evacuees", "evacuated"),
        ("people marched", None),
        ("miners", None),
    ],
)
def test_the_last_word_names_the_outcome(phrase: str, outcome: str | None) -> None:
    assert outcome_of(phrase) == outcome


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("people died", "people killed"),
        ("people detained", "people arrested"),
        ("people fled", "people evacuated"),
        ("people wounded", "people hurt"),
        ("deaths", "people killed"),
        ("evacuees", "people evacuated"),
        ("arrests", "people arrested"),
    ],
)
def test_words_of_one_outcome_share_a_key_named_by_the_outcome(first: str, second: str) -> None:
    keys = keys_of(first, second)
    assert keys[first] == keys[second] == as_outcome(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("people killed", "people injured"),
        ("people died", "people hurt"),
        ("people detained", "people evacuated"),
    ],
)
def test_phrases_of_two_outcomes_never_share_a_key(first: str, second: str) -> None:
    keys = keys_of(first, second)
    assert keys[first] != keys[second]


@pytest.mark.parametrize(
    ("phrase", "written"),
    [("people died", "people killed"), ("deaths", "people killed"), ("miners", "miners"), ("died", "died")],
)
def test_a_phrase_is_compared_with_its_outcome_in_one_word(phrase: str, written: str) -> None:
    assert as_outcome(phrase) == written


@pytest.mark.parametrize(
    ("phrases", "parts"),
    [
        (["pirates", "pirate boats", "boats"], [["pirate boats", "boats"], ["pirates"]]),
        (["yemenis", "yemeni fishermen"], [["yemenis"], ["yemeni fishermen"]]),
        (["hostages", "captives", "prisoners"], [["hostages", "captives", "prisoners"]]),
        (["people killed", "deaths"], [["people killed", "deaths"]]),
    ],
)
def test_a_noun_that_only_modifies_another_phrases_head_is_apart_from_it(
    phrases: list[str], parts: list[list[str]]
) -> None:
    assert sorted(map(sorted, split_by_head(phrases))) == sorted(map(sorted, parts))


def test_a_thing_named_after_what_another_count_counts_gets_its_own_key() -> None:
    keys = keys_of("pirates", "pirate boats", "Somali pirates")
    assert keys["pirate boats"] != keys["pirates"] == keys["Somali pirates"]


def test_a_key_most_of_whose_claims_name_an_outcome_is_named_by_it() -> None:
    keys = keys_of("people arrested", "people detained", "arrests", "prior arrests")
    assert set(keys.values()) == {"people arrested"}
