"""`rashomon timeline`: the cross-source timeline as a table."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rashomon.compare.timeline import timeline_rows
from rashomon.store import open_store


def timeline(db: Path = typer.Option(..., "--db", help="Rashomon database to read.")) -> None:
    """Print every dated happening in date order: when, what, and which sources say so (and when, if they
    disagree)."""
    store = open_store(db, create=False)
    rows = timeline_rows(store.records("events"), store.records("documents"))
    table = Table(title=f"{len(rows)} dated happenings in {db}", show_lines=True)
    for column in ("date", "what", "sources"):
        table.add_column(column, overflow="fold")
    for row in rows:
        sources = "\n".join(
            escape(name) + ("" if date == row.time else f" [yellow]says {escape(date)}[/]")
            for name, date in row.dates.items()
        )
        table.add_row(escape(row.time), escape(row.what), sources)
    Console().print(table)
