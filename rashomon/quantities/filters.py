"""Numbers that are not counts: years, dates, times, phone numbers, ordinals, identifiers, "one" as a
pronoun."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from rashomon.ingest.dates import MONTHS, find_date
from rashomon.quantities.dashes import DASHES, is_tight_dash, word_after_tight_dash
from rashomon.quantities.numbers import FRACTIONS, SCALES, SMALL, TENS, parse_amount
from rashomon.quantities.qualifiers import MAX_WORDS, QUALIFIERS, find_qualifier
from rashomon.quantities.spans import is_decade_of_life, is_spelled_ordinal
from rashomon.quantities.units import (
    CLOCK_WORDS,
    currency_before,
    is_currency,
    is_measure,
    scale_before,
    unit_after,
    unit_in_number,
    unit_name,
)

BY_NAME = re.compile(r"\b([a-z]+|\d+)-by-([a-z]+?|\d+)s?\b(?:-|\s)*([a-z]*)", re.I)
"""Two numbers joined by "-by-" and the word after them: a name ("a four-by-four", "two-by-fours") unless
that word is a unit, which makes them a size ("a 10-by-12-foot shed")."""
PHONE = re.compile(r"^\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$|^\d{3}-\d{4}$")
IDENTIFIER_WORDS = frozenset(
    "no nr number # section row box page p. pp. room flat apt. apartment suite route highway chapter "
    "article item verse line issue vol volume edition grade level gate platform flight bus exit "
    "channel code zip type phase stage version".split()
)
CODES_NAMED_AFTER = (
    "zip",
    "zipcode",
    "postcode",
    "area code",
    "postal code",
    "dialling code",
    "dialing code",
)
"""Kinds of code named after the number that is one ("the 90210 zip code")."""
RESULT_VERBS = frozenset({"win", "lose", "beat", "defeat", "vote", "rule", "lead", "trail", "edge"})
"""Verbs after which two numbers joined by "to" are a score or a vote ("lost 5 to 3", "ruled 6 to 3")."""
RESOLUTION_LINES = frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
"""Screen resolutions in lines, written with "p" or "i" ("1080p")."""
ERAS_AFTER = frozenset({"BC", "BCE", "AD", "CE"})
"""Eras written after a year ("2560 BC", "79 AD"); "AD" may also go before it ("AD 79")."""
RESULT_NOUNS = frozenset(
    "win victory defeat loss draw lead deficit vote verdict ruling decision majority scoreline".split()
)
"""Nouns of a result that a score written before them gives ("a 1-3 defeat", "a 5-4 ruling")."""
DIAL_VERBS = frozenset({"call", "dial", "phone", "ring", "text"})
"""Verbs whose object may be a telephone number ("called 911")."""
STREET_WORDS = frozenset(
    "street st avenue ave road rd boulevard blvd lane drive place square plaza center centre".split()
)
"""Words that end a street's name, which a number before it is the address of ("10 Downing Street")."""
COMPASS_POINTS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.", "E.", "W."})
"""Points of the compass written in a street's name ("9 E 71st St")."""
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
"""An ordinal written in digits ("71st"), as numbered streets are named."""
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
DECIMAL = re.compile(r"\d+\.\d+")
MIXED_FRACTION = re.compile(r"(?<![\d/-])\d+-\d{1,2}/\d{1,2}(?![\d/-])")
"""A whole number and a fraction joined by a hyphen ("7-1/4"), which is no date."""
MONTH_NAMES = frozenset(MONTHS)
RATE_WORDS = frozenset({"a", "an", "per", "each"})
YEAR_RANGE = (1000, 2100)
DATE_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"FAC", "LOC", "PRODUCT"})
"""Entity labels of a name that a number before it is part of ("575 Elm Road"); a city or country is none,
the number counts what is of it ("12 Paris homeless")."""
MAX_AGE = 119
MAX_DAY = 31
RANGE_JOINERS = frozenset({"-", "–", "to", "and"})
DAY_JOINERS = frozenset({"to", "-", "–", "and", "or", "until", "till"})
"""Words that join two days of one month ("5 to 7 June", "April 12 and 26")."""
YEARLY_FIGURES = frozenset(
    "earnings profits results sales revenues losses figures accounts elections levels forecasts estimates "
    "budgets prices returns dividends numbers".split()
)
"""Plural nouns a year is the period of ("reported 2022 earnings", "matched 1985 profits"), which no number
counts."""
NAME_LABELS = frozenset({"PERSON", "ORG"})
"""Entity labels of a name an age may follow; the model often reads a lone surname as an organisation."""
TIME_UNIT_LEMMAS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
)
TIME_UNITS = (
    TIME_UNIT_LEMMAS | frozenset(f"{unit}s" for unit in TIME_UNIT_LEMMAS - {"century"}) | {"centuries"}
)
"""Units of time as written, singular and plural."""
NOT_COUNT_AFTER_ONE = frozenset({"another", "after", "by", "day", "way", "side", "thing", "time"})
"""Words after which "one" is a pronoun or part of an idiom ("one another", "one by one", "one day"); "one
hand" is an idiom only after "on" ("on one hand"), else a count ("caught it with one hand")."""
HYPHENED_AFTER_HALF = frozenset(
    "time term life brother brothers sister sisters sibling siblings hearted heartedly way mast baked back "
    "backs truth truths moon measure measures marathon volley blood breed nelson pipe".split()
)
"""Words that make a word with "half" and a hyphen ("half-time", "half-life"), in which it is no fraction."""
ONE_IDIOMS = (
    ("one", "of", "a", "kind"),
    ("one", "-", "on", "-", "one"),
    ("all", "-", "in", "-", "one"),
    ("at", "one", "point"),
)
"""Idioms, as tokens, in which "one" counts nothing."""
HYPHENED_AFTER_ONE = frozenset({"off", "time", "sided", "way", "stop", "liner", "on", "size"})
"""Words that make an idiom with "one" and a hyphen ("a one-off payment", "the one-time champion"), unlike
"a one-day strike"."""


def is_year(token: Token) -> bool:
    """Return True for a bare four-digit number that reads as a calendar year."""
    text = token.text
    return text.isdigit() and len(text) == 4 and YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1]


def in_calendar_expression(span: Span) -> bool:
    """Return True when the number is part of a date or clock time, not a duration: inside a DATE or TIME
    expression of `Doc._.timexes` that counts no units ("March 3", not "two days ago"), or, without the
    timex component, inside such an entity of the model. A number written in groups of thousands
    ("10,000") is in none, nor is a decimal the model took for a date ("4.5") or a fraction of something
    ("a quarter of adults")."""
    if any(
        THOUSANDS.fullmatch(t.text) or (DECIMAL.fullmatch(t.text) and t.ent_type_ == "DATE") for t in span
    ):
        return False
    last = span[-1]
    after_last = span.doc[last.i + 1] if last.i + 1 < len(span.doc) else None
    if last.lower_ in FRACTIONS and after_last is not None and after_last.lower_ == "of":
        return False
    while last.dep_ == "conj" and last.head.i < last.i:
        last = last.head
    if last.dep_ == "nummod" and last.head.pos_ == "NOUN" and not last.head.ent_type_:
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        after is not None
        and not after.is_stop
        and after.lower_ not in TIME_UNITS
        and is_measure(unit_name(after.text))
    ):
        return False
    timexes = span.doc._.timexes
    if timexes is not None:
        return any(
            t.type in DATE_LABELS
            and t.start <= span.start_char
            and span.end_char <= t.end
            and not {w.lower().rstrip(",.") for w in t.text.split()} & TIME_UNITS
            for t in timexes
        )
    for token in span:
        ent = token.ent_type_
        if ent in DATE_LABELS:
            sentence_ents = [e for e in token.sent.ents if e.start <= token.i < e.end]
            words = {t.lower_ for e in sentence_ents for t in e}
            if not words & TIME_UNITS:
                return True
    return False


def written_chunk(span: Span) -> str:
    """Return the whitespace-delimited text around a span ("555-123-4567" around "123")."""
    text = span.doc.text
    start, end = span.start_char, span.end_char
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


AGE_WORDS = frozenset({"aged", "age", "ages"})
"""Words right before a number that make it an age ("aged 45", "at age 85", "ages 5 to 11")."""
AGE_GROUPS = frozenset(
    "children kids people adults teenagers teens babies infants those anyone everyone women men girls "
    "boys".split()
)
AGE_LIMITS = frozenset({"under", "over", "above", "below"})
"""People named by their age, and the words that bound it by a bare number ("children under 5", "people
over 65")."""
LIFE_EVENTS = frozenset(
    {"die", "retire", "marry", "wed", "become", "debut", "graduate", "emigrate", "enlist"}
)
"""Verbs of a life's course after which "at" and a bare number is an age ("died at 85")."""
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i", "who"})
"""Pronouns that stand for one person as a subject ("he was 17"); "they" may number a group."""


def is_age(span: Span) -> bool:
    """Return True for a number set off by commas right after a person's name ("Barra, 51, will lead", "a
    man, 27, was held"), or after "aged", "age" or "the age of", also past a qualifier ("aged over 50"),
    or joined to such an age ("aged 19 and 21", "he was 17 in 1990 and 23 in 1996"), or for a decade of
    someone's life ("in his 50s")."""
    doc = span.doc
    first, last = span[0], span[-1]
    if is_decade_of_life(span):
        return True
    if first.i < 2 or last.i + 1 >= len(doc) or not span.text.isdecimal():
        return False
    joined_to = last.head if last.dep_ == "conj" and last.head.i < first.i else None
    if joined_to is not None and joined_to.pos_ in ("VERB", "AUX"):
        joined_to = next(
            (t for t in joined_to.children if t.dep_ in ("attr", "acomp") and t.i < first.i), None
        )
    if joined_to is not None and joined_to.text.isdecimal() and is_age(doc[joined_to.i : joined_to.i + 1]):
        return int(span.text) <= MAX_AGE
    qualifier = find_qualifier([t.lower_ for t in doc[max(0, first.i - MAX_WORDS) : first.i]])
    at = first.i - (len(qualifier.split()) if qualifier else 0)
    if doc[at - 1].lower_ in AGE_WORDS or doc[max(0, at - 2) : at].text.lower() == "age of":
        return True
    grouped = qualifier in AGE_LIMITS and doc[at - 1].lower_ in AGE_GROUPS and int(span.text) <= MAX_AGE
    if grouped and doc[last.i + 1].pos_ != "NOUN":
        return True
    comma_before, name, comma_after = doc[first.i - 1], doc[first.i - 2], doc[last.i + 1]
    set_off = comma_before.text == "," and comma_after.text in (",", ".")
    return int(span.text) <= MAX_AGE and ((set_off and _names_someone(name)) or _is_age_said_of_someone(span))


def _is_age_said_of_someone(span: Span) -> bool:
    """Return True for a bare number that a person is or turns ("he was 17 when", "Smith, who is 29",
    "she turns 30") or does something of a life's course at ("died at 85", "retired at 35"); what a
    thing is ("the score was 17") or what they number ("they were 12") is no age."""
    number, after = span[-1], span.doc[span.end]
    if len(span) > 1 or after.pos_ in ("NOUN", "PROPN") or after.text in DASHES:
        return False
    verb = number.head
    if number.dep_ == "pobj" and verb.lower_ == "at" and verb.dep_ == "prep":
        verb = verb.head
        said = verb.lemma_.lower() in LIFE_EVENTS
    else:
        said = number.dep_ in ("attr", "acomp", "dobj") and verb.lemma_.lower() in ("be", "turn")
    return said and any(t.dep_ in ("nsubj", "nsubjpass") and _is_a_person(t) for t in verb.children)


def _is_a_person(token: Token) -> bool:
    """Return True for a subject that is one person: "he", "she", "I", "who", or a person's name."""
    return token.lower_ in ONE_PERSON_PRONOUNS or (token.pos_ == "PROPN" and token.ent_type_ == "PERSON")


def _names_someone(token: Token) -> bool:
    """Return True for the last word of a person's name or of a noun phrase about one ("Papermaster", "a
    man"): a name read as a person or an organisation, or a noun right after an article."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in NAME_LABELS
    return token.pos_ == "NOUN" and token.i > 0 and token.doc[token.i - 1].lower_ in ("a", "an", "the")


def _is_tally(winner: Token, dash: Token, loser: Token) -> bool:
    """Return True for two whole numbers written as a result, the larger first and the dash tight
    ("3-1", "52-48")."""
    return (
        is_tight_dash(dash)
        and winner.text.isdigit()
        and loser.text.isdigit()
        and int(winner.text) >= int(loser.text)
    )


def _spells_result(first: Token, to: Token, second: Token) -> bool:
    """Return True for two whole numbers, the larger first, joined by "to" right after a verb of winning,
    losing, voting or ruling, or its object, with nothing measured after them ("voted 51 to 49", "beat the
    Celtics 110 to 102"), unlike a range ("lost 5 to 7 pounds") or a price's fall to its level ("lost 2 to
    45")."""
    return (
        to.lower_ == "to"
        and first.text.isdigit()
        and second.text.isdigit()
        and int(first.text) >= int(second.text)
        and _follows_a_result_verb(first, second)
    )


def _is_losing_tally(first: Token, dash: Token, second: Token) -> bool:
    """Return True for two whole numbers joined by a tight dash, the smaller first, written as a loser's
    score: after a verb of winning or losing, or before a noun of a result ("lost 1-3", "a 1-3 defeat"),
    unlike a range ("1-3 years", "lost 1-3 pounds")."""
    doc = first.doc
    after = doc[second.i + 1] if second.i + 1 < len(doc) else None
    return (
        is_tight_dash(dash)
        and first.text.isdigit()
        and second.text.isdigit()
        and (_follows_a_result_verb(first, second) or (after is not None and after.lower_ in RESULT_NOUNS))
    )


def _follows_a_result_verb(first: Token, second: Token) -> bool:
    """Return True for a pair of numbers right after a verb of winning, losing, voting or ruling, or its
    object, with nothing measured after them."""
    doc = first.doc
    before = doc[first.i - 1] if first.i > first.sent.start else None
    verb = before.head if before is not None and before.dep_ in ("dobj", "nsubj") else before
    after = doc[second.i + 1] if second.i + 1 < len(doc) else None
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in RESULT_VERBS
        and (after is None or not _measures(after))
    )


def _measures(token: Token) -> bool:
    """Return True for a noun, a symbol or a unit's name or abbreviation, not a function word ("in")."""
    return token.pos_ in ("NOUN", "PROPN", "SYM") or (not token.is_stop and unit_name(token.text) is not None)


def _is_result(span: Span) -> bool:
    """Return True for either number of a score or vote ("won 3-1", "passed 52-48", "voted 51 to 49"), which
    counts nothing."""
    doc, i = span.doc, span.start
    if len(span) != 1:
        return False
    return any(
        _is_tally(*doc[start : start + 3])
        or _spells_result(*doc[start : start + 3])
        or _is_losing_tally(*doc[start : start + 3])
        for start in (i, i - 2)
        if start >= 0 and start + 2 < len(doc)
    )


def _past_tight_hyphen(token: Token) -> Token:
    """Return the word before a hyphen written tight between two words ("number" of "number-one"), else the
    token itself."""
    if token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_:
        return token.nbor(-1)
    return token


def _abbreviation(token: Token) -> str:
    """Return the lower-case word a token ends, its full stop dropped; a full stop the tokenizer split off
    ("No" "." before "1") ends the word before it."""
    if token.text == "." and token.i > 0 and not token.doc[token.i - 1].whitespace_:
        token = token.doc[token.i - 1]
    return token.lower_.rstrip(".")


def _is_measured(span: Span) -> bool:
    """Return True when a unit of measure or a percent sign follows the number ("Ford 5%", "Tesla 3
    percent")."""
    measured = unit_after(span)
    return measured is not None and is_measure(measured[0].split(" per ")[0])


def _is_scaled(number: Span) -> bool:
    """Return True for a number with a scale word ("13 billion"), which counts or measures and never names
    ("# 13 billion" is a sum in pounds written with the sign a plain-text wire put for "£")."""
    return any(t.lower_ in SCALES for t in number)


def _names_a_thing(token: Token, number: Span) -> bool:
    """Return True for a name, or a noun with a capital before a bare whole number, that the number completes
    ("Boeing 737", "Studio 54", "Interstate 95", "iPhone 15"); not a row label before an amount ("Revs 13.6
    mln"), one who is given what the number counts ("sent Ukraine 31 tanks"), a number in groups of thousands
    or with a scale word ("Apple Sells 5 Million iPhones"), nor one spelled in lower case, a fraction or a
    decimal, which measure rather than name ("Ford one to 91", "GM 5/8", "a Magnitude 7.8 quake")."""
    if THOUSANDS.fullmatch(number.text) or token.dep_ == "dative" or _is_day_or_month(token, number):
        return False
    if _is_scaled(number) or token.lower_ in QUALIFIERS:
        return False
    if number.text.islower() or "/" in number.text or "." in number.text:
        return False
    if token.pos_ == "PROPN":
        return True
    capitalised = any(c.isupper() for c in token.text)
    return token.pos_ == "NOUN" and capitalised and number.text.isdigit()


def _is_version(token: Token, number: Span) -> bool:
    """Return True for one digit and ".0" right after a name, which numbers a version ("Web 2.0", "Industry
    4.0"), not a reading on a named scale ("a Richter 7.0 quake"), a measure ("Tesla 3.0%") or a figure in a
    table's row ("Inedible 893.0")."""
    named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title and token.i > token.sent.start)
    return (
        named
        and re.fullmatch(r"[1-9]\.0", number.text) is not None
        and scale_before(number) is None
        and not _is_measured(number)
    )


def _names_an_event_by_year(token: Token, number: Span) -> bool:
    """Return True for a year after a currency's name written with a capital, which names an event ("Euro
    2024"), since prose writes the currency in lower case ("2024 euros")."""
    return token.is_title and token.is_alpha and unit_name(token.text) is not None and is_year(number[0])


def _ends_a_name_of(of: Token, number: Span) -> bool:
    """Return True for a whole number after "of" and a name, which ends that name ("the Group of 20",
    "the Group of 77"), when nothing it counts follows; not "a rise of 20" nor "Revenue of 20" opening a
    sentence."""
    doc = number.doc
    name = doc[of.i - 1] if of.i > number.sent.start else None
    after = doc[number.end] if number.end < len(doc) else None
    return (
        of.lower_ == "of"
        and name is not None
        and name.i > number.sent.start
        and name.pos_ == "PROPN"
        and number.text.isdigit()
        and not is_year(number[0])
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "NUM"))
    )


def _is_day_or_month(token: Token, number: Span) -> bool:
    """Return True for a month or weekday before a number that cannot be its day ("In January 500 people
    died", "On Monday 300 workers struck")."""
    return token.ent_type_ in DATE_LABELS and number.text.isdigit() and int(number.text) > MAX_DAY


def _extends_a_code(dash: Token) -> bool:
    """Return True for a hyphen written tight between a code of letters then digits and the number after it
    ("A320-200"), which numbers a variant; a number glued to its scale or unit is no code ("3m-4m")."""
    return is_tight_dash(dash) and re.fullmatch(r"[A-Za-z]+\d+[A-Za-z]*", dash.nbor(-1).text) is not None


def _is_plain_name(token: Token) -> bool:
    """Return True for a proper noun that is no people, month or unit ("Dreamliner", not "French", "June" or
    "Btu")."""
    return (
        token.tag_ == "NNP"
        and token.ent_type_ not in ("NORP", *DATE_LABELS)
        and token.lower_.rstrip(".") not in MONTH_NAMES
        and unit_name(token.text) is None
    )


def _is_model_shaped(span: Span) -> bool:
    """Return True for a bare number of three digits, not round, with no qualifier before it ("787", not
    "800" or "about 153"), which may name a model."""
    doc = span.doc
    if re.fullmatch(r"[1-9]\d\d", span.text) is None or int(span.text) % 10 == 0:
        return False
    return span.start == 0 or doc[span.start - 1].lower_ not in QUALIFIERS


def _named_elsewhere(span: Span) -> bool:
    """Return True for a number shaped like a model's that its document writes right after a name elsewhere
    ("the 787" where "Boeing 787" is written), which names that model here too."""
    doc = span.doc
    if not _is_model_shaped(span):
        return False
    return any(
        token.i > 0 and token.i != span.start and _names_a_thing(doc[token.i - 1], doc[token.i : token.i + 1])
        for token in doc
        if token.text == span.text
    )


def _is_model_number(span: Span) -> bool:
    """Return True for a bare number of three digits, not round, that names a model before a name ("the 787
    Dreamliner", "the 737 MAX"); a count takes a plural noun, also after a name ("193 UN members", "the 787
    passengers"), a people ("125 French") or a qualifier ("about 153")."""
    doc = span.doc
    if not _is_model_shaped(span):
        return False
    end = span.end
    while end < len(doc) and _is_plain_name(doc[end]):
        end += 1
    return end > span.end and (end == len(doc) or doc[end].tag_ not in ("NNS", "NNPS"))


def _names_a_code(span: Span) -> bool:
    """Return True for a number before the kind of code it is ("the 90210 zip code", "the 212 area
    code")."""
    after = span.doc[span.end : span.end + 2].text.lower()
    return any(after == code or after.startswith(code + " ") for code in CODES_NAMED_AFTER)


def _is_dialled(span: Span) -> bool:
    """Return True for a number that is dialled or called ("called 911", "dial 999 for help"), not one that
    counts what is called ("called 3 witnesses")."""
    doc = span.doc
    verb = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    counts = (after is not None and after.pos_ in ("NOUN", "PROPN")) or span[-1].dep_ == "nummod"
    return verb is not None and verb.lemma_.lower() in DIAL_VERBS and span.text.isdigit() and not counts


def _is_address(span: Span) -> bool:
    """Return True for a whole number, or two joined by a dash, before a street's name ("10 Downing Street",
    "1 World Trade Center", "16-18 Mill Lane", "9 E 71st St"), not one counting what the street names ("12
    Wall Street banks")."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].is_digit:
        end += 2
    named = end
    while end < len(doc) and _names_a_street(doc[end]):
        end += 1
    street = any(t.lower_.rstrip(".") in STREET_WORDS for t in doc[named:end])
    counted = end < len(doc) and doc[end].tag_ in ("NNS", "NNPS")
    return street and not counted and span.text.isdigit()


def _names_a_street(word: Token) -> bool:
    """Return True for a word of a street's name: a name with a capital, a point of the compass ("E") or a
    numbered street ("71st")."""
    return (
        (word.tag_ == "NNP" and word.is_title)
        or word.text in COMPASS_POINTS
        or bool(ORDINAL.match(word.text))
    )


def _hyphened_to_a_name(last: Token) -> bool:
    """Return True for digits joined by a tight hyphen to a number word with a capital, which together name
    ("7-Eleven")."""
    word = word_after_tight_dash(last)
    return (
        word is not None
        and last.text.isdigit()
        and word.is_title
        and (word.lower_ in SMALL or word.lower_ in TENS)
    )


def _hyphened_to_a_letter(last: Token) -> bool:
    """Return True for a number joined by a tight hyphen to a lone capital letter, which names a form, a
    format or a model ("3-D", "a 10-K filing", "the 4-H club")."""
    word = word_after_tight_dash(last)
    return word is not None and re.fullmatch(r"[A-Z]", word.text) is not None


def _is_resolution(span: Span) -> bool:
    """Return True for a screen resolution: lines glued to "p" or "i" ("1080p", "720p"), or one digit glued to
    a capital "K" with no currency or unit about it ("4K TVs", "an 8K camera"; not "$4K", "4K dollars")."""
    text = "".join(t.text for t in span)
    lines = re.fullmatch(r"(\d{3,4})[pi]", text)
    if lines is not None:
        return int(lines[1]) in RESOLUTION_LINES
    return (
        re.fullmatch(r"\dK", text) is not None
        and currency_before(span) is None
        and unit_in_number(span) is None
        and unit_after(span) is None
    )


def is_identifier(span: Span) -> bool:
    """Return True for a number that names rather than counts: "iPhone 12", "Game 6", "575 Elm Road",
    "4G"."""
    doc = span.doc
    first, last = span[0], span[-1]
    previous = doc[first.i - 1] if first.i > span.sent.start else None
    if previous is not None and _names_an_event_by_year(previous, span):
        return True
    if currency_before(span) is not None:
        return False
    if previous is not None and _names_a_thing(previous, span) and not _is_measured(span):
        return True
    if previous is not None and (_is_version(previous, span) or _ends_a_name_of(previous, span)):
        return True
    identifier_word = previous is not None and _abbreviation(_past_tight_hyphen(previous)) in IDENTIFIER_WORDS
    if identifier_word and not _is_scaled(span):
        return True
    if previous is not None and previous.text in DASHES and first.i >= 2 and doc[first.i - 2].like_num:
        return is_identifier(doc[first.i - 2 : first.i - 1])
    if previous is not None and _extends_a_code(previous):
        return True
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and not last.whitespace_ and re.fullmatch(r"[A-BD-EG-Z]", following.text):
        return True
    if _hyphened_to_a_letter(last) or _hyphened_to_a_name(last):
        return True
    if _is_model_number(span) or _named_elsewhere(span) or _is_resolution(span):
        return True
    if _is_address(span) or _is_dialled(span) or _names_a_code(span):
        return True
    head = last.head
    plural = head.tag_ == "NNPS" or bool(re.search(r"\ds$", head.text))
    return (
        last.dep_ in ("nummod", "compound")
        and head.pos_ == "PROPN"
        and head.ent_type_ in PLACE_LABELS
        and not plural
        and THOUSANDS.fullmatch(span.text) is None
    )


def _in_measured_range(span: Span) -> bool:
    """Return True for either end of a range of measures or people ("2000 - 2500 calories", "between 1500
    and 2000 people", "1500 to 2000 dollars"), not a span of years."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    before = doc[max(span.start - 2, 0) : span.start]
    opens = (
        len(after) == 3
        and after[0].lower_ in RANGE_JOINERS
        and after[1].like_num
        and ((not is_year(after[1]) and unit_name(after[2].text) is not None) or _measures_people(after[2]))
    )
    closes = (
        len(before) == 2
        and before[1].lower_ in RANGE_JOINERS
        and before[0].like_num
        and span.end < len(doc)
        and _measures_people(doc[span.end])
    )
    return opens or closes


def _measures_people(token: Token) -> bool:
    """Return True for "people" or a unit of measure or currency, which a year never takes."""
    return token.lower_ == "people" or is_measure(unit_name(token.text))


def _year_shaped_count(span: Span) -> bool:
    """Return True for a number shaped like a year that counts people or, after a verb or a qualifier, the
    plural noun it modifies ("2000 people", "deployed 2000 officers", "about 1500 jobs"), or that measures in
    the unit after it ("1998 cents", "the 1000 hp barrier", "1200 parts per million"), not "the 2008
    elections", "the 2019 year-end" or "in 2010 dollars"."""
    doc, last = span.doc, span[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None:
        return False
    if after.lower_ == "people":
        return True
    previous = doc[span.start - 1] if span.start > 0 else None
    plural = (
        after.tag_ == "NNS"
        and last.dep_ == "nummod"
        and last.head == after
        and after.lower_ not in YEARLY_FIGURES
    )
    counting = (
        previous is None
        or previous.pos_ in ("VERB", "AUX")
        or find_qualifier([t.lower_ for t in doc[max(span.start - MAX_WORDS, 0) : span.start]]) is not None
    )
    written = unit_after(span)
    unit = written[0] if written is not None else None
    in_dollars_of = previous is not None and previous.lower_ == "in" and is_currency(unit)
    measured = is_measure(unit) and after.lower_ not in TIME_UNITS and not in_dollars_of
    return (plural and counting) or measured


def is_rate_denominator(span: Span) -> bool:
    """Return True for a number word that a price or measure is given per ("64 cents a dozen", "$3 a pair",
    "$20 per dozen")."""
    doc = span.doc
    per = span[0] if span[0].lower_ in ("a", "an") else doc[span.start - 1] if span.start > 0 else None
    written_number = any(t.like_num or any(c.isdigit() for c in t.text) for t in span if t != per)
    if per is None or per.lower_ not in RATE_WORDS or per.i == 0 or written_number:
        return False
    measured = doc[per.i - 1]
    return measured.like_num or unit_name(measured.text) is not None


def _opens_day_range(span: Span) -> bool:
    """Return True for the first day of a span of days before a month ("from 5 to 7 June"), or the last
    day of a list after one ("on April 12 and 26")."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    before = doc[max(span.start - 3, 0) : span.start]
    return (
        len(after) == 3
        and after[0].lower_ in DAY_JOINERS
        and after[1].text.isdigit()
        and int(after[1].text) <= MAX_DAY
        and after[2].lower_.rstrip(".") in MONTH_NAMES
    ) or (
        len(before) == 3
        and before[2].lower_ in DAY_JOINERS
        and before[1].text.isdigit()
        and int(before[1].text) <= MAX_DAY
        and before[0].lower_.rstrip(".") in MONTH_NAMES
    )


def _is_game_half(span: Span) -> bool:
    """Return True for "half" as a part of something ordered ("the second half", "a first-half goal"), not
    a fraction."""
    start = span.start - 1 if span.start > 1 and span.doc[span.start - 1].text == "-" else span.start
    previous = span.doc[start - 1] if start > 0 else None
    return (
        span.text.lower() == "half"
        and previous is not None
        and (
            previous.ent_type_ == "ORDINAL"
            or is_spelled_ordinal(previous)
            or previous.lower_ in ("the", "this", "that")
        )
    )


def _is_half_compound(span: Span) -> bool:
    """Return True for "half" joined by a hyphen to a word it makes a word with ("half-time", "half-life",
    "half-brother", "a half-hearted bid"), not a fraction ("a half-hour", "half-price")."""
    doc = span.doc
    return (
        span[-1].lower_ == "half"
        and span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in HYPHENED_AFTER_HALF
    )


def _is_bare_scale(span: Span) -> bool:
    """Return True for a scale word with no number or article ("the Million Man March", "(BIL)"), which
    multiplies nothing; "a million" counts one."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return len(span) == 1 and span[0].lower_ in SCALES and before not in ("a", "an")


def _spans_one_day(span: Span) -> bool:
    """Return True for "one day" after a word of duration ("for one day", "in one day"), a count, unlike
    "One day, he will return"."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ in ("for", "in", "within", "after", "than", "over", "just", "only")
        and doc[span.end].lower_ == "day"
    )


def _is_qualified(span: Span) -> bool:
    """Return True when a qualifier ends the words before the number ("at least one", "more than one")."""
    doc = span.doc
    return find_qualifier([t.lower_ for t in doc[max(span.start - MAX_WORDS, 0) : span.start]]) is not None


def _in_an_idiom(span: Span) -> bool:
    """Return True for "one" in an idiom that counts nothing ("one of a kind", "one-on-one talks", "an
    all-in-one device", "at one point")."""
    doc = span.doc
    for idiom in ONE_IDIOMS:
        for at in (k for k, word in enumerate(idiom) if word == "one"):
            start = span.start - at
            if start >= 0 and tuple(t.lower_ for t in doc[start : start + len(idiom)]) == idiom:
                return True
    return False


def _is_pronoun_one(span: Span) -> bool:
    """Return True for "one" as a pronoun or in an idiom ("no one", "one must", "one by one"), not as a
    count ("one of the victims", "the one-year deal", "won one", "two died and one was hurt", "at least one
    who was hurt"); after a form of "be", "one that" names a kind ("it was one that fared badly")."""
    if span.text.lower() != "one":
        return False
    if _in_an_idiom(span):
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    measured = span.doc[span.end + 1 : span.end + 2]
    if (
        after is not None
        and after.text == "-"
        and measured
        and measured[0].lemma_.lower() in TIME_UNIT_LEMMAS
    ):
        return False
    if (
        after is not None
        and after.lower_ == "in"
        and span.end + 1 < len(span.doc)
        and span.doc[span.end + 1].like_num
    ):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    following = span.doc[span.end : span.end + 4].text.lower()
    preceding = span.doc[max(span.start - 2, 0) : span.start].text.lower()
    return (
        after is None
        or (after.text == "-" and span.doc[span.end + 1 : span.end + 2].text.lower() in HYPHENED_AFTER_ONE)
        or preceding in ("one by", "one after")
        or (before is not None and before.lower_ == "on" and after.lower_ == "hand")
        or (after.lower_ in NOT_COUNT_AFTER_ONE and not _spans_one_day(span))
        or after.tag_ == "MD"
        or after.pos_ == "DET"
        or (after.tag_ in ("WDT", "WP") and before is not None and before.lemma_ == "be")
        or (before is not None and before.pos_ == "ADJ" and not _is_qualified(span))
        or "after another" in following
        or (
            before is not None
            and before.lower_ in ("no", "every", "any", "each", "the", "this", "that", "another")
        )
    )


def _inside_words(token: Token) -> bool:
    """Return True for a word after another word or a hyphen against it, not one after marks that open a
    quote (also written ``), a clause after a colon or a list item."""
    previous = token.nbor(-1)
    marks = not any(c.isalnum() for c in previous.text)
    return not marks or (previous.text == "-" and not previous.whitespace_)


def _is_in_a_name(span: Span) -> bool:
    """Return True for a number word capitalised inside a sentence, which names ("the Group of Seven", "the
    Nine Mile plant", "a 7-Eleven store"), unless the sentence is a headline with every word capitalised."""
    sentence = span.sent
    capitalised = any(
        t.is_title and (t.lower_ in SMALL or t.lower_ in TENS) and t.i > sentence.start and _inside_words(t)
        for t in span
    )
    return capitalised and any(t.is_lower and t.is_alpha and not t.is_stop for t in sentence)


def _is_by_name(span: Span) -> bool:
    """Return True for a number of two joined by "-by-" that name a thing rather than size it ("a
    four-by-four", "two-by-fours"; see BY_NAME)."""
    text = span.doc.text
    for match in BY_NAME.finditer(text, max(span.start_char - 20, 0), span.end_char + 20):
        if match.start() <= span.start_char < match.end() and all(
            parse_amount(side) is not None for side in match.group(1, 2)
        ):
            return not is_measure(unit_name(match.group(3)))
    return False


def _is_short_year(span: Span) -> bool:
    """Return True for two digits after an apostrophe written against them, a year ("Woodstock '69", "iLife
    '11")."""
    doc = span.doc
    apostrophe = doc[span.start - 1] if span.start > 0 else None
    return (
        apostrophe is not None
        and apostrophe.text in ("'", "’")
        and not apostrophe.whitespace_
        and re.fullmatch(r"\d\d", span.text) is not None
    )


def _is_clock_hour(span: Span) -> bool:
    """Return True for an hour written with "a.m." or "p.m." after it ("at 5 p.m."), a clock time whatever
    the timex component made of it."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in CLOCK_WORDS and span[-1].like_num


def _is_era_year(span: Span) -> bool:
    """Return True for a whole number written with an era, a year ("2560 BC", "AD 79", "500 BCE"), not a
    count of years ("lasted 300 years")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return span.text.isdigit() and (
        (after is not None and after.text.replace(".", "") in ERAS_AFTER)
        or (before is not None and before.text.replace(".", "") == "AD")
    )


def _is_spelled_day(span: Span) -> bool:
    """Return True for a day of the month spelled out after the month's name ("on March six", "ended April
    four"), not a count of the plural noun after it ("in May two people died")."""
    doc = span.doc
    month = doc[span.start - 1] if span.start > 0 else None
    day = parse_amount(span.text)
    return (
        month is not None
        and month.is_title
        and month.lower_.rstrip(".") in MONTH_NAMES
        and span.text.isalpha()
        and day is not None
        and day.value is not None
        and day.value <= MAX_DAY
        and not (span.end < len(doc) and doc[span.end].tag_ in ("NNS", "NNPS"))
    )


def is_not_a_count(span: Span) -> bool:
    """Return True when the number span is a year, date, time, phone number, ordinal, identifier, what a
    rate is per, "one" as a pronoun, a half of a game or a scale word alone."""
    doc = span.doc
    first, last = span[0], span[-1]
    if _is_pronoun_one(span) or _is_game_half(span) or _is_half_compound(span):
        return True
    if _is_bare_scale(span) or _is_in_a_name(span) or _is_by_name(span):
        return True
    if is_age(span):
        return False
    if _is_result(span) or is_identifier(span) or is_rate_denominator(span):
        return True
    if (
        len(span) == 1
        and currency_before(span) is None
        and is_year(first)
        and not _year_shaped_count(span)
        and not _in_measured_range(span)
    ):
        return True
    if in_calendar_expression(span):
        return True
    chunk = written_chunk(span)
    dated = find_date(chunk)
    slashed = re.search(r"\d[-/]\d+[-/]\d", chunk) and not MIXED_FRACTION.search(chunk)
    if PHONE.search(chunk) or slashed or (dated and dated.precision != "year"):
        return True
    if first.i > 0 and doc[first.i - 1].text in ("#", "№") and not _is_scaled(span):
        return True
    if _is_short_year(span) or _is_era_year(span) or _is_clock_hour(span):
        return True
    neighbours = {t.lower_.rstrip(".") for t in doc[max(first.i - 1, 0) : min(last.i + 2, len(doc))]}
    if (neighbours & MONTH_NAMES or _opens_day_range(span)) and any(
        t.text.isdigit() and int(t.text) <= MAX_DAY for t in span
    ):
        return True
    if _is_spelled_day(span):
        return True
    if re.fullmatch(r"0\d+", span.text) or doc[span.end : span.end + 1].text.lower() in (
        "o'clock",
        "o’clock",
    ):
        return True
    ordinal_word = first.ent_type_ == "ORDINAL" and (first.is_alpha or first.like_num)
    if ordinal_word or re.fullmatch(r"\d+(st|nd|rd|th)", span.text.lower()):
        return True
    return ":" in span.text
