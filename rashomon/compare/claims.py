"""Helpers shared by every kind of dispute: sentence lookup and ranges that overlap."""

from __future__ import annotations

import bisect
from collections import defaultdict

from rashomon.schema import Document, Sentence


class SentenceIndex:
    """Find the sentence holding a character offset of a document."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.by_doc: dict[str, list[Sentence]] = defaultdict(list)
        for sentence in sorted(sentences, key=lambda s: (s.doc, s.start)):
            self.by_doc[sentence.doc].append(sentence)
        self.starts = {doc: [s.start for s in items] for doc, items in self.by_doc.items()}

    def at(self, doc: str, offset: int) -> Sentence | None:
        """Return the sentence of `doc` that contains `offset`."""
        position = bisect.bisect_right(self.starts.get(doc, []), offset) - 1
        return self.by_doc[doc][position] if position >= 0 else None

    def around(self, doc: str, start: int, end: int) -> tuple[str, str]:
        """Return the text of the sentence holding `start` before `start` and after `end` ("", "" when
        `doc` has no such sentence)."""
        sentence = self.at(doc, start)
        if sentence is None:
            return "", ""
        return sentence.text[: start - sentence.start], sentence.text[end - sentence.start :]


def ranges_overlap(ranges: list[tuple[float | None, float | None]]) -> bool:
    """Return True when all (low, high) ranges share a value; None bounds are open."""
    lows = [low for low, _ in ranges if low is not None]
    highs = [high for _, high in ranges if high is not None]
    return not lows or not highs or max(lows) <= min(highs)


def document_dates(documents: list[Document]) -> dict[str, str]:
    """Return the date each document was written, else published, by document id ("" when unknown)."""
    return {d.id: d.written or d.published or "" for d in documents}
