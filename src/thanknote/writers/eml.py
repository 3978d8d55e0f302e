"""E-mail drafts (.eml): one message per recipient, ready to open and send.

Mail clients (Outlook, Thunderbird, Apple Mail) open a message carrying
`X-Unsent: 1` as a draft: check it, then press Send. Headers follow RFC 5322
through the standard library's `email` package, which encodes non-ASCII
names (RFC 2047) so "José Núñez-García" arrives as written. The `email`
package is imported when a message is built: it costs as much to import as
the rest of `thanknote draft`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from thanknote.errors import ThanknoteError
from thanknote.model import Note
from thanknote.writers import NoOptions, Skip, check_characters

if TYPE_CHECKING:
    from email.headerregistry import Address
    from email.message import EmailMessage

__all__ = [
    "BY_POST",
    "COMBINABLE",
    "NO_EMAIL",
    "OPTIONS",
    "SUFFIX",
    "MissingEmailError",
    "check",
    "default_subject",
    "note_as_email",
    "skip",
    "write",
]

SUFFIX: Final = ".eml"
COMBINABLE: Final = False  # a message has one recipient
OPTIONS: Final = NoOptions

NO_EMAIL: Final = Skip(reason="no e-mail address", needs="an e-mail address", key="email")
"""Why a recipient gets no e-mail draft."""
BY_POST: Final = Skip(
    reason="asked for post", needs="an e-mail address", key="preferred_contact", asked=True
)
"""Why a recipient who asked for post (`preferred_contact = "mail"`) gets no e-mail draft."""


class MissingEmailError(ThanknoteError):
    """A note cannot become an e-mail: its recipient has no e-mail address."""

    def __init__(self, note: Note) -> None:
        self.note = note
        super().__init__(
            f"{NO_EMAIL.reason} for {note.recipient.name!r}; "
            f'add {NO_EMAIL.key} = "..." to their [[interviewers]] table'
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
        UnwritableCharacterError: a lone surrogate, which no message can carry.
        ThanknoteError: an address cannot be put in a header.
    """
    from email import policy

    candidate = note.interview.candidate
    parts = [("the note", note.text), ("the subject", note.subject)]
    parts += [
        ("the recipient's name", note.recipient.name),
        ("the position", note.interview.position),
    ]
    parts += [("the candidate's name", candidate.name)]
    check_characters(note, SUFFIX, parts)
    from email.message import EmailMessage
    from email.utils import format_datetime

    if not note.recipient.email:
        raise MissingEmailError(note)
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = _address(note.recipient.name, note.recipient.email)
    if candidate.email:
        message["From"] = _address(candidate.name, candidate.email)
    message["Subject"] = note.subject or default_subject(note)
    message["Date"] = format_datetime(date or dt.datetime.now().astimezone())
    message["X-Unsent"] = "1"  # mail clients open the file as a draft to send
    message.set_content(note.text, charset="utf-8")
    return message


def _address(name: str, email: str) -> Address:
    from email.headerregistry import Address

    try:
        return Address(display_name=name, addr_spec=email)
    except (ValueError, IndexError) as exc:
        reason = " ".join(str(exc).split())  # one line: some messages quote the header
        raise ThanknoteError(
            f"e-mail address {email!r} of {name!r} is not valid: {reason}"
        ) from None


def skip(note: Note) -> Skip | None:
    """A recipient who asked for post, or has no e-mail address, gets no draft;
    the batch names them."""
    if note.recipient.preferred_contact == "mail":
        return BY_POST
    return None if note.recipient.email else NO_EMAIL


def check(notes: Sequence[Note], options: NoOptions) -> None:
    """Build every message, so that a bad address stops a batch before it writes.

    Raises:
        MissingEmailError: a recipient has no e-mail address.
        ThanknoteError: an address cannot be put in a header.
    """
    del options
    for note in notes:
        note_as_email(note)


def write(notes: Sequence[Note], path: Path, options: NoOptions) -> None:
    """Write one note as an e-mail draft (.eml) to `path`: a file holds one message.

    Raises:
        MissingEmailError: the recipient has no e-mail address.
    """
    del options
    if len(notes) != 1:
        raise ValueError(f"an .eml file holds one note, not {len(notes)}")
    path.write_bytes(note_as_email(notes[0]).as_bytes())
