"""`rashomon timeline`: the cross-source timeline as a table."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rashomon.compare.timeline import timeline_rows, within
from rashomon.store import open_store


def timeline(
    db: Path = typer.Option(..., "--db", help="Rashomon database to read."),
    since: str | None = typer.Option(
        None, "--from", help="Only happenings dated at or after this (1996-12)."
    ),
    until: str | None = typer.Option(
        None, "--to", help="Only happenings dated at or before this (1997-04-22)."
    ),
) -> None:
    """Print every dated happening in date order: when, what, and which sources say so (and when, if they
    disagree); --from and --to keep a stretch of time."""
    store = open_store(db, create=False)
    rows = [
        row
        for row in timeline_rows(store.records("events"), store.records("documents"))
        if within(row.time, since, until)
    ]
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
