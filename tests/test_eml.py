"""The e-mail writer, read back with the standard library's parser."""

from __future__ import annotations

import dataclasses
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

import thanknote
from thanknote.writers.eml import MissingEmailError


def _read(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def test_email_template_note(panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    note = thanknote.draft(panel_interview, "email")[1]
    path = tmp_path / "note.eml"
    thanknote.write_eml(note, path)
    raw = path.read_bytes()
    message = _read(path)

    assert raw.isascii()  # every non-ASCII header and the body are encoded
    to = message["To"].addresses[0]
    assert (to.display_name, to.addr_spec) == (
        "José Núñez-García",
        "jose.nunez-garcia@acme-robotics.example",
    )
    assert str(message["From"]) == "Alex Morgan <alex.morgan@example.com>"
    assert message["Subject"] == note.subject
    assert message["X-Unsent"] == "1"
    assert message["Date"].datetime is not None
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content()
    assert body.startswith("Dear José Núñez-García,\n")
    assert "Subject:" not in body
    assert body.rstrip().endswith("+1 555 0142")


def test_other_templates_get_a_default_subject(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    note = thanknote.draft(panel_interview, "card")[0]
    path = tmp_path / "note.eml"
    thanknote.write_eml(note, path)
    message = _read(path)
    assert message["Subject"] == "Thank you – Senior Data Engineer interview"
    assert message.get_content() == note.text


@pytest.mark.parametrize(
    "name", ["Zoë Åström", "Łukasz Wróbel", "Ǆemal Hadžić", "Nguyễn Thị Lan", "Dr. O'Brien, Jr."]
)
def test_names_round_trip_in_headers(
    name: str, panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    person = dataclasses.replace(panel_interview.interviewers[0], name=name)
    interview = dataclasses.replace(panel_interview, interviewers=(person,))
    path = tmp_path / "note.eml"
    thanknote.write_eml(thanknote.draft(interview, "email")[0], path)
    assert _read(path)["To"].addresses[0].display_name == name


def test_candidate_without_email_has_no_from(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    candidate = dataclasses.replace(panel_interview.candidate, email=None)
    interview = dataclasses.replace(panel_interview, candidate=candidate)
    path = tmp_path / "note.eml"
    thanknote.write_eml(thanknote.draft(interview, "email")[0], path)
    assert "From" not in _read(path)


def test_recipient_without_email_is_an_error(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    person = dataclasses.replace(panel_interview.interviewers[2], email=None)
    interview = dataclasses.replace(panel_interview, interviewers=(person,))
    path = tmp_path / "note.eml"
    with pytest.raises(MissingEmailError, match="no e-mail address for 'Siobhán Ó Súilleabháin'"):
        thanknote.write_eml(thanknote.draft(interview)[0], path)
    assert not path.exists()
