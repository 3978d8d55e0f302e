"""`thanknote sent`: a note's date written into its interviewer's table, and the plan after it."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path

import pytest

import thanknote
from conftest import EXAMPLES, RunCli
from thanknote.editing import SentDateError, record_sent
from thanknote.errors import UnknownRecipientError
from thanknote.recipients import AmbiguousRecipientError

INTERVIEW_DAY = dt.date(2026, 11, 24)
NEXT_DAY = dt.date(2026, 11, 25)
MONDAY = dt.date(2026, 11, 30)


def _panel_file(tmp_path: Path) -> Path:
    path = tmp_path / "acme.toml"
    path.write_text((EXAMPLES / "panel.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_the_date_goes_into_the_table_and_nothing_else_changes(tmp_path: Path) -> None:
    path = _panel_file(tmp_path)
    before = path.read_text(encoding="utf-8")

    (done,) = record_sent(path, ["siobhan"], NEXT_DAY, today=MONDAY)

    assert (done.name, done.field, done.previous) == (
        "Siobhán Ó Súilleabháin",
        "interviewers[3].sent",
        None,
    )
    after = path.read_text(encoding="utf-8")
    matcher = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines())
    inserted = [
        after.splitlines()[j1:j2] for op, _, _, j1, j2 in matcher.get_opcodes() if op != "equal"
    ]
    assert inserted == [["sent = 2026-11-25"]]
    assert after.index("sent = 2026-11-25") > after.index("Siobhán")
    assert after.index("sent = 2026-11-25") < after.index('name = "Nguyen Thi Lan"')
    interview = thanknote.load_interview(path)
    assert [p.sent for p in interview.interviewers] == [None, None, NEXT_DAY, None]
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_date_already_there_is_replaced_and_its_comment_kept(tmp_path: Path) -> None:
    path = tmp_path / "one.toml"
    path.write_text(
        'company = "Acme"\nposition = "Analyst"\ndate = 2026-11-24\n'
        '[candidate]\nname = "Sam Reed"\n\n'
        "[[interviewers]]\n  # indented, as some people write them\n"
        '  name = "Ann Lee"\n  sent = 2026-11-24  # by hand\n\n'
        '[[interviewers]]\n  name = "Bo Chan"\n# about the next steps\n[next_steps]\n',
        encoding="utf-8",
    )

    first, second = record_sent(path, ["Lee", "bo"], NEXT_DAY, today=MONDAY)

    assert (first.previous, second.previous) == (INTERVIEW_DAY, None)
    text = path.read_text(encoding="utf-8")
    assert '  sent = 2026-11-25  # by hand\n\n[[interviewers]]\n  name = "Bo Chan"\n' in text
    assert '  name = "Bo Chan"\n  sent = 2026-11-25\n# about the next steps\n[next_steps]' in text


def test_recording_the_same_date_again_changes_nothing(tmp_path: Path) -> None:
    path = _panel_file(tmp_path)
    record_sent(path, ["Priya"], NEXT_DAY, today=MONDAY)
    written = path.stat().st_mtime_ns, path.read_bytes()

    (again,) = record_sent(path, ["Raman"], NEXT_DAY, today=MONDAY)

    assert again.previous == NEXT_DAY
    assert (path.stat().st_mtime_ns, path.read_bytes()) == written


def test_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "initech.json"
    data = {
        "company": "Initech",
        "position": "Analyst",
        "date": "2026-11-24",
        "candidate": {"name": "Sam Reed"},
        "interviewers": [{"name": "Ann Lee"}, {"name": "Bill Lumbergh"}],
    }
    path.write_text(json.dumps(data), encoding="utf-8")

    record_sent(path, ["bill"], NEXT_DAY, today=MONDAY)

    assert json.loads(path.read_text(encoding="utf-8"))["interviewers"][1] == {
        "name": "Bill Lumbergh",
        "sent": "2026-11-25",
    }
    assert thanknote.load_interview(path).interviewers[1].sent == NEXT_DAY


def test_a_header_inside_a_multiline_string_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "tricky.toml"
    path.write_text(
        'company = "A"\nposition = "B"\ndate = 2026-11-24\n[candidate]\nname = "C"\n'
        '[[interviewers]]\nname = "D"\naddress = """\n[not a table]\n# not a comment"""\n'
        '[next_steps]\nnotes = """\n[[interviewers]] in a note\n"""\n',
        encoding="utf-8",
    )

    record_sent(path, ["D"], NEXT_DAY, today=MONDAY)

    interview = thanknote.load_interview(path)
    assert interview.interviewers[0].sent == NEXT_DAY
    assert interview.interviewers[0].address == "[not a table]\n# not a comment"


def test_an_inline_array_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "inline.toml"
    text = (
        'company = "A"\nposition = "B"\ndate = 2026-11-24\n'
        'interviewers = [{ name = "D" }]\n[candidate]\nname = "C"\n'
    )
    path.write_text(text, encoding="utf-8")

    with pytest.raises(thanknote.InterviewFileError) as caught:
        record_sent(path, ["D"], NEXT_DAY, today=MONDAY)

    assert str(caught.value) == (
        f"{path}: interviewers: cannot find the [[interviewers]] tables to add "
        "sent = 2026-11-25 to; add it to each table yourself"
    )
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("day", "message"),
    [
        pytest.param(
            dt.date(2026, 11, 23),
            "the note to 'Dr. Priya Raman' cannot have gone out on 2026-11-23: "
            "the interview was on 2026-11-24",
            id="before-the-interview",
        ),
        pytest.param(
            dt.date(2026, 12, 1),
            "the note to 'Dr. Priya Raman' cannot have gone out on 2026-12-01: "
            "that is after today, 2026-11-30",
            id="in-the-future",
        ),
    ],
)
def test_impossible_dates_are_refused(tmp_path: Path, day: dt.date, message: str) -> None:
    path = _panel_file(tmp_path)
    before = path.read_bytes()
    with pytest.raises(SentDateError) as caught:
        record_sent(path, ["Priya"], day, today=MONDAY)
    assert str(caught.value) == message
    assert path.read_bytes() == before


def test_every_name_is_found_before_the_file_is_touched(tmp_path: Path) -> None:
    path = _panel_file(tmp_path)
    before = path.read_bytes()
    with pytest.raises(UnknownRecipientError):
        record_sent(path, ["Priya", "Zed"], NEXT_DAY, today=MONDAY)
    assert path.read_bytes() == before


def test_an_ambiguous_recipient_lists_the_people_it_could_be(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = _panel_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n[[interviewers]]\nname = "Priya Shah"\n', encoding="utf-8")
    before = path.read_bytes()

    result = run_cli("sent", path, "--recipient", "PRIYA")

    assert result.returncode == 2
    assert result.stderr == (
        "thanknote: 'PRIYA' could be 'Dr. Priya Raman' (interviewers[1]) or 'Priya Shah' "
        "(interviewers[5]); give more of the name\n"
    )
    assert path.read_bytes() == before
    with pytest.raises(AmbiguousRecipientError):
        record_sent(path, ["priya"], NEXT_DAY, today=MONDAY)


@pytest.mark.parametrize(
    ("encoding", "byte"),
    [pytest.param("utf-16", "0xff", id="utf-16"), pytest.param("latin-1", "0xe9", id="latin-1")],
)
def test_a_file_that_is_not_utf8_is_one_line_and_left_unchanged(
    run_cli: RunCli, tmp_path: Path, encoding: str, byte: str
) -> None:
    path = tmp_path / "acme.toml"
    path.write_bytes((EXAMPLES / "panel.toml").read_text(encoding="utf-8").encode(encoding))
    before = path.read_bytes()
    card = Path(__file__).resolve().parent / "data" / "vcards" / "v40.vcf"

    for args in (("sent", path, "-r", "Priya"), ("card", card, "--into", path)):
        result = run_cli(*args)
        assert result.returncode == 2
        assert result.stderr.startswith(f"thanknote: {path}: not UTF-8 text (byte {byte} ")
        assert result.stderr.count("\n") == 1
    assert path.read_bytes() == before


def test_cli_sent_then_plan(run_cli: RunCli, tmp_path: Path) -> None:
    path = _panel_file(tmp_path)

    result = run_cli("sent", path, "--recipient", "Priya", "--on", "2026-11-25")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "recorded: the note to 'Dr. Priya Raman' went out Wed 25 Nov 2026 "
        f"({path} interviewers[1].sent)\n"
    )
    again = run_cli("sent", path, "-r", "raman", "--on", "2026-11-25")
    assert (
        again.stdout == "already recorded: the note to 'Dr. Priya Raman' went out Wed 25 Nov 2026\n"
    )

    plan = run_cli("plan", path, "--today", "2026-11-30")
    assert plan.returncode == 0, plan.stderr
    assert "  Dr. Priya Raman         done: e-mail sent Wed 25 Nov 2026\n" in plan.stdout
    assert (
        "  Siobhán Ó Súilleabháin  hand-written card, overdue since Wed 25 Nov: send today\n"
        in plan.stdout
    )


def test_cli_sent_refuses_a_date_it_cannot_read(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("sent", _panel_file(tmp_path), "-r", "Priya", "--on", "25/11/2026")
    assert result.returncode == 2
    assert "argument --on: not a date written YYYY-MM-DD: '25/11/2026'" in result.stderr


def test_the_readme_shows_the_plan_as_it_is(run_cli: RunCli, tmp_path: Path) -> None:
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- plan-example:", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    command, shown = block.split("\n", 1)
    _panel_file(tmp_path)

    sent = run_cli("sent", "acme.toml", "--recipient", "Priya", "--on", "2026-11-25", cwd=tmp_path)
    assert sent.returncode == 0, sent.stderr
    assert command == "$ thanknote plan acme.toml --today 2026-11-30"
    result = run_cli("plan", "acme.toml", "--today", "2026-11-30", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout == shown


def test_windows_line_ends_stay_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "crlf.toml"
    text = (EXAMPLES / "panel.toml").read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))

    record_sent(path, ["Lan"], NEXT_DAY, today=MONDAY)

    raw = path.read_bytes()
    assert b"sent = 2026-11-25\r\n" in raw
    assert raw.count(b"\n") == raw.count(b"\r\n")
