"""The paragraphs component: blank lines, and line breaks that cannot be wraps, end sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.paragraphs import line_starts
from rashomon.annotate.pipeline import annotate

WRAPPED = (
    "Storm Hits the Coast\n"
    "The storm reached the coast on Tuesday night and flooded the lower town,\n"
    "where the river broke its banks in three places before the morning came.\n"
    "Officials said the water rose faster than in any storm since the dams were\n"
    "built, and that the evacuation of the valley had begun at dawn on Wednesday.\n"
)
LONG_LINE = "The storm reached the coast on Tuesday night and flooded the lower town. " * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WRAPPED, ["The storm reached"]),
        (f"Storm Hits the Coast\n{LONG_LINE}\n{LONG_LINE}", ["The storm reached", "The storm reached"]),
        (f"Storm Hits the Coast,\n{LONG_LINE}", []),
        ("One short line only", []),
        ("", []),
    ],
    ids=[
        "wrapped-text-after-its-headline",
        "a-line-per-paragraph",
        "a-line-that-runs-on",
        "one-line",
        "empty",
    ],
)
def test_a_line_break_ends_a_sentence_where_it_cannot_be_a_wrap(text: str, expected: list[str]) -> None:
    assert [text[start : start + 17] for start in sorted(line_starts(text))] == expected


def test_a_headline_and_a_dateline_are_sentences_of_their_own(nlp: Language) -> None:
    text = (
        "www.example.org/news/storm-report.html\n"
        "April 27, 2009\n"
        "Scientists Call for New Flood Rules\n"
        f"More than 1,300 scientists and three societies called for new rules today. {LONG_LINE}\n"
    )
    (doc,) = annotate(nlp, [("d", text, None)])
    (number,) = [t for t in doc if t.text == "1,300"]
    assert number.sent.text.startswith("More than 1,300 scientists")
    assert [s.text.strip() for s in doc.sents][1:3] == [
        "April 27, 2009",
        "Scientists Call for New Flood Rules",
    ]
