"""Note pages: where the header, body and footer of a note go, and drawing them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from thanknote.dates import next_business_day
from thanknote.model import Note
from thanknote.prose import long_date
from thanknote.writers.pdf import INCH, PdfError, Size
from thanknote.writers.pdf.fonts import Font
from thanknote.writers.pdf.operators import TextOperators, clean

__all__ = ["Layout", "Page", "Style", "style_for"]


@dataclass(frozen=True, slots=True)
class Style:
    """Type sizes and margins for one size of page."""

    margin: float  # points, all four sides
    body: float  # body type size, points
    small: float  # header and footer type size, points
    leading: float = 1.5  # body line spacing, times the type size


def style_for(page_size: str) -> Style:
    """The style for a key of `thanknote.writers.pdf.PAGE_SIZES`."""
    if page_size in ("letter", "a4"):
        return Style(margin=0.7 * INCH, body=13, small=10)
    if page_size == "a5":
        return Style(margin=0.55 * INCH, body=13, small=9.5)
    # Small pages: 1.4 lines still leaves room to write between the guide
    # lines, and lets a card-length note (about 100 words) fit on one card.
    return Style(margin=0.3 * INCH, body=12, small=9, leading=1.4)


class Run(NamedTuple):
    """A piece of a header line, drawn after the one before it."""

    text: str
    grey: float


HeaderLine = tuple[Run, ...]
_TITLE_GREY: Final = 0.35
_NAME_TITLE_SEPARATOR: Final = " · "
_WIDOW: Final = 2  # a continuation page starts with at least this many lines
# Words of the footer besides the date, checked against the font once per note.
_FOOTER_WORDS: Final = " Page 0123456789 of — continues on the next page (continued) ·"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a note, laid out."""

    header: tuple[HeaderLine, ...]  # the recipient's name and title as on the card
    body: tuple[str, ...]
    footer: tuple[str, ...]  # top to bottom
    slots: int  # how many body lines fit: guide lines are ruled for all


class _Chunk(NamedTuple):
    """A page's share of the body, before its footer is known."""

    header: tuple[HeaderLine, ...]
    lines: list[str]
    slots: int


class Layout:
    """Where everything goes on a note's pages, for one page size and font."""

    def __init__(self, font: Font, size: Size, style: Style) -> None:
        self.font, self.style = font, style
        self.width, self.height = size
        self.text_width = self.width - 2 * style.margin
        self.leading = style.body * style.leading
        self.small_leading = style.small * 1.3
        self.gap = style.small * 1.2  # between the body and the footer
        self.header_gap = style.small * 1.7  # between the header and the body; the rule is in it

    def note_pages(self, note: Note) -> list[Page]:
        """Check a note's characters and lay it out on one or more pages."""
        font, who, small = self.font, note.recipient.name, self.style.small
        name, title = clean(who), clean(note.recipient.title or "")
        body = clean(f"Subject: {note.subject}\n\n{note.text}" if note.subject else note.text)
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
        for number, chunk in enumerate(chunks, start=1):
            footer = [post_by]
            if len(chunks) > 1:
                more_text = " — continues on the next page" if number < len(chunks) else ""
                footer.insert(0, f"Page {number} of {len(chunks)}{more_text}")
            wrapped = [
                piece for text in footer for piece in font.wrap(text, small, self.text_width)
            ]
            pages.append(Page(chunk.header, tuple(chunk.lines), tuple(wrapped), chunk.slots))
        return pages

    def _header(self, name: str, title: str) -> tuple[HeaderLine, ...]:
        """Name and title on one line when they fit, else each on its own lines."""
        font, small, width = self.font, self.style.small, self.text_width
        together = f"{name}{_NAME_TITLE_SEPARATOR}{title}"
        if title and font.width(together) * small / 1000 <= width:
            return ((Run(name, 0.0), Run(f"{_NAME_TITLE_SEPARATOR}{title}", _TITLE_GREY)),)
        lines = [(Run(line, 0.0),) for line in font.wrap(name, small, width)]
        if title:
            lines += [(Run(line, _TITLE_GREY),) for line in font.wrap(title, small, width)]
        return tuple(lines)

    def _paginate(
        self,
        lines: list[str],
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
            while 0 < sum(map(bool, lines[end:])) < _WIDOW and end - start > 2 * _WIDOW:
                end -= 1
            out.append(_Chunk(header, lines[start:end], slots))
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

    def draw(self, canvas: Any, text: TextOperators, page: Page, *, ruled: bool) -> None:
        """Draw one page: header, rule, body (with guide lines) and footer."""
        style, font, left = self.style, self.font, self.style.margin
        text.begin()
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
