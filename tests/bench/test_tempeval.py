"""TimeML reading, TempEval-3 scoring and the benchmark run on files the test writes."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rashomon.bench.cat import read_cat
from rashomon.bench.tempeval import Span, run, score
from rashomon.bench.timeml import read_timeml
from rashomon.cli import app

TIMEML = """<?xml version="1.0" ?><TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>
The flu <EVENT eid="e1">season</EVENT> began
<TIMEX3 tid="t1" type="DURATION" value="P1M">a month</TIMEX3> early.
It <EVENT eid="e2">ended</EVENT> <TIMEX3 tid="t2" type="DATE" value="2013-03-21">yesterday</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_timeml_gives_offsets_into_the_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "t1.tml"
    path.write_text(TIMEML)
    document = read_timeml(path)
    assert document.dct == "2013-03-22" and "<" not in document.text
    assert [(document.text[t.start : t.end], t.value) for t in document.timexes] == [
        ("a month", "P1M"),
        ("yesterday", "2013-03-21"),
    ]


def test_strict_relaxed_and_attribute_scores() -> None:
    gold = [Span(0, 10, "DATE", "2013-03-21"), Span(20, 27, "DURATION", "P1M")]
    system = [
        Span(0, 10, "DATE", "2013-03-21"),
        Span(22, 27, "DURATION", "P2M"),
        Span(40, 45, "DATE", "2013"),
    ]
    result = score([(system, gold)])
    relaxed = 2 * (2 / 3) * 1.0 / (2 / 3 + 1.0)
    assert result["relaxed_f1"] == round(relaxed, 4)
    assert result["strict_f1"] == round(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5), 4)
    assert result["type_f1"] == round(relaxed, 4)
    assert result["value_f1"] == round(0.5 * relaxed, 4)
    assert score([([], gold)])["value_f1"] == 0.0


def test_run_scores_rashomon_and_dateparser(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "t1.tml").write_text(TIMEML)
    result = run(tmp_path)
    assert result["n_docs"] == 1 and result["baseline_name"] == "dateparser"
    assert (
        set(result["metrics"])
        == set(result["baseline"])
        == {"strict_f1", "relaxed_f1", "type_f1", "value_f1"}
    )
    assert result["metrics"]["value_f1"] == 1.0


def test_missing_data_names_the_folder_to_pass(tmp_path: Path) -> None:
    outcome = CliRunner().invoke(app, ["bench", "tempeval", "--data", str(tmp_path / "nowhere")])
    assert outcome.exit_code != 0
    message = str(outcome.exception)
    assert "nowhere" in message and "--data" in message


CAT = """<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="1_x.xml">
<token t_id="1" sentence="0" number="0">Stocks</token>
<token t_id="2" sentence="0" number="1">fall</token>
<token t_id="3" sentence="1" number="2">May</token>
<token t_id="4" sentence="1" number="3">7</token>
<token t_id="5" sentence="1" number="4">,</token>
<token t_id="6" sentence="1" number="5">2010</token>
<token t_id="7" sentence="2" number="6">They</token>
<token t_id="8" sentence="2" number="7">fell</token>
<token t_id="9" sentence="2" number="8">yesterday</token>
<token t_id="10" sentence="2" number="9">.</token>
<token t_id="11" sentence="6" number="10">Later</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2010-05-07" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2010-05-06" functionInDocument="NONE"><token_anchor t_id="9"/></TIMEX3>
</Markables>
</Document>
"""


def test_read_cat_keeps_the_annotated_sentences_one_line_each(tmp_path: Path) -> None:
    path = tmp_path / "1_x.xml"
    path.write_text(CAT)
    document = read_cat(path)
    assert document.text == "Stocks fall\nMay 7, 2010\nThey fell yesterday."
    assert document.dct == "2010-05-07"
    assert [(t.text, t.value) for t in document.timexes] == [
        ("May 7, 2010", "2010-05-07"),
        ("yesterday", "2010-05-06"),
    ]
