"""Who gives a number: the subject of a reporting verb above it, or the source of "according to"."""

from __future__ import annotations

from spacy.tokens import Span, Token

REPORTING_VERBS = frozenset(
    "say claim estimate report announce state tell put count insist allege confirm reckon assert "
    "declare suggest calculate give add admit acknowledge maintain".split()
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct") and not t.like_num and not t.is_space]
    return " ".join(t.text for t in words[:8]) if words else token.text


def _according_to(sentence: Span) -> str | None:
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            objects = [t for t in token.nbor().children if t.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
    return None


def find_speaker(number: Span) -> str | None:
    """Return the claimant of the number if the sentence attributes it, else None."""
    token: Token = number[-1]
    seen = set()
    while token.i not in seen:
        seen.add(token.i)
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS:
            subjects = [t for t in token.children if t.dep_ in SUBJECT_DEPS]
            if subjects and subjects[0].lower_ not in ("it", "there"):
                return _phrase(subjects[0])
        if token.head is token:
            break
        token = token.head
    return _according_to(number.sent)
