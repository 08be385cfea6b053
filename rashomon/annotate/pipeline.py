"""Assemble the spaCy pipeline with Rashomon's components and run it on documents."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from rashomon.annotate import extensions as _extensions  # noqa: F401  (registers Doc._.doc_id, Doc._.dct)
from rashomon.errors import RashomonError
from rashomon.quantities.numbers import SMALL, TENS
from rashomon.settings import DEFAULT_MODEL

COMPONENTS: tuple[str, ...] = (
    "rashomon_paragraphs",
    "rashomon_aliases",
    "rashomon_names",
    "rashomon_timex",
    "rashomon_quantities",
    "rashomon_events",
)
"""Rashomon's components in pipeline order; factory `rashomon_X` lives in `rashomon.annotate.X`."""
PLACEMENT: dict[str, dict[str, str]] = {"rashomon_paragraphs": {"before": "parser"}}
"""Where a component goes when it must run inside the model's own pipeline; the rest go last."""


RANGE_INFIXES = (
    r"(?<=%)[-–](?=[\d£$€])",
    r"(?<=\d)[-–](?=[£$€])",
    r"(?<=\d[mbkpMBKCF])[-–](?=\d)",
    r"(?<=\d[a-z]{2})[-–](?=\d)",
    r"(?<=\d[a-z]{3})[-–](?=\d)",
    r"(?<=[a-z])[-–](?=[£$€]\d)",
    r"(?<=\d)[–—](?=\d)",
    r"(?<=illion)[-–](?=\d)",
    r"(?<=[\w%])—(?=[\w$£€])",
    r"(?<=\d%)/(?=[a-z])",
    r"(?<=[¼½¾⅓⅔⅛⅜⅝⅞])-(?=[a-z])",
    r"(?<=\d-foot|\d-feet)-(?=\d)",
)
"""Hyphens or en dashes that join the ends of a range glued to their signs, scale letters or words, or
degrees ("3%-4%", "£20–£30", "3m-4m", "$5 billion-$6 billion", "5 million-10 million", "20C-25C", "15pc-20pc",
"1kg-2kg"), and en or em dashes between digits ("1,000–2,000", "5—10"), split off so that each end is a token
of its own; an em dash written against the words or numbers it sets off ("sales—35,768 units—beat", "5%—the
highest"); a slash between a percent sign and what it is per ("2.1%/year"); a hyphen between a fraction
written as one character and the unit it measures ("2½-hour"); the hyphen between the feet and the inches of
a height ("6-foot-5")."""
APPROXIMATE_PREFIXES = (
    r"[~≈±≥≤](?=[\d$£€])",
    r"\+/[-−](?=\d)",
    r"(?:c|ca|approx)\.(?=\d)",
    r"(?:[Ss]ub|[Mm]inus)-(?=\d)",
)
"""A sign or abbreviation of approximation, margin, bound or sign written against a number ("~500", "±3",
"≥5%", "+/-5", "c.500", "sub-300", "minus-130"), split off as the qualifier or sign it is."""
CURRENCY_PREFIXES = (
    r"\$[A-Z]{1,2}(?=\d)",
    r"Y=(?=\d)",
    r"PS(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+\.\d|\d+(?:\.\d+)?(?:m|bn|mn|tn|k)$)",
)
"""A dollar sign with the letters of its country written against a number ("$A82,615,680", "$NZ5"), and the
ASCII stand-ins that transliteration writes for the yen and pound signs ("Y=28,030", "PS2.7m"), split off as
the currency they are; "PS" only before a sum no console is named by ("PS21,700", "PS8.1bn", not "PS4")."""


def _after_number_words(pattern: str) -> tuple[str, ...]:
    """Return `pattern` behind each number word from "one" to "ninety", one pattern for each length of word,
    since what a pattern looks behind at must have one length."""
    words = [w for w in [*SMALL, *TENS] if w != "zero"]
    lengths = sorted({len(w) for w in words})
    return tuple(rf"(?<=\b(?i:{'|'.join(w for w in words if len(w) == size)})){pattern}" for size in lengths)


RANGE_SUFFIXES = (
    r"(?<=\d)-",
    *_after_number_words("-"),
    r"(?<=\d)[x×]",
    r"(?<=\d[kKmMbB%])\+",
    r"(?<=\d[bmt]n)\+",
    r"(?<=\d[A-Z])\.",
    r"(?<=\d[A-Z]{2})\.",
)
"""A hyphen left hanging after the first end of a range or list, in digits or words ("18- to 24-year-olds",
"four-, five- and six-cylinder"), a sign of times ("1.5x"), a plus after a scale letter or abbreviation or a
percent sign ("100k+", "$1tn+", "50%+") and a full stop ending a sentence after a capital glued to digits
("$1.5T.", "16GB."), split off their number."""


def load_component(name: str) -> None:
    """Import the module that registers factory `name`."""
    importlib.import_module(f"rashomon.annotate.{name.removeprefix('rashomon_')}")


def build_nlp(model: str = DEFAULT_MODEL, components: Sequence[str] = COMPONENTS) -> Language:
    """Load the spaCy model `model` and append Rashomon's components to it."""
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise RashomonError("E002", model=model) from error
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *RANGE_INFIXES]).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *RANGE_SUFFIXES]).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(
        [*APPROXIMATE_PREFIXES, *CURRENCY_PREFIXES, *nlp.Defaults.prefixes]
    ).search
    for name in components:
        load_component(name)
        nlp.add_pipe(name, **PLACEMENT.get(name, {"last": True}))
    return nlp


def make_doc(nlp: Language, text: str, doc_id: str = "", dct: str | None = None) -> Doc:
    """Tokenise `text` into a Doc that carries its document id and creation time."""
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.dct = dct
    return doc


def annotate(
    nlp: Language, items: Iterable[tuple[str, str, str | None]], batch_size: int = 16
) -> Iterator[Doc]:
    """Run the pipeline over (doc_id, text, dct) triples, yielding annotated Docs in order."""
    docs = (make_doc(nlp, text, doc_id, dct) for doc_id, text, dct in items)
    yield from nlp.pipe(docs, batch_size=batch_size)
