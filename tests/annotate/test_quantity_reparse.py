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
def test_a_numbers_segment_parsed_alone_finds_the_noun_after_it(
    nlp: Language, sentence: str, number: str, counted: str
) -> None:
    doc = nlp(make_doc(nlp, sentence, "d", None))
    token = next(t for t in doc if t.text == number)
    opinion = second_opinion(doc[token.i : token.i + 1], nlp.get_pipe("rashomon_quantities").parse)
    assert opinion is not None
    assert (opinion.phrase, opinion.head.doc) == (counted, doc)


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


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("He said 12 died.", "12"),
        ("The airline, hit by the strike, said it could order 5, 10 or perhaps 15 new jets.", "10"),
    ],
)
def test_no_second_opinion_for_a_whole_sentence_or_a_noun_far_after(
    nlp: Language, sentence: str, number: str
) -> None:
    doc = nlp(make_doc(nlp, sentence, "d", None))
    token = next(t for t in doc if t.text == number)
    assert second_opinion(doc[token.i : token.i + 1], nlp.get_pipe("rashomon_quantities").parse) is None
