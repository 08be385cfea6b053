"""Happenings placed in time by several sources: group their events, judge the dates as disputes."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations

from rashomon.embed import embed_texts
from rashomon.quantities.speaker import REPORTING_VERBS
from rashomon.resolve.blocking import complete_link_clusters
from rashomon.resolve.unionfind import UnionFind
from rashomon.schema import Claim, Dispute, Entity, Event, content_id
from rashomon.temporal.calendar import parse_value

SIMILARITY = 0.6
"""Least cosine similarity of two predicates ("seize residence", "occupy residence") of one happening."""
PRECISION_ORDER = ("year", "month", "day")
EARLIER_YEARS = 2
"""Years before a happening told as news by which an event of its kind is an earlier happening."""


def same_date(first: str, second: str) -> bool:
    """Return True when two calendar values agree at the precision both give (1996-12 ~ 1996-12-17)."""
    a, b = parse_value(first), parse_value(second)
    if a is None or b is None:
        return first == second
    precision = min(a.precision, b.precision, key=PRECISION_ORDER.index)
    length = {"year": 4, "month": 7, "day": 10}[precision]
    return a.value[:length] == b.value[:length]


def _arguments(event: Event) -> set[str]:
    return set((event.predicate or "").split()[1:])


def group_happenings(events: list[Event], common: frozenset[str] = frozenset()) -> list[Event]:
    """Return the events with `happening` set: one key per happening whose predicates are alike and whose
    tellings share both a participant (not one of the `common` entities) and the thing acted on. A date
    on a verb of saying ("Smith said on Tuesday") dates the telling, not a happening, and is left out."""
    candidates = [
        e
        for e in events
        if e.predicate
        and e.predicate.split()[0] not in REPORTING_VERBS
        and set(e.participants) - common
        and _arguments(e)
    ]
    shared = [(set(e.participants) - common, _arguments(e)) for e in candidates]
    vectors = embed_texts([e.predicate or "" for e in candidates])
    groups = UnionFind(range(len(candidates)))
    for cluster in complete_link_clusters(vectors, SIMILARITY):
        for a, b in combinations(cluster, 2):
            if shared[a][0] & shared[b][0] and shared[a][1] & shared[b][1]:
                groups.union(a, b)
    keys = {}
    for members in groups.groups():
        if len(members) < 2:
            continue
        ids = sorted(candidates[i].id for i in members)
        keys.update(dict.fromkeys(ids, content_id("happening", *ids)))
    return [replace(e, happening=keys.get(e.id)) for e in events]


def _topic(members: list[Event], names: dict[str, str]) -> str:
    shared = set.intersection(*(set(e.participants) for e in members))
    who = ", ".join(sorted(names.get(p, p) for p in shared))
    what = Counter(e.predicate for e in members if e.predicate).most_common(1)
    told = what[0][0] if what else "the same happening"
    return f"when: {told}" + (f" ({who})" if who else "")


def earlier_happenings(members: list[Event], reported: dict[str, str]) -> list[list[Event]]:
    """Return the events of one happening apart from those that tell an earlier one of its kind: when a
    report tells the happening in its own year (`reported`: each document's date), an event dated
    EARLIER_YEARS or more years before that is an earlier happening ("In 2008 Klitschko stopped
    Thompson" beside a 2012 report of the rematch), not a date disputed."""
    told_as_news = [year for e in members if (year := _year(e.time)) and year == _year(reported.get(e.doc))]
    if not told_as_news:
        return [members]
    earlier = [e for e in members if (year := _year(e.time)) and year <= min(told_as_news) - EARLIER_YEARS]
    later = [e for e in members if e not in earlier]
    return [group for group in (later, earlier) if group]


def _year(value: str | None) -> int | None:
    point = parse_value(value)
    return point.day.year if point is not None else None


def separate_earlier_happenings(events: list[Event], reported: dict[str, str]) -> list[Event]:
    """Return the events with the earlier happenings of a kind given keys of their own (see
    `earlier_happenings`; `reported`: each document's date); an event left alone has no happening."""
    by_happening: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.happening:
            by_happening[event.happening].append(event)
    keys: dict[str, str | None] = {}
    for members in by_happening.values():
        groups = earlier_happenings(members, reported)
        if len(groups) < 2:
            continue
        for group in groups:
            ids = sorted(e.id for e in group)
            keys.update(dict.fromkeys(ids, content_id("happening", *ids) if len(ids) > 1 else None))
    return [replace(e, happening=keys[e.id]) if e.id in keys else e for e in events]


def date_disputes(events: list[Event], entities: list[Entity]) -> list[Dispute]:
    """Return a `date` dispute for each happening that two or more documents place in time."""
    names = {e.id: e.name for e in entities}
    by_happening: dict[str, list[Event]] = {}
    for event in events:
        if event.happening and event.time:
            by_happening.setdefault(event.happening, []).append(event)
    disputes = []
    for key, members in by_happening.items():
        documents = {e.doc for e in members}
        if len(documents) < 2:
            continue
        clash = any(a.doc != b.doc and not same_date(a.time, b.time) for a, b in combinations(members, 2))
        values = sorted({e.time for e in members})
        status = "conflict" if clash else "agree"
        reason = f"{len(documents)} sources date it " + (
            " vs ".join(values)
            if clash
            else f"to {values[0]}" + (" (at different precision)" if len(values) > 1 else "")
        )
        disputes.append(
            Dispute(
                id=content_id("dispute", "date", key),
                kind="date",
                topic=_topic(members, names),
                key=key,
                status=status,
                reason=reason,
                claims=[Claim(doc=e.doc, record=e.id, value=e.time, text=e.text) for e in members],
                rank=len(documents) * (2.0 if clash else 1.0),
            )
        )
    return disputes
