"""The HTML report is self-contained and escapes document text."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.report.render import write_report
from rashomon.store import open_store

HOSTILE = (
    '<script>alert("x")</script>\n\n2001-05-02\n\nThe <b>Harbour Union</b> (HU) struck. '
    '<img src="http://evil.example/x.png" onerror="alert(1)"> Ada Moss spoke.\n'
)


def test_report_escapes_text_and_makes_no_requests(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE)
    analyse([tmp_path / "hostile.txt"], tmp_path / "db.sqlite", nlp=nlp)
    html = write_report(open_store(tmp_path / "db.sqlite"), tmp_path / "report.html").read_text()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", html)


def test_each_claims_number_is_marked_in_its_escaped_sentence(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "a.txt").write_text("The <b>union</b> said 120 miners were trapped.\n")
    (tmp_path / "b.txt").write_text("The owners said 45 miners were trapped.\n")
    analyse([tmp_path], tmp_path / "db.sqlite", nlp=nlp)
    html = write_report(open_store(tmp_path / "db.sqlite"), tmp_path / "report.html").read_text()
    assert "The &lt;b&gt;union&lt;/b&gt; said <mark>120</mark> miners were trapped." in html
    assert "The owners said <mark>45</mark> miners were trapped." in html
