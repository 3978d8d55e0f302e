"""Envelope pages: the return address top left, the recipient's address centred.

An envelope posted within one country leaves out the country line of both
addresses, as postal services ask (`postal`); `stamp` outlines where the
stamp goes, top right, and keeps the address clear of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from thanknote.countries import country_line_for
from thanknote.model import Note
from thanknote.names import as_addressed
from thanknote.prose import address_lines
from thanknote.writers import panel_field
from thanknote.writers.pdf import INCH, MissingAddressError, PdfError, Size
from thanknote.writers.pdf.direction import Line, display_lines, needs_reordering
from thanknote.writers.pdf.fonts import Font
from thanknote.writers.pdf.operators import TextOperators, clean
from thanknote.writers.pdf.postal import country_of, country_of_line

__all__ = ["STAMP", "Block", "Box", "Envelope", "draw_envelope", "lay_out_envelope"]

STAMP: Final = (0.875 * INCH, 1.0 * INCH)
"""A stamp's width and height: the US Forever stamp's, about as large as most."""
_STAMP_MARGIN: Final = 0.25 * INCH


@dataclass(frozen=True, slots=True)
class Block:
    """Lines of one size whose first baseline is at (x, y)."""

    lines: tuple[str, ...]
    size: float
    leading: float
    x: float
    y: float
    grey: float = 0.0
    indents: tuple[float, ...] = ()  # by line: how far right of x it starts (right-to-left lines)


class Box(NamedTuple):
    """A rectangle: its lower left corner, width and height, in points."""

    x: float
    y: float
    width: float
    height: float


class Envelope(NamedTuple):
    """An envelope laid out: who it is from, who it goes to, and where the stamp goes."""

    sender: Block
    recipient: Block
    stamp: Box | None = None


def lay_out_envelope(note: Note, font: Font, size: Size, *, stamp: bool = False) -> Envelope:
    """Check and place an envelope's return address (top left) and address (centred).

    Raises:
        MissingAddressError: the recipient has no mailing address.
        MissingGlyphError: the font cannot draw a character of either address.
        PdfError: the address does not fit the envelope.
    """
    # the name as the letter inside prints it: no "(she/him)", no directory's "Chen, Mei-Ling"
    who, interview = as_addressed(note.recipient.name), note.interview
    address = address_lines(clean(note.recipient.address or ""), name=clean(who))
    if not address:
        raise MissingAddressError(who, company=interview.company, field=panel_field(note))
    candidate = interview.candidate
    own = address_lines(clean(candidate.address or ""), name=clean(candidate.name))
    home = country_of(candidate)
    abroad = country_line_for(address, note.recipient.email, home)
    address = [*address, abroad] if abroad else address  # as the letter inside prints it
    if home is not None and address and country_of_line(address[-1]) == home:
        address = address[:-1]  # posted within the country: no country line
        if own and country_of_line(own[-1]) == home:
            own = own[:-1]
    sender = [clean(candidate.name), *own]
    # A business address names the company; add it when the file's address does not.
    company = (
        []
        if any(interview.company.casefold() in line.casefold() for line in address)
        else [clean(interview.company)]
    )
    recipient = [clean(who), *company, *address]
    font.check("\n".join(recipient), recipient=who, part="the envelope address")
    font.check("\n".join(sender), recipient=who, part="the return address")

    width, height = size
    margin = 0.35 * INCH
    usable = width - 2 * margin
    small = 9.0 if width < 6 * INCH else 10.0
    sender = [piece.text for line in sender for piece in _wrap(font, line, small, usable / 2)]
    first = height - margin - font.ascent * small
    back = Block(tuple(sender), small, small * 1.3, margin, first, grey=0.2)
    sender_bottom = first - (len(sender) - 1) * back.leading + font.descent * small

    # The largest size, down to 8 pt, at which the address fits below the
    # return address, in lines no wider than 80% of the envelope.
    points = 14.0 if width > 8 * INCH else 12.0
    room_top = sender_bottom - small  # a blank line under the return address
    while True:
        leading = points * 1.3
        shown = [piece for line in recipient for piece in _wrap(font, line, points, usable * 0.8)]
        lines = [piece.text for piece in shown]
        block_height = (len(lines) - 1) * leading + (font.ascent - font.descent) * points
        if block_height <= room_top - margin:
            break
        if points <= 8:
            raise PdfError(
                f"the address of {who!r} is too long for this envelope; "
                "shorten it or choose a larger envelope"
            )
        points -= 1
    widths = [font.width(line) * points / 1000 for line in lines]
    block_width = max(widths)
    # A right-to-left line (a Hebrew or Arabic address) ends at the block's right edge.
    indents = tuple(
        block_width - wide if piece.right else 0.0
        for wide, piece in zip(widths, shown, strict=True)
    )
    # Centred a little below the middle, where the post office reads it,
    # never up into the return address nor down off the envelope.
    top = min(height * 0.45 + block_height / 2, room_top)
    top = max(top, margin + block_height)
    x = max(margin, (width - block_width) / 2)
    box = None
    if stamp:
        box = Box(
            width - _STAMP_MARGIN - STAMP[0],
            height - _STAMP_MARGIN - STAMP[1],
            STAMP[0],
            STAMP[1],
        )
        # Keep the address clear of the stamp: below it, or to its left.
        clear = box.y - 0.15 * INCH
        if x + block_width > box.x - 0.15 * INCH and top > clear:
            if clear - block_height >= margin:
                top = clear
            else:
                x = max(margin, box.x - 0.15 * INCH - block_width)
    to = Block(tuple(lines), points, leading, x, top - font.ascent * points, indents=indents)
    return Envelope(back, to, box)


def _wrap(font: Font, line: str, size: float, width: float) -> list[Line]:
    if needs_reordering(line):  # a Hebrew or Arabic address: in display order
        return display_lines(font, line, size, width)
    return [Line(piece) for piece in font.wrap(line, size, width)]


def draw_envelope(canvas: Any, text: TextOperators, laid_out: Envelope) -> None:
    """Draw both addresses of an envelope, and the stamp's outline, on the current page."""
    text.begin()
    for block in (laid_out.sender, laid_out.recipient):
        text.grey(block.grey)
        text.font(block.size, block.leading)
        text.move_to(block.x, block.y)
        if any(block.indents):
            for number, (line, indent) in enumerate(zip(block.lines, block.indents, strict=True)):
                text.move_to(block.x + indent, block.y - number * block.leading)
                text.show(line)
            continue
        for line in block.lines:
            text.line(line)
    text.end()
    if laid_out.stamp is not None:
        canvas.setLineWidth(0.75)
        canvas.setStrokeGray(0.55)
        canvas.setDash(3, 2)
        canvas.rect(*laid_out.stamp, stroke=1, fill=0)
        canvas.setDash()
