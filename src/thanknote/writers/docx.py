"""Word documents (.docx) to edit: business-letter layout with named paragraph styles.

Each note becomes a letter: the date, the recipient's name and title exactly
as on the card with company and address, the salutation, the body, the
closing and the signature. Every paragraph carries a named style ("Note
Date", "Recipient Address", "Salutation", "Note Body", "Closing",
"Signature"...) and no direct formatting, so changing a style in Word or
LibreOffice restyles every letter at once. Several notes go into one
document with a page break before each letter after the first.

python-docx's default template carries two 438 kB style parts that are
parsed on every open and compressed on every save. A lean base document
(only the styles used here) is built once per process and its bytes cached;
paragraphs are built as XML elements and appended to the body directly,
because `Document.add_paragraph` rescans the body on every call.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from thanknote.model import Note
from thanknote.prose import address_lines, long_date
from thanknote.rendering import recipient_view

__all__ = ["STYLES", "Block", "letter_blocks", "write_docx"]

FONT: Final = "Calibri"

# Style name -> (style id, font size in half-points, space before, space after (twips),
# bold, keep with next). Sizes and spacing live in the styles, never in paragraphs.
_STYLE_SPECS: Final = {
    "Sender Address": ("SenderAddress", 22, 0, 240, False, True),
    "Note Date": ("NoteDate", 22, 0, 240, False, True),
    "Recipient Address": ("RecipientAddress", 22, 0, 240, False, True),
    "Note Subject": ("NoteSubject", 22, 0, 240, True, True),
    "Salutation": ("Salutation", 22, 0, 200, False, True),
    "Note Body": ("NoteBody", 22, 0, 200, False, False),
    "Closing": ("Closing", 22, 120, 0, False, True),
    "Signature": ("Signature", 22, 480, 0, False, False),
}
STYLES: Final = tuple(_STYLE_SPECS)
"""The named paragraph styles a thanknote document defines, in letter order."""

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _P_PR, _P_STYLE, _R, _T, _BR = (f"{_W}{tag}" for tag in ("p", "pPr", "pStyle", "r", "t", "br"))
_VAL, _TYPE = f"{_W}val", f"{_W}type"
_SPACE: Final = "{http://www.w3.org/XML/1998/namespace}space"
# The shared document is reused by every write; one write at a time.
_LOCK = threading.Lock()
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GREETING = re.compile(
    r"^(dear|hi|hello|hey|greetings|good (morning|afternoon|evening)|to)\b.*[,:!]$", re.I
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(  # "November 26, 2026", "Thursday, 26 November 2026", "2026-11-26", "26/11/2026"
    rf"(?:[a-z]+day,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}",
    re.IGNORECASE,
)
_KEEP_STYLES: Final = frozenset({"Normal", "DefaultParagraphFont", "TableNormal", "NoList"})


@dataclass(frozen=True, slots=True)
class Block:
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
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", note.text.strip()) if p.strip()]
    at = _salutation_index(note, paragraphs)
    heading, rest = (paragraphs[:at], paragraphs[at:]) if at is not None else ([], paragraphs)
    blocks = [_heading_block(note, p) for p in heading]
    if not any(b.style == "Recipient Address" for b in blocks):
        day = today or max(dt.date.today(), note.interview.date)
        if not any(b.style == "Note Date" for b in blocks):
            blocks.append(Block("Note Date", (long_date(day),)))
        blocks.append(Block("Recipient Address", _recipient_lines(note)))
    if note.subject:
        blocks.append(Block("Note Subject", (note.subject,)))
    if at is not None and rest:
        blocks.append(Block("Salutation", tuple(rest[0].splitlines())))
        rest = rest[1:]
    closing, signature, body = _ending(rest)
    blocks.extend(Block("Note Body", tuple(p.splitlines())) for p in body)
    if closing:
        blocks.append(Block("Closing", (closing,)))
    if signature:
        blocks.append(Block("Signature", signature))
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
    return (*lines, *address_lines(person.address, company=company))


def _ending(paragraphs: list[str]) -> tuple[str | None, tuple[str, ...], list[str]]:
    """Split the closing ("Best regards,") and signature lines off the body."""
    if not paragraphs:
        return None, (), []
    last = paragraphs[-1].splitlines()
    if len(last) >= 2 and _is_closing(last[0]):
        return last[0], tuple(last[1:]), paragraphs[:-1]
    if len(paragraphs) >= 2 and _is_closing(paragraphs[-2]):
        return paragraphs[-2], tuple(last), paragraphs[:-2]
    return None, (), paragraphs


def _is_closing(text: str) -> bool:
    return "\n" not in text and len(text) <= 40 and text.rstrip().endswith((",", "!"))


def write_docx(notes: Sequence[Note], path: Path) -> None:
    """Write the notes as one Word document, a page break before each letter after the first.

    The document's core properties name the candidate as author, and the
    recipient (one note) or the number of notes as title, with the company
    and position as subject.
    """
    if not notes:
        raise ValueError("write_docx needs at least one note")
    with _LOCK:  # one document object per process, reused: see _base_document
        document = _base_document()
        body = document.element.body
        end = body.sectPr  # paragraphs go before the section properties
        for child in list(body):
            if child is not end:
                body.remove(child)
        for i, note in enumerate(notes):
            for j, block in enumerate(letter_blocks(note)):
                end.addprevious(_paragraph(body, block, page_break=(i > 0 and j == 0)))
        _set_properties(document, notes)
        try:
            document.save(str(path))
        finally:
            for child in list(body):  # free a combined document's paragraphs now
                if child is not end:
                    body.remove(child)


def _paragraph(parent: Any, block: Block, *, page_break: bool = False) -> Any:
    """A <w:p> with its style and text; line breaks within it as <w:br/>.

    Made with `parent.makeelement` so python-docx's element classes apply.
    """
    p = parent.makeelement(_P, {})
    _sub(_sub(p, _P_PR), _P_STYLE).set(_VAL, _STYLE_SPECS[block.style][0])
    if page_break:
        _sub(_sub(p, _R), _BR).set(_TYPE, "page")
    run = _sub(p, _R)
    for k, line in enumerate(block.lines):
        if k:
            _sub(run, _BR)
        t = _sub(run, _T)
        text = _XML_INVALID.sub("", line)
        t.text = text
        if text != text.strip():
            t.set(_SPACE, "preserve")
    return p


def _sub(parent: Any, tag: str) -> Any:
    child = parent.makeelement(tag, {})
    parent.append(child)
    return child


def _set_properties(document: Any, notes: Sequence[Note]) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    candidates = _unique(n.interview.candidate.name for n in notes)
    companies = _unique(n.interview.company for n in notes)
    positions = _unique(n.interview.position for n in notes)
    if len(notes) == 1:
        props.title = f"Thank you – {notes[0].recipient.name}"
    else:
        props.title = f"Thank-you notes ({len(notes)})"
    props.author = props.last_modified_by = "; ".join(candidates)[:255]
    subject = ", ".join(companies)
    if len(positions) == 1:
        subject += f" – {positions[0]}"
    props.subject = subject[:255]
    props.keywords = "thank-you note"
    props.comments = "Drafted with thanknote"
    props.created = props.modified = now
    props.revision = 1


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))


@cache
def _base_document() -> Any:
    """python-docx's default document made lean: only our styles, no unused parts.

    Built once per process and reused for every file (its body emptied
    between writes): opening a .docx costs as much as writing a letter.
    """
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Inches

    document = Document()
    # Optional parts Word and LibreOffice do without; each costs time on every save.
    unused = {RT.CUSTOM_XML, RT.NUMBERING, RT.WEB_SETTINGS, RT.THUMBNAIL, RT.GLOSSARY_DOCUMENT}
    unused |= {RT.THEME, RT.FONT_TABLE, RT.EXTENDED_PROPERTIES}
    unused.add("http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects")
    for part in (document.part, document.part.package):
        for rid, rel in list(part.rels.items()):
            if rel.reltype in unused:
                del part.rels[rid]

    styles = document.styles.element
    for child in list(styles):
        if child.tag == qn("w:latentStyles") or (
            child.tag == qn("w:style") and child.get(qn("w:styleId")) not in _KEEP_STYLES
        ):
            styles.remove(child)
    # Explicit fonts in every slot: theme fonts would win over names set on styles,
    # and the template's East-Asian theme language is Japanese.
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(defaults)

    normal = document.styles["Normal"]
    normal.font.name = FONT
    _set_fonts(normal.element.get_or_add_rPr())
    for name, (style_id, size, before, after, bold, keep) in _STYLE_SPECS.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
        style.base_style = normal
        style.next_paragraph_style = document.styles["Normal"]
        style.quick_style = True
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = before * 635, after * 635  # twips -> EMU
        fmt.keep_with_next = keep
        fmt.line_spacing = 1.08
        style.font.size = size * 6350  # half-points -> EMU
        style.font.bold = bold
        rpr = style.element.get_or_add_rPr()
        _set_fonts(rpr)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-US")
        rpr.append(lang)
    # Body paragraphs read better justified left with no widows.
    document.styles["Note Body"].paragraph_format.widow_control = True

    section = document.sections[0]
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(1)
    return document


def _set_fonts(rpr: Any) -> None:
    """Name FONT in the ASCII, high-ANSI, East-Asian and complex-script slots."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]  # drop theme references, which take precedence
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), FONT)
