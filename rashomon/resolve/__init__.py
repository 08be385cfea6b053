"""Cross-document resolution: entities, counted-thing keys and events."""
