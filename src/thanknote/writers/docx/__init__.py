"""Word documents (.docx) to edit: business-letter layout with named paragraph styles.

Each note becomes a letter: the date, the recipient's name and title exactly
as on the card with company and address, the salutation, the body, the
closing and the signature (`letter`). Every paragraph carries a named style
("Note Date", "Recipient Address", "Salutation", "Note Body", "Closing",
"Signature"...) and no direct formatting, so changing a style in Word or
LibreOffice restyles every letter at once (`document`). Several notes go
into one document with a page break before each letter after the first.

This module is the writer's contract; python-docx and the letter layout are
imported when a document is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from thanknote.model import Note
from thanknote.writers import NoOptions, check_characters, skip_none

__all__ = ["COMBINABLE", "OPTIONS", "SUFFIX", "check", "skip", "write"]

SUFFIX: Final = ".docx"
COMBINABLE: Final = True
OPTIONS: Final = NoOptions


skip = skip_none


def check(notes: Sequence[Note], options: NoOptions) -> None:
    """Refuse what a Word document cannot hold, before anything is written.

    A .docx is XML, which has no place for most control characters, U+FFFE,
    U+FFFF or half a UTF-16 pair: each is named, with where it is. (The core
    properties' 255-character limit cannot be met: a longer title is cut.)

    Raises:
        UnwritableCharacterError: a note holds such a character.
    """
    del options
    for note in notes:
        person, interview = note.recipient, note.interview
        parts = [
            ("the note", note.text),
            ("the subject", note.subject),
            ("the recipient's name", person.name),
            ("the recipient's title", person.title),
            ("the recipient's address", person.address),
            ("the candidate's name", interview.candidate.name),
            ("the company's name", interview.company),
            ("the position", interview.position),
        ]
        check_characters(note, SUFFIX, parts, xml=True)


def write(notes: Sequence[Note], path: Path, options: NoOptions) -> None:
    """Write the notes as one Word document, a page break before each letter after the first.

    The document's core properties name the candidate as author, and the
    recipient (one note) or the number of notes as title, with the company
    and position as subject.

    Raises:
        UnwritableCharacterError: as `check`.
    """
    from thanknote.writers.docx.document import write_document

    check(notes, options)
    write_document(notes, path)
