"""Claimants: a speaker that ends in a resolved name is that entity; others stay as written."""

from __future__ import annotations

import pytest

from rashomon.compare.claimants import resolve_speakers
from rashomon.compare.claims import SentenceIndex
from rashomon.schema import Entity, Mention, Quantity, Sentence

TEXT = "Interior Minister Ana Lopez said 35,000 came. Hospital officials said 45 were hurt."


def quantity(speaker: str, start: int) -> Quantity:
    return Quantity(
        id=f"q{start}", doc="d", start=start, end=start + 2, text="", value=1, low=1, high=1, speaker=speaker
    )


@pytest.mark.parametrize(
    ("speaker", "start", "expected"),
    [
        ("Interior Minister Ana Lopez", TEXT.index("35,000"), "Ana María López"),
        ("Hospital officials", TEXT.index("45"), "Hospital officials"),
        ("Ana Lopez", TEXT.index("45"), "Ana María López"),
        ("Lopez", TEXT.index("45"), "Ana María López"),
        ("Lopez", 2, "Lopez"),
        ("police", TEXT.index("35,000"), "police"),
        ("spokesman for Hospital", TEXT.index("45"), "spokesman for Hospital"),
    ],
)
def test_a_speaker_is_the_entity_whose_name_ends_it_in_the_same_sentence_or_the_person_before(
    speaker: str, start: int, expected: str
) -> None:
    split = TEXT.index("Hospital")
    sentences = [
        Sentence("s1", "d", 0, split - 1, TEXT[: split - 1]),
        Sentence("s2", "d", split, len(TEXT), TEXT[split:]),
    ]
    lopez = TEXT.index("Ana Lopez")
    mentions = [
        Mention("m1", "d", lopez, lopez + 9, "Ana Lopez", "PERSON", entity="e1"),
        Mention("m2", "d", split, split + 8, "Hospital", "ORG", entity="e2"),
    ]
    entities = [
        Entity(id="e1", name="Ana María López", type="PERSON"),
        Entity(id="e2", name="Hospital", type="ORG"),
    ]
    resolved = resolve_speakers([quantity(speaker, start)], mentions, entities, SentenceIndex(sentences))
    assert resolved[0].speaker == expected


def test_a_surname_two_people_share_names_neither() -> None:
    text = "Ana Lopez and Luis Lopez spoke. Lopez said 41,000 came."
    mentions = [
        Mention("m1", "d", 0, 9, "Ana Lopez", "PERSON", entity="e1"),
        Mention("m2", "d", 14, 24, "Luis Lopez", "PERSON", entity="e2"),
    ]
    entities = [
        Entity(id="e1", name="Ana Lopez", type="PERSON"),
        Entity(id="e2", name="Luis Lopez", type="PERSON"),
    ]
    sentences = [Sentence("s1", "d", 0, len(text), text)]
    claim = quantity("Lopez", text.index("41,000"))
    assert resolve_speakers([claim], mentions, entities, SentenceIndex(sentences))[0].speaker == "Lopez"


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        (["Acme Corp", "the company"], ["Acme Corp", "Acme Corp"]),
        (["Hospital officials", "He"], ["Hospital officials", "Hospital officials"]),
        (["it"], [None]),
        (["police", "organisers"], ["police", "organisers"]),
        (["Association of American Railroads", "the association"], ["Association of American Railroads"] * 2),
        (
            ["New China News Agency", "police", "agency"],
            ["New China News Agency", "police", "New China News Agency"],
        ),
        (["Acme Corp", "the holding company of Acme"], ["Acme Corp", "the holding company of Acme"]),
        (["Excelan Inc", "Excelan"], ["Excelan Inc", "Excelan Inc"]),
        (["Acme", "Acme Co. Ltd."], ["Acme", "Acme"]),
        (["Acme Corp", "Acme Holdings"], ["Acme Corp", "Acme Holdings"]),
    ],
)
def test_a_speaker_that_points_back_or_names_a_business_again_is_the_one_named_before(
    speakers: list[str], expected: list[str | None]
) -> None:
    text = " ".join(f"Someone said {i} came." for i in range(len(speakers)))
    claims = [quantity(speaker, text.index(f" {i} came") + 1) for i, speaker in enumerate(speakers)]
    sentences = [Sentence("s1", "d", 0, len(text), text)]
    resolved = resolve_speakers(list(reversed(claims)), [], [], SentenceIndex(sentences))
    assert [q.speaker for q in resolved] == expected
