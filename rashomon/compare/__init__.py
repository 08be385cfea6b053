"""Cross-document stages run over the whole store: resolve entities, then build and judge disputes."""

from __future__ import annotations

from rashomon.resolve.entities import resolve_entities
from rashomon.store import Store


def compare_store(store: Store) -> dict[str, int]:
    """Rebuild the cross-document tables from the stored documents; return their row counts."""
    entities, assignment = resolve_entities(store.records("mentions"), store.records("alias_links"))
    store.replace_table("entities", entities)
    store.set_column("mentions", "entity", assignment)
    return {"entities": len(entities), "disputes": store.count("disputes")}
