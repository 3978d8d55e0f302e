"""Batches: many interviews, one file per note (or one combined file), all or nothing.

Every file name is planned, every writer loaded, every PDF font checked and
every existing file found before anything is written; each file is then
written to a temporary name and renamed into place, so the output folder
only ever holds complete files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thanknote.errors import ThanknoteError
from thanknote.files import OutputError, safe_name, unique_names, write_atomic
from thanknote.model import Note
from thanknote.writers import COMBINABLE, FORMATS, WriteFunction, writer_for

__all__ = ["COMBINED_STEM", "OutputFile", "note_stem", "plan_files", "unreachable", "write_files"]

COMBINED_STEM = "thank-you-notes"
"""The stem of a combined file holding the notes of several interviews."""

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file a batch will write: where, in which format, holding which notes."""

    path: Path
    format: str
    notes: tuple[Note, ...]
    options: Mapping[str, Any] = field(default_factory=dict)  # the writer's keywords


def note_stem(note: Note) -> str:
    """The file-name stem of a note: `YYYY-MM-DD_company_recipient`."""
    return safe_name(note.interview.date.isoformat(), note.interview.company, note.recipient.name)


def unreachable(notes: Sequence[Note]) -> list[Note]:
    """The notes whose recipient has no e-mail address: no .eml for them."""
    return [n for n in notes if not n.recipient.email]


def plan_files(
    notes: Sequence[Note],
    out_dir: Path,
    formats: Sequence[str] = ("txt",),
    *,
    combined: bool = False,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[OutputFile]:
    """Name the files for `notes`: one per note and format, or one per format.

    Names are unique (two recipients with the same name get "-2", the same
    in every format), made safe and always directly inside `out_dir`. With
    `combined`, each of txt, pdf and docx gets one file holding every note;
    e-mail stays one message per recipient. Notes whose recipient has no
    e-mail address get no .eml file (see `unreachable`).

    Args:
        notes: the notes, in the order the files should hold them.
        out_dir: the output folder.
        formats: keys of `FORMATS`.
        combined: one file per format rather than one per note.
        options: keyword arguments for each format's writer, by format.

    Raises:
        FormatError: a format is unknown.
        OutputError: a planned path would fall outside `out_dir`.
    """
    for fmt in formats:
        if fmt not in FORMATS:
            writer_for(fmt)  # raises FormatError naming the choices
    options = options or {}
    stems = [note_stem(n) for n in notes]
    planned: list[OutputFile] = []
    for fmt in dict.fromkeys(formats):
        suffix, extra = FORMATS[fmt], options.get(fmt, {})
        if combined and fmt in COMBINABLE:
            path = out_dir / f"{_combined_stem(notes)}{suffix}"
            planned.append(OutputFile(path, fmt, tuple(notes), extra))
            continue
        names = unique_names(stems, suffix)
        planned.extend(
            OutputFile(out_dir / name, fmt, (n,), extra)
            for name, n in zip(names, notes, strict=True)
            if fmt != "eml" or n.recipient.email
        )
    _check_inside(planned, out_dir)
    return planned


def _combined_stem(notes: Sequence[Note]) -> str:
    interviews = {id(n.interview): n.interview for n in notes}
    if len(interviews) == 1:
        only = next(iter(interviews.values()))
        return safe_name(only.date.isoformat(), only.company)
    return COMBINED_STEM


def _check_inside(files: Sequence[OutputFile], out_dir: Path) -> None:
    """Refuse any path whose folder is not `out_dir` itself (e.g. through "..")."""
    folder = out_dir.resolve()
    for planned in files:
        if planned.path.resolve().parent != folder:
            raise OutputError(planned.path, f"would be written outside {out_dir}; not writing it")


def write_files(
    files: Sequence[OutputFile], *, force: bool = False, progress: Progress | None = None
) -> list[Path]:
    """Write every planned file, or stop before writing any when one cannot be.

    Before writing, every writer is loaded, every PDF is laid out and its
    characters, font and envelope addresses checked, and no file may exist
    already (unless `force`). A failure while writing stops the batch: the files written
    before it stay, complete, and no partial or temporary file remains.

    Args:
        files: from `plan_files`.
        force: replace files that already exist.
        progress: called with (files written, files in all) after each file.

    Raises:
        FormatError: a format's writer cannot be loaded.
        ThanknoteError: a PDF font lacks a glyph the notes need, or is missing.
        OutputError: the folder cannot be made, a file exists (without
            `force`), or a write fails; the message names the file and how
            many complete files were written before it.
    """
    writers = {f.format: writer_for(f.format) for f in files}
    _check_pdfs(files)
    if not force:
        clashes = [f.path for f in files if f.path.exists()]
        if clashes:
            more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
            raise OutputError(
                clashes[0], f"already exists{more}; nothing written; use --force to replace"
            )
    for folder in dict.fromkeys(f.path.parent for f in files):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                folder, f"cannot create the folder: {exc.strerror}; nothing written"
            ) from None
    written: list[Path] = []
    for planned in files:
        try:
            write_atomic(planned.path, _writing(writers[planned.format], planned), force=force)
        except Exception as exc:
            raise OutputError(
                planned.path,
                f"{_reason(exc)}; {len(written)} of {len(files)} files written before it, "
                "all complete",
            ) from exc
        written.append(planned.path)
        if progress is not None:
            progress(len(written), len(files))
    return written


def _writing(write: WriteFunction, planned: OutputFile) -> Callable[[Path], None]:
    return lambda temp: write(planned.notes, temp, **planned.options)


def _reason(exc: Exception) -> str:
    """An error's message without the path it starts with (the caller names the file)."""
    if isinstance(exc, OutputError):
        return str(exc).removeprefix(f"{exc.path}: ")
    if isinstance(exc, ThanknoteError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot write: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _check_pdfs(files: Sequence[OutputFile]) -> None:
    """Lay out every PDF and check its font and addresses, before writing anything."""
    pdfs = [f for f in files if f.format == "pdf"]
    if not pdfs:
        return
    from thanknote.writers.pdf import check_pdf

    by_options: dict[tuple[tuple[str, Any], ...], list[Note]] = {}
    for planned in pdfs:
        key = tuple(sorted(planned.options.items()))
        by_options.setdefault(key, []).extend(planned.notes)
    for key, notes in by_options.items():
        check_pdf(notes, **dict(key))
