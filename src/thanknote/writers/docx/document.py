"""The Word document: a lean base document with the letter styles, filled with letters.

python-docx's default template carries two 438 kB style parts that are
parsed on every open and compressed on every save. A lean base document
(only the styles used here) is built once per process and reused;
paragraphs are built as XML elements and appended to the body directly,
because `Document.add_paragraph` rescans the body on every call.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from thanknote.model import Note
from thanknote.writers import distinct
from thanknote.writers.docx.letter import Block, letter_blocks

__all__ = ["FONT", "write_document"]

FONT: Final = "Calibri"


class _StyleSpec(NamedTuple):
    """A paragraph style: sizes and spacing live in the styles, never in paragraphs."""

    style_id: str
    half_points: int  # font size
    before: int  # space before, twips
    after: int  # space after, twips
    bold: bool
    keep_with_next: bool


# One spec for each of the letter's STYLES, in the same order.
_STYLE_SPECS: Final = {
    "Sender Address": _StyleSpec("SenderAddress", 22, 0, 240, False, True),
    "Note Date": _StyleSpec("NoteDate", 22, 0, 240, False, True),
    "Recipient Address": _StyleSpec("RecipientAddress", 22, 0, 240, False, True),
    "Note Subject": _StyleSpec("NoteSubject", 22, 0, 240, True, True),
    "Salutation": _StyleSpec("Salutation", 22, 0, 200, False, True),
    "Note Body": _StyleSpec("NoteBody", 22, 0, 200, False, False),
    "Closing": _StyleSpec("Closing", 22, 120, 0, False, True),
    "Signature": _StyleSpec("Signature", 22, 480, 0, False, False),
}

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _P_PR, _P_STYLE, _R, _T, _BR = (f"{_W}{tag}" for tag in ("p", "pPr", "pStyle", "r", "t", "br"))
_VAL, _TYPE = f"{_W}val", f"{_W}type"
_SPACE: Final = "{http://www.w3.org/XML/1998/namespace}space"
# The shared document is reused by every write; one write at a time.
_LOCK = threading.Lock()
_KEEP_STYLES: Final = frozenset({"Normal", "DefaultParagraphFont", "TableNormal", "NoList"})


def write_document(notes: Sequence[Note], path: Path) -> None:
    """Write the notes as letters into one Word document, a page break between them."""
    if not notes:
        raise ValueError("a Word document needs at least one note")
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
    _sub(_sub(p, _P_PR), _P_STYLE).set(_VAL, _STYLE_SPECS[block.style].style_id)
    if page_break:
        _sub(_sub(p, _R), _BR).set(_TYPE, "page")
    run = _sub(p, _R)
    for k, line in enumerate(block.lines):
        if k:
            _sub(run, _BR)
        t = _sub(run, _T)
        t.text = line  # what XML cannot hold was refused by `check`
        if line != line.strip():
            t.set(_SPACE, "preserve")
    return p


def _sub(parent: Any, tag: str) -> Any:
    child = parent.makeelement(tag, {})
    parent.append(child)
    return child


def _set_properties(document: Any, notes: Sequence[Note]) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    candidates = distinct(n.interview.candidate.name for n in notes)
    companies = distinct(n.interview.company for n in notes)
    positions = distinct(n.interview.position for n in notes)
    if len(notes) == 1:
        props.title = _property(f"Thank you – {notes[0].recipient.name}")
    else:
        props.title = f"Thank-you notes ({len(notes)})"
    props.author = props.last_modified_by = _property("; ".join(candidates))
    subject = ", ".join(companies)
    if len(positions) == 1:
        subject += f" – {positions[0]}"
    props.subject = _property(subject)
    props.keywords = "thank-you note"
    props.comments = "Drafted with thanknote"
    props.created = props.modified = now
    props.revision = 1


def _property(text: str) -> str:
    """A core property within Word's 255 characters: the letter itself holds the whole name."""
    return text if len(text) <= 255 else f"{text[:254]}…"


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
    for name, spec in _STYLE_SPECS.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), spec.style_id)
        style.base_style = normal
        style.next_paragraph_style = document.styles["Normal"]
        style.quick_style = True
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = spec.before * 635, spec.after * 635  # twips -> EMU
        fmt.keep_with_next = spec.keep_with_next
        fmt.line_spacing = 1.08
        style.font.size = spec.half_points * 6350  # half-points -> EMU
        style.font.bold = spec.bold
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
