"""Batches: many interviews, one file per note (or one combined file), all or nothing.

Planning asks each format's writer which notes it can write (`skip`), names
every file, and has each writer check every note it will write (`check`):
every problem of the batch is found at once, before anything is written, and
a recipient's missing details (an envelope's address) can be skipped
instead. Writing finds every existing file first; each file is then written
to a temporary name and moved into place without replacing a file that
appeared meanwhile, so the output folder only ever holds complete files and
two batches writing into one folder never lose one.
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
from thanknote.prose import natural_list
from thanknote.report import counted
from thanknote.writers import Skip, distinct, panel_field, writer

if TYPE_CHECKING:
    from thanknote.writers import Writer

__all__ = [
    "COMBINED_STEM",
    "NO_ADDRESS",
    "BatchCheckError",
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

NO_ADDRESS: Final = Skip(reason="no mailing address", needs="a mailing address", key="address")
"""Why a note gets no PDF with `--skip-missing`: its envelope has no address to print."""
_MAX_LISTED: Final = 12
"""Problems named in one error message; the rest are counted."""


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

    @property
    def where(self) -> str:
        """The file and field that would give what is missing: "a.toml interviewers[2].email"."""
        where = panel_field(self.note, self.why.key)
        return f"{self.source} {where}" if self.source else where

    def __str__(self) -> str:
        """E.g. "no e-mail address for 'Bo Chan' (a.toml interviewers[2].email): .eml skipped"."""
        name = self.note.recipient.name
        return f"{self.why.reason} for {name!r} ({self.where}): {self.suffix} skipped"


class NothingToWriteError(ThanknoteError):
    """Every file of a batch would be skipped: nobody can receive the notes this way."""

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        self.skipped = tuple(skipped)
        lacking = [s for s in skipped if not s.why.asked]
        if not lacking:
            message = (
                "every recipient asked for post, not e-mail; choose --format pdf or docx "
                "for letters to post"
            )
        else:
            first = lacking[0]
            where = first.source or "the interview file"
            message = (
                f'no recipient has {first.why.needs}; add {first.why.key} = "..." to the '
                f"[[interviewers]] tables of {where} or choose another --format"
            )
        super().__init__(message)


class BatchCheckError(ThanknoteError):
    """Notes of a batch cannot be written as asked; nothing was written.

    Every note of the batch was checked by its writers: the message names
    every problem found (recipients missing the same detail together), on
    one line.

    Attributes:
        problems: each (note, format, error) found.
        missing: the notes that lack a detail, as they would be skipped
            with `skip_missing`.
    """

    def __init__(
        self, problems: Sequence[tuple[Note, str, Exception]], missing: Sequence[Skipped]
    ) -> None:
        self.problems, self.missing = tuple(problems), tuple(missing)
        messages = _missing_messages(missing)
        lacking = {(id(s.note), s.format) for s in missing}
        for note, fmt, exc in problems:
            if (id(note), fmt) not in lacking:
                messages.append(_one_line(_describe(note, fmt, exc)))
        messages = list(dict.fromkeys(messages))  # a bad font fails every note alike
        listed = "; ".join(messages[:_MAX_LISTED])
        if len(messages) > _MAX_LISTED:
            listed += f"; and {len(messages) - _MAX_LISTED} more"
        if len(messages) > 1:
            listed = f"{len(messages)} problems, nothing written: {listed}"
        super().__init__(listed)


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchPlan:
    """Every file a batch will write, and every one it skips, with why."""

    out_dir: Path
    files: tuple[OutputFile, ...]
    skipped: tuple[Skipped, ...]
    formats: tuple[str, ...]
    combined: frozenset[str]  # the formats written as one file for every note
    interviews: int
    checked: bool = True  # every note was checked by its writers while planning

    def summary(self) -> str:
        """The line for people once every file is written.

        E.g. "wrote 4 notes for 1 interview to out/ (4 txt, 3 eml; 1 .eml skipped:
        no e-mail address)".
        """
        parts = []
        for fmt in self.formats:
            count = sum(1 for f in self.files if f.format == fmt)
            parts.append(f"{count} combined {fmt}" if fmt in self.combined else f"{count} {fmt}")
        reasons = Counter((s.suffix, s.why.reason) for s in self.skipped if not s.why.asked)
        for (suffix, reason), count in reasons.items():
            parts[-1] += f"; {count} {suffix} skipped: {reason}"
        parts[-1] += self._by_post()
        notes = len({id(n) for f in self.files for n in f.notes})
        return (
            f"wrote {counted(notes, 'note')} for {counted(self.interviews, 'interview')} "
            f"to {str(self.out_dir).rstrip('/') or '/'}/ ({', '.join(parts)})"
        )

    def _by_post(self) -> str:
        """ "; no .eml for 'Siobhán Ó Súilleabháin', who asked for post: see the pdf"."""
        asked = [s for s in self.skipped if s.why.asked]
        if not asked:
            return ""
        names = natural_list(repr(s.note.recipient.name) for s in asked)
        who = "who asked" if len(asked) == 1 else "who all asked"
        instead = distinct(
            f.format for f in self.files if any(n is s.note for s in asked for n in f.notes)
        )
        see = (
            f"see the {' and '.join(instead)}"
            if instead
            else "draft their letters with --format pdf or docx"
        )
        suffixes = "/".join(distinct(s.suffix for s in asked))
        return f"; no {suffixes} for {names}, {who} for post: {see}"


def note_stem(note: Note, *, candidate: bool = False) -> str:
    """The file-name stem of a note: `YYYY-MM-DD_company_recipient`, or
    `YYYY-MM-DD_company_candidate_recipient` with `candidate` (a batch holding
    the notes of several candidates)."""
    interview = note.interview
    names = (interview.candidate.name, note.recipient.name) if candidate else (note.recipient.name,)
    return safe_name(interview.date.isoformat(), interview.company, *names)


def plan_files(
    notes: Sequence[Note],
    out_dir: Path,
    formats: Sequence[str] = ("txt",),
    *,
    combined: bool = False,
    options: Mapping[str, object] | None = None,
    sources: Sequence[str | Path] | None = None,
    skip_missing: bool = False,
) -> BatchPlan:
    """Name the files for `notes`, one per note and format or one per format,
    and check every note with the writers that will write it.

    Names are unique (two recipients with the same name get "-2", the same
    in every format), made safe and always directly inside `out_dir`; when
    the notes are of more than one candidate, each name carries the
    candidate's. With `combined`, each format whose file can hold many notes
    gets one file holding every note; e-mail stays one message per
    recipient. A note its format's writer skips (no .eml without an e-mail
    address, nor for someone who asked for post) gets no file: the plan
    says which and why.

    Every note is then checked by its writers (`check`) for everything that
    would stop the writing, and every problem is reported together; a note
    whose recipient lacks a detail a writer needs (an envelope's address)
    is skipped instead when `skip_missing`.

    Args:
        notes: the notes, in the order the files should hold them.
        out_dir: the output folder.
        formats: keys of `thanknote.writers.FORMATS`.
        combined: one file per format rather than one per note.
        options: each format's options dataclass, by format (the defaults
            for a format not given).
        sources: the interview file of each note, for the messages.
        skip_missing: skip a note whose recipient lacks a detail a writer
            needs, rather than stop.

    Raises:
        FormatError: a format is unknown.
        NothingToWriteError: every note would be skipped in every format.
        BatchCheckError: a writer cannot write notes as asked (a font lacks
            a character, recipients have no address for their envelopes...);
            the message names every problem.
        OutputError: a planned path would fall outside `out_dir`.
    """
    writers = {fmt: writer(fmt) for fmt in dict.fromkeys(formats)}
    labels = [None if s is None else str(s) for s in sources] if sources else [None] * len(notes)
    several = len({n.interview.candidate.name for n in notes}) > 1
    stems = [note_stem(n, candidate=several) for n in notes]
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
    sources_of = {id(n): label for n, label in zip(notes, labels, strict=True)}
    files, lacking = _checked(files, sources_of, skip_missing=skip_missing)
    skipped += lacking
    if skipped and not files:
        raise NothingToWriteError(skipped)
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
    files: BatchPlan | Sequence[OutputFile],
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write every planned file, or stop before writing any when one cannot be.

    Before writing, each format's writer checks all its notes (a PDF is laid
    out and its characters, font and envelope addresses checked; a
    `BatchPlan` from `plan_files` was checked while planning), and no file
    may exist already (unless `force`). A failure while writing stops the
    batch: the files written before it stay, complete, and no partial or
    temporary file remains. A file that appears while the batch runs (another
    batch writing into the same folder) is never replaced without `force`.

    Args:
        files: the plan from `plan_files`, or its files.
        force: replace files that already exist.
        progress: called with (files written, files in all) after each file.

    Raises:
        FormatError: a format's writer cannot be loaded.
        BatchCheckError: files not from `plan_files` fail a writer's check (a
            PDF font lacks a glyph the notes need, or is missing; an envelope
            has no address...).
        OutputError: the folder cannot be made, a file exists (without
            `force`), or a write fails; the message names the file and how
            many complete files were written before it.
    """
    checked = isinstance(files, BatchPlan) and files.checked
    files = files.files if isinstance(files, BatchPlan) else tuple(files)
    writers = {f.format: writer(f.format) for f in files}
    if not checked:
        _checked(files, {}, skip_missing=False)
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


def _checked(
    files: Sequence[OutputFile], sources: Mapping[int, str | None], *, skip_missing: bool
) -> tuple[list[OutputFile], list[Skipped]]:
    """Have each writer check every note it will write; keep the files that can be.

    Each note is checked on its own, so that every problem of the batch is
    found, not only the first. With `skip_missing`, notes whose recipient
    lacks a detail are taken out of their files and returned as skipped.

    Raises:
        BatchCheckError: a note cannot be written (or lacks a detail, without
            `skip_missing`).
    """
    checked: set[tuple[str, object, int]] = set()
    problems: list[tuple[Note, str, Exception]] = []
    lacking: list[Skipped] = []
    for planned in files:
        module = writer(planned.format)
        for note in planned.notes:
            key = (planned.format, planned.options, id(note))
            if key in checked:
                continue
            checked.add(key)
            try:
                module.check([note], planned.options)
            except Exception as exc:  # any failure, known or not, stops the batch here
                problems.append((note, planned.format, exc))
                why = _lacks(exc)
                if why is not None:
                    lacking.append(
                        Skipped(
                            note=note,
                            format=planned.format,
                            suffix=module.SUFFIX,
                            why=why,
                            source=sources.get(id(note)),
                        )
                    )
    if not problems:
        return list(files), []
    if not skip_missing or len(lacking) < len(problems):
        raise BatchCheckError(problems, lacking)
    dropped = {(id(s.note), s.format) for s in lacking}
    kept = []
    for planned in files:
        notes = tuple(n for n in planned.notes if (id(n), planned.format) not in dropped)
        if notes:
            kept.append(OutputFile(planned.path, planned.format, notes, planned.options))
    return kept, lacking


def _lacks(exc: Exception) -> Skip | None:
    """What a writer's error says the recipient lacks, if that is what it is about."""
    from thanknote.writers.eml import NO_EMAIL, MissingEmailError
    from thanknote.writers.pdf import MissingAddressError

    if isinstance(exc, MissingAddressError):
        return NO_ADDRESS
    if isinstance(exc, MissingEmailError):
        return NO_EMAIL
    return None


def _missing_messages(missing: Sequence[Skipped]) -> list[str]:
    """One message per detail missing, naming every recipient who lacks it."""
    messages = []
    for why in dict.fromkeys(s.why for s in missing):
        lack = [s for s in missing if s.why == why]
        who = natural_list(f"{s.note.recipient.name!r} ({s.where})" for s in lack)
        tables = "[[interviewers]] tables" if len(lack) > 1 else "[[interviewers]] table"
        fix = " drop --envelope," if why == NO_ADDRESS else ""
        messages.append(
            f'{why.reason} for {who}; add {why.key} = "..." to their {tables},'
            f"{fix} or pass --skip-missing to write the rest"
        )
    return messages


def _describe(note: Note, fmt: str, exc: Exception) -> str:
    """A writer's error as one clause: its own message, or what failed for whom."""
    from thanknote.dates import DateRangeError, format_day

    if isinstance(exc, DateRangeError):  # the same for every note of the interview
        interview = note.interview
        return (
            f"cannot date the {fmt} notes of the {interview.company} interview of "
            f"{format_day(interview.date)}: {exc}"
        )
    if isinstance(exc, ThanknoteError):
        return str(exc)
    name = note.recipient.name
    return f"cannot write the {fmt} for {name!r}: {_reason(exc)}"


def _one_line(text: str) -> str:
    """A message on one line: its lines joined, runs of spaces kept short."""
    return " ".join(text.split())


def _writing(module: Writer, planned: OutputFile) -> Callable[[Path], None]:
    return lambda temp: module.write(planned.notes, temp, planned.options)


def _reason(exc: Exception) -> str:
    """An error's message without the path it starts with (the caller names the file)."""
    if isinstance(exc, OutputError):
        return _one_line(str(exc).removeprefix(f"{exc.path}: "))
    if isinstance(exc, ThanknoteError):
        return _one_line(str(exc))
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot write: {exc.strerror}"
    return _one_line(f"{type(exc).__name__}: {exc}") if str(exc) else type(exc).__name__
