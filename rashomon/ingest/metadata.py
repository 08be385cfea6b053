"""Sniff title, outlet, author and dates from the first and last lines of a text."""

from __future__ import annotations

import re
from typing import Any

from rashomon.ingest.dates import FoundDate, find_date

HEAD_LINES = 8
TAIL_LINES = 12
MAX_TITLE_CHARS = 200
MAX_NAME_WORDS = 10

ISSUE_LINE = re.compile(
    r"^(?P<outlet>.*?)[\s,]*(?:#|\bno\.?\s*|\bissue\s+|\bvol\.?\s*)(?P<number>\d+)\b", re.I
)
CAMEL_MASTHEAD = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
BYLINE = re.compile(r"^(?:by|from)\s+(?:the\s+)?(?P<name>[A-Z].+)$", re.I)
ISSUER_LINE = re.compile(
    r"^(?:statement|declaration|communiqu[eé]|press release)\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?P<name>[A-Z].+)$",
    re.I,
)
EMAIL_SIGNATURE = re.compile(r"^[-–—\s]*(?P<name>[A-Z][\w.' -]+?)\s*<[^@\s>]+@[^\s>]+>\s*$")
NAME_LINE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|de|del|la|and|for|y))*$")
DATE_LABEL = re.compile(
    r"(?:(?:first\s+)?published|posted|date[d]?|issued|released|written|publication\s+date)(?:\s+on)?\s*:?",
    re.I,
)
"""Words that label a line holding only a date."""
SEPARATOR = re.compile(r"^\s*[-–—:|]+\s*")
WEB_ADDRESS = re.compile(r"^(?:https?://(?:www\.)?|www\.)(?P<host>[\w-]+(?:\.[\w-]+)+)(?:[/?#:]\S*)?$", re.I)
"""A line that is a web page's address; its host names the outlet ("https://www.chron.com/news/..")."""


def split_camel(word: str) -> str:
    """Split a masthead written as one word ("DailyNews") into its words."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", word)


def is_name_line(line: str) -> bool:
    """Return True when a line reads like a name or an organisation, not a sentence."""
    words = line.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and bool(NAME_LINE.match(line)) and not line.endswith((".", ":"))


def is_prose(line: str) -> bool:
    """Return True for a line of running text rather than a headline: it ends with a full stop, as
    headlines do not (a paragraph, a quoted sentence, a one-line lead)."""
    return line.endswith((".", '."', ".”", ".’", ".''"))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _date_only(line: str, found: FoundDate) -> bool:
    """Return True when a line holds nothing but a date and maybe its label ("Published: 12 March 2024")."""
    rest = (line[: found.start] + line[found.end :]).strip(" ,.-–—:")
    return not rest or bool(DATE_LABEL.fullmatch(rest))


def _dateline_outlet(line: str, found: FoundDate) -> str | None:
    """Return the outlet of a dateline that names it before the date ("Harbour Gazette, 10 March 2004")."""
    prefix = line[: found.start].strip(" ,.-–—|")
    if prefix and not line[found.end :].strip(" ,.-–—") and is_name_line(prefix):
        return prefix
    return None


def sniff_head(lines: list[str]) -> dict[str, Any]:
    """Read the masthead: outlet (a masthead, a dateline's or a web address's), issue date, byline and title
    from the first lines."""
    meta: dict[str, Any] = {}
    for line in lines[:HEAD_LINES]:
        found = find_date(line)
        issue = ISSUE_LINE.match(line)
        dateline = _dateline_outlet(line, found) if found else None
        if (
            found
            and "published" not in meta
            and (issue or dateline or _date_only(line, found) or found.start == 0)
        ):
            meta["published"], meta["published_precision"] = found.value, found.precision
            outlet = issue.group("outlet").strip(" ,.-–—") if issue else dateline
            if outlet and "outlet" not in meta:
                meta["outlet"] = outlet
            remainder = SEPARATOR.sub("", line[found.end :]).strip()
            if not issue and remainder and "title" not in meta:
                meta["title"] = remainder
            continue
        if CAMEL_MASTHEAD.match(line) and "outlet" not in meta:
            meta["outlet"] = split_camel(line)
            continue
        if address := WEB_ADDRESS.match(line):
            meta.setdefault("outlet", address.group("host").lower())
            continue
        match = ISSUER_LINE.match(line) or BYLINE.match(line)
        if match and is_name_line(match.group("name").strip()):
            meta.setdefault("author", match.group("name").strip())
            continue
        if "title" not in meta and len(line) <= MAX_TITLE_CHARS and not is_prose(line):
            meta["title"] = line
    return meta


def sniff_tail(lines: list[str]) -> dict[str, Any]:
    """Read the sign-off: the signer and the date the text itself was written."""
    meta: dict[str, Any] = {}
    tail = lines[-TAIL_LINES:]
    for index in range(len(tail) - 1, -1, -1):
        line = tail[index]
        if match := EMAIL_SIGNATURE.match(line):
            meta.setdefault("author", match.group("name").strip())
        found = find_date(line)
        if found and _date_only(line, found) and "written" not in meta:
            meta["written"], meta["written_precision"] = found.value, found.precision
            if index > 0 and is_name_line(tail[index - 1]):
                meta.setdefault("author", tail[index - 1])
    if "author" not in meta and tail and is_name_line(tail[-1]) and len(tail[-1].split()) >= 2:
        meta["author"] = tail[-1]
    return meta


def sniff_metadata(text: str) -> dict[str, Any]:
    """Return the metadata a plain text declares about itself in its first and last lines."""
    lines = _lines(text)
    if not lines:
        return {}
    meta = sniff_head(lines)
    tail = sniff_tail(lines[min(HEAD_LINES, len(lines) // 2 + 1) :])
    for key, value in tail.items():
        meta.setdefault(key, value)
    if "published" not in meta and "written" in meta:
        meta["published"], meta["published_precision"] = meta.pop("written"), meta.pop("written_precision")
    if meta.get("written") == meta.get("published"):
        meta.pop("written", None)
        meta.pop("written_precision", None)
    if "outlet" not in meta and ISSUER_LINE.match("statement of " + meta.get("author", "")):
        issuer = _issuer(lines)
        if issuer:
            meta["outlet"] = issuer
    return meta


def _issuer(lines: list[str]) -> str | None:
    for line in lines[:HEAD_LINES]:
        if match := ISSUER_LINE.match(line):
            return match.group("name").strip()
    return None
