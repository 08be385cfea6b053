"""`rashomon report`: one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from rashomon.report.render import write_report
from rashomon.store import open_store


def report(
    db: Path = typer.Option(..., "--db", help="Rashomon database to read."),
    out: Path = typer.Option(..., "-o", "--out", help="HTML file to write."),
) -> None:
    """Write the HTML report: documents, disputes, timeline and entities with their aliases."""
    path = write_report(open_store(db, create=False), out)
    Console(stderr=True).print(f"wrote {path}")
