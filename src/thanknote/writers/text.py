"""Plain text: the note as it would be copied out, subject line first for e-mail."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from thanknote.model import Note

# Between notes of a combined text file: a form feed starts a new printed page.
NOTE_SEPARATOR = "\n\f\n"


def note_as_text(note: Note) -> str:
    """The note's text, with its "Subject:" line when it has one."""
    if note.subject:
        return f"Subject: {note.subject}\n\n{note.text}"
    return note.text


def write_text(notes: Sequence[Note], path: Path) -> None:
    """Write the notes as UTF-8 text, one after another.

    A file of several notes (`--combined`) starts each with a header line
    naming its recipient and interview, as `thanknote draft` prints them.
    """
    if len(notes) == 1:
        path.write_text(note_as_text(notes[0]), encoding="utf-8")
        return
    parts = [f"{_header(note)}\n\n{note_as_text(note)}" for note in notes]
    path.write_text(NOTE_SEPARATOR.join(parts), encoding="utf-8")


def _header(note: Note) -> str:
    title = f", {note.recipient.title}" if note.recipient.title else ""
    interview = note.interview
    return f"== {note.recipient.name}{title} ({interview.company}, {interview.date})"
