"""The `rashomon` command: a typer app whose commands are thin shells over the Python API."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from rashomon.cli import bench, disputes, export, report, run, timeline
from rashomon.errors import RashomonError

app = typer.Typer(
    help="Compare many accounts of one contested event: claims, agreements, conflicts, with provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("run")(run.run)
app.command("export")(export.export)
app.command("report")(report.report)
app.command("disputes")(disputes.disputes)
app.command("timeline")(timeline.timeline)
app.command("bench")(bench.bench)


def main() -> None:
    """Run the CLI, turning Rashomon's errors into a message and exit status 1."""
    try:
        app()
    except RashomonError as error:
        Console(stderr=True).print(f"[bold red]Error[/] {error}", highlight=False, markup=True)
        sys.exit(1)
