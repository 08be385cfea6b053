"""Date disputes and the timeline on synthetic accounts of other events, analysed end to end."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.compare.dates import (
    date_disputes,
    earlier_happenings,
    group_happenings,
    same_date,
    separate_earlier_happenings,
)
from rashomon.compare.timeline import timeline_rows, within
from rashomon.schema import Event
from rashomon.store import open_store


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("1996-12", "1996-12-17", True),
        ("1997", "1997-04-22", True),
        ("1997-04-22", "1997-04-23", False),
        ("1996-12", "1997-01-02", False),
    ],
)
def test_same_date_compares_at_the_common_precision(first: str, second: str, same: bool) -> None:
    assert same_date(first, second) is same


def analysed(tmp_path: Path, nlp: Language, accounts: dict[str, str]):
    for name, text in accounts.items():
        (tmp_path / name).write_text(text)
    db = tmp_path / "db.sqlite"
    analyse([tmp_path], db, nlp=nlp)
    return open_store(db)


def date_disputes_in(store) -> list:
    return [d for d in store.records("disputes") if d.kind == "date"]


def test_two_sources_dating_one_seizure_differently_conflict(tmp_path: Path, nlp: Language) -> None:
    store = analysed(
        tmp_path,
        nlp,
        {
            "a.txt": "Harbour Gazette, 10 March 2004\n\nGunmen of the Coastal Front seized the parliament "
            "building on March 3, 2004. Nobody was hurt, the Coastal Front said.",
            "b.txt": "Northern Star, 12 March 2004\n\nThe Coastal Front occupied the parliament building "
            "on March 5, 2004, according to witnesses.",
            "c.txt": "Northern Star, 14 March 2004\n\nThe Coastal Front leader was arrested on March 9, "
            "2004, in a village near the border.",
        },
    )
    (dispute,) = date_disputes_in(store)
    assert dispute.status == "conflict"
    assert sorted(c.value for c in dispute.claims) == ["2004-03-03", "2004-03-05"]
    assert "parliament building" in dispute.claims[0].text


def test_sources_agreeing_at_different_precision_agree(tmp_path: Path, nlp: Language) -> None:
    store = analysed(
        tmp_path,
        nlp,
        {
            "a.txt": "Harbour Gazette, 10 March 2004\n\nGunmen of the Coastal Front seized the parliament "
            "building on March 3, 2004.",
            "b.txt": "Northern Star, 2 May 2004\n\nThe Coastal Front occupied the parliament building "
            "in March, according to witnesses.",
        },
    )
    (dispute,) = date_disputes_in(store)
    assert dispute.status == "agree"
    rows = timeline_rows(store.records("events"), store.records("documents"))
    assert [row.time for row in rows] == ["2004-03-03"]
    assert len(rows[0].sources) == 2


def test_a_shared_unit_or_a_common_word_does_not_make_one_happening(tmp_path: Path, nlp: Language) -> None:
    store = analysed(
        tmp_path,
        nlp,
        {
            "a.txt": "Harbour Gazette, 10 March 2004\n\nIn 2003 the Coastal Bank earned 40 mln dlrs.",
            "b.txt": "Northern Star, 12 March 2004\n\nIn 2002 the River Mill earned 12 mln dlrs.",
        },
    )
    assert date_disputes_in(store) == []


@pytest.mark.parametrize(
    ("value", "since", "until", "inside"),
    [
        ("1996-12-17", "1996-12", "1996", True),
        ("1996-11-30", "1996-12", None, False),
        ("1997", None, "1996-12", False),
        ("1997-04-22", "1997-04-22", "1997-04-22", True),
    ],
)
def test_within_compares_each_bound_at_its_own_precision(
    value: str, since: str | None, until: str | None, inside: bool
) -> None:
    assert within(value, since, until) is inside


def test_a_participant_common_to_the_collection_does_not_make_one_happening() -> None:
    events = [
        Event(
            id=f"e{i}",
            doc=f"d{i}",
            start=0,
            end=1,
            text="",
            time="1987-03-0" + str(i),
            predicate="file offer",
        )
        for i in (1, 2)
    ]
    events = [replace(e, participants=["wire", "acme" if e.id == "e1" else "zeta"]) for e in events]
    assert {e.happening for e in group_happenings(events, frozenset({"wire"}))} == {None}
    assert len({e.happening for e in group_happenings(events)}) == 1


def test_the_date_of_a_saying_makes_no_happening() -> None:
    events = [
        Event(id=f"e{i}", doc=f"d{i}", start=0, end=1, text="", time=f"1987-03-0{i}", predicate=predicate)
        for i, predicate in ((1, "say minister"), (2, "say minister"), (3, "seize plant"), (4, "seize plant"))
    ]
    events = [replace(e, participants=["acme"]) for e in events]
    happenings = {e.id: e.happening for e in group_happenings(events)}
    assert happenings["e1"] is None and happenings["e2"] is None
    assert happenings["e3"] is not None and happenings["e3"] == happenings["e4"]


def test_a_minister_named_like_a_unit_quitting_on_two_dates_is_a_date_conflict(
    tmp_path: Path, nlp: Language
) -> None:
    store = analysed(
        tmp_path,
        nlp,
        {
            "a.txt": "Quits\n\nPublished: 13 March 2024\n\nFinance Minister Karl Weber quit on Monday.",
            "b.txt": "Out\n\nPublished: 14 March 2024\n\nKarl Weber quit on March 8, officials said.",
        },
    )
    (dispute,) = date_disputes_in(store)
    assert dispute.status == "conflict"
    assert sorted(c.value for c in dispute.claims) == ["2024-03-08", "2024-03-11"]
    assert {e.text for e in store.records("events")} == {
        "Finance Minister Karl Weber quit on Monday.",
        "Karl Weber quit on March 8, officials said.",
    }


@pytest.mark.parametrize(
    ("dated", "groups"),
    [
        ([("2012-07-07", "2012-07-08"), ("2008", "2012-07-08"), ("2008", "")], [["e0"], ["e1", "e2"]]),
        ([("1650", "2001-05-01"), ("1680", "2003-05-01")], [["e0", "e1"]]),
        ([("1996-12-17", "1996-12-18"), ("1996-12-17", "1997-04-01")], [["e0", "e1"]]),
        ([("1987-02-18", "1987-02-19"), ("1986-12", "1987-03-01")], [["e0", "e1"]]),
    ],
    ids=[
        "a-rematch-and-the-first-fight",
        "a-date-historians-dispute",
        "one-seizure-told-months-on",
        "a-year-apart",
    ],
)
def test_an_event_years_before_a_happening_told_as_news_is_an_earlier_happening(
    dated: list[tuple[str, str]], groups: list[list[str]]
) -> None:
    events = [
        Event(id=f"e{i}", doc=f"d{i}", start=0, end=1, text="", time=time)
        for i, (time, _) in enumerate(dated)
    ]
    reported = {f"d{i}": report for i, (_, report) in enumerate(dated)}
    assert [[e.id for e in group] for group in earlier_happenings(events, reported)] == groups


def test_an_earlier_happening_of_a_kind_is_no_date_conflict() -> None:
    told = [("2012-07-07", "2012-07-08"), ("2012-07-07", "2012-07-09"), ("2008", "2012-07-08"), ("2008", "")]
    events = [
        Event(id=f"e{i}", doc=f"d{i}", start=0, end=1, text="", time=time, happening="h")
        for i, (time, _) in enumerate(told)
    ]
    reported = {f"d{i}": report for i, (_, report) in enumerate(told)}
    assert [d.status for d in date_disputes(events, [])] == ["conflict"]
    apart = separate_earlier_happenings(events, reported)
    assert sorted(d.status for d in date_disputes(apart, [])) == ["agree", "agree"]
    assert apart[0].happening == apart[1].happening != apart[2].happening == apart[3].happening
