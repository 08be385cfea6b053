"""Read TimeML 1.2 files: the text inside <TEXT> with its TIMEX3 spans, and the creation time."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    """A temporal expression as annotated: character span into the plain text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimemlDocument:
    """A TimeML document: its name, creation time (DCT value), plain text and gold timexes."""

    name: str
    dct: str | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def _walk(element: ElementTree.Element, parts: list[str], timexes: list[GoldTimex], offset: int) -> int:
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, parts, timexes, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset]
            timexes.append(GoldTimex(start, offset, text, child.get("type", ""), child.get("value", "")))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_timeml(path: Path) -> TimemlDocument:
    """Return the plain text, DCT value and gold TIMEX3 spans of one TimeML file."""
    root = ElementTree.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if body is not None:
        _walk(body, parts, timexes, 0)
    name = path.name.removesuffix(".tml")
    return TimemlDocument(name, dct.get("value") if dct is not None else None, "".join(parts), timexes)


def read_folder(folder: Path) -> list[TimemlDocument]:
    """Return every TimeML document of a folder, in name order."""
    return [read_timeml(path) for path in sorted(folder.glob("*.tml"))]
