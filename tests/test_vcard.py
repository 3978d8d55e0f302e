"""Business cards in: reading vCards and adding them to interview files."""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thanknote
from conftest import RunCli
from thanknote.editing import add_to_interview_file, toml_string
from thanknote.starter import starter_from_cards
from thanknote.vcard import CardFileError, read_cards

CARDS = Path(__file__).resolve().parent / "data" / "vcards"


def test_iphone_export_reads_every_card_in_order() -> None:
    people = thanknote.interviewers_from_vcard(CARDS / "iphone_export.vcf")
    assert [p.name for p in people] == [
        "Dr. Priya Raman",
        "José Núñez-García",
        "Siobhán Ó Súilleabháin",
    ]
    priya = people[0]
    assert priya.title == "Director of Data Platform"
    assert priya.email == "priya.raman@acme-robotics.example"  # item1.EMAIL, grouped
    assert priya.phone == "+1 206 555 0100"  # the preferred one, not the cell
    # ADR with an empty PO box, folded mid-word ("Un" / "ited States").
    assert priya.address == "400 Harbor Way\nSuite 12\nSeattle, WA 98101\nUnited States"


def test_escaped_commas_and_semicolons_are_unescaped() -> None:
    jose = thanknote.interviewers_from_vcard(CARDS / "iphone_export.vcf")[1]
    assert jose.title == "Staff Data Engineer, Streaming"
    siobhan = thanknote.interviewers_from_vcard(CARDS / "iphone_export.vcf")[2]
    assert siobhan.address == "400 Harbor Way, Suite 12\nSeattle, WA 98101"


def test_v21_quoted_printable_utf8_with_soft_line_breaks() -> None:
    zoe, maria = thanknote.interviewers_from_vcard(CARDS / "android_21_qp.vcf")
    assert zoe.name == "Zoë Lindqvist-Ångström"
    assert zoe.title == "Head of Operations – Nordics"
    assert zoe.phone == "+46 8 555 0123"
    assert zoe.address == "Sveavägen 1\nStockholm, 111 57\nSweden"
    # The soft line break falls inside a two-byte UTF-8 sequence.
    assert maria.name == "Мария Петрова"


def test_names_are_nfc() -> None:
    for path in CARDS.glob("*.vcf"):
        if path.name == "malformed.vcf":
            continue
        for person in thanknote.interviewers_from_vcard(path):
            assert unicodedata.is_normalized("NFC", person.name)


def test_v40_card_unescaped_comma_uri_phone_and_label() -> None:
    (lan,) = thanknote.interviewers_from_vcard(CARDS / "v40.vcf")
    assert lan.name == "Nguyen Thi Lan"
    assert lan.title == "Product Manager, Fleet Analytics"  # vobject alone keeps "Product Manager"
    assert lan.phone == "+1-206-555-0102"  # "tel:" dropped
    assert lan.address == "400 Harbor Way\nSeattle, WA 98101"  # the printed LABEL
    assert lan.family_first  # FN starts with N's family name


def test_name_built_from_n_when_there_is_no_fn() -> None:
    (bob,) = thanknote.interviewers_from_vcard(CARDS / "n_without_fn.vcf")
    assert bob.name == "Robert James Smith, PhD"


@pytest.mark.parametrize(
    ("n", "name"),
    [
        pytest.param("Raman;Priya;;Dr.;", "Dr. Priya Raman", id="prefix"),
        pytest.param("Smith;Robert;James,Paul;;Jr.", "Robert James Paul Smith, Jr.", id="list"),
        pytest.param("Cher;;;;", "Cher", id="family-only"),
    ],
)
def test_name_from_n_printed_order(tmp_path: Path, n: str, name: str) -> None:
    path = tmp_path / "card.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{n}\r\nEND:VCARD\r\n", encoding="utf-8")
    assert [p.name for p in thanknote.interviewers_from_vcard(path)] == [name]


def test_malformed_card_names_file_and_line() -> None:
    with pytest.raises(CardFileError) as info:
        thanknote.interviewers_from_vcard(CARDS / "malformed.vcf")
    assert info.value.line == 8
    assert isinstance(info.value, thanknote.ThanknoteError)
    assert str(info.value) == (
        f"{CARDS / 'malformed.vcf'}:8: not a vCard line: 'FN Chris Example' (expected NAME:value)"
    )


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        pytest.param("BEGIN:VCARD\nVERSION:3.0\nFN:A\n", 3, "not closed", id="unclosed"),
        pytest.param("BEGIN:VCARD\nVERSION:3.0\nTITLE:x\nEND:VCARD\n", 1, "no name", id="nameless"),
        pytest.param("hello\n", 1, "not a vCard line: 'hello'", id="not-a-card"),
        pytest.param("FN:A\n", 1, "outside any card", id="before-begin"),
        pytest.param("", None, "holds no card", id="empty"),
        pytest.param(
            "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=28\nEND:VCARD\n",
            3,
            "quoted-printable",
            id="bad-utf8-in-qp",
        ),
        pytest.param("BEGIN:VCALENDAR\nEND:VCALENDAR\n", 1, "not a vCard", id="calendar"),
    ],
)
def test_card_errors(tmp_path: Path, text: str, line: int | None, words: str) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CardFileError) as info:
        read_cards(path)
    assert info.value.line == line
    assert words in str(info.value)
    assert "\n" not in str(info.value)


def test_not_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(b"BEGIN:VCARD\nVERSION:2.1\nFN:Zo\xeb\nEND:VCARD\n")
    with pytest.raises(CardFileError, match=r"cards.vcf:3: not UTF-8 text \(byte 0xeb\)"):
        read_cards(path)


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


def test_starter_from_cards_fills_what_cards_know() -> None:
    cards = read_cards(CARDS / "iphone_export.vcf") + read_cards(CARDS / "v40.vcf")
    starter = starter_from_cards(cards, dt.date(2026, 11, 24))
    data = tomllib.loads(starter.text)
    assert data["company"] == "Acme Robotics"
    assert data["date"] == dt.date(2026, 11, 24)
    assert data["position"] == ""
    assert data["candidate"]["name"] == ""
    assert data["topics"] == []
    assert data["accomplishments"] == []
    assert [p["name"] for p in data["interviewers"]] == [
        "Dr. Priya Raman", "José Núñez-García", "Siobhán Ó Súilleabháin", "Nguyen Thi Lan",
    ]  # fmt: skip
    assert "# fill in: the job title you interviewed for" in starter.text
    assert "# preferred_contact" in starter.text  # the starter's hints stay


def test_starter_loads_once_filled_in(tmp_path: Path) -> None:
    starter = starter_from_cards(read_cards(CARDS / "iphone_export.vcf"), dt.date(2026, 11, 24))
    path = tmp_path / "new.toml"
    path.write_text(starter.text, encoding="utf-8")
    with pytest.raises(thanknote.InterviewFileError, match="position: must not be empty"):
        thanknote.load_interview(path)
    filled = starter.text.replace('position = ""', 'position = "Data Engineer"', 1).replace(
        'name = ""', 'name = "Alex Morgan"', 1
    )
    path.write_text(filled, encoding="utf-8")
    interview = thanknote.load_interview(path)
    assert interview.company == "Acme Robotics"
    assert len(interview.interviewers) == 3


# --- CLI ---------------------------------------------------------------------


def test_cli_card_into(run_cli: RunCli, tmp_path: Path) -> None:
    path = _interview_file(tmp_path)
    result = run_cli("card", CARDS / "iphone_export.vcf", CARDS / "v40.vcf", "--into", path)
    assert result.returncode == 0, result.stderr
    assert f"skipped 'Dr. Priya Raman': already in {path}" in result.stdout
    assert f"skipped 'Nguyen Thi Lan': already in {path}" in result.stdout
    assert result.stdout.count("skipped") == 4


def test_cli_card_prints_tables_without_into(run_cli: RunCli) -> None:
    result = run_cli("card", CARDS / "v40.vcf")
    assert result.returncode == 0, result.stderr
    data = tomllib.loads(result.stdout)
    assert data["interviewers"][0]["name"] == "Nguyen Thi Lan"


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


def test_cli_init_cards(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    result = run_cli("init", path, "--cards", CARDS / "iphone_export.vcf", CARDS / "v40.vcf")
    assert result.returncode == 0, result.stderr
    assert "with 4 interviewers" in result.stdout
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(data["interviewers"]) == 4
    again = run_cli("init", path, "--cards", CARDS / "v40.vcf")
    assert again.returncode == 2
    assert "already exists" in again.stderr


def test_cli_init_cards_catches_path_after_cards(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", "--cards", CARDS / "v40.vcf", "new.toml", cwd=tmp_path)
    assert result.returncode == 2
    assert "put the file to write first" in result.stderr
    assert not (tmp_path / "new.toml").exists()
