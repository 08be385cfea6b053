"""`rashomon export`: the store as schema v1 JSON, CSV or Parquet."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from rashomon.export import export_store
from rashomon.store import open_store


def export(
    db: Path = typer.Option(..., "--db", help="Rashomon database to read."),
    fmt: str = typer.Option("json", "--format", help="json, csv or parquet."),
    out: Path | None = typer.Option(None, "-o", "--out", help="Output file (json) or folder (csv, parquet)."),
) -> None:
    """Export the store as schema v1: JSON to stdout or a file; CSV or Parquet, one file per table."""
    result = export_store(open_store(db, create=False), fmt, out)
    if isinstance(result, str):
        typer.echo(result)
    elif isinstance(result, list):
        Console(stderr=True).print(f"wrote {len(result)} files to {out}")
