"""The `rashomon_events` component: sentences that place a happening in time, on `Doc._.events`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from rashomon.annotate.extensions import register_extension
from rashomon.quantities.units import is_measure, unit_name
from rashomon.schema import Event, Timex, content_id
from rashomon.temporal.calendar import parse_value
from rashomon.temporal.find import governing_verb

register_extension("events", default=None)

PATIENT_DEPS = ("dobj", "nsubjpass", "attr")
"""What a verb acts on; its subject stands in when it has none ("prices rose")."""
NOUN_MODIFIER_DEPS = ("compound", "nmod", "npadvmod", "poss", "amod")
VERB_TAGS = ("VERB", "AUX")
MIN_WORDS = 5
"""Fewer words than this make a heading or a dateline, not a sentence that tells a happening."""


def calendar_value(timex: Timex) -> str | None:
    """Return a timex's value when it names a calendar date (1997-04-22, 1996-12, 1997), else None."""
    if timex.type not in ("DATE", "TIME") or parse_value(timex.value) is None:
        return None
    return timex.value


def governing_word(span: Span) -> Token | None:
    """Return the word a temporal expression dates: the noun it modifies when that noun tells a happening
    ("the April 22 storming of the residence"), else the verb it attaches to, else the sentence's main
    verb, else None."""
    head = span.root.head
    if (
        span.root.dep_ in NOUN_MODIFIER_DEPS
        and head.pos_ == "NOUN"
        and head.dep_ != "ROOT"
        and _of_object(head) is not None
    ):
        return head
    verb = governing_verb(span)
    if verb.pos_ in VERB_TAGS:
        return verb
    return next((t for t in span.sent if t.pos_ == "VERB"), None)


def _of_object(noun: Token) -> Token | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((t for t in prep.children if t.dep_ == "pobj"), None)
    return None


def _patient(word: Token) -> Token | None:
    if word.pos_ == "NOUN":
        return _of_object(word)
    for deps in (PATIENT_DEPS, ("nsubj",)):
        found = [c for c in word.children if c.dep_ in deps and _is_nominal(c)]
        if found:
            return None if _is_amount(found[0]) else found[0]
    return None


def _is_nominal(word: Token) -> bool:
    """Return True for a noun or name, or a direct object the tagger took for an adjective ("made
    landfall"): what a verb acts on is a noun whatever its tag."""
    return word.pos_ in ("NOUN", "PROPN") or (word.dep_ == "dobj" and word.pos_ == "ADJ")


def _is_amount(noun: Token) -> bool:
    """Return True for a noun that measures rather than names what is acted on ("earned 5 mln dlrs"); a
    name is never a unit ("Weber resigned")."""
    return any(c.dep_ == "nummod" for c in noun.children) or (
        noun.pos_ != "PROPN" and is_measure(unit_name(noun.text))
    )


def predicate_of(word: Token) -> str:
    """Return what happened, as lemmas: the verb or event noun and the head noun it acts on
    ("the residence was seized last December" → "seize residence")."""
    patient = _patient(word)
    nouns = [] if patient is None else [*(t for t in patient.lefts if t.dep_ == "compound"), patient]
    return " ".join(t.lemma_.lower() for t in (word, *nouns))


def find_events(doc: Doc) -> list[Event]:
    """Return an event for each sentence that holds a calendar date, at its first such date."""
    events, seen = [], set()
    for timex in doc._.timexes or []:
        value = calendar_value(timex)
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if value is None or span is None:
            continue
        sentence = span.sent
        word = governing_word(span)
        if (
            word is None
            or sentence.start in seen
            or sum(not (t.is_punct or t.is_space) for t in sentence) < MIN_WORDS
        ):
            continue
        seen.add(sentence.start)
        events.append(
            Event(
                id=content_id(doc._.doc_id, "event", sentence.start_char),
                doc=doc._.doc_id,
                start=sentence.start_char,
                end=sentence.end_char,
                text=sentence.text.strip(),
                time=value,
                predicate=predicate_of(word),
            )
        )
    return events


@Language.factory("rashomon_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    """Create the component that writes dated happenings to `Doc._.events`."""
    return EventFinder()


class EventFinder:
    """spaCy component: reads `Doc._.timexes`, so it runs after `rashomon_timex`."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate `doc` with the sentences that place something in time."""
        doc._.events = find_events(doc)
        return doc
