"""User-facing errors, each with a code and advice on what to do next."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E001": "No input files found under {paths}. Pass files, folders or glob patterns.",
    "E002": "The spaCy model '{model}' is not installed. Install its package (see MODELS.md) "
    "or pass another with --model.",
    "E003": "The database {db} does not exist or holds no Rashomon store. "
    "Run `rashomon run PATH --db {db}` first.",
    "E004": "The database {db} has schema version {found}, newer than this Rashomon ({expected}). "
    "Upgrade Rashomon.",
    "E005": "Unknown export format '{fmt}'. Use one of: {known}.",
    "E006": "Format '{fmt}' writes one file per table: pass a folder with -o.",
    "E010": "Unknown benchmark '{name}'. Known benchmarks: {known}.",
    "E011": "Benchmark data not found at {folder}. Pass the folder of the '{set}' set with --data DIR "
    "(it ships in shared/bench/{set}/ beside the project), or set RASHOMON_BENCH_DIR.",
}

SKIP_REASONS: dict[str, str] = {
    "empty": "the file is empty",
    "too-large": "the file is larger than the size limit ({limit} bytes); raise it with --max-bytes",
    "binary": "the file holds binary data, not text",
    "undecodable": "the bytes could not be decoded as text in any known encoding",
    "unsupported": "unsupported file type '{suffix}'",
    "corrupt": "the {fmt} file is corrupt or truncated: {detail}",
    "no-text": "no text could be extracted",
    "unreadable": "the file could not be read: {detail}",
    "duplicate": "same text as {other}, stored once",
    "annotation": "the text could not be annotated ({detail}); please report it with the file",
}


class RashomonError(Exception):
    """An error the user can act on: a code, a message and what to do next."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        super().__init__(f"[{code}] {MESSAGES[code].format(**details)}")


def skip_reason(kind: str, **details: object) -> str:
    """Return the human-readable reason for skipping an input file."""
    return SKIP_REASONS[kind].format(**details)
