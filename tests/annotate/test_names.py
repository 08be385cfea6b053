"""Name propagation: acronyms are initials in prose, not the words of a headline in capitals."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from rashomon.annotate.pipeline import make_doc
from rashomon.annotate.records import mentions_of


def test_words_of_a_capitalised_headline_are_not_acronyms(nlp: Language) -> None:
    text = "HARBOUR BANK TO FORM FINANCIAL UNIT\n\nThe Harbour Bank and the NRA said they plan a venture."
    doc = nlp(make_doc(nlp, text, "d", "1987-02-26"))
    names = {ent.text for ent in doc.ents}
    assert "NRA" in names
    assert not names & {"UNIT", "FORM", "TO", "FINANCIAL"}


def test_mentions_name_someone_with_a_capital_letter(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Acme Corp earned 12 cts a share.", "d", "1987-02-26"))
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 4, 5, label="ORG")]
    assert [m.text for m in mentions_of(doc)] == ["Acme Corp"]


def test_a_mention_of_the_documents_outlet_is_an_organisation(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Valley Herald, 12 June 2024\n\nJohn Reed said the river rose.", "d", None))
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    labels = {m.text: m.label for m in mentions_of(doc, "The Valley Herald")}
    assert labels == {"Valley Herald": "ORG", "John Reed": "PERSON"}
