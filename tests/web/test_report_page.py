"""The HTML report as a reader sees it, in real headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.analyse import analyse
from rashomon.report.render import write_report
from rashomon.store import open_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

ACCOUNTS = {
    "a.txt": "Valley Herald\n\n12 June 2024\n\nFloods killed at least 31 people, the ministry said.\n",
    "b.txt": "Coastal Times\n\n15 June 2024\n\n"
    'At least 52 people died in the <script>document.title = "owned"</script> floods.\n',
    "c.txt": "Evening Star\n\n15 June 2024\n\nThe floods killed 12 people, the mayor said.\n",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    folder = tmp_path_factory.mktemp("accounts")
    for name, text in ACCOUNTS.items():
        (folder / name).write_text(text)
    analyse([folder], folder / "db.sqlite", nlp=nlp)
    return write_report(open_store(folder / "db.sqlite"), folder / "report.html")


def test_a_reader_sees_the_dispute_with_each_number_marked_and_no_script_runs(report: Path) -> None:
    requests: list[str] = []
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        rows = page.locator("#disputes + table tr")
        assert rows.count() == 2
        dispute = rows.nth(1)
        assert dispute.locator(".status").inner_text() == "conflict"
        assert "how many people killed" in dispute.inner_text()
        assert sorted(dispute.locator("mark").all_inner_texts()) == ["12", "At least 52", "at least 31"]
        assert page.title().startswith("Rashomon report")
        assert '<script>document.title = "owned"</script>' in dispute.inner_text()
        page.screenshot(path=str(report.with_suffix(".png")), full_page=True)
        browser.close()
    assert requests == [report.as_uri()] and errors == []
