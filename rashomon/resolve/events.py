"""Give each stored event the cross-document entities mentioned in its sentence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from rashomon.schema import Event, Mention


def attach_participants(events: list[Event], mentions: list[Mention]) -> list[Event]:
    """Return the events with `participants` set to the entity ids mentioned inside them."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.entity:
            by_doc[mention.doc].append(mention)
    return [
        replace(
            event,
            participants=sorted(
                {m.entity for m in by_doc.get(event.doc, []) if event.start <= m.start < event.end}
            ),
        )
        for event in events
    ]
