"""`thanknote draft --format ... -o DIR`, run as a real command and its files read back."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

RunCli = Callable[..., subprocess.CompletedProcess[str]]
PANEL = Path(__file__).resolve().parent.parent / "examples" / "panel.toml"
PANEL_STEMS = [
    "2026-11-24_acme-robotics_dr-priya-raman",
    "2026-11-24_acme-robotics_jose-nunez-garcia",
    "2026-11-24_acme-robotics_nguyen-thi-lan",
    "2026-11-24_acme-robotics_siobhan-o-suilleabhain",
]


def _interview_file(folder: Path, *people: dict[str, str], company: str = "Initech") -> Path:
    """Write a small interview file (JSON) with the panel given."""
    path = folder / f"{company.lower()}.json"
    data = {
        "company": company,
        "position": "Analyst",
        "date": "2026-11-02",
        "candidate": {"name": "Sam Reed", "email": "sam@example.com"},
        "interviewers": list(people),
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _eml(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def test_every_format_for_the_panel(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli(
        "draft",
        PANEL,
        "--format",
        "txt,docx",
        "--format",
        "eml",
        "-o",
        out,
        "--today",
        "2026-11-25",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"wrote 4 notes for 1 interview to {out}/ (4 txt, 4 docx, 3 eml; no .eml for "
        "'Siobhán Ó Súilleabháin', who asked for post: see the txt and docx)\n"
    )
    assert result.stderr == ""
    assert _files(out) == sorted(
        f"{s}{x}"
        for s in PANEL_STEMS
        for x in (".txt", ".docx", ".eml")
        if not (x == ".eml" and s.endswith("siobhan-o-suilleabhain"))
    )

    text = (out / f"{PANEL_STEMS[1]}.txt").read_text(encoding="utf-8")
    assert text.startswith("Dear José,\n")
    document = docx.Document(str(out / f"{PANEL_STEMS[1]}.docx"))
    assert [p.style.name for p in document.paragraphs][:3] == [
        "Note Date",
        "Recipient Address",
        "Salutation",
    ]
    assert document.core_properties.author == "Alex Morgan"
    message = _eml(out / f"{PANEL_STEMS[1]}.eml")
    assert message["To"].addresses[0].display_name == "José Núñez-García"
    assert message["X-Unsent"] == "1"
    assert message.get_content() == text


def test_pdf_for_the_panel(run_cli: RunCli, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "out"
    result = run_cli(
        "draft", PANEL, "--format", "pdf", "--page-size", "a6", "--lines", "--envelope", "a2",
        "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _files(out) == [f"{s}.pdf" for s in PANEL_STEMS]
    reader = pypdf.PdfReader(out / f"{PANEL_STEMS[1]}.pdf")
    assert "José Núñez-García" in "".join(page.extract_text() for page in reader.pages)


def test_pdf_cards_go_by_the_day_given_with_today(run_cli: RunCli, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "out"
    result = run_cli("draft", PANEL, "--format", "pdf", "--today", "2030-01-15", "-o", out)

    assert result.returncode == 0, result.stderr
    reader = pypdf.PdfReader(out / f"{PANEL_STEMS[0]}.pdf")
    assert "Post today (it was due November 25)" in reader.pages[0].extract_text()


def test_combined_docx_and_txt(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli(
        "draft", PANEL, PANEL.with_name("one_to_one.toml"), "-t", "letter", "--format", "docx,txt",
        "--combined", "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("(1 combined docx, 1 combined txt)\n")
    assert "wrote 5 notes for 2 interviews" in result.stdout
    assert _files(out) == ["thank-you-notes.docx", "thank-you-notes.txt"]
    document = docx.Document(str(out / "thank-you-notes.docx"))
    breaks = document.element.body.findall(f'.//{qn("w:br")}[@{qn("w:type")}="page"]')
    assert len(breaks) == 4
    salutations = [p.text for p in document.paragraphs if p.style.name == "Salutation"]
    assert len(salutations) == 5
    assert salutations[:3] == [
        "Dear Dr. Raman,",
        "Dear José Núñez-García,",
        "Dear Siobhán Ó Súilleabháin,",
    ]
    assert salutations[4] == "Dear Dr. Smith,"
    assert (out / "thank-you-notes.txt").read_text(encoding="utf-8").count("\f") == 4


def test_a_folder_of_interviews(run_cli: RunCli, tmp_path: Path) -> None:
    inbox = tmp_path / "interviews"
    inbox.mkdir()
    _interview_file(inbox, {"name": "Ann Lee"}, company="Initech")
    _interview_file(inbox, {"name": "Bo Chan"}, {"name": "Cy Dahl"}, company="Globex")
    out = tmp_path / "out"
    result = run_cli("draft", inbox, "--format", "docx", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 3 notes for 2 interviews to {out}/ (3 docx)\n"
    assert _files(out) == [
        "2026-11-02_globex_bo-chan.docx",
        "2026-11-02_globex_cy-dahl.docx",
        "2026-11-02_initech_ann-lee.docx",
    ]


def test_other_formats_need_an_output_folder(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("draft", PANEL, "--format", "docx", cwd=None)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        "thanknote draft: error: --format docx needs -o DIR (only txt can be printed)"
    )


def test_pdf_options_need_pdf(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("draft", PANEL, "--format", "docx", "--lines", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith("--lines only applies to PDF: add --format pdf")
    assert not (tmp_path / "out").exists()


def test_unknown_format(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("draft", PANEL, "--format", "pdf,odt", "-o", tmp_path / "out")
    assert result.returncode == 2
    assert "unknown format 'odt'; choose from: txt, pdf, docx, eml" in result.stderr


def test_hostile_name_lands_inside(run_cli: RunCli, tmp_path: Path) -> None:
    source = _interview_file(tmp_path, {"name": "../../etc/passwd"})
    out = tmp_path / "out"
    result = run_cli("draft", source, "--format", "txt,docx", "-o", out)
    assert result.returncode == 0, result.stderr
    assert _files(out) == [
        "2026-11-02_initech_etc-passwd.docx",
        "2026-11-02_initech_etc-passwd.txt",
    ]
    assert _files(tmp_path) == ["initech.json", "out"]


def test_two_recipients_with_the_same_name(run_cli: RunCli, tmp_path: Path) -> None:
    source = _interview_file(tmp_path, {"name": "Ann Lee"}, {"name": "Ann Lee"})
    out = tmp_path / "out"
    result = run_cli("draft", source, "--format", "docx", "-o", out)
    assert result.returncode == 0, result.stderr
    assert _files(out) == ["2026-11-02_initech_ann-lee-2.docx", "2026-11-02_initech_ann-lee.docx"]


def test_recipient_without_email_is_reported(run_cli: RunCli, tmp_path: Path) -> None:
    source = _interview_file(
        tmp_path,
        {"name": "Ann Lee", "email": "ann@initech.example"},
        {"name": "Bo Chan"},
        {"name": "Cy Dahl", "email": "cy@initech.example"},
    )
    out = tmp_path / "out"
    result = run_cli("draft", source, "--format", "eml,txt", "-o", out, "--today", "2026-11-03")
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"thanknote: warning: no e-mail address for 'Bo Chan' ({source} interviewers[2].email): "
        ".eml skipped\n"
    )
    assert result.stdout.endswith("(2 eml, 3 txt; 1 .eml skipped: no e-mail address)\n")
    assert len(list(out.glob("*.eml"))) == 2
    assert len(list(out.glob("*.txt"))) == 3


def test_nobody_has_an_email(run_cli: RunCli, tmp_path: Path) -> None:
    source = _interview_file(tmp_path, {"name": "Bo Chan"})
    result = run_cli(
        "draft", source, "--format", "eml", "-o", tmp_path / "out", "--today", "2026-11-03"
    )
    assert result.returncode == 2
    assert result.stderr.startswith("thanknote: no recipient has an e-mail address;")
    assert not (tmp_path / "out").exists()


def test_existing_file_needs_force(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    mine = out / f"{PANEL_STEMS[2]}.docx"
    mine.write_bytes(b"my edits")
    result = run_cli("draft", PANEL, "--format", "docx", "-o", out)
    assert result.returncode == 2
    assert result.stderr == (
        f"thanknote: {mine}: already exists; nothing written; use --force to replace\n"
    )
    assert _files(out) == [mine.name]
    assert mine.read_bytes() == b"my edits"

    result = run_cli("draft", PANEL, "--format", "docx", "-o", out, "--force")
    assert result.returncode == 0, result.stderr
    assert len(_files(out)) == 4
    assert docx.Document(str(mine)).paragraphs[0].style.name == "Note Date"


def test_output_under_a_file_fails_cleanly(run_cli: RunCli, tmp_path: Path) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("", encoding="utf-8")
    result = run_cli("draft", PANEL, "--format", "docx", "-o", blocker / "out")
    assert result.returncode == 2
    assert result.stderr.startswith(f"thanknote: {blocker / 'out'}: cannot create the folder: ")
    assert len(result.stderr.splitlines()) == 1
    assert _files(tmp_path) == ["notes"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir(mode=0o500)
    try:
        result = run_cli("draft", PANEL, "--format", "docx", "-o", out)
    finally:
        out.chmod(0o700)
    assert result.returncode == 2
    assert "cannot write here: Permission denied; 0 of 4 files written" in result.stderr
    assert _files(out) == []


def test_missing_font_file(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    font = tmp_path / "NoSuch.ttf"
    result = run_cli("draft", PANEL, "--format", "pdf,docx", "--font", font, "-o", out)
    assert result.returncode == 2
    assert result.stderr == (
        f"thanknote: {font}: no such font file; give --font the path of a .ttf file\n"
    )
    assert not out.exists()


def test_a_font_path_may_start_with_a_tilde(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thanknote import cli
    from thanknote.writers.pdf import DEFAULT_FONT

    monkeypatch.setenv("HOME", str(tmp_path))
    shutil.copy(DEFAULT_FONT, tmp_path / "Mine.ttf")
    out = tmp_path / "out"

    status = cli.main(
        ["draft", str(PANEL), "--format", "pdf", "--font", "~/Mine.ttf", "-o", str(out)]
    )

    assert status == 0, capsys.readouterr().err
    assert len(list(out.glob("*.pdf"))) == 4


def test_invalid_input_writes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"company": "X"}', encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("draft", PANEL, bad, "--format", "docx", "-o", out)
    assert result.returncode == 2
    assert result.stderr.startswith(f"thanknote: {bad}")
    assert not out.exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_slow_batch_in_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thanknote import cli
    from thanknote.cli import draft

    clock = iter(range(0, 1000, 2))  # every look at the clock is two seconds later
    monkeypatch.setattr(draft.time, "monotonic", lambda: float(next(clock)))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["draft", str(PANEL), "-o", str(tmp_path / "out")]) == 0
    assert terminal.getvalue() == (
        "".join(f"\rwriting {n}/4 files…" for n in range(1, 5)) + "\r\033[K"
    )
    assert capsys.readouterr().out.startswith("wrote 4 notes")


def test_no_progress_line_when_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from thanknote import cli
    from thanknote.cli import draft

    clock = iter(range(0, 1000, 2))
    monkeypatch.setattr(draft.time, "monotonic", lambda: float(next(clock)))
    out = str(tmp_path / "out")
    assert cli.main(["draft", str(PANEL), "-o", out, "--today", "2026-11-25"]) == 0
    assert capsys.readouterr().err == ""


def test_envelopes_name_every_recipient_without_an_address(run_cli: RunCli, tmp_path: Path) -> None:
    source = _interview_file(
        tmp_path,
        {"name": "Ann Lee", "address": "1 Main St\nSpringfield, IL 62701"},
        {"name": "Bo Chan"},
        {"name": "Cy Dahl"},
    )
    out = tmp_path / "out"
    args = ("draft", source, "--format", "pdf,txt", "--envelope", "10", "-o", out)
    args += ("--today", "2026-11-03")

    result = run_cli(*args)

    assert result.returncode == 2
    assert result.stderr == (
        f"thanknote: no mailing address for 'Bo Chan' ({source} interviewers[2].address) "
        f"and 'Cy Dahl' ({source} interviewers[3].address); add address = \"...\" to their "
        "[[interviewers]] tables, drop --envelope, or pass --skip-missing to write the rest\n"
    )
    assert not out.exists()

    result = run_cli(*args, "--skip-missing")

    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"thanknote: warning: no mailing address for 'Bo Chan' ({source} "
        "interviewers[2].address): .pdf skipped\n"
        f"thanknote: warning: no mailing address for 'Cy Dahl' ({source} "
        "interviewers[3].address): .pdf skipped\n"
    )
    assert result.stdout == (
        f"wrote 3 notes for 1 interview to {out}/ (1 pdf, 3 txt; 2 .pdf skipped: "
        "no mailing address)\n"
    )
    assert _files(out) == [
        "2026-11-02_initech_ann-lee.pdf",
        "2026-11-02_initech_ann-lee.txt",
        "2026-11-02_initech_bo-chan.txt",
        "2026-11-02_initech_cy-dahl.txt",
    ]


def test_a_batch_of_two_candidates(run_cli: RunCli, tmp_path: Path) -> None:
    inbox = tmp_path / "interviews"
    inbox.mkdir()
    first = _interview_file(inbox, {"name": "Ann Lee"}, company="Initech")
    second = inbox / "globex.json"
    data = json.loads(first.read_text(encoding="utf-8"))
    data.update(company="Initech", candidate={"name": "Zoë Ångström"})
    second.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"

    result = run_cli("draft", inbox, "--format", "txt", "-o", out)

    assert result.returncode == 0, result.stderr
    assert _files(out) == [
        "2026-11-02_initech_sam-reed_ann-lee.txt",
        "2026-11-02_initech_zoe-angstrom_ann-lee.txt",
    ]
    plan = run_cli("plan", inbox, "--today", "2026-11-02")
    headings = [line for line in plan.stdout.splitlines() if "interviewed" in line]
    assert headings == [
        "Zoë Ångström — Initech: Analyst, interviewed Mon 2 Nov 2026",
        "Sam Reed — Initech: Analyst, interviewed Mon 2 Nov 2026",
    ]


def test_skip_missing_needs_a_folder(run_cli: RunCli) -> None:
    result = run_cli("draft", PANEL, "--skip-missing")
    assert result.returncode == 2
    assert "--skip-missing needs -o DIR" in result.stderr


def test_a_pdf_at_the_end_of_the_calendar_is_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "far.toml"
    text = PANEL.read_text(encoding="utf-8").replace("date = 2026-11-24", "date = 9999-12-31")
    source.write_text(text.replace("decision_by = 2026-12-04\n", ""), encoding="utf-8")
    out = tmp_path / "out"

    result = run_cli("draft", source, "--format", "pdf", "-o", out)

    assert result.returncode == 2
    assert result.stderr == (
        "thanknote: cannot date the pdf notes of the Acme Robotics interview of Fri 31 Dec 9999: "
        "the next business day after Fri 31 Dec 9999 would fall after Fri 31 Dec 9999, the last "
        "day a calendar holds\n"
    )
    assert not out.exists()
