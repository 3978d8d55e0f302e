"""Notes as they are sent: plain text, e-mail (.eml) and Word (.docx) files.

`thanknote check` checks what the reader will get: the decoded Subject and
body of an e-mail (not its raw quoted-printable), the paragraphs of a letter
edited in Word, each note of a text file that `thanknote draft` wrote. Where
the text was extracted from a file, findings' offsets count in that text,
which the report says and the JSON report holds.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from thanknote import patterns as rx
from thanknote.errors import NoteFileError
from thanknote.files import decode_utf8, read_input
from thanknote.model import Interview, Interviewer

if TYPE_CHECKING:
    from email.message import EmailMessage

__all__ = ["NoteFile", "read_note_file", "read_text_file"]

# A note's header in a text file of several notes, as `thanknote draft` writes it:
# "== Dr. Priya Raman, Director of Data Platform (Acme Robotics, 2026-11-24)".
_HEADER = re.compile(r"^== (?P<who>.+) \((?P<company>[^()\n]*), \d{4}-\d{2}-\d{2}\)$")
_SEPARATOR = "\n\f\n"


class NoteFile(NamedTuple):
    """One note read from a file, as the reader will get it."""

    label: str  # how the report names it: the file, or the file and the note's recipient
    text: str  # the text to check
    kind: str | None  # "email", "letter", or None (a card, or not known)
    to: tuple[str, ...] = ()  # who it is addressed to: names and e-mail addresses
    extracted_from: str | None = None  # "eml" or "docx": the text was read out of the file

    def recipient(self, interview: Interview) -> Interviewer | None:
        """The interviewer the file addresses (an e-mail's To, a text file's header), if any."""
        for person in interview.interviewers:
            if any(_same_person(person, who) for who in self.to):
                return person
        return None


def read_note_file(path: str | Path) -> list[NoteFile]:
    """The notes in a file: a .eml message, a .docx letter, or text.

    A text file that `thanknote draft --combined` wrote holds several notes,
    each under its "== Name, Title (Company, date)" header; every other file
    holds one.

    Raises:
        NoteFileError: the file is missing, unreadable, not the format its
            name says, or holds no text.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".eml":
        notes = [_read_eml(path)]
    elif suffix == ".docx":
        notes = [_read_docx(path)]
    else:
        notes = _read_text(path)
    for note in notes:
        if not note.text.strip():
            raise NoteFileError(path, "the note is empty")
    return notes


def read_text_file(path: Path, what: str) -> str:
    """A UTF-8 text file's text (a byte-order mark dropped).

    Raises:
        NoteFileError: the file is missing, a folder, binary or not UTF-8.
    """
    raw = _bytes(path, what)
    if b"\x00" in raw:
        raise NoteFileError(path, f"is a binary file, not a text {what}")
    return decode_utf8(raw, lambda message: NoteFileError(path, f"is {message}"))


def _bytes(path: Path, what: str) -> bytes:
    return read_input(
        path,
        lambda message: NoteFileError(path, message),
        what=f"a {what} file",
        missing=f"no such {what} file",
    )


def _read_text(path: Path) -> list[NoteFile]:
    text = read_text_file(path, "note")
    label = str(path)
    pieces = text.split(_SEPARATOR)
    headed = [_HEADER.match(piece.split("\n", 1)[0]) for piece in pieces]
    if not all(headed):
        return [NoteFile(label, text, _kind_of_text(text))]
    notes: list[NoteFile] = []
    for piece, header in zip(pieces, headed, strict=True):
        assert header is not None
        body = piece.split("\n", 1)[1] if "\n" in piece else ""
        body = body.lstrip("\n")
        who = header.group("who")
        notes.append(NoteFile(f"{label} ({who})", body, _kind_of_text(body), to=(who,)))
    return notes


def _kind_of_text(text: str) -> str | None:
    """An e-mail when the text opens with its "Subject:" line, else not known."""
    return "email" if text.lstrip().lower().startswith("subject:") else None


def _read_eml(path: Path) -> NoteFile:
    from email import policy
    from email.parser import BytesParser

    raw = _bytes(path, "note")
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        subject = str(message.get("Subject", "") or "")
        body = _body(message)
        to = [(a.display_name, a.addr_spec) for a in _addresses(message)]
    except (ValueError, LookupError, TypeError) as exc:
        raise NoteFileError(path, f"is not an e-mail message that can be read: {exc}") from None
    if body is None:
        raise NoteFileError(path, "has no text part to check")
    subject = " ".join(subject.split())
    text = f"Subject: {subject}\n\n{body}" if subject else body
    who = tuple(w for pair in to for w in pair if w)
    return NoteFile(str(path), text, "email", to=who, extracted_from="eml")


def _body(message: EmailMessage) -> str | None:
    """The message's text: its plain-text part, else its HTML part as text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    content = part.get_content()
    if not isinstance(content, str):
        return None
    text = content.replace("\r\n", "\n")
    if part.get_content_subtype() == "html":
        text = _html_text(text)
    return text


def _addresses(message: EmailMessage) -> list[_Address]:
    header = message.get("To")
    if header is None:
        return []
    return [
        _Address(str(a.display_name), str(a.addr_spec)) for a in getattr(header, "addresses", ())
    ]


class _Address(NamedTuple):
    display_name: str
    addr_spec: str


def _html_text(html: str) -> str:
    """The text of an HTML body: paragraphs and line breaks kept, tags dropped."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "style", "head"):
                self.skip += 1
            elif tag == "br":
                self.parts.append("\n")
            elif tag in ("p", "div", "li", "tr", "h1", "h2", "h3", "blockquote"):
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("script", "style", "head") and self.skip:
                self.skip -= 1

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(rx.sub(r"[ \t\r\n]+", " ", data))

    reader = _Text()
    reader.feed(html)
    reader.close()
    text = "".join(reader.parts)
    text = rx.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return rx.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _read_docx(path: Path) -> NoteFile:
    import zipfile

    raw = _bytes(path, "note")
    try:
        import io

        from docx import Document

        document = Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise NoteFileError(path, f"is not a Word document that can be read: {exc}") from None
    paragraphs = [p.text.replace("\r", "\n") for p in document.paragraphs]
    text = "\n\n".join(p.strip("\n") for p in paragraphs if p.strip())
    return NoteFile(str(path), text + "\n", "letter", extracted_from="docx")


def _same_person(person: Interviewer, who: str) -> bool:
    """Whether a name or e-mail address from a header is this interviewer's."""
    who = unicodedata.normalize("NFC", who.strip())
    if "@" in who:
        return person.email is not None and person.email.casefold() == who.casefold()
    if who == person.name or who.startswith(f"{person.name}, "):
        return True  # a card name, or a text file's header: "Dr. Priya Raman, Director"
    from thanknote.names import fold

    words = {fold(w) for w in rx.findall(r"[^\W\d_]+", who)}
    card = {fold(w) for w in rx.findall(r"[^\W\d_]+", person.name)}
    return len(words) >= 2 and words <= card
