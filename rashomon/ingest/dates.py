"""Read the calendar dates that mastheads, issue lines and signatures carry, with their precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
MONTH_RANGE_END = r"(?:\s*[-–/]\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?)?"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

PATTERNS: tuple[tuple[str, str], ...] = (
    ("day", rf"\b{YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("day", rf"\b(?P<day>[0-3]?\d)([./-])(?P<month>[01]?\d)\2{YEAR}\b"),
    ("day", rf"\b{WEEKDAY}{MONTH}\s+{DAY},?\s+{YEAR}\b"),
    ("day", rf"\b{WEEKDAY}{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b"),
    ("day", rf"\b(?P<day>[0-3]?\d)-{MONTH}-{YEAR}\b"),
    ("month", rf"\b{MONTH}{MONTH_RANGE_END},?\s+{YEAR}\b"),
    ("month", rf"\b{YEAR}-(?P<month>[01]\d)\b"),
    ("year", rf"^\s*{YEAR}\s*$"),
)
COMPILED = tuple((precision, re.compile(pattern, re.IGNORECASE)) for precision, pattern in PATTERNS)


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: its TimeML value, precision and character span."""

    value: str
    precision: str
    start: int
    end: int


def _month_number(raw: str) -> int:
    return int(raw) if raw.isdigit() else MONTHS[raw.lower().rstrip(".")]


def find_date(line: str) -> FoundDate | None:
    """Return the first valid calendar date in `line` (day-first for dotted, slashed and hyphenated forms),
    or None."""
    for precision, pattern in COMPILED:
        for match in pattern.finditer(line):
            parts = match.groupdict()
            year = int(parts["year"])
            month = _month_number(parts["month"]) if parts.get("month") else None
            day = int(parts["day"]) if parts.get("day") else None
            if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
                continue
            value = f"{year:04d}"
            if precision in ("month", "day"):
                value += f"-{month:02d}"
            if precision == "day":
                value += f"-{day:02d}"
            return FoundDate(value, precision, match.start(), match.end())
    return None


def parse_date(text: str) -> tuple[str, str] | None:
    """Return (TimeML value, precision) for a date string such as a sidecar's `published`."""
    found = find_date(text.strip())
    return (found.value, found.precision) if found else None
