"""Read TimeML 1.2 files: the text inside <TEXT> with its TIMEX3 spans, and the creation time."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.schema import Timex


@dataclass
class TimemlDocument:
    """A TimeML document: its name, creation time (DCT value), plain text and gold timexes."""

    name: str
    dct: str | None
    text: str
    timexes: list[Timex] = field(default_factory=list)


def _walk(
    element: ElementTree.Element, parts: list[str], timexes: list[Timex], offset: int, name: str
) -> int:
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, parts, timexes, offset, name)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset]
            kind, value = child.get("type", ""), child.get("value", "")
            timexes.append(Timex(child.get("tid", ""), name, start, offset, text, kind, value))
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
    timexes: list[Timex] = []
    name = path.name.removesuffix(".tml")
    if body is not None:
        _walk(body, parts, timexes, 0, name)
    return TimemlDocument(name, dct.get("value") if dct is not None else None, "".join(parts), timexes)


def read_folder(folder: Path) -> list[TimemlDocument]:
    """Return every TimeML document of a folder, in name order."""
    return [read_timeml(path) for path in sorted(folder.glob("*.tml"))]
