"""Cross-document stages run over the whole store: resolve entities and counted things, judge disputes."""

from __future__ import annotations

from rashomon.compare.claimants import resolve_speakers
from rashomon.compare.claims import SentenceIndex, document_dates
from rashomon.compare.dates import date_disputes, group_happenings, separate_earlier_happenings
from rashomon.compare.quantities import quantity_disputes
from rashomon.compare.stories import common_entities, names_beside, story_names
from rashomon.resolve.counted import assign_counted_keys
from rashomon.resolve.entities import resolve_entities
from rashomon.resolve.events import attach_participants
from rashomon.store import Store


def compare_store(store: Store) -> dict[str, int]:
    """Rebuild the cross-document tables from the stored documents; return their row counts."""
    entities, assignment = resolve_entities(store.records("mentions"), store.records("alias_links"))
    store.replace_table("entities", entities)
    store.set_column("mentions", "entity", assignment)
    quantities = assign_counted_keys(store.records("quantities"))
    store.set_column("quantities", "counted_key", {q.id: q.counted_key for q in quantities if q.counted_key})
    sentences = SentenceIndex(store.records("sentences"))
    documents = store.records("documents")
    events = group_happenings(
        attach_participants(store.records("events"), store.records("mentions"), entities),
        common_entities(entities, len(documents)),
    )
    events = separate_earlier_happenings(events, document_dates(documents))
    store.replace_table("events", events)
    claims = resolve_speakers(quantities, store.records("mentions"), entities, sentences)
    names = story_names(entities, len(documents), [d.outlet for d in documents if d.outlet])
    beside = names_beside(claims, store.records("mentions"), entities, sentences, names)
    disputes = [
        *quantity_disputes(claims, sentences, documents, names, beside),
        *date_disputes(events, entities),
    ]
    store.replace_table("disputes", disputes)
    return {"entities": len(entities), "events": len(events), "disputes": len(disputes)}
