"""Counts read from their context: what happened to people counted, and counts pointing back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.quantities.reference import is_generic_phrase


def counts(nlp: Language, text: str) -> list[tuple[str, float | None, str | None]]:
    doc = nlp(make_doc(nlp, text, "d", "2020-05-01"))
    return [(q.text, q.value, q.counted) for q in doc._.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm killed 31 people and injured 140 others.",
            [("31", 31, "people killed"), ("140", 140, "people injured")],
        ),
        ("At least 12 people died in the fire.", [("At least 12", 12, "people died")]),
        ("Some 3,000 people were evacuated from the valley.", [("Some 3,000", 3000, "people evacuated")]),
        ("About 8,000 people marched through the town.", [("About 8,000", 8000, "people at the march")]),
        ("Officials said 500 people attended.", [("500", 500, "people attended")]),
        ("Police arrested 45 protesters.", [("45", 45, "protesters arrested")]),
        ("Dozens of people were hurt.", [("Dozens", None, "people hurt")]),
        ("About 300 people remain in hospital.", [("About 300", 300, "people")]),
        ("Every year 3,000 people die on the roads.", [("3,000", 3000, "people died")]),
        ("The firm employs 1,200 people.", [("1,200", 1200, "people employed")]),
        ("Thousands of people flee the fighting.", [("Thousands", None, "people fled")]),
        ("Police arrest 40 people.", [("40", 40, "people arrested")]),
        (
            "More than 20,000 people were forced from their homes.",
            [("More than 20,000", 20000, "people displaced")],
        ),
        ("Some 15,000 people fled their homes.", [("Some 15,000", 15000, "people displaced")]),
        ("Some 15,000 people fled the town.", [("Some 15,000", 15000, "people fled")]),
        ("The riots left at least 70 people injured.", [("at least 70", 70, "people injured")]),
        ("The quake left 300 people dead.", [("300", 300, "people dead")]),
        ("The blast left 12 dead.", [("12", 12, "people dead")]),
        ("The floods left 2,000 homeless.", [("2,000", 2000, "people homeless")]),
        ("Three were missing after the storm.", [("Three", 3, "people missing")]),
        (
            "A crowd of about 1,000 people attended a demonstration in the square.",
            [("about 1,000", 1000, "people at the demonstration")],
        ),
    ],
)
def test_people_counted_are_told_apart_by_what_happened_to_them(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("A crowd of about 40,000 marched through the capital.", "crowd at the march"),
        ("More than 100,000 people joined the march on Sunday.", "people at the march"),
        ("Police said 35,000 protesters had taken part in Saturday's rally.", "protesters at the rally"),
        ("Some 5,000 mourners attended the funeral.", "mourners at the funeral"),
        ("Nearly 2,000 students took part in the strike.", "students at the strike"),
        ("The union said 2,000 workers joined the union.", "workers"),
        ("About 3,000 troops took the town after the riot.", "troops"),
        ("Some 20,000 voters turned out for the rally.", "voters at the rally"),
        ("About 300 fans watched the match.", "fans"),
        ("Police estimated 40,000 marchers.", "marchers at the march"),
        ("Some 3,000 strikers picketed the plant.", "strikers at the strike"),
        ("Police arrested 12 protesters.", "protesters arrested"),
        ("The plant has 4,000 workers.", "workers"),
        ("The shop sold 300 computers.", "computers"),
    ],
)
def test_those_counted_taking_part_in_a_gathering_are_counted_at_it(
    nlp: Language, text: str, counted: str
) -> None:
    assert [q[2] for q in counts(nlp, text)] == [counted]


def test_a_turnout_put_at_a_number_counts_the_crowd_at_the_gathering(nlp: Language) -> None:
    text = "A crowd of about 40,000 marched on Saturday, police said. Organisers put the turnout at 150,000."
    assert [q[2] for q in counts(nlp, text)] == ["crowd at the march", "crowd at the march"]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Police arrest 45 protesters every week.", "protesters arrested"),
        ("Twelve students were detained overnight.", "students detained"),
        ("Troops shot 3 strikers.", "strikers shot"),
        ("Sixty miners rescued from the pit were taken to hospital.", "miners rescued"),
        ("Soldiers killed all 14 rebels.", "rebels"),
        ("About 35,000 protesters marched through the city.", "protesters at the march"),
        ("The army released 20 prisoners.", "prisoners"),
        ("The rebels took 300 guests at the party.", "guests"),
    ],
)
def test_a_count_of_those_some_act_touched_names_the_act(nlp: Language, text: str, counted: str) -> None:
    assert [q[2] for q in counts(nlp, text)] == [counted]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police counted 25,000 fans, but the club claimed twice as many, three times that.",
            [("25,000", 25000, "fans"), ("three times that", 75000, "fans")],
        ),
        (
            "The army put the number of refugees at 4,000. The real figure was closer to 9,000.",
            [("4,000", 4000, "refugees"), ("closer to 9,000", 9000, "refugees")],
        ),
        (
            "Organisers expected 600 runners. It rained. The roads were shut. The total was 450.",
            [("600", 600, "runners"), ("450", 450, None)],
        ),
        ("The ministry put the death toll at 41.", [("41", 41, "deaths")]),
        (
            "Rescuers freed 12 survivors. The number of dead stands at 63.",
            [("12", 12, "survivors"), ("63", 63, "people dead")],
        ),
        ("The number of injured rose to 140.", [("140", 140, "people injured")]),
    ],
)
def test_counts_that_point_back_count_what_the_earlier_count_counts(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd of about 40,000 gathered in the square.", [("about 40,000", 40000, "crowd")]),
        ("The rebels sent a force of 3,000 into the valley.", [("3,000", 3000, "force")]),
        ("They won by a margin of 5.", [("5", 5, None)]),
    ],
)
def test_a_number_after_a_collective_noun_counts_its_members(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When jailed supporters rebelled in one prison, troops went in and killed more than 400 of them.",
            [("one", 1, "prison"), ("more than 400", 400, "jailed supporters killed")],
        ),
        (
            "Police questioned the protesters and arrested 12 of them.",
            [("12", 12, "protesters arrested")],
        ),
        ("The army has 3 bases, and rebels attacked 2 of them.", [("3", 3, "bases"), ("2", 2, "bases")]),
        ("Troops killed 40 of them.", [("40", 40, None)]),
        (
            "The firm employs 54,000 people in 12 countries, about 25,000 of them in Germany.",
            [
                ("54,000", 54000, "people employed"),
                ("12", 12, "countries"),
                ("about 25,000", 25000, "people"),
            ],
        ),
    ],
)
def test_a_count_of_them_counts_part_of_a_group_named_before(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels held one town, and troops killed more than 50.",
            [("one", 1, "town"), ("more than 50", 50, None)],
        ),
        (
            "The quake killed 247 people in Kenya and 10 in Tanzania.",
            [("247", 247, "people killed"), ("10", 10, "people")],
        ),
        (
            "The firm has 5,000 employees, up from 4,000.",
            [("5,000", 5000, "employees"), ("4,000", 4000, "employees")],
        ),
    ],
)
def test_a_count_without_a_noun_takes_an_earlier_ones_only_when_joined_to_it(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize(
    ("phrase", "generic"),
    [("people", True), ("others", True), ("people killed", True), ("other jurors", False), ("jurors", False)],
)
def test_other_before_a_noun_makes_no_phrase_generic(phrase: str, generic: bool) -> None:
    assert is_generic_phrase(phrase) is generic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 20 men and women were held.", [("About 20", 20, "men and women")]),
        ("He is survived by five children and several grandchildren.", [("five", 5, "children")]),
        ("He is survived by his wife; five children; and several grandchildren.", [("five", 5, "children")]),
        ("Some 300 students and the teachers left.", [("Some 300", 300, "students")]),
    ],
)
def test_a_noun_joined_to_the_counted_one_is_counted_with_it_unless_it_has_its_own_count(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [c for c in counts(nlp, text) if c[1] is not None] == expected
