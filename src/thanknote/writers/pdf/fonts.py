"""Fonts: loading a TrueType file once, measuring words, wrapping lines, checking glyphs.

The text layer of an embedded font is its ToUnicode map, which says what
each glyph drawn stands for; copying text out of a PDF reads it. reportlab
writes a character outside the Basic Multilingual Plane (an emoji, U+1F600)
as five hex digits, which no reader decodes, so such characters were drawn
but copied out wrong. `_TTFont` writes the map as PDF readers read it: each
glyph to its UTF-16 text, an Arabic joined form to the letter it is a form of.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from thanknote.writers.pdf import DEFAULT_FONT, FontFileError, MissingGlyphError

__all__ = ["Font", "load_font"]


class Font:
    """A registered TrueType font, with the character widths layout needs."""

    def __init__(self, ttf: Any, label: str) -> None:
        self.ttf = ttf
        self.name: str = ttf.fontName
        self.label = label  # the file name, for messages
        face = ttf.face
        self._glyphs: dict[int, int] = face.charToGlyph
        self._widths: dict[int, float] = face.charWidths
        self._default: float = face.defaultWidth
        self.ascent: float = face.ascent / 1000
        self.descent: float = -abs(face.descent) / 1000
        self._cache: dict[str, float] = {}  # word -> width in 1/1000 em
        self.space = self.width(" ")

    def width(self, word: str) -> float:
        """The advance width of `word` in thousandths of an em (no kerning)."""
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) > 100_000:  # a long-lived process: stay bounded
                self._cache.clear()
            get, default = self._widths.get, self._default
            cached = self._cache[word] = sum([get(ord(c), default) for c in word])
        return cached

    def has(self, char: str) -> bool:
        """Whether the font has a glyph for `char`."""
        return bool(self._glyphs.get(ord(char)))

    def check(self, text: str, *, recipient: str, part: str) -> None:
        """Raise MissingGlyphError for the first character of `text` not in the font."""
        glyphs = self._glyphs
        missing = [c for c in set(text) if c != "\n" and not glyphs.get(ord(c))]
        if missing:
            first = min(missing, key=text.index)
            raise MissingGlyphError(first, recipient=recipient, part=part, font=self.label)

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """Break `text` into lines at most `width` points wide at `size` points.

        Paragraphs ("\\n") are kept, runs of spaces collapse, and a word too
        long for a line is broken between letters: nothing is ever cut.
        """
        limit = width * 1000 / size
        space, measure = self.space, self.width
        out: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in paragraph.split(" "):
                if not word:
                    continue
                wide = measure(word)
                if line and used + space + wide <= limit:
                    line.append(word)
                    used += space + wide
                    continue
                if line:
                    out.append(" ".join(line))
                if wide <= limit:
                    line, used = [word], wide
                    continue
                *full, word = self._break(word, limit)
                out.extend(full)
                line, used = [word], measure(word)
            out.append(" ".join(line))
        return out

    def _break(self, word: str, limit: float) -> list[str]:
        pieces: list[str] = []
        start, used = 0, 0.0
        for i, char in enumerate(word):
            wide = self.width(char)
            if used + wide > limit and i > start:
                pieces.append(word[start:i])
                start, used = i, 0.0
            used += wide
        pieces.append(word[start:])
        return pieces


class _FontFile(NamedTuple):
    """A font file as it is now: an edited file is loaded again."""

    path: str
    mtime_ns: int
    size: int


_FONTS: dict[_FontFile, Font] = {}


def load_font(font: Path | str | None) -> Font:
    """Load and register a TrueType font once per file (and version of it).

    Args:
        font: a .ttf file, or None for `thanknote.writers.pdf.DEFAULT_FONT`.

    Raises:
        FontFileError: the file is missing or not a TrueType font reportlab can embed.
    """
    path = DEFAULT_FONT if font is None else Path(font).expanduser()
    fix = "reinstall thanknote" if font is None else "give --font the path of a .ttf file"
    try:
        stat = path.stat()
    except OSError as exc:
        problem = "no such font file" if isinstance(exc, FileNotFoundError) else exc.strerror
        raise FontFileError(path, f"{problem}; {fix}") from exc
    key = _FontFile(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key in _FONTS:
        return _FONTS[key]
    if not path.is_file():
        raise FontFileError(path, f"not a file; {fix}")

    from reportlab.pdfbase import pdfmetrics

    try:
        ttf = _font_class()(f"thanknote-font-{len(_FONTS)}", str(path), asciiReadable=0)
    except OSError as exc:
        raise FontFileError(path, f"cannot read: {exc.strerror}; {fix}") from exc
    # reportlab raises TTFError, struct.error, IndexError... on files that are
    # not TrueType (OpenType/CFF, WOFF, truncated): all mean "not usable".
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise FontFileError(
            path, f"not a TrueType font that can be embedded ({reason}); choose a .ttf file"
        ) from exc
    pdfmetrics.registerFont(ttf)
    loaded = _FONTS[key] = Font(ttf, path.name)
    return loaded


@cache
def _font_class() -> type[Any]:
    """reportlab's TrueType font, writing a ToUnicode map that readers decode (module docstring)."""
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

    class _TTFont(TTFont):  # type: ignore[misc]  # reportlab has no type information
        def addObjects(self, doc: Any) -> None:
            state = self.state.get(doc)
            subsets = [list(subset) for subset in state.subsets] if state else []
            super().addObjects(doc)  # writes each subset's font, with reportlab's map
            for number, subset in enumerate(subsets):
                name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
                base = name.decode("pdfdoc")
                stream = doc.idToObject.get(f"toUnicodeCMap:{base}")
                if stream is not None:
                    stream.content = to_unicode_cmap(base, subset)

    return _TTFont


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for a subset of up to 256 glyphs: code to UTF-16BE text.

    An Arabic presentation form (the joined shape of a letter, drawn for
    want of a shaping engine) maps to the letter, as NFKC gives it; a
    ligature of two letters (lam-alef) to itself.
    """
    pairs = [f"<{code:02X}> <{_utf16(chr(point))}>" for code, point in enumerate(subset)]
    blocks = []
    for start in range(0, len(pairs), 100):  # at most 100 mappings a block (PDF 1.7, 9.10.3)
        chunk = pairs[start : start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{max(len(subset) - 1, 0):02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _utf16(char: str) -> str:
    if 0xFB50 <= ord(char) <= 0xFDFF or 0xFE70 <= ord(char) <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", char)  # a joined form: its letter
        # A ligature stays one character: PDF readers reorder right-to-left text
        # glyph by glyph and misplace a glyph that stands for two letters
        # (lam-alef copies out as the one character U+FEFB, which is "لا" in NFKC).
        char = letters if len(letters) == 1 else char
    return char.encode("utf-16-be").hex().upper()
