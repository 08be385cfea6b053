"""The `Doc._` extensions every Rashomon component may read."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extension(name: str, default: object = None) -> None:
    """Register a `Doc._.<name>` attribute once, with a default value."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


register_extension("doc_id", default="")
"""The id of the stored document this Doc was made from."""
register_extension("dct", default=None)
"""The document's creation time as a TimeML value (`written`, else `published`), or None."""
