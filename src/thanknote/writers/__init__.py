"""Writers: one module per output format, each honouring one contract.

A format module, registered by name in `FORMATS`, defines:

- `SUFFIX`: its file suffix, e.g. ".pdf";
- `COMBINABLE`: whether one file can hold many notes (`--combined`);
- `OPTIONS`: a frozen dataclass of its options, made with `option()` so that
  the command line offers each one (`NoOptions` for a format with none);
- `skip(note) -> Skip | None`: why it writes no file for this note (the
  batch goes on without it and says so), or None;
- `check(notes, options) -> None`: raise, before anything is written, what
  `write` would raise for these notes (fonts, addresses...);
- `write(notes, path, options) -> None`: write `path`, holding every note.

Choosing names and writing atomically is the batch's job (`thanknote.batch`).
Each module imports its library (reportlab, python-docx, email) inside
`check` and `write`, so reading a module's options keeps `import thanknote`
and `thanknote draft` fast.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, cast

from thanknote.errors import ThanknoteError

if TYPE_CHECKING:  # the contract is for mypy: defining a Protocol costs start-up time
    from thanknote.model import Note
    from thanknote.writers import docx, eml, pdf, text

    class Writer(Protocol):
        """What a format module provides (see the module docstring)."""

        @property
        def SUFFIX(self) -> str: ...

        @property
        def COMBINABLE(self) -> bool: ...

        @property
        def OPTIONS(self) -> type[Any]: ...

        def skip(self, note: Note) -> Skip | None: ...

        def check(self, notes: Sequence[Note], options: Any) -> None: ...

        def write(self, notes: Sequence[Note], path: Path, options: Any) -> None: ...

    # mypy holds every registered module to the contract.
    _REGISTERED: tuple[Writer, ...] = (text, pdf, docx, eml)

__all__ = [
    "FORMATS",
    "PRINTED",
    "FormatError",
    "NoOptions",
    "Option",
    "Skip",
    "UnwritableCharacterError",
    "check_characters",
    "check_nothing",
    "distinct",
    "note_parts",
    "option",
    "options_of",
    "panel_field",
    "skip_none",
    "write_docx",
    "write_eml",
    "write_pdf",
    "writer",
]

FORMATS: Final[dict[str, str]] = {
    "txt": "thanknote.writers.text",
    "pdf": "thanknote.writers.pdf",
    "docx": "thanknote.writers.docx",
    "eml": "thanknote.writers.eml",
}
"""Every output format, in the order choices are listed, and the module that writes it.

Registering a format is adding its module here.
"""

PRINTED: Final = "txt"
"""The format `thanknote draft` prints when it is given no folder."""


class FormatError(ThanknoteError):
    """An output format is unknown or its library cannot be loaded."""

    def __init__(self, fmt: str, message: str) -> None:
        self.format = fmt
        super().__init__(f"format {fmt!r}: {message}")


class UnwritableCharacterError(ThanknoteError):
    """A note holds a character its format cannot store: found when a batch is checked.

    Attributes:
        char: the character.
        recipient: the card name of the note's recipient.
        part: where it is, e.g. "the note" or "the company's name".
        suffix: the format's file suffix, e.g. ".docx".
    """

    def __init__(self, char: str, *, recipient: str, part: str, suffix: str, why: str) -> None:
        self.char, self.recipient, self.part, self.suffix = char, recipient, part, suffix
        name = unicodedata.name(char, "")
        shown = f"U+{ord(char):04X} {char!r}" + (f" ({name})" if name else "")
        super().__init__(
            f"cannot write {shown} in {part} for {recipient!r} as {suffix}: {why}; "
            "remove it from the interview file or the template"
        )


@functools.cache
def _unwritable(xml: bool) -> re.Pattern[str]:
    """Characters no text file can hold (lone surrogates: half of a UTF-16 pair, which
    UTF-8 cannot encode), and for XML those it has no place for besides (C0 controls
    but tab, line feed and carriage return; U+FFFE and U+FFFF). Compiled on first use."""
    if xml:
        return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
    return re.compile("[\ud800-\udfff]")


def check_characters(
    note: Note, suffix: str, parts: Iterable[tuple[str, str | None]], *, xml: bool = False
) -> None:
    """Refuse, naming it, the first character of the parts that the format cannot store.

    Args:
        note: the note, for its recipient's name.
        suffix: the format's suffix, for the message.
        parts: (where, text) pairs: ("the note", note.text).
        xml: the format is XML (Word), which holds fewer characters than UTF-8 text.

    Raises:
        UnwritableCharacterError: a character cannot be written.
    """
    pattern = _unwritable(xml)
    for part, text in parts:
        found = pattern.search(text or "")
        if found is None:
            continue
        char = found.group()
        why = (
            "half of a UTF-16 pair, which no file can hold"
            if "\ud800" <= char <= "\udfff"
            else "XML has no place for it"
        )
        raise UnwritableCharacterError(
            char, recipient=note.recipient.name, part=part, suffix=suffix, why=why
        )


def note_parts(note: Note) -> list[tuple[str, str | None]]:
    """Every piece of a note that a writer may put in a file, with where it is from."""
    interview, person = note.interview, note.recipient
    return [
        ("the note", note.text),
        ("the subject", note.subject),
        ("the recipient's name", person.name),
        ("the recipient's title", person.title),
        ("the recipient's address", person.address),
        ("the recipient's e-mail address", person.email),
        ("the candidate's name", interview.candidate.name),
        ("the candidate's address", interview.candidate.address),
        ("the candidate's e-mail address", interview.candidate.email),
        ("the candidate's phone number", interview.candidate.phone),
        ("the company's name", interview.company),
        ("the position", interview.position),
    ]


def writer(fmt: str) -> Writer:
    """Return the module that writes a format, importing it only now.

    Raises:
        FormatError: the format is unknown, or its module cannot be imported.
    """
    if fmt not in FORMATS:
        raise FormatError(fmt, f"unknown format; choose from: {', '.join(FORMATS)}")
    try:
        return cast("Writer", importlib.import_module(FORMATS[fmt]))
    except ImportError as exc:
        raise FormatError(
            fmt, f"cannot load its writer ({exc}); reinstall thanknote with its dependencies"
        ) from exc


@dataclasses.dataclass(frozen=True, slots=True)
class NoOptions:
    """The options of a format that has none."""


class Skip(NamedTuple):
    """Why a format writes no file for a note: what the recipient's card lacks,
    or what the recipient asked for instead (`asked`).

    A batch goes on without the file and names each one it skipped.
    """

    reason: str  # "no e-mail address"
    needs: str  # "an e-mail address"
    key: str  # the [[interviewers]] key that would give it: "email"
    asked: bool = False  # the recipient asked for this (post, not e-mail): not a warning


def option(
    default: Any,
    *,
    help: str,
    choices: Iterable[str] = (),
    metavar: str | None = None,
    type: Callable[[str], Any] = str,
) -> Any:
    """A field of an options dataclass, described for the command line.

    The field `page_size` becomes the flag `--page-size`, in a group named
    for the format ("PDF options").

    Args:
        default: the value when the option is not given; a bool makes the
            option an on/off flag (`--lines`), anything else takes a value.
        help: what the option does, for `--help` (which adds the default).
        choices: the values allowed, when there is a fixed set.
        metavar: how `--help` names the value ("PATH.ttf").
        type: makes the value from the text typed (`Path` for a file).
    """
    details = {"help": help, "choices": tuple(choices), "metavar": metavar, "type": type}
    return dataclasses.field(default=default, metadata={"thanknote": details})


class Option(NamedTuple):
    """One option of a format, as the command line offers it."""

    format: str
    name: str  # the options field: "page_size"
    flag: str  # "--page-size"
    default: Any
    help: str
    choices: tuple[str, ...]
    metavar: str | None
    type: Callable[[str], Any]

    @property
    def is_flag(self) -> bool:
        """True for an option that is on or off (`--lines`), with no value."""
        return isinstance(self.default, bool)


def options_of(fmt: str) -> list[Option]:
    """The options a format takes, in the order its options dataclass lists them.

    Raises:
        FormatError: as for `writer`.
    """
    options = writer(fmt).OPTIONS
    found = []
    for field in dataclasses.fields(options):
        details = field.metadata["thanknote"]
        found.append(
            Option(
                format=fmt,
                name=field.name,
                flag=f"--{field.name.replace('_', '-')}",
                default=field.default,
                help=details["help"],
                choices=details["choices"],
                metavar=details["metavar"],
                type=details["type"],
            )
        )
    return found


def skip_none(note: Note) -> Skip | None:
    """The `skip` of a format that can write every note."""
    del note
    return None


def check_nothing(notes: Sequence[Note], options: Any) -> None:
    """The `check` of a format that nothing in a note can stop (only the disk can)."""
    del notes, options


def panel_field(note: Note, key: str = "") -> str:
    """Where the note's recipient is in the interview file: "interviewers[2].email".

    Numbers count from 1, as people count the tables in their file.
    """
    people = note.interview.interviewers
    number = next((i for i, p in enumerate(people, 1) if p is note.recipient), None)
    if number is None:
        number = next((i for i, p in enumerate(people, 1) if p == note.recipient), None)
    where = "interviewers" if number is None else f"interviewers[{number}]"
    return f"{where}.{key}" if key else where


def distinct(items: Iterable[str]) -> list[str]:
    """The items without repeats, in their first order (companies, names...)."""
    return list(dict.fromkeys(items))


# The public writers, as thin wrappers over the modules' `write`.


def write_docx(notes: Sequence[Note], path: Path | str) -> None:
    """Write notes as one Word document (.docx), a page break between letters.

    See `thanknote.writers.docx` for the layout and the named styles.
    """
    from thanknote.writers import docx

    docx.write(notes, Path(path), NoOptions())


def write_eml(note: Note, path: Path | str) -> None:
    """Write one note as an e-mail draft (.eml) to its recipient, marked unsent.

    Raises:
        MissingEmailError: the recipient has no e-mail address.
    """
    from thanknote.writers import eml

    eml.write([note], Path(path), NoOptions())


def write_pdf(
    notes: Sequence[Note],
    path: Path | str,
    *,
    page_size: str | None = None,
    lines: bool = False,
    envelope: str | None = None,
    stamp: bool = False,
    font: Path | str | None = None,
) -> None:
    """Write notes as one PDF to print, one note per page (more if it is long).

    Args:
        notes: the notes, in order; at least one.
        path: the PDF file to write.
        page_size: a key of `thanknote.writers.pdf.PAGE_SIZES`: "card"
            (4.25 x 5.5 in), "4x6", "a6", "a5", "letter" or "a4"; None for a
            card, and for the `letter` template the paper of the candidate's
            country (US Letter, or A4 where the country uses it).
        lines: guide lines spaced for handwriting (a letter's text is never crossed).
        envelope: None, "10" (#10) or "a2": an envelope page after each note.
        stamp: outline where the stamp goes on each envelope.
        font: a TrueType (.ttf) font file to use instead of DejaVu Sans.

    Raises:
        PdfError: see `thanknote.writers.pdf.write`.
    """
    from thanknote.writers import pdf

    font_path = None if font is None else Path(font)
    options = pdf.PdfOptions(
        page_size=page_size, lines=lines, envelope=envelope, stamp=stamp, font=font_path
    )
    pdf.write(notes, Path(path), options)
