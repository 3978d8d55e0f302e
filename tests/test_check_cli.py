"""`thanknote check` and `thanknote draft --check`, run as a user runs them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, RunCli

CLEAN = (
    "Dear Priya,\n\nThank you for the talk about data quality monitoring. I remain very "
    "interested in the role.\n\nBest regards,\nAlex Morgan\n"
)
TO_JOSE = CLEAN.replace("Priya", "José")
MISSPELT = CLEAN.replace("Alex Morgan", "Alex Morgen")
WITH_WORD = CLEAN.replace("monitoring.", "monitoring with flinkify.")
LINE = re.compile(
    r"^(?P<where>[^:]+(?::\d+:\d+)?): (?P<severity>error|warning) (?P<code>[a-z-]+): "
)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES / "panel.toml", tmp_path / "panel.toml")
    for name, text in {
        "clean.txt": CLEAN,
        "jose.txt": TO_JOSE,
        "misspelt.txt": MISSPELT,
        "word.txt": WITH_WORD,
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "words.txt").write_text("# our tools\n\nflinkify\n", encoding="utf-8")
    return tmp_path


def test_clean_note_exits_0(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "clean.txt", "--interview", "panel.toml", cwd=work)
    assert (result.returncode, result.stdout, result.stderr) == (
        0, "0 errors, 0 warnings in 1 note\n", "",
    )  # fmt: skip


def test_error_is_reported_file_line_column_and_exits_1(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "misspelt.txt", "-i", "panel.toml", cwd=work)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "misspelt.txt:6:6: error name-misspelled: 'Morgen' is spelled differently on your own "
        "name: write 'Morgan'. (suggestion: Morgan)",
        "1 error, 0 warnings in 1 note",
    ]


def test_warnings_only_exit_0_and_whole_note_findings_name_the_file(
    run_cli: RunCli, work: Path
) -> None:
    result = run_cli("check", "jose.txt", "--interview", "panel.toml", cwd=work)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("jose.txt: warning missing-topic: ")
    assert lines[0].endswith(
        "(suggestion: I especially enjoyed our conversation about Kafka consumer lag at peak "
        "traffic.)"
    )
    assert lines[-1] == "0 errors, 1 warning in 1 note"


def test_every_finding_line_has_the_documented_shape(run_cli: RunCli, work: Path) -> None:
    (work / "bad.txt").write_text(
        "Dear Ms. Raman,\n\nWe met. TODO. Jose was there.\n\nAlex Morgen\n", encoding="utf-8"
    )
    result = run_cli("check", "bad.txt", "-i", "panel.toml", cwd=work)
    assert result.returncode == 1
    *lines, summary = result.stdout.splitlines()
    assert len(lines) >= 5
    for line in lines:
        assert LINE.match(line), line
    assert "bad.txt:1:6: warning title-mismatch: " in result.stdout
    assert "bad.txt:3:9: error placeholder: " in result.stdout
    assert re.fullmatch(r"\d+ errors?, \d+ warnings? in 1 note", summary)


def test_json_for_one_note(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "misspelt.txt", "-i", "panel.toml", "--json", cwd=work)
    assert result.returncode == 1
    assert json.loads(result.stdout) == {
        "findings": [
            {
                "code": "name-misspelled",
                "severity": "error",
                "message": "'Morgen' is spelled differently on your own name: write 'Morgan'.",
                "start": MISSPELT.index("Morgen"),
                "end": MISSPELT.index("Morgen") + len("Morgen"),
                "text": "Morgen",
                "suggestion": "Morgan",
            }
        ]
    }


def test_json_for_several_notes_reports_too_similar(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "clean.txt", "jose.txt", "-i", "panel.toml", "--json", cwd=work)
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert [note["path"] for note in report["notes"]] == ["clean.txt", "jose.txt"]
    others = ["jose.txt (to José Núñez-García)", "clean.txt (to Dr. Priya Raman)"]
    for note, other in zip(report["notes"], others, strict=True):
        similar = [f for f in note["findings"] if f["code"] == "too-similar"]
        assert len(similar) == 1
        assert similar[0]["severity"] == "warning"
        assert similar[0]["text"] == "Thank you for the talk about data quality monitoring."
        assert f"also stand in {other};" in similar[0]["message"]
        assert set(similar[0]) == {
            "code", "severity", "message", "start", "end", "text", "suggestion",
        }  # fmt: skip


def test_several_notes_human_report(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "clean.txt", "misspelt.txt", "-i", "panel.toml", cwd=work)
    assert result.returncode == 1
    assert "misspelt.txt:6:6: error name-misspelled: " in result.stdout
    assert result.stdout.splitlines()[-1].endswith("in 2 notes")


def test_words_file(run_cli: RunCli, work: Path) -> None:
    without = run_cli("check", "word.txt", "-i", "panel.toml", cwd=work)
    assert "warning spelling: 'flinkify' is not in the dictionary" in without.stdout
    with_words = run_cli("check", "word.txt", "-i", "panel.toml", "--words", "words.txt", cwd=work)
    assert (with_words.returncode, with_words.stdout) == (0, "0 errors, 0 warnings in 1 note\n")


def test_draft_check_reports_and_exits_0(run_cli: RunCli) -> None:
    result = run_cli("draft", EXAMPLES / "panel.toml", "--check")
    assert (result.returncode, result.stderr) == (0, "")
    assert "Dear Dr. Raman," in result.stdout
    assert result.stdout.splitlines()[-1] == "0 errors, 0 warnings in 4 notes"


@pytest.mark.parametrize(
    ("args", "setup", "message"),
    [
        pytest.param(
            ["missing.txt", "-i", "panel.toml"], None, "missing.txt: no such note file",
            id="missing-note",
        ),
        pytest.param(
            ["bin.txt", "-i", "panel.toml"], ("bin.txt", b"Dear\x00Priya"),
            "bin.txt: is a binary file, not a text note", id="binary-note",
        ),
        pytest.param(
            ["latin1.txt", "-i", "panel.toml"], ("latin1.txt", b"Dear Jos\xe9,\n"),
            "latin1.txt: is not UTF-8 text (byte 0xe9 at offset 8)", id="not-utf8",
        ),
        pytest.param(
            ["empty.txt", "-i", "panel.toml"], ("empty.txt", b" \n\n"),
            "empty.txt: the note is empty", id="empty-note",
        ),
        pytest.param(
            [".", "-i", "panel.toml"], None, ".: is a folder, not a note file", id="folder-note",
        ),
        pytest.param(
            ["clean.txt", "-i", "nope.toml"], None, "nope.toml: no such file",
            id="missing-interview",
        ),
        pytest.param(
            ["clean.txt", "-i", "bad.toml"], ("bad.toml", b'company = "x"\n[['),
            "bad.toml: invalid TOML", id="malformed-interview",
        ),
        pytest.param(
            ["clean.txt", "-i", "partial.toml"],
            ("partial.toml", b'company="x"\nposition="y"\ndate=2026-11-24\ncandidate.name="A"'),
            "partial.toml: interviewers: missing", id="incomplete-interview",
        ),
        pytest.param(
            ["clean.txt", "-i", "panel.toml", "--words", "nowords.txt"], None,
            "nowords.txt: no such word list file", id="missing-word-list",
        ),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_line(
    run_cli: RunCli,
    work: Path,
    args: list[str],
    setup: tuple[str, bytes] | None,
    message: str,
) -> None:
    if setup:
        (work / setup[0]).write_bytes(setup[1])
    result = run_cli("check", *args, cwd=work)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"thanknote: {message}")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_missing_interview_option_is_a_usage_error(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "clean.txt", cwd=work)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "thanknote check: error: the following arguments are required: -i/--interview"
    )


def test_unknown_recipient_exits_2_with_one_line(run_cli: RunCli, work: Path) -> None:
    result = run_cli("check", "clean.txt", "-i", "panel.toml", "--recipient", "Zed", cwd=work)
    assert result.returncode == 2
    assert result.stderr.startswith("thanknote: 'Zed' is not on the interview's panel; ")
    assert result.stderr.count("\n") == 1


def test_recipient_as_people_say_the_name(run_cli: RunCli, work: Path) -> None:
    by_card = run_cli("check", "jose.txt", "-i", "panel.toml", "--recipient", "José Núñez-García",
                      cwd=work)  # fmt: skip
    by_part = run_cli("check", "jose.txt", "-i", "panel.toml", "--recipient", "jose", cwd=work)
    assert by_part.returncode == by_card.returncode
    assert by_part.stdout == by_card.stdout
    wrong = run_cli("check", "jose.txt", "-i", "panel.toml", "--recipient", "priya", cwd=work)
    assert "wrong-recipient" in wrong.stdout


def test_an_ambiguous_recipient_lists_who_it_could_be(run_cli: RunCli, work: Path) -> None:
    panel = work / "panel.toml"
    panel.write_text(
        panel.read_text(encoding="utf-8") + '\n[[interviewers]]\nname = "José Ortega"\n',
        encoding="utf-8",
    )
    result = run_cli("check", "jose.txt", "-i", "panel.toml", "--recipient", "Jose", cwd=work)
    assert result.returncode == 2
    assert result.stderr == (
        "thanknote: 'Jose' could be 'José Núñez-García' (interviewers[2]) or 'José Ortega' "
        "(interviewers[5]); give more of the name\n"
    )
