"""Counts read from their context: what happened to things counted by a word as wide as "people", and
counts that point back to an earlier one ("three times that", "the true figure was 100,000", "1,500
others")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from rashomon.quantities.counted import Counted
from rashomon.quantities.speaker import REPORTING_VERBS

GENERIC_HEADS = frozenset({"people", "person", "individual", "other"})
"""Nouns that name no kind of thing: what happened to those counted ("killed", "marched") says which
count it is, and "others" counts what an earlier number of its sentence counted."""
GENERIC_WORDS = GENERIC_HEADS | frozenset({"persons", "individuals", "others"})
STATE_VERBS = frozenset(
    {"be", "have", "include", "leave", "see", "expect", "estimate", "number", "total", "remain", "stay"}
)
"""Verbs that tell nothing that happened to the things counted."""
PREDICATE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
BACK_WORDS = frozenset({"that", "this", "it"})
"""Words after "N times" that point back to an earlier count ("three times that")."""
REFERENCE_SENTENCES = 2
"""How many sentences back a count without a noun ("the figure was 100,000") may point."""


def is_generic(head: Token | None) -> bool:
    """Return True for a counted noun that names no kind of thing ("people", "others")."""
    return head is not None and head.lemma_.lower() in GENERIC_HEADS


def is_generic_phrase(phrase: str) -> bool:
    """Return True for a counted phrase built on a generic noun ("people killed", "others")."""
    return any(word in GENERIC_WORDS for word in phrase.split())


def happening(token: Token) -> Token | None:
    """Return the verb that tells what happened to the things a token counts ("212 people died", "killed
    212 people", "people injured in the blast"), unless it only reports or states them."""
    verb = token.head if token.dep_ in PREDICATE_DEPS else None
    if verb is None or verb.pos_ != "VERB":
        verb = next((t for t in token.children if t.dep_ == "acl" and t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() in REPORTING_VERBS | STATE_VERBS:
        return None
    return verb


def with_happening(counted: Counted, token: Token) -> Counted:
    """Return `counted` with what happened to the things counted after a generic phrase ("people killed"):
    212 people killed and 1,500 people injured are two counts, not two claims about one."""
    verb = happening(token)
    if counted.phrase is None or verb is None:
        return counted
    word = verb.lower_ if verb.tag_ in ("VBD", "VBN") else verb.lemma_.lower()
    return replace(counted, phrase=f"{counted.phrase} {word}")


def multiplies_earlier(number: Span) -> bool:
    """Return True for a multiple of an earlier count ("three times that", "10 times this")."""
    doc = number.doc
    after = [t.lower_ for t in doc[number.end : number.end + 2]]
    return len(after) == 2 and after[0] == "times" and after[1] in BACK_WORDS


def in_reach(earlier: Span, number: Span) -> bool:
    """Return True when `earlier` is in the number's sentence or one of the REFERENCE_SENTENCES before it."""
    sentence = number.sent
    for _ in range(REFERENCE_SENTENCES):
        if sentence.start == 0 or earlier.start >= sentence.start:
            break
        sentence = number.doc[sentence.start - 1].sent
    return sentence.start <= earlier.start < number.start
