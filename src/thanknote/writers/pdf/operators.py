"""Text on the page: `clean` makes it what the font draws, `TextOperators` writes it as PDF."""

from __future__ import annotations

import unicodedata
from itertools import groupby
from typing import Any, NamedTuple

from thanknote.writers.pdf.fonts import Font

__all__ = ["TextOperators", "clean"]


def clean(text: str) -> str:
    """Composed (NFC) text with plain line breaks and spaces for tabs.

    NFC changes no letter: "Nguyễn" typed as e + two combining marks becomes
    the one precomposed letter the font draws well.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return unicodedata.normalize("NFC", text)


def _pdf_escape(code: bytes) -> str:
    """Write bytes for a PDF literal string "(...)": printable ASCII, else octal."""
    return "".join(chr(b) if 32 <= b < 127 and b not in b"\\()" else f"\\{b:03o}" for b in code)


class _Code(NamedTuple):
    """How one character is shown: which subset of the embedded font, and its code there."""

    subset: int
    escaped: str  # ready for a PDF literal string


class TextOperators:
    """Writes a page's text as PDF text operators, each character encoded once.

    reportlab's text objects re-encode every line character by character
    (which subset of the embedded font, which code); for a thousand pages
    that is most of the time spent. This asks reportlab for each character's
    subset and code the first time it is seen in the document, through the
    font's own `splitString`, then encodes whole lines with `str.translate`.
    The operators go in through `canvas.addLiteral`, reportlab's public way
    to add PDF content; fonts are still embedded and subset by reportlab.
    """

    def __init__(self, canvas: Any, font: Font) -> None:
        self._canvas, self._ttf = canvas, font.ttf
        self._doc = canvas._doc  # reportlab keeps a document's font subsets by document
        self._codes: dict[str, _Code] = {}
        self._table: dict[int, str] = {}  # subset 0 chars, for str.translate
        self._one_subset = True
        self._ops: list[str] = []
        self._size, self._leading, self._subset = 12.0, 14.4, -1

    def begin(self) -> None:
        """Start a text block (graphics state saved)."""
        self._ops = ["q BT"]
        self._subset = -1

    def end(self) -> None:
        """End the text block and add its operators to the page."""
        self._ops.append("ET Q")
        self._canvas.addLiteral("\n".join(self._ops))

    def font(self, size: float, leading: float) -> None:
        """Use the font at `size` points, lines `leading` points apart."""
        self._size, self._leading, self._subset = size, leading, -1
        self._ops.append(f"{leading:.2f} TL")

    def move_to(self, x: float, y: float) -> None:
        """Start the next line at (x, y)."""
        self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")

    def grey(self, level: float) -> None:
        """Fill text in this grey (0 is black)."""
        self._ops.append(f"{level:.2f} g")

    def show(self, text: str) -> None:
        """Show `text` from the current point, on one line."""
        if not text:
            return
        if not self._codes.keys() >= set(text):
            self._learn(text)
        ops = self._ops
        if self._one_subset:
            self._use(0)
            ops.append(f"({text.translate(self._table)}) Tj")
            return
        codes = self._codes
        for subset, chars in groupby(text, key=lambda c: codes[c].subset):
            self._use(subset)
            ops.append(f"({''.join(codes[c].escaped for c in chars)}) Tj")

    def line(self, text: str) -> None:
        """Show `text`, then move to the start of the next line."""
        self.show(text)
        self._ops.append("T*")

    def _use(self, subset: int) -> None:
        if subset != self._subset:
            name = self._ttf.getSubsetInternalName(subset, self._doc)
            self._ops.append(f"{name} {self._size:.2f} Tf")
            self._subset = subset

    def _learn(self, text: str) -> None:
        for char in set(text).difference(self._codes):
            ((subset, code),) = self._ttf.splitString(char, self._doc)
            escaped = _pdf_escape(code)
            self._codes[char] = _Code(subset, escaped)
            if subset == 0:
                self._table[ord(char)] = escaped
            else:
                self._one_subset = False
