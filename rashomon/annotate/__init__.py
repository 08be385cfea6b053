"""Per-document extractors, each a spaCy factory writing to a `Doc._` extension."""
