"""Metadata a user declares beside the files: a `metadata.csv` in any input folder."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

SIDECAR_NAME = "metadata.csv"
SIDECAR_COLUMNS = ("title", "outlet", "author", "published", "written", "language")


def load_sidecars(files: list[Path]) -> dict[str, dict[str, Any]]:
    """Return declared metadata keyed by resolved file path, from each folder's metadata.csv."""
    declared: dict[str, dict[str, Any]] = {}
    for folder in sorted({path.parent for path in files}):
        sidecar = folder / SIDECAR_NAME
        if not sidecar.is_file():
            continue
        with sidecar.open(newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("path") or "").strip()
                if not name:
                    continue
                fields = {key: row[key].strip() for key in SIDECAR_COLUMNS if (row.get(key) or "").strip()}
                declared[str((folder / name).resolve())] = fields
    return declared
