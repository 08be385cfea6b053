"""Normalise one temporal expression to a TIMEX3 (type, value) against its anchors."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta

from dateutil.easter import easter

from rashomon.ingest.dates import MONTHS, find_date
from rashomon.quantities.numbers import parse_amount
from rashomon.temporal.calendar import Point, parse_value, shift, week_value

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
UNITS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "hour": "H",
    "minute": "M",
    "second": "S",
    "quarter": "Q",
}
TIME_UNITS = frozenset({"hour", "minute", "second"})
DAYS_IN = {"day": 1, "week": 7, "month": 31, "year": 366}
MAX_SHIFT_DAYS = 2_000 * 366
"""Farthest a count of time moves a date that the calendar still writes; "1.5 million years ago" is only in
the past."""
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month each season begins in."""
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF",
    "the past": "PAST_REF",
    "past": "PAST_REF",
    "formerly": "PAST_REF",
    "previously": "PAST_REF",
    "once": "PAST_REF",
    "recent years": "PAST_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
}
SET_WORDS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
}
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
UNIT_WORD = r"(day|week|month|year|decade|century|hour|minute|second|quarter)s?"
HOW_OFTEN = r"(?:once|twice|\w+\s+times)\s+(?:a|an|per)"
"""How many times in each period something happens: "twice a week", "three times a year"."""
PREFIX = (
    r"(?:on|in|at|by|since|until|from|during|of|over|around|about|some|sometime|early|late|mid-?|later|earlier"
    r"|just|only|as early as|as soon as|fiscal)"
)
LEADING = re.compile(rf"^(?:the|its|their|his|her|our|your|my|{PREFIX})\s+")
LEADING_BUT_THE = re.compile(rf"^{PREFIX}\s+")
Result = tuple[str, str]
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
SPOKEN_YEAR_WORDS = (
    rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:hundred|oh[\s-]+(?:{_ONES})|{_TEENS}|(?:{_TENS})(?:[\s-]+(?:{_ONES}))?)"
    rf"|two thousand(?:[\s-]+(?:and[\s-]+)?(?:{_ONES}|{_TEENS}))?)"
)
SPOKEN_YEAR = re.compile(rf"\b{SPOKEN_YEAR_WORDS}\b", re.I)
"""A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "two thousand"."""
VAGUE_COUNT = re.compile(
    r"\b(?:few|several|many|some|couple|number|more|additional|past|last|next|coming|recent|first|"
    r"final|following|previous|those|these|the|a|an|its|their|his|her|whole|entire|full)\b"
)
"""Words that make "several weeks", "the past months" an amount of time with an unknown count."""
CENTURY_ORDINALS = tuple(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first".split()
)
"""Centuries named in words, in order: "the twentieth century" is the 20th."""
DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
"""Decades of the twentieth century in words, from the twenties ("192": TempEval-3 writes a decade or century
without a trailing X)."""
QUARTER_ORDINALS = ("first", "second", "third", "fourth", "final")
"""The words that number a quarter; the final one is the fourth."""
MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
SLASHED_DATE = re.compile(r"([01]?\d|[0-3]\d)/([0-3]?\d)/(\d\d|\d{4})")
"""A date written in numbers with slashes: "7/8/07", "12/25/1996"."""
ORDINAL_PERIOD = re.compile(
    r"(?:a|an|its|their|the)?\s*(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:consecutive|straight|successive)\s+(day|week|month|quarter|year)"
)
"""The latest of a run of periods, named by its place in the run: "a fifth consecutive quarter"."""
WEEK_OF_MONTH = re.compile(rf"(first|last)\s+week\s+of\s+({'|'.join(MONTHS)})\.?(?:\s+(\d{{4}}))?")
"""The first or last week of a month: "the last week of March"."""
QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
YEAR_POINT = r"year(?:'s)?[\s-](end)|(mid)[\s-]?year"
"""The end or middle of the year in one word: "by year-end", "by year's end", "before mid-year"."""
UNIT_HYPHEN = re.compile(rf"(?<=\w)-(?={UNIT_WORD}\b)|(?<=[a-z])-(?=long\b)")
"""The hyphens of "two-year", "third-quarter" and "day-long", read as spaces."""
ZONE_NAME = r"(?:local|eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?"
"""A time zone named in words: "local time", "Eastern time", "Pacific Standard Time"."""
CLOCK_THEN_DAY = re.compile(
    r"(noon|midnight|\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*"
    rf"(?:([a-z]{{3,4}}|{ZONE_NAME})\b\s*)?(?:\([^)]*\)\s*)?,?\s*"
    r"((?:on\s+)?[a-z].*)"
)
CLOCK_TIME = re.compile(
    rf"(\d{{1,2}})(?::(\d{{2}}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s+([a-z]{{1,4}}|{ZONE_NAME}))?"
)
"""A clock time on its own: "6:40 p.m.", "7:30 p.m. EDT", "18:00 UTC", "7 p.m. Eastern time"."""
UNIVERSAL_TIME = frozenset({"utc", "gmt", "z"})
FOCUS_STEPS = {
    "that": 0,
    "that same": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
}
"""Words before a period that read it against the one in focus, and by how many periods they move it."""
NEIGHBOUR_STEPS = {"after": 1, "later": 1, "before": -1, "previous": -1, "earlier": -1}
"""Words after "the day", "the year" that make it the neighbour of the one in focus, and on which side."""
NARRATIVE_PERIOD = re.compile(
    rf"({'|'.join(sorted(FOCUS_STEPS, key=len, reverse=True))}|the)\s+{UNIT_WORD}"
    rf"(?:\s+({'|'.join(NEIGHBOUR_STEPS)}))?"
)
"""A period read against the one in focus: "that year", "the next day", "the day after"."""
NEIGHBOUR_OF_DATE = re.compile(r"the\s+(day|week)\s+(after|before)\s+(.+)")
"""The day or week next to a date named with it: "the day before last Tuesday"."""
NEAR_DAYS = 45
NEAR_MONTH_DAYS = 50
"""A date (or a month's middle) this close to the anchor is in the anchor's year whatever the tense says."""
MONTHS_AHEAD = 4
"""Without tense, a month or date up to this many months after the anchor is ahead; further is last year's."""


COUNT_FILLERS = frozenset(
    {"more", "additional", "further", "other", "straight", "consecutive", "trading", "business", "working"}
)
"""Words between a count and its unit that do not change the count: "six straight days", "five trading
days"."""
RANGE_OF_COUNTS = re.compile(r"(\S+)\s*(?:\band\b|\bto\b|\bor\b|-)\s*(\S+)$")
"""Two counts of a range at the end of an amount's words: "60 and 90", "two to three", "5-6"."""
MIXED_FRACTION = re.compile(r"\b(\d+)\s+(\d)/(\d)\b")
"""A whole number and a fraction: "2 1/2"."""
FRACTION_PARTS = {
    "year": ("month", 12),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
"""The smaller unit the fraction of a year, day, hour or minute is written in: 2 1/2 years is P2Y6M."""


def _unit(word: str) -> str:
    return word.rstrip("s") if word.rstrip("s") in UNITS else word


def _count(text: str) -> str:
    """Return the number of units an amount of time counts ("X" when unknown); of a range ("two to three",
    "between 60 and 90") its lower end."""
    if mixed := MIXED_FRACTION.search(text):
        whole, numerator, denominator = (int(g) for g in mixed.groups())
        return f"{whole + numerator / denominator:g}"
    if (ends := RANGE_OF_COUNTS.search(text)) and (low := _count(ends.group(1))) != "X":
        high = _count(ends.group(2))
        if high != "X" and float(low) < float(high):
            return low
    words = [w for w in re.sub(r"\s+of$", "", text).split() if w not in COUNT_FILLERS]
    for start in range(len(words)):
        tail = " ".join(words[start:])
        amount = parse_amount(tail) if tail not in ("a", "an") else None
        if tail in ("a", "an", "one"):
            return "1"
        if amount is not None and amount.value is not None:
            return f"{amount.value:g}"
    return "X"


def _in_years(number: str, unit: str) -> tuple[str, str]:
    """Return a number of decades as years ("3", "decade" → "30", "year"; "X", "decade" → "X", "year": ISO
    8601 has no decades); other units as given."""
    if unit == "decade":
        return f"{float(number) * 10:g}" if number != "X" else number, "year"
    return number, unit


def _duration(number: str, unit: str) -> str:
    number, unit = _in_years(number, unit)
    if number != "X" and unit in FRACTION_PARTS and not float(number).is_integer():
        smaller, per = FRACTION_PARTS[unit]
        whole, part = divmod(float(number), 1)
        if (part * per).is_integer():
            return _period({unit: int(whole), smaller: int(part * per)})
    return _period({unit: number})


def _period(amounts: dict[str, object]) -> str:
    """Return the ISO 8601 duration of amounts per unit, the units of the clock after "T"."""
    date_part = "".join(f"{n}{UNITS[u]}" for u, n in amounts.items() if u not in TIME_UNITS and n)
    time_part = "".join(f"{n}{UNITS[u]}" for u, n in amounts.items() if u in TIME_UNITS and n)
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def _month_day(
    month: int, day: int | None, anchor: Point | None, relation: str | None, tense: str | None = None
) -> Result:
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    year = anchor.day.year
    later = (month, day or 1) > (anchor.day.month, anchor.day.day if day else 1)
    earlier = (month, day or 31) < (anchor.day.month, anchor.day.day if day else 31)
    near = _days_apart(anchor.day, month, day) <= (NEAR_DAYS if day else NEAR_MONTH_DAYS)
    if relation == "last":
        year -= 0 if earlier else 1
    elif relation == "next":
        year += 0 if later else 1
    elif tense == "past" and not near:
        year -= 1 if later else 0
    elif tense == "future" and not near:
        year += 1 if earlier else 0
    elif relation is None:
        months_ahead = (month - anchor.day.month) % 12
        year += (
            0
            if near
            else 1
            if earlier and months_ahead <= MONTHS_AHEAD
            else -1
            if later and months_ahead > MONTHS_AHEAD
            else 0
        )
    return "DATE", f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _days_apart(anchor: date, month: int, day: int | None) -> int:
    with suppress(ValueError):
        return abs((date(anchor.year, month, day or 15) - anchor).days)
    return NEAR_MONTH_DAYS + 1


def _weekday_date(index: int, month: int, day: int, anchor: Point) -> str:
    """Return the date of "Monday, December 23": the year near the anchor when that day is that weekday."""
    candidates = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        with suppress(ValueError):
            candidates.append(date(year, month, day))
    matching = [c for c in candidates if c.weekday() == index] or candidates
    return min(matching, key=lambda c: abs((c - anchor.day).days)).isoformat()


def _weekday(index: int, anchor: Point | None, relation: str | None, tense: str | None = None) -> Result:
    if anchor is None or anchor.precision != "day":
        return "DATE", "XXXX-WXX-" + str(index + 1)
    delta = index - anchor.day.weekday()
    if relation == "next":
        delta += 7 if delta <= 0 else 0
    elif relation is None and tense == "future":
        delta += 7 if delta < 0 else 0
    elif relation == "last":
        delta -= 7 if delta >= 0 else 0
    elif relation is None and tense == "past":
        delta -= 7 if delta > 0 else 0
    elif relation is None:
        delta += 7 if delta < -3 else -7 if delta > 3 else 0
    return "DATE", (anchor.day + timedelta(days=delta)).isoformat()


def _current_period(unit: str, base: Point, tense: str | None) -> str:
    """Return "the year", "the month" or "the quarter" as the period of `base`; a quarter reported in the
    past tense is the last one completed."""
    if unit == "quarter":
        return _quarter_of(_quarter_index_of(base.day) - (1 if tense == "past" else 0))
    if unit in ("month", "day") and base.precision != "year":
        return shift(base, unit, 0).value
    return f"{base.day.year:04d}"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """Return the nth (1-based; -1 for the last) given weekday of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "easter": easter,
    "easter sunday": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "may day": lambda y: date(y, 5, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "independence day": lambda y: date(y, 7, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "halloween": lambda y: date(y, 10, 31),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "veterans day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
}
"""Named days whose date follows from the year (the US ones as US news names them)."""


def _holiday(name: str, anchor: Point | None, relation: str | None, tense: str | None) -> Result:
    if anchor is None:
        return "DATE", "XXXX-XX-XX"
    year = anchor.day.year
    if relation is not None:
        return "DATE", HOLIDAYS[name](year + {"last": -1, "next": 1}.get(relation, 0)).isoformat()
    days = [HOLIDAYS[name](y) for y in (year - 1, year, year + 1)]
    if tense == "past":
        return "DATE", max(d for d in days if d <= anchor.day).isoformat()
    if tense == "future":
        return "DATE", min(d for d in days if d >= anchor.day).isoformat()
    ahead = [d for d in days if 0 <= (d - anchor.day).days <= MONTHS_AHEAD * 31]
    return "DATE", (ahead[0] if ahead else max(d for d in days if d <= anchor.day)).isoformat()


def spoken_year_value(words: str) -> int:
    """Return the year a spoken year names ("nineteen ninety-six" → 1996, "two thousand and one" → 2001)."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w not in ("and", "oh")]
    if parts[:2] == ["two", "thousand"]:
        rest = parse_amount(" ".join(parts[2:])) if parts[2:] else None
        return 2000 + int(rest.value if rest and rest.value else 0)
    century = parse_amount(parts[0])
    rest = parse_amount(" ".join(parts[1:])) if parts[1:] != ["hundred"] else None
    return int(century.value) * 100 + int(rest.value if rest and rest.value else 0)


def _weekend(anchor: Point | None, relation: str | None, tense: str | None) -> Result:
    if anchor is None or anchor.precision != "day":
        return "DATE", "XXXX-WXX-WE"
    if relation is None and tense is None:
        return "DATE", f"{week_value(date.fromisoformat(_weekday(5, anchor, None)[1]))}-WE"
    saturday = anchor.day + timedelta(days=(5 - anchor.day.weekday()) % 7)
    ahead = relation == "next" or relation is None and tense == "future"
    if not ahead and relation != "this" and saturday > anchor.day:
        saturday -= timedelta(days=7)
    return "DATE", f"{week_value(saturday)}-WE"


def _quarter_in_focus(last_value: str | None, years: int) -> str | None:
    """Return the quarter last mentioned moved by whole years ("the third quarter ... a year earlier" is
    the third quarter of the year before), or None when the focus is not a quarter."""
    match = QUARTER_VALUE.fullmatch(last_value or "")
    return f"{int(match.group(1)) + years:04d}-Q{match.group(2)}" if match else None


def _day_of_month(day: int, anchor: Point, tense: str | None) -> str | None:
    """Return the date of "the 28th": in the anchor's month, or the month after it when told in the future
    tense of a day already gone, or the month before when told in the past tense of a day still ahead."""
    year, month = anchor.day.year, anchor.day.month
    if tense == "future" and day < anchor.day.day:
        year, month = year + month // 12, month % 12 + 1
    elif tense == "past" and day > anchor.day.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    with suppress(ValueError):
        return date(year, month, day).isoformat()
    return None


def _week_of_month(month_value: str, which: str) -> date:
    """Return a day inside the first or last week of a month (the week holding its fourth day, or its
    fourth day from the end)."""
    first = date.fromisoformat(f"{month_value}-01")
    if which == "first":
        return first + timedelta(days=3)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=4)


def day_of(result: Result | None) -> str | None:
    """Return the calendar day a normalised expression names, else None."""
    return result[1] if result is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", result[1]) else None


def _year_of(result: Result | None) -> str | None:
    """Return the calendar year a normalised expression names, else None."""
    return result[1] if result is not None and re.fullmatch(r"\d{4}", result[1]) else None


def _focus(anchor: Point | None, last: Point | None) -> Point | None:
    """Return the day in focus: the day last mentioned, else the anchor when it is a day, else None."""
    focus = last if last is not None and last.precision == "day" else anchor
    return focus if focus is not None and focus.precision == "day" else None


def _day_in_focus(anchor: Point | None, last: Point | None) -> str:
    """Return the day a bare clock time or part of day falls on: the day in focus, else an unknown day."""
    focus = _focus(anchor, last)
    return focus.value if focus is not None else "XXXX-XX-XX"


def _clock(hour: str, minutes: str | None, half: str | None, zone: str | None = None) -> str:
    """Return "HH:MM" of a clock time, read on the 24-hour clock unless a.m. or p.m. is given, with "Z"
    after a time given in universal time."""
    suffix = "Z" if zone in UNIVERSAL_TIME else ""
    if hour == "noon":
        return "12:00" + suffix
    if hour == "midnight":
        return "24:00" + suffix
    hours = int(hour) % 12 + (12 if half.startswith("p") else 0) if half else int(hour)
    return f"{hours:02d}:{minutes or '00'}{suffix}"


def _relative_period(unit: str, relation: str, anchor: Point | None, last: Point | None) -> Result | None:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[relation]
    if unit == "day" and (last or anchor) is not None and (last or anchor).precision == "day":
        return "DATE", shift(last or anchor, "day", step).value
    if anchor is None:
        return None
    if unit == "week":
        return "DATE", week_value(anchor.day + timedelta(weeks=step))
    if unit in ("month", "year"):
        return "DATE", shift(
            anchor, unit, step
        ).value if anchor.precision != "year" or unit == "year" else None
    if unit == "decade":
        return "DATE", f"{(anchor.day.year // 10 + step):03d}"
    if unit == "quarter" and anchor.precision != "year":
        return "DATE", _quarter_of(_quarter_index_of(anchor.day) + step)
    return None


def _slashed_date(
    first: int, second: int, year: int, anchor: Point | None, year_digits: int
) -> Result | None:
    """Return the date of "7/8/07" or "12/25/1996": month first, as English news writes it, unless the
    first number cannot be a month; a two-digit year is the one of its century nearest the anchor."""
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year_digits == 2:
        base = anchor.day.year if anchor is not None else 2000
        year = min(
            (
                century + year
                for century in (base // 100 * 100 - 100, base // 100 * 100, base // 100 * 100 + 100)
            ),
            key=lambda y: abs(y - base),
        )
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def _year_point(anchor: Point | None, point: str, tense: str | None) -> str:
    """Return the year of its "end" or "middle" told in one word ("by year-end", "before mid-year"): the
    anchor's year, or the year before when told in the past of a point not yet reached."""
    if anchor is None:
        return "XXXX"
    reached = point == "middle" and anchor.day.month > 6
    return f"{anchor.day.year - (1 if tense == 'past' and not reached else 0):04d}"


def _quarter_year_step(ordinal: int, anchor: Point, tense: str | None) -> int:
    """Return 1 for a quarter of last year (one told in the past tense but beyond the quarter after the
    anchor's, which is near whatever the tense says), else 0; a quarter already over told in the future
    tense is one whose results are still to come, this year's."""
    current = _quarter_index_of(anchor.day) % 4 + 1
    return 1 if tense == "past" and ordinal > current + 1 else 0


def _quarter_index(year: int, quarter: int) -> int:
    """Return a count of quarters since year 0, so that quarters can be stepped through."""
    return year * 4 + quarter - 1


def _quarter_index_of(day: date) -> int:
    """Return the `_quarter_index` of the quarter a day falls in."""
    return _quarter_index(day.year, (day.month + 2) // 3)


def _quarter_of(index: int) -> str:
    """Return the TIMEX3 value of the quarter `_quarter_index` counted."""
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def normalise(
    text: str, anchor_value: str | None, last_value: str | None = None, tense: str | None = None
) -> Result | None:
    """Return (type, value) of a temporal expression, reading deictic ones against `anchor_value`
    and narrative ones ("that year", "the next day", "two years later") against `last_value`; a bare
    weekday or month is the nearest one before the anchor in past `tense`, after it in future tense,
    and a bare clock time falls on the day last mentioned."""
    anchor, last = parse_value(anchor_value), parse_value(last_value)
    phrase = " ".join(UNIT_HYPHEN.sub(" ", text.lower().replace("’", "'")).split()).strip(" ,.")
    phrase = re.sub(
        rf"^this past\b(?!\s+(?:{'|'.join(SEASONS)}))", "last", re.sub(r"\s+or\s+so\b", "", phrase)
    )
    phrase = re.sub(r"\b([01]\d|2[0-4])([0-5]\d)(?=\s*(?:utc|gmt)\b)", r"\1:\2", phrase)
    if match := re.fullmatch(rf"(?:{PREFIX}\s+)*(?:{YEAR_POINT})", phrase):
        return "DATE", _year_point(anchor, match.group(1) or "middle", tense)
    while (stripped := LEADING_BUT_THE.sub("", phrase)) != phrase:
        phrase = stripped
    phrase = SPOKEN_YEAR.sub(lambda m: str(spoken_year_value(m.group())), phrase)
    with_the = phrase
    while (stripped := LEADING.sub("", phrase)) != phrase:
        phrase = stripped
    phrase = re.sub(
        r"^(?:mid|fiscal|year)\s*-?\s*(?=\d{4}(?:'?s)?$)|^(?:mid|early|late|fiscal)-(?=[a-z'])", "", phrase
    )
    if match := re.fullmatch(r"(\d{4})\s+(quarter|period|year)", phrase):
        quarter = _quarter_in_focus(last_value, 0) if match.group(2) != "year" else None
        return "DATE", f"{match.group(1)}{quarter[4:]}" if quarter else match.group(1)
    if match := re.fullmatch(r"(this|last|next) year'?s?\s+(.+)", phrase):
        inner = normalise(match.group(2), anchor_value, None, tense)
        if (
            anchor is not None
            and inner is not None
            and re.fullmatch(r"\d{4}-(?:Q\d|\d\d|[A-Z]{2})", inner[1])
        ):
            year = anchor.day.year + {"last": -1, "next": 1}.get(match.group(1), 0)
            return inner[0], f"{year:04d}{inner[1][4:]}"
    if match := re.fullmatch(rf"(?:the\s+)?({'|'.join(DECADE_WORDS)})", phrase):
        return "DATE", f"19{DECADE_WORDS.index(match.group(1)) + 2}"
    if match := re.fullmatch(r"(?:(last|this|next|the)\s+)?weekend", phrase):
        return _weekend(anchor, match.group(1), tense)
    if match := re.fullmatch(r"(\d{1,2}) in the (morning|afternoon|evening|night)", phrase):
        clock = _clock(match.group(1), None, "a.m." if match.group(2) == "morning" else "p.m.")
        return "TIME", f"{_day_in_focus(anchor, last)}T{clock}"
    if match := re.fullmatch(
        r"(that|the same|the next|the following|the previous)\s+(morning|afternoon|evening|night)", with_the
    ):
        base = _focus(anchor, last)
        if base is None:
            return "TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[match.group(2)]}"
        step = FOCUS_STEPS[match.group(1)]
        return "TIME", f"{(base.day + timedelta(days=step)).isoformat()}T{PARTS_OF_DAY[match.group(2)]}"
    if (
        match := re.fullmatch(rf"(the next|the following|the previous)\s+({'|'.join(WEEKDAYS)})", with_the)
    ) and (base := _focus(anchor, last)) is not None:
        apart = (WEEKDAYS.index(match.group(2)) - base.day.weekday()) * FOCUS_STEPS[match.group(1)]
        step = (apart % 7 or 7) * FOCUS_STEPS[match.group(1)]
        return "DATE", (base.day + timedelta(days=step)).isoformat()
    if phrase in ("midday", "noon", "midnight"):
        return "TIME", f"{_day_in_focus(anchor, last)}T{_clock(phrase.replace('midday', 'noon'), None, None)}"
    if phrase in PARTS_OF_DAY and phrase != "tonight" and text.strip().lower() != phrase:
        return "TIME", f"{_day_in_focus(anchor, last)}T{PARTS_OF_DAY[phrase]}"
    if phrase in REFS or with_the in REFS:
        return "DATE", REFS.get(phrase) or REFS[with_the]
    if phrase in SET_WORDS:
        return "SET", SET_WORDS[phrase]
    match = re.fullmatch(r"(?:(last|this|next)\s+)?(.+?)(?:\s+(\d{4}))?", phrase)
    if match and match.group(2) in HOLIDAYS:
        if match.group(3):
            return "DATE", HOLIDAYS[match.group(2)](int(match.group(3))).isoformat()
        return _holiday(match.group(2), anchor, match.group(1), tense)
    if match := re.fullmatch(rf"(?:every|each)\s+({'|'.join(SEASONS)})", phrase):
        return "SET", f"XXXX-{SEASONS[match.group(1)]}"
    if match := re.fullmatch(rf"(?:every|each)\s+({'|'.join(MONTHS)})", phrase):
        return "SET", f"XXXX-{MONTHS[match.group(1)]:02d}"
    if match := re.fullmatch(r"(?:every|each)\s+(?:other\s+)?(" + "|".join(WEEKDAYS) + r")", phrase):
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(match.group(1)) + 1}"
    if match := re.fullmatch(rf"(?:every|each|per|{HOW_OFTEN})\s+(?:other\s+)?(\w+\s+)?{UNIT_WORD}", phrase):
        number = _count(match.group(1)) if match.group(1) else "1"
        return "SET", _duration(number if number != "X" else "1", _unit(match.group(2)))
    if phrase in DEICTIC_DAYS or phrase.split()[0] in DEICTIC_DAYS and phrase.split()[-1] in PARTS_OF_DAY:
        if anchor is None or anchor.precision != "day":
            return "DATE", "XXXX-XX-XX"
        day = (anchor.day + timedelta(days=DEICTIC_DAYS[phrase.split()[0]])).isoformat()
        part = phrase.split()[-1]
        return (
            ("TIME", f"{day}T{PARTS_OF_DAY[part]}")
            if part in PARTS_OF_DAY and part != "today"
            else ("DATE", day)
        )
    if match := re.fullmatch(r"(this|yesterday|tomorrow|last)\s+(morning|afternoon|evening|night)", phrase):
        if anchor is None or anchor.precision != "day":
            return "TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[match.group(2)]}"
        day = anchor.day + timedelta(
            days=DEICTIC_DAYS.get(match.group(1), -1 if match.group(1) == "last" else 0)
        )
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[match.group(2)]}"
    if match := re.fullmatch(r"(1\d)00'?s", phrase):
        return "DATE", match.group(1)
    if match := re.fullmatch(r"(\d{3})0'?s", phrase):
        return "DATE", match.group(1)
    if match := re.fullmatch(r"'?(\d)0'?s", phrase):
        return "DATE", f"19{match.group(1)}"
    if re.fullmatch(
        r"(?:comparable\s+|corresponding\s+)?year[\s-](?:ago|earlier)(?:\s+(?:quarter|period))?"
        r"|(?:same|corresponding|comparable|year-ago)\s+(?:period|quarter|month|time)\s+"
        r"(?:(?:of\s+)?last year|a year (?:ago|earlier))",
        phrase,
    ):
        if quarter := _quarter_in_focus(last_value, -1):
            return "DATE", quarter
        if (month := MONTH_VALUE.fullmatch(last_value or "")) and not phrase.startswith("year"):
            return "DATE", f"{int(month.group(1)) - 1:04d}-{month.group(2)}"
        return ("DATE", f"{anchor.day.year - 1:04d}") if anchor else None
    if match := re.fullmatch(
        rf"(.+?)\s+{UNIT_WORD}\s+(ago|later|earlier|before|after|from now|hence)", phrase
    ):
        number, unit, direction = _count(match.group(1)), _unit(match.group(2)), match.group(3)
        base = anchor if direction in ("ago", "from now", "hence") else last or anchor
        if number == "X" and direction == "ago":
            return "DATE", "PAST_REF"
        number, unit = _in_years(number, unit)
        if number == "X" or base is None or unit not in ("day", "week", "month", "year"):
            return "DURATION", _duration(number, unit)
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        if unit == "year" and (quarter := _quarter_in_focus(last_value, sign * int(float(number)))):
            return "DATE", quarter
        if direction in ("before", "after") and last is None:
            return "DURATION", _duration(number, unit)
        if float(number) * DAYS_IN.get(unit, 366) > MAX_SHIFT_DAYS:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
        return "DATE", shift(base, unit, sign * int(float(number))).value
    if (match := NEIGHBOUR_OF_DATE.fullmatch(with_the)) and (
        day := day_of(normalise(match.group(3), anchor_value, last_value, tense))
    ):
        return normalise(f"the {match.group(1)} {match.group(2)}", anchor_value, day, tense)
    match = NARRATIVE_PERIOD.fullmatch(with_the)
    if match and (match.group(1) != "the" or match.group(3)):
        base, unit = last or anchor, _unit(match.group(2))
        if unit == "day" and last is not None and last.precision != "day":
            return "DATE", last.value + "-XX" * (2 if last.precision == "year" else 1)
        if base is None:
            return None
        step = FOCUS_STEPS.get(match.group(1), 0) + NEIGHBOUR_STEPS.get(match.group(3) or "", 0)
        if unit == "week":
            return "DATE", week_value(base.day + timedelta(weeks=step))
        if unit == "quarter":
            focus = QUARTER_VALUE.fullmatch(last_value or "")
            quarter = _quarter_index(int(focus.group(1)), int(focus.group(2))) if focus else None
            return "DATE", _quarter_of((quarter or _quarter_index_of(base.day)) + step)
        return "DATE", shift(base, unit if unit in ("day", "month", "year") else "year", step).value
    if (match := ORDINAL_PERIOD.fullmatch(phrase)) and anchor is not None:
        if match.group(1) == "quarter":
            return "DATE", _current_period("quarter", anchor, tense)
        return _relative_period(match.group(1), "this", anchor, None)
    if match := re.fullmatch(rf"(last|past|previous|this|current|next|coming)\s+{UNIT_WORD}", phrase):
        if (
            text.lower().startswith("the ")
            and match.group(1) in ("last", "past")
            and match.group(2) in ("decade", "century")
        ):
            return "DURATION", _duration("1", _unit(match.group(2)))
        if phrase.endswith("s"):
            return "DURATION", _duration("X", _unit(match.group(2)))
        return _relative_period(_unit(match.group(2)), match.group(1), anchor, last)
    if match := re.fullmatch(
        r"(?:a\s+)?(?:(\d{4})\s+|(year[\s-](?:ago|earlier))\s+)?(first|second|third|fourth|final)\s+(?:fiscal\s+)?quarter"
        r"(?:\s+of\s+(?:(\d{4})|(this|last|next|the)\s+year))?",
        phrase,
    ):
        year = match.group(1) or match.group(4)
        ordinal = min(QUARTER_ORDINALS.index(match.group(3)), 3) + 1
        if year is None and anchor is not None:
            back = 1 if match.group(2) or match.group(5) == "last" else -1 if match.group(5) == "next" else 0
            if not (match.group(2) or match.group(5)):
                back = _quarter_year_step(ordinal, anchor, tense)
            year = f"{anchor.day.year - back:04d}"
        return "DATE", f"{year or 'XXXX'}-Q{ordinal}"
    if (
        match := re.fullmatch(rf"(?:the\s+)?(?:last|past|next|first|coming)\s+(.+?)\s+{UNIT_WORD}", phrase)
    ) and "of" not in match.group(1).split():
        return "DURATION", _duration(_count(match.group(1)), _unit(match.group(2)))
    if match := re.fullmatch(
        r"(?:(last|this past|this|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?",
        phrase,
    ):
        year = int(match.group(3)) if match.group(3) else anchor.day.year if anchor else None
        if year is None:
            return "DATE", f"XXXX-{SEASONS[match.group(2)]}"
        begins = SEASON_STARTS[SEASONS[match.group(2)]]
        bare = not (match.group(1) or match.group(3))
        if match.group(1) == "this past" or bare and tense == "past":
            year -= 1 if anchor.day.month < begins else 0
        elif bare and tense == "future":
            year += 1 if anchor.day.month >= begins + 3 else 0
        year += {"last": -1, "next": 1}.get(match.group(1) or "", 0)
        return "DATE", f"{year:04d}-{SEASONS[match.group(2)]}"
    if match := re.fullmatch(
        r"(?:(last|this|next)\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+(morning|afternoon|evening|night))?",
        phrase,
    ):
        kind, value = _weekday(WEEKDAYS.index(match.group(2)), anchor, match.group(1), tense)
        return (kind, f"{value}T{PARTS_OF_DAY[match.group(3)]}") if match.group(3) else (kind, value)
    if (
        match := re.fullmatch(rf"({'|'.join(WEEKDAYS)})\s+(?:of\s+)?(last|this|next)\s+week", phrase)
    ) and anchor is not None:
        monday = anchor.day - timedelta(days=anchor.day.weekday())
        step = {"last": -1, "next": 1}.get(match.group(2), 0)
        return "DATE", (monday + timedelta(weeks=step, days=WEEKDAYS.index(match.group(1)))).isoformat()
    if (
        (match := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", phrase))
        and text.strip().lower().startswith("the ")
        and anchor is not None
        and (day := _day_of_month(int(match.group(1)), anchor, tense))
    ):
        return "DATE", day
    if (match := re.fullmatch(r"(first|second|last|latter)\s+half\s+of\s+(.+)", phrase)) and (
        year := _year_of(normalise(match.group(2), anchor_value, last_value, tense))
    ):
        return "DATE", f"{year}-H{1 if match.group(1) == 'first' else 2}"
    if (match := re.fullmatch(r"(morning|afternoon|evening|night)\s+of\s+(.+)", phrase)) and (
        day := day_of(normalise(match.group(2), anchor_value, last_value, tense))
    ):
        return "TIME", f"{day}T{PARTS_OF_DAY[match.group(1)]}"
    if (
        (match := WEEK_OF_MONTH.fullmatch(phrase))
        and (month := normalise(" ".join(g for g in match.group(2, 3) if g), anchor_value, last_value, tense))
        and MONTH_VALUE.fullmatch(month[1])
    ):
        return "DATE", week_value(_week_of_month(month[1], match.group(1)))
    if match := SLASHED_DATE.fullmatch(phrase):
        return _slashed_date(*(int(g) for g in match.groups()), anchor, len(match.group(3)))
    if (match := CLOCK_THEN_DAY.fullmatch(phrase)) and (
        match.group(2) or match.group(3) or not match.group(1).isdigit()
    ):
        day_result = normalise(match.group(5), anchor_value, last_value, tense)
        clock = _clock(match.group(1), match.group(2), match.group(3), match.group(4))
        if day := day_of(day_result):
            return "TIME", f"{day}T{clock}"
        if day_result is not None:
            return day_result
    if found := find_date(phrase):
        return "DATE", found.value
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    weekday = r"(?:(" + "|".join(WEEKDAYS) + r"),?\s+)?"
    if match := re.fullmatch(
        rf"{weekday}(?:(last|this|next)\s+)?({month_names})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?", phrase
    ):
        day = int(match.group(4)) if match.group(4) else None
        if match.group(1) and day and anchor:
            return "DATE", _weekday_date(WEEKDAYS.index(match.group(1)), MONTHS[match.group(3)], day, anchor)
        return _month_day(MONTHS[match.group(3)], day, anchor, match.group(2), tense)
    if match := re.fullmatch(rf"{weekday}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({month_names})\.?", phrase):
        if match.group(1) and anchor:
            return "DATE", _weekday_date(
                WEEKDAYS.index(match.group(1)), MONTHS[match.group(3)], int(match.group(2)), anchor
            )
        return _month_day(MONTHS[match.group(3)], int(match.group(2)), anchor, None, tense)
    if match := re.fullmatch(
        rf"({month_names})\.?\s+(?:of\s+)?((?:the\s+)?[a-z]+(?:\s+same)?\s+year)", phrase
    ):
        year = _year_of(normalise(match.group(2), anchor_value, last_value, tense))
        return "DATE", f"{year or 'XXXX'}-{MONTHS[match.group(1)]:02d}"
    if match := re.fullmatch(
        rf"(\d{{1,2}})(?:st|nd|rd|th)\s+century|({'|'.join(CENTURY_ORDINALS)})\s+century", phrase
    ):
        number = int(match.group(1)) if match.group(1) else CENTURY_ORDINALS.index(match.group(2)) + 1
        return "DATE", f"{number - 1:02d}"
    if match := re.fullmatch(r"(.+?)\s+(?:ended|ending)", phrase):
        period = re.fullmatch(
            r"(?:(?:latest|current|full|fiscal|same|whole|entire|first|last)\s+)*year", match.group(1)
        )
        if period:
            return "DURATION", "P1Y"
        return normalise(
            re.sub(r"\s+(?:ended|ending)$", "", text.strip(), flags=re.I), anchor_value, last_value, tense
        )
    if match := re.fullmatch(
        r"(?:(?:latest|current|full|fiscal|same|whole|entire)\s+)*(year|quarter|month|day)", phrase
    ):
        base = anchor if match.group(1) == "quarter" or "current" in phrase else last or anchor
        if match.group(1) == "day":
            base = _focus(anchor, last)
        if with_the == phrase or base is None:
            return "DURATION", _duration("X", match.group(1))
        return "DATE", _current_period(match.group(1), base, "past" if "latest" in phrase else tense)
    if (match := re.fullmatch(r"(?:the\s+)?week\s+of\s+(.+)", phrase)) and (
        day := day_of(normalise(match.group(1), anchor_value, last_value, tense))
    ):
        return "DATE", week_value(date.fromisoformat(day))
    if match := re.fullmatch(r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(.+)", phrase):
        return normalise(match.group(1), anchor_value, last_value, tense)
    if match := re.fullmatch(
        rf"(?:(?:for|over|about|nearly|almost|some|more than)\s+)?(.+?)\s+{UNIT_WORD}(?:\s+long)?", phrase
    ):
        count = _count(match.group(1))
        if "," in match.group(1) or count == "X" and not VAGUE_COUNT.search(match.group(1)):
            return None
        return "DURATION", _duration(count, _unit(match.group(2)))
    if match := re.fullmatch(rf"(.+?)\s+{UNIT_WORD}\s+and\s+a\s+half(?:\s+(?:later|earlier))?", phrase):
        count = _count(match.group(1))
        return "DURATION", _duration(
            f"{float(count) + 0.5:g}" if count != "X" else count, _unit(match.group(2))
        )
    if match := re.fullmatch(rf"{UNIT_WORD} long", phrase):
        return "DURATION", _duration("1" if phrase.startswith(f"{match.group(1)} ") else "X", match.group(1))
    if match := re.fullmatch(rf"{UNIT_WORD}", phrase):
        return "DURATION", _duration("X", _unit(match.group(1)))
    if (match := CLOCK_TIME.fullmatch(phrase)) and (match.group(2) or match.group(3)):
        clock = _clock(match.group(1), match.group(2), match.group(3), match.group(4))
        return "TIME", f"{_day_in_focus(anchor, last)}T{clock}"
    return None
