"""Envelope pages: the return address top left, the recipient's address centred."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from thanknote.model import Note
from thanknote.prose import address_lines
from thanknote.writers import panel_field
from thanknote.writers.pdf import INCH, MissingAddressError, PdfError, Size
from thanknote.writers.pdf.fonts import Font
from thanknote.writers.pdf.operators import TextOperators, clean

__all__ = ["Block", "Envelope", "draw_envelope", "lay_out_envelope"]


@dataclass(frozen=True, slots=True)
class Block:
    """Lines of one size whose first baseline is at (x, y)."""

    lines: tuple[str, ...]
    size: float
    leading: float
    x: float
    y: float
    grey: float = 0.0


class Envelope(NamedTuple):
    """An envelope laid out: who it is from and who it goes to."""

    sender: Block
    recipient: Block


def lay_out_envelope(note: Note, font: Font, size: Size) -> Envelope:
    """Check and place an envelope's return address (top left) and address (centred).

    Raises:
        MissingAddressError: the recipient has no mailing address.
        MissingGlyphError: the font cannot draw a character of either address.
        PdfError: the address does not fit the envelope.
    """
    who, interview = note.recipient.name, note.interview
    address = address_lines(clean(note.recipient.address or ""))
    if not address:
        raise MissingAddressError(who, company=interview.company, field=panel_field(note))
    candidate = interview.candidate
    sender = [clean(candidate.name), *address_lines(clean(candidate.address or ""))]
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
    sender = [piece for line in sender for piece in font.wrap(line, small, usable / 2)]
    first = height - margin - font.ascent * small
    back = Block(tuple(sender), small, small * 1.3, margin, first, grey=0.2)
    sender_bottom = first - (len(sender) - 1) * back.leading + font.descent * small

    # The largest size, down to 8 pt, at which the address fits below the
    # return address, in lines no wider than 80% of the envelope.
    points = 14.0 if width > 8 * INCH else 12.0
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
    to = Block(tuple(lines), points, leading, x, top - font.ascent * points)
    return Envelope(back, to)


def draw_envelope(text: TextOperators, laid_out: Envelope) -> None:
    """Draw both addresses of an envelope on the current page."""
    text.begin()
    for block in laid_out:
        text.grey(block.grey)
        text.font(block.size, block.leading)
        text.move_to(block.x, block.y)
        for line in block.lines:
            text.line(line)
    text.end()
