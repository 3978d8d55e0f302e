"""Editing an interview file in place: its comments and layout stay as they are.

Cards are added as `[[interviewers]]` tables written as text after the last
such table, and a sent note as a `sent = DATE` line in its interviewer's
table; each edit is checked by reading the file back, and the new file is
renamed into place, so a failure leaves the file as it was.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NamedTuple

from thanknote import patterns as rx
from thanknote.errors import InterviewFileError, ThanknoteError
from thanknote.files import decode_utf8, read_input
from thanknote.model import Interviewer

__all__ = [
    "CardsAdded",
    "NewPeople",
    "SentDateError",
    "SentRecorded",
    "add_to_interview_file",
    "interviewer_table",
    "interviewer_toml",
    "new_people",
    "person_key",
    "record_sent",
    "toml_string",
]

_HEADER = re.compile(r"^[ \t]*\[")
_INTERVIEWERS_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*interviewers[ \t]*\]\][ \t]*(#.*)?$")
_TOML_ESCAPES: Final = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\f": "\\f",
    "\r": "\\r",
}
_CARD_KEYS: Final = ("title", "email", "phone", "nickname", "address")
"""The keys a business card fills in, in the order a table lists them."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CardsAdded:
    """What `add_to_interview_file` did: names added and names already there."""

    added: tuple[str, ...]
    skipped: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SentRecorded:
    """What `record_sent` did for one person."""

    name: str  # the card name
    field: str  # where, e.g. "interviewers[2].sent"
    day: dt.date
    previous: dt.date | None  # the date the file held before, if any


class SentDateError(ThanknoteError):
    """A note cannot have gone out on the date given."""

    def __init__(self, name: str, day: dt.date, message: str) -> None:
        self.name, self.day = name, day
        super().__init__(
            f"the note to {name!r} cannot have gone out on {day.isoformat()}: {message}"
        )


class NewPeople(NamedTuple):
    """People sorted into those to add and the names of those already there."""

    added: list[Interviewer]
    skipped: list[str]


def person_key(name: str) -> str:
    """A key for "is this person already there": NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def new_people(people: Iterable[Interviewer], *, known: Iterable[str] = ()) -> NewPeople:
    """The people whose names are not `known` (nor met earlier in `people`), in order."""
    seen = {person_key(name) for name in known}
    added: list[Interviewer] = []
    skipped: list[str] = []
    for person in people:
        key = person_key(person.name)
        if key in seen:
            skipped.append(person.name)
        else:
            seen.add(key)
            added.append(person)
    return NewPeople(added, skipped)


def toml_string(text: str) -> str:
    """Write text as a TOML string: a basic string, or a multi-line one for an address.

    Quotes, backslashes and control characters are escaped, so the value reads
    back unchanged.
    """

    def escape(char: str, *, multiline: bool) -> str:
        if char == "\n":
            return "\n" if multiline else "\\n"
        if char in _TOML_ESCAPES:
            return _TOML_ESCAPES[char]
        if unicodedata.category(char) == "Cc":
            return f"\\u{ord(char):04X}"
        return char

    if "\n" in text:
        # The newline after the opening quotes is not part of the value.
        body = "".join(escape(c, multiline=True) for c in text)
        return f'"""\n{body}"""'
    return '"' + "".join(escape(c, multiline=False) for c in text) + '"'


def interviewer_table(person: Interviewer) -> dict[str, Any]:
    """What a card says about a person, as the keys of an `[[interviewers]]` table."""
    table: dict[str, Any] = {"name": person.name}
    table.update((key, getattr(person, key)) for key in _CARD_KEYS if getattr(person, key))
    if person.family_first:
        table["family_first"] = True
    if person.name_parts is not None:
        parts = person.name_parts
        table["name_parts"] = {
            key: getattr(parts, key)
            for key in ("family", "given", "additional", "prefix", "suffix")
            if getattr(parts, key)
        }
    return table


def interviewer_toml(person: Interviewer) -> str:
    """One `[[interviewers]]` table for a card, as TOML text ending in a newline."""
    lines = ["[[interviewers]]"]
    for key, value in interviewer_table(person).items():
        if key == "family_first":
            lines.append("family_first = true  # the card writes the family name first")
        elif key == "name_parts":
            inline = ", ".join(f"{k} = {toml_string(v)}" for k, v in value.items())
            lines.append(f"name_parts = {{ {inline} }}  # the card's own split of the name")
        else:
            lines.append(f"{key} = {toml_string(value)}")
    return "\n".join(lines) + "\n"


def add_to_interview_file(path: str | Path, people: Sequence[Interviewer]) -> CardsAdded:
    """Add interviewers to an interview file as `[[interviewers]]` tables.

    The file's other content and comments stay as they are: the tables are
    inserted as text after the last `[[interviewers]]` table (or at the end),
    the result is checked by reading it back, and the new file is renamed
    into place. A person whose name is already in the file is skipped.

    Raises:
        InterviewFileError: the file does not exist or is not valid TOML.
        OutputError: the file cannot be written.
    """
    from thanknote.files import write_atomic

    path = Path(path)
    if path.suffix.lower() == ".json":
        raise InterviewFileError(path, "cards can be added to .toml files only")
    if not path.is_file():
        raise InterviewFileError(
            path, f"no such file; start one from the cards: thanknote init {path} --cards CARD.vcf"
        )
    new_text, result = add_interviewers_text(_read_text(path), people, path=path)
    if result.added:
        write_atomic(path, new_text, force=True)
    return result


def add_interviewers_text(
    text: str, people: Sequence[Interviewer], *, path: str | Path = "<interview>"
) -> tuple[str, CardsAdded]:
    """The text of an interview file with `[[interviewers]]` tables added for people.

    As `add_to_interview_file` does it, on text: people already there are
    skipped, and a file that was valid stays valid.

    Raises:
        InterviewFileError: the text is not valid TOML, or its interviewers
            are an inline array (`path` names the file in the message).
    """
    from thanknote.interviews import interview_from_dict

    path = Path(path)
    before = _toml(path, text)
    existing = before.get("interviewers", [])
    if not isinstance(existing, list):
        raise InterviewFileError(path, "must be [[interviewers]] tables", field="interviewers")
    added, skipped = new_people(
        people, known=[str(p.get("name", "")) for p in existing if isinstance(p, dict)]
    )
    if not added:
        return text, CardsAdded(added=(), skipped=tuple(skipped))
    block = "\n".join(interviewer_toml(person) for person in added)
    expected = {**before, "interviewers": [*existing, *(interviewer_table(p) for p in added)]}
    new_text = _insert_interviewers(text, block, expected)
    if new_text is None:
        raise InterviewFileError(
            path,
            "cannot add [[interviewers]] tables here (is 'interviewers' an inline array?); "
            "write each interviewer as an [[interviewers]] table",
            field="interviewers",
        )
    try:
        interview_from_dict(before, source=path)
    except InterviewFileError:
        pass  # a file still being filled in: adding cards is still useful
    else:  # it was valid before, so it must be valid after
        interview_from_dict(_toml(path, new_text), source=path)
    return new_text, CardsAdded(added=tuple(p.name for p in added), skipped=tuple(skipped))


def _read_text(path: Path) -> str:
    def fail(message: str) -> InterviewFileError:
        return InterviewFileError(path, message)

    return decode_utf8(read_input(path, fail, what="a TOML file"), fail)


def _toml(path: Path, text: str) -> dict[str, Any]:
    from thanknote.interviews import parse_interview_text

    return parse_interview_text(path, text, is_json=False)


def _insert_interviewers(text: str, block: str, expected: dict[str, Any]) -> str | None:
    """Insert the tables after the last [[interviewers]] table, else at the end.

    Header-like lines may sit inside multi-line strings, so each candidate
    place is checked by parsing the result and comparing it with what it
    must hold; the first that reads back right wins.
    """
    import tomllib

    lines = text.splitlines(keepends=True)
    candidates: list[int] = []
    last = max((i for i, line in enumerate(lines) if _INTERVIEWERS_HEADER.match(line)), default=-1)
    if last >= 0:
        following = next(
            (i for i in range(last + 1, len(lines)) if _HEADER.match(lines[i])), len(lines)
        )
        candidates.append(_before_attached_comments(lines, following))
    candidates.append(len(lines))
    for at in candidates:
        head = "".join(lines[:at])
        tail = "".join(lines[at:])
        if head and not head.endswith("\n"):
            head += "\n"
        new_text = head + ("\n" if head.strip() else "") + block + ("\n" + tail if tail else "")
        try:
            if tomllib.loads(new_text) == expected:
                return new_text
        except tomllib.TOMLDecodeError:
            continue
    return None


def _before_attached_comments(lines: list[str], header: int) -> int:
    """The place before the comment lines that introduce a table header, and blank lines."""
    at = header
    while at > 0 and lines[at - 1].lstrip().startswith("#"):
        at -= 1
    if at == header or (at > 0 and not lines[at - 1].strip()):
        while at > 0 and not lines[at - 1].strip():
            at -= 1
    else:  # comments run straight on from the table above: they belong to it
        at = header
        while at > 0 and not lines[at - 1].strip():
            at -= 1
    return at


# Changing values in place ------------------------------------------------------------------------
#
# A form that edits an interview file gives the whole new content; the file keeps
# its comments and layout when only the statements whose values changed are
# rewritten. The text is read as TOML's own parser reads it: a line starting
# with "[" (outside a value) is a table header, anything else not blank or a
# comment starts a `key = value` statement, which runs over the fewest lines
# that parse. The result is read back and must hold exactly the new content.

_STATEMENT_KEY = re.compile(r"^([ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*)")


@dataclass(slots=True)
class _Statement:
    """A `key = value` statement: its lines [start, end) and its bare key (or None)."""

    key: str | None
    start: int
    end: int


@dataclass(slots=True)
class _Section:
    """The root of the file or one table header and the statements under it."""

    header: int | None  # the header's line; None for the root
    path: tuple[str, ...]  # ("candidate",); () for the root
    array: bool  # an [[array]] table
    statements: list[_Statement]
    end: int = 0  # the line after its last line: the next header, or the end


def edit_interview_text(
    text: str,
    data: Mapping[str, Any],
    *,
    interviewers_from: Sequence[int | None] | None = None,
    path: str | Path = "<interview>",
) -> str:
    """Rewrite an interview file's text to hold `data`, keeping comments and layout.

    Only the statements whose values change are rewritten (a comment at the
    end of the line stays); keys no longer in `data` are removed, new ones are
    added at the end of their table, and `[[interviewers]]` tables are kept,
    removed or added as `interviewers_from` says.

    Args:
        text: the file's text now; it must be valid TOML.
        data: everything the file must hold afterwards (as `tomllib` reads it).
        interviewers_from: for each interviewer in `data`, the index of the
            `[[interviewers]]` table of `text` it was edited from, or None for
            a new person (the table goes after the previous person's). The
            indexes must increase. By default the n-th is the n-th.
        path: the file, named in errors.

    Raises:
        InterviewFileError: the text is not valid TOML, or the change cannot be
            made without rewriting the file (say, a table written with dotted
            keys): edit the file as text instead.
    """
    import tomllib

    path = Path(path)
    old = _toml(path, text)
    new = _plain(data)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    sections = _sections(lines)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) over lines
    root = sections[0]
    root_keys = {s.key for s in root.statements if s.key}
    # The root's statements first: at one place, its new keys go before new tables.
    root_old = {k: v for k, v in old.items() if k in root_keys}
    root_new = {
        k: v for k, v in new.items() if k in root_keys or (k not in old and not _under_header(k, v))
    }
    _edit_statements(lines, root, root_old, root_new, edits, _root_end(lines, sections))
    try:
        _edit_tables(lines, sections, old, new, root_keys, interviewers_from, path, edits)
    except _Unwritable as exc:
        raise _cannot(path, exc.key) from None
    new_text = _apply(lines, edits)
    try:
        if tomllib.loads(new_text) == new:
            return new_text
    except tomllib.TOMLDecodeError:
        pass
    raise _cannot(path, None)


def toml_value(value: Any) -> str:
    """A value as TOML text: strings as `toml_string` writes them, dates as dates,
    lists on one line (or one item a line when long), tables inline."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.time)):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return (
            "{ " + ", ".join(f"{_toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
        )
    if isinstance(value, (list, tuple)):
        items = [toml_value(item) for item in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= 88 and "\n" not in one_line:
            return one_line
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def table_toml(header: str, table: Mapping[str, Any]) -> str:
    """A table as TOML text under its header (`[[interviewers]]`), ending in a newline."""
    lines = [header]
    lines += [f"{_toml_key(key)} = {toml_value(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"


def _toml_key(key: str) -> str:
    return key if rx.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


def _plain(value: Any) -> Any:
    """Data as `tomllib` reads it back: lists for tuples, plain dicts."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _under_header(key: str, value: Any) -> bool:
    """Whether a new key is written under headers: a table, or the interviewers."""
    return isinstance(value, dict) or (key == "interviewers" and isinstance(value, list))


class _Unwritable(Exception):
    """A table written in a way that is not edited in place (sub-tables, dotted keys)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _cannot(path: Path, key: str | None) -> InterviewFileError:
    return InterviewFileError(
        path,
        "this change cannot be written without rewriting the file's layout; edit it as text",
        field=key,
    )


def _edit_tables(
    lines: list[str],
    sections: list[_Section],
    old: dict[str, Any],
    new: dict[str, Any],
    root_keys: set[str],
    interviewers_from: Sequence[int | None] | None,
    path: Path,
    edits: list[tuple[int, int, str]],
) -> None:
    """Edit every key written under headers: tables and the interviewers."""
    for key in dict.fromkeys([*old, *new]):
        if key in root_keys or (key not in old and not _under_header(key, new[key])):
            continue  # a statement of the root
        own = [s for s in sections[1:] if s.path[:1] == (key,)]
        if key == "interviewers" and isinstance(new.get(key, []), list):
            origins = _origins(interviewers_from, old.get(key, []), new.get(key, []), path)
            _edit_array(lines, sections, own, old.get(key, []), new.get(key, []), origins, edits)
        elif isinstance(new.get(key, {}), dict) and isinstance(old.get(key, {}), dict):
            _edit_table(lines, sections, own, key, old.get(key), new.get(key), edits)
        else:
            raise _Unwritable(key)


def _sections(lines: list[str]) -> list[_Section]:
    """The root and each table of the file, with their statements."""
    import tomllib

    sections = [_Section(header=None, path=(), array=False, statements=[])]
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped or stripped.startswith("#"):
            i += 1
            continue
        if stripped.startswith("["):
            sections[-1].end = i
            parsed = tomllib.loads(lines[i])
            table_path: list[str] = []
            node: Any = parsed
            while isinstance(node, (dict, list)) and node:
                if isinstance(node, list):
                    node = node[-1]
                    continue
                (name, node), *_ = node.items()
                table_path.append(name)
            sections.append(
                _Section(
                    header=i, path=tuple(table_path), array=stripped.startswith("[["), statements=[]
                )
            )
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines) + 1) if _parses(lines[i:j]))
        match = _STATEMENT_KEY.match(lines[i])
        sections[-1].statements.append(_Statement(match.group(2) if match else None, i, end))
        i = end
    sections[-1].end = len(lines)
    return sections


def _parses(lines: list[str]) -> bool:
    import tomllib

    try:
        tomllib.loads("".join(lines))
    except tomllib.TOMLDecodeError:
        return False
    return True


def _statement_text(lines: list[str], statement: _Statement, value: Any) -> str:
    """The statement with a new value: its key as written and its end-of-line comment kept."""
    import tomllib

    first = lines[statement.start]
    match = _STATEMENT_KEY.match(first)
    assert match is not None  # only statements with a bare key are rewritten
    head = match.group(1)
    body = head + toml_value(value)
    last = lines[statement.end - 1].rstrip("\n")
    before = "".join(lines[statement.start : statement.end - 1])
    wanted = tomllib.loads("".join(lines[statement.start : statement.end]))
    for at in (i for i, char in enumerate(last) if char == "#"):
        try:
            if tomllib.loads(before + last[:at]) == wanted:
                # Keep the comment in its column when the new value leaves room.
                column = len(last[:at].rstrip()) if "\n" in body else at
                gap = max(column - len(body.rsplit("\n", 1)[-1]), 2)
                return body + " " * gap + last[at:] + "\n"
        except tomllib.TOMLDecodeError:
            continue
    return body + "\n"


def _edit_statements(
    lines: list[str],
    section: _Section,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    edits: list[tuple[int, int, str]],
    insert_at: int,
) -> None:
    """Rewrite, remove and add the statements of one table."""
    written: set[str] = set()
    for statement in section.statements:
        key = statement.key
        if key is None or key in written:
            continue
        written.add(key)
        if key not in new:
            edits.append((statement.start, statement.end, ""))
        elif new[key] != old.get(key):
            edits.append(
                (statement.start, statement.end, _statement_text(lines, statement, new[key]))
            )
    added = [key for key in new if key not in written and key not in old]
    if added:
        text = "".join(f"{_toml_key(k)} = {toml_value(new[k])}\n" for k in added)
        edits.append((insert_at, insert_at, text))


def _after_statements(section: _Section) -> int:
    """Where a new statement of a table goes: after its last one."""
    if section.statements:
        return section.statements[-1].end
    return section.header + 1 if section.header is not None else 0


def _root_end(lines: list[str], sections: list[_Section]) -> int:
    """Where a new statement of the root goes: after its last, else before the first table."""
    if sections[0].statements or len(sections) == 1:
        return _after_statements(sections[0]) if sections[0].statements else len(lines)
    header = sections[1].header
    assert header is not None
    return _before_attached_comments(lines, header)


def _edit_table(
    lines: list[str],
    sections: list[_Section],
    own: list[_Section],
    key: str,
    old: Any,
    new: Any,
    edits: list[tuple[int, int, str]],
) -> None:
    """Edit a `[table]`: its statements, or the whole table when it comes or goes."""
    if old is None:  # a new table: at the end of the file
        edits.append((len(lines), len(lines), "\n" + table_toml(f"[{_toml_key(key)}]", new)))
        return
    main = [s for s in own if s.path == (key,) and not s.array]
    if new is None:
        for section in own:
            edits.append(_removal(lines, sections, section))
        return
    if len(main) != 1 or len(own) != 1:
        raise _Unwritable(key)  # sub-tables: not edited in place
    _edit_statements(lines, main[0], old, new, edits, _after_statements(main[0]))


def _removal(lines: list[str], sections: list[_Section], section: _Section) -> tuple[int, int, str]:
    """The lines of a table, without the comments that introduce the next one."""
    assert section.header is not None
    start = section.header
    while start > 0 and not lines[start - 1].strip():
        start -= 1
    later = [s.header for s in sections if s.header is not None and s.header > section.header]
    end = _before_attached_comments(lines, later[0]) if later else len(lines)
    return (start, max(end, section.header + 1), "")


def _origins(
    given: Sequence[int | None] | None, old: Any, new: Any, path: Path
) -> list[int | None]:
    count = len(old) if isinstance(old, list) else 0
    if given is None:
        return [i if i < count else None for i in range(len(new))]
    origins = list(given)
    kept = [i for i in origins if i is not None]
    if len(origins) != len(new) or kept != sorted(set(kept)) or any(i >= count for i in kept):
        raise InterviewFileError(path, "interviewers_from does not match the interviewers")
    return origins


def _edit_array(
    lines: list[str],
    sections: list[_Section],
    own: list[_Section],
    old: list[Any],
    new: list[Any],
    origins: list[int | None],
    edits: list[tuple[int, int, str]],
) -> None:
    """Edit `[[interviewers]]` tables: keep, change, remove and add people."""
    items = [s for s in own if s.array and s.path == ("interviewers",)]
    if any(not s.array for s in own) or len(items) != len(old):
        raise _Unwritable("interviewers")  # sub-tables: not edited in place
    for index, section in enumerate(items):
        if index not in origins:
            edits.append(_removal(lines, sections, section))
    place = _before_attached_comments(lines, items[0].header or 0) if items else len(lines)
    pending: list[str] = []
    for person, origin in zip(new, origins, strict=True):
        if origin is None:
            pending.append(table_toml("[[interviewers]]", person))
            continue
        _flush(place, pending, edits)
        section = items[origin]
        _edit_statements(lines, section, old[origin], person, edits, _after_statements(section))
        place = _removal(lines, sections, section)[1]
    _flush(place, pending, edits)


def _flush(place: int, pending: list[str], edits: list[tuple[int, int, str]]) -> None:
    if pending:
        edits.append((place, place, "".join("\n" + table for table in pending)))
        pending.clear()


def _apply(lines: list[str], edits: list[tuple[int, int, str]]) -> str:
    """The lines with the edits made; insertions at one place stay in the order made."""
    out = list(lines)
    ordered = sorted(enumerate(edits), key=lambda e: (e[1][0], e[1][1], e[0]), reverse=True)
    for _, (start, end, text) in ordered:
        out[start:end] = [text] if text else []
    return "".join(out)


def record_sent(
    path: str | Path,
    recipients: Sequence[str],
    day: dt.date,
    *,
    today: dt.date | None = None,
) -> list[SentRecorded]:
    """Record in an interview file that the notes to `recipients` went out on `day`.

    Each person's table gets `sent = DATE` (a date already there is
    replaced); the rest of the file and its comments stay as they are. A
    .json file is written back with two-space indents. Every name is found
    and every date checked before the file is touched, and the new file is
    checked by reading it back and renamed into place: all or nothing.

    Args:
        path: the interview file (.toml or .json).
        recipients: each person as people say the name (see
            `thanknote.recipients.find_recipient`).
        day: the day the notes went out.
        today: the day it is (default: today); `day` may not be after it.

    Raises:
        InterviewFileError: the file cannot be read, is not a valid
            interview, or its tables cannot be edited as text.
        UnknownRecipientError: a name fits nobody on the panel.
        AmbiguousRecipientError: a name fits more than one person.
        SentDateError: `day` is before the interview or after `today`.
        OutputError: the file cannot be written.
    """
    from thanknote.files import write_atomic
    from thanknote.interviews import interview_from_dict, parse_interview_text
    from thanknote.recipients import recipient_index

    path = Path(path)
    today = today or dt.date.today()
    text = _read_text(path)
    is_json = path.suffix.lower() == ".json"
    data = parse_interview_text(path, text, is_json=is_json)
    interview = interview_from_dict(data, source=path)
    chosen = list(dict.fromkeys(recipient_index(interview, name) for name in recipients))
    done: list[SentRecorded] = []
    for index in chosen:
        person = interview.interviewers[index]
        if day < interview.date:
            raise SentDateError(
                person.name, day, f"the interview was on {interview.date.isoformat()}"
            )
        if day > today:
            raise SentDateError(person.name, day, f"that is after today, {today.isoformat()}")
        done.append(
            SentRecorded(
                name=person.name,
                field=f"interviewers[{index + 1}].sent",
                day=day,
                previous=getattr(person, "sent", None),
            )
        )
    if all(d.previous == day for d in done):
        return done
    if is_json:
        import json

        for index in chosen:
            data["interviewers"][index]["sent"] = day.isoformat()
        new_text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        new_text = _with_sent(path, text, data, chosen, day)
    interview_from_dict(parse_interview_text(path, new_text, is_json=is_json), source=path)
    write_atomic(path, new_text, force=True)
    return done


_SENT_LINE = re.compile(r"^([ \t]*sent[ \t]*=[ \t]*)([^#\n]*?)([ \t]*#[^\n]*)?(\r?\n)?$")
_KEY_LINE = re.compile(r"^([ \t]*)[A-Za-z0-9_\-\"']+[ \t]*=")


def _with_sent(
    path: Path, text: str, data: dict[str, Any], chosen: Sequence[int], day: dt.date
) -> str:
    """The TOML text with `sent = DATE` in each chosen [[interviewers]] table.

    The tables are found by their headers; header-like lines may sit inside
    multi-line strings, so the result is read back and must hold exactly the
    data with the dates set.
    """
    import tomllib

    expected = copy.deepcopy(data)
    for index in chosen:
        expected["interviewers"][index]["sent"] = day
    headers = [i for i, line in enumerate(text.splitlines()) if _INTERVIEWERS_HEADER.match(line)]
    if len(headers) == len(data["interviewers"]):
        for beside_the_keys in (True, False):  # else right under the header: always a key
            lines = text.splitlines(keepends=True)
            # From the last table up, so that inserting a line moves no header still to edit.
            for index in sorted(chosen, reverse=True):
                _set_sent(lines, headers[index], day, beside_the_keys=beside_the_keys)
            new_text = "".join(lines)
            try:
                if tomllib.loads(new_text) == expected:
                    return new_text
            except tomllib.TOMLDecodeError:
                continue
    raise InterviewFileError(
        path,
        f"cannot find the [[interviewers]] tables to add sent = {day.isoformat()} to; "
        "add it to each table yourself",
        field="interviewers",
    )


def _set_sent(lines: list[str], header: int, day: dt.date, *, beside_the_keys: bool) -> None:
    """Set `sent = DATE` in the table whose header is at `header`, keeping a comment.

    A new line goes after the table's last key (`beside_the_keys`) or right
    under its header.
    """
    end = next((i for i in range(header + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
    for i in range(header + 1, end):
        found = _SENT_LINE.match(lines[i])
        if found:
            start, _, comment, newline = found.groups()
            lines[i] = f"{start}{day.isoformat()}{comment or ''}{newline or ''}"
            return
    last = header
    if beside_the_keys:
        content = (i for i in range(header, end) if lines[i].strip())
        last = max((i for i in content if not lines[i].lstrip().startswith("#")), default=header)
    indent = next(
        (m.group(1) for i in range(last, header, -1) if (m := _KEY_LINE.match(lines[i]))), ""
    )
    newline = "\r\n" if lines[last].endswith("\r\n") else "\n"  # as the file writes them
    if not lines[last].endswith("\n"):
        lines[last] += newline
    lines.insert(last + 1, f"{indent}sent = {day.isoformat()}{newline}")
