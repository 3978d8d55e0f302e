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
from thanknote.writers import NoOptions, check_nothing, skip_none

__all__ = ["COMBINABLE", "OPTIONS", "SUFFIX", "check", "skip", "write"]

SUFFIX: Final = ".docx"
COMBINABLE: Final = True
OPTIONS: Final = NoOptions


skip = skip_none
check = check_nothing  # characters XML cannot hold are dropped, not refused


def write(notes: Sequence[Note], path: Path, options: NoOptions) -> None:
    """Write the notes as one Word document, a page break before each letter after the first.

    The document's core properties name the candidate as author, and the
    recipient (one note) or the number of notes as title, with the company
    and position as subject.
    """
    from thanknote.writers.docx.document import write_document

    del options
    write_document(notes, path)
