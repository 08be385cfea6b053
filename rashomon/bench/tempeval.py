"""TempEval-3 Task A on the platinum test set: extent, type and value F1 of the timex component."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates
from spacy.language import Language

from rashomon.annotate.pipeline import annotate, build_nlp
from rashomon.bench.cat import read_cat_folder
from rashomon.bench.metrics import f1_score
from rashomon.bench.timeml import TimemlDocument, read_folder
from rashomon.schema import Timex

DATA_FOLDER = "tempeval3-platinum"
DEV_FOLDER = Path("tempeval3") / "aquaint"
"""The development set, relative to the benchmark root."""
MEANTIME_FOLDER = Path("meantime-cat") / "intra_cross-doc_annotation"
"""A second development set of newer news (Wikinews 2004-2011), relative to the benchmark root."""
CLOCK = re.compile(r"\d:\d\d|\b[ap]\.?m\b", re.I)
TIMEX_COMPONENTS = ("rashomon_timex",)


@dataclass(frozen=True)
class Span:
    """A system or gold timex as the scorer sees it."""

    start: int
    end: int
    type: str
    value: str


def _one_to_one(system: list[Span], gold: list[Span], same: Callable[[Span, Span], bool]) -> list[tuple]:
    pairs, used = [], set()
    for found in system:
        match = next((i for i, g in enumerate(gold) if i not in used and same(found, g)), None)
        if match is not None:
            used.add(match)
            pairs.append((found, gold[match]))
    return pairs


def score(documents: Iterable[tuple[list[Span], list[Span]]]) -> dict[str, float]:
    """Return strict and relaxed extent F1 and type and value F1 (accuracy × relaxed F1) over documents."""
    n_system = n_gold = strict = relaxed = typed = valued = 0
    for system, gold in documents:
        n_system += len(system)
        n_gold += len(gold)
        strict += len(_one_to_one(system, gold, lambda s, g: (s.start, s.end) == (g.start, g.end)))
        overlapping = _one_to_one(system, gold, lambda s, g: s.start < g.end and g.start < s.end)
        relaxed += len(overlapping)
        typed += sum(s.type == g.type for s, g in overlapping)
        valued += sum(s.value == g.value for s, g in overlapping)
    relaxed_f1 = f1_score(relaxed, n_system, relaxed, n_gold)["f1"]
    return {
        "strict_f1": round(f1_score(strict, n_system, strict, n_gold)["f1"], 4),
        "relaxed_f1": round(relaxed_f1, 4),
        "type_f1": round(typed / relaxed * relaxed_f1 if relaxed else 0.0, 4),
        "value_f1": round(valued / relaxed * relaxed_f1 if relaxed else 0.0, 4),
    }


def _gold(timexes: list[Timex]) -> list[Span]:
    return [Span(t.start, t.end, t.type, t.value) for t in timexes]


def rashomon_timexes(nlp: Language, documents: list[TimemlDocument]) -> list[list[Span]]:
    """Return the timexes Rashomon's component finds in each document, read against its DCT."""
    docs = annotate(nlp, ((d.name, d.text, d.dct) for d in documents))
    return [[Span(t.start, t.end, t.type, t.value) for t in doc._.timexes] for doc in docs]


def dateparser_timexes(document: TimemlDocument) -> list[Span]:
    """Return the dates dateparser's `search_dates` finds, located in the text, valued against the DCT."""
    base = datetime.fromisoformat(document.dct[:10]) if document.dct else datetime.now()
    found, cursor = [], 0
    for paragraph in document.text.split("\n"):
        offset = document.text.index(paragraph, cursor)
        cursor = offset + len(paragraph)
        if not paragraph.strip():
            continue
        matches = search_dates(paragraph, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        position = 0
        for text, moment in matches:
            start = paragraph.find(text, position)
            if start < 0:
                continue
            position = start + len(text)
            clock = bool(CLOCK.search(text))
            value = moment.strftime("%Y-%m-%dT%H:%M") if clock else moment.date().isoformat()
            found.append(Span(offset + start, offset + position, "TIME" if clock else "DATE", value))
    return found


def evaluate(nlp: Language, documents: list[TimemlDocument]) -> dict[str, float]:
    """Score Rashomon's timex component on TimeML documents."""
    system = rashomon_timexes(nlp, documents)
    result = score(zip(system, (_gold(d.timexes) for d in documents), strict=True))
    return {**result, "n_docs": len(documents)}


def run(data: Path) -> dict[str, object]:
    """Score Rashomon and dateparser on TempEval-3 platinum, and Rashomon on the AQUAINT and MEANTIME
    development sets when they lie beside it."""
    started = time.perf_counter()
    documents = read_folder(data / "gold")
    nlp = build_nlp(components=TIMEX_COMPONENTS)
    metrics = evaluate(nlp, documents)
    result: dict[str, object] = {
        "benchmark": "tempeval3-platinum",
        "n_docs": metrics.pop("n_docs"),
        "metrics": metrics,
        "baseline_name": "dateparser",
        "baseline": score((dateparser_timexes(d), _gold(d.timexes)) for d in documents),
    }
    dev = data.parent / DEV_FOLDER
    if dev.is_dir():
        result["dev"] = evaluate(nlp, read_folder(dev))
    meantime = data.parent / MEANTIME_FOLDER
    if meantime.is_dir():
        result["dev_meantime"] = evaluate(nlp, read_cat_folder(meantime))
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result
