"""Record types shared by every stage, and the export schema version.

Each record is a plain dataclass whose fields are the columns of its table in the
store and the keys of its objects in the export (schema v1, see DESIGN.md). Offsets
(`start`, `end`) are character offsets into the document's stored text.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

PRECISIONS = ("day", "month", "year")


def content_id(*parts: object, length: int = 16) -> str:
    """Return a short stable hex id derived from the given parts."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass
class Record:
    """Base of all records: conversion to and from plain dicts."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a dict of its fields."""
        return asdict(self)

    @classmethod
    def field_names(cls) -> list[str]:
        """Return the names of the record's fields, in order."""
        return [f.name for f in fields(cls)]

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Record:
        """Build a record from a dict, ignoring keys that are not fields."""
        names = set(cls.field_names())
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass
class Document(Record):
    """One stored source text with the metadata sniffed or given for it."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    written: str | None = None
    written_precision: str | None = None
    language: str | None = None
    n_words: int = 0
    text: str = ""

    @property
    def anchor(self) -> str | None:
        """The creation time relative dates are read against: written, else published."""
        return self.written or self.published


@dataclass
class Sentence(Record):
    """A sentence of a document, by offsets; the store indexes these with FTS5."""

    id: str
    doc: str
    start: int
    end: int
    text: str


@dataclass
class Mention(Record):
    """A named-entity mention in one document; `entity` is set by resolution."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    label: str
    entity: str | None = None


@dataclass
class AliasLink(Record):
    """Evidence in one document that two surface forms name the same actor."""

    id: str
    doc: str
    start: int
    end: int
    name: str
    alias: str
    how: str


@dataclass
class Entity(Record):
    """One real-world actor across documents, with every name it goes by."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    n_mentions: int = 0


@dataclass
class Timex(Record):
    """A temporal expression normalised to a TIMEX3 type and value."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Quantity(Record):
    """A count or quantity with its qualifier range and what it counts; `change` is "up" or "down" when the
    number is a rise or a fall ("rose about 5%": qualifier "about", change "up")."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None = None
    counted: str | None = None
    counted_key: str | None = None
    time: str | None = None
    speaker: str | None = None
    unit: str | None = None
    measured: str | None = None
    change: str | None = None


@dataclass
class Attribution(Record):
    """Who said what: a reported or quoted statement and its speaker."""

    id: str
    doc: str
    start: int
    end: int
    speaker: str | None
    speaker_entity: str | None
    cue: str | None
    content: str
    direct: bool


@dataclass
class Label(Record):
    """A word or phrase a source attaches to an actor."""

    id: str
    doc: str
    start: int
    end: int
    entity: str | None
    label: str
    polarity: str | None
    voice: str


@dataclass
class Event(Record):
    """A sentence that places a happening in time, with its participants."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    time: str | None
    participants: list[str] = field(default_factory=list)
    predicate: str | None = None
    happening: str | None = None


@dataclass
class Claim(Record):
    """One source's side of a dispute, pointing at the record it comes from."""

    doc: str
    record: str
    value: str
    text: str


@dataclass
class Dispute(Record):
    """A group of comparable claims with a judgement and a ranking reason."""

    id: str
    kind: str
    topic: str
    key: str
    status: str
    reason: str
    claims: list[Claim] = field(default_factory=list)
    rank: float = 0.0


EXPORT_TABLES: dict[str, type[Record]] = {
    "documents": Document,
    "entities": Entity,
    "mentions": Mention,
    "timexes": Timex,
    "quantities": Quantity,
    "attributions": Attribution,
    "labels": Label,
    "events": Event,
    "disputes": Dispute,
}

EXPORT_FIELDS: dict[str, list[str]] = {
    "documents": [
        "id",
        "path",
        "title",
        "outlet",
        "author",
        "published",
        "published_precision",
        "written",
        "written_precision",
        "language",
        "n_words",
    ],
    "entities": ["id", "name", "type", "aliases", "documents", "n_mentions"],
    "mentions": ["id", "doc", "start", "end", "text", "entity"],
    "timexes": ["id", "doc", "start", "end", "text", "type", "value"],
    "quantities": [
        "id",
        "doc",
        "start",
        "end",
        "text",
        "value",
        "low",
        "high",
        "qualifier",
        "counted",
        "counted_key",
        "time",
        "speaker",
        "unit",
        "measured",
        "change",
    ],
    "attributions": [
        "id",
        "doc",
        "start",
        "end",
        "speaker",
        "speaker_entity",
        "cue",
        "content",
        "direct",
    ],
    "labels": ["id", "doc", "start", "end", "entity", "label", "polarity", "voice"],
    "events": ["id", "doc", "start", "end", "text", "time", "participants"],
    "disputes": ["id", "kind", "topic", "key", "status", "reason", "claims"],
}


@dataclass
class AnnotatedDocument:
    """A document with every per-document record the annotate stage made of it."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    alias_links: list[AliasLink] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def tables(self) -> dict[str, list[Record]]:
        """Return the per-document records keyed by the store table they go to."""
        return {
            "sentences": list(self.sentences),
            "mentions": list(self.mentions),
            "alias_links": list(self.alias_links),
            "timexes": list(self.timexes),
            "quantities": list(self.quantities),
            "attributions": list(self.attributions),
            "labels": list(self.labels),
            "events": list(self.events),
        }


STORE_TABLES: dict[str, type[Record]] = {
    **EXPORT_TABLES,
    "sentences": Sentence,
    "alias_links": AliasLink,
}
"""Every table of the store and the record type of its rows."""
