"""Disputes on synthetic accounts of other events: wording, qualifiers, claimants and later counts vary."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.annotate.pipeline import annotate
from rashomon.annotate.records import annotated_document
from rashomon.compare.claims import SentenceIndex
from rashomon.compare.quantities import counts_its_speaker, quantity_disputes
from rashomon.compare.stories import StoryNames
from rashomon.ingest.document import document_id
from rashomon.quantities.convert import convert, measure_kind, rounding_margin
from rashomon.resolve.counted import assign_counted_keys, key_name
from rashomon.schema import Document, Quantity, Sentence
from rashomon.store import open_store


def disputes_of(nlp: Language, accounts: list[tuple[str, str]], actors: list[set[str]] | None = None) -> list:
    documents = [
        Document(id=document_id(text), path=f"{i}.txt", published=date, text=text)
        for i, (date, text) in enumerate(accounts)
    ]
    annotated = [
        annotated_document(d, doc)
        for d, doc in zip(
            documents, annotate(nlp, ((d.id, d.text, d.published) for d in documents)), strict=True
        )
    ]
    quantities = assign_counted_keys([q for a in annotated for q in a.quantities])
    stories = (
        StoryNames({d.id: frozenset(names) for d, names in zip(documents, actors, strict=True)}, {}, True)
        if actors is not None
        else None
    )
    sentences = SentenceIndex([s for a in annotated for s in a.sentences])
    return quantity_disputes(quantities, sentences, documents, stories)


def test_crowd_estimates_of_two_claimants_in_one_report_conflict(nlp: Language) -> None:
    found = disputes_of(
        nlp, [("2011-02-03", "Police estimated 40,000 marchers. The organisers said 200,000 marchers came.")]
    )
    assert [d.status for d in found] == ["conflict"]
    assert {c.value.split(" (")[0] for c in found[0].claims} == {
        "40,000 marchers at the march",
        "200,000 marchers at the march",
    }


def test_trapped_miners_count_evolves_and_sources_agree(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2010-08-06", "A rockfall trapped 33 miners deep underground."),
            ("2010-08-07", "Rescuers are trying to reach about 33 miners trapped in the collapse."),
            ("2010-10-13", "Rescuers have so far freed 12 miners, and the rest wait below."),
        ],
    )
    statuses = {d.status for d in found}
    assert "evolving" in statuses and "conflict" not in statuses
    evolving = next(d for d in found if d.status == "evolving")
    assert any("[later count]" in c.value and c.value.startswith("12") for c in evolving.claims)


def test_different_things_counted_are_not_compared(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [("2001-01-01", "The storm destroyed 40 houses."), ("2001-01-02", "The storm killed 3 fishermen.")],
    )
    assert found == []


def test_members_of_different_named_groups_are_not_compared(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2001-01-01", "The Harbour Union has 10,000 members of the Harbour Union."),
            ("2001-01-02", "Hundreds of members of the Northern League were jailed."),
        ],
    )
    assert found == []


def test_one_dispute_per_counted_thing_with_first_and_later_counts(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2010-08-06", "Rescuers are trying to reach 33 miners trapped in the collapse."),
            ("2010-08-07", "Rescuers are trying to reach 40 miners trapped in the mine."),
            ("2010-10-13", "Rescuers have so far freed 12 miners."),
        ],
    )
    (dispute,) = found
    assert dispute.status == "conflict"
    assert "later count" in dispute.reason


def test_counts_from_stories_about_different_actors_are_not_compared(nlp: Language) -> None:
    accounts = [
        ("1987-03-02", "Acme Corp said it will cut 500 jobs."),
        ("1987-03-02", "Zeta Inc said it will cut 40 jobs."),
        ("1987-03-03", "Acme Corp will cut only 300 jobs, the union said."),
    ]
    found = disputes_of(nlp, accounts, [{"Acme"}, {"Zeta"}, {"Acme", "union"}])
    assert [d.status for d in found] == ["conflict"]
    assert {c.value.split(" (")[0] for c in found[0].claims} == {"500 jobs", "only 300 jobs"}


def test_a_key_shared_by_two_senses_shows_its_name_without_the_sense_number() -> None:
    assert key_name("bank#2") == "bank"
    assert key_name("covid-19") == "covid-19"


def test_people_killed_and_people_wounded_are_two_disputes(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2015-04-02", "The blast killed 14 people and wounded 60 others, the governor said."),
            ("2015-04-02", "Doctors said 19 people died and 85 were injured in the blast."),
        ],
    )
    topics = {d.topic: d for d in found}
    assert set(topics) == {"how many people killed", "how many people injured"}
    assert all(d.status == "conflict" and len(d.claims) == 2 for d in found)
    assert {c.value.split(" (")[0] for c in topics["how many people killed"].claims} == {
        "14 people killed",
        "19 people died",
    }


def test_a_multiple_of_another_claimants_count_is_a_dispute_in_one_report(nlp: Language) -> None:
    found = disputes_of(
        nlp, [("2019-09-21", "Police estimated 30,000 strikers; the union claimed three times that.")]
    )
    assert [d.status for d in found] == ["conflict"]
    assert sorted(c.value for c in found[0].claims) == [
        "30,000 strikers at the strike (according to Police)",
        "three times that (90,000) strikers at the strike (according to union)",
    ]


def test_a_partitive_claim_reads_as_written(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2023-06-03", "Dozens of people were injured in the quake."),
            ("2023-06-03", "More than 300 people were injured in the quake."),
        ],
    )
    assert [d.status for d in found] == ["conflict"]
    assert sorted(c.value for c in found[0].claims) == [
        "Dozens of people injured",
        "More than 300 people injured",
    ]


def test_two_claimants_sizing_one_crowd_conflict_in_one_report(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            (
                "2004-03-10",
                "A crowd of about 40,000 marched on Saturday, police said. "
                "The organisers put the turnout at 150,000.",
            )
        ],
    )
    assert [(d.topic, d.status) for d in found] == [("how many at the march", "conflict")]
    assert sorted(c.value for c in found[0].claims) == [
        "crowd of 150,000 at the march (according to organisers)",
        "crowd of about 40,000 at the march (according to police)",
    ]


def test_those_arrested_at_a_march_are_no_count_of_the_marchers(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            (
                "2021-06-06",
                "Some 35,000 protesters marched on Saturday, police said. Police arrested 12 protesters.",
            ),
            (
                "2021-06-07",
                "Organisers said 90,000 demonstrators took part. Officers detained 30 demonstrators.",
            ),
        ],
    )
    numbers = {
        d.topic: sorted(c.value.split()[1 if c.value.startswith("Some") else 0] for c in d.claims)
        for d in found
    }
    assert sorted(numbers.values()) == [["12", "30"], ["35,000", "90,000"]]
    arrests = next(topic for topic, values in numbers.items() if values == ["12", "30"])
    assert arrests.endswith(("arrested", "detained"))
    assert {d.topic: d.status for d in found} == {
        arrests: "evolving",
        next(topic for topic in numbers if topic != arrests): "conflict",
    }


def test_a_toll_that_rose_is_a_later_count_and_the_dead_are_deaths(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2023-06-03", "The death toll rose to 41, the agency said."),
            ("2023-06-04", "At least 57 people died in the storm, the Red Cross said."),
            ("2023-06-06", "The number of dead stands at 63, officials said."),
        ],
    )
    assert len(found) == 1
    assert found[0].status == "evolving"
    later = {c.value.split()[0] for c in found[0].claims if c.value.endswith("[later count]")}
    assert later == {"41"}


def test_a_writers_own_count_beside_an_attributed_one_is_no_second_claimant(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            (
                "2022-02-01",
                "The firm said it would sell 4 million shares. It already holds 200,000 shares in the unit.",
            )
        ],
    )
    assert found == []


def test_one_turnout_however_each_report_words_it(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2019-09-21", "A crowd of about 20,000 rallied in the square on Friday, police said."),
            ("2019-09-21", "Organisers said 60,000 people took part in Friday's rally."),
            ("2019-09-22", "Some 25,000 demonstrators joined the rally, according to city officials."),
        ],
    )
    assert len(found) == 1
    assert found[0].topic == "how many at the rally"
    assert found[0].status == "conflict"
    assert len(found[0].claims) == 3
    assert found[0].claims[0].value.startswith(("crowd of about 20,000", "60,000 people", "Some 25,000"))


def test_a_toll_rising_from_report_to_report_evolves(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2024-06-11", "Twenty-three people were killed in the floods, the mayor said."),
            ("2024-06-12", "The floods have killed at least 31 people, the ministry said."),
            ("2024-06-15", "At least 52 people died in the floods that struck on June 9."),
        ],
    )
    assert [d.status for d in found] == ["evolving"]
    assert (
        "rise report by report (Twenty-three on 2024-06-11 to At least 52 on 2024-06-15)" in found[0].reason
    )
    assert [c.value.split(" ")[0] for c in found[0].claims] == ["Twenty-three", "at", "At"]


@pytest.mark.parametrize(
    "accounts",
    [
        [
            ("2024-06-11", "At least 60 people were killed in the floods."),
            ("2024-06-15", "Twenty people died in the floods."),
        ],
        [
            ("2024-06-11", "Police arrested 12 people after the riot."),
            ("2024-06-11", "Police arrested about 40 people after the riot."),
        ],
        [
            ("2024-06-11", "The gunmen, 12 rebels in all, held the embassy."),
            ("2024-06-15", "The embassy was held by 30 rebels."),
        ],
    ],
    ids=["toll-falls-later", "tolls-of-one-day", "things-counted-grow"],
)
def test_counts_that_do_not_rise_as_a_toll_conflict(nlp: Language, accounts: list[tuple[str, str]]) -> None:
    assert [d.status for d in disputes_of(nlp, accounts)] == ["conflict"]


def test_two_magnitudes_of_one_quake_conflict(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            ("2023-06-03", "A magnitude 6.8 earthquake struck the province on Friday."),
            ("2023-06-04", "The 7.1 magnitude quake that hit the province on Friday destroyed 300 homes."),
            ("2023-06-05", "Aid reached the province days after the earthquake."),
        ],
    )
    measures = [d for d in found if d.topic.startswith("size of")]
    assert [(d.topic, d.status) for d in measures] == [("size of the earthquake (magnitude)", "conflict")]
    assert "first values conflict" in measures[0].reason
    assert sorted(c.value for c in measures[0].claims) == ["6.8 magnitude", "7.1 magnitude"]


def test_ransoms_in_one_currency_agree_or_conflict(nlp: Language) -> None:
    accounts = [
        ("2022-01-03", "The kidnappers demanded a ransom of $5 million."),
        ("2022-01-04", "The gang asked for a ransom of about $5 million, police said."),
        ("2022-01-05", "Relatives said the ransom was $2 million."),
    ]
    assert [d.status for d in disputes_of(nlp, accounts[:2])] == ["agree"]
    assert [d.status for d in disputes_of(nlp, accounts)] == ["conflict"]


@pytest.mark.parametrize(
    "accounts",
    [
        [
            (
                "2022-01-03",
                "Malaysia has an export quota of 28,526 tonnes, against a quota of 30,000 tonnes.",
            ),
            ("2022-01-04", "The quota was set at 24,516 tonnes."),
        ],
        [
            ("2022-01-03", "The kidnappers demanded a ransom of $5 million."),
            ("2022-01-04", "The kidnappers demanded a ransom of $5 million."),
            ("2022-01-05", "The kidnappers held their captive for weeks."),
            ("2022-01-06", "Police searched the hills for the kidnappers."),
            ("2022-01-07", "The families of the missing waited for news."),
            ("2022-01-08", "A video of the captive was released."),
        ],
        [("2022-01-03", "The siege lasted 126 days."), ("2022-01-04", "The siege lasted 96 days.")],
        [("2022-01-03", "Rescuers freed the 33 miners after 69 days."), ("2022-01-04", "Paid $5 million.")],
    ],
    ids=["two-values-in-one-source", "not-central", "durations", "one-source"],
)
def test_measures_of_no_one_thing_are_not_compared(nlp: Language, accounts: list[tuple[str, str]]) -> None:
    assert [d for d in disputes_of(nlp, accounts) if d.topic.startswith("size of")] == []


def test_measures_beside_names_they_do_not_share_are_not_compared(nlp: Language, tmp_path: Path) -> None:
    """Through the whole pipeline, which resolves the names each measure's sentence mentions."""
    (tmp_path / "a.txt").write_text("Mexico's package includes a loan of $7.7 billion.\n")
    (tmp_path / "b.txt").write_text("Argentina wants a loan of $2.15 billion.\n")
    (tmp_path / "c.txt").write_text("Brazil wants a loan of $3 billion, its finance minister said.\n")
    (tmp_path / "d.txt").write_text("Brazil asked for a loan of $1 billion.\n")
    analyse([tmp_path], db=tmp_path / "db.sqlite", nlp=nlp)
    topics = {(d.topic, d.status) for d in open_store(tmp_path / "db.sqlite").records("disputes")}
    assert topics == {("size of the loan (dollar)", "conflict")}


def test_a_measure_owned_through_its_is_of_its_owner_not_of_another_name_beside_it(
    nlp: Language, tmp_path: Path
) -> None:
    """Ecuador's debt and Bolivia's are two things, though the sentence on Bolivia's names Ecuador too."""
    (tmp_path / "a.txt").write_text(
        "Ecuador wants lower rates on an existing 12 billion dollars of foreign debt.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Ecuador will follow Bolivia, which suspended payments on its 9 billion dollar foreign debt.\n"
    )
    analyse([tmp_path], db=tmp_path / "db.sqlite", nlp=nlp)
    assert [d.topic for d in open_store(tmp_path / "db.sqlite").records("disputes")] == []


def test_a_flood_told_four_ways_gives_one_toll_and_one_count_of_the_displaced(nlp: Language) -> None:
    found = disputes_of(
        nlp,
        [
            (
                "2024-06-11",
                "Twenty-three people were killed, and around 10,000 were evacuated, the mayor said.",
            ),
            ("2024-06-12", "Floods have killed at least 31 people. About 12,000 residents were evacuated."),
            (
                "2024-06-13",
                "More than 20,000 people have been forced from their homes, the Red Cross said, while the "
                "government put the number of evacuees at 12,500.",
            ),
            ("2024-06-15", "At least 52 people died in the floods. Some 15,000 people fled their homes."),
        ],
    )
    statuses = {d.topic: d.status for d in found}
    assert statuses == {"how many people killed": "evolving", "how many people evacuated": "conflict"}
    displaced = next(d for d in found if d.topic == "how many people evacuated")
    assert len({c.doc for c in displaced.claims}) == 4
    assert sum(c.value.split(" (")[0].endswith("people displaced") for c in displaced.claims) == 2


@pytest.mark.parametrize(
    ("third", "status"),
    [
        ("Gusts of 118 mph were recorded as the storm made landfall.", "agree"),
        ("Gusts of 120 mph were recorded as the storm made landfall.", "agree"),
        ("Gusts of 150 mph were recorded as the storm made landfall.", "conflict"),
    ],
)
def test_measures_in_two_units_of_one_kind_are_converted(nlp: Language, third: str, status: str) -> None:
    found = disputes_of(
        nlp,
        [
            ("2024-09-01", "Gusts of 190 km/h were recorded as the storm made landfall."),
            ("2024-09-01", "Gusts of about 190 km/h were recorded as the storm made landfall."),
            ("2024-09-02", third),
        ],
    )
    measures = [d for d in found if d.topic.startswith("size of")]
    assert [(d.topic, d.status) for d in measures] == [("size of the gust (kilometre per hour)", status)]
    converted = [c.value for c in measures[0].claims if "mph" in c.value]
    assert len(converted) == 1 and "kilometre per hour)" in converted[0]


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [
        (120.0, "mile per hour", "kilometre per hour", 193.12),
        (40.0, "degree Celsius", "degree fahrenheit", 104.0),
        (1.0, "acre", "hectare", 0.4047),
        (30000.0, "short ton", "tonne", 27215.54),
    ],
)
def test_units_of_one_kind_convert(value: float, unit: str, to: str, expected: float) -> None:
    assert convert(value, unit, to) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize("unit", ["dollar", "percentage", "point", "magnitude", "day"])
def test_currencies_shares_points_and_durations_do_not_convert(unit: str) -> None:
    assert measure_kind(unit) is None


@pytest.mark.parametrize(
    ("value", "margin"),
    [(190.0, 5.0), (193.0, 0.5), (6.8, 0.05), (200.0, 10.0), (5_000_000.0, 250_000.0), (0.0, 0.5)],
)
def test_the_rounding_margin_is_half_the_last_digit_written(value: float, margin: float) -> None:
    assert rounding_margin(value) == pytest.approx(margin)


def shares_claim(doc: str, text: str, number: str, value: float) -> Quantity:
    start = text.index(number)
    return Quantity(
        id=f"q{doc}",
        doc=doc,
        start=start,
        end=start + len(number),
        text=number,
        value=value,
        low=value,
        high=value,
        counted="shares",
        counted_key="share",
        unit="share",
    )


@pytest.mark.parametrize(("large", "disputes"), [(True, 0), (False, 1)])
def test_counts_beside_different_names_are_apart_in_a_large_collection(large: bool, disputes: int) -> None:
    """A wire's folder mixes stories loosely: one story's "shares" of two companies are two things."""
    texts = {"a": "Apex said it will sell 400,000 shares.", "b": "Borel said it bought 1.2 mln shares."}
    documents = [Document(id=doc, path=f"{doc}.txt", text=text) for doc, text in texts.items()]
    sentences = SentenceIndex([Sentence(f"s{doc}", doc, 0, len(text), text) for doc, text in texts.items()])
    claims = [shares_claim("a", texts["a"], "400,000", 4e5), shares_claim("b", texts["b"], "1.2 mln", 1.2e6)]
    names = StoryNames(
        {"a": frozenset({"apex", "deal"}), "b": frozenset({"borel", "deal"})}, {"deal": 1.0}, large
    )
    beside = {"qa": frozenset({"apex"}), "qb": frozenset({"borel"})}
    assert len(quantity_disputes(claims, sentences, documents, names, beside)) == disputes


@pytest.mark.parametrize(
    ("text", "speaker", "counted", "expected"),
    [
        ("Several", "Several analysts", "analysts", True),
        ("one", "senior banker", "senior banker", True),
        ("40,000", "Police", "marchers", False),
        ("12", "union", "union members", False),
        ("12", None, "analysts", False),
    ],
)
def test_a_number_that_counts_its_own_speakers_is_no_claim(
    text: str, speaker: str | None, counted: str, expected: bool
) -> None:
    claim = Quantity(
        id="q",
        doc="d",
        start=0,
        end=1,
        text=text,
        value=1.0,
        low=1.0,
        high=1.0,
        counted=counted,
        speaker=speaker,
    )
    assert counts_its_speaker(claim) is expected


@pytest.mark.parametrize(
    ("accounts", "topics"),
    [
        (
            [
                ("2024-03-01", "Excelan said it will offer 2,129,300 shares."),
                ("2024-03-01", "Excelan said 1.6 mln of the shares are being sold by the company."),
            ],
            [],
        ),
        (
            [
                ("2024-03-01", "China will build 12 new berths at the port."),
                ("2024-03-02", "Eleven of the new berths will handle large ships."),
            ],
            [],
        ),
        (
            [
                (
                    "2024-03-01",
                    "When jailed supporters rebelled in one prison, troops killed more than 400 of them.",
                ),
                (
                    "2024-03-01",
                    "Troops killed 150 jailed supporters who had rebelled in the prison, officials said.",
                ),
            ],
            ["how many jailed supporters killed"],
        ),
        (
            [
                ("2024-03-01", "Twelve jurors heard the case in the county court."),
                ("2024-03-02", "In the jury room, the other nine jurors argued for a death sentence."),
            ],
            [],
        ),
        (
            [
                ("2024-03-01", "The studio made four films of the series in six years."),
                ("2024-03-02", "The studio gave the first two films to one director."),
            ],
            [],
        ),
        (
            [
                ("2024-03-01", "Etisalat is one of Egypt's largest internet providers."),
                ("2024-03-02", "Etisalat and Link are two of Egypt's largest internet providers."),
            ],
            [],
        ),
        (
            [
                ("2024-03-01", "The club has 25 players in its squad this season."),
                ("2024-03-02", "The club lost two more players to injury on Sunday."),
            ],
            [],
        ),
        (
            [
                ("2024-03-01", "Police stopped the driver three blocks away from the scene."),
                ("2024-03-02", "Police stopped the driver a few blocks away after a chase."),
            ],
            [],
        ),
    ],
    ids=[
        "shares",
        "berths",
        "a-toll-of-a-part",
        "the-rest-of-a-group",
        "the-first-of-a-series",
        "of-a-name",
        "more-of-a-group",
        "a-distance",
    ],
)
def test_a_count_of_part_of_a_group_is_no_claim_unless_something_befell_it(
    nlp: Language, accounts: list[tuple[str, str]], topics: list[str]
) -> None:
    assert [d.topic for d in disputes_of(nlp, accounts)] == topics


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("The December rate of 4.06 mln units was the highest in years, the association said.", "evolving"),
        ("The association put the rate at 4.06 mln units.", "conflict"),
    ],
)
def test_one_reports_counts_for_two_times_it_names_evolve(nlp: Language, second: str, status: str) -> None:
    first = "Sales of homes dropped in January to an annual rate of 3.47 mln units, the group said."
    found = disputes_of(nlp, [("1987-02-26", f"{first} {second}")])
    assert [d.status for d in found if d.kind == "quantity"] == [status]


@pytest.mark.parametrize(
    ("a", "b"), [("horsepower", "kilowatt"), ("mile per hour", "knot"), ("acre", "hectare")]
)
def test_units_that_convert_share_one_kind(a: str, b: str) -> None:
    assert measure_kind(a) is not None and measure_kind(a) == measure_kind(b)


def test_things_destroyed_and_things_damaged_are_two_counts(nlp: Language) -> None:
    accounts = [
        ("2024-06-11", "The cyclone destroyed 300 homes and damaged 1,200 homes, officials said."),
        ("2024-06-12", "About 1,500 homes were damaged by the cyclone, the Red Cross said."),
        ("2024-06-13", "Some 450 homes were destroyed by the cyclone, the mayor said."),
    ]
    found = {d.topic: d.status for d in disputes_of(nlp, accounts)}
    assert found == {"how many homes destroyed": "evolving", "how many homes damaged": "evolving"}


def test_the_step_of_a_rate_is_no_claim(nlp: Language) -> None:
    accounts = [
        ("1987-03-02", "Manila wants a spread of 5/8 point, Ongpin said."),
        ("1987-03-02", "Ongpin said every 1/16 point meant an extra 5.1 mln dlrs in interest."),
    ]
    assert [d.topic for d in disputes_of(nlp, accounts)] == []


@pytest.mark.parametrize(
    ("first", "topics"),
    [
        (
            "The champion landed 178 punches in the fight. In the sixth round alone he landed 68 punches.",
            [],
        ),
        ("The champion landed 178 punches in the fight.", ["how many punches"]),
    ],
    ids=["one-report-counts-two-things", "one-count-a-report"],
)
def test_a_claimant_counting_one_key_twice_apart_counts_two_things(
    nlp: Language, first: str, topics: list[str]
) -> None:
    accounts = [("2024-06-11", first), ("2024-06-11", "The champion landed 150 punches, the judges said.")]
    assert [d.topic for d in disputes_of(nlp, accounts)] == topics


def test_those_a_happening_left_dead_are_its_toll(nlp: Language) -> None:
    accounts = [
        ("2024-05-01", "The blast left 12 dead and the market in ruins."),
        ("2024-05-01", "Officials said 20 people were killed in the blast."),
    ]
    found = disputes_of(nlp, accounts)
    assert [(d.topic, d.status) for d in found] == [("how many people killed", "conflict")]


def test_a_topic_names_what_is_counted_in_its_plural(nlp: Language) -> None:
    accounts = [
        ("2024-05-01", "The actor is survived by nine grandchildren, his family said."),
        ("2024-05-02", "The actor leaves five grandchildren, his agent said."),
    ]
    assert [d.topic for d in disputes_of(nlp, accounts)] == ["how many grandchildren"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The striker was injured two Sundays ago at the stadium.",
            "The striker was injured three Sundays ago at the stadium.",
        ),
        ("Cheeks was fired after nearly four seasons as coach.", "Cheeks stayed for seven seasons as coach."),
    ],
    ids=["days", "seasons"],
)
def test_days_and_seasons_counted_are_no_dispute(nlp: Language, first: str, second: str) -> None:
    accounts = [("2024-05-01", first), ("2024-05-02", second)]
    assert [d.topic for d in disputes_of(nlp, accounts)] == []


def test_a_share_of_a_group_is_no_count_of_it(nlp: Language) -> None:
    accounts = [
        ("2024-05-01", "Immigrants make up a third of residents in the town."),
        ("2024-05-02", "The town has 2,500 residents, the mayor said."),
    ]
    assert [d.topic for d in disputes_of(nlp, accounts)] == []


def test_how_often_is_no_count_to_compare(nlp: Language) -> None:
    accounts = [
        ("2024-05-01", "The suspect had been arrested seven times before the shooting."),
        ("2024-05-02", "The suspect had been stopped by police 11 times this year."),
    ]
    assert [d.topic for d in disputes_of(nlp, accounts)] == []


def test_a_count_of_everything_up_to_now_is_a_later_count(nlp: Language) -> None:
    accounts = [
        (
            "2024-05-01",
            "In their five operations so far in the gulf, the sailors on board the warship have seized "
            "14 rifles, 31 magazines and 923 rounds of ammunition.",
        ),
        ("2024-05-01", "In Thursday's raid the sailors seized about 300 rounds of ammunition."),
    ]
    found = {d.topic: d.status for d in disputes_of(nlp, accounts)}
    assert found.get("how many rounds") == "evolving"


@pytest.mark.parametrize(
    ("accounts", "topic"),
    [
        (
            [
                ("2024-05-01", "A crowd of 40,000 gathered in the square on Sunday."),
                ("2024-05-01", "A crowd of 90,000 gathered in the square on Sunday, organisers said."),
            ],
            "how many in the crowd",
        ),
        (
            [
                ("2024-05-01", "Home sales ran at a rate of 3.47 mln units in January."),
                ("2024-05-01", "Home sales ran at a rate of 3.9 mln units in January, a survey said."),
            ],
            "how many units",
        ),
    ],
    ids=["members-of-a-body", "units-counted"],
)
def test_a_topic_counts_in_a_body_only_where_a_claim_counts_its_members(
    nlp: Language, accounts: list[tuple[str, str]], topic: str
) -> None:
    assert [d.topic for d in disputes_of(nlp, accounts)] == [topic]
