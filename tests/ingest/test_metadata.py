import pytest

from rashomon.ingest.dates import parse_date
from rashomon.ingest.metadata import sniff_metadata, split_camel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1996-12-20", ("1996-12-20", "day")),
        ("09.01.1997", ("1997-01-09", "day")),
        ("03-02-2009", ("2009-02-03", "day")),
        ("03.02-2009", None),
        ("June 1, 1997", ("1997-06-01", "day")),
        ("23 April 1997", ("1997-04-23", "day")),
        ("April-May 1997", ("1997-04", "month")),
        ("March 2003", ("2003-03", "month")),
        ("Tuesday, 4th of March, 2003", ("2003-03-04", "day")),
        ("2001", ("2001", "year")),
        ("26-FEB-1987", ("1987-02-26", "day")),
        ("31.13.1999", None),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_date(text) == expected


def test_split_camel() -> None:
    assert split_camel("MorningStarGazette") == "Morning Star Gazette"


def test_masthead_outlet_date_title_and_signature() -> None:
    text = (
        "DailyClarion\n\n03.02.2011\n\nFloods reach the capital\n\nWater rose overnight.\n\nJane Q Public\n"
    )
    meta = sniff_metadata(text)
    assert meta["outlet"] == "Daily Clarion"
    assert (meta["published"], meta["published_precision"]) == ("2011-02-03", "day")
    assert meta["title"] == "Floods reach the capital"
    assert meta["author"] == "Jane Q Public"


def test_issue_line_gives_outlet_and_issue_date_and_signature_date_is_written() -> None:
    text = (
        "A statement on the strike\n\nfrom the Press Office of the Dockers Union\n\n"
        "The Harbour Voice #12, March 5, 2009\n\nThe strike goes on.\n"
        + "More text.\n" * 10
        + "\nPress Office of the Dockers Union\n\n27 February 2009\n\nPhone: 555-1234\n"
    )
    meta = sniff_metadata(text)
    assert meta["outlet"] == "The Harbour Voice"
    assert (meta["published"], meta["published_precision"]) == ("2009-03-05", "day")
    assert (meta["written"], meta["written_precision"]) == ("2009-02-27", "day")
    assert meta["author"] == "Press Office of the Dockers Union"
    assert meta["title"] == "A statement on the strike"


def test_month_precision_issue_and_dated_statement() -> None:
    text = "No. 7, June-July 2004\nStatement of the Workers League\nHands off!\n" + "Body.\n" * 12
    text += "\nWorkers League\n\n2 June 2004\n"
    meta = sniff_metadata(text)
    assert (meta["published"], meta["published_precision"]) == ("2004-06", "month")
    assert (meta["written"], meta["written_precision"]) == ("2004-06-02", "day")
    assert meta["title"] == "Hands off!"
    assert meta["author"] == "Workers League"


def test_dated_first_line_with_title_and_email_signature() -> None:
    text = "2003-05-01 - Report from the march\n\nBy now everyone knows.\n" + "Text.\n" * 10
    text += "--Sam <sam@example.org>\n"
    meta = sniff_metadata(text)
    assert meta["published"] == "2003-05-01"
    assert meta["title"] == "Report from the march"
    assert meta["author"] == "Sam"


@pytest.mark.parametrize(
    ("line", "outlet", "published"),
    [
        ("Harbour Gazette, 10 March 2004", "Harbour Gazette", "2004-03-10"),
        ("The Northern Star - June 2, 1999", "The Northern Star", "1999-06-02"),
        ("Rebels said on 10 March 2004 that talks had failed", None, None),
    ],
)
def test_dateline_names_outlet_before_the_date(line: str, outlet: str | None, published: str | None) -> None:
    meta = sniff_metadata(line + "\n\nThe talks failed.\n")
    assert meta.get("outlet") == outlet
    assert meta.get("published") == published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: 13 March 2024", "2024-03-13"),
        ("Date: 1997-04-23", "1997-04-23"),
        ("Posted on March 3, 2021", "2021-03-03"),
        ("First published 2 May 2019", "2019-05-02"),
        ("Deadline: 13 March 2024", None),
    ],
)
def test_a_labelled_date_line_is_the_publication_date(line: str, published: str | None) -> None:
    meta = sniff_metadata(f"Minister quits\n\n{line}\n\nThe minister resigned on Monday.\n")
    assert meta.get("published") == published


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Gulf Times, 2024-09-03\n\nLena struck the coast with winds of 120 mph. Officials said 15 died.",
            None,
        ),
        (
            "Coast Daily, 2024-09-03\n\nStorm Lena kills 15 on the coast\n\nLena struck the coast.\n",
            "Storm Lena kills 15 on the coast",
        ),
        (
            "Why did the levee fail? Engineers still disagree\n\nThe levee broke.\n",
            "Why did the levee fail? Engineers still disagree",
        ),
        (
            "Gulf Times, 2024-09-03\n\nThe storm that struck the coast on Tuesday with winds of 120 mph left"
            " thousands of homes without power across the whole region.\n",
            None,
        ),
    ],
)
def test_a_paragraph_of_running_text_is_no_title(text: str, title: str | None) -> None:
    assert sniff_metadata(text).get("title") == title


@pytest.mark.parametrize(
    ("text", "outlet", "title"),
    [
        (
            "https://www.chron.com/news/article/Escape-renews-calls-1725656.php\n"
            "Escape renews calls for prison agency shake-up\n\nThe inmate escaped on Monday.\n",
            "chron.com",
            "Escape renews calls for prison agency shake-up",
        ),
        (
            "www.ucsusa.org/news/press_release/letter.html\nApril 27, 2009\n"
            "Biologists Call on the Administration to Overturn Rules\n\nMore than 1,300 scientists wrote.\n",
            "ucsusa.org",
            "Biologists Call on the Administration to Overturn Rules",
        ),
        (
            '"If there was any more I could give you, I would," the judge said.\n\nThe jury split.\n',
            None,
            None,
        ),
    ],
    ids=["address-then-headline", "address-date-headline", "a-quoted-sentence"],
)
def test_a_web_address_names_the_outlet_and_a_quoted_sentence_is_no_title(
    text: str, outlet: str | None, title: str | None
) -> None:
    meta = sniff_metadata(text)
    assert (meta.get("outlet"), meta.get("title")) == (outlet, title)
