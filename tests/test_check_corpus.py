"""The checker's accuracy on the labelled corpora, scored as benchmarks/checker_accuracy.py does.

Aggregate figures only: one note may fail as long as the targets of the issue hold.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import thanknote

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPORA = [
    pytest.param(DATA / "corpus", id="development"),
    pytest.param(DATA / "corpus_holdout", id="held-out"),
    pytest.param(DATA / "corpus_fresh", id="fresh"),
    pytest.param(DATA / "corpus_final", id="final"),
    pytest.param(DATA / "corpus_interest", id="interest"),
    pytest.param(DATA / "corpus_real", id="realistic"),
    pytest.param(DATA / "corpus_last", id="last"),
]


@cache
def accuracy() -> ModuleType:
    """benchmarks/checker_accuracy.py, loaded from its path (benchmarks are not a package)."""
    path = ROOT / "benchmarks" / "checker_accuracy.py"
    spec = importlib.util.spec_from_file_location("checker_accuracy", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def rows_of(corpus: Path) -> list[dict[str, Any]]:
    labels = corpus / "labels.jsonl"
    if not labels.is_file():
        pytest.skip(f"no labelled corpus at {corpus}")
    rows: list[dict[str, Any]] = accuracy().load_rows(corpus)
    return rows


@cache
def _scores(corpus: Path) -> tuple[dict[str, Any], int]:
    rows = accuracy().load_rows(corpus)
    return accuracy().evaluate(accuracy().thanknote_checker, rows, corpus), len(rows)


def scores(corpus: Path) -> tuple[dict[str, Any], int]:
    rows_of(corpus)
    return _scores(corpus)


@pytest.mark.parametrize("corpus", CORPORA)
def test_labels_are_well_formed(corpus: Path) -> None:
    rows = rows_of(corpus)
    lines = (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len([line for line in lines if line.strip()])
    codes = set(accuracy().SPAN_CODES) | set(accuracy().NOTE_CODES)
    for row in rows:
        assert (corpus / "notes" / row["note"]).is_file(), row["note"]
        assert (corpus / "interviews" / row["interview"]).is_file(), row["interview"]
        for item in row["expect"]:
            assert item["code"] in codes, row["note"]
            if item["code"] in accuracy().SPAN_CODES:
                assert item["text"], row["note"]


@pytest.mark.parametrize("corpus", CORPORA)
def test_recipients_are_on_the_cards(corpus: Path) -> None:
    for row in rows_of(corpus):
        if row["recipient"] is not None:
            interview = thanknote.load_interview(corpus / "interviews" / row["interview"])
            assert interview.interviewer(row["recipient"])


@pytest.mark.parametrize("corpus", CORPORA)
def test_name_misspelled_recall(corpus: Path) -> None:
    tallies, _ = scores(corpus)
    names = tallies["name-misspelled"]
    assert names.recall() >= 0.97, names.missed


@pytest.mark.parametrize("corpus", CORPORA)
def test_name_suggestions_are_right(corpus: Path) -> None:
    tallies, _ = scores(corpus)
    names = tallies["name-misspelled"]
    if not names.expected:
        pytest.skip("this corpus has no misspelled names")
    assert names.hit
    assert names.right_suggestion / names.hit >= 0.95, names.wrong


@pytest.mark.parametrize("corpus", CORPORA)
def test_at_most_one_false_name_finding_per_100_notes(corpus: Path) -> None:
    tallies, notes = scores(corpus)
    false = tallies["name-misspelled"].false
    assert 100 * len(false) / notes <= 1, false


@pytest.mark.parametrize("corpus", CORPORA)
def test_company_misspelled_recall(corpus: Path) -> None:
    tallies, _ = scores(corpus)
    company = tallies["company-misspelled"]
    assert company.recall() >= 0.95, company.missed


@pytest.mark.parametrize("corpus", CORPORA)
def test_missing_interest_f1(corpus: Path) -> None:
    tallies, _ = scores(corpus)
    interest = tallies["missing-interest"]
    assert interest.f1() >= 0.95, (interest.missed, interest.false)


def test_tally_arithmetic() -> None:
    tally = accuracy().Tally(expected=4, found=5, hit=3)
    assert (tally.recall(), tally.precision()) == (0.75, 0.6)
    assert tally.f1() == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert accuracy().Tally().recall() == accuracy().Tally().precision() == 1.0
