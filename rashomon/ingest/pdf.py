"""PDF files: page text and document info through pypdf."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from rashomon.ingest.base import Extracted, UnreadableFile
from rashomon.ingest.decode import clean_text

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(path: Path, data: bytes) -> list[Extracted]:
    """Extract the text of every page and the title and author the PDF declares."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise UnreadableFile("corrupt", fmt="PDF", detail=str(error) or type(error).__name__) from error
    text = clean_text("\n\n".join(pages))
    if not text.strip():
        raise UnreadableFile("no-text")
    meta = {
        key: str(info[field])
        for key, field in (("title", "/Title"), ("author", "/Author"))
        if info.get(field)
    }
    return [Extracted(str(path), text, meta)]
