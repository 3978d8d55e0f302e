"""Batches: many interviews, one file per note (or one combined file), all or nothing.

Every file name is planned and every existing file found before anything is
written; each file is then written atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from thanknote.files import OutputError, safe_name, unique_names, write_atomic
from thanknote.model import Note
from thanknote.writers import FORMATS, writer_for

__all__ = ["OutputFile", "plan_files", "write_files"]


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file a batch will write: where, in which format, holding which notes."""

    path: Path
    format: str
    notes: tuple[Note, ...]


def note_stem(note: Note) -> str:
    """The file-name stem of a note: `YYYY-MM-DD_company_recipient`."""
    return safe_name(note.interview.date.isoformat(), note.interview.company, note.recipient.name)


def plan_files(
    notes: Sequence[Note],
    out_dir: Path,
    formats: Sequence[str] = ("txt",),
    *,
    combined: bool = False,
) -> list[OutputFile]:
    """Name the files for `notes`: one per note and format, or one per format.

    Names are unique (two recipients with the same name get "-2"), made safe
    and always directly inside `out_dir`.
    """
    planned: list[OutputFile] = []
    for fmt in formats:
        suffix = FORMATS[fmt]
        if combined:
            planned.append(OutputFile(out_dir / f"thank-you-notes{suffix}", fmt, tuple(notes)))
            continue
        names = unique_names([note_stem(n) for n in notes], suffix)
        planned.extend(
            OutputFile(out_dir / name, fmt, (n,)) for name, n in zip(names, notes, strict=True)
        )
    return planned


def _writing(planned: OutputFile) -> Callable[[Path], None]:
    write = writer_for(planned.format)
    return lambda temp: write(planned.notes, temp)


def write_files(files: Sequence[OutputFile], *, force: bool = False) -> list[Path]:
    """Write every planned file, or stop before writing any when one would clash.

    Raises:
        OutputError: the folder cannot be made, a file exists (without
            `force`), or a write fails; files already written stay complete
            and the message names them.
    """
    if not force:
        clashes = [f.path for f in files if f.path.exists()]
        if clashes:
            more = f" and {len(clashes) - 1} more" if len(clashes) > 1 else ""
            raise OutputError(clashes[0], f"already exists{more}; use --force to replace")
    folders = {f.path.parent for f in files}
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(folder, f"cannot create folder: {exc.strerror}") from None
    written: list[Path] = []
    for planned in files:
        try:
            write_atomic(planned.path, _writing(planned), force=force)
        except OutputError as exc:
            done = f" ({len(written)} complete files written before it)" if written else ""
            raise OutputError(planned.path, f"{str(exc).split(': ', 1)[-1]}{done}") from None
        written.append(planned.path)
    return written
