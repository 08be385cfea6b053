"""Read MEANTIME's CAT XML: the tokens joined into text, the creation time and the TIMEX3 spans."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from rashomon.bench.timeml import TimemlDocument
from rashomon.ingest.dates import find_date
from rashomon.schema import Timex

ANNOTATED_SENTENCES = 6
"""MEANTIME marks temporal expressions in a document's title, date line and first sentences only (its
sentences 0 to 5); text after them is left out, so that unmarked expressions there are not scored."""
NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?)%]|'s$|n't$|')")


def read_cat(path: Path) -> TimemlDocument:
    """Return the text of a CAT file's annotated sentences (one line each), its creation time and the gold
    TIMEX3 spans in it."""
    root = ElementTree.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    text, sentence = "", None
    for token in root.iter("token"):
        number = int(token.get("sentence", "0"))
        if number >= ANNOTATED_SENTENCES:
            break
        word = token.text or ""
        if sentence is not None and number != sentence:
            text += "\n"
        elif text and not NO_SPACE_BEFORE.match(word) and not text.endswith(("(", "$", '"')):
            text += " "
        sentence = number
        offsets[token.get("t_id", "")] = (len(text), len(text) + len(word))
        text += word
    name, dct, timexes = path.stem, None, []
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            found = find_date((timex.get("value") or "")[:10])
            dct = found.value if found else None
        anchors = [offsets.get(a.get("t_id", "")) for a in timex.iter("token_anchor")]
        if anchors and all(anchors):
            start, end = anchors[0][0], anchors[-1][1]
            kind, value = timex.get("type", ""), timex.get("value", "")
            timexes.append(Timex(timex.get("m_id", ""), name, start, end, text[start:end], kind, value))
    return TimemlDocument(name, dct, text, timexes)


def read_cat_folder(folder: Path) -> list[TimemlDocument]:
    """Return every CAT document under a folder, in path order."""
    return [read_cat(path) for path in sorted(folder.rglob("*.xml"))]
