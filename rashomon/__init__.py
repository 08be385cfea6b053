"""Rashomon: what each source claims about one contested event, where they agree, conflict or evolve."""

from __future__ import annotations

__version__ = "0.1.0"

from rashomon.analyse import RunSummary, analyse  # noqa: E402
from rashomon.export import export_data, export_store  # noqa: E402
from rashomon.report.render import write_report  # noqa: E402
from rashomon.store import Store, open_store  # noqa: E402

__all__ = [
    "RunSummary",
    "Store",
    "__version__",
    "analyse",
    "export_data",
    "export_store",
    "open_store",
    "write_report",
]
