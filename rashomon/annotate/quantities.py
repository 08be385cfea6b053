"""The `rashomon_quantities` component: counts and quantities on `Doc._.quantities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from rashomon.annotate.extensions import register_extension
from rashomon.quantities.extract import extract_quantities

register_extension("quantities", default=None)


@Language.factory("rashomon_quantities")
def make_quantity_extractor(nlp: Language, name: str) -> QuantityExtractor:
    """Create the component that writes counts and quantities to `Doc._.quantities`."""
    return QuantityExtractor()


class QuantityExtractor:
    """spaCy component: a pure function of the Doc; reads `Doc._.timexes` when a timex component ran."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate `doc` with its quantities."""
        timexes = doc._.timexes if Doc.has_extension("timexes") else None
        doc._.quantities = extract_quantities(doc, timexes)
        return doc
