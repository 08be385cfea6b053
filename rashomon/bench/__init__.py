"""Benchmarks behind `rashomon bench NAME`: each module has DATA_FOLDER and run(data)."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

from rashomon.errors import RashomonError

BENCHMARKS: dict[str, str] = {
    "tempeval": "rashomon.bench.tempeval",
    "quantities": "rashomon.bench.newsquant",
    "stories": "rashomon.bench.stories",
}


def load_benchmark(name: str) -> ModuleType:
    """Return the module that implements benchmark `name`."""
    if name not in BENCHMARKS:
        raise RashomonError("E010", name=name, known=", ".join(sorted(BENCHMARKS)))
    return importlib.import_module(BENCHMARKS[name])


def bench_root() -> Path:
    """Return the folder holding the public evaluation sets (../shared/bench by default)."""
    if os.environ.get("RASHOMON_BENCH_DIR"):
        return Path(os.environ["RASHOMON_BENCH_DIR"])
    project = Path(__file__).resolve().parents[2]
    for candidate in (project.parent / "shared" / "bench", Path.cwd().parent / "shared" / "bench"):
        if candidate.is_dir():
            return candidate
    return project.parent / "shared" / "bench"


def resolve_data(module: ModuleType, data: Path | None) -> Path:
    """Return the data folder for a benchmark, or raise a clear error when it is missing."""
    folder = data if data is not None else bench_root() / module.DATA_FOLDER
    if not folder.is_dir():
        raise RashomonError("E011", folder=folder, set=module.DATA_FOLDER)
    return folder
