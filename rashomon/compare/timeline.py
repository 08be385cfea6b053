"""The cross-source timeline: each dated happening once, with the sources that place it there."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rashomon.report.excerpt import excerpt
from rashomon.schema import Document, Event

WHAT_CHARS = 140


@dataclass
class TimelineRow:
    """One happening on the timeline: its date(s), a description and the sources that tell it."""

    time: str
    what: str
    sources: list[str] = field(default_factory=list)
    dates: dict[str, str] = field(default_factory=dict)


def source_name(document: Document) -> str:
    """Return how a source is named on the timeline and in disputes: its outlet or title, with its date."""
    name = document.outlet or document.title or document.path
    date = document.written or document.published
    return f"{name} ({date})" if date else name


def timeline_rows(events: list[Event], documents: list[Document]) -> list[TimelineRow]:
    """Return the timeline in date order; events of one happening share a row."""
    names = {d.id: source_name(d) for d in documents}
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.time:
            groups[event.happening or event.id].append(event)
    rows = []
    for members in groups.values():
        counts = Counter(e.time for e in members)
        time = max(counts, key=lambda t: (counts[t], len(t), t))
        shortest = min((e.text for e in members), key=len)
        dates = {names.get(e.doc, e.doc): e.time for e in members}
        rows.append(TimelineRow(time, excerpt(shortest, WHAT_CHARS), sorted(dates), dates))
    return sorted(rows, key=lambda row: row.time)


def within(value: str, since: str | None, until: str | None) -> bool:
    """Return True when a calendar value lies in [since, until], each bound compared at its own precision
    ("1996-12-17" is within --from 1996-12 --to 1996)."""
    after = since is None or value[: len(since)] >= since
    before = until is None or value[: len(until)] <= until
    return after and before
