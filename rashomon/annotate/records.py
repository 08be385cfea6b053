"""Collect what the pipeline wrote on a Doc into the records of one stored document."""

from __future__ import annotations

from spacy.tokens import Doc

from rashomon.resolve.names import name_key
from rashomon.schema import AnnotatedDocument, Document, Mention, Sentence, content_id

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
"""spaCy entity labels that name actors (people, groups, places, institutions)."""


def sentences_of(doc: Doc) -> list[Sentence]:
    """Return the Doc's sentences as records, skipping blank ones."""
    return [
        Sentence(
            content_id(doc._.doc_id, "sentence", sent.start_char),
            doc._.doc_id,
            sent.start_char,
            sent.end_char,
            sent.text,
        )
        for sent in doc.sents
        if sent.text.strip()
    ]


def mentions_of(doc: Doc, outlet: str | None = None) -> list[Mention]:
    """Return named-entity mentions of actors, leaving out spans that run across lines and spans with no
    capital letter ("cts", "mths"), which name no one; a mention of the document's `outlet` is an
    organisation, whatever the model took its masthead for ("Valley Herald" is no person)."""
    return [
        Mention(
            content_id(doc._.doc_id, "mention", ent.start_char, ent.end_char),
            doc._.doc_id,
            ent.start_char,
            ent.end_char,
            ent.text,
            "ORG" if outlet and name_key(ent.text) == name_key(outlet) else ent.label_,
        )
        for ent in doc.ents
        if ent.label_ in ACTOR_LABELS and "\n" not in ent.text and any(c.isupper() for c in ent.text)
    ]


def _extension(doc: Doc, name: str) -> list:
    return list(getattr(doc._, name) or []) if Doc.has_extension(name) else []


def annotated_document(document: Document, doc: Doc) -> AnnotatedDocument:
    """Return the document with every per-document record its annotated Doc carries."""
    return AnnotatedDocument(
        document=document,
        sentences=sentences_of(doc),
        mentions=mentions_of(doc, document.outlet),
        alias_links=_extension(doc, "alias_links"),
        timexes=_extension(doc, "timexes"),
        quantities=_extension(doc, "quantities"),
        attributions=_extension(doc, "attributions"),
        labels=_extension(doc, "labels"),
        events=_extension(doc, "events"),
    )
