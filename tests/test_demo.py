"""The bundled example, analysed end to end, gives what the README promises."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.export import export_data
from rashomon.store import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, nlp: Language, example_dir: Path) -> dict:
    db = tmp_path_factory.mktemp("demo") / "lima.db"
    analyse([example_dir], db, nlp=nlp)
    return export_data(open_store(db))


def _doc(demo: dict, prefix: str) -> dict:
    return next(d for d in demo["documents"] if Path(d["path"]).name.startswith(prefix))


def test_five_documents(demo: dict) -> None:
    assert len(demo["documents"]) == 5


@pytest.mark.parametrize(
    ("prefix", "published", "precision", "written", "outlet"),
    [
        ("000", "1996-12-20", "day", None, None),
        ("001", "1997-04", "month", "1997-04-23", "Internationalist Group"),
        ("002", "1997-01-09", "day", None, "Weekly Worker"),
        ("003", "1997-01-16", "day", None, "Weekly Worker"),
        ("004", "1997-06-01", "day", "1997-04-23", "Revolutionary Worker"),
    ],
)
def test_dates_and_outlets(
    demo: dict, prefix: str, published: str, precision: str, written: str | None, outlet: str | None
) -> None:
    doc = _doc(demo, prefix)
    assert (doc["published"], doc["published_precision"]) == (published, precision)
    assert doc["written"] == written
    assert doc["outlet"] == outlet


def test_group_entity_carries_english_and_spanish_expansions(demo: dict) -> None:
    group = next(e for e in demo["entities"] if "MRTA" in e["aliases"])
    assert {"Tupac Amaru Revolutionary Movement", "Movimiento Revolucionario Tupac Amaru"} <= set(
        group["aliases"]
    )
    assert len(group["documents"]) == 5


def test_mentions_point_at_their_text(demo: dict, example_dir: Path) -> None:
    texts = {d["id"]: open_text(example_dir, d["path"]) for d in demo["documents"]}
    for mention in demo["mentions"][:200]:
        assert texts[mention["doc"]][mention["start"] : mention["end"]] == mention["text"]


def open_text(example_dir: Path, path: str) -> str:
    return (example_dir / Path(path).name).read_text(encoding="utf-8").strip("\n")


def test_relative_dates_read_against_each_documents_own_date(demo: dict) -> None:
    statement = _doc(demo, "001")["id"]
    values = {t["text"]: t["value"] for t in demo["timexes"] if t["doc"] == statement}
    assert values["yesterday"] == "1997-04-22"
    assert values["last December"] == "1996-12"
    assert values["April 22"] == "1997-04-22"
    post = _doc(demo, "000")["id"]
    assert {t["text"]: t["value"] for t in demo["timexes"] if t["doc"] == post}[
        "Monday, December 23"
    ] == "1996-12-23"


def _disputes_with(demo: dict, number: str) -> list[dict]:
    return [d for d in demo["disputes"] if any(c["value"].startswith(number) for c in d["claims"])]


def test_hostage_count_dispute_spans_three_documents(demo: dict) -> None:
    disputes = [d for d in _disputes_with(demo, "around 500") if d["status"] in ("conflict", "evolving")]
    assert disputes
    assert len({c["doc"] for c in disputes[0]["claims"]}) >= 3


def test_guerrilla_count_is_a_conflict(demo: dict) -> None:
    (dispute,) = [
        d for d in _disputes_with(demo, "14") if any(c["value"].startswith("22") for c in d["claims"])
    ]
    assert dispute["status"] == "conflict"


def test_later_count_is_evolving_not_a_conflict(demo: dict) -> None:
    disputes = _disputes_with(demo, "74")
    assert disputes and all(d["status"] == "evolving" for d in disputes)
    assert all(c["record"] in {q["id"] for q in demo["quantities"]} for d in disputes for c in d["claims"])


def test_two_sources_date_the_seizure_to_the_same_month(demo: dict) -> None:
    dated = [d for d in demo["disputes"] if d["kind"] == "date"]
    assert any(
        len({c["doc"] for c in d["claims"]}) >= 2 and {c["value"] for c in d["claims"]} == {"1996-12"}
        for d in dated
    )
