"""Dashes written tight between two words ("3-1", "7-Eleven", "2.4-liter")."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = ("-", "–")
"""A hyphen and an en dash, which join numbers to each other or to words."""


def is_tight_dash(dash: Token) -> bool:
    """Return True for a hyphen or en dash written against the words on both sides ("3-1", "7-Eleven")."""
    return dash.text in DASHES and dash.i > 0 and not dash.nbor(-1).whitespace_ and not dash.whitespace_


def word_after_tight_dash(last: Token) -> Token | None:
    """Return the word joined to `last` by a tight dash ("Eleven" of "7-Eleven"), if any."""
    doc = last.doc
    return doc[last.i + 2] if last.i + 2 < len(doc) and is_tight_dash(doc[last.i + 1]) else None
