"""The `rashomon_paragraphs` component: a blank line always ends a sentence (titles, bylines, paragraphs)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("rashomon_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start, before the parser runs."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 or "\n\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc
