"""A note as a business letter: its paragraphs, each with the name of its style.

The salutation splits the note into the letter's heading and its body; the
closing and signature are found at its end. Sender, date and recipient are
added when the note does not write them (only the `letter` template does).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple

from thanknote import patterns as rx
from thanknote.model import Note
from thanknote.prose import address_lines, long_date
from thanknote.rendering import recipient_view

__all__ = ["STYLES", "Block", "letter_blocks"]

STYLES: Final = (
    "Sender Address",
    "Note Date",
    "Recipient Address",
    "Note Subject",
    "Salutation",
    "Note Body",
    "Closing",
    "Signature",
)
"""The named paragraph styles of a letter, in letter order."""

_GREETING: Final = re.compile(
    r"^(dear|hi|hello|hey|greetings|good (morning|afternoon|evening)|to)\b.*[,:!]$", re.I
)
_MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "November 26, 2026", "Thursday, 26 November 2026", "2026-11-26", "26/11/2026"
_DATE: Final = re.compile(
    rf"(?:[a-z]+day,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}",
    re.IGNORECASE,
)


class Block(NamedTuple):
    """One paragraph of a letter: its style name and its lines."""

    style: str
    lines: tuple[str, ...]


def letter_blocks(note: Note, *, today: dt.date | None = None) -> list[Block]:
    """Lay a note out as a business letter, one `Block` per paragraph.

    The salutation ("Dear ...,") splits the note: what comes before it is the
    letter's heading, which the `letter` template already writes (sender,
    date, recipient); when the heading holds no line with the recipient's
    card name, the date and the recipient block are added here. The last
    paragraph's first line (or the last paragraph but one, when it is a lone
    "Sincerely,") is the closing; the lines after it are the signature.

    Args:
        note: the drafted note.
        today: the letter's date when the note has none (default: the later
            of today and the interview date, as the `letter` template does).
    """
    paragraphs = [p.strip("\n") for p in rx.split(r"\n\s*\n", note.text.strip()) if p.strip()]
    at = _salutation_index(note, paragraphs)
    heading, rest = (paragraphs[:at], paragraphs[at:]) if at is not None else ([], paragraphs)
    blocks = [_heading_block(note, p) for p in heading]
    if not any(b.style == "Recipient Address" for b in blocks):
        day = today or max(note.written or dt.date.today(), note.interview.date)
        if not any(b.style == "Note Date" for b in blocks):
            blocks.append(Block("Note Date", (long_date(day),)))
        blocks.append(Block("Recipient Address", _recipient_lines(note)))
    if note.subject:
        blocks.append(Block("Note Subject", (note.subject,)))
    if at is not None and rest:
        blocks.append(Block("Salutation", tuple(rest[0].splitlines())))
        rest = rest[1:]
    ending = _ending(rest)
    blocks.extend(Block("Note Body", tuple(p.splitlines())) for p in ending.body)
    if ending.closing:
        blocks.append(Block("Closing", (ending.closing,)))
    if ending.signature:
        blocks.append(Block("Signature", ending.signature))
    return blocks


def _salutation_index(note: Note, paragraphs: list[str]) -> int | None:
    view = recipient_view(note.recipient)
    expected = {view.formal_salutation, view.warm_salutation}
    for i, p in enumerate(paragraphs):
        if p in expected:
            return i
    for i, p in enumerate(paragraphs):
        if "\n" not in p and len(p) <= 80 and _GREETING.match(p):
            return i
    return None


def _heading_block(note: Note, paragraph: str) -> Block:
    lines = tuple(paragraph.splitlines())
    if lines[0].strip() == note.recipient.name:
        return Block("Recipient Address", lines)
    if len(lines) == 1 and _looks_like_date(lines[0]):
        return Block("Note Date", lines)
    return Block("Sender Address", lines)


def _looks_like_date(line: str) -> bool:
    return bool(_DATE.fullmatch(line.strip()))


def _recipient_lines(note: Note) -> tuple[str, ...]:
    person, company = note.recipient, note.interview.company
    lines = [person.name]
    if person.title:
        lines.append(person.title)
    lines.append(company)  # on its own line, so not repeated from the address
    return (
        *lines,
        *address_lines(person.address, company=company, name=person.name, title=person.title),
    )


class _Ending(NamedTuple):
    """A letter's paragraphs after the salutation, in their parts."""

    closing: str | None  # "Best regards,"
    signature: tuple[str, ...]  # the lines under the closing
    body: list[str]  # the paragraphs before it


def _ending(paragraphs: list[str]) -> _Ending:
    """Split the closing ("Best regards,") and signature lines off the body."""
    if not paragraphs:
        return _Ending(None, (), [])
    last = paragraphs[-1].splitlines()
    if len(last) >= 2 and _is_closing(last[0]):
        return _Ending(last[0], tuple(last[1:]), paragraphs[:-1])
    if len(paragraphs) >= 2 and _is_closing(paragraphs[-2]):
        return _Ending(paragraphs[-2], tuple(last), paragraphs[:-2])
    return _Ending(None, (), paragraphs)


def _is_closing(text: str) -> bool:
    return "\n" not in text and len(text) <= 40 and text.rstrip().endswith((",", "!"))
