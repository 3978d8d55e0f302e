"""Note pages: where the header, body and footer of a note go, and drawing them.

A card is printed to be copied by hand, so its page carries aids for the
candidate: a header with the recipient's name and title as on their card, and
a footer saying when to post it. A letter (the `letter` template) is printed
to be posted as it is: its page holds the letter and nothing else, on the
paper of the candidate's country.

Guide lines (`ruled`) are spaced as ruled paper is for handwriting: narrow
ruled (1/4 in, 6.4 mm) on a card-sized page, college ruled (9/32 in, 7.1 mm)
on a larger one. A card's text sits on them, to copy line by line; a letter's
own text is never crossed, and only the space below it is ruled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from thanknote.model import Note
from thanknote.prose import long_date
from thanknote.writers.pdf import INCH, PdfError, Size
from thanknote.writers.pdf.direction import Line, display_lines, needs_reordering
from thanknote.writers.pdf.fonts import Font
from thanknote.writers.pdf.operators import TextOperators, clean

__all__ = [
    "COLLEGE_RULED",
    "LETTER_TEMPLATES",
    "NARROW_RULED",
    "Layout",
    "Page",
    "Style",
    "is_letter",
    "style_for",
]

NARROW_RULED: Final = INCH / 4
"""Guide lines for small handwriting, on a card-sized page: narrow-ruled paper's (6.4 mm)."""
COLLEGE_RULED: Final = 9 / 32 * INCH
"""Guide lines for handwriting on a larger page: college-ruled paper's (7.1 mm)."""

LETTER_TEMPLATES: Final = frozenset({"letter"})
"""Built-in templates whose notes are letters printed to post, not cards to copy."""


def is_letter(note: Note) -> bool:
    """Whether a note is a letter to print and post as it is (no copying aids)."""
    return note.template in LETTER_TEMPLATES


@dataclass(frozen=True, slots=True)
class Style:
    """Type sizes and margins for one size of page."""

    margin: float  # points, all four sides
    body: float  # body type size, points
    small: float  # header and footer type size, points
    leading: float = 1.5  # body line spacing, times the type size
    aids: bool = True  # the copying aids: the recipient's name and title, when to post
    ruling: float = COLLEGE_RULED  # guide lines' spacing, points: the body's, on a card


def style_for(page_size: str, *, letter: bool = False) -> Style:
    """The style for a key of `thanknote.writers.pdf.PAGE_SIZES`, for a card or a letter."""
    if letter:  # a business letter: an inch of margin and type to read, not to copy
        if page_size in ("letter", "a4"):
            return Style(margin=INCH, body=11.5, small=9, leading=1.35, aids=False)
        return Style(margin=0.5 * INCH, body=10, small=8, leading=1.3, aids=False)
    if page_size in ("letter", "a4"):
        return Style(margin=0.7 * INCH, body=13, small=10)
    if page_size == "a5":
        return Style(margin=0.55 * INCH, body=13, small=9.5)
    # Small pages: 1.4 lines lets a card-length note (about 100 words) fit on
    # one card; ruled, smaller handwriting fits there too.
    return Style(margin=0.3 * INCH, body=12, small=9, leading=1.4, ruling=NARROW_RULED)


class Run(NamedTuple):
    """A piece of a header line, drawn after the one before it."""

    text: str
    grey: float


HeaderLine = tuple[Run, ...]
_TITLE_GREY: Final = 0.35
_HEADER_LINES: Final = 2  # a card's header: the name, then the title (or room for one)
_WIDOW: Final = 2  # a continuation page starts with at least this many lines
# Words of the footer besides the date, checked against the font once per note.
_FOOTER_WORDS: Final = " Page 0123456789 of — continues on the next page (continued) ·"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a note, laid out."""

    header: tuple[HeaderLine, ...]  # the recipient's name and title as on the card
    body: tuple[Line, ...]
    footer: tuple[str, ...]  # top to bottom
    slots: int  # how many body lines fit: guide lines are ruled for all
    last: bool = True  # the note's last page


class _Chunk(NamedTuple):
    """A page's share of the body, before its footer is known."""

    header: tuple[HeaderLine, ...]
    lines: list[Line]
    slots: int


class Layout:
    """Where everything goes on a note's pages, for one page size, font and kind of note."""

    def __init__(self, font: Font, size: Size, style: Style, *, ruled: bool = False) -> None:
        self.font, self.style, self.ruled = font, style, ruled
        self.width, self.height = size
        self.text_width = self.width - 2 * style.margin
        # A card copied along guide lines has its lines where the guide lines are.
        self.leading = style.ruling if ruled and style.aids else style.body * style.leading
        self.small_leading = style.small * 1.25
        self.gap = style.small * 1.2  # between the body and the footer
        self.header_gap = style.small * 1.3  # between the header and the body; the rule is in it

    def note_pages(self, note: Note) -> list[Page]:
        """Check a note's characters and lay it out on one or more pages."""
        font, who, small = self.font, note.recipient.name, self.style.small
        name, title = clean(who), clean(note.recipient.title or "")
        body = clean(f"Subject: {note.subject}\n\n{note.text}" if note.subject else note.text)
        post_by = _post_by_line(note) if self.style.aids else ""
        font.check(name, recipient=who, part="the recipient's name")
        font.check(title, recipient=who, part="the recipient's title")
        font.check(body, recipient=who, part="the note")
        font.check(post_by + _FOOTER_WORDS, recipient=who, part="the footer")

        lines = self._lines(body.strip("\n"), self.style.body)
        if self.style.aids:
            first = self._header(name, title)
            more = self._header(f"{name} (continued)", "")
            footer_lines = 1
        else:  # a letter: nothing for the candidate's eyes only
            first = more = ()
            footer_lines = 0
        # Lay out as a one-page note; if it does not fit, again with room for
        # the footer line that says where it continues.
        chunks = self._paginate(lines, first, more, footer_lines=footer_lines)
        if len(chunks) > 1:
            chunks = self._paginate(lines, first, more, footer_lines=footer_lines + 1)
        pages = []
        for number, chunk in enumerate(chunks, start=1):
            footer = [post_by] if post_by else []
            if len(chunks) > 1:
                more_text = (
                    " — continues on the next page"
                    if number < len(chunks) and self.style.aids
                    else ""
                )
                footer.insert(0, f"Page {number} of {len(chunks)}{more_text}")
            wrapped = [
                piece for text in footer for piece in font.wrap(text, small, self.text_width)
            ]
            last = number == len(chunks)
            pages.append(Page(chunk.header, tuple(chunk.lines), tuple(wrapped), chunk.slots, last))
        return pages

    def _lines(self, text: str, size: float) -> list[Line]:
        """Text broken into lines, right-to-left scripts in display order."""
        if needs_reordering(text):
            return display_lines(self.font, text, size, self.text_width)
        return [Line(line) for line in self.font.wrap(text, size, self.text_width)]

    def _header(self, name: str, title: str) -> tuple[HeaderLine, ...]:
        """The name on the first line, the title on the next, on every card alike.

        A long name or title takes more lines; a card without a title keeps the
        title's line empty, so that every note of a panel starts at one height.
        """
        small = self.style.small
        lines = [(Run(line.text, 0.0),) for line in self._lines(name, small)]
        if title:
            lines += [(Run(line.text, _TITLE_GREY),) for line in self._lines(title, small)]
        while len(lines) < _HEADER_LINES:
            lines.append((Run("", _TITLE_GREY),))
        return tuple(lines)

    def _paginate(
        self,
        lines: list[Line],
        first: tuple[HeaderLine, ...],
        more: tuple[HeaderLine, ...],
        *,
        footer_lines: int,
    ) -> list[_Chunk]:
        out: list[_Chunk] = []
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
            while (
                0 < sum(1 for line in lines[end:] if line.text) < _WIDOW
                and end - start > 2 * _WIDOW
            ):
                end -= 1
            out.append(_Chunk(header, lines[start:end], slots))
            start = end
            while start < len(lines) and not lines[start].text:  # no blank first line
                start += 1
            if start >= len(lines):
                return out

    def _slots(self, header_lines: int, footer_lines: int) -> int:
        top = self._body_top(header_lines)
        bottom = self._footer_top(footer_lines) + self.gap if footer_lines else self.style.margin
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
        if not header_lines:
            return self.height - self.style.margin - self.font.ascent * self.style.body
        return (
            self._header_bottom(header_lines) - self.header_gap - self.font.ascent * self.style.body
        )

    def _footer_top(self, footer_lines: int) -> float:
        """The top of the footer's first line (its ascenders)."""
        last = self.style.margin - self.font.descent * self.style.small
        return last + (footer_lines - 1) * self.small_leading + self.font.ascent * self.style.small

    def draw(self, canvas: Any, text: TextOperators, page: Page) -> None:
        """Draw one page: header, rule, body (with guide lines) and footer."""
        style, font, left = self.style, self.font, self.style.margin
        right = self.width - left
        text.begin()
        if page.header:
            text.font(style.small, self.small_leading)
            text.move_to(left, self._header_baseline())
            for header_line in page.header:
                for run in header_line:
                    text.grey(run.grey)
                    text.show(run.text)
                text.line("")
        top = self._body_top(len(page.header))
        text.grey(0)
        text.font(style.body, self.leading)
        text.move_to(left, top)
        if any(line.right for line in page.body):  # a right-to-left paragraph: its own margin
            for number, line in enumerate(page.body):
                shift = right - font.width(line.text) * style.body / 1000 if line.right else left
                text.move_to(shift, top - number * self.leading)
                text.show(line.text)
        else:
            for line in page.body:
                text.line(line.text)
        if page.footer:
            text.grey(_TITLE_GREY)
            text.font(style.small, self.small_leading)
            text.move_to(left, self._footer_top(len(page.footer)) - font.ascent * style.small)
            for footer_line in page.footer:
                text.line(footer_line)
        text.end()

        canvas.setLineWidth(0.5)
        if page.header:
            rule_y = self._header_bottom(len(page.header)) - self.header_gap * 0.4
            canvas.setStrokeGray(0.6)
            canvas.line(left, rule_y, right, rule_y)
        if self.ruled:
            canvas.setStrokeGray(0.75)
            canvas.lines([(left, y, right, y) for y in self._guide_lines(page, top)])

    def _guide_lines(self, page: Page, top: float) -> list[float]:
        """Where guide lines go: under every line of a card, under a letter's text only."""
        # Half a stroke under the baseline: the letters sit on the line.
        sit = 0.6
        if self.style.aids:
            return [top - i * self.leading - sit for i in range(page.slots)]
        if not page.last:
            return []
        # A letter is printed, not copied: rule the space below its last line (for a
        # postscript by hand), a line's height clear of its descenders.
        bottom = self.style.margin
        if page.footer:
            bottom = self._footer_top(len(page.footer)) + self.gap
        y = top - (len(page.body) - 1) * self.leading - self.style.ruling - sit
        ys = []
        while y >= bottom:
            ys.append(y)
            y -= self.style.ruling
        return ys


def today() -> dt.date:
    """The day the cards are printed (tests fix it)."""
    return dt.date.today()


def _post_by_line(note: Note) -> str:
    """The card's reminder of when to post it: the plan's day (public holidays
    of the candidate's country skipped); once that day is past, "Post today"."""
    from thanknote.planning import post_by

    day = post_by(note.interview)
    if day < (note.written or today()):  # the day drafted for: `draft --today` (set BY)
        return f"Post today (it was due {day:%B} {day.day})"
    return f"Post by {day:%A}, {long_date(day)}"
