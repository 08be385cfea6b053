"""Bad input gets a clear reason and loses nothing; a re-run changes nothing."""

from __future__ import annotations

import importlib
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.store import open_store

GOOD = "Rescuers reached the mine on Tuesday. Officials said 33 miners were trapped underground.\n"
LATIN1 = "Le café de la Société générale à Montréal était fermé. Les mineurs sont sortis.\n"


def make_pdf(path: Path, text: str) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 10, text)
    pdf.output(str(path))


def make_docx(path: Path, text: str) -> None:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a pdf")
    make_docx(tmp_path / "whole.docx", GOOD)
    whole = (tmp_path / "whole.docx").read_bytes()
    (folder / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    return folder


def test_bad_files_are_named_with_reasons_and_good_ones_stored(
    bad_folder: Path, tmp_path: Path, nlp: Language
) -> None:
    db = tmp_path / "run.db"
    summary = analyse([bad_folder], db, nlp=nlp)
    reasons = {Path(s.path).name: s.reason for s in summary.skipped}
    assert sorted(Path(p).name for p in summary.stored) == ["good.txt", "latin1.txt"]
    assert set(reasons) == {"empty.txt", "binary.txt", "corrupt.pdf", "truncated.docx"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "PDF" in reasons["corrupt.pdf"]
    assert "DOCX" in reasons["truncated.docx"]
    assert not summary.complete
    texts = {Path(row["path"]).name: row["text"] for row in open_store(db).rows("documents")}
    assert texts["latin1.txt"].strip() == LATIN1.strip()


def test_rerun_changes_nothing(bad_folder: Path, tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "run.db"
    analyse([bad_folder], db, nlp=nlp)
    store = open_store(db)
    before = {table: store.count(table) for table in ("documents", "sentences", "mentions", "entities")}
    again = analyse([bad_folder], db, nlp=nlp)
    after = {table: store.count(table) for table in before}
    assert again.stored == []
    assert sorted(Path(p).name for p in again.already_stored) == ["good.txt", "latin1.txt"]
    assert before == after


def test_size_limit_skips_large_files(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "big.txt").write_text(GOOD * 50)
    (tmp_path / "small.txt").write_text(GOOD)
    summary = analyse([tmp_path], tmp_path / "db.sqlite", nlp=nlp, max_bytes=1000)
    assert [Path(s.path).name for s in summary.skipped] == ["big.txt"]
    assert "size limit" in summary.skipped[0].reason


def test_duplicates_under_two_names_are_stored_once(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD.replace(" ", "  "))
    summary = analyse([tmp_path], tmp_path / "db.sqlite", nlp=nlp)
    assert len(summary.stored) == 1
    assert len(summary.duplicates) == 1 and "same text" in summary.duplicates[0].reason
    assert summary.complete


def test_unknown_extension_is_skipped_with_reason(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "notes.xyz").write_text("text")
    (tmp_path / "ok.md").write_text(GOOD)
    summary = analyse([tmp_path], tmp_path / "db.sqlite", nlp=nlp)
    assert "unsupported file type '.xyz'" in summary.skipped[0].reason


def test_interrupted_run_keeps_committed_batches_and_rerun_completes(tmp_path: Path, nlp: Language) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(5):
        (folder / f"{number}.txt").write_text(f"Report {number}: {number + 10} people marched in the town.\n")
    db = tmp_path / "db.sqlite"

    def interrupt(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        analyse([folder], db, nlp=nlp, batch_size=1, on_progress=interrupt)
    assert open_store(db).count("documents") == 2
    summary = analyse([folder], db, nlp=nlp, batch_size=1)
    store = open_store(db)
    assert len(summary.stored) == 3
    assert store.count("documents") == 5
    ids = [row["id"] for row in store.rows("sentences")]
    assert len(ids) == len(set(ids))


def test_formats_pdf_docx_html_eml_mbox(tmp_path: Path, nlp: Language) -> None:
    make_pdf(tmp_path / "a.pdf", "Flood waters rose in the valley and 12 villages were evacuated.")
    make_docx(tmp_path / "b.docx", "The council met on Friday and voted to rebuild the bridge.")
    (tmp_path / "c.html").write_text(
        "<html><head><title>Storm report</title><meta name='author' content='Ana Diaz'></head>"
        "<body><nav>Home | About</nav><article><h1>Storm report</h1><p>The storm hit the coast on "
        "Monday and damaged many houses along the shore, residents said.</p><p>Power was cut to "
        "thousands of homes, and crews worked through the night to restore it.</p></article></body></html>"
    )
    message = (
        "From: Kim Lee <kim@example.org>\nSubject: March update\nDate: Tue, 04 Mar 2003 10:00:00 +0000\n"
        "List-Id: <activists.example.org>\nContent-Type: text/plain; charset=utf-8\n\n"
        "About 200 people gathered outside the embassy.\n"
    )
    (tmp_path / "d.eml").write_text(message)
    (tmp_path / "e.mbox").write_text(
        "From kim@example.org Tue Mar  4 10:00:00 2003\n" + message.replace("About 200", "Some 250") + "\n"
        "From sam@example.org Wed Mar  5 10:00:00 2003\n" + message.replace("About 200", "Nearly 300") + "\n"
    )
    summary = analyse([tmp_path], tmp_path / "db.sqlite", nlp=nlp)
    assert summary.skipped == []
    rows = {Path(row["path"]).name: row for row in open_store(tmp_path / "db.sqlite").rows("documents")}
    assert "12 villages" in rows["a.pdf"]["text"]
    assert "rebuild the bridge" in rows["b.docx"]["text"]
    assert "Home | About" not in rows["c.html"]["text"] and rows["c.html"]["title"] == "Storm report"
    assert rows["d.eml"]["title"] == "March update" and rows["d.eml"]["author"] == "Kim Lee"
    assert rows["d.eml"]["published"] == "2003-03-04" and rows["d.eml"]["outlet"] == "activists.example.org"
    assert {"e.mbox#1", "e.mbox#2"} <= set(rows)


def test_sidecar_and_front_matter_override_sniffed_metadata(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "a.txt").write_text("DailyClarion\n\n03.02.2011\n\nFloods reach the capital\n\nWater rose.\n")
    (tmp_path / "b.md").write_text("---\noutlet: River Post\npublished: 2011-02-04\n---\nWater fell again.\n")
    (tmp_path / "metadata.csv").write_text(
        "path,title,outlet,author,published,language\na.txt,,The Clarion,,2011,\n"
    )
    analyse([tmp_path], tmp_path / "db.sqlite", nlp=nlp)
    rows = {Path(row["path"]).name: row for row in open_store(tmp_path / "db.sqlite").rows("documents")}
    assert rows["a.txt"]["outlet"] == "The Clarion"
    assert (rows["a.txt"]["published"], rows["a.txt"]["published_precision"]) == ("2011", "year")
    assert rows["a.txt"]["title"] == "Floods reach the capital"
    assert rows["b.md"]["outlet"] == "River Post" and rows["b.md"]["published"] == "2011-02-04"
    assert "metadata.csv" not in rows and not rows["b.md"]["text"].startswith("---")


def test_a_text_a_component_fails_on_is_named_and_the_rest_stored(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever breaks on one document's text, the run names it, skips it and stores the others."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    texts = {"a": GOOD, "b": "A text that trips a component: TRIP.", "c": GOOD.replace("33", "34")}
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    analyse_module = importlib.import_module("rashomon.analyse")
    real = analyse_module.annotated_document

    def tripping(document, doc):  # noqa: ANN001, ANN202
        if "TRIP" in document.text:
            raise ValueError("year -1518013 is out of range")
        return real(document, doc)

    monkeypatch.setattr(analyse_module, "annotated_document", tripping)
    summary = analyse([folder], tmp_path / "run.db", nlp=nlp)
    assert sorted(Path(p).name for p in summary.stored) == ["a.txt", "c.txt"]
    assert [Path(s.path).name for s in summary.skipped] == ["b.txt"]
    assert "could not be annotated (ValueError: year -1518013" in summary.skipped[0].reason
    assert open_store(tmp_path / "run.db").count("documents") == 2
