"""Render the store as one self-contained HTML file: no network requests, every text escaped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from rashomon import __version__
from rashomon.compare.timeline import source_name, timeline_rows
from rashomon.export import export_data
from rashomon.report.excerpt import split_at
from rashomon.schema import Document, Event
from rashomon.store import Store

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> jinja2.Environment:
    """Return the Jinja environment of the report, autoescaping all HTML."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def report_context(data: dict[str, Any]) -> dict[str, Any]:
    """Return what the report template shows, derived from a schema v1 export."""
    documents = [Document.from_dict(d) for d in data["documents"]]
    quantity_texts = {q["id"]: q["text"] for q in data["quantities"]}
    return {
        "version": __version__,
        "documents": data["documents"],
        "source_names": {d.id: source_name(d) for d in documents},
        "entities": [e for e in data["entities"] if e["n_mentions"]],
        "disputes": [_with_marked_claims(d, quantity_texts) for d in data["disputes"]],
        "timeline": timeline_rows([Event.from_dict(e) for e in data["events"]], documents),
        "quantities": data["quantities"],
        "timexes": data["timexes"],
    }


def _with_marked_claims(dispute: dict[str, Any], quantity_texts: dict[str, str]) -> dict[str, Any]:
    """Return a dispute whose claims carry their sentence cut around the number they rest on (`parts`)."""
    claims = [{**c, "parts": split_at(c["text"], quantity_texts.get(c["record"]))} for c in dispute["claims"]]
    return {**dispute, "claims": claims}


def render_report(store: Store) -> str:
    """Return the report of the store as an HTML string."""
    return environment().get_template("report.html.j2").render(**report_context(export_data(store)))


def write_report(store: Store, out: Path) -> Path:
    """Write the report of the store to `out` and return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(store), encoding="utf-8")
    return out
