"""`rashomon bench NAME`: run a public benchmark and a baseline in the same run."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from rashomon.bench import load_benchmark, resolve_data


def bench(
    name: str = typer.Argument(..., help="Benchmark: tempeval, quantities or stories."),
    data: Path | None = typer.Option(
        None, "--data", help="Folder of the evaluation set (default ../shared/bench/)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Score Rashomon and a baseline on a public evaluation set."""
    module = load_benchmark(name)
    result = module.run(resolve_data(module, data))
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    table = Table(title=f"{result['benchmark']} ({result['seconds']:.1f} s)")
    table.add_column("metric")
    table.add_column("rashomon", justify="right")
    table.add_column(result["baseline_name"], justify="right")
    for metric, value in result["metrics"].items():
        table.add_row(metric, f"{value:.3f}", f"{result['baseline'].get(metric, float('nan')):.3f}")
    Console().print(table)
