"""ECB+ story benchmark: reading its XML and scoring pairs of documents put in one story."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.bench.stories import pair_scores, read_ecbplus


def write_ecb(folder: Path, name: str, sentences: list[str]) -> None:
    tokens = "".join(
        f'<token t_id="{i}{j}" sentence="{i}" number="{j}">{word}</token>'
        for i, sentence in enumerate(sentences)
        for j, word in enumerate(sentence.split())
    )
    topic = folder / "ECB+" / name.split("_")[0]
    topic.mkdir(parents=True, exist_ok=True)
    (topic / f"{name}.xml").write_text(f'<Document doc_name="{name}">{tokens}<Markables/></Document>')


def test_read_ecbplus_keeps_the_topics_asked_for_with_their_sub_topic(tmp_path: Path) -> None:
    write_ecb(tmp_path, "36_1ecb", ["A quake hit Chile .", "Ten died ."])
    write_ecb(tmp_path, "36_2ecbplus", ["A quake hit Peru ."])
    write_ecb(tmp_path, "2_1ecb", ["Not asked for ."])
    documents = read_ecbplus(tmp_path, frozenset({36}))
    assert documents == {
        "36_1ecb": ("A quake hit Chile .\nTen died .", "36ecb"),
        "36_2ecbplus": ("A quake hit Peru .", "36ecbplus"),
    }


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        ([["a", "b"], ["c", "d"]], {"precision": 1.0, "recall": 1.0, "f1": 1.0}),
        ([["a", "b", "c", "d"]], {"precision": 0.3333, "recall": 1.0, "f1": 0.5}),
        ([["a"], ["b"], ["c"], ["d"]], {"precision": 0.0, "recall": 0.0, "f1": 0.0}),
    ],
)
def test_pair_scores(stories: list[list[str]], expected: dict[str, float]) -> None:
    assert pair_scores(stories, {"a": "1", "b": "1", "c": "2", "d": "2"}) == expected
