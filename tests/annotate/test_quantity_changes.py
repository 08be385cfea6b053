"""The quantity extractor's changes: which numbers a sentence says rose or fell."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.bench.newsquant import newsquant_change


def qualifiers(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Return each quantity's text and its one change as NewsQuant keeps it (see `newsquant_change`)."""
    return [(q.text, newsquant_change(q)) for q in nlp(make_doc(nlp, text, "d", "2005-06-01"))._.quantities]


@pytest.mark.parametrize(
    ("sentence", "qualifier", "change"),
    [
        ("Sales rose about 5% last quarter.", "about", "up"),
        ("Oil climbed more than 3% on Friday.", "more than", "up"),
        ("Exports fell 8% in April.", "down", "down"),
        ("Some 3,000 jobs were created.", "some", None),
    ],
)
def test_a_quantity_keeps_its_qualifier_and_its_direction(
    nlp: Language, sentence: str, qualifier: str, change: str | None
) -> None:
    (quantity,) = nlp(make_doc(nlp, sentence, "d", "2005-06-01"))._.quantities
    assert (quantity.qualifier, quantity.change) == (qualifier, change)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Nasdaq ticked down 0.2% on Tuesday.", [("0.2", "down")]),
        ("Consumer prices inched up 0.1 percent in May.", [("0.1", "up")]),
        ("The yen moved up 3 percent overnight.", [("3", "up")]),
        ("The firm set up 12 offices abroad.", [("12", None)]),
        ("The news sent shares up 5% at the open.", [("5", "up")]),
        ("Weak data pulled the index down 2%.", [("2", "down")]),
        ("The forecast was revised up 0.2 point.", [("0.2", "up")]),
        ("The forecast was revised down by 0.2 point.", [("0.2", "down")]),
        ("GDP growth was revised upward by 0.3 points.", [("0.3", "up")]),
        ("The index closed lower by 2% on Friday.", [("2", "down")]),
        ("The forecast was revised by 0.2 point.", [("0.2", None)]),
    ],
)
def test_a_verb_given_a_direction_makes_a_change(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The FTSE 100 closed at 7,500 (+0.5%) on Friday.", [("7,500", None), ("+0.5", "up")]),
        ("The index gained +12 points.", [("+12", "up")]),
        ("The index closed at 7,500.", [("7,500", None)]),
    ],
)
def test_a_plus_sign_before_a_number_makes_a_rise(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Shares in the bank were -3.2% by noon.", [("-3.2", "down")]),
        ("Temperatures reached -5C overnight.", [("-5C", None)]),
    ],
)
def test_a_minus_sign_before_a_percentage_makes_a_fall(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Shares rose 85 cents (3.4%) to $25.", [("85", "up"), ("3.4", "up"), ("$25", None)]),
        ("Oil fell $2 (2.5%) on Monday.", [("$2", "down"), ("2.5", "down")]),
        ("Oil fell $2 on Monday (2.5%).", [("$2", "down"), ("2.5", None)]),
    ],
)
def test_a_number_in_brackets_restates_a_change(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sales rose a further 2% in June.", [("2", "up")]),
        ("The index fell another 40 points.", [("40", "down")]),
        ("The Fed raised rates 25 basis points.", [("25", "up")]),
        ("Property taxes were raised 2 percent.", [("2", "up")]),
        ("The charity raised $1.5 million.", [("$1.5 million", None)]),
        ("The team played another 3 games.", [("3", None)]),
        ("Money supply fell a confirmed 0.9% in December.", [("0.9", "down")]),
        ("The dollar will lose a further 13% this year.", [("13", "down")]),
        ("The charity raised a further $5 million.", [("$5 million", None)]),
        ("The Fed raised its key rate 25 basis points.", [("25", "up")]),
        (
            "Investment fell by nearly half to 4.2 billion guilders.",
            [("nearly half", "nearly"), ("4.2 billion", None)],
        ),
        (
            "The bank cut its base lending rate 0.5 percentage points to 10.5%.",
            [("0.5", "down"), ("10.5", None)],
        ),
        ("The firm cut its workforce, 3,000 people, in half.", [("3,000", None), ("half", None)]),
        ("Over 3 days, the index fell 5%.", [("3", None), ("5", "down")]),
        ("In 2 weeks, prices rose 8%.", [("2", None), ("8", "up")]),
    ],
)
def test_a_verb_of_rising_or_falling_moves_the_amount_after_other_words(
    nlp: Language, sentence: str, found: list
) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Dow and the S&P 500 fell 1.2% and 1.5%, respectively.", [("1.2", "down"), ("1.5", "down")]),
        ("Rainfall rose 5% in May and 3% in June.", [("5", "up"), ("3", "up")]),
        ("The index fell 3% on Monday and another 2% on Tuesday.", [("3", "down"), ("2", "down")]),
        ("The club lost 3 games and won 5 games.", [("3", "down"), ("5", None)]),
        (
            "Shares of the two banks fell by 1.5 and 3 percent.",
            [("two", None), ("1.5", "down"), ("3", "down")],
        ),
    ],
)
def test_an_amount_joined_to_a_change_by_and_changes_alike(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Divers recovered 12 bodies from the wreck.", [("12", None)]),
        ("The navy sank 3 ships.", [("3", None)]),
        ("The plane dropped 2 bombs.", [("2", None)]),
        ("Shares recovered 2% by noon.", [("2", "up")]),
        ("The stock sank 6 percent.", [("6", "down")]),
        ("The Dow dropped 300 points.", [("300", "down")]),
        ("The plane crashed 30 miles north of the city.", [("30", None)]),
        ("The boat sank 20 miles from shore.", [("20", None)]),
        ("The jet dived 3,000 feet.", [("3,000", "down")]),
        ("Crews knocked down 3 houses.", [("3", None)]),
        ("Protesters pulled down 2 statues.", [("2", None)]),
        ("The team moved up 2 places.", [("2", "up")]),
        ("The index recovered to stand at 2,417, up 11 points.", [("2,417", None), ("11", "up")]),
        ("Shares fell 10 cents from Friday.", [("10", "down")]),
        ("The storm could drop 4 inches of rain on the coast.", [("4", None)]),
        ("The storm could drop 4-6 inches of rain.", [("4-6", None)]),
        ("Temperatures could drop 10-15 degrees overnight.", [("10-15", "down")]),
        ("Workers lifted 40 tons of steel into place.", [("40", None)]),
        ("Shares dropped 3 percent of their value.", [("3", "down")]),
        ("Oil dropped $2 a barrel.", [("$2", "down")]),
    ],
)
def test_things_handled_by_a_verb_of_moving_are_no_change(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Shares leapt 20% on the news.", [("20", "up")]),
        ("Shares dove 10% on the news.", [("10", "down")]),
        ("The trade deficit widened by $20 billion.", [("$20 billion", "up")]),
        ("The lead narrowed by 2 points.", [("2", "down")]),
        ("Some 3,000 jobs were cut last year.", [("Some 3,000", "down")]),
        ("3,000 jobs were cut last year.", [("3,000", "down")]),
        ("3,000 jobs were created last year.", [("3,000", None)]),
        ("Shares of the bank were 4% down at noon.", [("4", "down")]),
        ("Sales were 5% up on the year.", [("5", "up")]),
        ("Shares bounced 3% in early trade.", [("3", "up")]),
        ("The euro regained 1% against the dollar.", [("1", "up")]),
        ("The index surrendered 2% of its value.", [("2", "down")]),
        ("Margins eroded 2 points last year.", [("2", "down")]),
        ("The bank bounced 3 cheques.", [("3", None)]),
        ("Rebels surrendered 40 rifles.", [("40", None)]),
    ],
)
def test_irregular_and_passive_verbs_of_rising_or_falling(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The yen stayed in a narrow 40 point range.", [("40", None)]),
        ("Analysts expect a firm 5 percent gain.", [("5", None)]),
        ("The yen narrowed 40 points.", [("40", "down")]),
    ],
)
def test_an_adjective_of_rising_or_falling_before_a_number_is_no_change(
    nlp: Language, sentence: str, found: list
) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Shipments were off 12.5 percent from a year ago.", [("12.5", "down")]),
        ("The stock was off 3 cents at $45.", [("3", "down"), ("$45", None)]),
        ("The bond, off 1/8 in early trading, closed at 105.", [("1/8", "down"), ("105", None)]),
        ("The firm laid off 300 workers.", [("300", None)]),
        ("They paid off 3 loans.", [("3", None)]),
    ],
)
def test_off_before_an_amount_makes_a_fall(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Retail sales fell by a seasonally adjusted 0.8 percent in May.", [("0.8", "down")]),
        ("The deficit was cut by a further $2 billion.", [("$2 billion", "down")]),
        ("The price was set by a panel of 12 judges.", [("12", None)]),
        ("The price will be cut by $200 to $399.", [("$200", "down"), ("$399", None)]),
    ],
)
def test_the_amount_after_by_and_other_words_moves_with_the_verb(
    nlp: Language, sentence: str, found: list
) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The jobless rate edged up to 5.2 percent.", [("5.2", None)]),
        ("Inflation went up to 6 percent.", [("6", None)]),
        ("The rate was up to 4.5 percent from 4 percent.", [("4.5", None), ("4", None)]),
        ("The firm will hire up to 300 workers.", [("up to 300", "up to")]),
        ("The fine is up to $500.", [("up to $500", "up to")]),
        ("The fund may raise up to $5 million from the sale.", [("up to $5 million", "up to")]),
    ],
)
def test_up_to_after_a_verb_of_climbing_is_a_level_reached(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Wheat rose 5 cents, corn 3 cents and soybeans 7 cents.", [("5", "up"), ("3", "up"), ("7", "up")]),
        ("Shares of Acme fell 2%, Zenith 3% and Apex 1%.", [("2", "down"), ("3", "down"), ("1", "down")]),
        ("Bread will rise by 9%, milk by 25% and rice by 5%.", [("9", "up"), ("25", "up"), ("5", "up")]),
        ("Fares will rise 6 cents, instead of the 3 cents planned.", [("6", "up"), ("3", None)]),
        ("Sales rose 5%, and 30% of revenue came from abroad.", [("5", "up"), ("30", None)]),
        ("Profit fell 12% to $45 million.", [("12", "down"), ("$45 million", None)]),
        (
            "The firm will cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.",
            [("4,300", "down"), ("3,700", "down"), ("400", "down")],
        ),
        ("The firm cut 300 jobs in May and hired 40 in June.", [("300", "down"), ("40", None)]),
    ],
)
def test_an_amount_whose_clause_leaves_out_the_verb_changes_alike(
    nlp: Language, sentence: str, found: list
) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Prices rose 3 months in a row.", [("3", None)]),
        ("Sales fell 3 straight quarters.", [("3", None)]),
        ("The index rose 5 days running.", [("5", None)]),
        ("Exports fell 4 consecutive months.", [("4", None)]),
        ("Delivery times fell 2 days.", [("2", "down")]),
        ("The bank has raised rates 11 times since 2022.", [("11", None)]),
    ],
)
def test_a_run_of_units_of_time_is_no_change(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found", "low", "high"),
    [
        ("Sales rose about 5% last quarter.", [("about 5", "up")], 4.5, 5.5),
        ("Exports fell nearly 8% in April.", [("nearly 8", "down")], 7.2, 8),
        ("Revenue grew by roughly 10 percent.", [("roughly 10", "up")], 9, 11),
        ("Oil climbed more than 3% on Friday.", [("more than 3", "more than")], 3, None),
        ("Tuition has risen by at least 20%.", [("at least 20", "at least")], 20, None),
        ("Shares rose just 2% on the news.", [("just 2", "just")], 2, 2),
    ],
)
def test_a_change_outranks_an_approximation_but_not_a_bound(
    nlp: Language, sentence: str, found: list, low: float, high: float | None
) -> None:
    quantity = nlp(make_doc(nlp, sentence, "d", "2005-06-01"))._.quantities[0]
    assert qualifiers(nlp, sentence) == found
    assert (quantity.low, quantity.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Shares closed 3% up on Friday.", [("3", "up")]),
        ("The index finished the week 2% down.", [("2", "down")]),
        ("The farm lies 5 miles down the road.", [("5", None)]),
        ("He walked 3 miles up and down the beach.", [("3", None)]),
    ],
)
def test_up_or_down_after_an_amount_beside_its_verb_makes_a_change(
    nlp: Language, sentence: str, found: list
) -> None:
    assert qualifiers(nlp, sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Bonds picked up 1% on the week.", [("1", "up")]),
        ("The stock put on 4% after the report.", [("4", "up")]),
        ("The index gave back 2% on Friday.", [("2", "down")]),
        ("Oil fell back 2% on Tuesday.", [("2", "down")]),
        ("The firm picked up 3 contracts.", [("3", None)]),
        ("The state gave back 20% of the land.", [("20", None)]),
    ],
)
def test_phrasal_verbs_of_rising_or_falling(nlp: Language, sentence: str, found: list) -> None:
    assert qualifiers(nlp, sentence) == found
