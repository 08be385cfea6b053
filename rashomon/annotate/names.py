"""Propagate names within a document: every further occurrence of a name already found is a mention."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rashomon.annotate.records import ACTOR_LABELS
from rashomon.resolve.names import canonical_name, is_acronym

MIN_NAME_CHARS = 3
MIN_SHOUTING_WORDS = 3
SHOUTING = 0.8
"""Share of capital letters above which a line is written in capitals (a headline), not in prose."""
ALIAS_LABEL = "ORG"
"""Label for names known only from alias evidence: acronym definitions and glosses name organisations."""


def known_names(doc: Doc) -> dict[str, str]:
    """Return each actor name the Doc's entities and alias links give, with its most frequent label."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for ent in doc.ents:
        name = canonical_name(ent.text)
        if ent.label_ in ACTOR_LABELS and len(name) >= MIN_NAME_CHARS and "\n" not in name:
            labels[name][ent.label_] += 1
    for link in (doc._.alias_links or []) if Doc.has_extension("alias_links") else []:
        for name in (link.name, link.alias):
            if name not in labels and len(name) >= MIN_NAME_CHARS:
                labels[name][ALIAS_LABEL] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in labels.items()}


def propagate_names(doc: Doc) -> list[Span]:
    """Return the Doc's entities plus a span for every other occurrence of a known name."""
    names = known_names(doc)
    if not names:
        return filter_spans(list(doc.ents) + acronym_spans(doc))
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w-])"
    )
    found = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label=names[match.group()])
        if span is not None:
            found.append(span)
    return filter_spans(list(doc.ents) + found + acronym_spans(doc))


def acronym_spans(doc: Doc) -> list[Span]:
    """Return a span for each undotted all-capitals proper noun, such as an organisation's initials, except
    in lines written all in capitals (a headline's words are not initials)."""
    shouting = _shouting_lines(doc.text)
    line_ends = [i for i, c in enumerate(doc.text) if c == "\n"]
    return [
        Span(doc, token.i, token.i + 1, label=ALIAS_LABEL)
        for token in doc
        if token.pos_ in ("PROPN", "NOUN")
        and "." not in token.text
        and is_acronym(token.text)
        and bisect_left(line_ends, token.idx) not in shouting
    ]


def _shouting_lines(text: str) -> set[int]:
    """Return the numbers of the lines of at least three words written almost all in capitals."""
    found = set()
    for number, line in enumerate(text.split("\n")):
        letters = [c for c in line if c.isalpha()]
        if len(line.split()) >= MIN_SHOUTING_WORDS and sum(c.isupper() for c in letters) > SHOUTING * len(
            letters
        ):
            found.add(number)
    return found


@Language.factory("rashomon_names")
def make_name_propagator(nlp: Language, name: str) -> NamePropagator:
    """Create the component that marks every occurrence of a document's known names as an entity."""
    return NamePropagator()


class NamePropagator:
    """spaCy component: rewrites `doc.ents` with the propagated names (a pure function of the Doc)."""

    def __call__(self, doc: Doc) -> Doc:
        """Add the missed occurrences of known names to `doc.ents`."""
        doc.ents = propagate_names(doc)
        return doc
