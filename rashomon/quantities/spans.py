"""Where numbers are written in a Doc: the token spans of numerals, number words, fractions and scale
words ("4,200", "twenty-two", "two and a half million", "$5 billion-$6 billion"), and the text of each
to parse."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from rashomon.quantities.numbers import (
    DECADE_OF_LIFE,
    DIGIT_FRACTION,
    EXACT_WORDS,
    FRACTIONS,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_LETTERS,
    SCALES,
    SMALL,
    TENS,
    VAGUE_SCALES,
    VAGUE_WORDS,
    VULGAR_FRACTION,
    parse_amount,
    parse_numeral,
    split_glued,
    times_word,
)
from rashomon.quantities.ranges import ALL_CHANGE_VERBS
from rashomon.quantities.units import currency_before, glued_number, scaled_after_currency

ARTICLE_STARTERS = frozenset(w.split()[1] for w in [*VAGUE_WORDS, *EXACT_WORDS] if w.startswith("a "))
STARTERS = frozenset(w for w in [*VAGUE_WORDS, *EXACT_WORDS] if " " not in w) - {
    "few",
    "many",
    "pair",
    "couple",
}
CONTINUERS = NUMBER_WORDS | frozenset(SCALES) | frozenset(VAGUE_SCALES)
LIFE_OWNERS = frozenset({"his", "her", "their", "my", "your", "our"})
"""Possessives before a decade of someone's life ("in his 50s")."""
SCORE = "score"
"""Twenty, in "a score of" (see `_counts_a_score`)."""


def is_spelled_ordinal(token: Token) -> bool:
    """Return True for an ordinal written as a word ("first", "second"), which the model reads as like a
    number."""
    return token.like_num and token.is_alpha and parse_amount(token.lower_) is None


def _is_number_token(token: Token) -> bool:
    """Return True for a numeral, a number word or a number glued to a symbol, not a spelled ordinal."""
    return (
        (token.like_num and not is_spelled_ordinal(token))
        or parse_numeral(token.text) is not None
        or token.lower_ in CONTINUERS
        or glued_number(token.text) is not None
        or _glued_scale_word(token.text) is not None
        or _glued_to_unknown_unit(token.text) is not None
        or VULGAR_FRACTION.match(token.text) is not None
        or times_word(token.text) is not None
    )


GLUED_SCALE = re.compile(r"^(?P<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?P<scale>[A-Za-z]+)$")
"""Digits written against a word, which may be a scale word ("5million", "2.4bln")."""
NOT_UNIT_ENDINGS = frozenset({"st", "nd", "rd", "th", "s", "am", "pm", "yo", "ers"})
"""Letters after digits that make an ordinal, a decade, a clock time or a name, not a unit ("3rd", "1990s",
"5pm", "the 49ers")."""


def _glued_to_unknown_unit(text: str) -> tuple[str] | None:
    """Return the digits of a number glued to a unit of two or more letters that is not known ("5,000mAh"),
    else None."""
    parts = split_glued(text)
    if parts is None or parts[0] or len(parts[2]) < 2 or not parts[2].isalpha() or parts[2].lower() in SCALES:
        return None
    if parts[2].lower() in NOT_UNIT_ENDINGS or not parts[2][0].islower():
        return None
    return (parts[1],)


def _glued_scale_word(text: str) -> tuple[str] | None:
    """Return the words of digits written against a scale word ("5million" → "5 million", "2.4mln"), else
    None."""
    match = GLUED_SCALE.match(text)
    if match is None or match["scale"].lower() not in SCALES:
        return None
    return (f"{match['number']} {match['scale'].lower()}",)


def amount_text(span: Span) -> str:
    """Return a number span's words with any glued currency or unit removed ("$2.8bn" → "2.8 bn") and
    digit groups joined ("12 000" → "12,000")."""
    words: list[str] = []
    for token in span:
        word = (
            scaled_after_currency(token)
            or glued_number(token.text)
            or _glued_scale_word(token.text)
            or _glued_to_unknown_unit(token.text)
            or (token.text.rstrip(".") if token.i > span.start else token.text,)
        )[0]
        if token.i > span.start and _groups_thousands(token.doc[token.i - 1]):
            words[-1] += "," + word
        elif not _groups_thousands(token):
            words.append(word)
    return " ".join(words)


def _past_power_of_ten(doc: Doc, i: int) -> int | None:
    """Return the index after a power of ten that token `i` raises or multiplies by ("10 ^ 9", "3 x 10 ^ 8"),
    else None."""
    words = [t.text for t in doc[i : i + 4]]
    if words[:1] == ["^"] and doc[i - 1].text == "10" and len(words) > 1 and words[1].lstrip("-−").isdigit():
        return i + 2
    if (
        words[:1] in (["x"], ["×"])
        and words[1:3] == ["10", "^"]
        and len(words) > 3
        and words[3].lstrip("-−").isdigit()
    ):
        return i + 4
    return None


def _groups_thousands(token: Token) -> bool:
    """Return True for a narrow or no-break space between groups of digits ("12 000")."""
    doc = token.doc
    return (
        token.is_space
        and token.text in GROUP_SPACES
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].text[-1:].isdigit()
        and re.fullmatch(r"\d{3}", doc[token.i + 1].text) is not None
    )


FRACTION_UNITS = frozenset({"point", "points", "percent", "mile", "miles", "hour", "hours", "century"})
"""Units a fraction may measure without "of" ("a quarter point", "a half percent")."""
GROUP_SPACES = frozenset({"\u00a0", "\u2009", "\u202f"})
"""Spaces that group the digits of a number ("12 000"): no-break, thin and narrow no-break."""
SPACED_SCALES = frozenset({"bn", "mn", "tn", "trn"})
"""Scale abbreviations that mean a scale even with a space before them ("US$ 7.2 bn")."""
SPACED_MONEY_SCALES = frozenset({"m", "mil", "mill", "cr"})
"""Scale abbreviations that mean a scale with a space before them only after a sum of money ("£1.5 m", "$5
mil")."""
SPACED_CAPITAL_SCALES = frozenset({"B", "M"})
"""Capital scale letters that mean a scale with a space before them before a plural noun ("8 B people")."""


def _is_glued_scale(token: Token) -> bool:
    """Return True for "m", "bn" or "T" written against the digits before it as a scale ("$269m", "12.3m
    tonnes", "$1.5T"), also for an "m" listed with a figure in millions or more ("$1.2m, 3.4m and 5.6m",
    "£1.5bn, plus 200m")."""
    return _scales_alone(token) or (_is_glued_m(token) and _listed_with_millions(token))


LIST_JOINERS = frozenset({",", "and", "or", "&", "plus"})
"""Words and marks that join the items of a list of figures."""
LARGE_SCALE_LETTERS = frozenset({"bn", "b", "tn", "trn", "mn", "mln", "bln"})
"""Scale abbreviations that a number glued to them is millions or more by ("1.5bn", "3mn")."""


def _is_glued_m(token: Token) -> bool:
    """Return True for an "m" written against the digits before it ("3.4m")."""
    previous = token.doc[token.i - 1]
    return token.lower_.rstrip(".") == "m" and token.i > 0 and previous.like_num and not previous.whitespace_


def _in_large_scale(token: Token) -> bool:
    """Return True for digits glued to a scale of millions or more other than "m" ("1.5bn", "£2tn")."""
    parts = split_glued(token.text)
    return parts is not None and parts[2].lower() in LARGE_SCALE_LETTERS


def _listed_with_millions(scale: Token) -> bool:
    """Return True for an "m" glued to digits in a list with a figure in millions: another such "m" that is
    a scale by itself, or digits glued to "bn" or "tn" ("1.2m, 3.4m and 5.6m visitors", "$1.2bn and
    300m")."""
    doc = scale.doc
    mates, i = [], scale.i - 2
    while i > 0 and doc[i].lower_ in LIST_JOINERS:
        while i > 0 and doc[i].lower_ in LIST_JOINERS:
            i -= 1
        if _in_large_scale(doc[i]):
            return True
        if not _is_glued_m(doc[i]):
            break
        mates.append(doc[i])
        i -= 2
    i = scale.i + 1
    while i < len(doc) and doc[i].lower_ in LIST_JOINERS:
        while i < len(doc) - 1 and doc[i].lower_ in LIST_JOINERS:
            i += 1
        if _in_large_scale(doc[i]):
            return True
        if i + 1 >= len(doc) or not _is_glued_m(doc[i + 1]):
            break
        mates.append(doc[i + 1])
        i += 2
    return any(_scales_alone(mate) for mate in mates)


def _scales_alone(token: Token) -> bool:
    """Return True for a scale letter that scales the digits before it by itself; "m" counts as a scale only
    after a currency, before a plural noun or a part of one ("of its users"), or opening a range whose other
    end it scales ("1.5m to 2m visitors"), else it is metres; "T" only after a currency; a capital "B" or
    "M" written apart is a scale before a plural noun ("8 B people")."""
    doc = token.doc
    previous = doc[token.i - 1]
    scale = token.lower_.rstrip(".")
    if scale not in SCALE_LETTERS or not (previous.like_num or _is_glued_money(previous)):
        return False
    paid = _is_glued_money(previous) or currency_before(doc[previous.i : previous.i + 1]) is not None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    counting = token.text in SPACED_CAPITAL_SCALES and after is not None and _opens_plural(after)
    if (
        previous.whitespace_
        and scale not in SPACED_SCALES
        and not (paid and scale in SPACED_MONEY_SCALES)
        and not counting
    ):
        return False
    if scale in SCALE_LETTERS.keys() - SCALE_ABBREVIATIONS.keys():
        return paid
    if scale != "m":
        return True
    other_end = doc[token.i + 3] if token.i + 3 < len(doc) else None
    opens_range = (
        after is not None
        and after.text in ("to", "-", "–")
        and other_end is not None
        and other_end.lower_ == "m"
        and _is_glued_scale(other_end)
    )
    return (
        paid
        or (after is not None and (_opens_plural(after) or _part_of_plurals(after)))
        or opens_range
        or _closes_money_range(previous)
        or _counts_in_millions(token)
    )


def _counts_in_millions(scale: Token) -> bool:
    """Return True for an "m" that a noun of people or of things counted is of, or that such a noun rises,
    falls or comes to ("a population of 8.4m", "unemployment rose to 1.5m", "sales reached 1.2m"), which is
    millions, not metres ("the sea rose 1.2m")."""
    governor = scale.head.head if scale.dep_ == "pobj" else scale.head
    if governor.pos_ not in ("VERB", "AUX"):
        return governor.lemma_.lower() in MILLIONS_NOUNS
    if governor.lemma_.lower() not in LEVEL_VERBS | ALL_CHANGE_VERBS:
        return False
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in MILLIONS_NOUNS
        for child in governor.children
    )


def _closes_money_range(number: Token) -> bool:
    """Return True for the upper end of a range whose lower end has a currency sign ("4" of "£3-4m", "£3m-4m"
    or "£1.5m–2m"), which a glued "m" after it scales as millions."""
    doc = number.doc
    joiner = number.i - 1
    if joiner < 1 or doc[joiner].lower_ not in ("-", "–", "to"):
        return False
    opener = doc[joiner - 1]
    if opener.lower_ == "m" and joiner >= 2:
        opener = doc[joiner - 2]
    return _is_glued_money(opener) or currency_before(doc[opener.i : opener.i + 1]) is not None


def _is_glued_money(token: Token) -> bool:
    """Return True for digits with a currency sign glued before them, which the tokenizer left whole ("£1.5"
    of "£1.2m-£1.5m")."""
    parts = split_glued(token.text)
    glued = glued_number(token.text)
    return (
        parts is not None and bool(parts[0]) and not parts[2] and glued is not None and glued[1] is not None
    )


MILLIONS_NOUNS = frozenset(
    "population audience viewer figure number total unemployment subscriber user customer member visitor "
    "tourist passenger voter vote sale download copy follower resident people worker employee job home "
    "household case infection death signature membership readership turnout attendance headcount workforce "
    "claimant refugee migrant patient student pupil revenue turnover profit loss income earnings budget debt "
    "deficit surplus spending investment funding fund salary bonus fine payout cost bill price value "
    "valuation".split()
)
"""Nouns of people, things counted or sums of money, whose figure an "m" after digits gives in millions."""
LEVEL_VERBS = frozenset("be reach hit total top stand number exceed near approach pass".split())
"""Verbs besides those of change by which a noun comes to a figure ("sales reached 1.2m")."""
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "VBG", "VBN"})
"""Tags of the words that may stand between a number and the plural noun it counts ("2m paying
subscribers", "1.2m registered voters")."""


def _opens_plural(token: Token) -> bool:
    """Return True for a plural noun, or adjectives and participles before one, at `token`."""
    doc = token.doc
    i = token.i
    while i < len(doc) - 1 and doc[i].tag_ in MODIFIER_TAGS:
        i += 1
    return doc[i].tag_ in PLURAL_TAGS


def _part_of_plurals(of: Token) -> bool:
    """Return True for an "of" before a determiner and the plural noun it counts part of ("35m of its
    devices", "2m of the 5m voters"), which makes the "m" before it millions."""
    doc = of.doc
    noun = next((t for t in of.children if t.dep_ == "pobj"), None)
    return (
        of.lower_ == "of"
        and of.i + 1 < len(doc)
        and doc[of.i + 1].tag_ in ("DT", "PRP$")
        and noun is not None
        and noun.tag_ in PLURAL_TAGS
    )


def _is_fraction(token: Token) -> bool:
    """Return True for the denominator of "a third of", "two thirds of", "one fourth of", "a quarter
    point", "fell by a third.", "a two-thirds majority" — not of "a third term", nor the periods of "rose in
    two quarters" or "a two-quarter slump" ("quarters" is a fraction only before "of" or after a hyphen)."""
    doc = token.doc
    previous = doc[token.i - 1]
    hyphened = previous.text == "-" and token.i > 1
    if hyphened:
        previous = doc[token.i - 2]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    measures = (
        following is None
        or following.is_punct
        or following.lower_ in ("of", *FRACTION_UNITS)
        or _joins_a_fraction(following)
    )
    if token.lower_ == "quarters":
        measures = following is not None and following.lower_ == "of"
    if _hyphened_to_a_scale(token):
        return False
    measures = measures or _is_amount_moved_by(token, following)
    parts = 1 if previous.lower_ in ("a", "an", "one") else SMALL.get(previous.lower_)
    if hyphened and parts is not None:
        measures = measures or (parts > 1) == token.lower_.endswith("s")
    return token.lower_ in FRACTIONS and measures and parts is not None


def _hyphened_to_a_scale(half: Token) -> bool:
    """Return True for "half" hyphened to the scale word it halves ("a half-million"), a number, not a
    fraction."""
    doc = half.doc
    return half.i + 2 < len(doc) and doc[half.i + 1].text == "-" and doc[half.i + 2].lower_ in SCALES


def _is_amount_moved_by(fraction: Token, following: Token | None) -> bool:
    """Return True for a fraction after "by a" and before no noun, the amount something moved by ("grew by a
    fifth to 40,000 tonnes"), not an ordinal ("signed by a third party")."""
    doc = fraction.doc
    return (
        fraction.i >= 2
        and doc[fraction.i - 2 : fraction.i].text.lower() in ("by a", "by one")
        and following is not None
        and following.pos_ not in ("NOUN", "PROPN", "ADJ")
    )


def _joins_a_fraction(joiner: Token) -> bool:
    """Return True for "and", "or" or "to" before another fraction, which makes the one before it a fraction
    too ("between a third and a half of", "a quarter to a third of"), not an ordinal ("a third and fourth
    term")."""
    doc = joiner.doc
    other = (
        joiner.i + 2 if joiner.i + 2 < len(doc) and doc[joiner.i + 1].lower_ in ("a", "an", "one") else None
    )
    return joiner.lower_ in ("and", "or", "to") and other is not None and _is_fraction(doc[other])


def _joins_scale(hyphen: Token) -> bool:
    """Return True for a hyphen written between digits and a scale word ("$1.2-billion")."""
    doc = hyphen.doc
    return (
        hyphen.i + 1 < len(doc)
        and not doc[hyphen.i - 1].whitespace_
        and not hyphen.whitespace_
        and doc[hyphen.i + 1].lower_ in SCALES
    )


def _is_digit_fraction(text: str) -> bool:
    """Return True for a proper fraction written in digits ("3/4", "13/16"), not "24/7"."""
    return DIGIT_FRACTION.match(text) is not None and parse_numeral(text) is not None


def _joins_fraction(hyphen: Token) -> bool:
    """Return True for a hyphen written between a whole number and a fraction ("7-1/4")."""
    doc = hyphen.doc
    return (
        hyphen.i + 1 < len(doc)
        and doc[hyphen.i - 1].text.isdigit()
        and not doc[hyphen.i - 1].whitespace_
        and not hyphen.whitespace_
        and _is_digit_fraction(doc[hyphen.i + 1].text)
    )


def _halves_a_scale(article: Token) -> bool:
    """Return True for the "a" of "half a million" or "half a dozen", which joins the scale to "half"."""
    doc = article.doc
    return (
        article.lower_ == "a"
        and 0 < article.i < len(doc) - 1
        and doc[article.i - 1].lower_ == "half"
        and (doc[article.i + 1].lower_ in SCALES or doc[article.i + 1].lower_ == "dozen")
    )


def _after_and_a_half(doc: Doc, i: int) -> int | None:
    """Return the index after "and a half" starting at token `i`, written with spaces or hyphens
    ("one and a half", "two-and-a-half"), else None."""
    words = [t for t in doc[i : i + 6] if t.text != "-"]
    if [t.lower_ for t in words[:3]] != ["and", "a", "half"]:
        return None
    return words[2].i + 1


def _past_scale(doc: Doc, i: int) -> int:
    """Return the index after a scale word at token `i` ("one and a half million"), else `i`."""
    return i + 1 if i < len(doc) and doc[i].lower_ in SCALES else i


def _past_part_of_scale(doc: Doc, i: int) -> int:
    """Return the index after "of a million" at token `i`, the scale a fraction is part of ("a quarter of a
    million"), else `i`."""
    return i + 3 if doc[i : i + 2].text.lower() == "of a" and _past_scale(doc, i + 2) > i + 2 else i


def _scales_after_of(before: Token, after: Token) -> bool:
    """Return True for an "of" between a plural scale word or "couple" and the scale it multiplies ("tens of
    thousands", "a couple of hundred")."""
    return before.lower_ in VAGUE_SCALES or (before.lower_ == "couple" and after.lower_ in SCALES)


def _spells_a_range(first: Token, second: Token) -> bool:
    """Return True for two number words a hyphen joins as a range ("one-two", "five-six days"), not as the
    tens and units of one number ("twenty-two")."""
    words = (first.lower_, second.lower_)
    if not all(w in SMALL or w in TENS for w in words):
        return False
    return not (words[0] in TENS and 0 < SMALL.get(words[1], 10) < 10)


def _follows_digits(span: Span, token: Token) -> bool:
    """Return True for a number word spelled out after a number in digits, which starts a number of its own
    ("in 2023 four people died", "132 mln Nine months"); a scale word still multiplies it ("5 million")."""
    word = token.lower_
    return (word in SMALL or word in TENS) and any(c.isdigit() for c in span.text)


def _spells_a_decimal_point(point: Token) -> bool:
    """Return True for "point" between a number word and a digit spelled out, the decimal point of a number
    read aloud ("three point five percent"), not a score ("three points") nor the idiom "at one point"."""
    doc = point.doc
    return (
        point.lower_ == "point"
        and doc[point.i - 2 : point.i].text.lower() != "at one"
        and point.i + 1 < len(doc)
        and (doc[point.i - 1].lower_ in SMALL or doc[point.i - 1].lower_ in TENS)
        and SMALL.get(doc[point.i + 1].lower_, 10) < 10
    )


def decade_of_life_end(doc: Doc, start: int) -> int | None:
    """Return where ten years of someone's life written from token `start` end, after "in" and a
    possessive ("in his 50s", "in their early 20s", "in her mid-30s"), else None; "the 1980s" is a time."""
    if start < 2 or doc[start - 1].lower_ not in LIFE_OWNERS or doc[start - 2].lower_ != "in":
        return None
    for end in range(start + 1, min(start + 4, len(doc)) + 1):
        if DECADE_OF_LIFE.match(doc[start:end].text.lower()) is not None:
            return end
    return None


def is_decade_of_life(span: Span) -> bool:
    """Return True for a span that is ten years of someone's life (see `decade_of_life_end`)."""
    return decade_of_life_end(span.doc, span.start) == span.end


def _starts_number(token: Token) -> bool:
    if token.lower_ == "an" and token.i + 1 < len(token.doc):
        return _is_fraction(token.nbor())
    if token.lower_ == "a" and token.i + 1 < len(token.doc):
        if token.nbor().lower_ == SCORE:
            return _counts_a_score(token)
        return token.nbor().lower_ in ARTICLE_STARTERS or _is_fraction(token.nbor())
    return _is_number_token(token) or token.lower_ in STARTERS


def _counts_a_score(article: Token) -> bool:
    """Return True for "a score of" before a word, twenty of something ("a score of villagers"), not the
    score of a game ("a score of 3-1", "a score of zero")."""
    doc, i = article.doc, article.i
    return i + 3 < len(doc) and doc[i + 2].lower_ == "of" and doc[i + 3].is_alpha and not doc[i + 3].like_num


def number_spans(doc: Doc) -> list[Span]:
    """Return maximal spans of number tokens ("twenty - two", "several hundred", "tens of thousands")."""
    spans, i = [], 0
    while i < len(doc):
        if (life_end := decade_of_life_end(doc, i)) is not None:
            spans.append(doc[i:life_end])
            i = life_end
            continue
        if not _starts_number(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            token = doc[end]
            if (after_half := _after_and_a_half(doc, end)) is not None:
                end = _past_scale(doc, after_half)
                break
            if _halves_a_scale(token):
                end += 2
                break
            if _groups_thousands(token):
                end += 2
                continue
            if (power_end := _past_power_of_ten(doc, end)) is not None:
                end = power_end
                break
            if (
                token.is_space
                and "\n\n" not in token.text
                and end + 1 < len(doc)
                and doc[end + 1].lower_ in SCALES
            ):
                end += 1
                continue
            if _spells_a_decimal_point(token):
                end += 2
                continue
            linker = (
                token.text in ("-", "and", "of")
                and end + 1 < len(doc)
                and (_is_number_token(doc[end + 1]) or (token.text == "-" and _is_fraction(doc[end + 1])))
                and not (
                    token.text == "-"
                    and not doc[end - 1].is_alpha
                    and not _joins_scale(token)
                    and not _joins_fraction(token)
                )
                and not (token.text == "-" and doc[end - 1].is_alpha and not doc[end + 1].is_alpha)
                and not (token.text == "-" and _spells_a_range(doc[end - 1], doc[end + 1]))
                and not (token.lower_ == "of" and not _scales_after_of(doc[end - 1], doc[end + 1]))
                and not (
                    token.lower_ == "and" and (doc[end - 1].lower_ not in SCALES or not doc[end + 1].is_alpha)
                )
            )
            mixed = _is_digit_fraction(token.text) and doc[end - 1].text.isdigit()
            starts_anew = (
                any(c.isdigit() for c in token.text) and not linker and not mixed
            ) or _follows_digits(doc[i:end], token)
            if _is_glued_scale(token):
                end += 1
                break
            if _is_fraction(token):
                end = _past_part_of_scale(doc, end + 1)
                break
            if linker and _is_fraction(doc[end + 1]):
                end += 2
                break
            if not starts_anew and (_is_number_token(token) or doc[end - 1].lower_ == "a" or linker):
                end += 2 if linker else 1
            else:
                break
        spans.append(doc[i:end])
        i = end
    return spans
