"""`thanknote check` checks what is sent: e-mails (.eml), Word letters (.docx) and the text
files `thanknote draft` writes."""

from __future__ import annotations

import json
import shutil
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
import pytest

from conftest import EXAMPLES, RunCli
from thanknote import Interview
from thanknote.errors import NoteFileError
from thanknote.notefiles import read_note_file
from thanknote.report import check_notes, report_lines

BODY = (
    "Dear Priya,\n\nThank you for the talk about data quality monitoring on Tuesday; the "
    "story of the nightly loads that slipped past every dashboard stayed with me.\n\n"
    "I remain very interested in the role and would welcome the chance to join Acme "
    "Robotics.\n\nBest regards,\nAlex Morgen\n"
)
LONG_BODY = BODY.replace("stayed with me.", "stayed with me. " + "It was a good day. " * 60)


def _eml(path: Path, body: str, *, to: str = "Dr. Priya Raman <priya@acme.example>") -> Path:
    message = EmailMessage(policy=SMTP)
    message["To"] = to
    message["From"] = "Alex Morgan <alex@example.com>"
    message["Subject"] = "Thank you – Senior Data Engineer interview at Acme Robotic"
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    path.write_bytes(message.as_bytes())
    return path


def _docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _findings(path: Path, interview: Interview) -> list[tuple[str, str, str | None]]:
    (checked,) = check_notes(read_note_file(path), interview)
    return [(f.code, checked.text[f.start : f.end], f.suggestion) for f in checked.findings]


def test_an_email_is_checked_as_decoded_subject_and_text(
    tmp_path: Path, panel_interview: Interview
) -> None:
    path = _eml(tmp_path / "note.eml", BODY)
    assert b"=\r\n" in path.read_bytes()  # quoted-printable soft line breaks in the file

    (note,) = read_note_file(path)

    assert note.text.startswith("Subject: Thank you – Senior Data Engineer interview at")
    assert "stayed with me." in note.text
    assert (note.kind, note.extracted_from) == ("email", "eml")
    assert _findings(path, panel_interview) == [
        ("company-misspelled", "Acme Robotic", "Acme Robotics"),
        ("name-misspelled", "Morgen", "Morgan"),
    ]


def test_an_emails_recipient_is_its_to_header(tmp_path: Path, panel_interview: Interview) -> None:
    path = _eml(tmp_path / "note.eml", BODY, to="José Núñez-García <jose@acme.example>")

    found = _findings(path, panel_interview)

    assert ("wrong-recipient", "Priya", "José") in found


def test_an_email_or_a_letter_is_never_too_long(tmp_path: Path, panel_interview: Interview) -> None:
    eml = _eml(tmp_path / "long.eml", LONG_BODY)
    letter = _docx(tmp_path / "long.docx", LONG_BODY.split("\n\n"))
    card = tmp_path / "long.txt"
    card.write_text(LONG_BODY, encoding="utf-8")

    assert "too-long" not in [code for code, _, _ in _findings(eml, panel_interview)]
    assert "too-long" not in [code for code, _, _ in _findings(letter, panel_interview)]
    assert "too-long" in [code for code, _, _ in _findings(card, panel_interview)]


def test_a_word_letter_is_checked_as_its_paragraphs(
    tmp_path: Path, panel_interview: Interview
) -> None:
    path = _docx(tmp_path / "letter.docx", BODY.split("\n\n"))

    (note,) = read_note_file(path)

    assert note.text == BODY
    assert (note.kind, note.extracted_from) == ("letter", "docx")
    assert _findings(path, panel_interview) == [("name-misspelled", "Morgen", "Morgan")]


def test_drafted_emails_and_letters_check_clean(
    run_cli: RunCli, tmp_path: Path, panel_interview: Interview
) -> None:
    shutil.copy(EXAMPLES / "panel.toml", tmp_path / "panel.toml")
    drafted = run_cli(
        "draft", "panel.toml", "-t", "letter", "--format", "eml,docx,txt", "-o", "out", cwd=tmp_path
    )
    assert drafted.returncode == 0, drafted.stderr
    files = sorted((tmp_path / "out").iterdir())
    by_post = [p for p in panel_interview.interviewers if p.preferred_contact == "mail"]
    assert len(files) == 12 - len(by_post)  # no .eml for who asked for post

    result = run_cli("check", *files, "-i", "panel.toml", cwd=tmp_path)

    assert result.returncode == 0, result.stdout
    assert "error" not in result.stdout.replace("0 errors", "")


def test_a_combined_text_file_is_checked_note_by_note(
    run_cli: RunCli, tmp_path: Path, panel_interview: Interview
) -> None:
    shutil.copy(EXAMPLES / "panel.toml", tmp_path / "panel.toml")
    drafted = run_cli("draft", "panel.toml", "--combined", "-o", "out", cwd=tmp_path)
    assert drafted.returncode == 0, drafted.stderr
    (combined,) = (tmp_path / "out").iterdir()

    notes = read_note_file(combined)

    assert [note.recipient(panel_interview) for note in notes] == list(panel_interview.interviewers)
    assert all(not note.text.startswith("==") for note in notes)
    assert all(not c.findings for c in check_notes(notes, panel_interview))


def test_the_report_says_where_positions_count_in_extracted_text(
    run_cli: RunCli, tmp_path: Path
) -> None:
    shutil.copy(EXAMPLES / "panel.toml", tmp_path / "panel.toml")
    _eml(tmp_path / "note.eml", BODY)

    human = run_cli("check", "note.eml", "-i", "panel.toml", cwd=tmp_path)
    machine = run_cli("check", "note.eml", "-i", "panel.toml", "--json", cwd=tmp_path)

    assert human.returncode == machine.returncode == 1
    lines = human.stdout.splitlines()
    assert lines[0].startswith("note.eml:1:")  # the Subject line, as decoded
    assert "error company-misspelled" in lines[0]
    assert lines[2] == (
        "note.eml: note: lines and columns count in the text read from the file (the e-mail's "
        "Subject line, a blank line, then its text), not in the file itself"
    )
    report = json.loads(machine.stdout)
    assert report["extracted_from"] == "eml"
    text = report["checked_text"]
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "bad.docx", b"not a zip", "is not a Word document that can be read", id="docx"
        ),
        pytest.param("empty.docx", None, "the note is empty", id="empty-docx"),
    ],
)
def test_unreadable_files_are_one_line_errors(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is None:
        _docx(path, [])
    else:
        path.write_bytes(content)
    with pytest.raises(NoteFileError, match=message):
        read_note_file(path)


def test_report_lines_name_the_file_for_each_note(
    tmp_path: Path, panel_interview: Interview
) -> None:
    path = _docx(tmp_path / "letter.docx", BODY.split("\n\n"))
    lines = report_lines(check_notes(read_note_file(path), panel_interview))
    assert lines[0].startswith(f"{path}:")
    assert "(the document's paragraphs, a blank line between them)" in lines[1]
