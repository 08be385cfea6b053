"""The `rashomon_paragraphs` component: a blank line always ends a sentence (titles, bylines, paragraphs), and
so does a line break where it cannot be a wrap (a headline, a dateline, a web page's address)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

UNWRAPPED_LINE = 160
"""Characters beyond which a line is not wrapped: a text with one such line writes a line per paragraph."""
SHORT_LINE_SHARE = 0.6
"""Share of a wrapped text's usual line length under which a line that does not run on ends its sentence."""
RUNS_ON = (",", ";", ":", "-", "(", "&")
"""Endings of a line whose sentence goes on after the break."""


def line_starts(text: str) -> set[int]:
    """Return the character offsets of the lines that start a sentence after a single line break: every line
    of a text that writes a paragraph per line, and in a wrapped text the line after a short one that does
    not run on ("Interior Secretaries Must Act by May 9" over a first sentence)."""
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return set()
    unwrapped = lengths[-1] > UNWRAPPED_LINE
    usual = lengths[int(0.9 * (len(lengths) - 1))]
    starts, offset = set(), 0
    for line, following in zip(lines, lines[1:], strict=False):
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or not following.strip() or stripped.endswith(RUNS_ON):
            continue
        if unwrapped or len(stripped) < SHORT_LINE_SHARE * usual:
            starts.add(offset + len(following) - len(following.lstrip()))
    return starts


@Language.component("rashomon_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after each blank line, or after a line break that ends a sentence (see
    `line_starts`), as a sentence start, before the parser runs."""
    starts = line_starts(doc.text)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_blank = previous.is_space and previous.text.count("\n") >= 2 or "\n\n" in previous.whitespace_
        if after_blank or (token.idx in starts and not token.is_space):
            token.is_sent_start = True
    return doc
