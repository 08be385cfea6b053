"""Counts read from their context: what happened to things counted by a word as wide as "people", an act
on some of a group ("arrested 12 demonstrators"), the gathering those counted took part in ("joined the
march"), and counts that point back to an earlier one ("three times that", "the true figure was 100,000",
"1,500 others")."""

from __future__ import annotations

from dataclasses import replace

from lemminflect import getInflection
from spacy.tokens import Span, Token

from rashomon.quantities.counted import COLLECTIVE_NOUNS, Counted
from rashomon.quantities.outcomes import OUTCOME_NOUNS, OUTCOME_STATES, OUTCOMES
from rashomon.quantities.speaker import REPORTING_VERBS

GENERIC_HEADS = frozenset({"people", "person", "individual", "other"})
"""Nouns that name no kind of thing: what happened to those counted ("killed", "marched") says which
count it is, and "others" counts what an earlier number of its sentence counted."""
GENERIC_WORDS = GENERIC_HEADS - {"other"} | frozenset({"persons", "individuals", "others"})
"""Words of a counted phrase that make it generic; "other" before a noun ("other jurors") is no such word."""
STATE_VERBS = frozenset(
    {"be", "have", "include", "leave", "see", "expect", "estimate", "number", "total", "remain", "stay"}
)
"""Verbs that tell nothing that happened to the things counted."""
PREDICATE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
ACTS_ON_SOME = {
    "arrest": "arrested",
    "capture": "captured",
    "charge": "charged",
    "convict": "convicted",
    "damage": "damaged",
    "deport": "deported",
    "destroy": "destroyed",
    "detain": "detained",
    "dismiss": "dismissed",
    "evacuate": "evacuated",
    "execute": "executed",
    "expel": "expelled",
    "fire": "fired",
    "hospitalise": "hospitalised",
    "hospitalize": "hospitalized",
    "hurt": "hurt",
    "imprison": "imprisoned",
    "injure": "injured",
    "jail": "jailed",
    "kill": "killed",
    "rescue": "rescued",
    "sack": "sacked",
    "sentence": "sentenced",
    "shoot": "shot",
    "wound": "wounded",
}
"""Verbs that act on some of a group, by lemma, with the participle that names those acted on: "police
arrested 12 demonstrators" counts demonstrators arrested, not the demonstrators who marched; things too
("300 homes destroyed" are not the 1,200 damaged). Releasing is left out: a release changes how many
are still held, a later count of the same group; so is seizing, which takes the whole group held."""
GATHERINGS = frozenset(
    "march rally protest demonstration vigil parade procession gathering funeral concert festival match "
    "meeting riot walkout celebration ceremony service pilgrimage strike sit-in".split()
)
"""Happenings that people take part in: those counted taking part are counted at the happening."""
AT_THE = "at the "
TAKING_PART = frozenset(
    "join attend participate take march rally protest demonstrate gather turn flock pour throng fill pack "
    "converge assemble mass swell".split()
)
"""Verbs by which those counted take part in a gathering ("joined the march", "took part in the rally")."""
TAKING_PART_WITH = {"take": "part", "turn": "out"}
"""Verbs that take part only with their word ("took part in", "turned out for"), not alone."""
WHOLE_WORDS = frozenset({"all", "every", "each", "both", "entire", "whole"})
"""Words that make a count the whole group ("killed all 14 rebels")."""
BACK_WORDS = frozenset({"that", "this", "it"})
"""Words after "N times" that point back to an earlier count ("three times that")."""
REFERENCE_SENTENCES = 2
"""How many sentences back a count without a noun ("the figure was 100,000") may point."""


def is_generic(head: Token | None) -> bool:
    """Return True for a counted noun that names no kind of thing ("people", "others")."""
    return head is not None and head.lemma_.lower() in GENERIC_HEADS


def is_generic_phrase(phrase: str) -> bool:
    """Return True for a counted phrase built on a generic noun ("people killed", "others")."""
    return any(word in GENERIC_WORDS for word in phrase.split())


def happening(token: Token) -> Token | None:
    """Return the word that tells what happened to the things a token counts: the verb of its clause
    ("212 people died", "killed 212 people"), else a participle after it ("people injured in the blast"),
    else the state a verb left them in ("left 300 people dead"); none when a verb only reports or states
    them."""
    verb = token.head if token.dep_ in PREDICATE_DEPS else None
    if verb is not None and verb.pos_ == "VERB" and not _states(verb):
        return verb
    participle = next((t for t in token.children if t.dep_ == "acl" and t.pos_ == "VERB"), None)
    if participle is not None:
        return None if _states(participle) else participle
    if verb is not None and token.dep_ == "dobj":
        return next((t for t in verb.rights if t.dep_ == "oprd" and t.lower_ in OUTCOME_STATES), None)
    return None


def _states(verb: Token) -> bool:
    return verb.lemma_.lower() in REPORTING_VERBS | STATE_VERBS


def leaves_home(verb: Token) -> bool:
    """Return True for a verb whose object or "from" phrase is home: those counted were displaced ("fled
    their homes", "were forced from their homes", "lost their homes")."""
    objects = [t for t in verb.children if t.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
    return any(t.lemma_.lower() == "home" for t in objects)


def in_the_past(verb: Token, counted: Token) -> str:
    """Return a verb as what befell the things a token counts, in the past: as written when it is ("died",
    "were killed") or is a state ("dead"), else put there ("die" → "died" of a subject, "employs" →
    "employed" of an object)."""
    if verb.tag_ in ("VBD", "VBN") or verb.pos_ == "ADJ":
        return verb.lower_
    forms = getInflection(verb.lemma_.lower(), "VBD" if counted.dep_ == "nsubj" else "VBN")
    return forms[0] if forms else verb.lemma_.lower()


def acted_on_some(token: Token) -> str | None:
    """Return the participle naming those counted by a specific noun when a verb acts on some of its group
    ("arrested 12 demonstrators", "12 students were detained", "60 miners rescued"), unless a word makes
    the count the whole group ("killed all 14 rebels")."""
    if any(t.lower_ in WHOLE_WORDS for t in token.children):
        return None
    verbs = [token.head] if token.dep_ in ("dobj", "nsubjpass") else []
    verbs += [t for t in token.children if t.dep_ == "acl"]
    return next((ACTS_ON_SOME[v.lemma_.lower()] for v in verbs if v.lemma_.lower() in ACTS_ON_SOME), None)


def _clause_nouns(verb: Token, skip: Token) -> list[Token]:
    """Return the nouns of a verb's own clause, leaving out `skip`'s words and any clause inside it."""
    found, stack = [], [t for t in verb.children if t.i != skip.i]
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX"):
            continue
        if token.pos_ in ("NOUN", "PROPN"):
            found.append(token)
        stack.extend(token.children)
    return sorted(found, key=lambda t: t.i)


def gathering(token: Token) -> str | None:
    """Return the gathering that the things a token counts take part in: the verb itself ("a crowd of
    40,000 marched") or what its clause names ("joined the march", "took part in Sunday's rally")."""
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    verb = verb or next((t for t in token.children if t.dep_ == "acl"), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_PART:
        return None
    needed = TAKING_PART_WITH.get(verb.lemma_.lower())
    if needed is not None and all(t.lower_ != needed for t in verb.children):
        return None
    if verb.lemma_.lower() in GATHERINGS:
        return verb.lemma_.lower()
    return next((t.lower_ for t in _clause_nouns(verb, token) if t.lower_ in GATHERINGS), None)


def gathering_of_agent(noun: Token) -> str | None:
    """Return the gathering a noun names those taking part in by its stem ("marchers" → march,
    "protesters" → protest, "strikers" → strike, "demonstrators" → demonstration)."""
    lemma = noun.lemma_.lower()
    if not lemma.endswith(("er", "or")):
        return None
    stem = lemma[:-2]
    return next((g for g in (stem, stem + "e", stem + "ion") if g in GATHERINGS), None)


def gathering_of(phrase: str) -> str | None:
    """Return the "at the ..." part of a counted phrase or key name that names a gathering ("crowd at the
    march", "at the march")."""
    start = f" {phrase}".find(f" {AT_THE}")
    return phrase[start:] if start >= 0 else None


def with_happening(counted: Counted, token: Token | None) -> Counted:
    """Return `counted` with what happened to the things counted where that tells counts apart: the
    gathering they took part in ("people at the march" for "100,000 people joined the march"), any
    happening after a generic noun (212 people killed and 1,500 people injured are two counts), an act on
    some of the group after any other noun ("arrested 12 demonstrators" is no count of a march), else the
    gathering a noun names those taking part in ("40,000 marchers" are "marchers at the march")."""
    if token is None or counted.phrase is None:
        return counted
    token = _body_of(token) or token
    event = gathering(token)
    if event is None:
        if is_generic(counted.head) or is_generic(token):
            verb = happening(token)
            word = None if verb is None else "displaced" if leaves_home(verb) else in_the_past(verb, token)
        else:
            word = acted_on_some(token)
        if word is not None:
            return replace(counted, phrase=f"{counted.phrase} {word}")
        if counted.head is not None and counted.unit is None:
            event = gathering_of_agent(counted.head)
    return replace(counted, phrase=f"{counted.phrase} {AT_THE}{event}") if event else counted


def _body_of(token: Token) -> Token | None:
    """Return the body whose members a token counts after "of" ("a crowd of 1,000 people" → crowd): what
    happened to the body happened to them."""
    preposition = token.head
    if (
        token.dep_ != "pobj"
        or preposition.lower_ != "of"
        or preposition.head.lemma_.lower() not in COLLECTIVE_NOUNS
    ):
        return None
    return preposition.head


def names_acted_on(phrase: str) -> bool:
    """Return True for a counted phrase that names those some act touched ("demonstrators arrested")."""
    words = phrase.split()
    return len(words) > 1 and words[-1] in ACTS_ON_SOME.values()


def outcome_of(phrase: str) -> str | None:
    """Return the outcome a counted phrase names by its last word ("killed" for "people died") or as a
    noun of the happening ("killed" for "deaths"), if any."""
    words = phrase.split()
    return OUTCOMES.get(words[-1]) if len(words) > 1 else OUTCOME_NOUNS.get(phrase)


def as_outcome(phrase: str) -> str:
    """Return a counted phrase with the outcome it names put in one word ("people died" → "people killed",
    "deaths" → "people killed"); any other phrase as it is."""
    outcome = outcome_of(phrase)
    if outcome is None:
        return phrase
    return f"{phrase.rsplit(' ', 1)[0] if ' ' in phrase else 'people'} {outcome}"


def multiplies_earlier(number: Span) -> bool:
    """Return True for a multiple of an earlier count ("three times that", "10 times this")."""
    doc = number.doc
    after = [t.lower_ for t in doc[number.end : number.end + 2]]
    return len(after) == 2 and after[0] == "times" and after[1] in BACK_WORDS


def in_reach(earlier: Span, number: Span) -> bool:
    """Return True when `earlier` is in the number's sentence or one of the REFERENCE_SENTENCES before it."""
    sentence = number.sent
    for _ in range(REFERENCE_SENTENCES):
        if sentence.start == 0 or earlier.start >= sentence.start:
            break
        sentence = number.doc[sentence.start - 1].sent
    return sentence.start <= earlier.start < number.start
