"""Export schema v1: every key present, CSV and Parquet one file per table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlite_utils
from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.errors import RashomonError
from rashomon.export import export_data, export_store
from rashomon.schema import EXPORT_FIELDS
from rashomon.store import open_store

TEXT = (
    "The Harbour Union (HU) called a strike. "
    "Union leader Ada Moss said 300 dockers walked out on May 2, 2001.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: Language):
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a.txt").write_text(TEXT)
    db = folder / "db.sqlite"
    analyse([folder / "a.txt"], db, nlp=nlp)
    return open_store(db)


def test_json_has_every_key_of_schema_v1(store) -> None:
    data = json.loads(export_store(store, "json", None))
    assert data["schema_version"] == 1
    assert set(EXPORT_FIELDS) <= set(data)
    for table, names in EXPORT_FIELDS.items():
        assert isinstance(data[table], list)
        for row in data[table]:
            assert list(row)[: len(names)] == names
    assert "text" not in data["documents"][0]


def test_json_to_file(store, tmp_path: Path) -> None:
    export_store(store, "json", tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text())["documents"][0]["n_words"] > 10


def test_csv_one_file_per_table(store, tmp_path: Path) -> None:
    files = export_store(store, "csv", tmp_path / "csv")
    assert sorted(p.stem for p in files) == sorted(EXPORT_FIELDS)
    with (tmp_path / "csv" / "entities.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert any("HU" in json.loads(row["aliases"]) for row in rows)


def test_parquet_one_file_per_table(store, tmp_path: Path) -> None:
    export_store(store, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "documents.parquet")
    assert table.num_rows == 1 and "published" in table.column_names
    assert set(EXPORT_FIELDS["disputes"]) <= set(
        pq.read_table(tmp_path / "pq" / "disputes.parquet").column_names
    )


def test_unknown_format_and_missing_folder_are_clear_errors(store) -> None:
    with pytest.raises(RashomonError, match="E005"):
        export_store(store, "xml", None)
    with pytest.raises(RashomonError, match="E006"):
        export_store(store, "csv", None)


def test_export_data_matches_store(store) -> None:
    assert len(export_data(store)["mentions"]) == store.count("mentions")


def test_a_store_from_before_event_predicates_gains_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_store(path).db.execute("select 1")
    db = sqlite_utils.Database(path)
    db["events"].transform(drop={"predicate", "happening"})
    db.execute("delete from _sqlite_migrations where name = 'm002_event_predicates'")
    db.conn.commit()
    assert "predicate" not in db["events"].columns_dict
    assert {"predicate", "happening"} <= set(open_store(path).db["events"].columns_dict)
