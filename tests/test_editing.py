"""Adding business cards to an interview file: comments kept, people already there skipped."""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thanknote
from conftest import RunCli
from thanknote.editing import add_to_interview_file, new_people, toml_string

CARDS = Path(__file__).resolve().parent / "data" / "vcards"


@given(st.text())
def test_toml_string_round_trips(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


def _interview_file(tmp_path: Path) -> Path:
    path = tmp_path / "acme.toml"
    source = (Path(__file__).resolve().parent.parent / "examples" / "panel.toml").read_text(
        encoding="utf-8"
    )
    path.write_text(source, encoding="utf-8")
    return path


def test_add_into_existing_file_keeps_everything_else(tmp_path: Path) -> None:
    path = _interview_file(tmp_path)
    before = path.read_text(encoding="utf-8")
    people = thanknote.interviewers_from_vcard(CARDS / "android_21_qp.vcf")
    result = add_to_interview_file(path, people)
    assert result.added == ("Zoë Lindqvist-Ångström", "Мария Петрова")
    after = path.read_text(encoding="utf-8")
    # Lines were only inserted: every original line is there, in order.
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines())
    assert {op for op, *_ in matcher.get_opcodes()} == {"equal", "insert"}
    # ... and before [next_steps], after the last [[interviewers]] table.
    assert after.index("Мария Петрова") < after.index("[next_steps]")
    assert after.rstrip().endswith(
        'notes = "Priya said the team will decide within two weeks; e-mail is best."'
    )
    interview = thanknote.load_interview(path)
    assert [p.name for p in interview.interviewers][-2:] == [
        "Zoë Lindqvist-Ångström",
        "Мария Петрова",
    ]
    assert interview.interviewer("Zoë Lindqvist-Ångström").address == (
        "Sveavägen 1\nStockholm, 111 57\nSweden"
    )
    assert interview.next_steps.decision_by == dt.date(2026, 12, 4)


def test_add_skips_names_already_there(tmp_path: Path) -> None:
    path = _interview_file(tmp_path)
    people = thanknote.interviewers_from_vcard(CARDS / "iphone_export.vcf")
    result = add_to_interview_file(path, people)
    assert result.added == ()
    assert result.skipped == ("Dr. Priya Raman", "José Núñez-García", "Siobhán Ó Súilleabháin")


def test_add_after_a_header_inside_a_multiline_string(tmp_path: Path) -> None:
    path = tmp_path / "tricky.toml"
    path.write_text(
        'company = "A"\nposition = "B"\ndate = 2026-11-24\n[candidate]\nname = "C"\n'
        '[[interviewers]]\nname = "D"\naddress = """\n[not a table]\nStreet 1"""\n'
        '[next_steps]\nnotes = """\n[[interviewers]]\n"""\n',
        encoding="utf-8",
    )
    (bob,) = thanknote.interviewers_from_vcard(CARDS / "n_without_fn.vcf")
    add_to_interview_file(path, [bob])
    interview = thanknote.load_interview(path)
    assert [p.name for p in interview.interviewers] == ["D", "Robert James Smith, PhD"]
    assert interview.next_steps.notes == "[[interviewers]]"


def test_add_to_inline_array_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "inline.toml"
    path.write_text('interviewers = [{ name = "D" }]\n', encoding="utf-8")
    with pytest.raises(thanknote.InterviewFileError, match="inline array"):
        add_to_interview_file(path, thanknote.interviewers_from_vcard(CARDS / "v40.vcf"))
    assert path.read_text(encoding="utf-8") == 'interviewers = [{ name = "D" }]\n'


def test_cli_card_into(run_cli: RunCli, tmp_path: Path) -> None:
    path = _interview_file(tmp_path)
    result = run_cli("card", CARDS / "iphone_export.vcf", CARDS / "v40.vcf", "--into", path)
    assert result.returncode == 0, result.stderr
    assert f"skipped 'Dr. Priya Raman': already in {path}" in result.stdout
    assert f"skipped 'Nguyen Thi Lan': already in {path}" in result.stdout
    assert result.stdout.count("skipped") == 4


def test_cli_card_into_missing_file(run_cli: RunCli, tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    result = run_cli("card", CARDS / "v40.vcf", "--into", missing)
    assert result.returncode == 2
    assert result.stderr == (
        f"thanknote: {missing}: no such file; start one from the cards: "
        f"thanknote init {missing} --cards CARD.vcf\n"
    )


def test_cli_malformed_card(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("card", CARDS / "malformed.vcf", "--into", _interview_file(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"thanknote: {CARDS / 'malformed.vcf'}:8: ")
    assert result.stderr.count("\n") == 1


def test_a_file_that_is_not_utf8_is_refused_with_where(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'company = "Caf\xe9 Noir"\n')
    (bob,) = thanknote.interviewers_from_vcard(CARDS / "n_without_fn.vcf")

    with pytest.raises(thanknote.InterviewFileError) as caught:
        add_to_interview_file(path, [bob])

    assert str(caught.value) == f"{path}: not UTF-8 text (byte 0xe9 at offset 14)"
    assert path.read_bytes() == b'company = "Caf\xe9 Noir"\n'


def test_new_people_skips_names_known_or_repeated_whatever_their_case_and_form() -> None:
    people = [
        thanknote.Interviewer(name="Dr. Priya Raman"),
        thanknote.Interviewer(name="Nguyễn Thị Lan"),
        thanknote.Interviewer(name="nguyễn  thị lan"),
    ]

    added, skipped = new_people(people, known=["DR. PRIYA RAMAN"])

    assert [p.name for p in added] == ["Nguyễn Thị Lan"]
    assert skipped == ["Dr. Priya Raman", "nguyễn  thị lan"]
