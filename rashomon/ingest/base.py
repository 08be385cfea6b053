"""What readers hand back: extracted text with metadata, or a reason to skip a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rashomon.errors import skip_reason


@dataclass
class Extracted:
    """Text pulled out of one file (or one message of a mailbox) with the metadata it declares."""

    path: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Skipped:
    """An input that was not stored, and why."""

    path: str
    reason: str


class UnreadableFile(Exception):
    """Raised by readers for input that cannot be turned into text; carries the skip reason."""

    def __init__(self, kind: str, **details: object) -> None:
        self.kind = kind
        super().__init__(skip_reason(kind, **details))
