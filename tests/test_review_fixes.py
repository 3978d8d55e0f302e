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


def test_envelope_names_the_company_when_the_address_does_not(tmp_path: Path) -> None:
    import dataclasses

    import pypdf

    from thanknote import draft, write_pdf

    interview = load_interview(Path(__file__).parent.parent / "examples" / "panel.toml")
    person = dataclasses.replace(interview.interviewers[0], address="1 Market St\nSeattle, WA")
    interview = dataclasses.replace(interview, interviewers=(person,))
    path = tmp_path / "note.pdf"

    write_pdf(draft(interview), path, envelope="10")

    envelope = pypdf.PdfReader(path).pages[-1].extract_text()
    lines = [line.strip() for line in envelope.splitlines() if line.strip()]
    assert lines[-3:] == ["Acme Robotics", "1 Market St", "Seattle, WA"]


def test_a_combined_text_file_heads_each_note_with_its_recipient(tmp_path: Path) -> None:
    from thanknote import draft
    from thanknote.writers import NoOptions, text

    interview = load_interview(Path(__file__).parent.parent / "examples" / "panel.toml")
    path = tmp_path / "all.txt"

    text.write(draft(interview), path, NoOptions())

    text = path.read_text(encoding="utf-8")
    headers = [line for line in text.splitlines() if line.startswith("== ")]
    assert [h.split(",")[0] for h in headers] == [
        "== Dr. Priya Raman",
        "== José Núñez-García",
        "== Siobhán Ó Súilleabháin",
        "== Nguyen Thi Lan",
    ]
