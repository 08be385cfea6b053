"""`rashomon disputes`: ranked disputes with each source's value and quote."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rashomon.compare.timeline import source_name
from rashomon.report.excerpt import excerpt
from rashomon.store import open_store

STATUS_STYLE = {"conflict": "bold red", "evolving": "yellow", "agree": "green"}
QUOTE_CHARS = 160


def disputes(
    db: Path = typer.Option(..., "--db", help="Rashomon database to read."),
    kind: str | None = typer.Option(None, "--kind", help="Only disputes of this kind (quantity, date, ...)."),
    status: str | None = typer.Option(None, "--status", help="Only disputes of this status (conflict, ...)."),
) -> None:
    """Print the ranked disputes: topic, status, why it ranks there, and each source's claim."""
    store = open_store(db, create=False)
    titles = {d.id: source_name(d) for d in store.records("documents")}
    quantity_texts = {q.id: q.text for q in store.records("quantities")}
    chosen = (d for d in store.records("disputes") if kind in (None, d.kind) and status in (None, d.status))
    found = sorted(chosen, key=lambda d: -d.rank)
    table = Table(title=f"{len(found)} disputes in {db}", show_lines=True)
    for column in ("#", "topic", "status", "source", "value", "quote"):
        table.add_column(column, overflow="fold")
    for number, dispute in enumerate(found, start=1):
        for position, claim in enumerate(dispute.claims):
            first = position == 0
            quote = excerpt(claim.text, QUOTE_CHARS, quantity_texts.get(claim.record))
            table.add_row(
                str(number) if first else "",
                escape(f"{dispute.topic}\n{dispute.reason}") if first else "",
                f"[{STATUS_STYLE.get(dispute.status, '')}]{dispute.status}[/]" if first else "",
                escape(titles.get(claim.doc, claim.doc)),
                escape(claim.value),
                escape(quote),
            )
    Console().print(table)
