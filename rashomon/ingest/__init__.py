"""Find input files, read each with the reader for its format, and build Documents."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable
from pathlib import Path

from rashomon.errors import skip_reason
from rashomon.ingest.base import Extracted, Skipped, UnreadableFile
from rashomon.ingest.docx import read_docx
from rashomon.ingest.email import read_eml, read_mbox
from rashomon.ingest.html import read_html
from rashomon.ingest.pdf import read_pdf
from rashomon.ingest.sidecar import SIDECAR_NAME
from rashomon.ingest.text import read_text

Reader = Callable[[Path, bytes], list[Extracted]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".eml": read_eml,
    ".mbox": read_mbox,
    ".docx": read_docx,
}
IGNORED_NAMES = frozenset({SIDECAR_NAME, "SOURCES.md"})


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files, folders (recursively) and glob patterns into a sorted list of files."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates: Iterable[Path] = path.rglob("*")
        elif path.exists():
            candidates = [path]
        else:
            candidates = (Path(match) for match in glob.glob(str(raw), recursive=True))
        found.update(
            candidate
            for candidate in candidates
            if candidate.is_file()
            and candidate.name not in IGNORED_NAMES
            and not any(part.startswith(".") for part in candidate.parts if part not in (".", ".."))
        )
    return sorted(found)


def read_file(path: Path, max_bytes: int) -> list[Extracted] | Skipped:
    """Read one file into extracted texts, or say why it was skipped."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return Skipped(str(path), skip_reason("unsupported", suffix=path.suffix or "(none)"))
    try:
        size = path.stat().st_size
        if size == 0:
            return Skipped(str(path), skip_reason("empty"))
        if size > max_bytes:
            return Skipped(str(path), skip_reason("too-large", limit=max_bytes))
        extracted = reader(path, path.read_bytes())
    except UnreadableFile as error:
        return Skipped(str(path), str(error))
    except OSError as error:
        return Skipped(str(path), skip_reason("unreadable", detail=error.strerror or str(error)))
    except Exception as error:  # noqa: BLE001  (hostile input must never stop the run)
        return Skipped(str(path), skip_reason("unreadable", detail=f"{type(error).__name__}: {error}"))
    kept = [item for item in extracted if item.text.strip()]
    return kept or Skipped(str(path), skip_reason("empty"))
