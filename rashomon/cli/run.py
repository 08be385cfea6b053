"""`rashomon run`: analyse files into a store, with a progress bar and a summary table."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from rashomon.analyse import RunSummary, analyse
from rashomon.settings import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES, DEFAULT_MODEL

EXIT_SKIPPED = 3
"""Exit status when some inputs could not be stored (the rest were)."""


class RateColumn(ProgressColumn):
    """Files per second, once known."""

    def render(self, task: Task) -> Text:
        """Render the task's speed."""
        return Text(f"{task.speed:.1f} files/s" if task.speed else "", style="cyan")


def summary_table(summary: RunSummary) -> Table:
    """Return the end-of-run table: stored, already there, duplicates, skipped, entities, disputes."""
    table = Table(title=f"Rashomon run → {summary.db}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_column("details")
    table.add_row("documents stored", str(len(summary.stored)), "")
    table.add_row("already stored", str(len(summary.already_stored)), "")
    for label, items in (("duplicates", summary.duplicates), ("skipped", summary.skipped)):
        details = "\n".join(f"{escape(item.path)}: {escape(item.reason)}" for item in items)
        table.add_row(label, str(len(items)), details)
    table.add_row("documents in store", str(summary.documents), "")
    table.add_row("entities", str(summary.entities), "")
    table.add_row("disputes", str(summary.disputes), "")
    return table


def run(
    paths: list[str] = typer.Argument(..., help="Files, folders (searched recursively) or glob patterns."),
    db: Path = typer.Option(..., "--db", help="SQLite database to create or add to."),
    model: str = typer.Option(DEFAULT_MODEL, "--model", help="spaCy pipeline package to load."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip files larger than this."),
    batch_size: int = typer.Option(DEFAULT_BATCH_SIZE, "--batch-size", help="Files per committed batch."),
) -> None:
    """Ingest, annotate, resolve, compare and store; exit 3 when some inputs were skipped."""
    console = Console()
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("files", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = analyse(
            paths, db, model=model, max_bytes=max_bytes, batch_size=batch_size, on_progress=advance
        )
    console.print(summary_table(summary))
    if not summary.complete:
        raise typer.Exit(EXIT_SKIPPED)
