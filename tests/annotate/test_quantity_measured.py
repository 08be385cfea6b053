"""What a measure is of: the thing whose size a number with a unit gives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc


@pytest.mark.parametrize(
    ("sentence", "number", "measured"),
    [
        ("A magnitude 6.8 earthquake struck the province on Friday.", "6.8", "earthquake"),
        ("A 7.1 magnitude quake hit the province.", "7.1", "quake"),
        ("The quake, of magnitude 7.8, shook the coast.", "7.8", "quake"),
        ("The kidnappers demanded a ransom of $5 million.", "$5 million", "ransom"),
        ("The rebels demanded $2 million in ransom.", "$2 million", "ransom"),
        ("They asked for a $3 million ransom.", "$3 million", "ransom"),
        ("The ransom was $5 million.", "$5 million", "ransom"),
        ("The storm brought winds of 120 mph.", "120", "wind"),
        ("Winds reached 150 km/h on the coast.", "150", "wind"),
        ("Wind speeds of 120 mph were recorded.", "120", "wind speed"),
        ("The fire destroyed 3,000 hectares of forest.", "3,000", "forest"),
        ("The town received 200 mm of rain.", "200", "rain"),
        ("The storm dropped 250 millimetres of rain on the port.", "250", "rain"),
        ("Turnout was 62 percent.", "62", "turnout"),
    ],
)
def test_a_measure_names_what_it_measures(nlp: Language, sentence: str, number: str, measured: str) -> None:
    found = {q.text: q.measured for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities}
    assert found[number] == measured


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("A sinking fund will retire 76 pct of the debentures.", "76"),
        ("Prices showed a decline of 0.2 pct in December.", "0.2"),
        ("Investors lost $3 billion.", "$3 billion"),
        ("Rescuers freed 33 miners.", "33"),
    ],
)
def test_shares_changes_counts_and_bare_sums_measure_no_thing(
    nlp: Language, sentence: str, number: str
) -> None:
    found = {q.text: q.measured for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities}
    assert number in found and found[number] is None
