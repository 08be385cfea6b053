"""Rises and falls: the change a number phrase says, from its sign or the verb of rising or falling it
goes with ("rose 5%", "+0.5%", "cut by 200", "3,000 jobs were cut")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from rashomon.quantities.filters import TIME_UNIT_LEMMAS
from rashomon.quantities.qualifiers import CHANGE_VERBS
from rashomon.quantities.ranges import CONNECTORS
from rashomon.quantities.units import currency_before, currency_start, unit_after

GATHERING_VERBS = frozenset({"raise"})
"""Verbs that change an amount by the number only with "by" ("raised rates by 0.25"); their direct object is
a sum gathered ("raised $1.5bn")."""
HANDLING_VERBS = frozenset(
    "recover sink hike spike crash lift dive drop knock pull push drive send drag bounce surrender".split()
)
"""Verbs of rising or falling, or of moving with "up" or "down", whose object, when counted or measured
out of some stuff, is things handled rather than an amount moved ("recovered 12 bodies", "sank 3 ships",
"knocked down 3 houses", "dropped 4 inches of rain")."""
MOVING_VERBS = frozenset(
    "go come move edge inch tick creep head trend drift nudge close end finish open trade revise mark push "
    "drive bid drag send pull knock".split()
)
"""Verbs of moving that say a rise or a fall with "up" or "down" ("ticked down 0.2%", "closed up 3%")."""
CLIMBING_VERBS = frozenset(
    "go move edge inch tick creep drift trend rise climb jump soar shoot surge leap rebound rally bounce "
    "revise mark".split()
)
"""Verbs whose "up" before "to" is a particle, making the number after "to" the level reached ("edged up to
5.2%", "was revised up to 2.1%"), not a bound ("hire up to 300 workers")."""
PHRASAL_CHANGES = {
    "give back": "down",
    "pick up": "up",
    "put on": "up",
    "tack on": "up",
    "claw back": "up",
    "bounce back": "up",
}
"""Phrasal verbs that say a rise or a fall of the amount after them, when it is neither a count of things nor
a share of something ("gave back 3%", "put on 4%"; not "picked up 3 contracts", "gave back 20% of the
land")."""
DIRECTION_WORDS = {
    "up": "up",
    "upward": "up",
    "upwards": "up",
    "higher": "up",
    "down": "down",
    "downward": "down",
    "downwards": "down",
    "lower": "down",
}
"""Words that give a verb a direction, making the number after its "by" a rise or a fall ("revised down by
0.2 point", "closed higher by 3%")."""
RUN_UNITS = TIME_UNIT_LEMMAS | {"quarter", "session", "round"}
"""Units of time a run of rises or falls is counted in ("fell 4 straight quarters", "3 sessions in a row")."""
RUN_WORDS = frozenset({"straight", "consecutive", "successive"})
"""Words that make a count of units of time a run ("4 straight quarters")."""
NAMING_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
"""Parts of speech of a word of rising or falling that names or describes rather than moves ("a narrow 40
point span", "a firm 5 percent")."""
NUMBER_TO_NOUN = frozenset({"nummod", "compound", "quantmod", "nmod"})
"""Relations that join a number to the unit or noun after it ("3 %", "2.5 per cent")."""


def _sign_change(span: Span, start: int) -> str | None:
    """Return the change a sign written before a number says: "+0.5%" rose, "-3.2%" fell."""
    written = span.doc[start].text
    if written.startswith("+"):
        return "up"
    if written.startswith(("-", "−")) and (measured := unit_after(span)) is not None:
        return "down" if measured[0] == "percentage" else None
    return None


def _direction_of(verb: Token) -> str | None:
    """Return the direction a word attached to a verb gives it ("revised down", "closed higher"), if any."""
    return next((DIRECTION_WORDS[c.lower_] for c in verb.children if c.lower_ in DIRECTION_WORDS), None)


def measure_word(span: Span) -> Token:
    """Return the word that joins a number phrase to its sentence: the unit or noun the number modifies
    ("3 %" → "%", "2.5 per cent" → "cent", "1,200 jobs" → "jobs"), else the number's last word."""
    token = span[-1]
    while (
        token.dep_ in NUMBER_TO_NOUN
        and span.end <= token.head.i <= span.end + 2
        and (token.i < span.end or token.pos_ not in ("NOUN", "PROPN"))
    ):
        token = token.head
    return token


def _places(measure: Token) -> bool:
    """Return True when an amount measures how far away something lies, hung on the word after it ("crashed
    30 miles north of the city", "sank 5 km off the coast") rather than on the verb before it."""
    head = measure.head
    return measure.dep_ == "npadvmod" and head.i > measure.i and head.lower_ not in DIRECTION_WORDS


def _is_passive(verb: Token) -> bool:
    """Return True for a verb in the passive voice ("taxes were raised 2 percent")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _verb_change(span: Span) -> str | None:
    """Return the change a verb of rising or falling says of the amount it moved by when words stand between
    them ("rose a further 2%", "fell another 5 points", "raised rates 25 basis points"), or a word of
    direction right after the amount ("were 4% down", "closed 3% up")."""
    measure = measure_word(span)
    turned = _direction_after(measure)
    if turned is not None:
        return turned
    if measure.dep_ == "npadvmod" and measure.head.lower_ == "off" and measure.head.i < measure.i:
        return "down"
    verb = _mover(measure, span)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    return next((direction for direction, verbs in CHANGE_VERBS.items() if lemma in verbs), None)


def _direction_after(measure: Token) -> str | None:
    """Return "up" or "down" when one follows an amount that measures how far it goes ("were 4% down",
    "closed 3% up"); not a preposition with its own object ("5 miles down the road") nor a way to and fro ("3
    miles up and down the beach")."""
    after = measure.doc[measure.i + 1] if measure.i + 1 < len(measure.doc) else None
    if (
        measure.dep_ != "npadvmod"
        or after is None
        or after.lower_ not in ("up", "down")
        or measure.head not in (after, after.head)
        or any(c.dep_ in ("pobj", "cc") for c in after.children)
    ):
        return None
    return after.lower_


def _mover(measure: Token, span: Span) -> Token | None:
    """Return the verb a number phrase is the amount moved of, by the phrase's role: "rose a further 2%",
    "lost a further 13%", "3,000 jobs were cut", "fell by a seasonally adjusted 0.8%"; not a time before the
    verb ("over 3 days, the index fell") nor the level after another number ("cut by $200 to $399")."""
    if measure.dep_ == "nsubjpass" or (measure.dep_ == "npadvmod" and measure.i > measure.head.i):
        return measure.head
    if measure.dep_ == "appos" and measure.head.dep_ == "dobj" and _after_object(span):
        return measure.head.head
    verb = measure.head
    if measure.dep_ == "dobj" and verb.i < measure.i:
        return verb if _after_object(span) or (_described(span) and not _gathers(verb, span)) else None
    by = measure.head
    if (
        measure.dep_ == "pobj"
        and by.lower_ == "by"
        and not any(t.like_num for t in span.doc[by.i : span.start])
        and not _reached(span)
    ):
        return by.head
    return None


def _described(span: Span) -> bool:
    """Return True when words that describe an amount stand between its verb and it ("lost a further 13%",
    "fell a confirmed 0.9%")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.pos_ in ("ADJ", "VERB") and before.dep_ == "amod"


def _reached(span: Span) -> bool:
    """Return True when "to" right before an amount makes it the level reached ("fell by nearly half to 4.2
    billion"), not the "to" of "up to"."""
    start = currency_start(span)
    words = [t.lower_ for t in span.doc[max(start - 2, 0) : start]]
    return words[-1:] == ["to"] and words[:1] != ["up"]


def _after_object(span: Span) -> bool:
    """Return True when the thing changed stands right before the amount it changed by ("cut its key rate 25
    basis points", "raised its key rate 25 basis points"), with no comma between."""
    start = currency_start(span)
    before = span.doc[start - 1] if start > 0 else None
    return before is not None and before.pos_ in ("NOUN", "PROPN") and not before.like_num


def _gathers(verb: Token, span: Span) -> bool:
    """Return True when the object of a verb is a sum gathered or things handled rather than an amount moved
    ("raised a further $5m", "sank another 3 ships")."""
    lemma = verb.lemma_.lower()
    return lemma in GATHERING_VERBS or (lemma in HANDLING_VERBS and counts_things(span))


def _counts_a_run(span: Span) -> bool:
    """Return True when a number counts the units of time a rise or fall ran for ("rose 3 months in a row",
    "fell 4 straight quarters", "rose 5 days running") or the times it happened ("raised rates 17 times"), not
    the amount it moved by."""
    doc = span.doc
    words = list(doc[span.end : min(span.end + 2, span.sent.end)])
    if words[:1] and words[0].lower_ == "times":
        return True
    unit = next((t for t in words if t.lemma_.lower() in RUN_UNITS), None)
    if unit is None:
        return False
    after = doc[unit.i + 1 : min(unit.i + 4, span.sent.end)].text.lower()
    return any(t.lower_ in RUN_WORDS for t in words) or after.startswith(("in a row", "running"))


def change_of(span: Span) -> str | None:
    """Return the change a number phrase says, "up" or "down", from its sign, the verb before it or the
    verb it is the amount of ("+0.5%", "rose 5%", "rose a further 2%"); else None."""
    start = currency_start(span)
    if _counts_a_run(span):
        return None
    signed = _sign_change(span, start)
    if signed is not None:
        return signed
    return _change_before(span, start) or _verb_change(span)


def counts_things(span: Span) -> bool:
    """Return True when a number counts things rather than measuring an amount ("12 bodies", not "2%",
    "$5m" or "10 miles")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        unit_after(span) is None
        and currency_before(span) is None
        and after is not None
        and after.pos_ in ("NOUN", "PROPN")
    )


def _measures_stuff(span: Span) -> bool:
    """Return True when a number, or the range it opens, measures an amount of stuff named after "of" ("4
    inches of rain", "4-6 inches of rain", "500 pounds of bombs"), which a verb of moving handles rather than
    changes; a percentage of something is a share of it ("3 percent of its value")."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ in CONNECTORS and doc[end + 1].like_num:
        end += 2
    measured = unit_after(doc[end - 1 : end])
    return (
        measured is not None
        and measured[0] != "percentage"
        and measured[1] + 1 < len(doc)
        and doc[measured[1]].lower_ == "of"
        and doc[measured[1] + 1].pos_ in ("NOUN", "ADJ")
    )


def _share_of(span: Span) -> bool:
    """Return True when an amount is a share of something named after "of" ("20% of the land")."""
    end = (unit_after(span) or (None, span.end))[1]
    return end < len(span.doc) and span.doc[end].lower_ == "of"


def _is_particle(word: Token) -> bool:
    """Return True for the particle of a phrasal verb, or a "back" after its verb ("put on", "fell back")."""
    return word.dep_ == "prt" or (word.lower_ == "back" and word.head.i == word.i - 1)


def _change_before(span: Span, start: int) -> str | None:
    """Return the change the word right before a number says ("rose 5%", "cut by 200", "closed up 3%")."""
    before = span.doc[start - 1] if start > 0 else None
    if before is None:
        return None
    verb = before.head if before.lower_ == "by" or _is_particle(before) else before
    if verb is before and (verb.pos_ in NAMING_TAGS or _places(measure_word(span))):
        return None
    if verb is before and verb.lemma_.lower() in GATHERING_VERBS and not _is_passive(verb):
        return None
    carrier = before.head if before.lower_ in ("up", "down") and before.head.i == before.i - 1 else verb
    if (
        before.lower_ != "by"
        and carrier.lemma_.lower() in HANDLING_VERBS
        and (counts_things(span) or _measures_stuff(span))
    ):
        return None
    turned = _direction_of(verb) if before.lower_ == "by" else None
    if turned is None and _is_particle(before) and not counts_things(span) and not _share_of(span):
        turned = PHRASAL_CHANGES.get(f"{verb.lemma_.lower()} {before.lower_}")
    if turned is not None:
        return turned
    for direction, verbs in CHANGE_VERBS.items():
        moved = before.lower_ == direction and (before.dep_ != "prt" or verb.lemma_.lower() in MOVING_VERBS)
        if verb.lemma_.lower() in verbs or moved:
            return direction
    return None


def climbs_to(up: Token) -> bool:
    """Return True when the "up" of "up to" is the particle of a verb of climbing ("edged up to 5.2%") or the
    level after it is compared with an earlier one ("was up to 45% from 40%"), so that the number is a level
    reached rather than a bound."""
    doc = up.doc
    before = doc[up.i - 1] if up.i > up.sent.start else None
    if before is not None and before.lemma_.lower() in CLIMBING_VERBS:
        return True
    after = [t for t in doc[up.i + 2 : up.sent.end] if not t.is_punct]
    return any(
        t.lower_ == "from" and i + 1 < len(after) and after[i + 1].like_num for i, t in enumerate(after[:5])
    )
