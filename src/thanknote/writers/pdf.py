"""PDF: notes laid out to copy by hand, one note per page, with optional envelopes.

Text is drawn with canvas text objects (never Paragraph markup), in an embedded
TrueType font, so "Smith & Jones" prints as written and every name stays real,
searchable text. Each character is checked against the font before anything is
drawn: one the font cannot draw is an error naming it, never a blank box.

reportlab is imported only when a PDF is written, so importing this module (for
`PAGE_SIZES` or the errors) stays cheap.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any, Final

from thanknote.dates import next_business_day
from thanknote.errors import ThanknoteError
from thanknote.model import Note
from thanknote.prose import address_lines, long_date

__all__ = [
    "DEFAULT_FONT",
    "ENVELOPES",
    "PAGE_SIZES",
    "FontFileError",
    "MissingAddressError",
    "MissingGlyphError",
    "PdfError",
    "write_pdf",
]

_INCH: Final = 72.0
_MM: Final = 72.0 / 25.4

PAGE_SIZES: Final[dict[str, tuple[float, float]]] = {
    "card": (4.25 * _INCH, 5.5 * _INCH),  # one side of the common folded card
    "4x6": (4 * _INCH, 6 * _INCH),
    "a6": (105 * _MM, 148 * _MM),
    "a5": (148 * _MM, 210 * _MM),
    "letter": (8.5 * _INCH, 11 * _INCH),
    "a4": (210 * _MM, 297 * _MM),
}
"""Note page sizes in points (width, height), portrait."""

ENVELOPES: Final[dict[str, tuple[float, float]]] = {
    "10": (9.5 * _INCH, 4.125 * _INCH),  # US #10 business envelope
    "a2": (5.75 * _INCH, 4.375 * _INCH),  # A2 envelope, for 4.25 x 5.5 in cards
}
"""Envelope page sizes in points (width, height), landscape."""

DEFAULT_FONT: Final = Path(__file__).resolve().parent.parent / "fonts" / "DejaVuSans.ttf"
"""The font shipped with thanknote (DejaVu Sans, see fonts/LICENSE-DejaVu.txt)."""


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
    size, envelope_size, loaded, layout, planned, envelopes = _plan(
        notes, page_size=page_size, envelope=envelope, font=font
    )

    from reportlab.pdfgen.canvas import Canvas

    with _plain_streams():
        canvas = Canvas(str(path), pagesize=size, pageCompression=1)
        _describe(canvas, notes)
        text = _Text(canvas, loaded)
        for index, pages in enumerate(planned):
            canvas.setPageSize(size)
            for page in pages:
                layout.draw(canvas, text, page, ruled=lines)
                canvas.showPage()
            if envelope_size:
                canvas.setPageSize(envelope_size)
                _draw_blocks(text, envelopes[index])
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
    _plan(notes, page_size=page_size, envelope=envelope, font=font)


def _plan(
    notes: Sequence[Note], *, page_size: str, envelope: str | None, font: Path | str | None
) -> tuple[tuple[float, float], tuple[float, float] | None, _Font, _Layout, list[Any], list[Any]]:
    """Lay out every note (and envelope) and check it against the font."""
    if not notes:
        raise ValueError("write_pdf needs at least one note")
    size = _choice(page_size, PAGE_SIZES, "page size")
    envelope_size = (
        None if envelope is None else _choice(envelope.lstrip("#"), ENVELOPES, "envelope")
    )
    loaded = _load_font(font)
    layout = _Layout(loaded, size, _style_for(page_size.lower()))
    # Everything is laid out and checked before the file is opened, so a
    # bad character or a missing address leaves no half-written PDF behind.
    planned = [layout.note_pages(note) for note in notes]
    envelopes = [_envelope(note, loaded, envelope_size) for note in notes] if envelope_size else []
    return size, envelope_size, loaded, layout, planned, envelopes


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
    canvas.setTitle(_clean(title))
    canvas.setAuthor(_clean(", ".join(_unique(n.interview.candidate.name for n in notes))))
    canvas.setSubject(_clean("; ".join(interviews)))
    canvas.setKeywords(_clean(", ".join(_unique(n.recipient.name for n in notes))))
    canvas.setCreator("thanknote")


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _clean(text: str) -> str:
    """Composed (NFC) text with plain line breaks and spaces for tabs.

    NFC changes no letter: "Nguyễn" typed as e + two combining marks becomes
    the one precomposed letter the font draws well.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return unicodedata.normalize("NFC", text)


# Fonts ----------------------------------------------------------------------


class _Font:
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


_FONTS: dict[tuple[str, int, int], _Font] = {}


def _load_font(font: Path | str | None) -> _Font:
    """Load and register a TrueType font once per file (and version of it)."""
    path = DEFAULT_FONT if font is None else Path(font).expanduser()
    fix = "reinstall thanknote" if font is None else "give --font the path of a .ttf file"
    try:
        stat = path.stat()
    except OSError as exc:
        problem = "no such font file" if isinstance(exc, FileNotFoundError) else exc.strerror
        raise FontFileError(path, f"{problem}; {fix}") from exc
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key in _FONTS:
        return _FONTS[key]
    if not path.is_file():
        raise FontFileError(path, f"not a file; {fix}")

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        ttf = TTFont(f"thanknote-font-{len(_FONTS)}", str(path), asciiReadable=0)
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
    loaded = _FONTS[key] = _Font(ttf, path.name)
    return loaded


# Drawing text ----------------------------------------------------------------


def _pdf_escape(code: bytes) -> str:
    """Write bytes for a PDF literal string "(...)": printable ASCII, else octal."""
    return "".join(chr(b) if 32 <= b < 127 and b not in b"\\()" else f"\\{b:03o}" for b in code)


class _Text:
    """Writes a page's text as PDF text operators, each character encoded once.

    reportlab's text objects re-encode every line character by character
    (which subset of the embedded font, which code); for a thousand pages
    that is most of the time spent. This asks reportlab for each character's
    subset and code the first time it is seen in the document, through the
    font's own `splitString`, then encodes whole lines with `str.translate`.
    The operators go in through `canvas.addLiteral`, reportlab's public way
    to add PDF content; fonts are still embedded and subset by reportlab.
    """

    def __init__(self, canvas: Any, font: _Font) -> None:
        self._canvas, self._ttf = canvas, font.ttf
        self._doc = canvas._doc  # reportlab keeps a document's font subsets by document
        self._codes: dict[str, tuple[int, str]] = {}  # char -> (subset, escaped code)
        self._table: dict[int, str] = {}  # subset 0 chars, for str.translate
        self._one_subset = True
        self._ops: list[str] = []
        self._size, self._leading, self._subset = 12.0, 14.4, -1

    def begin(self) -> None:
        self._ops = ["q BT"]
        self._subset = -1

    def end(self) -> None:
        self._ops.append("ET Q")
        self._canvas.addLiteral("\n".join(self._ops))

    def font(self, size: float, leading: float) -> None:
        self._size, self._leading, self._subset = size, leading, -1
        self._ops.append(f"{leading:.2f} TL")

    def move_to(self, x: float, y: float) -> None:
        self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")

    def grey(self, level: float) -> None:
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
        for subset, chars in groupby(text, key=lambda c: codes[c][0]):
            self._use(subset)
            ops.append(f"({''.join(codes[c][1] for c in chars)}) Tj")

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
            self._codes[char] = (subset, escaped)
            if subset == 0:
                self._table[ord(char)] = escaped
            else:
                self._one_subset = False


# Note pages -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Style:
    margin: float  # points, all four sides
    body: float  # body type size, points
    small: float  # header and footer type size, points
    leading: float = 1.5  # body line spacing, times the type size


def _style_for(page_size: str) -> _Style:
    if page_size in ("letter", "a4"):
        return _Style(margin=0.7 * _INCH, body=13, small=10)
    if page_size == "a5":
        return _Style(margin=0.55 * _INCH, body=13, small=9.5)
    # Small pages: 1.4 lines still leaves room to write between the guide
    # lines, and lets a card-length note (about 100 words) fit on one card.
    return _Style(margin=0.3 * _INCH, body=12, small=9, leading=1.4)


# A header line is a run of (text, grey level) pieces drawn one after another.
_HeaderLine = tuple[tuple[str, float], ...]
_TITLE_GREY: Final = 0.35
_NAME_TITLE_SEPARATOR: Final = " · "
_WIDOW: Final = 2  # a continuation page starts with at least this many lines


@dataclass(frozen=True, slots=True)
class _Page:
    header: tuple[_HeaderLine, ...]  # the recipient's name and title as on the card
    body: tuple[str, ...]
    footer: tuple[str, ...]  # top to bottom
    slots: int  # how many body lines fit: guide lines are ruled for all


class _Layout:
    """Where everything goes on a note's pages, for one page size and font."""

    def __init__(self, font: _Font, size: tuple[float, float], style: _Style) -> None:
        self.font, self.style = font, style
        self.width, self.height = size
        self.text_width = self.width - 2 * style.margin
        self.leading = style.body * style.leading
        self.small_leading = style.small * 1.3
        self.gap = style.small * 1.2  # between the body and the footer
        self.header_gap = style.small * 1.7  # between the header and the body; the rule is in it

    def note_pages(self, note: Note) -> list[_Page]:
        """Check a note's characters and lay it out on one or more pages."""
        font, who, small = self.font, note.recipient.name, self.style.small
        name, title = _clean(who), _clean(note.recipient.title or "")
        body = _clean(f"Subject: {note.subject}\n\n{note.text}" if note.subject else note.text)
        day = next_business_day(note.interview.date)
        post_by = f"Post by {day:%A}, {long_date(day)}"
        font.check(name, recipient=who, part="the recipient's name")
        font.check(title, recipient=who, part="the recipient's title")
        font.check(body, recipient=who, part="the note")
        font.check(post_by + _FOOTER_WORDS, recipient=who, part="the footer")

        lines = font.wrap(body.strip("\n"), self.style.body, self.text_width)
        first = self._header(name, title)
        more = self._header(f"{name} (continued)", "")
        # Lay out as a one-page note; if it does not fit, again with room for
        # the footer line that says where it continues.
        chunks = self._paginate(lines, first, more, footer_lines=1)
        if len(chunks) > 1:
            chunks = self._paginate(lines, first, more, footer_lines=2)
        pages = []
        for number, (header, chunk, slots) in enumerate(chunks, start=1):
            footer = [post_by]
            if len(chunks) > 1:
                more_text = " — continues on the next page" if number < len(chunks) else ""
                footer.insert(0, f"Page {number} of {len(chunks)}{more_text}")
            wrapped = [
                piece for text in footer for piece in font.wrap(text, small, self.text_width)
            ]
            pages.append(_Page(header, tuple(chunk), tuple(wrapped), slots))
        return pages

    def _header(self, name: str, title: str) -> tuple[_HeaderLine, ...]:
        """Name and title on one line when they fit, else each on its own lines."""
        font, small, width = self.font, self.style.small, self.text_width
        together = f"{name}{_NAME_TITLE_SEPARATOR}{title}"
        if title and font.width(together) * small / 1000 <= width:
            return (((name, 0.0), (f"{_NAME_TITLE_SEPARATOR}{title}", _TITLE_GREY)),)
        lines = [((line, 0.0),) for line in font.wrap(name, small, width)]
        if title:
            lines += [((line, _TITLE_GREY),) for line in font.wrap(title, small, width)]
        return tuple(lines)

    def _paginate(
        self,
        lines: list[str],
        first: tuple[_HeaderLine, ...],
        more: tuple[_HeaderLine, ...],
        *,
        footer_lines: int,
    ) -> list[tuple[tuple[_HeaderLine, ...], list[str], int]]:
        out: list[tuple[tuple[_HeaderLine, ...], list[str], int]] = []
        start = 0
        while True:
            header = more if out else first
            slots = self._slots(len(header), footer_lines)
            if slots < 1:
                raise PdfError(
                    "the header and footer leave no room for the note on this page size; "
                    "choose a larger --page-size"
                )
            end = start + slots
            # Carry lines over rather than strand one alone on the next page.
            while 0 < sum(map(bool, lines[end:])) < _WIDOW and end - start > 2 * _WIDOW:
                end -= 1
            out.append((header, lines[start:end], slots))
            start = end
            while start < len(lines) and not lines[start]:  # no blank first line
                start += 1
            if start >= len(lines):
                return out

    def _slots(self, header_lines: int, footer_lines: int) -> int:
        top = self._body_top(header_lines)
        bottom = self._footer_top(footer_lines) + self.gap
        # A line fits when its descenders stay above `bottom`.
        room = top + self.font.descent * self.style.body - bottom
        return int(room // self.leading) + 1 if room >= 0 else 0

    def _header_baseline(self) -> float:
        return self.height - self.style.margin - self.font.ascent * self.style.small

    def _header_bottom(self, header_lines: int) -> float:
        last = self._header_baseline() - (header_lines - 1) * self.small_leading
        return last + self.font.descent * self.style.small

    def _body_top(self, header_lines: int) -> float:
        """The first body baseline."""
        return (
            self._header_bottom(header_lines) - self.header_gap - self.font.ascent * self.style.body
        )

    def _footer_top(self, footer_lines: int) -> float:
        """The top of the footer's first line (its ascenders)."""
        last = self.style.margin - self.font.descent * self.style.small
        return last + (footer_lines - 1) * self.small_leading + self.font.ascent * self.style.small

    def draw(self, canvas: Any, text: _Text, page: _Page, *, ruled: bool) -> None:
        """Draw one page: header, rule, body (with guide lines) and footer."""
        style, font, left = self.style, self.font, self.style.margin
        text.begin()
        text.font(style.small, self.small_leading)
        text.move_to(left, self._header_baseline())
        for run in page.header:
            for piece, grey in run:
                text.grey(grey)
                text.show(piece)
            text.line("")
        top = self._body_top(len(page.header))
        text.grey(0)
        text.font(style.body, self.leading)
        text.move_to(left, top)
        for line in page.body:
            text.line(line)
        text.grey(_TITLE_GREY)
        text.font(style.small, self.small_leading)
        text.move_to(left, self._footer_top(len(page.footer)) - font.ascent * style.small)
        for line in page.footer:
            text.line(line)
        text.end()

        rule_y = self._header_bottom(len(page.header)) - self.header_gap * 0.4
        canvas.setLineWidth(0.5)
        canvas.setStrokeGray(0.6)
        canvas.line(left, rule_y, self.width - left, rule_y)
        if ruled:
            # Just under each baseline, as on ruled paper: letters sit on it.
            drop = 0.12 * style.body
            ys = [top - i * self.leading - drop for i in range(page.slots)]
            canvas.setStrokeGray(0.75)
            canvas.lines([(left, y, self.width - left, y) for y in ys])


# Words of the footer besides the date, checked against the font once per note.
_FOOTER_WORDS: Final = " Page 0123456789 of — continues on the next page (continued) ·"


# Envelopes ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Block:
    """Lines of one size whose first baseline is at (x, y)."""

    lines: tuple[str, ...]
    size: float
    leading: float
    x: float
    y: float
    grey: float = 0.0


def _envelope(note: Note, font: _Font, size: tuple[float, float]) -> tuple[_Block, _Block]:
    """Check and place an envelope's return address (top left) and address (centred)."""
    who, interview = note.recipient.name, note.interview
    address = address_lines(_clean(note.recipient.address or ""))
    if not address:
        numbers = [i for i, p in enumerate(interview.interviewers, 1) if p == note.recipient]
        field = f"interviewers[{numbers[0]}]" if numbers else "interviewers"
        raise MissingAddressError(who, company=interview.company, field=field)
    candidate = interview.candidate
    sender = [_clean(candidate.name), *address_lines(_clean(candidate.address or ""))]
    # A business address names the company; add it when the file's address does not.
    company = (
        []
        if any(interview.company.casefold() in line.casefold() for line in address)
        else [_clean(interview.company)]
    )
    recipient = [_clean(who), *company, *address]
    font.check("\n".join(recipient), recipient=who, part="the envelope address")
    font.check("\n".join(sender), recipient=who, part="the return address")

    width, height = size
    margin = 0.35 * _INCH
    usable = width - 2 * margin
    small = 9.0 if width < 6 * _INCH else 10.0
    sender = [piece for line in sender for piece in font.wrap(line, small, usable / 2)]
    first = height - margin - font.ascent * small
    back = _Block(tuple(sender), small, small * 1.3, margin, first, grey=0.2)
    sender_bottom = first - (len(sender) - 1) * back.leading + font.descent * small

    # The largest size, down to 8 pt, at which the address fits below the
    # return address, in lines no wider than 80% of the envelope.
    points = 14.0 if width > 8 * _INCH else 12.0
    room_top = sender_bottom - small  # a blank line under the return address
    while True:
        leading = points * 1.3
        lines = [piece for line in recipient for piece in font.wrap(line, points, usable * 0.8)]
        block_height = (len(lines) - 1) * leading + (font.ascent - font.descent) * points
        if block_height <= room_top - margin:
            break
        if points <= 8:
            raise PdfError(
                f"the address of {who!r} is too long for this envelope; "
                "shorten it or choose a larger envelope"
            )
        points -= 1
    block_width = max(font.width(line) for line in lines) * points / 1000
    # Centred a little below the middle, where the post office reads it,
    # never up into the return address nor down off the envelope.
    top = min(height * 0.45 + block_height / 2, room_top)
    top = max(top, margin + block_height)
    x = max(margin, (width - block_width) / 2)
    to = _Block(tuple(lines), points, leading, x, top - font.ascent * points)
    return back, to


def _draw_blocks(text: _Text, blocks: Iterable[_Block]) -> None:
    text.begin()
    for block in blocks:
        text.grey(block.grey)
        text.font(block.size, block.leading)
        text.move_to(block.x, block.y)
        for line in block.lines:
            text.line(line)
    text.end()
