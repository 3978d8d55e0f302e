"""Business cards in: reading vCards (2.1, 3.0, 4.0), and `thanknote card` printing them."""

from __future__ import annotations

import tomllib
import unicodedata
from pathlib import Path

import pytest

import thanknote
from conftest import RunCli
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


# --- CLI ---------------------------------------------------------------------


def test_cli_card_prints_tables_without_into(run_cli: RunCli) -> None:
    result = run_cli("card", CARDS / "v40.vcf")
    assert result.returncode == 0, result.stderr
    data = tomllib.loads(result.stdout)
    assert data["interviewers"][0]["name"] == "Nguyen Thi Lan"
