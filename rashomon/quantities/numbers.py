"""Read numerals and number words ("4,200", "twenty-two", "1.5 million", "several hundred")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SMALL = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    word: 10 * (i + 2)
    for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
    "lakh": 100_000,
    "crore": 10_000_000,
    "mln": 1_000_000,
    "bln": 1_000_000_000,
    "bil": 1_000_000_000,
    "trln": 10**12,
}
SCALE_ABBREVIATIONS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
CURRENCY_SCALE_LETTERS = {"t": 10**12, "mil": 1_000_000, "mill": 1_000_000, "cr": 10_000_000}
"""Scale abbreviations that scale a sum of money only ("$1.5T", "$5 mil", "Rs 1,500 cr" in crores); after
other numbers "t" is tonnes ("a 40t truck") and "mil" a thousandth of an inch."""
EXACT_WORDS = {
    "dozen": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "a couple": 2,
    "couple": 2,
    "a pair": 2,
    "pair": 2,
    "a score": 20,
}
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "fourth": 4,
    "fourths": 4,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "twelfth": 12,
    "twelfths": 12,
    "hundredth": 100,
    "hundredths": 100,
}
"""Denominators written as words: "a third", "two thirds", "one fourth"."""
VAGUE_WORDS: dict[str, tuple[float, float]] = {
    "several": (3, 9),
    "a few": (2, 5),
    "few": (2, 5),
    "a handful": (3, 7),
    "handful": (3, 7),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
    "tens": (20, 99),
    "many": (10, None),
}
"""Words that give a count only as a range (low, high); None is unbounded."""
VAGUE_SCALES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
"""Plural scale words that a vague word can multiply: "tens of thousands", "hundreds of millions"."""
DIGIT_FRACTION = re.compile(r"^(?P<over>\d{1,2})/(?P<under>\d{1,2})$")
"""A fraction written in digits ("3/4", "1/2"); only proper ones with a usual denominator, since "24/7" and
"9/11" are not."""
DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64})
"""Denominators that fractions written in digits have; "9/11" and "1/6" are days."""
FINE_DENOMINATORS = frozenset({16, 32, 64})
"""Denominators of the fractions prices are quoted in, whose numerators may have two digits ("13/16")."""
VULGAR_FRACTION = re.compile(r"^(?P<whole>\d*)(?P<part>[¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])$")
"""A fraction written as one character, alone or after a whole number ("½", "2½")."""
NUMERAL = re.compile(r"^[+\-−]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$")
"""A number in digits, with a plus, a hyphen or a minus sign ("−5") before it, a bare decimal (".5") or an
exponent ("2.5e-3")."""
POWER = re.compile(r"^(?:(?P<mantissa>\d+(?:\.\d+)?) [x×] )?10 \^ (?P<exponent>[-−]?\d+)$")
"""A power of ten written with a caret, alone or times a number ("10^9", "3 x 10^8")."""
SUPERSCRIPT_POWER = re.compile(r"^10(?P<exponent>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$")
"""A power of ten written with a raised exponent ("10⁹")."""
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
DECIMAL_COMMA = re.compile(r"^[+\-−]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}$|^\d{1,3}(?:\.\d{3}){2,}$")
"""A number written the continental way: a decimal comma ("3,5", "12.345,67"), since a comma before one or
two digits groups no thousands, or thousands grouped by full stops ("1.000.000")."""
APOSTROPHE_THOUSANDS = re.compile(r"^\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$")
"""Thousands grouped by apostrophes, the Swiss way ("1'000'000")."""
GLUED = re.compile(
    r"^(?P<before>[^\d\s+\-−]{1,3})?(?P<number>[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?P<after>[^\d\s]{1,4}?(?:(?<=[a-z])[23])?)?\.?$"
)
"""A number written together with a symbol or abbreviation: "$US55", "2.8bn", "6kW", "USD1,700", a unit of
length with its power ("90m2"), also with the full stop of a sentence the tokenizer left on it ("$10M.")."""
DECADE_OF_LIFE = re.compile(r"^(?:(?P<part>early|mid|late)[\s-]*)?(?P<tens>[1-9])0['’]?s$")
"""Ten years of a life, or part of them ("50s" of "in his 50s": 50 to 59; "early 20s": 20 to 23)."""
PARTS_OF_A_DECADE = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | frozenset(SCALES) | {"dozen", "half"}


SCALE_LETTERS = SCALE_ABBREVIATIONS | CURRENCY_SCALE_LETTERS


def split_glued(token: str) -> tuple[str, str, str] | None:
    """Return (prefix, digits, suffix) of a number glued to letters or symbols, else None; letters joined to
    digits by a hyphen are a code ("C-17"), not a sign."""
    match = GLUED.match(token)
    if match is None or not (match["before"] or match["after"]):
        return None
    if (match["before"] or "").isalpha() and match["number"][0] in "+-−":
        return None
    return match["before"] or "", match["number"], match["after"] or ""


@dataclass(frozen=True)
class Amount:
    """A number read from text: its point value (None when only a range is known) and bounds."""

    value: float | None
    low: float | None
    high: float | None
    vague: bool = False


def _is_proper(over: int, under: int) -> bool:
    """Return True for a proper fraction with a usual denominator ("3/8"), not "9/11"; a numerator of two
    digits only over sixteenths or finer ("13/16", "22/32"), since "10/12" is a date."""
    return over < under and under in DENOMINATORS and (over < 10 or under in FINE_DENOMINATORS)


def parse_numeral(token: str) -> float | None:
    """Return the value of a digit string such as "4,200", "1.5" or a proper fraction ("3/4", "2½"), else
    None."""
    token = token.strip()
    if (fraction := DIGIT_FRACTION.match(token)) and _is_proper(
        int(fraction["over"]), int(fraction["under"])
    ):
        return int(fraction["over"]) / int(fraction["under"])
    if (vulgar := VULGAR_FRACTION.match(token)) is not None:
        return int(vulgar["whole"] or 0) + unicodedata.numeric(vulgar["part"])
    if (raised := SUPERSCRIPT_POWER.match(token)) is not None:
        return 10.0 ** int(raised["exponent"].translate(SUPERSCRIPTS))
    if APOSTROPHE_THOUSANDS.match(token):
        return float(re.sub(r"['’]", "", token))
    if DECIMAL_COMMA.match(token):
        return float(token.replace(".", "").replace(",", ".").replace("−", "-"))
    if not NUMERAL.match(token):
        return None
    return float(token.replace(",", "").replace("−", "-"))


def _word_value(words: list[str]) -> float | None:
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        if (digits := parse_numeral(word)) is not None:
            current += digits
        elif word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen" and seen:
            current *= 12
        elif word in SCALES and total and not current:
            total *= SCALES[word]
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        elif word in SCALE_LETTERS and seen:
            current *= SCALE_LETTERS[word]
        elif word in ("and", "a"):
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _scaled(bounds: tuple[float, float | None], scale: float) -> Amount:
    low, high = bounds
    return Amount(None, low * scale, None if high is None else high * scale, vague=True)


def _scaled_phrase(words: list[str]) -> Amount | None:
    """Return the amount of a vague or exact phrase times a scale word after it ("several hundred thousand",
    "a couple of hundred"), else None."""
    if len(words) < 3 or words[-1] not in SCALES:
        return None
    head = " ".join(words[:-2] if words[-2] == "of" else words[:-1])
    if head in EXACT_WORDS:
        value = float(EXACT_WORDS[head] * SCALES[words[-1]])
        return Amount(value, value, value)
    inner = parse_amount(head)
    if inner is None or not inner.vague or inner.low is None:
        return None
    return _scaled((inner.low, inner.high), SCALES[words[-1]])


def _scaled_part(words: list[str]) -> Amount | None:
    """Return the amount of a part of a scale word: "one and a half million", "a quarter of a million",
    "three quarters of a billion"; None for other phrases."""
    if len(words) < 3 or words[-1] not in SCALES:
        return None
    head = words[:-1]
    if head[-2:] == ["of", "a"]:
        head = head[:-2]
    elif head[-3:] != ["and", "a", "half"]:
        return None
    part = parse_amount(" ".join(head))
    if part is None or part.value is None:
        return None
    value = part.value * SCALES[words[-1]]
    return Amount(value, value, value)


def times_word(word: str) -> float | None:
    """Return how many times a word ending in "fold" multiplies ("threefold" → 3, "tenfold" → 10), else
    None."""
    stem = word.lower().removesuffix("fold")
    if stem == word.lower() or not stem.isalpha():
        return None
    times = _word_value([stem])
    return times if times else None


def _spelled_decimal(words: list[str]) -> float | None:
    """Return the value of a decimal spelled out with "point" and a word for each digit after it ("three
    point five" → 3.5, "two point seven five" → 2.75), else None."""
    if "point" not in words:
        return None
    at = words.index("point")
    whole = _word_value(words[:at])
    digits = [SMALL.get(word, 10) for word in words[at + 1 :]]
    if whole is None or not digits or max(digits) > 9:
        return None
    return whole + float("0." + "".join(str(digit) for digit in digits))


def parse_amount(text: str) -> Amount | None:
    """Return the amount a number phrase denotes, exact or as a vague range, else None."""
    stripped = text.strip()
    if (times := times_word(stripped)) is not None:
        return Amount(times, times, times)
    if stripped[:1] in ("-", "−") and stripped[1:2].isdigit():
        positive = parse_amount(stripped[1:])
        if positive is None or positive.value is None:
            return None
        return Amount(-positive.value, -positive.value, -positive.value)
    if (number := parse_numeral(stripped)) is not None:
        return Amount(number, number, number)
    if (decade := DECADE_OF_LIFE.match(stripped.lower())) is not None:
        low, high = PARTS_OF_A_DECADE[decade["part"] or ""]
        tens = 10 * int(decade["tens"])
        return Amount(None, tens + low, tens + high)
    if (power := POWER.match(" ".join(stripped.split()))) is not None:
        value = float(power["mantissa"] or 1) * 10.0 ** int(power["exponent"].replace("−", "-"))
        return Amount(value, value, value)
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    phrase = " ".join(words)
    if (spelled := _spelled_decimal(words)) is not None:
        return Amount(spelled, spelled, spelled)
    if phrase in EXACT_WORDS:
        value = float(EXACT_WORDS[phrase])
        return Amount(value, value, value)
    if phrase in VAGUE_WORDS:
        low, high = VAGUE_WORDS[phrase]
        return Amount(None, low, high, vague=True)
    head = " ".join(w for w in words[:-1] if w != "of")
    if len(words) >= 2 and head in VAGUE_WORDS and words[-1] in SCALES | VAGUE_SCALES:
        return _scaled(VAGUE_WORDS[head], (SCALES | VAGUE_SCALES)[words[-1]])
    if (scaled := _scaled_phrase(words)) is not None:
        return scaled
    if phrase == "half":
        return Amount(0.5, 0.5, 0.5)
    if (scaled := _scaled_part(words)) is not None:
        return scaled
    if phrase.endswith(" and a half") and (whole := parse_amount(phrase.removesuffix(" and a half"))):
        if whole.value is None:
            return None
        value = whole.value + 0.5 * SCALES.get(words[-4], 1)
        return Amount(value, value, value)
    if phrase.startswith("half a ") or phrase.startswith("half "):
        inner = parse_amount(phrase.split(" ", 2)[-1] if phrase.startswith("half a ") else phrase[5:])
        if inner and inner.value is not None:
            return Amount(inner.value / 2, inner.value / 2, inner.value / 2)
    if len(words) == 2 and words[1] in FRACTIONS and (words[0] in ("a", "an", "one") or words[0] in SMALL):
        value = (1 if words[0] in ("a", "an") else SMALL.get(words[0], 1)) / FRACTIONS[words[1]]
        return Amount(value, value, value)
    value = _word_value(words)
    return Amount(value, value, value) if value is not None else None
