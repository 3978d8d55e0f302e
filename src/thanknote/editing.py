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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NamedTuple

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
    from thanknote.interviews import interview_from_dict

    path = Path(path)
    if path.suffix.lower() == ".json":
        raise InterviewFileError(path, "cards can be added to .toml files only")
    if not path.is_file():
        raise InterviewFileError(
            path, f"no such file; start one from the cards: thanknote init {path} --cards CARD.vcf"
        )
    text = _read_text(path)
    before = _toml(path, text)
    existing = before.get("interviewers", [])
    if not isinstance(existing, list):
        raise InterviewFileError(path, "must be [[interviewers]] tables", field="interviewers")
    added, skipped = new_people(
        people, known=[str(p.get("name", "")) for p in existing if isinstance(p, dict)]
    )
    if not added:
        return CardsAdded(added=(), skipped=tuple(skipped))
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
    write_atomic(path, new_text, force=True)
    return CardsAdded(added=tuple(p.name for p in added), skipped=tuple(skipped))


def _read_text(path: Path) -> str:
    def fail(message: str) -> InterviewFileError:
        return InterviewFileError(path, message)

    return decode_utf8(read_input(path, fail, what="a TOML file"), fail)


def _toml(path: Path, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InterviewFileError(path, f"invalid TOML: {exc}") from None


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
    from thanknote.interviews import interview_from_dict
    from thanknote.recipients import recipient_index

    path = Path(path)
    today = today or dt.date.today()
    text = _read_text(path)
    is_json = path.suffix.lower() == ".json"
    data = _json(path, text) if is_json else _toml(path, text)
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
    interview_from_dict(_json(path, new_text) if is_json else _toml(path, new_text), source=path)
    write_atomic(path, new_text, force=True)
    return done


def _json(path: Path, text: str) -> dict[str, Any]:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterviewFileError(
            path, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from None
    if not isinstance(data, dict):
        raise InterviewFileError(path, "must hold a JSON object of keys")
    return data


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
