"""A second opinion on what a number counts: the part of its sentence around it parsed alone."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from rashomon.quantities.counted import Counted, find_counted

Parse = Callable[[Doc], Doc]
"""Tags and parses a Doc with the pipeline's own model."""
SEGMENT_BOUNDS = frozenset({",", ";", ":", "(", ")", "[", "]", "—", "–", "--", '"', "“", "”"})
"""Marks that set a clause or an aside apart from the rest of its sentence."""
NEAR = 3
"""Most words between a number and the noun that a parse of its segment says it counts."""
NOUN_TAGS = frozenset({"NN", "NNS"})


def segment(number: Span) -> Span:
    """Return the part of a number's sentence between the commas, brackets, dashes or quotes around it."""
    doc, sentence = number.doc, number.sent
    start, end = number.start, number.end
    while start > sentence.start and doc[start - 1].text not in SEGMENT_BOUNDS:
        start -= 1
    while end < sentence.end and doc[end].text not in SEGMENT_BOUNDS:
        end += 1
    return doc[start:end]


def second_opinion(number: Span, parse: Parse) -> Counted | None:
    """Return what a number counts by a parse of its segment alone, when that parse finds a noun at most
    NEAR words after the number which the sentence's own tags also read as a noun (a long sentence's
    parse may read a name after a number as part of it and lose the noun: "over two billion iOS apps");
    the noun returned is the sentence's own token."""
    part = segment(number)
    if part.start == number.sent.start and part.end == number.sent.end:
        return None
    words, spaces = [t.text for t in part], [bool(t.whitespace_) for t in part]
    alone = parse(Doc(number.doc.vocab, words=words, spaces=spaces))
    counted = find_counted(alone[number.start - part.start : number.end - part.start])
    head = counted.head
    if (
        head is None
        or head.pos_ != "NOUN"
        or not number.end - part.start <= head.i <= number.end - part.start + NEAR
    ):
        return None
    own = number.doc[part.start + head.i]
    return Counted(counted.phrase, own, counted.unit) if own.tag_ in NOUN_TAGS else None
