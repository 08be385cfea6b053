"""Where the quantity extractor finds numbers and what each is worth: the words a number is written in, split
and merged numbers, fractions, scales and ranges."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc


def values(nlp: Language, text: str) -> list[tuple[str, float | None]]:
    """Return each quantity's text and value."""
    return [(q.text, q.value) for q in nlp(make_doc(nlp, text, "d", "2005-06-01"))._.quantities]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In 2023 four people were killed in the blast.", [("four", 4)]),
        ("Of the 20 five were hurt.", [("20", 20), ("five", 5)]),
        ("The 15 three-bedroom flats were sold.", [("15", 15), ("three", 3)]),
        ("They bought 2 dozen eggs and 5 million tickets.", [("2 dozen", 24), ("5 million", 5_000_000)]),
        (
            "Two million five hundred thousand people voted.",
            [("Two million five hundred thousand", 2_500_000)],
        ),
    ],
)
def test_a_spelled_number_after_digits_is_a_number_of_its_own(
    nlp: Language, sentence: str, found: list
) -> None:
    assert values(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Group of Seven met while 5,000 police stood guard.", [("5,000", 5_000)]),
        ("Costs rose at the Nine Mile Point plant.", []),
        ("The Gang of Four was arrested in 1976.", []),
        ('He said: "Two people died."', [("Two", 2)]),
        ("Three people died. Two were hurt.", [("Three", 3), ("Two", 2)]),
        ("Five People Killed In Bus Crash", [("Five", 5)]),
    ],
)
def test_a_number_word_capitalised_inside_a_sentence_names(nlp: Language, sentence: str, found: list) -> None:
    assert values(nlp, sentence) == found
