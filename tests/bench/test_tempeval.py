"""TimeML reading, TempEval-3 scoring and the benchmark run on files the test writes."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

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
