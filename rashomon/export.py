"""Write the store out as export schema v1: JSON, or one CSV / Parquet file per table."""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from rashomon.errors import RashomonError
from rashomon.schema import EXPORT_FIELDS, EXPORT_TABLES, SCHEMA_VERSION, Record
from rashomon.store import Store

FORMATS = ("json", "csv", "parquet")
OMITTED_FIELDS = {"documents": {"text"}}
"""Fields kept in the store but left out of exports (full texts stay in the database)."""


def export_fields(table: str) -> list[str]:
    """Return the exported fields of a table: the schema v1 fields first, then any extra ones."""
    names = [f.name for f in fields(EXPORT_TABLES[table]) if f.name not in OMITTED_FIELDS.get(table, set())]
    required = EXPORT_FIELDS[table]
    return required + [name for name in names if name not in required]


def _export_row(table: str, record: Record) -> dict[str, Any]:
    row = record.to_dict()
    return {name: row.get(name) for name in export_fields(table)}


def export_data(store: Store) -> dict[str, Any]:
    """Return the whole store as one schema v1 object."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for table in EXPORT_TABLES:
        records = store.records(table)
        if table == "disputes":
            records.sort(key=lambda d: -d.rank)
        data[table] = [_export_row(table, r) for r in records]
    return data


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_json(data: dict[str, Any], out: Path | None) -> str | None:
    """Write the export as JSON to `out`, or return it as a string when `out` is None."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if out is None:
        return text
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")
    return None


def write_csv(data: dict[str, Any], folder: Path) -> list[Path]:
    """Write one CSV file per table into `folder` (lists as JSON text); return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORT_TABLES:
        path = folder / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=export_fields(table))
            writer.writeheader()
            writer.writerows({k: _flat(v) for k, v in row.items()} for row in data[table])
        written.append(path)
    return written


def write_parquet(data: dict[str, Any], folder: Path) -> list[Path]:
    """Write one Parquet file per table into `folder`; return the files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORT_TABLES:
        columns = export_fields(table)
        rows = data[table]
        if rows:
            arrow = pa.Table.from_pylist(rows)
        else:
            arrow = pa.table({name: pa.array([], pa.string()) for name in columns})
        path = folder / f"{table}.parquet"
        pq.write_table(arrow, path)
        written.append(path)
    return written


def export_store(store: Store, fmt: str, out: Path | None) -> str | list[Path] | None:
    """Export the store in `fmt`: JSON text (or a file), or a folder of CSV / Parquet files."""
    if fmt not in FORMATS:
        raise RashomonError("E005", fmt=fmt, known=", ".join(FORMATS))
    data = export_data(store)
    if fmt == "json":
        return write_json(data, out)
    if out is None:
        raise RashomonError("E006", fmt=fmt)
    return write_csv(data, out) if fmt == "csv" else write_parquet(data, out)
