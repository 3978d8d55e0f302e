"""E-mail drafts (.eml): one message per recipient, ready to open and send.

Mail clients (Outlook, Thunderbird, Apple Mail) open a message carrying
`X-Unsent: 1` as a draft: check it, then press Send. Headers follow RFC 5322
through the standard library's `email` package, which encodes non-ASCII
names (RFC 2047) so "José Núñez-García" arrives as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from thanknote.errors import ThanknoteError
from thanknote.model import Note

__all__ = ["MissingEmailError", "default_subject", "note_as_email", "write_eml", "write_eml_notes"]


class MissingEmailError(ThanknoteError):
    """A note cannot become an e-mail: its recipient has no e-mail address."""

    def __init__(self, note: Note) -> None:
        self.note = note
        super().__init__(
            f"no e-mail address for {note.recipient.name!r}; "
            'add email = "..." to their [[interviewers]] table'
        )


def default_subject(note: Note) -> str:
    """The subject of a note drafted without one: "Thank you – <position> interview"."""
    return f"Thank you – {note.interview.position} interview"


def note_as_email(note: Note, *, date: dt.datetime | None = None) -> EmailMessage:
    """Build the draft message for a note: To the recipient, From the candidate.

    The subject is the note's own (the `email` template writes one), else
    `default_subject`. The body is the note's text as UTF-8 plain text.

    Raises:
        MissingEmailError: the recipient has no e-mail address.
        ThanknoteError: an address cannot be put in a header.
    """
    if not note.recipient.email:
        raise MissingEmailError(note)
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = _address(note.recipient.name, note.recipient.email)
    candidate = note.interview.candidate
    if candidate.email:
        message["From"] = _address(candidate.name, candidate.email)
    message["Subject"] = note.subject or default_subject(note)
    message["Date"] = format_datetime(date or dt.datetime.now().astimezone())
    message["X-Unsent"] = "1"  # mail clients open the file as a draft to send
    message.set_content(note.text, charset="utf-8")
    return message


def _address(name: str, email: str) -> Address:
    try:
        return Address(display_name=name, addr_spec=email)
    except (ValueError, IndexError) as exc:
        raise ThanknoteError(f"e-mail address {email!r} of {name!r} is not valid: {exc}") from None


def write_eml(note: Note, path: Path) -> None:
    """Write one note as an e-mail draft (.eml) to `path`.

    Raises:
        MissingEmailError: the recipient has no e-mail address.
    """
    path.write_bytes(note_as_email(note).as_bytes())


def write_eml_notes(notes: Sequence[Note], path: Path) -> None:
    """The writer interface for .eml: exactly one note per file."""
    if len(notes) != 1:
        raise ValueError(f"an .eml file holds one note, not {len(notes)}")
    write_eml(notes[0], path)
