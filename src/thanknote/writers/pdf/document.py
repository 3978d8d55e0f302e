"""A whole PDF: every note's pages and envelopes laid out and checked, then drawn.

reportlab is imported only when the file is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thanknote.model import Note
from thanknote.prose import long_date
from thanknote.writers import check_characters, distinct
from thanknote.writers.pdf.envelopes import Envelope, draw_envelope, lay_out_envelope
from thanknote.writers.pdf.fonts import Font, load_font
from thanknote.writers.pdf.operators import TextOperators, clean
from thanknote.writers.pdf.pages import Layout, Page, is_letter, style_for
from thanknote.writers.pdf.postal import paper_for

if TYPE_CHECKING:
    from thanknote.writers.pdf import PdfOptions, Size

__all__ = ["Document", "draw", "lay_out"]


@dataclass(frozen=True, slots=True)
class Document:
    """Every page of a file, laid out and checked, ready to draw."""

    notes: Sequence[Note]
    sizes: list[Size]  # of each note's pages, by note
    envelope_size: Size | None
    font: Font
    layouts: list[Layout]  # by note
    pages: list[list[Page]]  # by note
    envelopes: list[Envelope]  # by note, when envelopes are asked for


def lay_out(notes: Sequence[Note], options: PdfOptions) -> Document:
    """Lay out every note (and envelope) and check it against the font.

    Raises:
        The errors of `thanknote.writers.pdf.write`.
    """
    from thanknote.writers.pdf import ENVELOPES, Size

    if not notes:
        raise ValueError("a PDF needs at least one note")
    envelope_size = None if options.envelope is None else ENVELOPES[options.envelope]
    for note in notes:  # the file's metadata names them, glyphs or not (see `_describe`)
        interview = note.interview
        parts = [("the candidate's name", interview.candidate.name)]
        parts += [("the company's name", interview.company), ("the position", interview.position)]
        check_characters(note, ".pdf", parts)
    font = load_font(options.font)
    layouts = []
    for note in notes:
        letter = is_letter(note)
        # A card on the size asked for (a card by default); a letter on the paper
        # of the candidate's country unless a size is asked for.
        page_size = options.page_size or (paper_for(note.interview.candidate) if letter else "card")
        layouts.append(_layout(font, page_size, letter, options.lines))
    # Everything is laid out and checked before the file is opened, so a
    # bad character or a missing address leaves no half-written PDF behind.
    return Document(
        notes=notes,
        sizes=[Size(layout.width, layout.height) for layout in layouts],
        envelope_size=envelope_size,
        font=font,
        layouts=layouts,
        pages=[layout.note_pages(note) for layout, note in zip(layouts, notes, strict=True)],
        envelopes=[
            lay_out_envelope(note, font, envelope_size, stamp=options.stamp) for note in notes
        ]
        if envelope_size
        else [],
    )


@lru_cache(maxsize=64)
def _layout(font: Font, page_size: str, letter: bool, ruled: bool) -> Layout:
    """A layout, made once per font, size and kind of note: a batch writes many files."""
    from thanknote.writers.pdf import PAGE_SIZES

    style = style_for(page_size, letter=letter)
    return Layout(font, PAGE_SIZES[page_size], style, ruled=ruled)


def draw(document: Document, path: Path) -> None:
    """Draw a laid-out document into a PDF file."""
    from reportlab.pdfgen.canvas import Canvas

    with _plain_streams():
        canvas = Canvas(str(path), pagesize=document.sizes[0], pageCompression=1)
        _describe(canvas, document.notes)
        text = TextOperators(canvas, document.font)
        for index, pages in enumerate(document.pages):
            canvas.setPageSize(document.sizes[index])
            for page in pages:
                document.layouts[index].draw(canvas, text, page)
                canvas.showPage()
            if document.envelope_size:
                canvas.setPageSize(document.envelope_size)
                draw_envelope(canvas, text, document.envelopes[index])
                canvas.showPage()
        canvas.save()


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
    companies = distinct(n.interview.company for n in notes)
    if len(notes) == 1:
        title = f"Thank-you note to {notes[0].recipient.name} — {companies[0]}"
    else:
        title = f"Thank-you notes — {', '.join(companies)}"
    interviews = distinct(
        f"{i.position} interview at {i.company} on {long_date(i.date)}"
        for i in (n.interview for n in notes)
    )
    canvas.setTitle(clean(title))
    canvas.setAuthor(clean(", ".join(distinct(n.interview.candidate.name for n in notes))))
    canvas.setSubject(clean("; ".join(interviews)))
    canvas.setKeywords(clean(", ".join(distinct(n.recipient.name for n in notes))))
    canvas.setCreator("thanknote")
