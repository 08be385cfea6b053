"""The CLI: run with a summary and exit status, export and report, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app, run

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture(autouse=True)
def small_pipeline(monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    """Reuse the session pipeline instead of loading the model again for each command."""
    monkeypatch.setattr(run, "analyse", lambda *a, **k: _analyse(*a, nlp=nlp, **k))


def _analyse(*args, **kwargs):
    from rashomon.analyse import analyse

    kwargs.pop("model", None)
    return analyse(*args, **kwargs)


def test_run_export_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Harbour Union (HU) called a strike on May 2, 2001.\n")
    (tmp_path / "b.txt").write_bytes(b"")
    db = tmp_path / "db.sqlite"
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(db)])
    assert result.exit_code == run.EXIT_SKIPPED, result.output
    assert "documents stored" in result.output and "b.txt" in result.output and "empty" in result.output
    exported = runner.invoke(app, ["export", "--db", str(db), "--format", "json"])
    assert json.loads(exported.stdout)["schema_version"] == 1
    reported = runner.invoke(app, ["report", "--db", str(db), "-o", str(tmp_path / "r.html")])
    assert reported.exit_code == 0 and (tmp_path / "r.html").is_file()


def test_run_exits_zero_when_everything_is_stored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Harbour Union called a strike.\n")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "db.sqlite")])
    assert result.exit_code == 0, result.output


def test_export_of_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "E003" in str(result.exception)


def test_timeline_lists_dated_happenings_in_order_with_their_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Harbour Gazette, 10 March 2004\n\nDockers of the Harbour Union went on strike on March 2, 2004.\n"
        "The Harbour Union had first threatened a strike in 2001, its leaders said.\n"
    )
    db = tmp_path / "db.sqlite"
    runner.invoke(app, ["run", str(tmp_path), "--db", str(db)])
    result = runner.invoke(app, ["timeline", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 dated happenings" in result.output
    assert result.output.index("2001") < result.output.index("2004-03-02")
    assert "Harbour Gazette (2004-03-10)" in result.output
    later = runner.invoke(app, ["timeline", "--db", str(db), "--from", "2004-03"])
    assert "1 dated happenings" in later.output
    assert "went on strike" in later.output and "threatened" not in later.output


def test_disputes_quote_each_claim_around_its_number(tmp_path: Path) -> None:
    preamble = (
        "In a long statement read out on the steps of the town hall after a night of talks with the "
        "regional council and the owners of the mine, "
    )
    (tmp_path / "a.txt").write_text(f"{preamble}the union said that 120 miners were trapped underground.\n")
    (tmp_path / "b.txt").write_text(f"{preamble}the owners said that 45 miners were trapped underground.\n")
    db = tmp_path / "db.sqlite"
    runner.invoke(app, ["run", str(tmp_path), "--db", str(db)])
    result = runner.invoke(app, ["disputes", "--db", str(db), "--kind", "quantity"], env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    assert "conflict" in result.output
    assert "120 miners were trapped" in result.output and "45 miners were trapped" in result.output
    assert "1 disputes" in runner.invoke(app, ["disputes", "--db", str(db), "--status", "conflict"]).output
    assert "0 disputes" in runner.invoke(app, ["disputes", "--db", str(db), "--status", "agree"]).output
