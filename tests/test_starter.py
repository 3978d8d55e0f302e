"""Starting an interview file: the commented starter, filled from business cards."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

import thanknote
from conftest import RunCli
from thanknote.starter import starter_from_cards
from thanknote.vcard import read_cards

CARDS = Path(__file__).resolve().parent / "data" / "vcards"


def test_starter_from_cards_fills_what_cards_know() -> None:
    cards = read_cards(CARDS / "iphone_export.vcf") + read_cards(CARDS / "v40.vcf")
    starter = starter_from_cards(cards, dt.date(2026, 11, 24))
    data = tomllib.loads(starter.text)
    assert data["company"] == "Acme Robotics"
    assert data["date"] == dt.date(2026, 11, 24)
    assert data["position"] == "<job title you interviewed for>"
    assert data["candidate"]["name"] == "<your name as you sign your notes>"
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
    with pytest.raises(thanknote.InterviewFileError) as caught:
        thanknote.load_interview(path)
    assert str(caught.value).splitlines() == [
        f"{path}: position: still holds a placeholder, '<job title you interviewed for>': "
        "fill it in",
        f"{path}: candidate.name: still holds a placeholder, "
        "'<your name as you sign your notes>': fill it in",
    ]
    filled = starter.text.replace(
        '"<job title you interviewed for>"', '"Data Engineer"', 1
    ).replace('"<your name as you sign your notes>"', '"Alex Morgan"', 1)
    path.write_text(filled, encoding="utf-8")
    interview = thanknote.load_interview(path)
    assert interview.company == "Acme Robotics"
    assert len(interview.interviewers) == 3


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


@pytest.mark.parametrize(
    ("card_file", "to_fill"),
    [
        pytest.param("iphone_export.vcf", ("position", "your name"), id="cards-name-the-company"),
        pytest.param("n_without_fn.vcf", ("position", "your name", "company"), id="no-company"),
    ],
)
def test_the_starter_says_what_is_left_to_fill_in(card_file: str, to_fill: tuple[str, ...]) -> None:
    starter = starter_from_cards(read_cards(CARDS / card_file), dt.date(2026, 11, 24))

    assert starter.to_fill == to_fill
