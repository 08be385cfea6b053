"""ECB+: how well Rashomon tells apart the stories of a mixed collection (which documents to compare)."""

from __future__ import annotations

import re
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from rashomon.analyse import analyse
from rashomon.bench.metrics import f1_score
from rashomon.compare.stories import shared_name_stories, split_stories, story_names
from rashomon.store import open_store

DATA_FOLDER = "ecbplus-corpus"
TEST_TOPICS = frozenset(range(36, 46))
DEV_TOPICS = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
"""The standard ECB+ split (Cybulska & Vossen 2015): test topics 36-45, dev topics as listed."""
FILE_NAME = re.compile(r"(\d+)_\d+(ecb(?:plus)?)\.xml")
"""An ECB+ file: its topic and its sub-topic; each sub-topic is one seminal event, one story."""


def read_ecbplus(folder: Path, topics: frozenset[int]) -> dict[str, tuple[str, str]]:
    """Return each document's text (one line a sentence) and its story, by file name, for some topics."""
    documents = {}
    for path in sorted(folder.glob("ECB+/*/*.xml")):
        match = FILE_NAME.fullmatch(path.name)
        if match is None or int(match.group(1)) not in topics:
            continue
        sentences: dict[int, list[str]] = defaultdict(list)
        for token in ElementTree.parse(path).getroot().iter("token"):
            sentences[int(token.get("sentence", "0"))].append(token.text or "")
        text = "\n".join(" ".join(words) for _, words in sorted(sentences.items()))
        documents[path.stem] = (text, f"{match.group(1)}{match.group(2)}")
    return documents


def pair_scores(stories: list[list[str]], gold: dict[str, str]) -> dict[str, float]:
    """Return precision, recall and F1 of the pairs of documents put in one story."""
    found = {doc: i for i, story in enumerate(stories) for doc in story}
    same_found = same_gold = both = 0
    for first, second in combinations(sorted(gold), 2):
        in_found, in_gold = found[first] == found[second], gold[first] == gold[second]
        same_found += in_found
        same_gold += in_gold
        both += in_found and in_gold
    return {k: round(v, 4) for k, v in f1_score(both, same_found, both, same_gold).items()}


def evaluate(folder: Path, topics: frozenset[int]) -> dict[str, object]:
    """Analyse the documents of some topics as one collection; score the stories Rashomon tells and those
    that one shared name would tell."""
    documents = read_ecbplus(folder, topics)
    with tempfile.TemporaryDirectory() as work:
        for name, (text, _) in documents.items():
            (Path(work) / f"{name}.txt").write_text(text, encoding="utf-8")
        analyse([work], db=Path(work) / "ecbplus.db")
        store = open_store(Path(work) / "ecbplus.db")
        stored = store.records("documents")
        gold = {d.id: documents[Path(d.path).stem][1] for d in stored}
        names = story_names(store.records("entities"), len(gold), [d.outlet for d in stored if d.outlet])
    alone = [[doc] for doc in gold if doc not in names.by_doc]
    return {
        "metrics": pair_scores(split_stories(gold, names), gold),
        "baseline": pair_scores([*shared_name_stories(sorted(names.by_doc), names), *alone], gold),
        "n_docs": len(gold),
    }


def run(data: Path) -> dict[str, object]:
    """Score story splitting on ECB+'s test topics, and on its dev topics, against one shared name."""
    started = time.perf_counter()
    test = evaluate(data, TEST_TOPICS)
    dev = evaluate(data, DEV_TOPICS)
    return {
        "benchmark": "ecbplus-stories",
        "n_docs": test["n_docs"],
        "metrics": test["metrics"],
        "baseline_name": "one-shared-name",
        "baseline": test["baseline"],
        "dev": {**dev["metrics"], "baseline": dev["baseline"], "n_docs": dev["n_docs"]},
        "seconds": round(time.perf_counter() - started, 1),
    }
