"""Name propagation: acronyms are initials in prose, not the words of a headline in capitals."""

from __future__ import annotations

from spacy.language import Language

from rashomon.annotate.pipeline import make_doc


def test_words_of_a_capitalised_headline_are_not_acronyms(nlp: Language) -> None:
    text = "HARBOUR BANK TO FORM FINANCIAL UNIT\n\nThe Harbour Bank and the NRA said they plan a venture."
    doc = nlp(make_doc(nlp, text, "d", "1987-02-26"))
    names = {ent.text for ent in doc.ents}
    assert "NRA" in names
    assert not names & {"UNIT", "FORM", "TO", "FINANCIAL"}
