"""What a number counts: its head noun with modifiers, hyphenated compounds and partitives."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import inflect
from spacy.tokens import Span, Token

from rashomon.quantities.dashes import word_after_tight_dash
from rashomon.quantities.filters import is_age
from rashomon.quantities.numbers import SCALE_ABBREVIATIONS, SCALES, parse_amount, times_word
from rashomon.quantities.outcomes import OUTCOME_STATES
from rashomon.quantities.qualifiers import MAX_WORDS, find_qualifier
from rashomon.quantities.units import (
    ACRONYMS_NOT_UNITS,
    AGE_UNITS,
    CLOCK_WORDS,
    PER_WORDS,
    age_unit,
    currency_before,
    is_measure,
    is_named,
    past_brackets,
    rate_after,
    scale_before,
    sign_currency,
    unit_after,
    unit_in_number,
    unit_name,
)

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
UNIT_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})
"""Parts of speech of the words that name a noun-based unit ("long haul airbus jet")."""
COORDINATORS = frozenset({"and", "or"})
OWNED_BY = " of "
"""What joins a thing counted or measured to the name that owns it ("members of the Harbour Union", "debt of
Brazil")."""
OWNING_PRONOUNS = frozenset({"its", "their"})
"""Pronouns that say whose the counted things are ("its debt")."""
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
"""Subjects of a relative clause that stand for the noun the clause is on ("Brazil, which ...")."""
OWNING_NAMES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
"""Kinds of name that "its" or "their" can stand for: bodies and places, not people."""
OF_THEM = frozenset({"them", "these", "those", "which", "whom"})
"""Pronouns after "of" that stand for things counted before ("25,000 of them", "two of which")."""
INCLUDING_WORDS = frozenset({"including", "includes", "include"})
"""Words after which a number counts part of a group counted before ("including 1.5 million in Ohio")."""
LEVEL_WORDS = frozenset({"to", "at"})
"""Words before the level a count changed to or stands at ("fell 100 points to 1,847")."""
MAX_MODIFIERS = 3
"""Most adjectives or participles read between a number and the noun it counts when the parse misses it."""
MAX_ASIDE = 4
"""Most words of an aside in brackets between a number and the noun it counts ("30 (mostly elderly)")."""
COUNT_NOUNS = frozenset(
    {"number", "toll", "total", "tally", "count", "figure", "turnout", "attendance", "headcount"}
)
"""Nouns that name a count of something else ("the number of victims", "the death toll")."""
COLLECTIVE_NOUNS = frozenset(
    "crowd group force army team band gang contingent delegation population workforce staff crew fleet "
    "convoy herd flock squad unit battalion brigade column mob".split()
)
"""Nouns for a body of members that a number after "of" counts ("a crowd of 10,000")."""
SIZING_VERBS = frozenset({"number", "total", "estimate", "put", "place"})
"""Verbs that give how many things or members there are ("numbering 5,000", "estimated at 10,000")."""
PEOPLE_VERBS = frozenset({"employ", "serve", "house", "host", "seat", "feed", "treat", "welcome"})
"""Verbs whose bare number object counts people, whatever an object before counted ("employs 6,000")."""
CLAUSE_JOINERS = frozenset({",", "but", "while", "whereas"})
"""Words before a clause that leaves out the noun of a count in the clause beside it."""
FLOW_NOUNS = frozenset("sale export import delivery shipment registration arrival".split())
"""Nouns for how many things moved in a time, whose level counts the things after "of" ("sales of electric
cars rose to 250,000")."""
STRENGTH = "strong"
"""The word hyphened to a number that gives how many members a body has ("a 5,000-strong crowd")."""
COUNT_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
NUMBER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "predet"})
"""Relations that join a number to the word it modifies ("half a point": a predeterminer)."""
WHEN_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"}) | CLOCK_WORDS
"""Words that say when, never what a number before them counts ("closed at 2,310 today", "at 2.40 PM")."""


IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "foot": "feet"}
OWN_COUNT_WORDS = frozenset({"several", "many", "few", "numerous", "some", "dozens", "hundreds", "thousands"})
"""Words that give a noun a count of its own."""
IRREGULAR_ENDINGS = ("child", "woman", "person")
"""Irregular nouns that keep their plural at the end of a compound ("schoolchild", "salesperson"); "man"
is left out, since "human" and "German" end so and are regular."""
SINGULAR_ENDINGS = ("us", "is", "ss", "as")
"""Endings of singular nouns that look plural ("surplus", "crisis", "loss", "gas"): a word tagged singular
that ends so is no plural the tagger missed."""


def plural(noun: str) -> str:
    """Return the plural of an English noun lemma (regular rules and common irregulars, also at the end of
    a compound: "grandchild" → "grandchildren", "policewoman" → "policewomen"); an irregular plural is its
    own ("people")."""
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun in IRREGULAR_PLURALS.values():
        return noun
    ending = next((single for single in IRREGULAR_ENDINGS if noun.endswith(single)), None)
    if ending is not None:
        return noun[: -len(ending)] + IRREGULAR_PLURALS[ending]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@cache
def _inflection() -> inflect.engine:
    return inflect.engine()


def lemma(token: Token) -> str:
    """Return a word's lemma in lower case; a plural noun is made singular by the inflection rules when
    they read it back, since the model's lemma may be wrong ("doses" → "dos", "Democrats" left as written),
    or by its irregular last part ("schoolchildren");
    a singular such as "surplus" stays whole; a code or acronym loses its plural "s" ("A380s", "NGOs")."""
    text = token.text
    if _is_coded_plural(text):
        return text[:-1].lower()
    plural_tag = token.tag_ in ("NNS", "NNPS") or (
        token.tag_ == "NN" and text.islower() and not text.endswith(SINGULAR_ENDINGS)
    )
    if plural_tag and text.endswith("s"):
        engine = _inflection()
        single = engine.singular_noun(text)
        if single and engine.plural_noun(single) == text:
            return single.lower()
    if plural_tag and (compound := _irregular_compound(text.lower())) is not None:
        return compound
    return token.lemma_.lower()


def _irregular_compound(text: str) -> str | None:
    """Return the singular of a compound ending in an irregular plural ("schoolchildren" → schoolchild)."""
    for single, many in IRREGULAR_PLURALS.items():
        if text.endswith(many) and len(text) > len(many):
            return text[: -len(many)] + single
    return None


def _is_coded_plural(text: str) -> bool:
    """Return True for the plural of a model number or acronym: an "s" after a digit or capitals ("787s",
    "F-16s", "NGOs")."""
    return len(text) > 2 and text.endswith("s") and (text[-2].isdigit() or text[:-1].isupper())


def _is_model_plural(text: str) -> bool:
    """Return True for the plural of a model name with letters and digits, which the tagger may read as a
    number ("24 A320s")."""
    return _is_coded_plural(text) and any(c.isalpha() for c in text[:-1]) and any(c.isdigit() for c in text)


@dataclass(frozen=True)
class Counted:
    """What a number counts: the phrase, its head lemma and the unit (normalised) if any."""

    phrase: str | None
    head: Token | None
    unit: str | None


def _modifiers(head: Token, exclude: set[int]) -> list[Token]:
    return [
        t
        for t in head.lefts
        if t.dep_ in MODIFIER_DEPS and t.i not in exclude and not _is_numeral(t) and t.is_alpha
    ]


def lemma_phrase(head: Token, number: Span) -> str:
    """Return the counted noun after the nouns, names and adjectives of its modifiers' phrases, as lower-case
    lemmas ("heart transplants" → "heart transplant", "long-haul Airbus jets" → "long haul airbus jet"), and
    what it is per ("goal per game"); a noun after the number that modifies a later one names it with it
    ("a 6.4 magnitude earthquake" → "magnitude earthquake"): the name of a count's unit when it has no unit
    of measure, as CQE names noun-based units; a modifier with a number of its own is no part of the name
    ("3 million 60-kilogram bags" → "bag"), nor is an aside in brackets ("30 (mostly elderly) residents" →
    "resident"); a name that owns the things is part of it ("Tesla's 100 stores" → "tesla store")."""
    if (
        head.i >= number.end
        and head.dep_ == "compound"
        and head.head.i > head.i
        and head.head.pos_ == "NOUN"
        and "\n" not in head.doc.text[head.idx : head.head.idx]
    ):
        return lemma_phrase(head.head, number)
    exclude = {t.i for t in number} | _qualifier_words(number) | {t.i for t in _hyphen_chain(number)}
    exclude |= set(range(number.end, _past_aside(number)))
    owners = [t for t in head.lefts if t.dep_ == "poss" and t.pos_ == "PROPN"]
    words = {
        word
        for modifier in [*_modifiers(head, exclude), *owners]
        if not _measured_apart(modifier, exclude)
        for word in modifier.subtree
        if word.i < head.i and word.i not in exclude and word.pos_ in UNIT_WORD_POS and not _is_numeral(word)
    } | {word for word in _glued_before(head) if word.i not in exclude}
    phrase = " ".join(lemma(t) for t in [*sorted(words, key=lambda t: t.i), head, *_superlative_domain(head)])
    rate = rate_after(head.doc[head.i : head.i + 1])
    return f"{phrase} per {rate}" if rate else phrase


def _superlative_domain(head: Token) -> list[Token]:
    """Return the nouns and names of the phrase after a noun with a superlative that says among what it is
    most ("the oldest ballparks in America" → America, "the proudest moments of my life" → life), part of
    what such a noun names."""
    superlative = any(
        t.dep_ == "amod" and (t.tag_ == "JJS" or any(a.tag_ == "RBS" for a in t.children)) for t in head.lefts
    )
    if not superlative:
        return []
    preposition = next((t for t in head.rights if t.dep_ == "prep" and t.lower_ in ("in", "of", "on")), None)
    if preposition is None:
        return []
    return [t for t in preposition.subtree if t.i > preposition.i and t.pos_ in ("NOUN", "PROPN")]


def _qualifier_words(number: Span) -> set[int]:
    """Return the indices of the words of a qualifier right before a number ("an estimated 10,000"), which
    qualify the number, not name what it counts."""
    doc = number.doc
    words = [t.lower_ for t in doc[max(0, number.start - MAX_WORDS) : number.start]]
    qualifier = find_qualifier(words)
    size = len(qualifier.split()) if qualifier else 0
    return set(range(number.start - size, number.start))


def _is_numeral(word: Token) -> bool:
    """Return True for a number or a scale word ("mln", "bn"), never part of the name of what is counted."""
    return word.like_num or word.lower_ in SCALES or word.lower_ in SCALE_ABBREVIATIONS


def _measured_apart(modifier: Token, exclude: set[int]) -> bool:
    """Return True when a modifier is a unit of measure with a number other than the count's own, or a
    number hyphened to its words ("60-kilogram" in "3 million 60-kilogram bags", "20-year-old" in "two
    20-year-old men"; not "iPhone 4" in "200 iPhone 4 customers")."""
    numbers = [word for word in modifier.subtree if word.like_num and word.i not in exclude]
    doc = modifier.doc
    hyphened = any(n.i + 1 < len(doc) and doc[n.i + 1].text == "-" and not n.whitespace_ for n in numbers)
    return bool(numbers) and (hyphened or is_measure(unit_of(modifier)))


def _noun_phrase(head: Token, exclude: set[int]) -> str:
    glued = _glued_before(head)
    words = _modifiers(head, exclude | {t.i for t in glued})
    conj = [
        t for t in head.rights if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and _counted_along(head, t)
    ]
    written = head.doc.text[glued[0].idx : head.idx + len(head)] if glued else head.text
    phrase = " ".join([*(t.text for t in words), written])
    if conj:
        phrase += " and " + " ".join(t.text for t in conj)
    owner = owner_of(head)
    return f"{phrase}{OWNED_BY}{name_of(owner)}" if owner else phrase


def _counted_along(head: Token, conjunct: Token) -> bool:
    """Return True when a noun joined to the counted one is counted with it ("thousands of students and
    anarchists"), not a phrase of its own: one with its own number, quantifier or determiner ("five children
    and several grandchildren", "300 students and the teachers") or after a semicolon is apart."""
    own = any(t.dep_ in ("det", "nummod", "predet") or t.lower_ in OWN_COUNT_WORDS for t in conjunct.lefts)
    numbered = any(d.like_num or any(c.isdigit() for c in d.text) for d in conjunct.subtree)
    return not (own or numbered or any(t.text == ";" for t in head.doc[head.i : conjunct.i]))


def owner_of(head: Token) -> Token | None:
    """Return the name whose the counted or measured things are, when it is named: "members of the Harbour
    Union", "Brazil's debt", or "its debt" where "its" stands for a body or place that is the subject of
    the clause ("Brazil, which declared a moratorium on its debt")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "PROPN":
                return noun
    possessor = next((t for t in head.lefts if t.dep_ == "poss"), None)
    if possessor is not None and possessor.pos_ == "PROPN":
        return possessor
    if possessor is not None and possessor.lower_ in OWNING_PRONOUNS:
        subject = _clause_subject(head)
        owns = subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in OWNING_NAMES
        return subject if owns else None
    return None


def name_of(noun: Token) -> str:
    """Return the words of the name that ends at `noun`, across line breaks ("Harbour Union", "Revolutionary
    Guards")."""
    doc, start = noun.doc, noun.i
    while start > noun.sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_space):
        start -= 1
    return " ".join(t.text for t in doc[start : noun.i + 1] if not t.is_space)


def _clause_subject(word: Token) -> Token | None:
    """Return the subject of the nearest clause above a word that the word is no part of ("Acme said its
    stores would close" → Acme); for a relative clause on a name, its "which" or "who" is that name."""
    verb = word
    while True:
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or word not in list(subject.subtree) or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _whole_word(head: Token) -> Token:
    """Return the last part of a noun that the tokenizer split at its hyphens, which the parse may have taken
    for the first ("e" of "e-bikes" → bikes), else the noun itself."""
    last = head
    while (after := word_after_tight_dash(last)) is not None and after.is_alpha:
        last = after
    return last if last.pos_ == "NOUN" else head


def _glued_before(head: Token) -> list[Token]:
    """Return the parts of a hyphened word before its last part, as the tokenizer split it ("e" of "e-bikes",
    "T" of "T-shirts")."""
    doc, parts = head.doc, []
    while (i := (parts[0] if parts else head).i) >= 2 and doc[i - 2].is_alpha:
        if word_after_tight_dash(doc[i - 2]) != doc[i]:
            break
        parts.insert(0, doc[i - 2])
    return parts


def _is_split_letter(token: Token) -> bool:
    """Return True for a single letter hyphened to the word after it, the first part of a word ("T" of
    "T-shirts", "x" of "x-rays"), never a unit."""
    after = word_after_tight_dash(token)
    return len(token.text) == 1 and token.is_alpha and after is not None and after.is_alpha


def unit_of(token: Token) -> str | None:
    """Return the normalised unit a token names, if it names one; an acronym for a thing or a name ("Tesla")
    names none."""
    if token.text in ACRONYMS_NOT_UNITS or is_named(token):
        return None
    return unit_name(token.text) or unit_name(token.lemma_)


def _hyphen_chain(number: Span) -> list[Token]:
    """Return the words hyphenated to a number ("25-basis-point" → basis, point; "150-man" → man)."""
    doc, chain, i = number.doc, [], number.end
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and doc[i + 1].is_alpha:
        chain.append(doc[i + 1])
        i += 2
    return chain


def _hyphened_measure(chain: list[Token], measure: list[Token]) -> str:
    """Return the unit that words hyphened to a number name ("25-basis-point" → basis point), a rate when
    "a" or "per" joins two of them ("barrel-a-day" → barrel per day, "100-mile-an-hour" → mile per hour)."""
    per_at = next((i for i, t in enumerate(chain[1:-1], 1) if t.lower_ in PER_WORDS), None)
    if per_at is not None:
        first, second = (
            " ".join(t.lemma_.lower() for t in part) for part in (chain[:per_at], chain[per_at + 1 :])
        )
        return f"{unit_name(first) or first} per {unit_name(second) or second}"
    measure_name = " ".join(t.lemma_.lower() for t in measure)
    return unit_name(measure_name) or measure_name


def age_in_time_units(number: Span) -> str | None:
    """Return the time unit of an age written after the number ("45-year-old", "12 years old", "65 years of
    age"), else None."""
    words = [t for t in number.doc[number.end : number.end + 5] if t.text != "-"]
    if len(words) < 2 or unit_name(words[0].text) not in AGE_UNITS:
        return None
    said_old = words[1].lower_ == "old" or [t.lower_ for t in words[1:3]] == ["of", "age"]
    return unit_name(words[0].text) if said_old else None


def find_counted(number: Span, written: str | None = None) -> Counted:
    """Return what the number span counts, following the dependency parse; an age counts in "year of age".
    `written` is another number to name in its phrase, one that shares what this one counts ("4" of "a 3- or
    4-bedroom flat" for the 3: "flat of 3 bedrooms")."""
    if is_age(number):
        person = next((e for e in number.sent.ents if e.label_ == "PERSON" and e.end <= number.start), None)
        return Counted(f"age of {person.text}" if person else "age", None, age_unit(_time_unit_after(number)))
    counted = _find_counted(number, written or number.text)
    if _labels_a_new_line(number, counted.head) or _labels_the_next_number(number, counted.head):
        counted = Counted(counted.unit, None, counted.unit)
    if (time_unit := age_in_time_units(number)) is None:
        return counted
    phrase = counted.phrase if counted.head is not None and counted.head.i > number.end + 2 else "age"
    return replace(counted, phrase=phrase, unit=age_unit(time_unit))


def _time_unit_after(number: Span) -> str:
    """Return the time unit an age is given in right after its number ("aged 3 months" → month), else year."""
    after = number.doc[number.end] if number.end < len(number.doc) else None
    unit = unit_name(after.text) if after is not None else None
    return unit if unit in AGE_UNITS else "year"


def _labels_a_new_line(number: Span, head: Token | None) -> bool:
    """Return True for a word on a later line than the number whose line begins with a capital: the label
    of the next row of a table ("29.6 mln" above "Note: ...", "12 mths" above "Oper shr profit"), not what
    the number counts; prose wrapped onto the next line goes on in lower case ("200 mln" above "dlrs")."""
    if head is None or head.i < number.end:
        return False
    text = number.doc.text
    line_start = text.rfind("\n", number.end_char, head.idx)
    return line_start >= 0 and text[line_start + 1 : head.idx + 1].lstrip()[:1].isupper()


def _unit_modifier(head: Token, exclude: set[int]) -> str | None:
    """Return the unit that names a counted noun after the number ("1.83 and 2 GHz models" → gigahertz),
    unless it has a number of its own ("60-kilogram bags") or is a letter ("Class C warrants")."""
    units = (
        unit_of(t)
        for t in head.lefts
        if t.dep_ == "compound" and t.i > max(exclude) and len(t) > 1 and not _measured_apart(t, exclude)
    )
    return next((unit for unit in units if is_measure(unit)), None)


def _labels_the_next_number(number: Span, head: Token | None) -> bool:
    """Return True for a capitalised word right after the number and right before another number: the label
    of the next field of a table written on one line ("Net 966,000 vs 1,470,000 Revs 39.8 mln"), not what
    the number counts."""
    doc = number.doc
    if head is None or head.i != number.end or head.i + 1 >= len(doc):
        return False
    return head.text[:1].isupper() and doc[head.i + 1].like_num


def _find_counted(number: Span, written: str) -> Counted:
    doc = number.doc
    last = number[-1]
    exclude = {t.i for t in number} | _qualifier_words(number) | set(range(number.end, _past_aside(number)))
    if times_word(last.text) is not None:
        return Counted("times", None, unit_name("times"))
    currency = unit_in_number(number) or currency_before(number)
    if currency is not None:
        currency = sign_currency(currency, number)
    if currency is None and (scale := scale_before(number)) is not None:
        return Counted(scale, None, scale)
    measured = unit_after(number)
    if measured is not None and _is_split_letter(doc[measured[1] - 1]):
        measured = None
    if measured is not None and measured[0] == "percentage":
        return Counted("percent", doc[measured[1] - 1], "percentage")
    unit = currency or (measured[0] if measured is not None else None)
    if currency and (rate := rate_after(number)):
        unit = f"{currency} per {rate}"
    after = doc[number.end] if number.end < len(doc) else None
    head = _counting_head(last)
    if head is not None and head.i > last.i:
        head = _whole_word(head)
    chain = _hyphen_chain(number)
    if currency and len(chain) > 1 and chain[0].lower_ in PER_WORDS:
        unit, chain = f"{currency} per {lemma(chain[-1])}", []
    measure = [t for t in chain if t.pos_ in ("NOUN", "PROPN") or unit_of(t)]
    outer_at = number.end + 2 * len(chain)
    if [t.lower_ for t in chain] == [STRENGTH] and outer_at < len(doc) and doc[outer_at].pos_ == "NOUN":
        return Counted(_noun_phrase(doc[outer_at], exclude | {chain[0].i}), doc[outer_at], None)
    if measure and outer_at < len(doc) and doc[outer_at].pos_ == "NOUN":
        outer = doc[outer_at]
        while outer.dep_ in ("compound", "amod") and outer.head.i > outer.i and outer.head.pos_ == "NOUN":
            outer = outer.head
        words = [*(t.lemma_.lower() for t in measure[:-1]), plural(measure[-1].lemma_.lower())]
        phrase = f"{_noun_phrase(outer, exclude | {t.i for t in chain})} of {written} {' '.join(words)}"
        return Counted(phrase, outer, _hyphened_measure(chain, measure))
    if measure and is_measure(hyphened := _hyphened_measure(chain, measure)):
        return Counted(" ".join(t.text for t in chain), measure[-1], hyphened)
    if (
        head is not None
        and (head.pos_ in ("NOUN", "PROPN", "SYM") or _is_model_plural(head.text))
        and head.i > last.i
        and head.lower_ not in WHEN_WORDS
        and not _is_numeral(head)
    ):
        return Counted(
            _noun_phrase(head, exclude), head, unit or unit_of(head) or _unit_modifier(head, exclude)
        )
    partitive = next((t for t in last.rights if t.dep_ == "prep" and t.lower_ in ("of", "in")), None)
    if partitive is not None:
        noun = next((t for t in partitive.children if t.dep_ == "pobj"), None)
        out_of = partitive.lower_ == "of" or (
            noun is not None and doc[partitive.i + 1].like_num and doc[partitive.i + 1].head == noun
        )
        if noun is not None and noun.pos_ != "PRON" and not noun.like_num and out_of:
            return Counted(_noun_phrase(noun, exclude), noun, unit or unit_of(noun))
    noun = after if after is not None and after.pos_ == "NOUN" and after.lower_ not in WHEN_WORDS else None
    noun = noun or _noun_after_modifiers(number)
    if noun is not None:
        noun = _whole_word(noun)
        return Counted(_noun_phrase(noun, exclude), noun, unit or unit_of(noun))
    if unit is None and (whole := _fronted_whole(last)) is not None:
        return Counted(_noun_phrase(whole, exclude), whole, None)
    if (
        unit is None
        and (
            group := _group_of(last)
            or _group_level(last)
            or _sized_by_clause(last)
            or _included_in(last)
            or _one_or_more(last)
        )
        is not None
    ):
        return Counted(_noun_phrase(group, exclude), group, None)
    if unit is None and (state := _state_of_people(last)) is not None:
        return Counted(f"people {state.lower_}", state, "people")
    if unit is None and (counted := _counted_by_subject(last) or _flow_of_things(last)) is not None:
        if counted.dep_ == "compound":
            return Counted(plural(counted.lemma_.lower()), counted, None)
        if counted.pos_ != "NOUN":
            return Counted(f"people {counted.lower_}", counted, None)
        return Counted(_noun_phrase(counted, exclude), counted, None)
    return Counted(unit, None, unit)


def _state_of_people(number: Token) -> Token | None:
    """Return the word of a number that counts people by the state something left them in, with no
    noun ("left 12 dead", "2,000 homeless", "three were missing")."""
    candidates = [number.head] if number.dep_ == "nummod" else []
    candidates += [t for t in number.rights if t.dep_ == "amod"]
    if number.dep_ == "nsubj":
        candidates += [t for t in number.head.rights if t.dep_ == "acomp"]
    return next((t for t in candidates if t.lower_ in OUTCOME_STATES), None)


def counts_part_of_a_group(number: Span) -> bool:
    """Return True for a number followed by "of" and a pronoun for a group named before ("400 of them")."""
    doc = number.doc
    return (
        number.end + 1 < len(doc) and doc[number.end].lower_ == "of" and doc[number.end + 1].lower_ in OF_THEM
    )


def group_named_before(number: Span) -> Counted | None:
    """Return what "N of them" counts part of when the count before it is no larger: the last plural noun
    before the number in its sentence that a larger number counts ("54,000 people in 12 countries, 25,000
    of them in Germany" → people), else that no number counts, other than the subject of the number's own
    clause ("when jailed supporters rebelled, troops killed 400 of them" → supporters, not troops)."""
    verb = number.root.head
    clause = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subjects = {t.i for v in clause for t in v.children if t.dep_ in ("nsubj", "nsubjpass")}
    nouns = [
        t
        for t in number.sent
        if t.i < number.start and t.tag_ == "NNS" and t.dep_ != "compound" and t.i not in subjects
    ]
    part = parse_amount(number.text)
    size = (part.value or part.low or 0) if part is not None else 0
    counted_by = {t.i: parse_amount(c.text) for t in nouns for c in t.children if c.dep_ == "nummod"}
    larger = [t for t in nouns if (whole := counted_by.get(t.i)) is not None and (whole.value or 0) > size]
    uncounted = [t for t in nouns if t.i not in counted_by]
    group = (larger or uncounted or [None])[-1]
    return (
        None if group is None else Counted(_noun_phrase(group, {t.i for t in number}), group, unit_of(group))
    )


def _counting_head(last: Token) -> Token | None:
    """Return the word a number modifies; past a later number that it is a part of, the noun that number
    counts ("25 of 32 passes" → passes; not "from $42 to four cents"); a number listed after an earlier one
    modifies what that one does ("order 5, 10 or 15 jets" → jets)."""
    if last.dep_ == "conj" and last.head.like_num and last.head.i < last.i:
        return _counting_head(last.head)
    if last.dep_ not in NUMBER_DEPS:
        return None
    head = last.head
    between = last.doc[last.i + 1 : head.i]
    part_of = all(t.pos_ == "ADP" and t.lower_ not in ("to", "from") for t in between)
    if head.like_num and head.i > last.i and part_of and head.dep_ in NUMBER_DEPS and head.head.i > head.i:
        return head.head
    return head


def _noun_after_modifiers(number: Span) -> Token | None:
    """Return the noun right after a number and the adjectives or participles before it, when the parser
    did not attach the number to it ("149 confirmed orders"); a noun that says when ("rose 15,000 last week")
    counts nothing; an aside in brackets between them is passed over ("30 (mostly elderly) residents")."""
    doc = number.doc
    start = i = _past_aside(number)
    while (
        i < len(doc) and i < start + MAX_MODIFIERS and (doc[i].pos_ == "ADJ" or doc[i].tag_ in ("VBN", "VBG"))
    ):
        i += 1
    if i == number.end or i >= len(doc) or doc[i].pos_ != "NOUN" or doc[i].dep_ == "npadvmod":
        return None
    return doc[i]


def _past_aside(number: Span) -> int:
    """Return where the words after a number go on past an aside in brackets right after it, which has no
    number of its own ("30 (mostly elderly) residents"; not "$40 billion (20 billion pounds)")."""
    doc, i = number.doc, number.end
    after = past_brackets(doc, i, MAX_ASIDE)
    return i if any(t.like_num for t in doc[i:after]) else after


def counts_alike(earlier: Span, later: Span, counted: Counted, *, level_only: bool = False) -> bool:
    """Return True when `later`, written without a noun, is joined by "and" or "or" to an earlier count of
    things in its sentence with no verb after the "and", or is the level that count changed to, and so
    counts the same things ("247 people in Kenya and 10 in Tanzania", "75 were killed and 1,643 wounded",
    "fell 100 points to 1,847"; not "below the 5,000 mark at 4,907", nor "rebelled in one prison, and
    troops killed 400 of them"); with `level_only`, only the level counts alike."""
    between = earlier.doc[earlier.end : later.start]
    words = [t.lower_ for t in between]
    level = bool(words) and words[-1] in LEVEL_WORDS and _is_an_amount_of_change(counted.head)
    joiner = max((i for i, word in enumerate(words) if word in COORDINATORS), default=None)
    coordinated = joiner is not None and not any(t.pos_ == "VERB" for t in between[joiner:])
    listed = (
        coordinated
        or _in_parallel(later, counted.head)
        or (counts_part_of_a_group(later) and _larger(earlier, later))
        or _more_of_the_same(later)
        or _object_left_out(later, counted.head)
        or _subject_left_out(later, counted.head)
    )
    joined = level or (not level_only and listed)
    return (
        later.sent.start == earlier.sent.start
        and counted.head is not None
        and counted.unit is None
        and joined
    )


def _in_parallel(later: Span, head: Token | None) -> bool:
    """Return True when a number without a noun comes after a comma and before the same preposition that
    follows an earlier count's noun, as in a list that leaves the noun out ("4,300 jobs in France, 3,700 in
    Germany")."""
    doc = later.doc
    if head is None or later.start == 0 or later.end >= len(doc) or head.i + 1 >= len(doc):
        return False
    after, after_noun = doc[later.end], doc[head.i + 1]
    return doc[later.start - 1].text == "," and after.pos_ == "ADP" and after.lower_ == after_noun.lower_


def _object_left_out(later: Span, head: Token | None) -> bool:
    """Return True for a bare number right after a verb joined to the verb of an earlier count's object
    with no subject of its own, which leaves the noun out ("signed two players and released three", "killed
    12 people, injured 30"; not "rebelled, and troops killed 400", nor "makes 500 cars and employs
    6,000")."""
    verb = later.root.head
    if head is None or head.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i + 1 != later.start:
        return False
    joined = verb.dep_ == "conj" and verb.head == head.head and verb.lemma_.lower() not in PEOPLE_VERBS
    listed = verb.dep_ == "acl" and verb.head == head and later.doc[verb.i - 1].text == ","
    return (joined or listed) and not any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children)


def _subject_left_out(later: Span, head: Token | None) -> bool:
    """Return True for a bare number subject after a comma or a word of contrast, of a clause beside one
    whose subject is an earlier count, which leaves the noun out ("six miners escaped, 29 reached a
    shelter", "ten soldiers were killed, 14 were wounded", "six escaped while 29 were trapped")."""
    subjects = ("nsubj", "nsubjpass")
    doc = later.doc
    if head is None or head.dep_ not in subjects or later.root.dep_ not in subjects or later.start == 0:
        return False
    earlier_verb, verb = head.head, later.root.head
    beside = verb.head == earlier_verb or earlier_verb.head == verb or verb.head == earlier_verb.head
    return doc[later.start - 1].lower_ in CLAUSE_JOINERS and verb != earlier_verb and beside


def _more_of_the_same(later: Span) -> bool:
    """Return True for a number that adds to things counted before without naming them ("another two",
    "2,200 more", "25,000 others")."""
    doc = later.doc
    after = doc[later.end] if later.end < len(doc) else None
    noun_after = later.end + 1 < len(doc) and doc[later.end + 1].pos_ in ("NOUN", "PROPN")
    more = after is not None and after.lower_ in ("more", "others") and not noun_after
    return more or (
        later.start > 0
        and doc[later.start - 1].lower_ == "another"
        and (after is None or after.pos_ != "NOUN")
    )


def _larger(whole: Span, part: Span) -> bool:
    """Return True when an earlier count is larger than a later one, as a group is than part of it."""
    whole_amount, part_amount = parse_amount(whole.text), parse_amount(part.text)
    if whole_amount is None or part_amount is None:
        return False
    return (whole_amount.value or whole_amount.high or 0) > (part_amount.value or part_amount.low or 0)


def _is_an_amount_of_change(head: Token | None) -> bool:
    """Return True when a count's noun is what a verb changed by ("fell 100 points", "rose by 12 deaths"),
    not a level named with another preposition ("slid below the 5,000 mark")."""
    return head is not None and (head.dep_ != "pobj" or head.head.lower_ == "by")


def count_noun(number: Token) -> Token | None:
    """Return the count noun a number completes as subject or object of its verb ("the number of victims
    reached 30", "put the death toll at 41", "the figure was closer to 100,000")."""
    return _completed_noun(number, COUNT_NOUNS)


def _completed_noun(number: Token, nouns: frozenset[str]) -> Token | None:
    """Return the subject or object, one of `nouns` by lemma, of the verb whose level or object a number
    is ("the toll rose to 41", "the crowd was 10,000")."""
    verb = number.head.head if number.dep_ == "pobj" and number.head.lower_ in ("to", "at") else number.head
    if verb.dep_ in ("acomp", "advmod") and verb.pos_ in ("ADJ", "ADV"):
        verb = verb.head
    if number.dep_ not in ("pobj", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((t for t in verb.children if t.dep_ in COUNT_NOUN_DEPS and t.lemma_.lower() in nouns), None)


def _group_level(number: Token) -> Token | None:
    """Return the collective noun whose size a number is as the level it reached or stands at ("the crowd
    swelled to 10,000", "the workforce was 2,000"), not what it acted on ("the team scored 3", "the army put
    the number at 40"), nor a name ("Paine Group fell to 36")."""
    noun = _completed_noun(number, COLLECTIVE_NOUNS) if number.dep_ != "dobj" else None
    if noun is None or noun.pos_ != "NOUN" or any(t.dep_ == "dobj" for t in noun.head.children):
        return None
    return noun


def _sized_by_clause(number: Token) -> Token | None:
    """Return the body or plural noun whose size a clause on it gives ("a crowd numbering 5,000", "the
    protesters, estimated at 10,000", "the army, which numbers 40,000"), or a body a verb sizes ("put the
    crowd at 20,000"; not "put the shares at 40")."""
    verb = number.head.head if number.dep_ == "pobj" and number.head.lower_ == "at" else number.head
    if number.dep_ not in ("pobj", "dobj") or verb.lemma_.lower() not in SIZING_VERBS:
        return None
    if verb.dep_ in ("acl", "relcl"):
        noun, kinds = verb.head, ("NNS",)
    else:
        noun = next((t for t in verb.children if t.dep_ == "dobj"), None) if number.dep_ == "pobj" else None
        kinds = ()
    if noun is None or noun.pos_ != "NOUN":
        return None
    return noun if noun.tag_ in kinds or noun.lemma_.lower() in COLLECTIVE_NOUNS else None


def _fronted_whole(number: Token) -> Token | None:
    """Return the noun of a fronted "of" phrase that a bare number subject is part of ("Of the 120
    passengers, 80 were rescued" → passengers)."""
    if number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    of = next(
        (t for t in number.head.children if t.dep_ == "prep" and t.lower_ == "of" and t.i < number.i), None
    )
    noun = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _group_of(number: Token) -> Token | None:
    """Return the collective noun whose members a number after "of" counts ("a crowd of 10,000")."""
    if number.dep_ != "pobj" or number.head.lower_ != "of":
        return None
    noun = number.head.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in COLLECTIVE_NOUNS else None


def _included_in(number: Token) -> Token | None:
    """Return the plural noun, counted by a number of its own, that a number after "including" is part of
    ("6 million homes, including 1.5 million in the region" → homes)."""
    if number.dep_ != "pobj" or number.head.lower_ not in INCLUDING_WORDS:
        return None
    noun = number.head.head
    counted = noun.tag_ == "NNS" and any(t.dep_ == "nummod" and t.i < noun.i for t in noun.children)
    return noun if counted else None


def _one_or_more(number: Token) -> Token | None:
    """Return the noun that a number after "a", "an" or "another" and "or" gives another count of ("a day
    or two", "another pick or two")."""
    doc = number.doc
    noun = number.head
    if number.dep_ not in ("nummod", "conj") or noun.pos_ != "NOUN" or noun.i != number.i - 2 or noun.i < 1:
        return None
    alone = doc[noun.i + 1].lower_ == "or" and doc[noun.i - 1].lower_ in ("a", "an", "another")
    return noun if alone else None


def is_bare_count_noun(noun: Token) -> bool:
    """Return True for a count noun that names nothing counted ("the figure"), so points back."""
    return not any(t.dep_ == "compound" or (t.dep_ == "prep" and t.lower_ == "of") for t in noun.children)


def _flow_of_things(number: Token) -> Token | None:
    """Return the plural noun after "of" of a flow that a number completes ("sales of electric cars rose to
    250,000" → cars; not "sales of wheat rose to 2 million", nor "sales of 500 tonnes were a third
    higher")."""
    noun = _completed_noun(number, FLOW_NOUNS)
    of = next((t for t in noun.rights if t.dep_ == "prep" and t.lower_ == "of"), None) if noun else None
    things = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    if things is None or things.tag_ != "NNS" or any(t.like_num for t in things.children):
        return None
    return things


def _counted_by_subject(number: Token) -> Token | None:
    """Return what a count noun that a number completes counts: the things after "of" or the noun before
    it ("the number of victims reached 30" → victims, "the number of dead" → dead, "the number of injured",
    "the death toll rose to 41" → death)."""
    noun = count_noun(number)
    if noun is None:
        return None
    for prep in noun.rights:
        counted = next((t for t in prep.children if t.dep_ == "pobj"), None)
        if (
            prep.lower_ == "of"
            and counted is not None
            and (counted.pos_ in ("NOUN", "ADJ") or counted.tag_ == "VBN")
        ):
            return counted
    return next((t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"), None)
