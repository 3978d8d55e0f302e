"""The labelled corpora are well-formed; the checker meets its targets on the development one.

Accuracy is asserted on the development corpus (tests/data/corpus) only, scored
as benchmarks/checker_accuracy.py does, in aggregate: one note may fail as long
as the targets hold. The other corpora are kept unseen: the benchmark scores
and reports them, and these tests only check that their labels fit their notes.
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import thanknote

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEVELOPMENT = DATA / "corpus"
CORPORA = [
    pytest.param(corpus, id=corpus.name)
    for corpus in sorted(DATA.glob("corpus*"))
    if (corpus / "labels.jsonl").is_file()
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
    rows: list[dict[str, Any]] = accuracy().load_rows(corpus)
    return rows


@cache
def scores(corpus: Path) -> tuple[dict[str, Any], int]:
    rows = rows_of(corpus)
    return accuracy().evaluate(accuracy().thanknote_checker, rows, corpus), len(rows)


def test_the_benchmark_scores_every_corpus() -> None:
    folders = {corpus for param in CORPORA for corpus in param.values}
    assert set(accuracy().CORPORA.values()) == folders
    assert accuracy().CORPUS == DEVELOPMENT


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
def test_each_labelled_text_stands_in_its_note(corpus: Path) -> None:
    for row in rows_of(corpus):
        note = _nfc((corpus / "notes" / row["note"]).read_text(encoding="utf-8"))
        for item in row["expect"]:
            if "text" in item:
                assert _nfc(item["text"]) in note, (row["note"], item["text"])


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("corpus", CORPORA)
def test_recipients_are_on_the_cards(corpus: Path) -> None:
    for row in rows_of(corpus):
        if row["recipient"] is not None:
            interview = thanknote.load_interview(corpus / "interviews" / row["interview"])
            assert interview.interviewer(row["recipient"])


def test_name_misspelled_recall() -> None:
    tallies, _ = scores(DEVELOPMENT)
    names = tallies["name-misspelled"]
    assert names.recall() >= 0.97, names.missed


def test_name_suggestions_are_right() -> None:
    tallies, _ = scores(DEVELOPMENT)
    names = tallies["name-misspelled"]
    assert names.hit
    assert names.right_suggestion / names.hit >= 0.95, names.wrong


def test_at_most_one_false_name_finding_per_100_notes() -> None:
    tallies, notes = scores(DEVELOPMENT)
    false = tallies["name-misspelled"].false
    assert 100 * len(false) / notes <= 1, false


def test_company_misspelled_recall() -> None:
    tallies, _ = scores(DEVELOPMENT)
    company = tallies["company-misspelled"]
    assert company.recall() >= 0.95, company.missed


def test_at_most_one_false_company_finding_per_100_notes() -> None:
    tallies, notes = scores(DEVELOPMENT)
    false = tallies["company-misspelled"].false
    assert 100 * len(false) / notes <= 1, false


def test_missing_interest_f1() -> None:
    tallies, _ = scores(DEVELOPMENT)
    interest = tallies["missing-interest"]
    assert interest.f1() >= 0.95, (interest.missed, interest.false)


def test_tally_arithmetic() -> None:
    tally = accuracy().Tally(expected=4, found=5, hit=3)
    assert (tally.recall(), tally.precision()) == (0.75, 0.6)
    assert tally.f1() == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert accuracy().Tally().recall() == accuracy().Tally().precision() == 1.0
