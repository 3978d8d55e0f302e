"""Accomplishments of any shape read as English, or are left out of the drafts."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote.accomplishments import phrase

CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "data" / "accomplishments.toml").read_text(encoding="utf-8")
)["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_an_accomplishment_reads_as_a_sentence_or_is_left_out(case: dict[str, Any]) -> None:
    found = phrase(case["text"])

    if case.get("left_out"):
        assert not found.sure, found.sentence
    else:
        assert found.sure, found.sentence
        assert found.sentence == case["sentence"]


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_clause_that_follows_i(text: str) -> None:
    found = phrase(text)

    assert found.clause == found.clause.strip()
    assert "  " not in found.sentence
    assert found.sentence.startswith(("I ", "my ", "our ")) or not found.clause
