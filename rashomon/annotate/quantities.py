"""The `rashomon_quantities` component: counts and quantities on `Doc._.quantities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.extensions import register_extension
from rashomon.quantities.extract import extract_quantities

register_extension("quantities", default=None)

NOT_PARSING = "ner"
"""The model's component that a second parse of part of a sentence does without."""


@Language.factory("rashomon_quantities")
def make_quantity_extractor(nlp: Language, name: str) -> QuantityExtractor:
    """Create the component that writes counts and quantities to `Doc._.quantities`."""
    return QuantityExtractor(nlp)


class QuantityExtractor:
    """spaCy component: a pure function of the Doc; reads `Doc._.timexes` when a timex component ran, and
    parses part of a sentence again with the pipeline's own model when its parse misses what a number
    counts."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        """Annotate `doc` with its quantities."""
        timexes = doc._.timexes if Doc.has_extension("timexes") else None
        doc._.quantities = extract_quantities(doc, timexes, self.parse)
        return doc

    def parse(self, doc: Doc) -> Doc:
        """Tag, parse and lemmatise `doc` with the model's components (not Rashomon's, nor its entities)."""
        for name, component in self.nlp.pipeline:
            if name != NOT_PARSING and not name.startswith("rashomon_"):
                doc = component(doc)
        return doc
