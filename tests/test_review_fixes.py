"""Inputs a fresh review found handled badly: duplicate JSON keys, wrong types, non-Latin names."""

from __future__ import annotations

from pathlib import Path

import pytest

from thanknote import InterviewFileError, load_interview
from thanknote.files import safe_name, unique_names

MINIMAL = (
    'company="A"\nposition="B"\ndate=2026-11-24\n{extra}\n[candidate]\nname="X"\n'
    '[[interviewers]]\nname="Y"\n'
)


def test_a_json_key_given_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text('{"company": "A", "company": "B"}', encoding="utf-8")

    with pytest.raises(InterviewFileError) as caught:
        load_interview(path)

    assert str(caught.value) == f"{path}: company: invalid JSON: the key 'company' is given twice"


def test_an_accomplishment_of_the_wrong_type_says_what_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "acc.toml"
    path.write_text(MINIMAL.format(extra="accomplishments = [5]"), encoding="utf-8")

    with pytest.raises(
        InterviewFileError, match=r"accomplishments\[1\]: must be a string or a table"
    ):
        load_interview(path)


def test_names_without_latin_letters_get_distinct_file_names() -> None:
    first = safe_name("2026-11-23", "Acme", "田中 太郎")
    second = safe_name("2026-11-23", "Acme", "山田 花子")

    assert first != second
    assert first.isascii()
    assert "/" not in first
    assert ".." not in first
    assert unique_names([first, first], ".txt") == [f"{first}.txt", f"{first}-2.txt"]
