"""The main job: ingest files, annotate them, store them, then resolve and compare across documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from spacy.language import Language

from rashomon.annotate.pipeline import annotate, build_nlp
from rashomon.annotate.records import annotated_document
from rashomon.compare import compare_store
from rashomon.errors import RashomonError, skip_reason
from rashomon.ingest import discover, read_file
from rashomon.ingest.base import Skipped
from rashomon.ingest.document import build_document
from rashomon.ingest.sidecar import load_sidecars
from rashomon.schema import AnnotatedDocument, Document
from rashomon.settings import DEFAULT_BATCH_SIZE, DEFAULT_MAX_BYTES, DEFAULT_MODEL
from rashomon.store import Store, open_store

ProgressCallback = Callable[[int, int], None]
"""Called with (files done, files in all) as the run goes."""


@dataclass
class RunSummary:
    """What a run did: documents stored, already there, duplicates, skipped files, and the totals."""

    db: str
    files: int = 0
    stored: list[str] = field(default_factory=list)
    already_stored: list[str] = field(default_factory=list)
    duplicates: list[Skipped] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    documents: int = 0
    entities: int = 0
    disputes: int = 0

    @property
    def complete(self) -> bool:
        """True when every input was stored (now or before): nothing was skipped."""
        return not self.skipped


def _documents(
    files: list[Path], max_bytes: int, summary: RunSummary, known: dict[str, str]
) -> Iterator[tuple[Path, list[Document]]]:
    """Yield each file with the new documents it holds, recording skips and duplicates."""
    declared = load_sidecars(files)
    for path in files:
        result = read_file(path, max_bytes)
        if isinstance(result, Skipped):
            summary.skipped.append(result)
            yield path, []
            continue
        new = []
        for extracted in result:
            document = build_document(extracted, declared.get(str(path.resolve())))
            if document.id in known:
                if known[document.id] == document.path:
                    summary.already_stored.append(document.path)
                else:
                    reason = skip_reason("duplicate", other=known[document.id])
                    summary.duplicates.append(Skipped(document.path, reason))
                continue
            known[document.id] = document.path
            new.append(document)
        yield path, new


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _annotated(nlp: Language, documents: list[Document], summary: RunSummary) -> list[AnnotatedDocument]:
    """Return the documents annotated. Document text is hostile input: when a batch fails, its documents
    are annotated one by one and one that still fails is skipped, its file named with the error, so the
    rest of the run goes on."""
    try:
        items = ((d.id, d.text, d.anchor) for d in documents)
        return [annotated_document(d, doc) for d, doc in zip(documents, annotate(nlp, items), strict=True)]
    except Exception as error:  # noqa: BLE001 - any failure of a component on one text must not end the run
        if len(documents) > 1:
            return [one for document in documents for one in _annotated(nlp, [document], summary)]
        detail = f"{type(error).__name__}: {error}"
        summary.skipped.append(Skipped(documents[0].path, skip_reason("annotation", detail=detail)))
        return []


def store_documents(
    nlp: Language,
    store: Store,
    files: list[Path],
    summary: RunSummary,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: ProgressCallback | None = None,
) -> None:
    """Read, annotate and store every new document, committing one transaction per batch of files."""
    known = store.document_paths()
    done = 0
    for batch in _batches(_documents(files, max_bytes, summary, known), batch_size):
        documents = [document for _, found in batch for document in found]
        annotated = _annotated(nlp, documents, summary)
        store.write_batch(annotated)
        summary.stored.extend(a.document.path for a in annotated)
        done += len(batch)
        if on_progress:
            on_progress(done, len(files))


def analyse(
    paths: Iterable[str | Path],
    db: str | Path,
    model: str = DEFAULT_MODEL,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: ProgressCallback | None = None,
    nlp: Language | None = None,
) -> RunSummary:
    """Analyse files, folders or globs into the store at `db`, and return what was done."""
    files = discover(paths)
    if not files:
        raise RashomonError("E001", paths=", ".join(str(p) for p in paths))
    store = open_store(db)
    summary = RunSummary(db=str(db), files=len(files))
    store_documents(nlp or build_nlp(model), store, files, summary, max_bytes, batch_size, on_progress)
    totals = compare_store(store)
    summary.documents = store.count("documents")
    summary.entities = totals["entities"]
    summary.disputes = totals["disputes"]
    return summary
