"""A second opinion on what a number counts, from the part of its sentence around it parsed alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.quantities.reparse import second_opinion, segment


@pytest.mark.parametrize(
    ("sentence", "number", "counted"),
    [
        (
            "Aid workers said the fighting, which spread to the outskirts of the city overnight, had "
            "displaced 2,000, 3,000 or even 5,000 families in the past week alone.",
            "3,000",
            "families",
        ),
        (
            "Scientists said the survey, which used drones to count nests along the coast for the first "
            "time, found 40, 50 or sometimes 60 chicks in each colony.",
            "50",
            "chicks",
        ),
        (
            "Engineers said the storm, the worst in a generation, had damaged 30, 40 and perhaps 50 pylons "
            "across the hills north of the town.",
            "40",
            "pylons",
        ),
        (
            "The minister said the plan would build 100, 200 or even 300 schools a year in rural areas, "
            "depending on how much money the treasury, which is under strain, can find.",
            "200",
            "schools",
        ),
    ],
)
def test_a_count_in_a_list_whose_noun_the_parse_misses(
    nlp: Language, sentence: str, number: str, counted: str
) -> None:
    found = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert next(q.counted for q in found if q.text == number) == counted


@pytest.mark.parametrize(
    ("sentence", "number", "part"),
    [
        ("The storm, the worst in years, damaged 30, 40 and 50 pylons.", "40", "40 and 50 pylons."),
        ("Officials (who asked not to be named) said 12 people died.", "12", "said 12 people died."),
        ("He said 12 people died.", "12", "He said 12 people died."),
    ],
)
def test_a_numbers_segment_lies_between_commas_and_brackets(
    nlp: Language, sentence: str, number: str, part: str
) -> None:
    doc = nlp(make_doc(nlp, sentence, "d", None))
    token = next(t for t in doc if t.text == number)
    assert segment(doc[token.i : token.i + 1]).text == part


def test_no_second_opinion_when_the_segment_is_the_whole_sentence(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "He said 12 died.", "d", None))
    parse = nlp.get_pipe("rashomon_quantities").parse
    assert second_opinion(doc[2:3], parse) is None
