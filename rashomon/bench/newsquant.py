"""NewsQuant (CQE, EMNLP 2023): value, value+change and value+unit F1 of the quantity extractor."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.pipeline import annotate, build_nlp
from rashomon.bench.metrics import f1_score
from rashomon.quantities.numbers import VAGUE_SCALES, parse_amount
from rashomon.quantities.qualifiers import qualifier_class
from rashomon.quantities.ranges import written_from_to
from rashomon.quantities.units import SAME_UNITS, unit_name
from rashomon.schema import Quantity

DATA_FOLDER = "newsquant"
GOLD_VALUE = re.compile(r"(-?[\d.]+(?:[eE][-+]?\d+)?)(?:\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?))?")
"""A gold value: one number or a range "low-high"."""
LEVELS = ("value", "value_change", "value_unit")
PLURAL_SCALES = VAGUE_SCALES | {"billions": 1_000_000_000}
"""Plural scale words, each with the scale it multiplies by."""
BASELINE_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
NEWSQUANT_UNIT_NAMES = {
    "degree celsius": "celsius",
    "degree fahrenheit": "fahrenheit",
    "degree angle": "degree",
    "tonne": "metric ton",
    "short ton": "ton",
    "cubic centimetre": "millilitre",
    "peso": "mexican peso",
    "swedish krona": "swedish krone",
    "polish zloty": "polish złoty",
    "dutch guilder": "netherlands guilde",
    "israeli new shekel": "shekel",
    "thai baht": "baht",
    "vietnamese dong": "dong",
    "nigerian naira": "naira",
}
"""Units that NewsQuant's dictionary (CQE's unit.json) names otherwise than ours: its own names for a unit
both have (a bare "peso" is its Mexican peso), and the noun itself for a currency it lacks, as CQE names a
noun-based unit."""


@dataclass(frozen=True)
class Found:
    """One quantity as the scorer sees it: a number or (low, high) range, change class and unit."""

    value: tuple[float, float]
    change: str
    unit: str


def read_newsquant(path: Path) -> list[tuple[str, list[Found]]]:
    """Return each NewsQuant sentence with its gold quantities."""
    items = json.loads(path.read_text(encoding="utf-8"))
    return [(item["text"], [_gold(q) for q in item["quantities"]]) for item in items]


def _gold(quantity: dict[str, str]) -> Found:
    low, high = GOLD_VALUE.fullmatch(quantity["value"]).groups()
    return Found((float(low), float(high or low)), quantity["change"], quantity["normalized_unit"].lower())


def _matches(system: Found, gold: Found, level: str) -> bool:
    if not all(
        math.isclose(s, g, rel_tol=1e-6, abs_tol=1e-9) for s, g in zip(system.value, gold.value, strict=True)
    ):
        return False
    if level == "value_change":
        return system.change == gold.change
    if level == "value_unit":
        return system.unit == gold.unit
    return True


def score(pairs: Iterable[tuple[list[Found], list[Found]]]) -> dict[str, float]:
    """Return F1 at each matching level over (system, gold) quantities per sentence."""
    counts = {level: 0 for level in LEVELS}
    n_system = n_gold = 0
    for system, gold in pairs:
        n_system += len(system)
        n_gold += len(gold)
        for level in LEVELS:
            unused = list(gold)
            for found in system:
                match = next((g for g in unused if _matches(found, g, level)), None)
                if match is not None:
                    unused.remove(match)
                    counts[level] += 1
    return {
        f"{level}_f1": round(f1_score(counts[level], n_system, counts[level], n_gold)["f1"], 4)
        for level in LEVELS
    }


def score_as_cqe_script(pairs: Iterable[tuple[list[Found], list[Found]]]) -> dict[str, float]:
    """Return F1 at each level counted as CQE's evaluation script counts, the way its published figures were
    made: every (gold, system) pair with equal values is a value match until the sentence's gold count is used
    up, and a change or unit match however many times the same gold is matched."""
    counts = {level: 0 for level in LEVELS}
    n_system = n_gold = 0
    for system, gold in pairs:
        n_system += len(system)
        n_gold += len(gold)
        value_credits = len(gold)
        for expected in gold:
            for found in system:
                if not _close_as_numpy(found.value, expected.value):
                    continue
                if value_credits:
                    counts["value"] += 1
                    value_credits -= 1
                counts["value_change"] += found.change == expected.change
                counts["value_unit"] += found.unit == expected.unit
    return {
        f"{level}_f1": round(f1_score(counts[level], n_system, counts[level], n_gold)["f1"], 4)
        for level in LEVELS
    }


def _close_as_numpy(system: tuple[float, float], gold: tuple[float, float]) -> bool:
    return all(abs(g - s) <= 1e-8 + 1e-5 * abs(s) for s, g in zip(system, gold, strict=True))


def change_class(qualifier: str | None) -> str:
    """Return the NewsQuant change class (= ~ > < up down) of one of our qualifiers."""
    if qualifier in ("up", "down"):
        return qualifier
    return qualifier_class(qualifier)


def _amount_words(quantity: Quantity) -> str:
    """Return the words of a quantity's amount, its qualifier left out."""
    words = quantity.text
    if quantity.qualifier and words.lower().startswith(quantity.qualifier.lower()):
        words = words[len(quantity.qualifier) :]
    return words


def is_vague(quantity: Quantity) -> bool:
    """Return True for a count that words give only as a range ("several hundred", "dozens"), with no number
    written; NewsQuant annotates written numbers, and plural scale words (see `plural_scale_range`)."""
    amount = parse_amount(_amount_words(quantity))
    return amount is not None and amount.vague


def plural_scale_range(quantity: Quantity) -> tuple[float, float] | None:
    """Return the range that CQE (and so NewsQuant's annotation) reads in plural scale words alone: from the
    scale to ten times it ("thousands" 1,000-10,000, "tens of thousands" 10,000-100,000, "dozens" 12-120);
    Rashomon's own ranges for them are narrower ("thousands" 2,000-9,999)."""
    words = [w for w in _amount_words(quantity).lower().split() if w != "of"]
    scales = [PLURAL_SCALES.get(word) for word in words]
    if not scales or None in scales:
        return None
    scale = math.prod(scales)
    return (scale, 10 * scale)


def rashomon_quantities(doc: Doc) -> list[Found]:
    """Return the quantities Rashomon's extractor finds, in scorer form; vague counts are left out but plural
    scale words alone, and the two ends of "from X to Y" are one range, as CQE reads them."""
    found: list[Found] = []
    previous: Quantity | None = None
    for quantity in doc._.quantities:
        if (plural := plural_scale_range(quantity)) is not None:
            value = plural
        elif is_vague(quantity):
            continue
        elif quantity.value is not None:
            value = (quantity.value, quantity.value)
        elif quantity.low is not None and quantity.high is not None:
            value = (quantity.low, quantity.high)
        else:
            continue
        change = change_class(newsquant_change(quantity))
        if previous is not None and found and is_from_to(doc.text, previous, quantity):
            opening = found.pop()
            value = (opening.value[0], value[0])
            change = opening.change if opening.change != "=" else change
        found.append(Found(value, change, newsquant_unit(quantity.unit)))
        previous = quantity
    return found


def is_from_to(text: str, first: Quantity, second: Quantity) -> bool:
    """Return True when two single numbers are written "from X to Y", which CQE's rules (and so NewsQuant's
    annotation) read as one range; Rashomon keeps a level left and a level reached ("rose from 5% to 7%")
    as two quantities."""
    if first.value is None or second.value is None:
        return False
    return written_from_to(text, first.start, first.end, second.start)


def newsquant_change(quantity: Quantity) -> str | None:
    """Return the one change a quantity has for NewsQuant, which keeps one: the direction of a rise or fall
    rather than a word of approximation ("rose about 5%" is up), a bound or an exact word rather than the
    direction ("rose more than 5%", "rose just 2%")."""
    if quantity.change is not None and (
        quantity.qualifier is None or qualifier_class(quantity.qualifier) == "~"
    ):
        return quantity.change
    return quantity.qualifier


def newsquant_unit(unit: str | None) -> str:
    """Return our unit as NewsQuant names it, each side of a rate alike ("dollar per tonne" → "dollar per
    metric ton"); no unit is "-"."""
    parts = (unit or "-").lower().split(" per ")
    return " per ".join(NEWSQUANT_UNIT_NAMES.get(part, part) for part in parts)


def baseline_quantities(doc: Doc) -> list[Found]:
    """Return spaCy's numeric entities, each with the nearest following noun as its unit."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in BASELINE_LABELS:
            continue
        number = next((t for t in ent if t.like_num), None)
        amount = parse_amount(number.text) if number is not None else None
        if amount is None or amount.value is None:
            continue
        noun = next((t for t in doc[ent.start :] if t.pos_ == "NOUN" and not t.like_num), None)
        unit = unit_name(noun.text) or noun.lemma_.lower() if noun is not None else "-"
        found.append(Found((amount.value, amount.value), "=", unit))
    return found


def quantulum3_quantities(doc: Doc) -> list[Found]:
    """Return the quantities quantulum3's own parser finds in the text (its unit names; counts unitless)."""
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    found = []
    for quantity in parser.parse(doc.text):
        name = quantity.unit.name
        unit = "-" if name == "dimensionless" else SAME_UNITS.get(name, name)
        found.append(Found((quantity.value, quantity.value), "=", unit.lower()))
    return found


def found_and_gold(
    nlp: Language, items: list[tuple[str, list[Found]]], extract: Callable[[Doc], list[Found]]
) -> list[tuple[list[Found], list[Found]]]:
    """Return one extractor's quantities beside the gold ones, sentence by sentence."""
    docs = annotate(nlp, ((str(i), text, None) for i, (text, _) in enumerate(items)))
    return [(extract(doc), gold) for doc, (_, gold) in zip(docs, items, strict=True)]


def run(data: Path) -> dict[str, object]:
    """Score Rashomon, the spaCy-entity baseline and quantulum3's parser on NewsQuant."""
    started = time.perf_counter()
    items = read_newsquant(data / "NewsQuant.json")
    nlp = build_nlp()
    pairs = found_and_gold(nlp, items, rashomon_quantities)
    return {
        "benchmark": "newsquant",
        "n_sentences": len(items),
        "n_gold": sum(len(gold) for _, gold in items),
        "metrics": score(pairs),
        "metrics_cqe_counting": score_as_cqe_script(pairs),
        "baseline_name": "spacy-entities+nearest-noun",
        "baseline": score(found_and_gold(nlp, items, baseline_quantities)),
        "quantulum3": score(found_and_gold(nlp, items, quantulum3_quantities)),
        "seconds": round(time.perf_counter() - started, 1),
    }
