"""Find every count and quantity in a parsed Doc, with its range, counted thing, claimant and time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from rashomon.quantities.changes import change_of, climbs_to, counts_things, measure_word
from rashomon.quantities.counted import (
    Counted,
    age_in_time_units,
    count_noun,
    counts_alike,
    counts_part_of_a_group,
    find_counted,
    group_named_before,
    is_bare_count_noun,
    lemma_phrase,
)
from rashomon.quantities.filters import TIME_UNIT_LEMMAS, is_not_a_count
from rashomon.quantities.measured import measured_thing
from rashomon.quantities.numbers import (
    SCALES,
    Amount,
    parse_amount,
)
from rashomon.quantities.qualifiers import (
    MAX_WORDS,
    find_qualifier,
    follows_an_amount,
    names_topic,
    qualified_range,
    trailing_qualifier,
)
from rashomon.quantities.ranges import (
    closes_range,
    is_hanging_hyphen,
    offers_alternative,
    range_bounds,
    share_in,
    written_from_to,
)
from rashomon.quantities.reference import in_reach, multiplies_earlier, with_happening
from rashomon.quantities.reparse import Parse, second_opinion
from rashomon.quantities.spans import amount_text, number_spans
from rashomon.quantities.speaker import find_speaker
from rashomon.quantities.units import currency_start, unit_name
from rashomon.schema import Quantity, Timex, content_id

SPAN_PREPOSITIONS = frozenset({"over"})
"""Qualifiers that before an amount of time say when, not how many ("over three years"); after a preposition
or a verb of lasting they still say how many ("for over two weeks", "lasted over three hours")."""
DURATION_VERBS = frozenset({"last", "take", "spend", "wait", "serve", "be", "span"})
"""Verbs after which "over" an amount of time bounds how long something lasts ("lasted over three hours",
"it has been over a year")."""
UNIT_NAME_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
"""Parts of speech of the words naming what an amount is in ("Danish crowns"), between it and its
restatement."""
LIST_JOINS = (["and"], ["or"], [","], [",", "and"], [",", "or"])
"""Words between two numbers of a list ("2, 3 and 5 cents")."""
RESTATING_QUALIFIERS = frozenset({"about", "roughly", "nearly", "almost", "some", "around"})
GAP_TAGS = frozenset({"PUNCT", "CCONJ", "NOUN", "PROPN"})
"""Parts of speech of the word before the amount of a clause that leaves out its verb: "and", a comma or the
clause's subject ("corn 3 cents"); "petrol by 25%" ends in "by"."""
COMPARING_WORDS = frozenset({"from", "against", "versus", "vs", "vs.", "with", "than", "after"})
"""Words before a number that another one in the sentence is compared with ("up from 4,000", "1.6 billion
euros in May after 2.8 billion in April")."""
PERIOD_PREPOSITIONS = frozenset({"in", "during", "over", "within"})
"""Prepositions of the period in which a count is made ("in the first three months")."""


def _article_start(span: Span, start: int) -> int:
    """Return where a number written from `start` begins with the article of "a million" or "a thousand"
    taken in, so that a qualifier before it is found ("over a million people")."""
    article = span.doc[start - 1] if start > span.sent.start else None
    if article is not None and article.lower_ in ("a", "an") and span[0].lower_ in SCALES:
        return start - 1
    return start


def _sentence_time(span: Span, timexes: list[Timex], fallback: str | None) -> str | None:
    sentence = span.sent
    for timex in timexes:
        if (
            timex.type == "DATE"
            and sentence.start_char <= timex.start < sentence.end_char
            and timex.value[:1].isdigit()
        ):
            return timex.value
    return fallback


def _signed(span: Span, amount: Amount) -> tuple[Span, Amount]:
    """Return the span and amount with a minus sign before it ("minus 5", "minus-130", "-10C") taken in;
    "plus or minus 3" is a margin of 3."""
    doc = span.doc
    sign = doc[span.start - 1] if span.start > 0 else None
    glued_minus = (
        sign is not None
        and sign.text in ("-", "−")
        and not sign.whitespace_
        and (sign.i == 0 or bool(doc[sign.i - 1].whitespace_))
    )
    either_way = sign is not None and doc[max(sign.i - 2, 0) : sign.i].text.lower() == "plus or"
    if (
        sign is None
        or not (sign.lower_ in ("minus", "minus-") or glued_minus)
        or either_way
        or amount.value is None
    ):
        return span, amount
    return doc[span.start - 1 : span.end], Amount(-amount.value, -amount.value, -amount.value)


def _numbers(doc: Doc) -> list[tuple[Span, Amount]]:
    found = []
    for span in number_spans(doc):
        amount = parse_amount(amount_text(span))
        if amount is not None and not is_not_a_count(span):
            found.append(_signed(span, amount))
    return found


def _grouped(
    numbers: list[tuple[Span, Amount]],
) -> Iterator[tuple[Span, Span, Amount, tuple[float, float] | None]]:
    i = 0
    while i < len(numbers):
        first, amount = numbers[i]
        if i + 1 < len(numbers) and closes_range(first, numbers[i + 1][0]):
            last, upper = numbers[i + 1]
            bounds = range_bounds(amount, upper, amount_text(first), amount_text(last))
            if bounds is not None:
                yield first, last, amount, bounds
                i += 2
                continue
        if i + 1 < len(numbers) and (share := share_in(first, numbers[i + 1][0], numbers[i + 1][1], amount)):
            yield first, numbers[i + 1][0], share, None
            i += 2
            continue
        if i + 1 < len(numbers) and offers_alternative(first, numbers[i + 1][0]):
            amount = _scaled_alternative(first, amount, *numbers[i + 1])
        yield first, first, amount, None
        i += 1


def _lasts(words: Span) -> bool:
    """Return True when the word before "over" makes the amount of time after it a duration ("for over two
    weeks", "after over 20 years", "lasted over three hours"), not a span that something happens over ("cut
    jobs over three years")."""
    return len(words) == 2 and (words[0].pos_ == "ADP" or words[0].lemma_.lower() in DURATION_VERBS)


def _scaled_alternative(first: Span, amount: Amount, second: Span, other: Amount) -> Amount:
    """Return the amount of the first of two alternatives with the scale word of the second when it has none
    ("10 or 15 billion" → 10 billion)."""
    bounds = range_bounds(amount, other, amount_text(first), amount_text(second))
    return amount if bounds is None else Amount(bounds[0], bounds[0], bounds[0])


def _counts_time(number: Span) -> bool:
    """Return True when the number counts units of time ("three years"), not an age ("65 years of age")."""
    after = number.doc[number.end] if number.end < len(number.doc) else None
    return (
        after is not None and after.lemma_.lower() in TIME_UNIT_LEMMAS and age_in_time_units(number) is None
    )


def _restates(earlier: Span, later: Span) -> bool:
    """Return True when `later` restates `earlier` in other units ("fell 85 cents, or 3.4%", "cut 1,200
    jobs, or 8 percent", "rose 85 cents (3.4%)", "7.5 million Danish crowns (US$1.1 million)"); "8 or
    $9" without a comma or brackets offers an alternative."""
    written = currency_start(later)
    between = [t for t in earlier.doc[earlier.end : written] if not t.is_punct]
    words = [t.lower_ for t in between]
    marks = {t.text for t in earlier.doc[earlier.end : written] if t.is_punct}
    in_brackets = earlier.doc[written - 1].text == "("
    if ("or" not in words and not in_brackets) or not marks & {",", "("}:
        return False
    cut = words.index("or") if "or" in words else len(between)
    before_or, after_or = between[:cut], between[cut + 1 :]
    return all(t.pos_ in UNIT_NAME_TAGS or unit_name(t.text) is not None for t in before_or) and all(
        t.lower_ in RESTATING_QUALIFIERS for t in after_or
    )


def _coordinated(earlier: Span, later: Span) -> bool:
    """Return True when `later` is joined to `earlier` by "and" or a comma as another amount of the same
    kind ("fell 1.2% and 1.5%", "fell by 1.2 and 1.5 percent", "rose 5% in May and 3% in June")."""
    measure, first = measure_word(later), measure_word(earlier)
    joined = measure.dep_ == "conj" and measure.head in (first, first.head, earlier[-1])
    return joined or _gapped(earlier, later)


def _gapped(earlier: Span, later: Span) -> bool:
    """Return True when `later` is the amount of a clause that leaves out the verb of `earlier`'s, in the same
    unit or with its noun left out too ("wheat rose 5 cents, corn 3 cents", "cut 300 jobs in France, 200 in
    Spain"); a level after "to", an amount after "the" or "of" ("instead of
    the 3 cents") or the subject of a verb of its own ("and 30% of staff left") is none."""
    doc = earlier.doc
    between = doc[earlier.end + 1 : currency_start(later)]
    return (
        later.sent == earlier.sent
        and later.end < later.sent.end
        and doc[later.end].lower_ in _words_after(earlier)
        and doc[later.end].dep_ not in ("nsubj", "nsubjpass")
        and any(t.lower_ in (",", "and") for t in between)
        and not any(t.pos_ in ("VERB", "AUX") for t in between)
        and (between[-1].pos_ in GAP_TAGS or between[-1].lower_ == "by")
    )


def _words_after(amount: Span) -> set[str]:
    """Return the word right after an amount and the word after the noun it counts ("4,300 jobs in France"
    gives "jobs" and "in"), which a later amount of a clause without its verb repeats ("3,700 in Germany")."""
    doc = amount.doc
    return {doc[i].lower_ for i in (amount.end, measure_word(amount).i + 1) if i < len(doc)}


def _compares(earlier: Span, later: Span) -> bool:
    """Return True when `later`, written without a unit, is what `earlier` is compared with in the same
    sentence ("5,000 employees, up from 4,000", "$5bn against 4.2bn a year ago")."""
    between = [t.lower_ for t in earlier.doc[earlier.end : currency_start(later)] if not t.is_punct]
    return later.sent.start == earlier.sent.start and bool(between) and between[-1] in COMPARING_WORDS


def _level_of_change(previous: tuple[Span, str | None, Counted], later: Span) -> bool:
    """Return True when `later`, written without a unit, is the level that a rise or fall in a unit of
    measure reached ("rose 1.1 million barrels to 520 million", "narrowed by $2 billion to 15 billion"); a
    level after a change in percent is no percentage ("rose 5% to 300")."""
    earlier, change, counted = previous
    words = [t.lower_ for t in earlier.doc[earlier.end : currency_start(later)]]
    return (
        change in ("up", "down")
        and words[-1:] == ["to"]
        and counted.unit not in (None, "percentage")
        and later.sent.start == earlier.sent.start
    )


def _reached_from(earlier: Span, later: Span) -> bool:
    """Return True when `later`, written without a unit, is the level reached from `earlier` ("from 208
    pounds to 193", "from 21 mpg combined to 23"), so in its unit."""
    doc = earlier.doc
    return written_from_to(
        doc.text, doc[currency_start(earlier)].idx, earlier.end_char, doc[currency_start(later)].idx
    )


def _is_period(counted: Counted) -> bool:
    """Return True when a number counts the units of time of the period in which something else is counted
    ("80,432 cars in the first three months"), which a later number is not compared with."""
    head = counted.head
    return (
        head is not None
        and head.lemma_.lower() in TIME_UNIT_LEMMAS
        and head.dep_ == "pobj"
        and head.head.lower_ in PERIOD_PREPOSITIONS
    )


def _unit_ahead(bare: Span, numbers: list[Span], start: int) -> Counted | None:
    """Return what the number that a bare number leads to with "to" or "from", or the list it opens with
    commas, "and" or "or", counts or measures, so sharing it ("raised its rate to 5.25 from 5 percent",
    "pared losses from 1.20 to 0.60 dollars", "denominations of 1,000 and 5,000 stg", "rose 2, 3 and 5
    cents", "90, 95 and 100 degrees Fahrenheit", "a 7- or 8-inch screen"; not "a backlog of 1,203 and 29 pct
    below it"): members joined by a comma need not be parsed as joined, but the list must end with a join
    that is; `numbers` are the last spans of the doc's numbers, the ones after `bare` from index `start`."""
    first = bare
    for at in range(start, len(numbers)):
        later = numbers[at]
        between = bare.doc[bare.end : currency_start(later)]
        words = [t.lower_ for t in between if not is_hanging_hyphen(t)]
        hyphened = len(words) < len(between)
        leads = words in (["to"], ["from"])
        listed = hyphened or words == [","]
        if not leads and (words not in LIST_JOINS or not (listed or _coordinated(bare, later))):
            return None
        counted = find_counted(later, first.text if hyphened else None)
        if leads or (counted.phrase is not None and not _noun_beyond(counted, numbers[at + 1 : at + 2])):
            ends_list = leads or hyphened or words != [","] or _coordinated(bare, later)
            return counted if counted.phrase is not None and ends_list else None
        bare = later
    return None


def _noun_beyond(counted: Counted, next_number: list[Span]) -> bool:
    """Return True when the noun a number counts lies past the next number, which it shares with it ("95"
    of "90, 95 and 100 degrees Fahrenheit")."""
    return counted.head is not None and bool(next_number) and counted.head.i >= next_number[0].end


def _read_back(
    last: Span, counted: Counted, earlier: tuple[Span, Counted, Quantity] | None
) -> tuple[Counted, Quantity | None]:
    """Return what a number counts when it points back to the last count in reach, and that count when the
    number multiplies it: "three times that" counts what it counts, as does "the figure was 100,000"; "1,500
    others" counts what an earlier count (not a measure) of its sentence counts."""
    if earlier is None or not in_reach(earlier[0], last):
        return counted, None
    if multiplies_earlier(last):
        return earlier[1], earlier[2]
    if counted.phrase is None and (noun := count_noun(last[-1])) is not None and is_bare_count_noun(noun):
        return earlier[1], None
    if (
        counted.head is not None
        and counted.head.lemma_.lower() == "other"
        and earlier[0].sent == last.sent
        and earlier[1].unit is None
    ):
        return replace(counted, phrase=earlier[1].phrase, head=earlier[1].head), None
    return counted, None


def _counting_token(last: Span, counted: Counted) -> Token:
    """Return the token whose role in its clause says what happened to the things counted: the counted
    noun, or the number itself when it has none, is a partitive ("dozens of people were hurt") or counts a
    group named before it ("arrested 12 of them")."""
    head = counted.head
    if head is None or counts_part_of_a_group(last):
        return last[-1]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == last[-1].i:
        return last[-1]
    return head


def _scaled(factor: float, quantity: Quantity) -> tuple[float | None, float | None, float | None]:
    return tuple(None if v is None else factor * v for v in (quantity.value, quantity.low, quantity.high))


def extract_quantities(
    doc: Doc, timexes: list[Timex] | None = None, parse: Parse | None = None
) -> list[Quantity]:
    """Return the counts and quantities of a parsed Doc as records; a written range is one record; with
    `parse`, a number whose noun the Doc's parse misses gets a second opinion from its segment alone."""
    found: list[Quantity] = []
    previous: tuple[Span, str | None, Counted] | None = None
    earlier: tuple[Span, Counted, Quantity] | None = None
    restated: tuple[Span, str | None, Counted] | None = None
    compared: tuple[Span, Counted] | None = None
    previous_qualifier: str | None = None
    groups = list(_grouped(_numbers(doc)))
    last_spans = [group[1] for group in groups]
    for at, (span, last, amount, bounds) in enumerate(groups):
        sentence_start, written_start = span.sent.start, _article_start(span, currency_start(span))
        before = [t.lower_ for t in doc[max(sentence_start, written_start - MAX_WORDS) : written_start]]
        qualifier = find_qualifier(before)
        if (
            qualifier in SPAN_PREPOSITIONS
            and _counts_time(last)
            and not _lasts(doc[written_start - 2 : written_start])
        ):
            qualifier = None
        if qualifier is not None and (
            names_topic(doc[written_start - 1])
            or follows_an_amount(doc[written_start - 1])
            or (qualifier in ("near", "nearer") and counts_things(span))
            or (qualifier == "up to" and climbs_to(doc[written_start - 2]))
        ):
            qualifier = None
        start_token = written_start - (len(qualifier.split()) if qualifier else 0)
        qualifier = qualifier or trailing_qualifier(last)
        restating = previous is not None and _restates(previous[0], span)
        if qualifier is None and restating:
            qualifier = previous_qualifier
        if bounds is not None:
            low, high = bounds
        elif amount.value is None:
            low, high = amount.low, amount.high
        else:
            low, high = qualified_range(amount.value, qualifier)
        value = amount.value if bounds is None else None
        change = change_of(span)
        if change is None and previous is not None and (restating or _coordinated(previous[0], span)):
            change = previous[1] if qualifier is None or restating else None
        counted = find_counted(last)
        if counted.phrase is None and counted.unit is None and parse is not None:
            counted = second_opinion(last, parse) or counted
        if (counted.phrase is None and counted.unit is None) or _noun_beyond(
            counted, last_spans[at + 1 : at + 2]
        ):
            counted = _unit_ahead(last, last_spans, at + 1) or counted
        if bounds is not None and counted.unit is None and (first := find_counted(span)).unit is not None:
            counted = first
        own = _counting_token(last, counted)
        if (
            counted.phrase is None
            and compared is not None
            and _compares(compared[0], doc[start_token : span.end])
        ):
            counted = compared[1]
        elif (
            counted.phrase is None
            and previous is not None
            and (
                counts_alike(previous[0], span, previous[2])
                or _level_of_change(previous, span)
                or _reached_from(previous[0], span)
            )
        ):
            counted = previous[2]
        if counted.phrase is None and counts_part_of_a_group(last):
            counted = group_named_before(last) or counted
        if (
            counted.phrase is None
            and restated
            and counts_alike(restated[0], span, restated[2], level_only=True)
        ):
            counted = restated[2]
        restated = previous if previous is not None and _restates(previous[0], span) else None
        read, multiplied = _read_back(last, counted, earlier)
        if read is not counted and counted.phrase is None:
            own = _counting_token(last, read)
        counted = read
        end_token = last
        if multiplied is not None:
            value, low, high = _scaled(amount.value, multiplied)
            end_token = doc[last.start : last.end + 2]
        previous, previous_qualifier = (last, change, counted), qualifier
        compared = compared if _is_period(counted) else (last, counted)
        start, end = (
            doc[start_token].idx,
            end_token.end_char - (1 if len(end_token[-1]) > 1 and end_token[-1].text.endswith(".") else 0),
        )
        recorded = with_happening(counted, own)
        unit = (
            multiplied.unit
            if multiplied is not None
            else counted.unit or (lemma_phrase(counted.head, last) if counted.head is not None else None)
        )
        quantity = Quantity(
            id=content_id(doc._.doc_id, "quantity", start, end),
            doc=doc._.doc_id,
            start=start,
            end=end,
            text=doc.text[start:end],
            value=value,
            low=low,
            high=high,
            qualifier=qualifier or change,
            change=change,
            counted=recorded.phrase,
            time=_sentence_time(span, timexes or [], doc._.dct),
            speaker=find_speaker(span),
            unit=unit,
            measured=measured_thing(last, counted.head, unit),
        )
        found.append(quantity)
        if counted.phrase is not None:
            earlier = (last, counted, quantity)
    return found
