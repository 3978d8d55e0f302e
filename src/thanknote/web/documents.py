"""Files the browser downloads: notes as thanknote's writers write them, and the plan.

Each is written by the same writer as `thanknote draft -o` (into a temporary
folder) and handed over as bytes, under the name the batch would give it.
"""

from __future__ import annotations

import dataclasses
import io
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from thanknote.files import safe_name
from thanknote.model import Interview, Note

__all__ = ["FORMATS", "MIME_TYPES", "Download", "edited", "notes_file", "notes_zip", "plan_ics"]

FORMATS: Final = ("pdf", "docx", "eml", "txt")
"""What a note can be downloaded as, in the order the page offers them."""

MIME_TYPES: Final = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".eml": "message/rfc822",
    ".txt": "text/plain; charset=utf-8",
    ".zip": "application/zip",
    ".ics": "text/calendar; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class Download:
    """A file to hand to the browser."""

    name: str
    content: bytes

    @property
    def mimetype(self) -> str:
        """Its type, from its suffix."""
        return MIME_TYPES[Path(self.name).suffix]


def edited(drafted: Sequence[Note], texts: Mapping[int, Mapping[str, Any]]) -> list[Note]:
    """The drafted notes with the text (and subject) the user typed, by note number."""
    out = []
    for number, note in enumerate(drafted):
        change = texts.get(number)
        if change is None:
            out.append(note)
            continue
        text = change.get("text")
        subject = change.get("subject")
        if isinstance(subject, str):
            subject = subject.strip() or None
        else:
            subject = note.subject
        out.append(
            dataclasses.replace(
                note, text=text if isinstance(text, str) else note.text, subject=subject
            )
        )
    return out


def notes_file(notes: Sequence[Note], fmt: str, options: object | None = None) -> Download:
    """Notes in one file of a format (one note, or the combined file for several).

    Raises:
        ThanknoteError: what the format's writer raises (a character the
            font lacks, an envelope without an address, no e-mail address).
    """
    from thanknote.batch import note_stem
    from thanknote.writers import writer

    module = writer(fmt)
    chosen = options if options is not None else module.OPTIONS()
    module.check(notes, chosen)
    first = notes[0]
    if len(notes) == 1:
        stem = note_stem(first)
    else:
        stem = safe_name(first.interview.date.isoformat(), first.interview.company)
    with tempfile.TemporaryDirectory(prefix="thanknote-") as folder:
        path = Path(folder) / f"{stem}{module.SUFFIX}"
        module.write(notes, path, chosen)
        return Download(path.name, path.read_bytes())


def notes_zip(notes: Sequence[Note], options: Mapping[str, object], source: str) -> Download:
    """Every note in every format, one file each as `thanknote draft -o` names them, zipped.

    A note a format cannot hold (an e-mail without an address) is left out,
    as the batch leaves it out.

    Raises:
        ThanknoteError: what the writers raise.
    """
    from thanknote.batch import plan_files, write_files

    first = notes[0]
    stem = safe_name(first.interview.date.isoformat(), first.interview.company)
    with tempfile.TemporaryDirectory(prefix="thanknote-") as folder:
        out = Path(folder) / stem
        planned = plan_files(notes, out, FORMATS, options=options, sources=[source] * len(notes))
        written = write_files(planned.files)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in written:
                archive.write(path, f"{stem}/{path.name}")
            if planned.skipped:
                archive.writestr(
                    f"{stem}/SKIPPED.txt", "".join(f"{skipped}\n" for skipped in planned.skipped)
                )
        return Download(f"{stem}.zip", buffer.getvalue())


def plan_ics(interview: Interview) -> Download:
    """The interview's plan as a calendar file."""
    from thanknote.ics import plan_to_ics
    from thanknote.planning import plan

    stem = safe_name(interview.date.isoformat(), interview.company, "plan")
    return Download(f"{stem}.ics", plan_to_ics([plan(interview)]))
