"""Adding business cards to an interview file: comments kept, people already there skipped."""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thanknote
from conftest import RunCli
from thanknote.editing import (
    add_interviewers_text,
    add_to_interview_file,
    edit_interview_text,
    new_people,
    toml_string,
)

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


# Changing values in place: what a form saves ------------------------------------------------


def _panel_text() -> str:
    return (Path(__file__).resolve().parent.parent / "examples" / "panel.toml").read_text(
        encoding="utf-8"
    )


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.ndiff(before.splitlines(), after.splitlines())
    return [line for line in diff if line[:1] in "+-"]


def test_unchanged_data_leaves_the_text_as_it_is() -> None:
    from thanknote.starter import starter_text

    for text in (_panel_text(), starter_text()):
        assert edit_interview_text(text, tomllib.loads(text)) == text


def test_a_changed_value_is_the_only_line_that_changes_and_keeps_its_comment() -> None:
    from thanknote.starter import starter_text

    text = starter_text()
    data = tomllib.loads(text)
    data["company"] = "Acme Robotics Inc."

    after = edit_interview_text(text, data)

    assert _changed_lines(text, after) == [
        '- company = "<company as on the job ad>"         # as the company writes its own name',
        '+ company = "Acme Robotics Inc."                 # as the company writes its own name',
    ]


def test_keys_are_removed_and_added_within_their_own_table() -> None:
    text = _panel_text()
    data = tomllib.loads(text)
    del data["interviewers"][0]["title"]
    data["interviewers"][0]["nickname"] = "Pri"
    data["candidate"]["phone"] = "+1 555 0199"
    data["closing_line"] = "I'd be glad to send the sample audit plan."

    after = edit_interview_text(text, data)

    assert tomllib.loads(after) == data
    assert _changed_lines(text, after) == [
        '+ closing_line = "I\'d be glad to send the sample audit plan."',
        '- phone = "+1 555 0142"',
        '+ phone = "+1 555 0199"',
        '- title = "Director of Data Platform"',
        '+ nickname = "Pri"',
    ]


def test_interviewers_are_removed_and_added_where_they_were_edited_from() -> None:
    text = _panel_text()
    data = tomllib.loads(text)
    people = data["interviewers"]
    data["interviewers"] = [people[0], {"name": "Zoë Lindqvist-Ångström"}, *people[2:]]

    after = edit_interview_text(text, data, interviewers_from=[0, None, 2, 3])

    assert tomllib.loads(after) == data
    assert "José" not in after
    assert after.index("Dr. Priya Raman") < after.index("Zoë") < after.index("Siobhán")
    assert after.startswith(text[: text.index("[[interviewers]]")])  # comments and all


def test_a_table_the_file_lacks_is_added_at_the_end() -> None:
    text = 'company = "A"  # hers\n\n[candidate]\nname = "C"\n'
    data = tomllib.loads(text)
    data["next_steps"] = {"decision_by": dt.date(2026, 12, 5), "follow_up": "email"}

    after = edit_interview_text(text, data)

    assert after == text + '\n[next_steps]\ndecision_by = 2026-12-05\nfollow_up = "email"\n'


def test_values_of_every_shape_read_back_unchanged() -> None:
    text = 'company = "A"\n'
    data = {
        "company": 'Smith & "Jones"\\',
        "topics": ["a very long topic about the data platform roadmap for 2027"] * 3,
        "accomplishments": ["led X", {"text": "built Y", "topics": ["y"]}],
        "date": dt.date(2026, 11, 24),
        "candidate": {"name": "C", "address": "18 Elm Street\nPortland, OR"},
        "interviewers": [{"name": "D", "family_first": True, "name_parts": {"family": "D"}}],
    }

    assert tomllib.loads(edit_interview_text(text, data)) == data


def test_a_layout_it_cannot_edit_in_place_is_refused_with_the_way_out() -> None:
    text = '[[interviewers]]\nname = "D"\n[interviewers.name_parts]\nfamily = "D"\n'
    data = tomllib.loads(text)
    data["interviewers"][0]["name_parts"]["family"] = "E"

    with pytest.raises(thanknote.InterviewFileError) as caught:
        edit_interview_text(text, data, path="x.toml")

    assert str(caught.value) == (
        "x.toml: interviewers: this change cannot be written without rewriting the file's "
        "layout; edit it as text"
    )


def test_add_interviewers_text_is_what_add_to_interview_file_writes(tmp_path: Path) -> None:
    path = _interview_file(tmp_path)
    people = thanknote.interviewers_from_vcard(CARDS / "android_21_qp.vcf")

    text, result = add_interviewers_text(path.read_text(encoding="utf-8"), people, path=path)
    add_to_interview_file(path, people)

    assert result.added == ("Zoë Lindqvist-Ångström", "Мария Петрова")
    assert text == path.read_text(encoding="utf-8")


_TABLES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "company": lambda data: data,
    "closing_line": lambda data: data,
    "phone": lambda data: data["candidate"],
    "moment": lambda data: data["interviewers"][1],
}


@given(
    st.sampled_from(sorted(_TABLES)),
    st.one_of(st.none(), st.text(), st.lists(st.text(), max_size=3)),
)
def test_any_value_set_or_removed_reads_back(key: str, value: object) -> None:
    text = _panel_text()
    data = tomllib.loads(text)
    table = _TABLES[key](data)
    if value is None:
        table.pop(key, None)
    else:
        table[key] = value

    assert tomllib.loads(edit_interview_text(text, data)) == data
