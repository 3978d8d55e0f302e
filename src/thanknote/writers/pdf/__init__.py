"""PDF: notes laid out to copy by hand, one note per page, with optional envelopes.

Text is drawn with PDF text operators (never Paragraph markup), in an embedded
TrueType font, so "Smith & Jones" prints as written and every name stays real,
searchable text. Each character is checked against the font before anything is
drawn: one the font cannot draw is an error naming it, never a blank box.

The package holds one concern a module: `errors`, `fonts` (loading, measuring,
wrapping), `operators` (text as PDF operators), `pages` (note pages) and
`envelopes`; this module lays a whole file out and writes it. reportlab is
imported only when a PDF is written, so importing the package (for
`PAGE_SIZES` or the errors) stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thanknote.model import Note
from thanknote.prose import long_date
from thanknote.writers.pdf.envelopes import (
    ENVELOPES,
    Envelope,
    draw_envelope,
    lay_out_envelope,
)
from thanknote.writers.pdf.errors import (
    FontFileError,
    MissingAddressError,
    MissingGlyphError,
    PdfError,
    describe_char,
)
from thanknote.writers.pdf.fonts import DEFAULT_FONT, Font, load_font
from thanknote.writers.pdf.operators import TextOperators, clean
from thanknote.writers.pdf.pages import PAGE_SIZES, Layout, Page, style_for

__all__ = [
    "DEFAULT_FONT",
    "ENVELOPES",
    "PAGE_SIZES",
    "FontFileError",
    "MissingAddressError",
    "MissingGlyphError",
    "PdfError",
    "describe_char",
    "write_pdf",
]


def write_pdf(
    notes: Sequence[Note],
    path: Path | str,
    *,
    page_size: str = "card",
    lines: bool = False,
    envelope: str | None = None,
    font: Path | str | None = None,
) -> None:
    """Write one PDF holding every note, one note per page (more if it is long).

    Each page has a small header with the recipient's name and title as on
    their card, the note in large type, and a footer saying when to post it.
    A note too long for one page continues on the next, marked as such.

    Args:
        notes: the notes, in order; at least one.
        path: the PDF file to write.
        page_size: one of `PAGE_SIZES`: "card" (4.25 x 5.5 in), "4x6", "a6",
            "a5", "letter" or "a4".
        lines: rule a guide line under every line of text.
        envelope: None, "10" (#10) or "a2": add an envelope page after each
            note, addressed to its recipient from the candidate.
        font: a TrueType (.ttf) font file to use instead of DejaVu Sans.

    Raises:
        PdfError: an unknown page size or envelope.
        FontFileError: the font file is missing or not a usable TrueType font.
        MissingGlyphError: a character cannot be drawn in the font.
        MissingAddressError: an envelope is asked for and a recipient has no
            mailing address.
    """
    laid_out = _lay_out(notes, page_size=page_size, envelope=envelope, font=font)

    from reportlab.pdfgen.canvas import Canvas

    with _plain_streams():
        canvas = Canvas(str(path), pagesize=laid_out.size, pageCompression=1)
        _describe(canvas, notes)
        text = TextOperators(canvas, laid_out.font)
        for index, pages in enumerate(laid_out.pages):
            canvas.setPageSize(laid_out.size)
            for page in pages:
                laid_out.layout.draw(canvas, text, page, ruled=lines)
                canvas.showPage()
            if laid_out.envelope_size:
                canvas.setPageSize(laid_out.envelope_size)
                draw_envelope(text, laid_out.envelopes[index])
                canvas.showPage()
        canvas.save()


def check_pdf(
    notes: Sequence[Note],
    *,
    page_size: str = "card",
    lines: bool = False,
    envelope: str | None = None,
    font: Path | str | None = None,
) -> None:
    """Do everything `write_pdf` does short of writing: load the font, lay
    out every page and check every character and address.

    A batch calls this for all its notes before it writes any file.

    Raises:
        The errors `write_pdf` raises, for the same reasons.
    """
    del lines  # ruled lines cannot fail
    _lay_out(notes, page_size=page_size, envelope=envelope, font=font)


@dataclass(frozen=True, slots=True)
class _LaidOut:
    """Every page of a file, laid out and checked, ready to draw."""

    size: tuple[float, float]  # of the note pages, in points
    envelope_size: tuple[float, float] | None
    font: Font
    layout: Layout
    pages: list[list[Page]]  # by note
    envelopes: list[Envelope]  # by note, when envelopes are asked for


def _lay_out(
    notes: Sequence[Note], *, page_size: str, envelope: str | None, font: Path | str | None
) -> _LaidOut:
    """Lay out every note (and envelope) and check it against the font."""
    if not notes:
        raise ValueError("write_pdf needs at least one note")
    size = _choice(page_size, PAGE_SIZES, "page size")
    envelope_size = (
        None if envelope is None else _choice(envelope.lstrip("#"), ENVELOPES, "envelope")
    )
    loaded = load_font(font)
    layout = Layout(loaded, size, style_for(page_size.lower()))
    # Everything is laid out and checked before the file is opened, so a
    # bad character or a missing address leaves no half-written PDF behind.
    return _LaidOut(
        size=size,
        envelope_size=envelope_size,
        font=loaded,
        layout=layout,
        pages=[layout.note_pages(note) for note in notes],
        envelopes=[lay_out_envelope(note, loaded, envelope_size) for note in notes]
        if envelope_size
        else [],
    )


def _choice(value: str, table: dict[str, tuple[float, float]], what: str) -> tuple[float, float]:
    try:
        return table[value.lower()]
    except KeyError:
        raise PdfError(f"unknown {what} {value!r}; choose from: {', '.join(table)}") from None


@contextmanager
def _plain_streams() -> Iterator[None]:
    """Compress page streams without wrapping them in ASCII85.

    ASCII85 makes files 25% larger and costs a third of the writing time; it
    only matters for 7-bit channels, which PDFs no longer travel through.
    reportlab reads this global setting when saving, so it is restored after.
    """
    from reportlab import rl_config

    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _describe(canvas: Any, notes: Sequence[Note]) -> None:
    """Name the candidate and company in the file's metadata."""
    companies = _unique(n.interview.company for n in notes)
    if len(notes) == 1:
        title = f"Thank-you note to {notes[0].recipient.name} — {companies[0]}"
    else:
        title = f"Thank-you notes — {', '.join(companies)}"
    interviews = _unique(
        f"{i.position} interview at {i.company} on {long_date(i.date)}"
        for i in (n.interview for n in notes)
    )
    canvas.setTitle(clean(title))
    canvas.setAuthor(clean(", ".join(_unique(n.interview.candidate.name for n in notes))))
    canvas.setSubject(clean("; ".join(interviews)))
    canvas.setKeywords(clean(", ".join(_unique(n.recipient.name for n in notes))))
    canvas.setCreator("thanknote")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
