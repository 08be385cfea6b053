"""Units of measurement and currencies by their written forms, named as in quantulum3's unit dictionary."""

from __future__ import annotations

from functools import cache

from quantulum3 import load
from spacy.tokens import Doc, Span, Token

from rashomon.quantities.dashes import is_tight_dash
from rashomon.quantities.numbers import CURRENCY_SCALE_LETTERS, SCALE_ABBREVIATIONS, SCALES, split_glued

FUNCTION_POS = frozenset({"ADP", "CCONJ", "DET", "PRON", "AUX", "PART"})
"""Parts of speech that never end the name of a unit written in several words."""
MAX_UNIT_TOKENS = 4
"""Longest written unit looked up, in tokens ("miles per hour", "km / h")."""
SAME_UNITS = {"united states dollar": "dollar"}
"""Units the dictionary names twice ("US$" and "$"), mapped to one name so that their claims compare."""
PER_WORDS = frozenset({"per", "a", "an", "each", "/"})
NEWS_ABBREVIATIONS = {
    "bps": "basis point",
    "bp": "basis point",
    "pc": "percentage",
    "pct": "percentage",
    "dlrs": "dollar",
    "dlr": "dollar",
    "ct": "cent",
    "stg": "pound sterling",
    "pts": "point",
}
"""Abbreviations that news writes for finance, read before the dictionary's other meanings (bits per
second, parsecs) or where it has none (wire-service "dlrs")."""
MAX_INITIALS = 3
"""Most letters of a country's initials before a currency ("N.Z.", "U.S.", "H.K.")."""
MORE_UNITS = {
    "km/h": "kilometre per hour",
    "km/hr": "kilometre per hour",
    "kmh": "kilometre per hour",
    "kmph": "kilometre per hour",
    "m/s": "metre per second",
    "km/s": "kilometre per second",
    "mpg": "mile per gallon",
    "bpd": "barrel per day",
    "b/d": "barrel per day",
    "bbl/d": "barrel per day",
    "mwh": "megawatt hour",
    "gwh": "gigawatt hour",
    "twh": "terawatt hour",
    "megawatt hour": "megawatt hour",
    "gigawatt hour": "gigawatt hour",
    "terawatt hour": "terawatt hour",
    "megawatt-hour": "megawatt hour",
    "gigawatt-hour": "gigawatt hour",
    "terawatt-hour": "terawatt hour",
    "bhp": "brake horsepower",
    "msv": "millisievert",
    "kms": "kilometre",
    "yr": "year",
    "yrs": "year",
    "mins": "minute",
    "secs": "second",
    "mth": "month",
    "mths": "month",
    "wk": "week",
    "wks": "week",
    "yds": "yard",
    "millennia": "millennium",
    "degrees f": "degree fahrenheit",
    "degrees c": "degree Celsius",
    "degf": "degree fahrenheit",
    "degc": "degree Celsius",
    "sterling": "pound sterling",
    "renminbi": "chinese yuan",
    "magnitude": "magnitude",
    "rmb": "chinese yuan",
    "percentage point": "percentage point",
    "percentage points": "percentage point",
    "bbls": "barrel",
    "sqm": "square metre",
    "sqft": "square foot",
    "square centimetre": "square centimetre",
    "square centimeter": "square centimetre",
    "square millimetre": "square millimetre",
    "square millimeter": "square millimetre",
    "mt": "tonne",
    "cwt": "hundredweight",
    "cwts": "hundredweight",
    "ksi": "kilopound per square inch",
    "m.p.h.": "mile per hour",
    "m.p.h": "mile per hour",
    "k.p.h.": "kilometre per hour",
    "k.p.h": "kilometre per hour",
    "foot-pound": "foot pound-force",
    "foot-pounds": "foot pound-force",
    "ft-lb": "foot pound-force",
    "ft-lbs": "foot pound-force",
    "pound-foot": "foot pound-force",
    "pound-feet": "foot pound-force",
    "lb-ft": "foot pound-force",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
}
"""Written units that quantulum3's dictionary lacks, by their lower-case form, named as in quantulum3's
dictionary where it has the unit and else as in CQE's."""
GREEK_MU, MICRO_SIGN = "\u03bc", "\u00b5"
"""The Greek letter mu, which text often writes for the micro sign of the dictionary's symbols ("μm")."""
YEN_SIGN = "¥"
JAPAN_WORDS = frozenset({"japan", "japanese", "tokyo", "osaka", "nikkei", "yen", "topix"})
"""Words that make "¥" in their sentence the yen rather than the yuan."""
POUND_OF_WEIGHT = "pound-mass"
WEIGHT_WORDS = frozenset({"weigh", "weight", "heavy", "overweight", "lighter", "heavier"})
"""Words that make "pounds" in their sentence a weight rather than sterling."""
QUOTE_MARKS = frozenset({"'", '"', "′", "″"})
"""Marks that write feet and inches after a number, and quotes elsewhere."""
RESTATEMENT_TOKENS = 6
"""Most tokens of a sum restated in brackets that a rate after them is read past ("(US$4.46 million)")."""
CASED_SYMBOLS = {"Kb": "kilobit", "Mb": "megabit", "Gb": "gigabit", "Tb": "terabit", "PS": "horsepower"}
"""Symbols read only as written: data in bits, a capital prefix before a small "b" ("10Mb broadband"), which
the dictionary reads as base pairs (the byte has a capital "B", "16GB"), and the metric horsepower of car
makers, in capitals only ("300 PS")."""
POWERS = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}
"""Powers written after the symbol of a unit of length ("km2", "m³") and the word that names the area or
volume."""
SQUARE_ABBREVIATIONS = frozenset({"sq", "sq."})
"""Abbreviations of "square" before any unit of length ("sq miles", "sq. metres")."""
ACRONYMS_NOT_UNITS = frozenset({"TV", "TVs", "PCs", "MPs", "EV", "EVs"})
"""Acronyms that news writes for things (television, personal computers, members of parliament, electric
vehicles), never the teravolt, sets, metres per second or electronvolts that unit symbols in other case
would read in them."""
RARE_PREFIXES = ("femto", "atto", "zepto", "yocto", "exa", "zetta", "yotta")
"""Prefixes of units that news meets only as their exact symbols; a symbol in other case is an acronym
("FA" is no femtoampere)."""
COUNTED_NOT_UNITS = frozenset({"league", "span", "set"})
"""Names in the dictionary that news uses for things counted ("20 league games", "three sets", "two
packs"), not as units of measurement."""
CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})
"""Clock times' suffixes, never the attometres and picometres the dictionary reads in them."""
MORE_CURRENCIES = {
    "canadian dollar": ("CA$",),
    "australian dollar": ("AU$",),
    "mexican peso": ("Mex$",),
    "hong kong dollar": ("HK$", "HKD", "hong kong dollar"),
    "singapore dollar": ("S$", "SGD", "singapore dollar"),
    "new taiwan dollar": ("NT$", "TWD", "taiwan dollar", "new taiwan dollar"),
    "rupee": ("Rs", "Rs.", "rupee"),
    "pakistani rupee": ("PKR", "pakistani rupee"),
    "sri lankan rupee": ("LKR", "sri lankan rupee"),
    "nepalese rupee": ("NPR", "nepalese rupee"),
    "malaysian ringgit": ("RM", "MYR", "ringgit"),
    "indonesian rupiah": ("Rp", "IDR", "rupiah"),
    "thai baht": ("THB", "baht"),
    "bangladeshi taka": ("BDT", "taka", "bangladeshi taka"),
    "philippine peso": ("₱", "PHP", "philippine peso"),
    "vietnamese dong": ("₫", "VND", "dong"),
    "turkish lira": ("₺", "TRY", "lira", "turkish lira"),
    "israeli new shekel": ("₪", "ILS", "NIS", "shekel"),
    "saudi riyal": ("SAR", "riyal", "saudi riyal"),
    "united arab emirates dirham": ("AED", "dirham"),
    "moroccan dirham": ("MAD", "moroccan dirham"),
    "qatari riyal": ("QAR", "qatari riyal"),
    "omani rial": ("OMR", "omani rial"),
    "kuwaiti dinar": ("KWD", "kuwaiti dinar"),
    "bahraini dinar": ("BHD", "bahraini dinar"),
    "jordanian dinar": ("JOD", "jordanian dinar"),
    "romanian leu": ("RON", "lei", "romanian leu", "romanian lei"),
    "icelandic krona": ("ISK", "icelandic krona", "icelandic kronur"),
    "egyptian pound": ("E£", "EGP", "egyptian pound"),
    "nigerian naira": ("₦", "NGN", "naira"),
    "kenyan shilling": ("KES", "KSh", "Ksh", "kenyan shilling"),
    "ghanaian cedi": ("GH₵", "GHS", "cedi", "ghanaian cedi"),
    "swedish krona": ("SEK", "krona", "kronor", "swedish krona", "swedish kronor", "swedish crown"),
    "norwegian krone": ("NOK", "norwegian krone", "norwegian kroner", "norwegian crown"),
    "danish krone": ("DKK", "danish krone", "danish kroner", "danish crown"),
    "polish zloty": ("PLN", "zł", "zloty"),
    "bulgarian lev": ("BGN", "bulgarian lev"),
    "croatian kuna": ("HRK", "kuna", "croatian kuna"),
    "czech koruna": ("CZK", "koruna", "czech koruna", "czech crown"),
    "hungarian forint": ("HUF", "forint"),
    "ukrainian hryvnia": ("UAH", "hryvnia"),
    "argentine peso": ("ARS", "argentine peso"),
    "chilean peso": ("CLP", "chilean peso"),
    "colombian peso": ("COP", "colombian peso"),
    "bitcoin": ("₿", "BTC", "bitcoin"),
    "deutsche mark": ("DM", "DMK", "deutsche mark", "deutschemark", "german mark"),
    "italian lira": ("lire", "italian lira"),
    "dutch guilder": ("Dfl", "NLG", "guilder", "dutch guilder"),
    "spanish peseta": ("ESP", "peseta"),
    "austrian schilling": ("ATS", "schilling"),
    "brazilian cruzado": ("cruzado",),
    "finnish markka": ("markka", "markkaa", "finnish markka", "finnish markkaa"),
    "portuguese escudo": ("escudo", "portuguese escudo"),
    "greek drachma": ("drachma", "greek drachma"),
    "irish pound": ("punt", "irish pound"),
    "french franc": ("FFr", "french franc"),
    "belgian franc": ("BFr", "belgian franc"),
    "european currency unit": ("ECU", "ecu", "european currency unit"),
    "special drawing right": ("SDR", "SDRs", "special drawing right"),
    "peso": ("peso",),
    "crown": ("crown",),
    "dinar": ("dinar",),
}
"""Currencies that quantulum3's dictionary lacks, or symbols it lacks for one it has ("CA$", "AU$"), each with
its symbols and codes (as written) and its names
(lower case, singular); "Rs" and "rupee" name the rupee of India, Pakistan, Sri Lanka or Nepal alike,
"peso", "crown" and "dinar" the currencies of that name of any country. Currencies since replaced (the
mark, lira, guilder, the ECU) fill news archives."""
TRANSLITERATED_SIGNS = {"Y=": "japanese yen", "PS": "pound sterling"}
"""The ASCII that transliteration writes for the yen and pound signs ("¥" → "Y=", "£" → "PS"), a currency only
written against the digits after it ("Y=28,030", "PS2.7m")."""
SCALED_SIGNS = {"R": "south african rand"}
"""Letters that are a currency's sign only before a sum with a scale ("R5bn", "R 2 million"); before a bare
number they name a road or a model ("R2")."""
NAMED_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT"})
"""Kinds of names the model finds; a unit's name capitalised and read as one of them is a name ("Tesla")."""
RELATIVE_TIME_WORDS = frozenset({"ago", "earlier", "later", "before", "after", "on"})
"""Words that make "a year" a point in time ("a year earlier"), not a rate ("$5 a year")."""
DEGREE_LETTERS = frozenset({"C", "F"})
"""A capital C or F written against a number is a temperature ("40C"), not a coulomb or centavo; any other
capital letter makes a name ("4G", "3D")."""
ELECTRIC_LETTERS = {"W": "watt", "V": "volt"}
"""Capital letters glued to digits that write watts and volts ("a 65W charger", "12V"), where other capitals
make a name ("4G", "3D")."""


AGE_UNITS = frozenset({"year", "month", "week", "day"})
"""Time units an age is given in ("45-year-old", "six months old")."""


def age_unit(time_unit: str) -> str:
    """Return the unit of an age given in a time unit ("year" → "year of age")."""
    return f"{time_unit} of age"


@cache
def _units() -> load.Units:
    return load.units("en")


@cache
def _more_currencies() -> dict[str, str]:
    """Return each written form of MORE_CURRENCIES (names also in the plural) and the currency it names."""
    forms = {}
    for name, written in MORE_CURRENCIES.items():
        for form in written:
            forms[form] = name
            if form.islower():
                forms[form + "s"] = name
    return forms


@cache
def unit_name(text: str) -> str | None:
    """Return the canonical name of the unit written as `text` ("mph", "$", "kilometres"), if any."""
    units = _units()
    text = text.replace("º", "°").replace(GREEK_MU, MICRO_SIGN)
    lower = text.lower()
    if text in CASED_SYMBOLS:
        return CASED_SYMBOLS[text]
    for table in (NEWS_ABBREVIATIONS, MORE_UNITS):
        if lower in table:
            return table[lower]
    if lower in CLOCK_WORDS or text in ACRONYMS_NOT_UNITS:
        return None
    if (currency := _more_currencies().get(text) or _more_currencies().get(lower)) is not None:
        return currency
    for table, key in (
        (units.symbols, text),
        (units.surfaces, text),
        (units.surfaces_lower, lower),
        (units.symbols_lower, lower if len(lower) > 2 or not text.islower() else None),
    ):
        found = table.get(key) if key else None
        if found and table is units.symbols_lower:
            found = [unit for unit in found if not unit.name.startswith(RARE_PREFIXES)]
        if found:
            name = min(unit.name for unit in found)
            return None if name in COUNTED_NOT_UNITS else SAME_UNITS.get(name, name)
    square, _, rest = lower.partition(" ")
    if square in SQUARE_ABBREVIATIONS and rest:
        return unit_name(f"square {rest}")
    return _powered(text) or _spelled_out(lower)


def _powered(text: str) -> str | None:
    """Return the area or volume that the lower-case symbol of a unit of length names with a power after it
    ("km2" → "square kilometre", "m³" → "cubic metre"); "M2" or "A3" are names, not units."""
    base, power = text[:-1].removesuffix("^"), POWERS.get(text[-1:])
    if power is None or not base.isalpha() or not base.islower():
        return None
    length = unit_name(base)
    return unit_name(f"{power} {length}") if length else None


def _spelled_out(lower: str) -> str | None:
    """Return the unit named by words ending in a news abbreviation when it is spelled out ("Canadian dlrs" →
    "canadian dollar"); a country's initials before dollars name its dollar as they do before "$" ("N.Z.
    dlrs" → "new zealand dollar", like "NZ$")."""
    words, _, last = lower.rpartition(" ")
    spelled = NEWS_ABBREVIATIONS.get(last)
    if not words or not spelled:
        return None
    initials = words.replace(".", "")
    if spelled == "dollar" and initials.isalpha() and len(initials) <= MAX_INITIALS:
        return unit_name(f"{initials.upper()}$")
    return unit_name(f"{words} {spelled}")


@cache
def is_currency(name: str) -> bool:
    """Return True when the named unit is a currency."""
    unit = _units().names.get(name)
    return name in MORE_CURRENCIES or (unit is not None and unit.entity.name == "currency")


@cache
def unit_entity(name: str) -> str | None:
    """Return the kind of measure a named unit is of in the unit dictionary ("speed", "length"), if any."""
    unit = _units().names.get(name)
    return unit.entity.name if unit is not None else None


@cache
def is_measure(name: str | None) -> bool:
    """Return True when `name` is a unit of measurement or currency rather than a counted thing (a rate
    such as "dollar per share" measures in its first unit)."""
    if name is not None and " per " in name:
        name = name.split(" per ")[0]
    if name is not None and name.endswith(" of age"):
        name = name.removesuffix(" of age")
    known = name in _units().names or name in MORE_UNITS.values() or name in MORE_CURRENCIES
    return name is not None and known and name not in ("dimensionless", "count", "pair")


def _glued_after_digits(token: Token) -> bool:
    """Return True for a word written against the digits before it, which the tokenizer split off ("in" of
    "6in"), a unit's abbreviation rather than a function word."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.text[-1:].isdigit() and not previous.whitespace_


def _written(tokens: Span) -> str | None:
    """Return the unit the tokens write, also when their last word keeps a full stop ("km/h." or "per cent."
    ending a sentence, where the tokenizer leaves "h." or "cent." whole); words ending in a function word are
    none ("ct vs" is no "ctvs"), nor is a function word alone unless written against the digits ("6in")."""
    if (
        len(tokens) == 1
        and tokens[0].is_stop
        and tokens[0].text.islower()
        and not _glued_after_digits(tokens[0])
    ):
        return None
    if len(tokens) > 1 and tokens[-1].pos_ in FUNCTION_POS:
        return None
    if tokens.text in DEGREE_LETTERS:
        return unit_name(f"°{tokens.text}")
    text, joined = tokens.text, "".join(t.text for t in tokens)
    stopped = tokens[-1].text.endswith(".") and len(tokens[-1].text) > 1
    return (
        unit_name(text)
        or unit_name(joined)
        or _singular_written(tokens)
        or (unit_name(text[:-1]) or unit_name(joined[:-1]) if stopped else None)
    )


def _singular_written(tokens: Span) -> str | None:
    """Return the unit that words ending in a plural write in the singular ("megawatt hours", "megawatt-hours"
    → "megawatt hour"), which the dictionary may name only in the singular."""
    last = tokens[-1]
    if len(tokens) == 1 or last.tag_ != "NNS" or not last.is_alpha:
        return None
    return unit_name(tokens[:-1].text_with_ws + last.lemma_.lower())


def is_named(token: Token) -> bool:
    """Return True for a capitalised word that the model reads as a name, never a unit ("Tesla owners")."""
    return token.ent_type_ in NAMED_ENTITIES and token.text.istitle()


def _unit_at(doc: Doc, start: int) -> tuple[str, int] | None:
    """Return the longest written unit that starts at token `start` and the token index where it ends; a
    capitalised word the model reads as a name is none ("3,000 Tesla owners"), unless it is a news
    abbreviation ("5 mln Dlrs")."""
    for size in range(MAX_UNIT_TOKENS, 0, -1):
        end = start + size
        if end > len(doc) or any(t.is_space or t.is_sent_start for t in doc[start:end]):
            continue
        named = all(is_named(t) and t.lower_ not in NEWS_ABBREVIATIONS for t in doc[start:end])
        if named or _spaced_number_within(doc[start:end]):
            continue
        if name := _written(doc[start:end]):
            return name, end
    return None


def _spaced_number_within(tokens: Span) -> bool:
    """Return True for a number written apart from the word before it, which starts a quantity of its own
    ("1 in 3 children" writes no cubic inch "in3", "6 feet 2 inches" no square foot "feet2"); a scale word
    may end a unit ("parts per million")."""
    doc = tokens.doc
    return any(t.like_num and t.lower_ not in SCALES and doc[t.i - 1].whitespace_ for t in tokens[1:])


def unit_after(number: Span) -> tuple[str, int] | None:
    """Return the unit written right after a number span and the token index where it ends; a quote mark is
    feet or inches only glued to the number ("6'2\"", not "a few 'illustrious corpses'")."""
    doc = number.doc
    if number.end < len(doc) and doc[number.end].text in QUOTE_MARKS and number[-1].whitespace_:
        return None
    if _inches_of_a_height(number):
        return "inch", number.end
    found = _unit_at(doc, number.end)
    if found is not None and _weighs_pounds(number, found[1]):
        found = (POUND_OF_WEIGHT, found[1])
    if found is not None and (squared := _squared_apart(number, found[1])) is not None:
        found = (squared, found[1])
    return _per_unit(*found, number.doc) if found else None


def _squared_apart(number: Span, end: int) -> str | None:
    """Return the square unit that "sq" glued to a number makes with the unit written apart after it
    ("3923sq m" → square metre), else None."""
    parts = split_glued(number[-1].text)
    if parts is None or parts[2].lower().rstrip(".") != "sq":
        return None
    return unit_name(f"sq {number.doc[number.end : end].text}")


def _inches_of_a_height(number: Span) -> bool:
    """Return True for the number after feet in a height written with hyphens ("5" of "6-foot-5"), which is
    inches."""
    doc = number.doc
    before = doc[max(number.start - 4, 0) : number.start]
    words = [t.lower_ for t in before]
    return (
        len(words) == 4
        and words[0].isdigit()
        and words[1:] in (["-", "foot", "-"], ["-", "feet", "-"])
        and not any(t.whitespace_ for t in before)
    )


def _weighs_pounds(number: Span, end: int) -> bool:
    """Return True when the word "pounds" after a number is a weight: in a sentence about weight ("weighed
    8 pounds") or a plain number of pounds of something ("300 pounds of cocaine"), not a sum in millions."""
    doc = number.doc
    if doc[number.end : end].text.lower() not in ("pound", "pounds"):
        return False
    of_thing = end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ in ("NOUN", "ADJ")
    scaled = any(t.lower_ in SCALES or t.lower_ in SCALE_ABBREVIATIONS for t in number)
    return any(t.lemma_.lower() in WEIGHT_WORDS for t in number.sent) or (of_thing and not scaled)


def _past_of_phrase(doc: Doc, end: int) -> int:
    """Return the token after an "of" phrase naming what is measured at token `end` ("of crude oil"), else
    `end`."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return end
    after = end + 1
    while after < len(doc) and after <= end + MAX_UNIT_TOKENS and doc[after].pos_ in ("ADJ", "NOUN", "PROPN"):
        after += 1
    return after if after > end + 1 else end


def _rate(doc: Doc, end: int) -> tuple[str, int] | None:
    """Return what a measure is per when "per"/"a" and a unit ("square foot") or a noun follow token `end`
    or an "of" phrase after it ("barrels of oil a day"), also joined by hyphens ("barrel-a-day", "£24
    a-year") or past the same sum in brackets ("C$6 (US$4.46) per share"), and the token index where it
    ends; a price "a pound" is by weight, and a currency sign after "/" is a second price ("$149 / £99"),
    no rate."""
    end = _past_tight_dash(doc, past_brackets(doc, _past_of_phrase(doc, end), RESTATEMENT_TOKENS))
    if end + 1 >= len(doc) or doc[end].lower_ not in PER_WORDS:
        return None
    per = _past_tight_dash(doc, end + 1)
    unit = _unit_at(doc, per)
    stop = unit[1] if unit else per + 1
    if stop < len(doc) and doc[stop].lower_ in RELATIVE_TIME_WORDS:
        return None
    if unit is None and doc[per].pos_ in ("NOUN", "PROPN"):
        return doc[per].lemma_.lower(), stop
    if unit is not None and is_currency(unit[0]) and not doc[per].is_alpha:
        return None
    if unit is not None and unit[0] == "pound sterling":
        return POUND_OF_WEIGHT, stop
    return unit


def past_brackets(doc: Doc, at: int, most: int) -> int:
    """Return the index after brackets opening at token `at` and closing within `most` tokens, else `at`."""
    if at >= len(doc) or doc[at].text != "(":
        return at
    close = next((t.i for t in doc[at + 1 : at + 2 + most] if t.text == ")"), None)
    return at if close is None else close + 1


def _past_tight_dash(doc: Doc, at: int) -> int:
    """Return the index after a tight dash at token `at`, else `at`."""
    return at + 1 if at < len(doc) and is_tight_dash(doc[at]) else at


def _per_unit(name: str, end: int, doc: Doc) -> tuple[str, int]:
    rate = _rate(doc, end)
    return (f"{name} per {rate[0]}", rate[1]) if rate else (name, end)


def rate_after(number: Span) -> str | None:
    """Return what a price is per when "per"/"a" and a noun follow the number ("$5 a month" → "month")."""
    rate = _rate(number.doc, number.end)
    return rate[0] if rate else None


def _is_article_apart(token: Token) -> bool:
    """Return True for an article written apart from the sign after it, which it does not prefix ("A $5bn
    deal" is no Australian dollar, unlike "A$5bn")."""
    return token.pos_ == "DET" and bool(token.whitespace_)


def _currency_before(number: Span) -> tuple[str, int] | None:
    """Return the currency written right before a number and the token where it starts; a currency's name
    right after another number is that number's unit ("7 pounds 3 ounces"), not this one's."""
    doc = number.doc
    for size in (2, 1):
        start = number.start - size
        if start < 0:
            continue
        before = doc[start : number.start]
        if (
            any(t.pos_ == "VERB" for t in before)
            or (before[0].is_alpha and start > 0 and doc[start - 1].like_num)
            or (size == 2 and _is_article_apart(before[0]))
        ):
            continue
        name = _sign_written(before) or _written(before)
        if before.text in SCALED_SIGNS and any(t.lower_ in SCALES for t in number):
            return SCALED_SIGNS[before.text], start
        if name and is_currency(name):
            return name, start
    return None


def _sign_written(tokens: Span) -> str | None:
    """Return the currency of a dollar sign with its country's letters ("$A", "$NZ") or of a transliterated
    sign ("Y=", "PS") written against the digits after it."""
    if len(tokens) > 1 or tokens[0].whitespace_:
        return None
    if tokens.text.startswith("$"):
        return _currency_prefix(tokens.text)
    return TRANSLITERATED_SIGNS.get(tokens.text)


SCALES_NAMED_FIRST = {"magnitude": "magnitude", "richter": "magnitude"}
"""Scales whose name may stand before the reading ("a magnitude 6.8 earthquake", "of magnitude 7.8") as
well as after it ("a 7.1-magnitude quake")."""


def scale_before(number: Span) -> str | None:
    """Return the scale named right before a number ("magnitude 6.8")."""
    return SCALES_NAMED_FIRST.get(number.doc[number.start - 1].lower_) if number.start > 0 else None


def currency_before(number: Span) -> str | None:
    """Return the currency whose symbol or code stands right before a number span ("$", "US$", "EUR")."""
    found = _currency_before(number)
    return found[0] if found else None


def currency_start(number: Span) -> int:
    """Return the token where a currency written before the number starts ("Rs." in "Rs. 500"), else the
    number's own start."""
    found = _currency_before(number)
    return found[1] if found else number.start


@cache
def glued_number(text: str) -> tuple[str, str | None] | None:
    """Return the number words and the unit of a token that glues a number to a currency, scale or
    unit ("2.8bn" → ("2.8 bn", None), "USD1,700" → ("1,700", "dollar"), "6kW" → ("6", "kilowatt")); an "s"
    is seconds after a decimal ("9.58s") and else a plural ("1990s", "20s"), no unit."""
    parts = split_glued(text)
    if parts is None:
        return None
    before, digits, after = parts
    unit = _currency_prefix(before) if before else None
    if after.lower() in SCALE_ABBREVIATIONS and before in SCALED_SIGNS:
        unit = SCALED_SIGNS[before]
    if before and unit is None:
        return None
    if after.lower() in SCALE_ABBREVIATIONS or (unit is not None and after.lower() in CURRENCY_SCALE_LETTERS):
        return f"{digits} {after.lower()}", unit
    if after == "s" and "." in digits and not before:
        return digits, "second"
    if after.lower() == "s":
        return None
    if after in DEGREE_LETTERS:
        return digits, unit_name(f"°{after}")
    if after in ELECTRIC_LETTERS:
        return digits, ELECTRIC_LETTERS[after]
    if len(after) == 1 and after.isupper():
        return None
    if after:
        name = _glued_unit(after)
        unit = unit or name
        if unit is None or name is None:
            return None
    return digits, unit


def _glued_unit(after: str) -> str | None:
    """Return the unit that letters glued after a number write; capitals are a unit only as its exact symbol
    ("10GB", "5MW") or as the symbol in lower case ("5KM"), else a model name ("iPhone 3GS", "911 GT")."""
    if len(after) > 1 and after.isupper() and after not in _units().symbols:
        return unit_name(after.lower())
    return unit_name(after)


def _currency_prefix(text: str) -> str | None:
    """Return the currency a prefix names: a symbol or code ("$", "US$", "USD"), or letters beside a "$"
    ("$US" or "US" as "US$"); one letter glued to digits ("A320") is a model name, not a currency."""
    letters = text.strip("$")
    spelled = "$" in text or (len(letters) >= 2 and letters.isupper())
    variants = (text, f"{letters}$", f"${letters}") if spelled else (text,)
    for written in variants:
        name = unit_name(written)
        if name is not None and is_currency(name):
            return name
    return None


def scaled_after_currency(token: Token) -> tuple[str] | None:
    """Return the words of digits glued to a scale letter of money when a currency stands apart before them
    ("Rs 20cr" → "20 cr", "$ 1.5t" → "1.5 t", "US$ 2mil" → "2 mil"), else None."""
    parts = split_glued(token.text)
    if parts is None or parts[0] or parts[2].lower() not in CURRENCY_SCALE_LETTERS:
        return None
    if currency_before(token.doc[token.i : token.i + 1]) is None:
        return None
    return (f"{parts[1]} {parts[2].lower()}",)


def unit_in_number(number: Span) -> str | None:
    """Return the unit glued to the first or last token of a number span, if any."""
    for token in (number[0], number[-1]):
        glued = glued_number(token.text)
        if glued is not None and glued[1] is not None and scaled_after_currency(token) is None:
            return glued[1]
    return None


def sign_currency(name: str, number: Span) -> str:
    """Return the currency that a sign written before or in a number names in its sentence: "¥" is the yen
    beside words of Japan ("shares fell ¥30 in Tokyo"), else the yuan."""
    written = number.doc[currency_start(number) : number.end].text
    if name != "chinese yuan" or YEN_SIGN not in written:
        return name
    return "japanese yen" if any(t.lower_ in JAPAN_WORDS for t in number.sent) else name
