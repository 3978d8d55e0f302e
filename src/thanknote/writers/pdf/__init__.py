"""PDF: notes laid out to copy by hand, one note per page, with optional envelopes.

Text is drawn with PDF text operators (never Paragraph markup), in an embedded
TrueType font, so "Smith & Jones" prints as written and every name stays real,
searchable text. Each character is checked against the font before anything is
drawn: one the font cannot draw is an error naming it, never a blank box.

This module is the writer's contract (its sizes, options, `check` and
`write`) and its errors. The work is done, and reportlab imported, only when
a PDF is checked or written, by one module a concern: `fonts` (loading,
measuring, wrapping), `operators` (text as PDF operators), `pages` (note
pages), `envelopes`, and `document` (a whole file, laid out and drawn).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, NamedTuple

from thanknote.errors import ThanknoteError
from thanknote.model import Note
from thanknote.writers import option, skip_none

__all__ = [
    "COMBINABLE",
    "DEFAULT_FONT",
    "ENVELOPES",
    "INCH",
    "MM",
    "OPTIONS",
    "PAGE_SIZES",
    "SUFFIX",
    "FontFileError",
    "MissingAddressError",
    "MissingGlyphError",
    "PdfError",
    "PdfOptions",
    "Size",
    "check",
    "describe_char",
    "skip",
    "write",
]

SUFFIX: Final = ".pdf"
COMBINABLE: Final = True


# Errors -----------------------------------------------------------------------------------------


class PdfError(ThanknoteError):
    """A PDF cannot be written with the options or notes given."""


class FontFileError(PdfError):
    """A font file cannot be read or embedded."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


class MissingGlyphError(PdfError):
    """A note holds a character the font has no glyph for.

    Attributes:
        char: the character.
        recipient: the card name of the note's recipient.
        part: where the character is, e.g. "the note's text".
        font: the font file's name.
    """

    def __init__(self, char: str, *, recipient: str, part: str, font: str) -> None:
        self.char, self.recipient, self.part, self.font = char, recipient, part, font
        super().__init__(
            f"cannot print {describe_char(char)} in {part} for {recipient!r}: the font {font} "
            "has no glyph for it; pass --font PATH.ttf naming a TrueType font that has one"
        )


class MissingAddressError(PdfError):
    """An envelope was asked for a recipient without a mailing address."""

    def __init__(self, recipient: str, *, company: str, field: str) -> None:
        self.recipient, self.company, self.field = recipient, company, field
        super().__init__(
            f"no mailing address for {recipient!r} ({field} in the {company} interview); "
            'add address = "..." to that interviewer or drop --envelope'
        )


def describe_char(char: str) -> str:
    """Name a character for people: "U+4E2D '中' (CJK UNIFIED IDEOGRAPH-4E2D)"."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {char!r}" + (f" ({name})" if name else "")


# Sizes and options ------------------------------------------------------------------------------

INCH: Final = 72.0
"""Points per inch."""
MM: Final = 72.0 / 25.4
"""Points per millimetre."""


class Size(NamedTuple):
    """A page's size in points."""

    width: float
    height: float


PAGE_SIZES: Final[dict[str, Size]] = {
    "card": Size(4.25 * INCH, 5.5 * INCH),  # one side of the common folded card
    "4x6": Size(4 * INCH, 6 * INCH),
    "a6": Size(105 * MM, 148 * MM),
    "a5": Size(148 * MM, 210 * MM),
    "letter": Size(8.5 * INCH, 11 * INCH),
    "a4": Size(210 * MM, 297 * MM),
}
"""Note page sizes, portrait."""

DEFAULT_FONT: Final = Path(__file__).resolve().parents[2] / "fonts" / "DejaVuSans.ttf"
"""The font shipped with thanknote (DejaVu Sans, see fonts/LICENSE-DejaVu.txt)."""

ENVELOPES: Final[dict[str, Size]] = {
    "10": Size(9.5 * INCH, 4.125 * INCH),  # US #10 business envelope
    "a2": Size(5.75 * INCH, 4.375 * INCH),  # A2 envelope, for 4.25 x 5.5 in cards
}
"""Envelope page sizes, landscape."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PdfOptions:
    """How the notes are printed.

    Attributes:
        page_size: a key of `PAGE_SIZES` ("card" is 4.25 x 5.5 in), any case;
            None for a card, and for a letter (the `letter` template) the
            paper of the candidate's country: US Letter, or A4 where the
            country uses it (see `thanknote.writers.pdf.postal`).
        lines: rule guide lines spaced for handwriting: a card's text sits
            on them; a letter's text is never crossed, the space below it is ruled.
        envelope: a key of `ENVELOPES` ("#10" is "10"): an envelope page
            after each note, addressed to its recipient from the candidate.
        stamp: outline, on each envelope, where the stamp goes.
        font: a TrueType (.ttf) file to use instead of `DEFAULT_FONT`.

    Raises:
        PdfError: an unknown page size or envelope, or a stamp without an envelope.
    """

    page_size: str | None = option(
        None,
        help="paper or card size (default: card; for a letter, letter or a4 as the "
        "candidate's country uses)",
        choices=PAGE_SIZES,
    )
    lines: bool = option(False, help="print guide lines spaced for handwriting")
    envelope: str | None = option(None, help="add an envelope page of this size", choices=ENVELOPES)
    stamp: bool = option(False, help="outline where the stamp goes on each envelope")
    font: Path | None = option(
        None, help="a TrueType font for the notes", metavar="PATH.ttf", type=Path
    )

    def __post_init__(self) -> None:
        # Sizes are matched as people type them: "A4", "#10".
        if self.page_size is not None:
            object.__setattr__(self, "page_size", _typed(self.page_size, "page size").lower())
            _choice(self.page_size, PAGE_SIZES, "page size")
        if self.envelope is not None:
            envelope = _typed(self.envelope, "envelope").lstrip("#").lower()
            object.__setattr__(self, "envelope", envelope)
            _choice(self.envelope, ENVELOPES, "envelope")
        if self.stamp and self.envelope is None:
            raise PdfError("a stamp is outlined on an envelope; add --envelope 10 or a2")


OPTIONS: Final = PdfOptions


def _typed(value: object, what: str) -> str:
    """A size given from Python as anything but its name (envelope=10) is refused by name."""
    if not isinstance(value, str):
        example = "10" if what == "envelope" else "a4"
        raise PdfError(f"the {what} is a name such as {example!r}, not {value!r}")
    return value


def _choice(value: str, table: dict[str, Size], what: str) -> None:
    if value not in table:
        raise PdfError(f"unknown {what} {value!r}; choose from: {', '.join(table)}")


skip = skip_none  # a missing envelope address stops the batch instead (see `check`)


def check(notes: Sequence[Note], options: PdfOptions) -> None:
    """Do everything `write` does short of writing: load the font, lay out
    every page and check every character and address.

    A batch calls this for all its notes before it writes any file.

    Raises:
        The errors `write` raises, for the same reasons.
    """
    from thanknote.writers.pdf.document import lay_out

    lay_out(notes, options)


def write(notes: Sequence[Note], path: Path, options: PdfOptions) -> None:
    """Write one PDF holding every note, one note per page (more if it is long).

    A card's page has a small header with the recipient's name and title as
    on their card, the note in large type, and a footer saying when to post
    it; a letter's page (the `letter` template) holds only the letter, to post
    as it is. A note too long for one page continues on the next, marked as
    such. With an envelope, an envelope page addressed to the recipient from
    the candidate follows each note.

    Raises:
        FontFileError: the font file is missing or not a usable TrueType font.
        MissingGlyphError: a character cannot be drawn in the font.
        MissingAddressError: an envelope is asked for and a recipient has no
            mailing address.
        PdfError: a note or address does not fit the page or envelope.
    """
    from thanknote.writers.pdf.document import draw, lay_out

    draw(lay_out(notes, options), path)
