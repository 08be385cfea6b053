"""The `rashomon_timex` component: TIMEX3-normalised temporal expressions on `Doc._.timexes`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.extensions import register_extension
from rashomon.schema import Timex, content_id
from rashomon.temporal.find import candidate_expressions, tense_of
from rashomon.temporal.normalise import day_of, normalise

register_extension("timexes", default=None)


def find_timexes(doc: Doc) -> list[Timex]:
    """Return the Doc's temporal expressions, deictic ones read against `Doc._.dct`, narrative ones
    against the last calendar date mentioned before them that was not itself read narratively, unless it
    moved the story on ("Three years later it went public. By the end of that year ..."); an
    expression that reads the day in focus ("the day", "at 6 a.m.") takes the last day mentioned though a
    month or year was mentioned after it."""
    found, last, last_day = [], None, None
    for expression in candidate_expressions(doc):
        span = expression.span
        tense = tense_of(span)
        result = normalise(expression.text, doc._.dct, last, tense)
        if result is None:
            continue
        unfocused = result if last is None else normalise(expression.text, doc._.dct, None, tense)
        if last_day is not None and last != last_day and result == unfocused:
            result = normalise(expression.text, doc._.dct, last_day, tense) or result
        kind, value = result
        moves_on = result == unfocused or expression.text.lower().endswith("later")
        if kind == "DATE" and value[:4].isdigit() and "W" not in value and moves_on:
            last = value
            last_day = day_of(result) or last_day
        start, end = span.start_char, span.end_char
        found.append(
            Timex(
                content_id(doc._.doc_id, "timex", start, end),
                doc._.doc_id,
                start,
                end,
                span.text,
                kind,
                value,
            )
        )
    return found


@Language.factory("rashomon_timex")
def make_timex_finder(nlp: Language, name: str) -> TimexFinder:
    """Create the component that writes temporal expressions to `Doc._.timexes`."""
    return TimexFinder()


class TimexFinder:
    """spaCy component: a pure function of the Doc and its creation time."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate `doc` with its temporal expressions."""
        doc._.timexes = find_timexes(doc)
        return doc
