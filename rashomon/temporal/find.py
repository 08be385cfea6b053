"""Find temporal expressions in a parsed Doc: spaCy's DATE/TIME entities plus words they miss."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from rashomon.ingest.dates import MONTHS
from rashomon.quantities.numbers import SCALES
from rashomon.quantities.spans import is_decade_of_life
from rashomon.quantities.speaker import REPORTING_VERBS
from rashomon.temporal.normalise import (
    COUNT_FILLERS,
    DEICTIC_DAYS,
    FOCUS_STEPS,
    HOLIDAYS,
    HOW_OFTEN,
    NEIGHBOUR_STEPS,
    PARTS_OF_DAY,
    REFS,
    SEASONS,
    SET_WORDS,
    SLASHED_DATE,
    SPOKEN_YEAR_WORDS,
    UNIT_WORD,
    WEEKDAYS,
    YEAR_POINT,
    ZONE_NAME,
    normalise,
)

RARELY_TIMEXES = frozenset(
    {"past", "present", "future", "once", "the past", "soon", "previously", "formerly", "annually"}
)
"""Words that TimeML annotators mark as times only in a minority of their uses."""
EXTRA = re.compile(
    r"\b(?:(?:last|this|next)\s+(?="
    + "|".join(HOLIDAYS)
    + r"))?(?:"
    + "|".join(
        re.escape(w)
        for w in sorted({*REFS, *SET_WORDS, *DEICTIC_DAYS, *HOLIDAYS} - RARELY_TIMEXES, key=len, reverse=True)
    )
    + r")\b(?!-\w)",
    re.I,
)
"""Words and phrases that name a time whatever their syntax ("now", "yesterday", "daily"), but not as the
first part of a compound ("the now-cancelled deal")."""
AMOUNT_OF_TIME = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|\d+(?:\s+\d/\d)?)"
    rf"(?:\s+and\s+a\s+half)?(?:\s+(?:{'|'.join(COUNT_FILLERS)}))?\s+{UNIT_WORD}\b(?!\s+old\b)"
    r"(?:\s+and\s+a\s+half|\s+(?:ago|later|earlier))?",
    re.I,
)
"""Amounts of time the entity recogniser may miss: "a month", "two weeks later", "2 1/2 years", "20 more
years", "a minute and a half", "two and a half years", "five trading days"."""
NUMBER_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)"
)
HYPHENATED = re.compile(
    rf"\b(?:{NUMBER_WORD}|first|second|third|fourth)-(?:year|month|week|day|hour|minute|quarter)"
    r"(?:-long)?\b(?!-old)",
    re.I,
)
"""Periods written as one hyphenated modifier: "a two-year contract", "third-quarter profit"."""
MONTH_DAY = re.compile(
    r"\b(?:"
    + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.?\s+[0-3]?\d\b"
    r"(?:,\s*\d{4}\b)?"
)
"""A capitalised month and a day ("Aug. 7", "April 24, 1999"), which the recogniser may label otherwise."""
WEEKDAY = re.compile(r"\b(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")\b")
"""A weekday's name, which the recogniser sometimes leaves out ("on Sunday and Monday")."""
YEAR_END = re.compile(rf"\b(?:{YEAR_POINT})\b", re.I)
"""The end or middle of the year in one word, which the recogniser may miss: "by year-end"."""
FISCAL_QUARTER = re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth)\s+fiscal\s+quarter\b", re.I)
"""A quarter of a fiscal year, which the recogniser may miss: "the second fiscal quarter"."""
THE_PAST = re.compile(r"\bthe past\b", re.I)
"""The past as a time of its own ("in the past"), which the words of RARELY_TIMEXES leave out."""
SEASON = re.compile(r"\b(?:(?:[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+)?(?:spring|summer|autumn|winter)\b")
"""A season named in lower case, which the recogniser may miss: "in the autumn", "but spring shows signs"."""
WEEKEND = re.compile(r"\b(?:(?:the|this|last|next)\s+)?weekend\b", re.I)
NARRATIVE = re.compile(
    rf"\b(?:{'|'.join(sorted(FOCUS_STEPS, key=len, reverse=True))})\s+(?:day|week|month|quarter|year)\b"
    r"(?:\s+(?:a year (?:ago|earlier)|(?:of\s+)?last year))?|\b(?:day|week|month|year|decade)s?-long\b",
    re.I,
)
"""Periods read against the one in focus, and periods as one hyphenated word, which the recogniser may
miss: "that same day", "the following week", "a day-long meeting", "a decades-long dispute"."""
ORDINAL_DAY = re.compile(r"the [1-3]?\d(?:st|nd|rd|th)", re.I)
DAY_OF_MONTH = re.compile(r"(?<=\bon )" + ORDINAL_DAY.pattern + r"\b(?! of\b)", re.I)
"""A day of the month named alone after "on": "on the 28th"."""
WRITTEN_DATE = re.compile(r"(?<![\d/])" + SLASHED_DATE.pattern + r"(?![\d/])")
"""A date written in numbers with slashes, which the recogniser may label otherwise: "7/8/07"."""
UNIVERSAL_CLOCK = re.compile(rf"\b(?:[01]?\d|2[0-4]):?[0-5]\d\s+(?:UTC|GMT|{ZONE_NAME})\b", re.I)
"""A clock time in a named zone, which the recogniser may miss: "18:00 UTC", "0800 GMT", "05:46 local
time"."""
EVERY = re.compile(
    rf"\b(?:every|each|{HOW_OFTEN})\s+(?:other\s+)?(?:day|week|month|quarter|year|"
    + "|".join([*WEEKDAYS, *SEASONS, *(m for m in MONTHS if len(m) > 3)])
    + r")\b",
    re.I,
)
SPOKEN_YEAR_PHRASE = re.compile(
    rf"\b(?:(?:the\s+)?(?:year\s+)?|(?:{'|'.join(MONTHS)})\s+)?{SPOKEN_YEAR_WORDS}\b", re.I
)
"""A spoken year with the month or "the year" before it: "January nineteen ninety-seven"."""
TIMEX_LABELS = frozenset({"DATE", "TIME"})
CLOCK = re.compile(r"\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight)\b", re.I)
TRAILING = frozenset({"'s", "’s"})
LEFT_MODIFIERS = frozenset({"this", "last", "next"})
"""Words that belong to the expression after them though the entity recogniser may leave them out."""
FOCUS_ADVERBS = frozenset({"about", "only", "just", "barely"})
"""Words before an expression that TimeML leaves outside its extent ("about two weeks", "only 14 days",
"just last month")."""
ARTICLES = frozenset({"the", "a", "an"})
NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
COUNT_BREAKERS = frozenset({"a", "an", "next", "last", "this"})
"""Words that begin an expression of their own after a number, which then counts something else."""
SPLIT_MARKERS = frozenset({"ended", "ending", "beginning", "starting", "through"})
RANGE_WORDS = frozenset({"and", "to", "through", "until", "-", "–", "—"})
RANGE_OPENERS = frozenset({"between", "from"})
YEAR = re.compile(r"\b\d{4}\b")
WEEK_RELATION = re.compile(r"\b(?:last|this|next) week\b", re.I)
RATE_PERIOD = re.compile(r"(?:a|an|per)\s+(?:year|month|week|day|hour|minute|second)", re.I)
"""The period of a rate when it follows an amount: "$500 million a year"."""
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
"""Entity labels of the amounts a rate's period follows."""
NEIGHBOUR_PERIOD = re.compile(r"the\s+(?:day|week|month|year)", re.I)
"""A period that "after" or "before" makes the neighbour of the one in focus: "the day after"."""
UNIT = re.compile(UNIT_WORD)
TITLE_DEICTICS = frozenset({*DEICTIC_DAYS, "now", "this", "next", "last"})
"""Words that, capitalised inside a sentence, make a time expression part of a name: "This Week"."""


@dataclass(frozen=True)
class Expression:
    """A temporal expression to normalise: its span and its words, completed from a range partner
    ("May 3-5, 1998" → "May 3, 1998" and "May 5, 1998")."""

    span: Span
    text: str


def _month_of(span: Span) -> str | None:
    return next((t.text for t in span if t.lower_.rstrip(".") in MONTHS), None)


def range_parts(span: Span) -> list[Expression]:
    """Split a range ("between 1982 and 1992", "April 24 and 25") into its two ends when both are dates
    or times on their own; else return the span whole ("two to three weeks", "from day to day")."""
    cut = next((t.i for t in span[1:-1] if t.lower_ in RANGE_WORDS), None)
    whole = [Expression(span, span.text)]
    if cut is None:
        return whole
    doc = span.doc
    left = doc[span.start + (1 if span[0].lower_ in RANGE_OPENERS else 0) : cut]
    right = doc[cut + 1 : span.end]
    if not len(left) or not len(right):
        return whole
    left_text, right_text = left.text, right.text
    month = _month_of(left)
    if month and right[0].like_num and _month_of(right) is None:
        right_text = f"{month} {right_text}"
    year = YEAR.search(right.text)
    if month and year and not YEAR.search(left.text):
        left_text = f"{left_text}, {year.group()}"
    week = WEEK_RELATION.search(right.text)
    if week and left.text.lower() in WEEKDAYS:
        left_text = f"{left_text} {week.group()}"
    ends = (normalise(left_text, None), normalise(right_text, None))
    if any(end is None or end[0] not in ("DATE", "TIME") for end in ends):
        return whole
    return [Expression(left, left_text), Expression(right, right_text)]


def marker_parts(span: Span) -> list[Span]:
    """Split an entity that joins two expressions with a verb of ending ("the quarter ended Sept. 30",
    "the year beginning Jan. 1"), a counted amount of time and the date it is part of ("the first nine
    months of 1997") or a date and an amount of time after a comma ("November 11, three days later") into
    the two."""
    cut = next(
        (
            t.i
            for t in span[1:-1]
            if t.lower_ in SPLIT_MARKERS and normalise(span.doc[span.start : t.i].text, None) is not None
        ),
        None,
    )
    if cut is None:
        cut = next((t.i for t in span[1:-1] if t.lower_ == "of" and _is_part_of_date(span, t.i)), None)
    if cut is None:
        cut = next(
            (t.i for t in span[1:-1] if t.text == "," and AMOUNT_OF_TIME.match(span.doc[t.i + 1 :].text)),
            None,
        )
    if cut is None:
        return [span]
    return [span.doc[span.start : cut], span.doc[cut + 1 : span.end]]


def _is_part_of_date(span: Span, cut: int) -> bool:
    doc = span.doc
    part = normalise(doc[span.start : cut].text, doc._.dct)
    whole = normalise(doc[cut + 1 : span.end].text, doc._.dct)
    counted = part is not None and part[0] == "DURATION" and "X" not in part[1]
    return counted and whole is not None and whole[0] == "DATE"


def candidate_expressions(doc: Doc) -> list[Expression]:
    """Return the Doc's temporal expressions to normalise, ranges split into their ends, in text order."""
    return [
        _with_possessive(_with_ending(part))
        for span in candidate_spans(doc)
        for piece in marker_parts(span)
        for part in range_parts(piece)
    ]


def _with_ending(expression: Expression) -> Expression:
    """Carry the word after a period into the words to normalise when it changes what the period is: "the
    year ended March 31" is a span of a year, "the day after" the day after the one in focus (unless the
    phrase restates the date before it: "Nov. 3, the day before ...")."""
    span = expression.span
    doc, end = span.doc, span.end
    following = doc[end].lower_ if end < len(doc) else ""
    restates = span.start > 1 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "DATE"
    if following in ("ended", "ending") or (
        following in NEIGHBOUR_STEPS
        and NEIGHBOUR_PERIOD.fullmatch(span.text)
        and not restates
        and not _is_within_before_a_clause(span)
    ):
        return Expression(span, f"{expression.text} {following}")
    return expression


def _with_possessive(expression: Expression) -> Expression:
    """Carry a possessive left outside the extent into the words to normalise: "its fiscal year" is the
    year in focus, where "fiscal year" alone is a span of a year."""
    span = expression.span
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.tag_ == "PRP$":
        return Expression(span, f"{before.text} {expression.text}")
    return expression


def _is_within_before_a_clause(span: Span) -> bool:
    """Return True for a period something happens within, followed by "after" or "before" and a clause of
    its own ("late in the day after falling 250 points"): the period itself, not its neighbour."""
    doc, end = span.doc, span.end
    return span.root.dep_ == "pobj" and end + 1 < len(doc) and doc[end + 1].tag_ == "VBG"


def candidate_spans(doc: Doc) -> list[Span]:
    """Return non-overlapping spans that may be temporal expressions, in text order."""
    entities = [line for ent in doc.ents if ent.label_ in TIMEX_LABELS for line in _lines(ent)]
    matched = []
    for pattern in (
        EXTRA,
        AMOUNT_OF_TIME,
        HYPHENATED,
        EVERY,
        WEEKEND,
        SPOKEN_YEAR_PHRASE,
        MONTH_DAY,
        WEEKDAY,
        UNIVERSAL_CLOCK,
        WRITTEN_DATE,
        NARRATIVE,
        DAY_OF_MONTH,
        THE_PAST,
        SEASON,
        YEAR_END,
        FISCAL_QUARTER,
    ):
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), label="DATE")
            if span is not None and not (
                pattern is WEEKDAY
                and _is_in_a_name(span)
                or pattern is SEASON
                and not _is_a_season_noun(span)
                or _is_rarely_a_time(span)
            ):
                matched.append(span)
    spans = [*(ent for ent in entities if not _hides_an_expression(ent, matched)), *matched]
    trimmed = [_completed(span) for span in _join_adjacent(doc, filter_spans(spans))]
    return sorted(
        (
            span
            for span in trimmed
            if not _is_rarely_a_time(span)
            and not any(reading(span) for reading in (_is_rate, _is_ordinal, _is_age, _is_a_title))
        ),
        key=lambda s: s.start,
    )


def _is_a_season_noun(span: Span) -> bool:
    """Return True for a season as a noun of its own ("in the autumn"), not one that names a kind of thing
    ("spring training") or a spring of water ("a spring in the hills")."""
    season, before = span[-1], span.doc[span.start - 1] if span.start > 0 else None
    counted = before is not None and before.lower_ in ("a", "an")
    return season.pos_ == "NOUN" and season.dep_ != "compound" and not counted


def _is_rarely_a_time(span: Span) -> bool:
    """Return True for words of RARELY_TIMEXES, unless "the past" is a noun of its own ("in the past",
    "mistakes of the past") rather than the start of a period ("the past week")."""
    if span.text.lower() == "the past":
        return span[-1].pos_ != "NOUN" or span[-1].dep_ in ("amod", "compound")
    return span.text.lower() in RARELY_TIMEXES


def _lines(span: Span) -> list[Span]:
    """Split a span that runs across a line break ("November" ending a headline, the date line under
    it) into its parts on each line."""
    parts, start = [], span.start
    for token in span:
        if "\n" in token.text_with_ws:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                parts.append(span.doc[start:end])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return parts


def _completed(span: Span) -> Span:
    """Return the span with the modifier the recogniser left out ("last", "this") and the part of day after
    a weekday, without trailing punctuation or possessive, a leading focus adverb ("about", "only"),
    possessive ("its fourth quarter") or article of the noun a date modifies ("the Aug. 7 bombings"), nor
    a number, with any scale word, that counts something else ("up from seven a year ago", "15 a year", "he
    will be 65 next year", "1.52 mln a year earlier")."""
    doc, start, end = span.doc, span.start, span.end
    counted = 1
    while counted < len(span) - 1 and span[counted].lower_ in SCALES:
        counted += 1
    if len(span) > counted + 1 and span[0].like_num and span[counted].lower_ in COUNT_BREAKERS:
        start += counted
    while end - start > 1 and (doc[start].lower_ in FOCUS_ADVERBS or doc[start].tag_ == "PRP$"):
        start += 1
    if end - start > 1 and _is_the_article_of_a_noun(doc[start], doc[start + 1]):
        start += 1
    while (
        start > 0
        and doc[start - 1].lower_ in LEFT_MODIFIERS
        and doc[start - 1].ent_type_ in ("", "DATE")
        and doc[start - 1].pos_ != "VERB"
    ):
        start -= 1
    if start > 1 and doc[start - 1].lower_ == "past" and doc[start - 2].lower_ == "this":
        start -= 2
    if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY and span[-1].lower_ in WEEKDAYS:
        end += 1
    while end > span.start + 1 and (
        doc[end - 1].text in TRAILING or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    return doc[start:end]


def _is_the_article_of_a_noun(article: Token, word: Token) -> bool:
    """Return True for an article before a calendar date ("the Aug. 7 bombings") or an indefinite one
    before a numbered period ("a 20th century democrat"): it belongs to the noun the date modifies."""
    if article.lower_ in ("a", "an") and NUMBERED.fullmatch(word.text):
        return True
    return article.lower_ in ARTICLES and (word.lower_.rstrip(".") in MONTHS or word.lower_ in WEEKDAYS)


def _is_in_a_name(span: Span) -> bool:
    """Return True for words that are part of a name the recogniser found, or that follow a proper noun
    inside a sentence ("Bloody Sunday")."""
    if span[0].ent_type_ not in ("", "DATE", "TIME"):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and not before.is_sent_start and before.is_title and before.pos_ == "PROPN"


def _hides_an_expression(entity: Span, matched: list[Span]) -> bool:
    """Return True for an entity that cannot be read as a time but holds an expression that can ("minutes
    each quarter"): the expression is taken instead."""
    inside = any(entity.start <= m.start and m.end <= entity.end and len(m) < len(entity) for m in matched)
    return inside and all(
        normalise(part.text, entity.doc._.dct) is None
        for piece in marker_parts(_completed(entity))
        for part in range_parts(piece)
    )


def _is_rate(span: Span) -> bool:
    """Return True for the "a year" of a rate ("$500 million a year", "four flights a week"): how often,
    not when."""
    if not RATE_PERIOD.fullmatch(span.text) or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.like_num
        or before.ent_type_ in AMOUNT_LABELS
        or any(child.like_num or child.dep_ == "nummod" for child in before.children)
    )


def _is_a_title(span: Span) -> bool:
    """Return True for a unit of time or a deictic word capitalised inside a sentence that is not a
    headline, as in the name of a show ("60 Minutes", "This Week", "VOA Today"); named days are names of
    their own ("Election Day")."""
    sentence = [t for t in span.sent if t.is_alpha]
    headline = sum(t.is_title for t in sentence) * 2 > len(sentence)
    named_day = any(name in span.text.lower() for name in HOLIDAYS)
    return not (headline or named_day) and any(
        t.is_title and not _opens_a_clause(t) and (UNIT.fullmatch(t.lower_) or t.lower_ in TITLE_DEICTICS)
        for t in span
    )


def _opens_a_clause(token: Token) -> bool:
    """Return True for a word that may be capitalised for its place: first in a sentence or line, or after
    a quotation mark, dash or colon."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.is_sent_start
        or before is None
        or "\n" in before.text_with_ws
        or not (before.is_alpha or before.like_num or before.text in (",", "("))
    )


def _is_age(span: Span) -> bool:
    """Return True for a decade of someone's life ("in his 30s", "in their early 20s"), not of the
    calendar."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    decade = bool(re.fullmatch(r"'?\d0'?s", span.text)) and before is not None and before.tag_ == "PRP$"
    return decade or is_decade_of_life(span)


def _is_ordinal(span: Span) -> bool:
    """Return True for "a second" or "the 28th" that ranks what follows it ("a second plane", "the 28th
    president"), not a second of time or a day of the month."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    ranks = span.text.lower() == "a second" or bool(ORDINAL_DAY.fullmatch(span.text))
    return ranks and after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _is_clock(span: Span) -> bool:
    return bool(CLOCK.search(span.text)) and not any(t.lower_ in WEEKDAYS for t in span)


def _clock_then_day(previous: Span, between: Span, span: Span) -> bool:
    """A clock time and the day right after it: "9 a.m. EST Tuesday", "10:35 a.m. (0735 GMT) Friday"."""
    return (
        _is_clock(previous)
        and not _is_clock(span)
        and all(
            t.is_punct and t.text in "()," or t.shape_ in ("XXX", "XXXX") or t.lower_ == "on" for t in between
        )
        and len(between) <= 4
    )


def _weekday_then_date(previous: Span, between: Span, span: Span) -> bool:
    """A weekday and the calendar date right after it: "Friday Oct. 13", "Thursday, Jan. 6"."""
    return (
        all(t.lower_ in WEEKDAYS for t in previous)
        and all(t.text == "," for t in between)
        and span[0].lower_.rstrip(".") in MONTHS
    )


def _part_of_day_of_date(previous: Span, between: Span, span: Span) -> bool:
    """A part of day and the date it belongs to: "the morning of March 3"."""
    return (
        previous[-1].lower_ in PARTS_OF_DAY
        and [t.lower_ for t in between] == ["of"]
        and normalise(span.text, None) is not None
    )


def _neighbour_of_date(previous: Span, between: Span, span: Span) -> bool:
    """The day or week next to the date right after it: "the day before last Tuesday"."""
    return (
        NEIGHBOUR_PERIOD.fullmatch(previous.text) is not None
        and [t.lower_ for t in between] in (["after"], ["before"])
        and normalise(_completed(span).text, None) is not None
    )


def _join_adjacent(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join neighbouring spans that name one moment together into one expression."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = joined[-1] if joined else None
        if previous is not None and any(
            joins(previous, doc[previous.end : span.start], span)
            for joins in (_clock_then_day, _weekday_then_date, _part_of_day_of_date, _neighbour_of_date)
        ):
            joined[-1] = doc[previous.start : span.end]
        else:
            joined.append(span)
    return joined


FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "'d"})
DEADLINE_VERBS = frozenset(
    {"postpone", "extend", "delay", "give", "defer", "adjourn", "suspend", "grant", "have"}
)
"""Verbs whose "until" names a moment after the sentence is written, whatever their tense."""
DUE_WORDS = frozenset({"effective", "payable", "due", "redeemable"})
"""Words whose date lies ahead of the sentence: "effective Feb. 1", "payable Dec. 15"."""
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
PLANNING_VERBS = frozenset({"schedule", "expect", "plan", "set", "due", "intend", "go", "slate", "be"})
"""Verbs whose "to" complement happens later than they are said ("is scheduled to close Monday", "is to
resume trading Tuesday")."""
ARRANGING_VERBS = frozenset({"schedule", "plan", "slate"})
"""Verbs whose date is that of the thing arranged, still ahead: "scheduled a news conference Thursday"."""


def governing_verb(span: Span) -> Token:
    """Return the verb whose tense a temporal expression takes; a bare participle ("found Monday clinging
    to a tube") takes the tense of the verb it depends on, and an expression right after a verb of saying
    ("said on Monday it would ...") dates the saying, wherever the parser attached it."""
    if (said := _saying_before(span)) is not None:
        return said
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while (
        verb.tag_ == "VBG"
        and verb.dep_ in PARTICIPLE_DEPS
        and not any(t.dep_ in ("aux", "auxpass") for t in verb.children)
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head
    return verb


def _saying_before(span: Span) -> Token | None:
    """Return the verb of saying right before an expression ("said Monday", "told reporters on Monday"
    is not: only "on" may stand between), else None."""
    before = span.start - 1
    if before >= 0 and span.doc[before].lower_ == "on":
        before -= 1
    word = span.doc[before] if before >= 0 else None
    is_saying = word is not None and word.pos_ == "VERB" and word.lemma_.lower() in REPORTING_VERBS
    return word if is_saying else None


def _in_past(word: Token) -> bool:
    """Return True when a verb, or the copula an adjective depends on ("had been due"), is in a past tense."""
    verbs = [word, word.head] if word.dep_ == "acomp" else [word]
    return any(
        v.tag_ == "VBD" or any(t.tag_ == "VBD" for t in v.children if t.dep_.startswith("aux")) for v in verbs
    )


def _is_future(verb: Token, auxiliaries: list[Token]) -> bool:
    """Return True for a verb told in the future, or in the future of a past report ("said the flights
    would leave on March 30"), unless that is a past that did not happen ("would have left")."""
    words = {t.lower_ for t in auxiliaries}
    if words & FUTURE_AUXILIARIES or "would" in words and not words & PERFECT_AUXILIARIES:
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in PLANNING_VERBS
        and any(t.lower_ == "to" for t in verb.lefts)
        and not _in_past(head)
    )


def _is_arranged(span: Span, verb: Token) -> bool:
    """Return True for the date of something arranged, told after the arranging verb ("planned a rally on
    Saturday"); not when the date comes first ("On Friday, they planned") or the verb only describes a
    noun ("a service planned for Saturday was canceled")."""
    return verb.lemma_.lower() in ARRANGING_VERBS and span.start > verb.i and verb.dep_ not in ("acl", "amod")


def _is_earliest(span: Span) -> bool:
    """Return True for the earliest moment something may happen: "as soon as Tuesday", "as early as next
    week"."""
    before = span.doc[max(span.start - 3, 0) : span.start]
    return len(before) == 3 and before[0].lower_ == "as" and before[2].lower_ == "as"


def _is_deadline(span: Span, verb: Token) -> bool:
    """Return True for the end of a delay or extension ("postponed until Tuesday", "given until 9 a.m.
    Tuesday", "has until Tuesday to pay") or of anything told up to a day in other than the past tense
    ("markets stay closed until Friday"): that day is still ahead when the sentence is written."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    up_to = span.root.head.lower_ if span.root.dep_ == "pobj" else before
    verbs = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    return up_to in ("until", "till", "through") and any(
        v.lemma_.lower() in DEADLINE_VERBS or not _in_past(v) for v in verbs
    )


def _is_due(span: Span) -> bool:
    """Return True for a date something becomes due on ("effective Feb. 1", "payable Dec. 15"), unless the
    due date is told as past ("had been due to expire Friday")."""
    head = span.root.head
    return head.lemma_.lower() in DUE_WORDS and not _in_past(head)


def tense_of(span: Span) -> str | None:
    """Return "past" or "future" for the verb a temporal expression attaches to, else None (present or
    unknown): a passive in the present ("is expected") is not past, a perfect ("has risen") is."""
    verb = governing_verb(span)
    auxiliaries = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if span.root.head.lower_ == "since" or span.start > 0 and span.doc[span.start - 1].lower_ == "since":
        return "past"
    if any(
        (
            _is_future(verb, auxiliaries),
            _is_arranged(span, verb),
            _is_deadline(span, verb),
            _is_due(span),
            _is_earliest(span),
        )
    ):
        return "future"
    if verb.tag_ == "VBD" or any(t.tag_ == "VBD" for t in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and (not auxiliaries or any(t.lower_ in PERFECT_AUXILIARIES for t in auxiliaries)):
        return "past"
    return None
