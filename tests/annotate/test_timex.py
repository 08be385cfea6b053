"""The TIMEX3 normaliser and component: deictic, narrative, weekday, ranges, durations, decades."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.temporal.normalise import normalise


@pytest.mark.parametrize(
    ("text", "anchor", "last", "expected"),
    [
        ("yesterday", "1997-04-23", None, ("DATE", "1997-04-22")),
        ("tomorrow", "2001-12-31", None, ("DATE", "2002-01-01")),
        ("last December", "1997-04-23", None, ("DATE", "1996-12")),
        ("this week", "1997-04-23", None, ("DATE", "1997-W17")),
        ("last year", "2010-01-05", None, ("DATE", "2009")),
        ("April 22", "1997-04-23", None, ("DATE", "1997-04-22")),
        ("December 23", None, None, ("DATE", "XXXX-12-23")),
        ("Monday, December 23", "1996-12-20", None, ("DATE", "1996-12-23")),
        ("Monday", "1997-04-23", None, ("DATE", "1997-04-21")),
        ("next Friday", "1997-04-23", None, ("DATE", "1997-04-25")),
        ("later that year", "1997-01-09", "1984", ("DATE", "1984")),
        ("two years later", "1997-01-09", "1984", ("DATE", "1986")),
        ("the next day", "2003-05-01", "2003-03-10", ("DATE", "2003-03-11")),
        ("three days ago", "2003-05-01", None, ("DATE", "2003-04-28")),
        ("three days", None, None, ("DURATION", "P3D")),
        ("several weeks", None, None, ("DURATION", "PXW")),
        ("the past five years", None, None, ("DURATION", "P5Y")),
        ("the 1990s", None, None, ("DATE", "199")),
        ("the end of the 1980s", None, None, ("DATE", "198")),
        ("09.01.1997", None, None, ("DATE", "1997-01-09")),
        ("April-May 1997", None, None, ("DATE", "1997-04")),
        ("now", "1997-04-23", None, ("DATE", "PRESENT_REF")),
        ("every week", None, None, ("SET", "P1W")),
        ("daily", None, None, ("SET", "P1D")),
        ("3 p.m.", "1997-04-23", None, ("TIME", "1997-04-23T15:00")),
        ("this morning", "1997-04-23", None, ("TIME", "1997-04-23TMO")),
        ("the first quarter", "1997-04-23", None, ("DATE", "1997-Q1")),
        ("last summer", "2004-10-01", None, ("DATE", "2003-SU")),
        ("9 a.m. EST Tuesday", "2000-04-03", None, ("TIME", "2000-04-04T09:00")),
        ("noon Thursday", "2000-04-03", None, ("TIME", "2000-04-06T12:00")),
        ("June last year", "1998-02-19", None, ("DATE", "1997-06")),
        ("January this year", "1998-02-19", None, ("DATE", "1998-01")),
        ("the 20th century", None, None, ("DATE", "19")),
        ("each Thursday", None, None, ("SET", "XXXX-WXX-4")),
        ("a few years ago", "1998-02-12", None, ("DATE", "PAST_REF")),
        ("the following year", "1998-04-18", "1995", ("DATE", "1996")),
        ("the fiscal year", "1989-11-02", None, ("DATE", "1989")),
        ("a two-year contract", None, None, None),
        ("two-year", None, None, ("DURATION", "P2Y")),
        ("third-quarter", "1989-11-02", None, ("DATE", "1989-Q3")),
        ("a couple of years", None, None, ("DURATION", "P2Y")),
        ("later this month", "1989-11-02", None, ("DATE", "1989-11")),
        ("last Thanksgiving", "2000-02-10", None, ("DATE", "1999-11-25")),
        ("Easter 1998", None, None, ("DATE", "1998-04-12")),
        ("nineteen ninety-six", None, None, ("DATE", "1996")),
        ("January nineteen ninety-seven", None, None, ("DATE", "1997-01")),
        ("the year two thousand", None, None, ("DATE", "2000")),
        ("mid-1996", None, None, ("DATE", "1996")),
        ("fiscal 1989", None, None, ("DATE", "1989")),
        ("its fiscal 1987 year", None, None, ("DATE", "1987")),
        ("by year-end", None, None, ("DATE", "XXXX")),
        ("by year-end", "1987-03-15", "1978", ("DATE", "1987")),
        ("over the weekend", "1998-03-09", None, ("DATE", "1998-W10-WE")),
        ("next weekend", "1998-03-06", None, ("DATE", "1998-W10-WE")),
        ("mid afternoon", "1998-03-06", None, ("TIME", "1998-03-06TAF")),
        ("10 p.m.", "1999-04-19", "1998-10-23", ("TIME", "1998-10-23T22:00")),
        ("4 in the morning", "2000-04-05", None, ("TIME", "2000-04-05T04:00")),
        ("the coming years", "1999-03-12", None, ("DURATION", "PXY")),
        ("the past year", "1998-03-03", None, ("DATE", "1997")),
        ("the past decade", "1998-10-25", None, ("DURATION", "P10Y")),
        ("the fiscal year ended", "1989-10-31", None, ("DURATION", "P1Y")),
        ("the quarter ended", "1989-10-26", None, ("DATE", "1989-Q4")),
        ("the latest quarter", "1989-10-26", None, ("DATE", "1989-Q3")),
        ("mid-November", "1989-11-02", None, ("DATE", "1989-11")),
        ("this year's third quarter", "1989-11-02", None, ("DATE", "1989-Q3")),
        ("next year's first quarter", "1989-11-02", None, ("DATE", "1990-Q1")),
        ("the nineties", None, None, ("DATE", "199")),
        ("the next morning", "2000-02-24", "2000-02-22", ("TIME", "2000-02-23TMO")),
        ("midday", "1999-10-08", None, ("TIME", "1999-10-08T12:00")),
        ("the fiscal first quarter", "1989-10-26", None, ("DATE", "1989-Q1")),
        ("the 1988 quarter", "1989-10-30", "1989-Q3", ("DATE", "1988-Q3")),
        ("a fourth-quarter", "1989-11-02", None, ("DATE", "1989-Q4")),
        ("two more weeks", None, None, ("DURATION", "P2W")),
        ("a year earlier", "1989-11-02", "1989-Q3", ("DATE", "1988-Q3")),
        ("the year-ago quarter", "1989-11-02", "1989-Q3", ("DATE", "1988-Q3")),
        ("a year earlier", "1989-11-02", "1985", ("DATE", "1984")),
        ("the mid-1990s", "1989-10-26", None, ("DATE", "199")),
        ("the 1988 second quarter", "1989-11-02", None, ("DATE", "1988-Q2")),
        ("the year-earlier third quarter", "1989-10-27", None, ("DATE", "1988-Q3")),
        ("2 1/2 years", None, None, ("DURATION", "P2Y6M")),
        ("7/8/07", "2007-07-09", None, ("DATE", "2007-07-08")),
        ("the day after March 3, 1999", None, "1998-01-01", ("DATE", "1999-03-04")),
        ("the first half of the year", "2013-03-22", None, ("DATE", "2013-H1")),
        ("June of that year", "2013-03-22", "2010-03", ("DATE", "2010-06")),
        ("May of the following year", "2013-03-22", "2010-03", ("DATE", "2011-05")),
        ("October of next year", "2013-03-22", "2010-03", ("DATE", "2014-10")),
        ("7 p.m. Eastern time", "2013-03-22", None, ("TIME", "2013-03-22T19:00")),
        ("2:46 p.m. on March 11, 2011", "2013-03-22", None, ("TIME", "2011-03-11T14:46")),
        ("midnight", "2013-03-22", None, ("TIME", "2013-03-22T24:00")),
        ("the previous Friday", "1989-10-30", "1989-10-27", ("DATE", "1989-10-20")),
        ("the following Monday", "1989-10-30", "1989-10-27", ("DATE", "1989-10-30")),
        ("the next Friday", "1989-10-30", "1989-10-27", ("DATE", "1989-11-03")),
        ("11 March 2011", "2013-03-22", None, ("DATE", "2011-03-11")),
        ("10 a.m. local time on Tuesday", "2013-03-22", None, ("TIME", "2013-03-19T10:00")),
        ("the past few years", "2013-03-22", None, ("DURATION", "PXY")),
        ("12/25/96", "2001-01-01", None, ("DATE", "1996-12-25")),
        ("25/12/1996", None, None, ("DATE", "1996-12-25")),
        ("13/13/1996", None, None, None),
        ("5 1/2 hours", None, None, ("DURATION", "PT5H30M")),
        ("a minute and a half", None, None, ("DURATION", "PT1M30S")),
        ("1 1/2 days", None, None, ("DURATION", "P1DT12H")),
        ("the week of March 6", "2000-02-24", None, ("DATE", "2000-W10")),
        ("the day after", "1998-11-21", "1998-10-23", ("DATE", "1998-10-24")),
        ("the year before", "1998-09-07", "1997", ("DATE", "1996")),
        ("the next day", "1998-11-21", "1990", ("DATE", "1990-XX-XX")),
        ("the second half of the year", "2013-03-14", None, ("DATE", "2013-H2")),
        ("the last half of 1989", "1989-10-26", None, ("DATE", "1989-H2")),
        ("a decade ago", "2013-03-14", None, ("DATE", "2003")),
        ("a week or so ago", "1991-02-25", None, ("DATE", "1991-02-18")),
        ("every other Tuesday", None, None, ("SET", "XXXX-WXX-2")),
        ("the morning of 3 March 2013", "2013-03-14", None, ("TIME", "2013-03-03TMO")),
        ("last March", "2013-03-14", None, ("DATE", "2012-03")),
        ("next March", "2013-03-14", None, ("DATE", "2014-03")),
        ("this past spring", "1989-10-30", None, ("DATE", "1989-SP")),
        ("this past weekend", "2013-03-14", None, ("DATE", "2013-W10-WE")),
        ("the same period last year", "1989-11-01", "1989-Q3", ("DATE", "1988-Q3")),
        ("7:30 p.m. EDT", "2013-03-14", None, ("TIME", "2013-03-14T19:30")),
        ("18:00 UTC", "2009-12-16", "2009-12-15", ("TIME", "2009-12-15T18:00Z")),
        ("0800 GMT", "2008-09-18", None, ("TIME", "2008-09-18T08:00Z")),
        ("16:00 UTC today", "2009-06-01", None, ("TIME", "2009-06-01T16:00Z")),
        ("12:00 UTC Monday", "2009-06-01", None, ("TIME", "2009-06-01T12:00Z")),
        ("the first quarter of last year", "2009-05-07", None, ("DATE", "2008-Q1")),
        ("the third quarter of this year", "2009-11-03", None, ("DATE", "2009-Q3")),
        ("the final quarter of 2009", "2010-01-28", None, ("DATE", "2009-Q4")),
        ("the last quarter", "2007-01-18", None, ("DATE", "2006-Q4")),
        ("the day", "2008-10-27", "1982", ("DATE", "2008-10-27")),
        ("between 60 and 90 days", None, None, ("DURATION", "P60D")),
        ("a hundred and five days", None, None, ("DURATION", "P105D")),
        ("the year previous", "2010-01-28", "2009", ("DATE", "2008")),
        ("six straight days", None, None, ("DURATION", "P6D")),
        ("two consecutive quarters", None, None, ("DURATION", "P2Q")),
        ("16:15 UTC, June 1st", "2009-06-04", None, ("TIME", "2009-06-01T16:15Z")),
        ("the last week of March", "2009-04-01", None, ("DATE", "2009-W13")),
        ("the first week of April", "2009-04-01", None, ("DATE", "2009-W14")),
        ("the same month a year ago", "2009-02-03", "2009-01", ("DATE", "2008-01")),
        ("a second consecutive day", "2008-09-17", None, ("DATE", "2008-09-17")),
        ("the twentieth century", None, None, ("DATE", "19")),
        ("the first century", None, None, ("DATE", "00")),
        ("the 1800s", None, None, ("DATE", "18")),
        ("the mid-'80s", None, None, ("DATE", "198")),
        ("its third straight week", "2013-03-22", None, ("DATE", "2013-W12")),
        ("the previous quarter", "2013-03-22", "2012-Q3", ("DATE", "2012-Q2")),
        ("the following quarter", "2013-03-22", "2012-Q4", ("DATE", "2013-Q1")),
        ("March 19, a week", "2013-03-14", None, None),
        ("the near future", "1989-11-01", None, ("DATE", "FUTURE_REF")),
        ("the short term", "1989-10-30", None, ("DATE", "FUTURE_REF")),
        ("the long term", "1989-10-30", None, ("DATE", "FUTURE_REF")),
    ],
)
def test_normalise(text: str, anchor: str | None, last: str | None, expected: tuple[str, str] | None) -> None:
    assert normalise(text, anchor, last) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        ("Tuesday", "2000-04-03", "future", "2000-04-04"),
        ("Monday", "2000-04-03", "future", "2000-04-03"),
        ("next Monday", "2000-04-03", None, "2000-04-10"),
        ("Tuesday", "2000-04-03", "past", "2000-03-28"),
        ("Tuesday", "2000-04-03", None, "2000-04-04"),
        ("Saturday", "2000-04-03", None, "2000-04-01"),
        ("May", "2000-03-29", None, "2000-05"),
        ("April", "1998-12-05", None, "1999-04"),
        ("Oct. 23", "1999-05-06", "past", "1998-10-23"),
        ("Oct. 23", "1999-05-06", None, "1998-10-23"),
        ("Nov. 20", "1989-11-02", "past", "1989-11-20"),
        ("April", "1999-03-12", "past", "1999-04"),
        ("Jan. 14", "2000-01-06", "future", "2000-01-14"),
        ("March", "2000-01-15", "future", "2000-03"),
        ("Sunday, March 2", "1997-02-25", None, "1997-03-02"),
        ("Sunday night", "2000-04-03", "past", "2000-04-02TNI"),
        ("last Wednesday", "1989-11-01", None, "1989-10-25"),
        ("the weekend", "2013-03-22", None, "2013-W12-WE"),
        ("the weekend", "2013-03-18", None, "2013-W11-WE"),
        ("the weekend", "2013-03-22", "past", "2013-W11-WE"),
        ("the fourth quarter", "1998-01-26", "past", "1997-Q4"),
        ("the fourth quarter", "1998-08-19", "past", "1998-Q4"),
        ("the third quarter", "1989-11-02", "future", "1989-Q3"),
    ],
)
def test_bare_weekdays_and_months_follow_the_tense(
    text: str, anchor: str, tense: str | None, expected: str
) -> None:
    assert normalise(text, anchor, None, tense)[1] == expected


def test_component_reads_deictic_against_the_document_date(nlp: Language) -> None:
    text = "The army stormed the building yesterday. The rebels had held it since last December."
    timexes = nlp(make_doc(nlp, text, "d", "1997-04-23"))._.timexes
    assert {t.text: t.value for t in timexes} == {"yesterday": "1997-04-22", "last December": "1996-12"}
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_component_reads_narrative_against_the_last_date(nlp: Language) -> None:
    text = "The party was founded in 1992. Later that year it won its first seat."
    values = [t.value for t in nlp(make_doc(nlp, text, "d", "2004-01-01"))._.timexes]
    assert values == ["1992", "1992"]


def test_component_joins_a_clock_time_and_its_day(nlp: Language) -> None:
    text = "The relatives have until 9 a.m. EST Tuesday to sign the paper, officials said."
    timexes = nlp(make_doc(nlp, text, "d", "2000-04-03"))._.timexes
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("9 a.m. EST Tuesday", "TIME", "2000-04-04T09:00")
    ]


def test_component_finds_hyphenated_periods_but_not_ages(nlp: Language) -> None:
    text = "The 36-year-old engineer signed a two-year contract before third-quarter results came out."
    timexes = nlp(make_doc(nlp, text, "d", "1989-11-02"))._.timexes
    assert [(t.text, t.value) for t in timexes] == [("two-year", "P2Y"), ("third-quarter", "1989-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abortions declined between 1982 and 1992.", [("1982", "1982"), ("1992", "1992")]),
        ("The summit is on April 24 and 25.", [("April 24", "1999-04-24"), ("25", "1999-04-25")]),
        ("They met on May 3-5, 1998.", [("May 3", "1998-05-03"), ("5, 1998", "1998-05-05")]),
        ("It takes two to three weeks.", [("two to three weeks", "P2W")]),
        ("They survive from day to day.", []),
    ],
)
def test_component_splits_ranges_into_their_ends(nlp: Language, text: str, expected: list) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1999-03-12"))._.timexes
    assert [(t.text, t.value) for t in timexes] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials postponed until Tuesday any action on the case.",
        "The island has until Tuesday to pay.",
        "The government has continued to keep the markets closed until Tuesday.",
        "The court adjourned until 9:30 a.m. Tuesday.",
    ],
)
def test_the_end_of_a_delay_is_ahead(nlp: Language, text: str) -> None:
    (timex,) = nlp(make_doc(nlp, text, "d", "2000-03-30"))._.timexes
    assert timex.value.startswith("2000-04-04")


def test_an_entity_joining_a_period_and_its_end_is_split(nlp: Language) -> None:
    text = "Earnings for its fourth quarter ended Sept. 30 fell."
    timexes = nlp(make_doc(nlp, text, "d", "1989-11-02"))._.timexes
    assert [(t.text, t.value) for t in timexes] == [
        ("fourth quarter", "1989-Q4"),
        ("Sept. 30", "1989-09-30"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The pact was signed, effective Feb. 1.", "1990-02-01"),
        ("The board declared a dividend, payable Dec. 15.", "1989-12-15"),
    ],
)
def test_dates_things_fall_due_on_are_ahead(nlp: Language, text: str, value: str) -> None:
    (timex,) = nlp(make_doc(nlp, text, "d", "1989-10-26"))._.timexes
    assert timex.value == value


def test_component_finds_dates_the_recogniser_labels_otherwise(nlp: Language) -> None:
    text = "Flights stopped after the Aug. 7 Embassy bombings, the paper said on Thursday, April 6:\n\nNext."
    timexes = nlp(make_doc(nlp, text, "d", "2000-04-07"))._.timexes
    assert [(t.text, t.value) for t in timexes] == [
        ("Aug. 7", "1999-08-07"),
        ("Thursday, April 6", "2000-04-06"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Investors pulled $14 million out Friday Oct. 13 alone.", [("Friday Oct. 13", "1989-10-13")]),
        ("The offer had been due to expire Friday evening.", [("Friday evening", "1989-10-27TEV")]),
        ("Police have scheduled a news conference Thursday.", [("Thursday", "1989-11-02")]),
        ("On Thursday, the board planned to sell the unit.", [("Thursday", "1989-10-26")]),
        ("The group could leave as soon as Tuesday.", [("Tuesday", "1989-10-31")]),
        ("The board publishes minutes each quarter.", [("each quarter", "P1Q")]),
        ("Mr. Reupke, 52 years old, resigned on Friday.", [("Friday", "1989-10-27")]),
        ("He died on the morning of 3 March 1989.", [("the morning of 3 March 1989", "1989-03-03TMO")]),
        (
            "The election on Sunday and Monday was close.",
            [("Sunday", "1989-10-29"), ("Monday", "1989-10-30")],
        ),
        ("Marchers remembered Bloody Sunday.", []),
        ("A second plane landed a second later.", [("a second later", "PT1S")]),
        ("The trial could last up to six months.", [("up to six months", "P6M")]),
        ("He fought the now-cancelled deal.", []),
        (
            "He was hurt on Oct. 23. He left town that same day.",
            [("Oct. 23", "1989-10-23"), ("that same day", "1989-10-23")],
        ),
        ("Lawyers left their third day-long meeting.", [("day-long", "P1D")]),
        ("The firms settled their decades-long dispute.", [("decades-long", "PXY")]),
        ("The firms fought for several decades.", [("several decades", "PXY")]),
        ("He married when he was in his 30s, in the 1970s.", [("the 1970s", "197")]),
        ("The vote will take place on the 28th.", [("the 28th", "1989-11-28")]),
        ("The vote took place on the 28th.", [("the 28th", "1989-10-28")]),
        ("He was the 28th president.", []),
        ("The jet is two and a half years late.", [("two and a half years", "P2Y6M")]),
        ("For the past five trading days, stocks fell.", [("the past five trading days", "P5D")]),
        ("The sale took three business days.", [("three business days", "P3D")]),
        ("The memo dated 12/25/88 was leaked.", [("12/25/88", "1988-12-25")]),
        ("It has 13 plants, up from seven a year ago.", [("a year ago", "1988")]),
        ("Stocks rose to 1.62 mln tonnes, against 1.52 mln a year earlier.", [("a year earlier", "1988")]),
        ("Humans reached the valley 1.5 million years ago.", [("1.5 million years ago", "PAST_REF")]),
        ("Both suspects are in their early 20s.", []),
        ("The yard builds tankers at a rate of 15 a year.", []),
        ("He will be 65 next year.", [("next year", "1990")]),
        ("Orangemen march each July.", [("each July", "XXXX-07")]),
        ("The deal should close by year-end.", [("year-end", "1989")]),
        ("Rules should be in place by year's end.", [("year's end", "1989")]),
        ("Much of the wheat will be sold before mid-year.", [("mid-year", "1989")]),
        ("The fund held forward contracts at year-end.", [("year-end", "1988")]),
        ("The council met twice a week.", [("twice a week", "P1W")]),
        ("Profit rose in the second fiscal quarter.", [("the second fiscal quarter", "1989-Q2")]),
        ("The board meets three times a year.", [("three times a year", "P1Y")]),
        ("Production resumed at the beginning of April.", [("the beginning of April", "1989-04")]),
        (
            "The quake struck at 05:46 local time on Friday.",
            [("05:46 local time on Friday", "1989-10-27T05:46")],
        ),
        ("The company said on Thursday it would cut costs.", [("Thursday", "1989-10-26")]),
        ("The firm said Tuesday it will cut jobs.", [("Tuesday", "1989-10-24")]),
        ("The day before last Tuesday's hearing, he fled.", [("The day before last Tuesday", "1989-10-23")]),
        ("The talks end Wednesday next week.", [("Wednesday next week", "1989-11-08")]),
        ("The fair, held every summer, draws thousands.", [("every summer", "XXXX-SU")]),
        (
            "The plane will arrive on November 11, three days later than planned.",
            [("November 11", "1989-11-11"), ("three days later", "1989-11-14")],
        ),
        ("Tickets will go on sale at noon on Saturday.", [("noon on Saturday", "1989-11-04T12:00")]),
        (
            "Jobs grew by 242,000 a month in the first nine months of 1988.",
            [("the first nine months", "P9M"), ("1988", "1988")],
        ),
    ],
)
def test_component_reads_the_words_around_an_expression(nlp: Language, text: str, expected: list) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1989-10-30"))._.timexes
    assert [(t.text, t.value) for t in timexes] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plant closed on Oct. 23, 1998. Workers came back the day after the fire.", "1998-10-24"),
        ("He was last seen Oct. 23, the day before a warrant was issued.", "1998-10-23"),
        ("Stocks fell on Oct. 23, 1998, and rallied late in the day after falling 250 points.", "1998-10-23"),
    ],
)
def test_the_day_after_is_the_day_after_the_one_in_focus(nlp: Language, text: str, value: str) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1998-11-21"))._.timexes
    assert timexes[-1].text.lower() == "the day"
    assert timexes[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Stocks rose on Friday. Jobs fell in September, the most since 1983. The Dow ended the day up.",
            "1989-10-27",
        ),
        ("Stocks rose on Friday. Jobs fell in September. Trading halted at 2 p.m.", "1989-10-27T14:00"),
        ("Jobs fell in September. Trading halted at 2 p.m.", "1989-10-30T14:00"),
    ],
)
def test_the_day_in_focus_is_the_last_day_mentioned(nlp: Language, text: str, value: str) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1989-10-30"))._.timexes
    assert timexes[-1].value == value


def test_a_date_after_since_is_past_and_a_headline_is_not_joined_to_the_date_line(nlp: Language) -> None:
    text = "Stocks have their best week since November\nMarch 13, 1989\nPrices have risen since Friday."
    timexes = nlp(make_doc(nlp, text, "d", "1989-03-13"))._.timexes
    assert [(t.text, t.value) for t in timexes] == [
        ("November", "1988-11"),
        ("March 13, 1989", "1989-03-13"),
        ("Friday", "1989-03-10"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry stopped for about two weeks.", ("two weeks", "P2W")),
        ("The court gave the family only 14 days to appeal.", ("14 days", "P14D")),
        ("Just two weeks after the crash, shares rallied.", ("two weeks", "P2W")),
        ("The strike began barely a month after the vote.", ("a month", "P1M")),
        ("And just last month, the mill closed.", ("last month", "1989-09")),
        ("The Aug. 7, 1988, blasts killed 12 people.", ("Aug. 7, 1988", "1988-08-07")),
        ("He missed the Oct. 23 deadline.", ("Oct. 23", "1989-10-23")),
        ("She is a 20th century democrat.", ("20th century", "19")),
        ("Profit fell in its fiscal year.", ("fiscal year", "1989")),
        ("I read your Oct. 23 column.", ("Oct. 23", "1989-10-23")),
    ],
)
def test_a_focus_adverb_or_an_article_before_a_date_is_outside_the_extent(
    nlp: Language, text: str, expected: tuple
) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1989-10-30"))._.timexes
    assert [(t.text, t.value) for t in timexes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the past, the mill has shut in the cold.", [("the past", "PAST_REF")]),
        ("Those were the mistakes of the past.", [("the past", "PAST_REF")]),
        ("The past week was hard.", [("The past week", "1998-W09")]),
        ("The past two quarters were weak.", [("The past two quarters", "P2Q")]),
    ],
)
def test_the_past_as_a_noun_of_its_own_is_a_time(nlp: Language, text: str, expected: list) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1998-03-03"))._.timexes
    assert [(t.text, t.value) for t in timexes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inquiry will report in the autumn.", [("the autumn", "2013-FA")]),
        ("But spring brought hope to the farms.", [("spring", "2013-SP")]),
        ("Sales rose in the summer.", [("the summer", "2012-SU")]),
        ("The warmest winter on record was harsh for farmers.", [("winter", "2012-WI")]),
        ("They drank from a spring in the hills.", []),
    ],
)
def test_a_season_in_lower_case_is_found_and_read_with_the_tense(
    nlp: Language, text: str, expected: list
) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "2013-03-14"))._.timexes
    assert [(t.text, t.value) for t in timexes] == expected


def test_a_period_later_moves_the_story_on(nlp: Language) -> None:
    text = "The firm was founded in 1995. Three years later it went public. By the end of that year, it grew."
    timexes = nlp(make_doc(nlp, text, "d", "2013-03-14"))._.timexes
    assert [(t.text, t.value) for t in timexes] == [
        ("1995", "1995"),
        ("Three years later", "1998"),
        ("the end of that year", "1998"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company said the plant would reopen in August.", "1998-08"),
        ("Officials said the talks would resume in October.", "1998-10"),
        ("Without the strike, the plant would have reopened in August.", "1997-08"),
    ],
)
def test_the_future_of_a_past_report_is_ahead(nlp: Language, text: str, value: str) -> None:
    (timex,) = nlp(make_doc(nlp, text, "d", "1998-02-13"))._.timexes
    assert timex.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator spoke on CBS's 60 Minutes about the plan.", []),
        ('Speaking on the show "This Week," the minister denied it.', []),
        ("``Today, I am here to tell you the truth,'' he said.", [("Today", "1998-03-31")]),
        ("Voters went to the polls on Election Day.", [("Election Day", "1997-11-04")]),
    ],
)
def test_time_words_capitalised_inside_a_sentence_name_a_show(
    nlp: Language, text: str, expected: list
) -> None:
    timexes = nlp(make_doc(nlp, text, "d", "1998-03-31"))._.timexes
    assert [(t.text, t.value) for t in timexes] == expected
