"""Who claims a number: its speaker resolved to an entity when the sentence names one in the speaker."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from rashomon.compare.claims import SentenceIndex
from rashomon.schema import Entity, Mention, Quantity

WORD = re.compile(r"\w+")
PREPOSITIONS = frozenset({"in", "of", "for", "from", "at", "with", "to", "on", "by"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
BUSINESS_WORDS = frozenset({"company", "firm", "corporation", "concern"})
"""Words by which a report refers back to the business it is about ("the company said")."""
LEGAL_FORMS = frozenset(
    {"inc", "corp", "corporation", "co", "ltd", "limited", "llc", "plc", "ag", "sa", "nv"}
)
"""Words after a business's name that give its legal form: "Excelan Inc" and "Excelan" are one claimant."""


def _words(text: str) -> str:
    return " " + " ".join(WORD.findall(text.lower())) + " "


def _heads(speaker: str, name: str) -> bool:
    """Return True when a name ends the speaker's words and no preposition puts it in a phrase of its own
    ("police in Port Elms", "spokesman for Acme" are not Port Elms or Acme)."""
    before = speaker[: len(speaker) - len(name)].split()
    return speaker.endswith(name) and not (before and before[-1] in PREPOSITIONS)


def resolve_speakers(
    quantities: list[Quantity], mentions: list[Mention], entities: list[Entity], index: SentenceIndex
) -> list[Quantity]:
    """Return the quantities with each speaker headed by a resolved mention of its sentence ("Interior
    Minister Domingo Palermo", "Palermo") replaced by that entity's name, so one claimant named two ways
    is one claimant; a speaker the model found no name in is the person named before in the document
    whose surname ends it (see `_person_by_surname`); a speaker that points back (see `is_anaphoric`) is
    the last speaker the document named before, else the source itself, and a speaker in lower case is the
    one named before whose name holds its head ("the association"); other speakers ("police",
    "hospital officials", "police in Port Elms") stay as written. The quantities come back in document
    and text order."""
    names = {e.id: e.name for e in entities}
    people = {e.id for e in entities if e.type == "PERSON"}
    by_doc: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
    for mention in mentions:
        if mention.entity in names:
            by_doc[mention.doc].append((mention, _words(mention.text)))
    named: dict[str, list[str]] = defaultdict(list)
    resolved = []
    for quantity in sorted(quantities, key=lambda q: (q.doc, q.start)):
        if quantity.speaker:
            speaker = _speaker(quantity, named[quantity.doc], by_doc[quantity.doc], names, people, index)
            quantity = replace(quantity, speaker=_same_business(speaker, named[quantity.doc]))
        if quantity.speaker:
            named[quantity.doc].append(quantity.speaker)
        resolved.append(quantity)
    return resolved


def _speaker(
    quantity: Quantity,
    named: list[str],
    mentions: list[tuple[Mention, str]],
    names: dict[str, str],
    people: set[str],
    index: SentenceIndex,
) -> str | None:
    """Return who gives a quantity, given the speakers its document `named` before it (see
    `resolve_speakers`)."""
    written = quantity.speaker or ""
    if is_anaphoric(written):
        return named[-1] if named else None
    if (earlier := _named_before(written, named)) is not None:
        return earlier
    sentence = index.at(quantity.doc, quantity.start)
    if sentence is None:
        return written
    speaker = _words(written)
    inside = [
        m for m, words in mentions if sentence.start <= m.start < sentence.end and _heads(speaker, words)
    ]
    if inside:
        return names[max(inside, key=lambda m: len(m.text)).entity]
    person = _person_by_surname(speaker, quantity.start, mentions, people)
    return names[person] if person is not None else written


def _same_business(speaker: str | None, named: list[str]) -> str | None:
    """Return the speaker named before that is the same business written with or without its legal form
    ("Excelan" after "Excelan Inc"), else the speaker."""
    if speaker is None:
        return None
    key = _without_legal_form(speaker)
    return next((name for name in reversed(named) if _without_legal_form(name) == key), speaker)


def _without_legal_form(name: str) -> str:
    words = _words(name).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def is_anaphoric(speaker: str) -> bool:
    """Return True for a speaker that points back to one named before rather than naming a claimant: a
    pronoun ("he said") or a bare word for a business ("the company said", in a report about one)."""
    words = _words(speaker).split()
    return bool(words) and (
        (len(words) == 1 and words[0] in PRONOUNS)
        or (words[-1] in BUSINESS_WORDS and not any(c.isupper() for c in speaker) and len(words) <= 2)
    )


def _named_before(speaker: str, named: list[str]) -> str | None:
    """Return the last speaker named before whose name holds the head of a speaker in lower case of one or
    two words ("the association" after "Association of American Railroads", "the agency"), else None."""
    words = _words(speaker).split()
    if not words or len(words) > 2 or any(c.isupper() for c in speaker):
        return None
    return next(
        (name for name in reversed(named) if words[-1] in _words(name).split() and name != speaker), None
    )


def _person_by_surname(
    speaker: str, before: int, mentions: list[tuple[Mention, str]], people: set[str]
) -> str | None:
    """Return the entity of the one person mentioned before `before` whose name's last word ends the
    speaker's words ("Lopez" after "Interior Minister Ana Lopez"); two such people name neither."""
    surname = speaker.split()[-1:] if speaker.strip() else []
    found = {
        m.entity
        for m, words in mentions
        if m.start < before and m.entity in people and surname and words.split()[-1:] == surname
    }
    return found.pop() if len(found) == 1 else None
