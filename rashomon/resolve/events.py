"""Give each stored event the cross-document entities it names."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from rashomon.schema import Entity, Event, Mention

MAX_NAME_WORDS = 6
WORD = re.compile(r"[\w'’.-]+")


def _name_index(entities: list[Entity]) -> dict[str, str]:
    """Return entity ids by name and alias as written, for names written with a capital letter."""
    index: dict[str, str] = {}
    for entity in entities:
        for name in {entity.name, *entity.aliases}:
            if name[:1].isupper() and len(name) > 1:
                index.setdefault(name, entity.id)
    return index


def _named_in(text: str, index: dict[str, str]) -> set[str]:
    words = [w.strip(".'’") for w in WORD.findall(text)]
    found = set()
    for start in range(len(words)):
        for size in range(1, MAX_NAME_WORDS + 1):
            entity = index.get(" ".join(words[start : start + size]))
            if entity is not None:
                found.add(entity)
    return found


def attach_participants(events: list[Event], mentions: list[Mention], entities: list[Entity]) -> list[Event]:
    """Return the events with `participants` set to the entity ids mentioned inside them, or named there
    by any of their names (the recogniser may miss a name in one sentence that it found in another)."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.entity:
            by_doc[mention.doc].append(mention)
    index = _name_index(entities)
    return [
        replace(
            event,
            participants=sorted(
                {m.entity for m in by_doc.get(event.doc, []) if event.start <= m.start < event.end}
                | _named_in(event.text, index)
            ),
        )
        for event in events
    ]
