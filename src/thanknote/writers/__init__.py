"""Writers: one module per output format, each behind the same interface.

A writer takes notes and the path of one file and writes that file whole;
choosing names and writing atomically is the batch's job (`thanknote.batch`).
Each format's library (reportlab, python-docx) is imported only when its
writer is asked for, so `import thanknote` and text output stay fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from thanknote.errors import ThanknoteError

if TYPE_CHECKING:
    from thanknote.model import Note

__all__ = [
    "COMBINABLE",
    "FORMATS",
    "FormatError",
    "WriteFunction",
    "write_docx",
    "write_eml",
    "write_pdf",
    "writer_for",
]

# write(notes, path, **options): writes `path`, holding every note given.
WriteFunction = Callable[..., None]

FORMATS: dict[str, str] = {"txt": ".txt", "pdf": ".pdf", "docx": ".docx", "eml": ".eml"}
"""Every output format and its file suffix."""

COMBINABLE: frozenset[str] = frozenset({"txt", "pdf", "docx"})
"""Formats whose file can hold many notes; an .eml file is always one message."""


class FormatError(ThanknoteError):
    """An output format is unknown or its library cannot be loaded."""

    def __init__(self, fmt: str, message: str) -> None:
        self.format = fmt
        super().__init__(f"format {fmt!r}: {message}")


def writer_for(fmt: str) -> WriteFunction:
    """Return the write function for a format, importing its library only now.

    Raises:
        FormatError: the format is unknown, or its writer or library is missing.
    """
    try:
        if fmt == "txt":
            from thanknote.writers.text import write_text

            return write_text
        if fmt == "docx":
            from thanknote.writers.docx import write_docx

            return write_docx
        if fmt == "eml":
            from thanknote.writers.eml import write_eml_notes

            return write_eml_notes
        if fmt == "pdf":
            from thanknote.writers.pdf import write_pdf

            return write_pdf
    except ImportError as exc:
        raise FormatError(
            fmt, f"cannot load its writer ({exc}); reinstall thanknote with its dependencies"
        ) from exc
    raise FormatError(fmt, f"unknown format; choose from: {', '.join(FORMATS)}")


# The public writers, as thin wrappers so that importing thanknote does not
# import python-docx or reportlab.


def write_docx(notes: Sequence[Note], path: Path | str) -> None:
    """Write notes as one Word document (.docx), a page break between letters.

    See `thanknote.writers.docx` for the layout and the named styles.
    """
    from thanknote.writers.docx import write_docx as write

    write(notes, Path(path))


def write_eml(note: Note, path: Path | str) -> None:
    """Write one note as an e-mail draft (.eml) to its recipient, marked unsent.

    Raises:
        MissingEmailError: the recipient has no e-mail address.
    """
    from thanknote.writers.eml import write_eml as write

    write(note, Path(path))


def write_pdf(
    notes: Sequence[Note],
    path: Path | str,
    *,
    page_size: str = "card",
    lines: bool = False,
    envelope: str | None = None,
    font: Path | str | None = None,
) -> None:
    """Write notes as one PDF to print, one note per page (see `thanknote.writers.pdf`)."""
    write = writer_for("pdf")
    write(notes, Path(path), page_size=page_size, lines=lines, envelope=envelope, font=font)
