"""Batches: many interviews, one file per note (or one combined file), all or nothing.

Planning asks each format's writer which notes it can write (`skip`) and
names every file; writing asks each writer to check its notes (`check`) and
finds every existing file before anything is written; each file is then
written to a temporary name and renamed into place, so the output folder
only ever holds complete files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from thanknote.errors import ThanknoteError
from thanknote.files import OutputError, safe_name, unique_names, write_atomic
from thanknote.model import Note
from thanknote.report import counted
from thanknote.writers import Skip, panel_field, writer

if TYPE_CHECKING:
    from thanknote.writers import Writer

__all__ = [
    "COMBINED_STEM",
    "BatchPlan",
    "NothingToWriteError",
    "OutputFile",
    "Skipped",
    "note_stem",
    "plan_files",
    "write_files",
]

COMBINED_STEM: Final = "thank-you-notes"
"""The stem of a combined file holding the notes of several interviews."""

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file a batch will write: where, in which format, holding which notes."""

    path: Path
    format: str
    notes: tuple[Note, ...]
    options: object  # the format's options dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """A file a batch does not write, and why: the other files are still written."""

    note: Note
    format: str
    suffix: str
    why: Skip
    source: str | None = None  # the interview file, for people to find the card

    def __str__(self) -> str:
        """E.g. "no e-mail address for 'Bo Chan' (a.toml interviewers[2].email): .eml skipped"."""
        where = panel_field(self.note, self.why.key)
        where = f"{self.source} {where}" if self.source else where
        name = self.note.recipient.name
        return f"{self.why.reason} for {name!r} ({where}): {self.suffix} skipped"


class NothingToWriteError(ThanknoteError):
    """Every file of a batch would be skipped: nobody can receive the notes this way."""

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        self.skipped = tuple(skipped)
        first = skipped[0]
        where = first.source or "the interview file"
        super().__init__(
            f'no recipient has {first.why.needs}; add {first.why.key} = "..." to the '
            f"[[interviewers]] tables of {where} or choose another --format"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchPlan:
    """Every file a batch will write, and every one it skips, with why."""

    out_dir: Path
    files: tuple[OutputFile, ...]
    skipped: tuple[Skipped, ...]
    formats: tuple[str, ...]
    combined: frozenset[str]  # the formats written as one file for every note
    interviews: int

    def summary(self) -> str:
        """The line for people once every file is written.

        E.g. "wrote 4 notes for 1 interview to out/ (4 txt, 3 eml; 1 .eml skipped:
        no e-mail address)".
        """
        parts = []
        for fmt in self.formats:
            count = sum(1 for f in self.files if f.format == fmt)
            parts.append(f"{count} combined {fmt}" if fmt in self.combined else f"{count} {fmt}")
        reasons = Counter((s.suffix, s.why.reason) for s in self.skipped)
        for (suffix, reason), count in reasons.items():
            parts[-1] += f"; {count} {suffix} skipped: {reason}"
        notes = len({id(n) for f in self.files for n in f.notes})
        return (
            f"wrote {counted(notes, 'note')} for {counted(self.interviews, 'interview')} "
            f"to {str(self.out_dir).rstrip('/') or '/'}/ ({', '.join(parts)})"
        )


def note_stem(note: Note) -> str:
    """The file-name stem of a note: `YYYY-MM-DD_company_recipient`."""
    return safe_name(note.interview.date.isoformat(), note.interview.company, note.recipient.name)


def plan_files(
    notes: Sequence[Note],
    out_dir: Path,
    formats: Sequence[str] = ("txt",),
    *,
    combined: bool = False,
    options: Mapping[str, object] | None = None,
    sources: Sequence[str | Path] | None = None,
) -> BatchPlan:
    """Name the files for `notes`: one per note and format, or one per format.

    Names are unique (two recipients with the same name get "-2", the same
    in every format), made safe and always directly inside `out_dir`. With
    `combined`, each format whose file can hold many notes gets one file
    holding every note; e-mail stays one message per recipient. A note its
    format's writer skips (no .eml without an e-mail address) gets no file:
    the plan says which and why.

    Args:
        notes: the notes, in the order the files should hold them.
        out_dir: the output folder.
        formats: keys of `thanknote.writers.FORMATS`.
        combined: one file per format rather than one per note.
        options: each format's options dataclass, by format (the defaults
            for a format not given).
        sources: the interview file of each note, for the messages.

    Raises:
        FormatError: a format is unknown.
        NothingToWriteError: every note would be skipped in every format.
        OutputError: a planned path would fall outside `out_dir`.
    """
    writers = {fmt: writer(fmt) for fmt in dict.fromkeys(formats)}
    labels = [None if s is None else str(s) for s in sources] if sources else [None] * len(notes)
    stems = [note_stem(n) for n in notes]
    files: list[OutputFile] = []
    skipped: list[Skipped] = []
    for fmt, module in writers.items():
        chosen = (options or {}).get(fmt)
        if chosen is None:
            chosen = module.OPTIONS()
        kept: list[int] = []
        for index, (note, source) in enumerate(zip(notes, labels, strict=True)):
            why = module.skip(note)
            if why is None:
                kept.append(index)
            else:
                skipped.append(
                    Skipped(note=note, format=fmt, suffix=module.SUFFIX, why=why, source=source)
                )
        if combined and module.COMBINABLE:
            if kept:
                path = out_dir / f"{_combined_stem(notes)}{module.SUFFIX}"
                files.append(OutputFile(path, fmt, tuple(notes[i] for i in kept), chosen))
            continue
        # Names are chosen for every note, so a skipped one never shifts the "-2"s.
        names = unique_names(stems, module.SUFFIX)
        files.extend(OutputFile(out_dir / names[i], fmt, (notes[i],), chosen) for i in kept)
    if skipped and not files:
        raise NothingToWriteError(skipped)
    _check_inside(files, out_dir)
    return BatchPlan(
        out_dir=out_dir,
        files=tuple(files),
        skipped=tuple(skipped),
        formats=tuple(writers),
        combined=frozenset(fmt for fmt, m in writers.items() if combined and m.COMBINABLE),
        interviews=len({id(n.interview) for n in notes}),
    )


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

    Before writing, each format's writer checks all its notes (a PDF is laid
    out and its characters, font and envelope addresses checked), and no
    file may exist already (unless `force`). A failure while writing stops
    the batch: the files written before it stay, complete, and no partial or
    temporary file remains.

    Args:
        files: `BatchPlan.files`, from `plan_files`.
        force: replace files that already exist.
        progress: called with (files written, files in all) after each file.

    Raises:
        FormatError: a format's writer cannot be loaded.
        ThanknoteError: a writer's check fails (a PDF font lacks a glyph the
            notes need, or is missing; an envelope has no address...).
        OutputError: the folder cannot be made, a file exists (without
            `force`), or a write fails; the message names the file and how
            many complete files were written before it.
    """
    writers = {f.format: writer(f.format) for f in files}
    # Notes written with the same options are checked together, once.
    together: dict[tuple[str, object], list[Note]] = {}
    for planned in files:
        together.setdefault((planned.format, planned.options), []).extend(planned.notes)
    for (fmt, options), notes in together.items():
        writers[fmt].check(notes, options)
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


def _writing(module: Writer, planned: OutputFile) -> Callable[[Path], None]:
    return lambda temp: module.write(planned.notes, temp, planned.options)


def _reason(exc: Exception) -> str:
    """An error's message without the path it starts with (the caller names the file)."""
    if isinstance(exc, OutputError):
        return str(exc).removeprefix(f"{exc.path}: ")
    if isinstance(exc, ThanknoteError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot write: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
