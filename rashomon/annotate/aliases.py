"""Find in-text evidence that two names denote one actor: acronym definitions and glosses."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from rashomon.annotate.extensions import register_extension
from rashomon.resolve.names import acronym_match, canonical_name, is_acronym, is_proper_name
from rashomon.schema import AliasLink, content_id

register_extension("alias_links", default=None)

PARENTHETICAL = re.compile(r"\(\s*(?P<inner>[^()\n]{2,80}?)\s*\)")
GLOSS = re.compile(
    r"^(?:also\s+|often\s+|commonly\s+)?(?:called|known\s+as|dubbed|nicknamed|aka|a\.k\.a\.|named|or)\s+"
    r"[\"“'‘]?(?P<alias>[^\"”'’]+?)[\"”'’]?(?:\s+by\b.*)?$",
    re.I,
)
NON_NAME_LABELS = frozenset({"GPE", "LOC", "NORP"})
"""Entity labels that are places or group adjectives, never glossed as another name."""
MAX_EXPANSION_WORDS = 10
MAX_GLOSS_WORDS = 6
LIST_MARKERS = re.compile(r",|;|\band\b|\bor\b|&")


def _entity_ending_at(doc: Doc, char: int) -> Span | None:
    for ent in doc.ents:
        if ent.end_char <= char and not doc.text[ent.end_char : char].strip():
            return ent
    return None


def _words_before(doc: Doc, char: int, count: int) -> tuple[str, int] | None:
    head = doc.text[:char].rstrip()
    words = list(re.finditer(r"[\w.&'’-]+", head))
    if len(words) < count:
        return None
    start = words[-count].start()
    return head[start:], start


def _name_before(doc: Doc, char: int) -> tuple[str, int] | None:
    """Return the entity or run of capitalised words that ends at `char` (after any hyphen)."""
    ent = _entity_ending_at(doc, char)
    if ent is not None:
        return (ent.text, ent.start_char) if ent.label_ not in NON_NAME_LABELS else None
    best = None
    for count in range(1, MAX_GLOSS_WORDS + 1):
        found = _words_before(doc, char, count)
        if found is None or "\n" in found[0] or not is_proper_name(found[0], MAX_GLOSS_WORDS):
            break
        best = found
    if best is None:
        return None
    text, start = best
    cut = text.rfind("-") + 1
    return text[cut:], start + cut


def _expansion_before(doc: Doc, char: int, acronym: str) -> tuple[str, int, str] | None:
    for count in range(2, MAX_EXPANSION_WORDS + 1):
        found = _words_before(doc, char, count)
        if found is None:
            return None
        text, start = found
        if "\n\n" in doc.text[start:char]:
            return None
        name = canonical_name(text)
        if (how := acronym_match(acronym, name)) and is_proper_name(name, MAX_EXPANSION_WORDS):
            return name, start, how
    return None


def find_alias_links(doc: Doc) -> list[AliasLink]:
    """Return alias evidence: "Expansion (ACRO)", "ACRO (Expansion)", "X (called Y)" and "Name (Name)"."""
    links: list[AliasLink] = []

    def add(name: str, alias: str, start: int, end: int, how: str) -> None:
        name, alias = canonical_name(name), canonical_name(alias)
        if name and alias and name.casefold() != alias.casefold():
            link_id = content_id(doc._.doc_id, "alias", start, end, name, alias)
            links.append(AliasLink(link_id, doc._.doc_id, start, end, name, alias, how))

    for match in PARENTHETICAL.finditer(doc.text):
        inner, open_at, close_at = match.group("inner").strip(), match.start(), match.end()
        before = _words_before(doc, open_at, 1)
        outer_word = canonical_name(before[0]) if before else ""
        if is_acronym(inner) and (found := _expansion_before(doc, open_at, inner)):
            add(found[0], inner, found[1], close_at, found[2])
        elif is_acronym(outer_word) and acronym_match(outer_word, canonical_name(inner)):
            add(
                canonical_name(inner), outer_word, before[1], close_at, acronym_match(outer_word, inner) or ""
            )
        elif (gloss := GLOSS.match(inner)) or is_proper_name(inner) and not LIST_MARKERS.search(inner):
            alias = gloss.group("alias") if gloss else inner
            outer = _name_before(doc, open_at)
            if outer and is_proper_name(canonical_name(outer[0])) and is_proper_name(alias):
                add(outer[0], alias, outer[1], close_at, "gloss")
    return links


@Language.factory("rashomon_aliases")
def make_alias_finder(nlp: Language, name: str) -> AliasFinder:
    """Create the component that writes in-text alias evidence to `Doc._.alias_links`."""
    return AliasFinder()


class AliasFinder:
    """spaCy component: a pure function of the Doc writing `Doc._.alias_links`."""

    def __call__(self, doc: Doc) -> Doc:
        """Annotate `doc` with its alias links."""
        doc._.alias_links = find_alias_links(doc)
        return doc
