"""The embedded SQLite store: versioned schema, one transaction per batch, FTS5 over sentences."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from rashomon.errors import RashomonError
from rashomon.schema import STORE_TABLES, AnnotatedDocument, Claim, Dispute, Record

migrations = Migrations("rashomon")


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return next(arg for arg in typing.get_args(annotation) if arg is not type(None))
    return annotation


def _is_list(annotation: Any) -> bool:
    annotation = _unwrap_optional(annotation)
    return annotation is list or typing.get_origin(annotation) is list


def _column_type(annotation: Any) -> type:
    annotation = _unwrap_optional(annotation)
    if _is_list(annotation):
        return str
    return {bool: int}.get(annotation, annotation if annotation in (str, int, float) else str)


def columns_for(record_type: type[Record]) -> dict[str, type]:
    """Return the SQLite column types of a record type (lists are stored as JSON text)."""
    hints = typing.get_type_hints(record_type)
    return {f.name: _column_type(hints[f.name]) for f in fields(record_type)}


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Create every table of schema v1 with its indexes and the sentence full-text index."""
    for name, record_type in STORE_TABLES.items():
        db[name].create(columns_for(record_type), pk="id")
        if "doc" in columns_for(record_type):
            db[name].create_index(["doc"])
    db["sentences"].enable_fts(["text"], fts_version="FTS5", create_triggers=True)
    db["documents"].create_index(["path"])


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    """Add to each table the columns its record type has gained since the table was made."""
    for name, record_type in STORE_TABLES.items():
        present = db[name].columns_dict
        for column, kind in columns_for(record_type).items():
            if column not in present:
                db[name].add_column(column, kind)


@migrations()
def m002_event_predicates(db: sqlite_utils.Database) -> None:
    """Add the columns records gained after v1's first release (events' predicate and happening)."""
    _add_missing_columns(db)


@migrations()
def m003_measures_and_changes(db: sqlite_utils.Database) -> None:
    """Add the columns quantities gained later: the unit, what a measure is of, and a change's direction."""
    _add_missing_columns(db)


def _encode(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps([item.to_dict() if isinstance(item, Record) else item for item in value])
    if isinstance(value, bool):
        return int(value)
    return value


def to_row(record: Record) -> dict[str, Any]:
    """Return a record as a row for the store."""
    return {f.name: _encode(getattr(record, f.name)) for f in fields(record)}


def from_row(table: str, row: dict[str, Any]) -> Record:
    """Rebuild a record of `table` from a stored row."""
    record_type = STORE_TABLES[table]
    hints = typing.get_type_hints(record_type)
    values = dict(row)
    for f in fields(record_type):
        if _is_list(hints[f.name]) and values.get(f.name) is not None:
            values[f.name] = json.loads(values[f.name])
        elif hints[f.name] is bool:
            values[f.name] = bool(values[f.name])
    if record_type is Dispute:
        values["claims"] = [Claim.from_dict(claim) for claim in values.get("claims") or []]
    return record_type.from_dict(values)


class Store:
    """A Rashomon database: documents, their annotations and the cross-document results."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path

    def document_paths(self) -> dict[str, str]:
        """Return the path each stored document was read from, by document id."""
        return dict(self.db.execute("select id, path from documents").fetchall())

    def write_batch(self, batch: Iterable[AnnotatedDocument]) -> int:
        """Store annotated documents and all their records in one transaction; return how many."""
        batch = list(batch)
        with self.db.atomic():
            for annotated in batch:
                for table, records in annotated.tables().items():
                    self.db[table].insert_all((to_row(r) for r in records), pk="id", replace=True)
                self.db["documents"].insert(to_row(annotated.document), pk="id", replace=True)
        return len(batch)

    def replace_table(self, table: str, records: Iterable[Record]) -> None:
        """Replace every row of a cross-document table in one transaction."""
        with self.db.atomic():
            self.db.execute(f"delete from [{table}]")
            self.db[table].insert_all((to_row(r) for r in records), pk="id")

    def set_column(self, table: str, column: str, values: dict[str, Any]) -> None:
        """Set `column` of the rows of `table` whose ids are keys of `values`."""
        with self.db.atomic():
            self.db.execute(f"update [{table}] set [{column}] = null")
            self.db.conn.executemany(
                f"update [{table}] set [{column}] = ? where id = ?", [(v, k) for k, v in values.items()]
            )

    def rows(self, table: str, where: str | None = None, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Return the raw rows of a table, ordered as stored."""
        return list(self.db[table].rows_where(where, list(params), order_by="rowid"))

    def records(self, table: str) -> list[Record]:
        """Return the rows of a table as record objects."""
        return [from_row(table, row) for row in self.rows(table)]

    def count(self, table: str) -> int:
        """Return the number of rows in a table."""
        return self.db[table].count

    def search_sentences(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Return sentences matching an FTS5 query, best first."""
        return list(self.db["sentences"].search(query, limit=limit))


def open_store(path: str | Path, create: bool = True) -> Store:
    """Open (and create or migrate) the Rashomon database at `path`."""
    path = Path(path)
    if not create and not path.is_file():
        raise RashomonError("E003", db=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = wal")
    known = {migration.name for migration in migrations._migrations}
    applied = {migration.name for migration in migrations.applied(db)} if db.table_names() else set()
    if applied - known:
        raise RashomonError("E004", db=path, found=len(applied), expected=len(known))
    if not create and "documents" not in db.table_names():
        raise RashomonError("E003", db=path)
    migrations.apply(db)
    return Store(db, path)
