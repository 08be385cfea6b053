"""NewsQuant scoring and the benchmark run on a tiny set the test writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.bench.newsquant import (
    Found,
    change_class,
    rashomon_quantities,
    read_newsquant,
    run,
    score,
    score_as_cqe_script,
)


def test_score_levels_credit_each_gold_once() -> None:
    gold = [Found((5.0, 5.0), "up", "percentage"), Found((300.0, 300.0), "=", "dollar")]
    system = [
        Found((5.0, 5.0), "=", "percentage"),
        Found((5.0, 5.0), "up", "percentage"),
        Found((300.0, 300.0), "=", "euro"),
    ]
    result = score([(system, gold)])
    assert result["value_f1"] == round(2 * (2 / 3) * 1.0 / (2 / 3 + 1.0), 4)
    assert result["value_change_f1"] == result["value_f1"]
    assert result["value_unit_f1"] == round(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5), 4)


def test_cqe_script_counting_credits_repeated_values_at_change_and_unit() -> None:
    gold = [Found((5.0, 5.0), "up", "percentage"), Found((5.0, 5.0), "up", "percentage")]
    system = [Found((5.0, 5.0), "up", "percentage"), Found((7.0, 7.0), "=", "-")]
    strict = score([(system, gold)])
    as_cqe = score_as_cqe_script([(system, gold)])
    assert strict["value_f1"] == strict["value_unit_f1"] == round(2 * 0.5 * 0.5, 4)
    assert as_cqe["value_f1"] == as_cqe["value_change_f1"] == as_cqe["value_unit_f1"] == 1.0


def test_cqe_script_counting_caps_value_matches_at_the_gold_count() -> None:
    gold = [Found((3.0, 3.0), "=", "-")]
    system = [Found((3.0, 3.0), "=", "-"), Found((3.0, 3.0), "~", "day")]
    as_cqe = score_as_cqe_script([(system, gold)])
    assert as_cqe["value_f1"] == round(2 * 0.5 * 1.0 / 1.5, 4)
    assert as_cqe["value_unit_f1"] == as_cqe["value_f1"]


def test_empty_system_scores_zero() -> None:
    assert score([([], [Found((1.0, 1.0), "=", "-")])]) == {
        "value_f1": 0.0,
        "value_change_f1": 0.0,
        "value_unit_f1": 0.0,
    }


def test_qualifiers_map_to_change_classes() -> None:
    qualifiers = (None, "about", "more than", "up to", "down", "+", "or fewer", "or so")
    assert [change_class(q) for q in qualifiers] == ["=", "~", ">", "<", "down", ">", "<", "~"]


def test_run_scores_rashomon_and_baseline(tmp_path: Path) -> None:
    items = [
        {
            "text": "Shares rose 5 percent to $300.",
            "quantities": [
                {"value": "5.0", "change": "up", "unit": "percent", "normalized_unit": "percentage"},
                {"value": "300.0", "change": "=", "unit": "$", "normalized_unit": "dollar"},
            ],
        },
        {
            "text": "About 40 miners were trapped for 3-4 days.",
            "quantities": [
                {"value": "40.0", "change": "~", "unit": "miners", "normalized_unit": "miner"},
                {"value": "3.0 - 4.0", "change": "=", "unit": "days", "normalized_unit": "day"},
            ],
        },
    ]
    (tmp_path / "NewsQuant.json").write_text(json.dumps(items))
    assert read_newsquant(tmp_path / "NewsQuant.json")[1][1][1].value == (3.0, 4.0)
    result = run(tmp_path)
    assert result["benchmark"] == "newsquant" and result["n_gold"] == 4
    assert (
        set(result["metrics"]) == set(result["baseline"]) == {"value_f1", "value_change_f1", "value_unit_f1"}
    )
    assert result["metrics"]["value_change_f1"] == 1.0
    assert result["metrics_cqe_counting"] == result["metrics"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Temperatures reached 40C on Monday.", "celsius"),
        ("The ship carried 3,000 tons of grain.", "ton"),
        ("Output reached 12 tonnes.", "metric ton"),
        ("The road climbs at 12 degrees.", "degree"),
        ("Coal sold for $85 per metric ton.", "dollar per metric ton"),
        ("The syringe holds 5 ml of vaccine.", "millilitre"),
        ("The central bank sold 900 million pesos.", "mexican peso"),
        ("The retailer earned 4 billion kronor.", "swedish krone"),
        ("The court set a fine of 450 shekels.", "shekel"),
        ("The farm exports rice worth 30 billion baht.", "baht"),
    ],
)
def test_units_take_newsquants_names(nlp: Language, sentence: str, unit: str) -> None:
    (found,) = rashomon_quantities(nlp(make_doc(nlp, sentence, "d", None)))
    assert found.unit == unit


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Several hundred people and 40 police officers were hurt.", [(40.0, 40.0)]),
        ("A few shops and about 12 homes burned.", [(12.0, 12.0)]),
    ],
)
def test_vague_counts_are_left_out(nlp: Language, sentence: str, values: list[tuple[float, float]]) -> None:
    assert [f.value for f in rashomon_quantities(nlp(make_doc(nlp, sentence, "d", None)))] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Dozens of shops and about 12 homes burned.", [(12.0, 120.0), (12.0, 12.0)]),
        ("Tens of thousands marched; organisers said 50,000 to 60,000.", [(1e4, 1e5), (5e4, 6e4)]),
        ("Thousands of workers lost hundreds of millions of dollars.", [(1e3, 1e4), (1e8, 1e9)]),
    ],
)
def test_plural_scale_words_span_the_scale_to_ten_times_it_as_cqe_reads_them(
    nlp: Language, sentence: str, values: list[tuple[float, float]]
) -> None:
    assert [f.value for f in rashomon_quantities(nlp(make_doc(nlp, sentence, "d", None)))] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The jobless rate rose from 5% to 7% last year.", [(5.0, 7.0)]),
        ("Fares went from $2.50 to $3 a ride.", [(2.5, 3.0)]),
        ("Output fell from about 40 tonnes to 31 tonnes.", [(40.0, 31.0)]),
        ("The rate rose 5% to 7% in May.", [(5.0, 5.0), (7.0, 7.0)]),
        (
            "From 2,000 workers in May, 300 went to 12 plants.",
            [(2000.0, 2000.0), (300.0, 300.0), (12.0, 12.0)],
        ),
    ],
)
def test_from_x_to_y_is_one_range_as_cqe_reads_it(
    nlp: Language, sentence: str, values: list[tuple[float, float]]
) -> None:
    assert [f.value for f in rashomon_quantities(nlp(make_doc(nlp, sentence, "d", None)))] == values


def test_from_x_to_y_keeps_two_quantities_in_rashomon(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The jobless rate rose from 5% to 7% last year.", "d", None))
    assert [q.value for q in doc._.quantities] == [5.0, 7.0]
