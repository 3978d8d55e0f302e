"""Why a PDF cannot be written: each error names the value, the note and the fix."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from thanknote.errors import ThanknoteError

__all__ = [
    "FontFileError",
    "MissingAddressError",
    "MissingGlyphError",
    "PdfError",
    "describe_char",
]


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
