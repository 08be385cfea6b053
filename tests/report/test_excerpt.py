"""Excerpts of long sentences, centred on the words a claim rests on."""

from __future__ import annotations

import pytest

from rashomon.report.excerpt import excerpt, split_at

LONG = (
    "After a night of talks that ran on well past midnight in the offices of the regional council, "
    "the mediators said that the miners were still holding 37 managers underground."
)


def test_short_text_is_whole_with_whitespace_collapsed() -> None:
    assert excerpt("Police  counted\n40,000 marchers.", 80, "40,000") == "Police counted 40,000 marchers."


@pytest.mark.parametrize("width", [40, 60, 100])
def test_long_text_is_centred_on_the_claim(width: int) -> None:
    piece = excerpt(LONG, width, "37 managers")
    assert "37 managers" in piece
    assert piece.startswith("…")
    assert len(piece) <= width + 2


def test_cut_starts_at_a_word() -> None:
    piece = excerpt(LONG, 50, "37 managers")
    assert piece[1:].split()[0] in LONG.split()


def test_without_the_claim_the_start_is_kept() -> None:
    assert excerpt(LONG, 30) == LONG[:30] + "…"
    assert excerpt(LONG, 30, "not in the text") == LONG[:30] + "…"


def test_claim_near_the_start_cuts_only_the_end() -> None:
    piece = excerpt(LONG, 40, "After a night")
    assert piece.startswith("After a night") and piece.endswith("…")


@pytest.mark.parametrize(
    ("text", "words", "parts"),
    [
        ("Police said 40 were hurt.", "40", ("Police said ", "40", " were hurt.")),
        ("Police said 40 were hurt.", "41", ("Police said 40 were hurt.", "", "")),
        ("Police said 40 were hurt.", None, ("Police said 40 were hurt.", "", "")),
    ],
)
def test_a_sentence_is_cut_around_the_words_of_its_claim(text: str, words: str | None, parts: tuple) -> None:
    assert split_at(text, words) == parts
