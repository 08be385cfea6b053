"""The events component: sentences that place a happening in time, with what happened."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import annotate


def events_of(nlp: Language, text: str, anchor: str = "2004-03-10") -> list:
    (doc,) = annotate(nlp, [("d", text, anchor)])
    return doc._.events


@pytest.mark.parametrize(
    ("text", "time", "predicate"),
    [
        ("Armed rebels seized the embassy on March 3, 2004, witnesses said.", "2004-03-03", "seize embassy"),
        (
            "The embassy was stormed by soldiers yesterday morning, officials said.",
            "2004-03-09",
            "storm embassy",
        ),
        (
            "Officials condemned the March 3 seizure of the embassy by the rebels.",
            "2004-03-03",
            "seizure embassy",
        ),
        ("Prices of bread rose sharply in 1998 across the whole country.", "1998", "rise price"),
        (
            "Gunmen seized the parliament building on March 3, 2004.",
            "2004-03-03",
            "seize parliament building",
        ),
        (
            "Hurricane Lena made landfall on Tuesday with winds of 190 km/h, the weather service said.",
            "2004-03-09",
            "make landfall",
        ),
    ],
)
def test_event_time_and_predicate(nlp: Language, text: str, time: str, predicate: str) -> None:
    (event,) = events_of(nlp, text)
    assert event.time == time
    assert event.predicate == predicate
    assert event.text == text


def test_undated_sentences_headings_and_durations_are_not_events(nlp: Language) -> None:
    text = "March 3, 2004\n\nThe talks went on for three days. Nobody knows who fired first."
    assert events_of(nlp, text) == []


def test_one_event_per_sentence(nlp: Language) -> None:
    found = events_of(nlp, "The rebels entered the city on May 1, 2003 and left it on May 9, 2003.")
    assert len(found) == 1 and found[0].time == "2003-05-01"
