"""Right-to-left scripts (Hebrew, Arabic...) put in the order and the forms a PDF draws.

A PDF draws the glyphs it is given left to right. Hebrew and Arabic are kept
in the order they are read, so a line holding them must be reordered for
display, after lines are broken, by the Unicode Bidirectional Algorithm
(UAX #9): drawn as stored, "שלום" reads backwards. Arabic letters also join,
taking another shape at the start, middle or end of a word; without a shaping
engine a font draws those shapes only from Unicode's presentation forms.

Two small libraries earn their place here, where doing either by hand would
mean carrying Unicode's tables:

- python-bidi, for the algorithm. Its pure-Python implementation
  (`bidi.algorithm`) is used: it also mirrors brackets in right-to-left runs
  (rule L4), which its faster Rust one does not, and lines are short.
- arabic-reshaper, for the joined forms of Arabic letters (and the lam-alef
  ligature); vowel marks are kept, never dropped. A form the font lacks is
  drawn as its letter, unjoined.

Both are imported here only, and only for text that holds such a script. The
PDF's text layer maps a joined form back to its letter
(`fonts.to_unicode_cmap`), and PDF readers put display order back into
reading order, so the text copies out as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Final, NamedTuple

from thanknote.writers.pdf.fonts import Font

__all__ = ["Line", "display_lines", "needs_reordering"]

# Scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic, their presentation forms, and the right-to-left blocks beyond the BMP.
_RIGHT_TO_LEFT: Final = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]")
_STRONG_RTL: Final = frozenset({"R", "AL"})


class Line(NamedTuple):
    """A line as it is drawn: its characters left to right, and its alignment."""

    text: str
    right: bool = False  # a right-to-left paragraph's line, aligned to the right margin


def needs_reordering(text: str) -> bool:
    """Whether the text holds a right-to-left script (and needs more than wrapping)."""
    return _RIGHT_TO_LEFT.search(text) is not None


def display_lines(font: Font, text: str, size: float, width: float) -> list[Line]:
    """Break text into lines at most `width` points wide, each in display order.

    Each paragraph ("\\n") takes its direction from its first letter, as
    UAX #9 does (rules P2, P3): a paragraph that starts in Hebrew is right to
    left and aligned to the right. Arabic is shaped first, so that lines are
    broken by the width of the letters as drawn.
    """
    out: list[Line] = []
    for paragraph in text.split("\n"):
        rtl = _is_right_to_left(paragraph)
        for line in font.wrap(_shaped(paragraph, font), size, width):
            out.append(Line(_display(line, rtl), right=rtl and bool(line)))
    return out


def _is_right_to_left(paragraph: str) -> bool:
    for char in paragraph:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return True
        if kind == "L":
            return False
    return False


def _shaped(text: str, font: Font) -> str:
    """Arabic in its joined forms; a form the font lacks stays the letter (drawn unjoined)."""
    if not _ARABIC.search(text):
        return text
    shaped: str = _reshaper().reshape(text)
    return "".join(c if font.has(c) else unicodedata.normalize("NFKC", c) for c in shaped)


@cache
def _reshaper() -> Any:
    import arabic_reshaper

    # Vowel marks are the writer's: kept. Of the ligatures, only lam-alef, which
    # the script requires; "Allah" as one glyph is a typographer's choice, and
    # fonts seldom have it.
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}
    )


def _display(line: str, rtl: bool) -> str:
    """One line in display order, brackets mirrored, marks after the letter they sit on."""
    if not rtl and not needs_reordering(line):
        return line
    from bidi.algorithm import get_display

    shown: str = get_display(line, base_dir="R" if rtl else "L")
    return _marks_after_letters(shown)


def _marks_after_letters(line: str) -> str:
    """Put combining marks back after their letter (UAX #9 rule L3).

    Reversed for display, a right-to-left letter's marks come before it; a
    font drawn without a shaping engine places a mark over the glyph before
    it, so they are moved back behind the letter they belong to.
    """
    out: list[str] = []
    marks: list[str] = []
    for char in line:
        if unicodedata.combining(char):
            marks.append(char)
            continue
        if marks and unicodedata.bidirectional(char) in _STRONG_RTL:
            out += [char, *marks]
        else:
            out += [*marks, char]
        marks = []
    return "".join(out + marks)
