"""Word documents through python-docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError

from rashomon.ingest.base import Extracted, UnreadableFile
from rashomon.ingest.decode import clean_text


def read_docx(path: Path, data: bytes) -> list[Extracted]:
    """Extract paragraph text and the core properties (title, author, created)."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise UnreadableFile("corrupt", fmt="DOCX", detail=str(error) or type(error).__name__) from error
    text = clean_text("\n\n".join(paragraph.text for paragraph in document.paragraphs))
    props = document.core_properties
    meta: dict[str, object] = {
        key: value for key, value in (("title", props.title), ("author", props.author)) if value
    }
    if props.created:
        meta["published"], meta["published_precision"] = props.created.date().isoformat(), "day"
    return [Extracted(str(path), text, meta)]
