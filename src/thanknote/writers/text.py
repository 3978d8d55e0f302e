"""Plain text: the note as it would be copied out, subject line first for e-mail.

Also what `thanknote draft` prints: the notes, each under a header line
naming its recipient and interview.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from thanknote.model import Note
from thanknote.writers import NoOptions, check_characters, skip_none

__all__ = [
    "COMBINABLE",
    "NOTE_SEPARATOR",
    "OPTIONS",
    "SUFFIX",
    "check",
    "header",
    "note_as_text",
    "printed",
    "skip",
    "write",
]

SUFFIX: Final = ".txt"
COMBINABLE: Final = True
OPTIONS: Final = NoOptions

NOTE_SEPARATOR: Final = "\n\f\n"
"""Between notes of a combined text file: a form feed starts a new printed page."""


def note_as_text(note: Note) -> str:
    """The note's text, with its "Subject:" line when it has one."""
    if note.subject:
        return f"Subject: {note.subject}\n\n{note.text}"
    return note.text


def header(note: Note) -> str:
    """The line that heads a note among others: "== Name, Title (Company, 2026-11-24)"."""
    title = f", {note.recipient.title}" if note.recipient.title else ""
    interview = note.interview
    return f"== {note.recipient.name}{title} ({interview.company}, {interview.date})"


def printed(notes: Sequence[Note]) -> str:
    """The notes as `thanknote draft` prints them: a blank line between, each under its header."""
    return "\n".join(f"{header(note)}\n{note_as_text(note)}" for note in notes)


skip = skip_none


def check(notes: Sequence[Note], options: NoOptions) -> None:
    """Refuse half a UTF-16 pair (a lone surrogate), which no UTF-8 file can hold.

    Raises:
        UnwritableCharacterError: a note holds one.
    """
    del options
    for note in notes:
        person = note.recipient
        parts = [("the note", note.text), ("the subject", note.subject)]
        if len(notes) > 1:  # the header line of each note
            parts += [
                ("the recipient's name", person.name),
                ("the recipient's title", person.title),
            ]
            parts += [("the company's name", note.interview.company)]
        check_characters(note, SUFFIX, parts)


def write(notes: Sequence[Note], path: Path, options: NoOptions) -> None:
    """Write the notes as UTF-8 text, one after another.

    A file of several notes (`--combined`) starts each with a header line
    naming its recipient and interview, as `thanknote draft` prints them.

    Raises:
        UnwritableCharacterError: as `check`.
    """
    check(notes, options)
    if len(notes) == 1:
        path.write_text(note_as_text(notes[0]), encoding="utf-8")
        return
    parts = [f"{header(note)}\n\n{note_as_text(note)}" for note in notes]
    path.write_text(NOTE_SEPARATOR.join(parts), encoding="utf-8")
