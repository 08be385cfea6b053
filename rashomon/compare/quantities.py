"""Group count claims by what they count, judge each group and rank the disputes."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from itertools import combinations

from rashomon.compare.claims import SentenceIndex, document_dates, ranges_overlap
from rashomon.compare.stories import StoryNames, shared_name_stories, split_stories
from rashomon.quantities.convert import convert, measure_kind, rounding_margin
from rashomon.quantities.counted import COLLECTIVE_NOUNS, plural
from rashomon.quantities.filters import TIME_UNIT_LEMMAS
from rashomon.quantities.reference import AT_THE, GENERIC_HEADS
from rashomon.quantities.units import is_measure, unit_name
from rashomon.resolve.counted import key_name, names_happening, names_outcome
from rashomon.schema import Claim, Dispute, Document, Quantity, content_id

LATER_CUES = re.compile(
    r"\b(?:currently|still|remain(?:s|ed|ing)?|left with|now|so far|by now|released|freed|of whom|"
    r"later|since then|as of|(?:rose|risen|climbed|jumped|grew|grown|increased|mounted|fell|fallen|dropped|"
    r"declined) to)\b",
    re.I,
)
UP_TO_NOW = re.compile(r"\b(?:so far|to date|thus far|up to now|until now)\b", re.I)
"""Words anywhere before a number in its sentence that make it a count of everything up to now."""
PART_OF = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our|them|which|whom|[\w.]+\s?['’]s)\b", re.I
)
"""What follows a number that counts part of a group named after it ("two of which", "one of Egypt's")."""
PART_BEFORE = re.compile(r"\b(?:other|another|first|next|top|initial)\s+$", re.I)
"""Words just before a number that make it the rest of a group, one more group or the first few of a series
("the other nine jurors", "another 1,000", "the first two films")."""
OTHER_AFTER = re.compile(r"\s+(?:other|more|further|additional)\b", re.I)
"""What follows a number that counts the rest of a group or more of it ("nine other jurors", "two more
players", "300 further troops")."""
DISTANCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:away|apart)\b", re.I)
"""What follows a number that gives a distance in things counted ("a few blocks away", "two doors apart")."""
STEP_BEFORE = re.compile(r"\b(?:every|each|per)\s+$", re.I)
"""Words just before a number that make it the step of a rate."""
MEASURED_CENTRALITY = 0.5
"""Least share of a story's documents that must name or measure a thing before its measures are compared:
"the earthquake" of a story about one quake, not "a loan" of one story among many."""
TIMES_COUNTED = TIME_UNIT_LEMMAS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday night weekend fortnight season quarter".split()
)
"""Things counted that are stretches or days of time ("for three years", "two Sundays ago", "four seasons
as coach"): no thing a dispute is about."""
FREQUENCY_WORDS = frozenset({"times", "time", "occasions", "occasion"})
"""Counted phrases of a count of how often."""
CUE_WINDOW = 60
"""Characters before a number searched for cues that it is a later count."""


def counts_its_speaker(quantity: Quantity) -> bool:
    """Return True for a number that only says how many speak ("several analysts said", "one senior
    banker said"): who gives a claim, not a claim to compare."""
    speaker = f" {(quantity.speaker or '').lower()} "
    counted = (quantity.counted or "").lower()
    return speaker.strip() != "" and (
        f" {quantity.text.lower()} " in speaker or (counted != "" and counted in speaker)
    )


def is_no_claim(quantity: Quantity, index: SentenceIndex) -> bool:
    """Return True for a number that is no claim to compare: one that counts its own speakers, part or a
    share of a group, how often, or a rate's step (see `counts_its_speaker`, `counts_a_part`, `is_a_share`,
    `is_a_frequency`, `is_a_step`), read from the text of its sentence around it."""
    before, after = index.around(quantity.doc, quantity.start, quantity.end)
    return (
        counts_its_speaker(quantity)
        or counts_a_part(quantity, before, after)
        or is_a_share(quantity)
        or is_a_frequency(quantity)
        or is_a_step(before)
    )


def counts_a_part(quantity: Quantity, before: str, after: str) -> bool:
    """Return True for a number written (`before` and `after` it in its sentence) as part of a group it
    names ("1.6 mln of the shares", "11 of the new berths", "one of its plants"), as the rest of a group or
    more of it ("the other nine jurors", "another 1,000", "two more players") or as the first few of a
    series ("the first two films"): it counts some of the things another claim counts in full; a distance
    in things ("a few blocks away") counts none. A part of a group named after it that something befell
    ("troops killed 400 of them") is a toll of its own and stays a claim."""
    if OTHER_AFTER.match(after) or DISTANCE_AFTER.match(after) or PART_BEFORE.search(before):
        return True
    return bool(PART_OF.match(after)) and not names_outcome((quantity.counted or "").lower())


def is_a_share(quantity: Quantity) -> bool:
    """Return True for a fraction of a group counted by no unit ("a third of the population", "half the
    staff"): a share of what another claim counts, not a count of it."""
    return quantity.high is not None and 0 < quantity.high < 1 and not is_measure(quantity.unit)


def is_a_frequency(quantity: Quantity) -> bool:
    """Return True for a count of how often ("arrested seven times", "on several occasions"): it says how
    often something happened, which its key, shared by every such count, cannot tell apart."""
    return (quantity.counted or "").lower() in FREQUENCY_WORDS


def is_a_step(before: str) -> bool:
    """Return True for a number written `before` "every", "each" or "per", a step something goes by
    ("every 1/16 point over LIBOR meant 5.1 mln dlrs more", "for each 10 jobs"): a rate's unit, not a
    claim."""
    return bool(STEP_BEFORE.search(before))


def is_later_count(quantity: Quantity, index: SentenceIndex) -> bool:
    """Return True when the words just before the number mark it as a later, updated count, or words
    earlier in its sentence as a count of everything up to now ("In their five operations so far, the
    crew have seized 14 rifles, 31 magazines and 923 rounds")."""
    before, _ = index.around(quantity.doc, quantity.start, quantity.end)
    return bool(LATER_CUES.search(before[-CUE_WINDOW:]) or UP_TO_NOW.search(before))


def _digits(quantity: Quantity) -> str:
    """Return the value in digits when the quoted words have none ("three times that (120,000)")."""
    if quantity.value is None or any(c.isdigit() for c in quantity.text):
        return ""
    return f" ({quantity.value:,.0f})" if quantity.value.is_integer() else f" ({quantity.value:,})"


def _as_written(quantity: Quantity, after: str) -> str:
    """Return a claim's number with what it counts as a reader says them: "40,000 marchers", "dozens of
    people injured", "crowd of about 40,000 at the march"; a measure with its unit as written ("120 mph",
    "$5 million")."""
    number = f"{quantity.text}{_digits(quantity)}"
    if is_measure(quantity.unit):
        symbol = any(not (c.isalnum() or c.isspace() or c in ",.-") for c in quantity.text)
        return number if symbol else f"{number} {_unit_as_written(quantity, after)}"
    counted = quantity.counted or ""
    group, _, rest = counted.partition(" ")
    if group in COLLECTIVE_NOUNS:
        return f"{group} of {number} {rest}".strip()
    joiner = " of " if counted and after.lstrip().lower().startswith("of ") else " "
    return f"{number}{joiner}{counted}".strip()


def _unit_as_written(quantity: Quantity, after: str) -> str:
    """Return a measure's unit as the sentence writes it right after the number ("km/h"), else what it
    measures or its unit's name."""
    words = after.split(maxsplit=1)
    written = words[0].rstrip(",.;:!?)") if words else ""
    if written and unit_name(written) == quantity.unit:
        return written
    return quantity.counted or quantity.unit or ""


def _claim(quantity: Quantity, index: SentenceIndex, later: bool, unit: str | None = None) -> Claim:
    sentence = index.at(quantity.doc, quantity.start)
    value = _as_written(quantity, index.around(quantity.doc, quantity.start, quantity.end)[1])
    if unit and quantity.unit != unit and quantity.value is not None:
        value += f" (about {quantity.value:,.4g} {unit})"
    if quantity.speaker:
        value += f" (according to {quantity.speaker})"
    if later:
        value += " [later count]"
    return Claim(
        doc=quantity.doc, record=quantity.id, value=value, text=sentence.text.strip() if sentence else ""
    )


def _range(quantity: Quantity) -> tuple[float | None, float | None]:
    return quantity.low, quantity.high


def _conflicts(claims: list[Quantity]) -> bool:
    return any(not ranges_overlap([_range(a), _range(b)]) for a, b in combinations(claims, 2))


def _above(higher: Quantity, lower: Quantity) -> bool:
    """Return True when one count's range lies wholly above another's."""
    return higher.low is not None and lower.high is not None and higher.low > lower.high


def is_toll(claims: list[Quantity]) -> bool:
    """Return True when the claims count those something befell (killed, arrested, evacuated): a toll that
    each later report may raise, unlike a count of things or of those at a gathering."""
    return any(names_outcome((q.counted or "").lower()) for q in claims)


def rises_report_by_report(first: list[Quantity], reported: dict[str, str]) -> bool:
    """Return True when counts that do not overlap always come from reports of different dates
    (`reported`: the date of each claim), the later report's count above the earlier's."""
    for a, b in combinations(first, 2):
        if ranges_overlap([_range(a), _range(b)]):
            continue
        if reported[a.id] == reported[b.id]:
            return False
        earlier, later = (a, b) if reported[a.id] < reported[b.id] else (b, a)
        if not _above(later, earlier):
            return False
    return True


def in_one_unit(measures: list[Quantity]) -> tuple[str, list[Quantity]]:
    """Return the unit most measures of one kind are given in (the first source's on a tie) and every
    measure in it: one given in another unit converted ("120 mph" as 193 km/h), its range widened by the
    last digit it is written to, since one of the two values was likely rounded from the other."""
    counts = Counter(q.unit for q in measures)
    unit = max(counts, key=lambda name: counts[name])
    return unit, [q if q.unit == unit else _converted(q, unit) for q in measures]


def _converted(measure: Quantity, unit: str) -> Quantity:
    """Return a measure with its value and range in `unit`, the range widened by its rounding."""

    def to_unit(value: float | None, widen: float) -> float | None:
        if value is None:
            return None
        return convert(value + widen * rounding_margin(value), measure.unit or "", unit)

    return replace(
        measure,
        value=to_unit(measure.value, 0.0),
        low=to_unit(measure.low, -1.0),
        high=to_unit(measure.high, 1.0),
    )


def one_value_per_source(measures: list[Quantity]) -> list[Quantity]:
    """Return the measures of one thing from the sources that give it one value: a source that sizes it
    twice apart (a loss this year and last, the quotas of several countries) does not measure one thing."""
    return _from_consistent(measures, lambda q: q.doc, _conflicts)


def one_count_per_claimant(
    counts: list[Quantity], later: set[str], reported: dict[str, str]
) -> list[Quantity]:
    """Return the counts of one key from the claimants that give it one first count: a claimant that counts
    it twice apart in one report, neither a later count nor a count of another time it names (see
    `of_two_times`), counts several things by that key ("landed 178 punches" in all, "28 of his 68
    punches" in one round; "the three holdouts" and "the other nine jurors"), not one thing twice."""

    def apart(claims: list[Quantity]) -> bool:
        first = [q for q in claims if q.id not in later]
        return any(
            not ranges_overlap([_range(a), _range(b)]) and not of_two_times(a, b, reported)
            for a, b in combinations(first, 2)
        )

    return _from_consistent(counts, lambda q: (q.doc, q.speaker or ""), apart)


def _from_consistent(
    claims: list[Quantity],
    claimant: Callable[[Quantity], object],
    inconsistent: Callable[[list[Quantity]], bool],
) -> list[Quantity]:
    """Return the claims of the claimants whose own claims are not `inconsistent`."""
    by_claimant: dict[object, list[Quantity]] = defaultdict(list)
    for quantity in claims:
        by_claimant[claimant(quantity)].append(quantity)
    return [q for own in by_claimant.values() if not inconsistent(own) for q in own]


def by_referent(measures: list[Quantity], beside: dict[str, frozenset[str]]) -> list[list[Quantity]]:
    """Split measures of one kind of thing by the names their sentences mention (`beside`): measures
    beside a name in common size one thing, those beside different names different things (Mexico's loan
    and Argentina's). A measure beside no name sizes the one thing when there is one, else no known one."""
    named = [q for q in measures if beside.get(q.id)]
    unnamed = [q for q in measures if not beside.get(q.id)]
    by_id = {q.id: q for q in named}
    names = StoryNames({q.id: beside[q.id] for q in named}, {}, large=False)
    groups = [[by_id[i] for i in group] for group in shared_name_stories(sorted(by_id), names)]
    if len(groups) <= 1:
        return [[*(groups[0] if groups else []), *unnamed]]
    return groups


def _spread(claims: list[Quantity]) -> float:
    points = [v for q in claims for v in (q.value, q.low, q.high) if v]
    return math.log(max(points) / min(points)) if points else 0.0


def _centrality(name: str, claims: list[Quantity], documents: list[Document]) -> float:
    """Return the share of a story's documents that give one of the claims or carry every word of a
    counted key's name (of its gathering's name for "at the march")."""
    words = name.removeprefix(AT_THE).split()
    patterns = [re.compile(rf"\b{re.escape(word)}", re.I) for word in words]
    claiming = {q.doc for q in claims}
    central = [d for d in documents if d.id in claiming or all(p.search(d.text) for p in patterns)]
    return len(central) / max(len(documents), 1)


def _plural_name(name: str, claims: list[Quantity]) -> str:
    """Return a key's name as a reader counts it: "miners", "people killed", "in the crowd" where a claim
    counts the members of a body ("a crowd of 40,000", not "3.47 mln units"), "at the march", "people"
    for a key named by a generic noun alone ("person")."""
    if name in COLLECTIVE_NOUNS and any((q.counted or "").lower().split()[:1] == [name] for q in claims):
        return f"in the {name}"
    return name if names_happening(name) and name not in GENERIC_HEADS else plural(name)


def _claimants(claims: list[Quantity]) -> int:
    """Return how many claimants give the counts: each source once, or each speaker it names when it names
    two or more (a count the writer gives unattributed beside a company's is not a second claim)."""
    speakers: dict[str, set[str]] = defaultdict(set)
    for quantity in claims:
        speakers[quantity.doc].update([quantity.speaker] if quantity.speaker else [])
    return sum(max(1, len(named)) for named in speakers.values())


def report_dates(quantities: list[Quantity], documents: list[Document]) -> dict[str, str]:
    """Return the date each count was reported: its document's date, else the count's own time."""
    dated = document_dates(documents)
    return {q.id: dated.get(q.doc) or q.time or "" for q in quantities}


def judge(
    claims: list[Quantity], later: set[str], reported: dict[str, str], first_are: str = "first counts"
) -> tuple[str, str]:
    """Return a group's status and how its first counts (those not marked as later) compare: `conflict`
    when they do not overlap, unless they count a toll that rises report by report or are counts one
    report gives for two times it names (`evolving`, see `of_two_times`), else `evolving` when later
    counts update them, else `agree`; `first_are` names the first counts in the judgement ("first
    values" of measures)."""
    first = [q for q in claims if q.id not in later]
    if not _conflicts(first):
        return ("evolving" if later else "agree"), f"{first_are} agree"
    if is_toll(claims) and rises_report_by_report(first, reported):
        dated = sorted(first, key=lambda q: reported[q.id])
        rise = f"{dated[0].text} on {reported[dated[0].id]} to {dated[-1].text} on {reported[dated[-1].id]}"
        return "evolving", f"{first_are} rise report by report ({rise})"
    apart = [(a, b) for a, b in combinations(first, 2) if not ranges_overlap([_range(a), _range(b)])]
    if all(of_two_times(a, b, reported) for a, b in apart):
        times = ", ".join(sorted({f"{q.text} in {q.time}" for pair in apart for q in pair}))
        return "evolving", f"{first_are} are of different times in one report ({times})"
    return "conflict", f"{first_are} conflict"


def of_two_times(a: Quantity, b: Quantity, reported: dict[str, str]) -> bool:
    """Return True for two counts one report gives for two times its sentences name ("3.47 mln in
    January", "the December rate of 4.06 mln"), neither the report's own date: a count then and a count
    now, not two claims about one."""
    named = [q.time for q in (a, b) if q.time and q.time != reported[q.id]]
    return a.doc == b.doc and len(named) == 2 and named[0] != named[1]


def _dispute(
    key: str,
    unit: str | None,
    claims: list[Quantity],
    later: set[str],
    reported: dict[str, str],
    index: SentenceIndex,
    centrality: float,
) -> Dispute:
    status, judged = judge(claims, later, reported, "first values" if unit else "first counts")
    sources = len({q.doc for q in claims})
    spread = _spread(claims)
    rank = 2.0 * sources + spread + 3.0 * centrality + (1.0 if status == "conflict" else 0.0)
    values = ", ".join(sorted({q.text for q in claims}))
    later_values = ", ".join(sorted({q.text for q in claims if q.id in later}))
    updated = f"; {len(later)} later count(s) ({later_values})"
    reason = (
        f"{status}: {sources} source(s), {_claimants(claims)} claimant(s) ({values}); "
        f"{judged}{updated if later else ''}; "
        f"'{key_name(key)}' is counted or named in {centrality:.0%} of the story's documents"
    )
    ordered = sorted(claims, key=lambda q: (q.id in later, reported[q.id], q.doc, q.start))
    topic = (
        f"size of the {key_name(key)} ({unit})" if unit else f"how many {_plural_name(key_name(key), claims)}"
    )
    return Dispute(
        id=content_id("dispute", "quantity", key, unit or "", status, *sorted(q.id for q in claims)),
        kind="quantity",
        topic=topic,
        key=f"{key} ({unit})" if unit else key,
        status=status,
        reason=reason,
        claims=[_claim(q, index, q.id in later, unit) for q in ordered],
        rank=round(rank, 3),
    )


def _story_documents(documents: list[Document], names: StoryNames | None) -> dict[str, list[Document]]:
    """Return, for each document id, the documents of the story it tells (see `split_stories`)."""
    by_id = {d.id: d for d in documents}
    return {doc: [by_id[d] for d in story] for story in split_stories(by_id, names) for doc in story}


def _by_story(claims: list[Quantity], stories: dict[str, list[Document]]) -> list[list[Quantity]]:
    """Split the claims about one kind of thing into the stories their documents tell."""
    grouped: dict[str, list[Quantity]] = defaultdict(list)
    for quantity in claims:
        grouped[stories[quantity.doc][0].id].append(quantity)
    return list(grouped.values())


def _comparable_groups(
    claims: list[Quantity],
    unit: str | None,
    stories: dict[str, list[Document]],
    beside: dict[str, frozenset[str]],
    large: bool,
) -> list[list[Quantity]]:
    """Return the groups of claims of one key that are compared: counts by story, and in a `large`
    collection (whose stories are looser) split by the names beside them; measures (in `unit`) by story,
    from the sources that give one value, split by the names beside them."""
    groups = _by_story(claims, stories)
    if unit is None:
        return [group for story in groups for group in by_referent(story, beside)] if large else groups
    return [group for story in groups for group in by_referent(one_value_per_source(story), beside) if group]


def quantity_disputes(
    quantities: list[Quantity],
    index: SentenceIndex,
    documents: list[Document],
    names: StoryNames | None = None,
    beside: dict[str, frozenset[str]] | None = None,
) -> list[Dispute]:
    """Return one dispute per kind of thing counted by two or more claimants in one story (see
    `split_stories`; without `names` all documents are one story), and one per thing measured in one unit
    by two or more sources that each give it one value, when at least MEASURED_CENTRALITY of the story's
    documents name or measure it, split by the names beside them (see `by_referent`; stretches and days of
    time left out, see `TIMES_COUNTED`;
    units of one physical kind converted to the most used, see `in_one_unit`),
    quoting sentences from `index`, each judged by `judge`; numbers that are no claim are left out (see
    `is_no_claim`)."""
    keys: dict[tuple[str, str | None], list[Quantity]] = defaultdict(list)
    for quantity in quantities:
        if is_no_claim(quantity, index):
            continue
        if (
            quantity.counted_key
            and (quantity.low or quantity.high)
            and (quantity.unit or "").lower() not in TIMES_COUNTED
        ):
            measure = quantity.unit if is_measure(quantity.unit) else None
            keys[quantity.counted_key, measure and (measure_kind(measure) or measure)].append(quantity)
    stories = _story_documents(documents, names)
    reported = report_dates(quantities, documents)
    disputes = []
    large = names is not None and names.large
    for (key, kind), claims_of_key in keys.items():
        unit, claims_of_key = in_one_unit(claims_of_key) if kind else (None, claims_of_key)
        for claims in _comparable_groups(claims_of_key, unit, stories, beside or {}, large):
            if unit and len({q.doc for q in claims}) < 2:
                continue
            later = {q.id for q in claims if is_later_count(q, index)}
            if unit is None:
                claims = one_count_per_claimant(claims, later, reported)
                later &= {q.id for q in claims}
            if len(later) == len(claims) or _claimants(claims) < 2:
                continue
            centrality = _centrality(key_name(key), claims, stories[claims[0].doc])
            if unit and centrality < MEASURED_CENTRALITY:
                continue
            disputes.append(_dispute(key, unit, claims, later, reported, index, centrality))
    return sorted(disputes, key=lambda d: -d.rank)
