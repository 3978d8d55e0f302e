"""The real command line, run in a subprocess: `python -m thanknote ...`."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from thanknote import Finding, InterviewFileError, draft, load_interview
from thanknote.cli import main
from thanknote.model import Severity

RunCli = Callable[..., subprocess.CompletedProcess[str]]
ROOT = Path(__file__).resolve().parent.parent
PANEL = ROOT / "examples" / "panel.toml"
INVALID = ROOT / "tests" / "data" / "invalid"
PANEL_FILES = [
    "2026-11-24_acme-robotics_dr-priya-raman.txt",
    "2026-11-24_acme-robotics_jose-nunez-garcia.txt",
    "2026-11-24_acme-robotics_nguyen-thi-lan.txt",
    "2026-11-24_acme-robotics_siobhan-o-suilleabhain.txt",
]
HEADER = re.compile(r"^== (.+) \((.+), (\d{4}-\d{2}-\d{2})\)$", re.M)


def _notes(stdout: str) -> list[str]:
    """Split printed output into notes, each without its header line."""
    return [part for part in HEADER.split(stdout)[4::4]]


def test_draft_prints_one_note_per_interviewer(run_cli: RunCli) -> None:
    result = run_cli("draft", "examples/panel.toml", "--today", "2026-11-25")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    headers = HEADER.findall(result.stdout)
    assert [h[0] for h in headers] == [
        "Dr. Priya Raman, Director of Data Platform",
        "José Núñez-García, Staff Data Engineer",
        "Siobhán Ó Súilleabháin, Engineering Manager",
        "Nguyen Thi Lan, Product Manager, Fleet Analytics",
    ]
    assert {h[1:] for h in headers} == {("Acme Robotics", "2026-11-24")}
    notes = _notes(result.stdout)
    assert len(set(notes)) == 4
    # the day the CLI was told, not the clock's: a week on, "on Tuesday" is "on November 24"
    expected = [n.text for n in draft(load_interview(PANEL), today=dt.date(2026, 11, 25))]
    assert [n.strip() for n in notes] == [t.strip() for t in expected]


def test_draft_email_prints_subjects(run_cli: RunCli) -> None:
    result = run_cli("draft", "-t", "email", "examples/panel.toml")

    assert result.returncode == 0, result.stderr
    subjects = re.findall(r"^Subject: (.+)$", result.stdout, re.M)
    assert len(subjects) == 4
    assert len(set(subjects)) == 4  # the panel's e-mails differ, subjects included
    assert len(HEADER.findall(result.stdout)) == 4


def test_draft_a_folder_and_json(run_cli: RunCli, tmp_path: Path) -> None:
    shutil.copy(ROOT / "tests" / "data" / "valid" / "minimal.json", tmp_path / "a.json")
    shutil.copy(PANEL, tmp_path / "b.toml")

    result = run_cli("draft", tmp_path)

    assert result.returncode == 0, result.stderr
    assert len(HEADER.findall(result.stdout)) == 5


def test_draft_with_a_user_template(run_cli: RunCli, tmp_path: Path) -> None:
    template = tmp_path / "short.j2"
    template.write_text("{{ recipient.warm_salutation }} Thanks!\n", encoding="utf-8")

    result = run_cli("draft", "--template", template, "examples/panel.toml")

    assert result.returncode == 0, result.stderr
    assert "Dear José, Thanks!\n" in result.stdout


def test_draft_output_dir(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "notes"

    result = run_cli("draft", "examples/panel.toml", "-o", out)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote 4 notes for 1 interview to {out}")
    assert result.stdout.count("\n") == 1
    names = sorted(p.name for p in out.iterdir())
    assert names == PANEL_FILES
    for name in names:
        assert name.isascii()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}_[a-z0-9-]+_[a-z0-9-]+\.txt", name)
    expected = {n.recipient.name: n.text for n in draft(load_interview(PANEL))}
    text = (out / "2026-11-24_acme-robotics_jose-nunez-garcia.txt").read_text(encoding="utf-8")
    assert text == expected["José Núñez-García"]


def test_draft_output_dir_refuses_to_overwrite(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    assert run_cli("draft", "examples/panel.toml", "-o", out).returncode == 0
    (out / PANEL_FILES[0]).write_text("my own edits\n", encoding="utf-8")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}

    again = run_cli("draft", "examples/panel.toml", "-o", out)

    assert again.returncode == 2
    _assert_one_error_line(again)
    assert "already exists" in again.stderr
    assert "--force" in again.stderr
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    assert after == before

    forced = run_cli("draft", "examples/panel.toml", "-o", out, "--force")

    assert forced.returncode == 0, forced.stderr
    assert (out / PANEL_FILES[0]).read_text(encoding="utf-8").startswith("Dear Dr. Raman,")
    assert sorted(p.name for p in out.iterdir()) == PANEL_FILES


def test_templates_lists_the_builtins(run_cli: RunCli) -> None:
    result = run_cli("templates")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [
        "card",
        "email",
        "follow-up",
        "letter",
        "linkedin",
    ]
    for line in lines:
        _name, description = line.split(None, 1)
        assert len(description) > 10, line
    assert "e-mail" in lines[1]


def test_init_writes_a_loadable_file_and_refuses_to_overwrite(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "acme.toml"

    result = run_cli("init", path)

    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    with pytest.raises(InterviewFileError, match="placeholder"):  # to fill in before drafting
        load_interview(path)

    path.write_text(path.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    again = run_cli("init", path)

    assert again.returncode == 2
    _assert_one_error_line(again)
    assert path.read_text(encoding="utf-8").endswith("# mine\n")
    assert run_cli("init", path, "--force").returncode == 0
    assert not path.read_text(encoding="utf-8").endswith("# mine\n")


def test_init_default_path(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "<company as on the job ad>" in (tmp_path / "interview.toml").read_text(encoding="utf-8")


def test_help(run_cli: RunCli) -> None:
    result = run_cli("--help")

    assert result.returncode == 0
    assert result.stdout.startswith("usage: thanknote")
    for command in ("draft", "templates", "init"):
        assert command in result.stdout


# In-process: argparse's help needs no subprocess to show it exits 0.
@pytest.mark.parametrize("command", ["draft", "templates", "init"])
def test_subcommand_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"])

    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: thanknote {command}")


def test_no_arguments_exits_2(run_cli: RunCli) -> None:
    result = run_cli()

    assert result.returncode == 2
    assert "usage: thanknote" in result.stderr
    assert "Traceback" not in result.stderr


def _assert_one_error_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.stderr.startswith("thanknote: "), result.stderr
    assert result.stderr.endswith("\n")
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [
        pytest.param(["draft", INVALID / "malformed.toml"], ":2:33: invalid TOML", id="toml"),
        pytest.param(["draft", INVALID / "malformed.json"], ":4:3: invalid JSON", id="json"),
        pytest.param(
            ["draft", INVALID / "missing_company.toml"], "company: missing (required)", id="missing"
        ),
        pytest.param(
            ["draft", INVALID / "unknown_key.toml"], "did you mean 'position'?", id="unknown-key"
        ),
        pytest.param(
            ["draft", INVALID / "not_utf8.toml"], "not UTF-8 text", id="not-utf8"
        ),
        pytest.param(
            ["draft", "-t", "memo", PANEL],
            "template 'memo': no such template; choose from: card, email, follow-up, letter, "
            "linkedin",
            id="unknown-template",
        ),
        pytest.param(["draft", "nowhere.toml"], "nowhere.toml: no such file", id="missing-file"),
        pytest.param(
            ["draft", ROOT / "src"], "folder holds no .toml or .json interview file", id="folder"
        ),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_line(run_cli: RunCli, args: list[str], says: str) -> None:
    result = run_cli(*args)

    assert result.returncode == 2
    _assert_one_error_line(result)
    assert says in result.stderr
    assert result.stdout == ""


def test_template_with_undefined_variable_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    template = tmp_path / "typo.j2"
    template.write_text("Hello\n{{ recipent.name }}\n", encoding="utf-8")

    result = run_cli("draft", "-t", template, "examples/panel.toml")

    assert result.returncode == 2
    _assert_one_error_line(result)
    assert result.stderr == (
        f"thanknote: template '{template}', line 2: undefined variable: 'recipent' is undefined\n"
    )


def test_output_dir_that_is_a_file_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("not a folder\n", encoding="utf-8")

    result = run_cli("draft", "examples/panel.toml", "-o", blocker)

    assert result.returncode == 2
    _assert_one_error_line(result)


def test_template_raising_a_python_error_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    template = tmp_path / "divide.j2"
    template.write_text("Hello\n{{ 1 / 0 }}\n", encoding="utf-8")

    result = run_cli("draft", "-t", template, "examples/panel.toml")

    assert result.returncode == 2
    _assert_one_error_line(result)


def test_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("thanknote")
    if not script.exists():
        pytest.skip("the console script is not installed beside this Python")

    result = subprocess.run(
        [script, "templates"], capture_output=True, text=True, check=False, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("card")


@pytest.mark.parametrize(
    ("severities", "status"),
    [
        pytest.param([[], []], 0, id="clean"),
        pytest.param([["warning", "info"], ["warning"]], 0, id="warnings"),
        pytest.param([["warning"], ["error"]], 1, id="an-error"),
    ],
)
def test_checked_notes_exit_1_only_on_an_error(
    severities: list[list[Severity]], status: int
) -> None:
    from thanknote.cli import status_for

    results = [[Finding(code="x", severity=s, message="m") for s in found] for found in severities]

    assert status_for(results) == status


def test_draft_says_which_accomplishments_it_leaves_out(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "pilot.toml"
    path.write_text(
        'company = "Southern Cross Airlines"\nposition = "First Officer"\ndate = 2026-11-20\n'
        'accomplishments = ["CPL + ATPL theory complete, 1,850 hrs TT",\n'
        '    "flew the ATR 72 on island routes for three years"]\n'
        '[candidate]\nname = "Callum Ng"\n[[interviewers]]\nname = "Capt. Narelle Jenkins"\n',
        encoding="utf-8",
    )

    result = run_cli("draft", path, "--today", "2026-11-21")  # not a late note's warning too

    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"thanknote: warning: {path}: accomplishments[1]: "
        "'CPL + ATPL theory complete, 1,850 hrs TT' reads as shorthand and is left out of the "
        "drafts; write it as a phrase to have it used\n"
    )
    assert "CPL" not in result.stdout
    assert "flown the ATR 72 on island routes" in result.stdout


def test_draft_says_which_topics_it_leaves_out(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "plant.toml"
    path.write_text(
        'company = "Harbour Logistics"\nposition = "Shift Manager"\ndate = 2026-11-20\n'
        '[candidate]\nname = "Callum Ng"\n[[interviewers]]\nname = "Ana Ruiz"\n'
        'topics = ["22:00–07:00, 5 nights", "the new sorter line", "salary"]\n',
        encoding="utf-8",
    )

    result = run_cli("draft", path, "--today", "2026-11-21")

    assert result.returncode == 0, result.stderr
    assert result.stderr == (  # the salary is left out on purpose, without a word
        f"thanknote: warning: {path}: interviewers[1].topics[1]: '22:00–07:00, 5 nights' reads "
        "as a note, not as a phrase a sentence can carry, and is left out of the drafts; write "
        'it as a phrase ("the new sorter line") to have it used\n'
    )
    assert "22:00" not in result.stdout
    assert "the new sorter line" in result.stdout


def test_draft_says_when_the_notes_are_late(run_cli: RunCli) -> None:
    late = run_cli("draft", "examples/panel.toml", "--today", "2027-01-15")
    timely = run_cli("draft", "examples/panel.toml", "--today", "2026-11-26")

    assert late.returncode == timely.returncode == 0
    assert late.stderr.splitlines() == [
        "thanknote: warning: examples/panel.toml: date: the interview was 52 days ago; the "
        "notes thank for it as for a recent one, so read them before sending"
    ]
    assert timely.stderr == ""
    assert "January 15, 2027" not in late.stdout  # a card has no date; the letter has
    letter = run_cli("draft", "-t", "letter", "examples/panel.toml", "--today", "2027-01-15")
    assert "January 15, 2027" in letter.stdout
