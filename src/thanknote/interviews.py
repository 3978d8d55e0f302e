"""Loading interview files (.toml or .json) into an `Interview`.

The schema is a contract: unknown keys are an error with the nearest valid
key suggested, and every error names the file, the field path and the
problem. A file with several problems reports all of them at once, in file
order, one line each (`InterviewFileError.problems`); a file that cannot be
parsed reports its one syntax error. Every string is checked for what a
terminal, a document or a mail server cannot take (`thanknote.fields`), so
that nothing fails half-way through a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Final, TypeVar

from thanknote import patterns as rx
from thanknote.errors import InterviewFileError, InvalidFieldError
from thanknote.fields import (
    MAX_NAME_LENGTH,
    email_problem,
    is_placeholder,
    shown,
    text_problem,
)
from thanknote.files import read_input
from thanknote.model import (
    CONTACT_CHANNELS,
    FOLLOW_UPS,
    Accomplishment,
    Candidate,
    Interview,
    Interviewer,
    NameParts,
    NextSteps,
)
from thanknote.names import nfc
from thanknote.patterns import Lazy

__all__ = [
    "INTERVIEW_SUFFIXES",
    "find_interview_files",
    "interview_from_dict",
    "load_interview",
    "load_interviews",
]

INTERVIEW_SUFFIXES: Final = (".toml", ".json")

_TOP_KEYS: Final = (
    "company",
    "position",
    "date",
    "topics",
    "accomplishments",
    "candidate",
    "interviewers",
    "next_steps",
    "closing_line",
)
_CANDIDATE_KEYS: Final = ("name", "email", "phone", "address", "country", "subdivision")
_INTERVIEWER_KEYS: Final = (
    "name",
    "title",
    "topics",
    "email",
    "phone",
    "address",
    "nickname",
    "salutation",
    "preferred_contact",
    "family_first",
    "honorific",
    "moment",
    "name_parts",
    "sent",
)
_NAME_PART_KEYS: Final = ("family", "given", "additional", "prefix", "suffix")
_ACCOMPLISHMENT_KEYS: Final = ("text", "topics")
_NEXT_STEPS_KEYS: Final = ("decision_by", "follow_up", "notes")
_TOML_POSITION = Lazy(r"\(at line (\d+), column (\d+)\)")
# How deep the schema goes (interviewers[2].name_parts.family): the file order
# of problems is read that far, never deeper into a value nested by mistake.
_SCHEMA_DEPTH: Final = 4

_T = TypeVar("_T")


def load_interview(path: str | Path, *, allow_placeholders: bool = False) -> Interview:
    """Read an interview file (.toml, or .json with the same keys).

    Args:
        path: the file.
        allow_placeholders: read a file still holding the starter's
            placeholders ("<company as on the job ad>"), to check a note
            against it: an optional field's placeholder is read as not given,
            a required text's is kept as written (a date must still be one).
            Drafting refuses them, naming each.

    Raises:
        InterviewFileError: the file cannot be read, is not valid TOML/JSON,
            or does not follow the schema; it lists every problem found, one
            line each in file order (at most `InterviewFileError.MAX_PROBLEMS`),
            saying where and why.
    """
    path = Path(path)
    raw = read_input(
        path, lambda message: InterviewFileError(path, message), what="an interview file"
    )
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterviewFileError(
            path, f"not UTF-8 text (byte {raw[exc.start]:#04x} at offset {exc.start})"
        ) from None
    data = parse_interview_text(path, source, is_json=path.suffix.lower() == ".json")
    return interview_from_dict(data, source=path, allow_placeholders=allow_placeholders)


def parse_interview_text(path: str | Path, source: str, *, is_json: bool) -> dict[str, Any]:
    """An interview file's text as data: the one parser of the loader, `card --into`,
    `sent` and the web page, so that every bad file gets the same one-line error.

    Raises:
        InterviewFileError: the text is not TOML (or JSON, with `is_json`) holding
            a table of keys, repeats a JSON key, nests too deeply or holds a number
            too long to read; it says where.
    """
    data = _parse_json(path, source) if is_json else _parse_toml(path, source)
    if not isinstance(data, dict):
        raise InterviewFileError(path, f"must be a JSON object of keys, not {_kind(data)}")
    return data


def load_interviews(paths: Iterable[str | Path]) -> list[Interview]:
    """Read several interview files, reporting the problems of all of them at once.

    Raises:
        InterviewFileError: one file or more cannot be read or does not follow
            the schema; it lists every file's problems, file by file.
    """
    interviews: list[Interview] = []
    problems: list[InterviewFileError] = []
    unlisted = 0
    for path in paths:
        try:
            interviews.append(load_interview(path))
        except InterviewFileError as exc:
            problems.extend(exc.problems)
            unlisted += exc.more
    if problems:
        raise InterviewFileError.of(problems, more=unlisted)
    return interviews


def find_interview_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the interview files they hold (sorted by name).

    Files named on their own are kept whatever their suffix; a folder
    contributes its *.toml and *.json files.

    Raises:
        InterviewFileError: a path does not exist or a folder holds no
            interview file.
    """
    found: list[Path] = []
    for entry in map(Path, paths):
        if entry.is_dir():
            inside = sorted(
                p for p in entry.iterdir() if p.is_file() and p.suffix.lower() in INTERVIEW_SUFFIXES
            )
            if not inside:
                raise InterviewFileError(entry, "folder holds no .toml or .json interview file")
            found.extend(inside)
        elif entry.exists():
            found.append(entry)
        else:
            raise InterviewFileError(entry, "no such file")
    return found


def _parse_toml(path: str | Path, source: str) -> Any:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else None
        column = int(match.group(2)) if match else None
        reason = _TOML_POSITION.sub("", message).strip()
        raise InterviewFileError(
            path, f"invalid TOML: {reason}", line=line, column=column
        ) from None
    except RecursionError:
        raise _too_deep(path, source, "TOML") from None
    except ValueError as exc:  # int() refusing a number of more digits than Python converts
        raise _too_long_number(path, source, "TOML", exc) from None


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (TOML refuses it too)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _parse_json(path: str | Path, source: str) -> Any:
    try:
        return json.loads(source, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as exc:
        raise InterviewFileError(
            path, f"invalid JSON: the key {exc.args[0]!r} is given twice", field=exc.args[0]
        ) from None
    except json.JSONDecodeError as exc:
        raise InterviewFileError(
            path, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise _too_deep(path, source, "JSON") from None
    except ValueError as exc:
        raise _too_long_number(path, source, "JSON", exc) from None


def _too_deep(path: str | Path, source: str, kind: str) -> InterviewFileError:
    """A file nested deeper than the parser can follow, with where the nesting starts."""
    opening = rx.search(r"[\[{]\s*[\[{]\s*[\[{]\s*[\[{]", source)
    line, column = _position(source, opening.start()) if opening else (None, None)
    return InterviewFileError(
        path,
        f"invalid {kind}: lists or tables nested too deeply "
        "(an interview file needs no more than 4 levels)",
        line=line,
        column=column,
    )


def _too_long_number(
    path: str | Path, source: str, kind: str, exc: ValueError
) -> InterviewFileError:
    """A number too long to read, where it is; any other ValueError as the parser put it."""
    limit = sys.get_int_max_str_digits()
    number = rx.search(rf"\d(?:_?\d){{{limit},}}", source) if limit else None
    if number is None:
        return InterviewFileError(path, f"invalid {kind}: {exc}")
    line, column = _position(source, number.start())
    return InterviewFileError(
        path,
        f"invalid {kind}: a number of more than {limit} digits; "
        "no field of an interview file is a number",
        line=line,
        column=column,
    )


def _position(source: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of an offset into `source`."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def interview_from_dict(
    data: Any, *, source: str | Path = "<interview>", allow_placeholders: bool = False
) -> Interview:
    """Build an `Interview` from parsed TOML/JSON data, validating the schema.

    Every problem is found before anything is built, and reported together
    in the order of the data (the file's order). Field paths count from 1,
    as people count the tables in their file: `interviewers[2].name` is the
    second `[[interviewers]]` table.

    Args:
        data: the mapping read from an interview file.
        source: where it came from, named in error messages.
        allow_placeholders: as for `load_interview`.

    Raises:
        InterviewFileError: the data does not follow the schema; it lists
            every problem found.
    """
    reader = _Reader(Path(source), data, allow_placeholders=allow_placeholders)
    interview = _interview(reader, data)
    reader.raise_problems()
    assert interview is not None  # built whenever there was no problem
    return interview


def _interview(reader: _Reader, data: Any) -> Interview | None:
    top = reader.table(data, "", _TOP_KEYS)
    if top is None:
        return None
    company = reader.text(top, "company", "", required=True, short=True)
    position = reader.text(top, "position", "", required=True, short=True)
    date = reader.date(top, "date", "", required=True)
    topics = reader.texts(top, "topics", "")
    accomplishments = [
        _accomplishment(reader, item, f"accomplishments[{i}]")
        for i, item in enumerate(reader.list_(top, "accomplishments", ""), start=1)
    ]
    candidate = _candidate(reader, top)
    people = _interviewers(reader, top, date)
    next_steps = _next_steps(reader, top, date)
    closing_line = reader.text(top, "closing_line", "")
    return reader.build(
        Interview,
        "",
        company=company,
        position=position,
        date=date,
        topics=topics,
        accomplishments=tuple(accomplishments),
        candidate=candidate,
        interviewers=tuple(people),
        next_steps=next_steps,
        closing_line=closing_line,
    )


def _candidate(reader: _Reader, top: Mapping[str, Any]) -> Candidate | None:
    table = reader.table(top.get("candidate"), "candidate", _CANDIDATE_KEYS, required=True)
    if table is None:
        return None
    country = reader.code(table, "country", "candidate", _country)
    subdivision = None
    if "subdivision" in table:
        if country is not None:
            subdivision = reader.code(
                table, "subdivision", "candidate", lambda value: _subdivision(country, value)
            )
        elif "country" not in table:
            reader.fail(
                "candidate.subdivision",
                'needs the country too: add country = "US" (its ISO 3166 code) before it',
            )
    return reader.build(
        Candidate,
        "candidate",
        name=reader.text(table, "name", "candidate", required=True, short=True),
        email=reader.email(table, "email", "candidate"),
        phone=reader.text(table, "phone", "candidate", short=True),
        address=reader.text(table, "address", "candidate", multiline=True),
        country=country,
        subdivision=subdivision,
    )


def _country(value: str) -> tuple[str | None, str | None]:
    from thanknote.countries import normalize_country

    return normalize_country(value)


def _subdivision(country: str, value: str) -> tuple[str | None, str | None]:
    from thanknote.countries import normalize_subdivision

    return normalize_subdivision(country, value)


def _interviewers(
    reader: _Reader, top: Mapping[str, Any], date: dt.date | None
) -> list[Interviewer | None]:
    if "interviewers" not in top:
        if "interviewers" not in reader.suggested:
            reader.fail(
                "interviewers", "missing (required: add an [[interviewers]] table per person)"
            )
        return []
    items = reader.list_(top, "interviewers", "")
    if not items and isinstance(top["interviewers"], list):
        reader.fail("interviewers", "list an interviewer or more")
    return [
        _interviewer(reader, item, f"interviewers[{i}]", date)
        for i, item in enumerate(items, start=1)
    ]


def _interviewer(
    reader: _Reader, item: Any, where: str, date: dt.date | None
) -> Interviewer | None:
    table = reader.table(item, where, _INTERVIEWER_KEYS)
    if table is None:
        return None
    family_first = table.get("family_first", False)
    if not isinstance(family_first, bool):
        reader.fail(f"{where}.family_first", f"must be true or false, not {shown(family_first)}")
    sent = reader.date(table, "sent", where)
    if sent is not None:
        if date is not None and sent < date:
            reader.fail(
                f"{where}.sent",
                f"the note was sent on {sent}, before the interview on {date}",
            )
        elif sent > dt.date.today():
            reader.fail(
                f"{where}.sent",
                f"{sent} is still to come (today is {dt.date.today()}); "
                "record a note once it has gone out",
            )
    return reader.build(
        Interviewer,
        where,
        name=reader.text(table, "name", where, required=True, short=True),
        title=reader.text(table, "title", where, short=True),
        topics=reader.texts(table, "topics", where),
        email=reader.email(table, "email", where),
        phone=reader.text(table, "phone", where, short=True),
        address=reader.text(table, "address", where, multiline=True),
        nickname=reader.text(table, "nickname", where, short=True),
        salutation=reader.text(table, "salutation", where, short=True),
        preferred_contact=reader.choice(table, "preferred_contact", where, CONTACT_CHANNELS),
        family_first=family_first,
        honorific=reader.text(table, "honorific", where, short=True),
        name_parts=_name_parts(reader, table, where),
        moment=reader.text(table, "moment", where),
        sent=sent,
    )


def _name_parts(reader: _Reader, table: Mapping[str, Any], where: str) -> NameParts | None:
    """The vCard N field's parts, as `card --into` writes them."""
    if "name_parts" not in table:
        return None
    field = f"{where}.name_parts"
    parts = reader.table(table["name_parts"], field, _NAME_PART_KEYS)
    if parts is None:
        return None
    values = {key: reader.text(parts, key, field, short=True) or "" for key in _NAME_PART_KEYS}
    if not values["family"] and not values["given"] and not reader.failed(field):
        reader.fail(field, "needs a family or a given name")
    return reader.build(NameParts, field, **values)


def _accomplishment(reader: _Reader, item: Any, where: str) -> Accomplishment | None:
    if isinstance(item, str):
        text = reader.text({"text": item}, "text", where, path=where)
        return reader.build(Accomplishment, where, text=text)
    if not isinstance(item, Mapping):
        reader.fail(
            where,
            f'must be a string or a table {{text = "...", topics = [...]}}, not {_kind(item)}',
        )
        return None
    table = reader.table(item, where, _ACCOMPLISHMENT_KEYS)
    if table is None:
        return None
    return reader.build(
        Accomplishment,
        where,
        text=reader.text(table, "text", where, required=True),
        topics=reader.texts(table, "topics", where),
    )


def _next_steps(reader: _Reader, top: Mapping[str, Any], date: dt.date | None) -> NextSteps | None:
    table = reader.table(top.get("next_steps", {}), "next_steps", _NEXT_STEPS_KEYS)
    if table is None:
        return None
    decision_by = reader.date(table, "decision_by", "next_steps")
    if decision_by is not None and date is not None and decision_by < date:
        reader.fail(
            "next_steps.decision_by",
            f"the decision date {decision_by} is before the interview on {date}",
        )
    return reader.build(
        NextSteps,
        "next_steps",
        decision_by=decision_by,
        follow_up=reader.choice(table, "follow_up", "next_steps", FOLLOW_UPS),
        notes=reader.text(table, "notes", "next_steps", multiline=True),
    )


class _Reader:
    """Typed access to parsed data that records each problem with its field's path.

    A value with a problem reads as None; nothing is built once a problem is
    found, and `raise_problems` reports them all in the order of the data.
    """

    def __init__(self, path: Path, data: Any, *, allow_placeholders: bool = False) -> None:
        self.path = path
        self.allow_placeholders = allow_placeholders
        self.problems: list[InterviewFileError] = []
        self.order = _order(data)
        # Keys suggested for a misspelt one: "positon" explains a missing "position".
        self.suggested: set[str] = set()

    def fail(self, field: str, message: str) -> None:
        self.problems.append(InterviewFileError(self.path, message, field=field or None))

    def failed(self, where: str) -> bool:
        """Whether a problem was found at `where` or inside it."""
        return any(
            p.field is not None
            and (p.field == where or p.field.startswith((f"{where}.", f"{where}[")))
            for p in self.problems
        )

    def raise_problems(self) -> None:
        if self.problems:
            ordered = sorted(self.problems, key=lambda p: self._place(p.field or ""))
            raise InterviewFileError.of(ordered)

    def _place(self, field: str) -> int:
        """Where a field is in the data: a missing key is where its table is."""
        while field not in self.order:
            cut = max(field.rfind("."), field.rfind("["))
            if cut < 0:
                return -1
            field = field[:cut]
        return self.order[field]

    def build(self, kind: Callable[..., _T], where: str, **values: Any) -> _T | None:
        """`kind(**values)`, unless a problem was found in `where` (then None)."""
        if self.failed(where) if where else self.problems:
            return None
        if any(value is None for value in _required(values)):
            return None
        try:
            return kind(**values)
        except InvalidFieldError as exc:  # a check the reader lacks: still one line
            self.fail(self._join(where, exc.field), str(exc).split(": ", 1)[1])
            return None

    @staticmethod
    def _join(where: str, key: str) -> str:
        return f"{where}.{key}" if where else key

    def table(
        self, value: Any, where: str, keys: tuple[str, ...], *, required: bool = False
    ) -> Mapping[str, Any] | None:
        if value is None and required:
            if where not in self.suggested:
                self.fail(where, "missing (required table)")
            return None
        if not isinstance(value, Mapping):
            self.fail(where, f"must be a table of keys, not {_kind(value)}")
            return None
        for key in value:
            if key not in keys:
                import difflib  # only for a mistyped key: not worth importing on every run

                close = difflib.get_close_matches(str(key), keys, n=1, cutoff=0.6)
                hint = (
                    f"; did you mean {close[0]!r}?" if close else f"; valid keys: {', '.join(keys)}"
                )
                if close:
                    self.suggested.add(self._join(where, close[0]))
                self.fail(self._join(where, str(key)), f"unknown key {shown(key)}{hint}")
        return value

    def list_(self, table: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = table.get(key, [])
        if not isinstance(value, list):
            self.fail(self._join(where, key), f"must be a list, not {_kind(value)}")
            return []
        return value

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        *,
        required: bool = False,
        multiline: bool = False,
        short: bool = False,
        path: str | None = None,
    ) -> str | None:
        """A string, stripped and in NFC; `short` for names and titles (one line, a length cap)."""
        field = path or self._join(where, key)
        value = table.get(key)
        if value is None:
            if required and field not in self.suggested:
                self.fail(field, "missing (required)")
            return None
        if not isinstance(value, str):
            self.fail(field, f"must be a string, not {_kind(value)}")
            return None
        if multiline:  # a JSON file's Windows line ends, as TOML's are read
            value = value.replace("\r\n", "\n")
        problem = text_problem(value, multiline=multiline)
        if problem:
            self.fail(field, problem)
            return None
        value = nfc(value.strip())
        if not value:
            self.fail(field, "must not be empty")
            return None
        if is_placeholder(value):
            if self.allow_placeholders:  # as not given, unless the field is required
                return value if required else None
            self.fail(field, _placeholder(value, required=required))
            return None
        if short and len(value) > MAX_NAME_LENGTH:
            self.fail(
                field,
                f"is {len(value)} characters long; at most {MAX_NAME_LENGTH} fit "
                "(a Word document's title and author hold 255)",
            )
            return None
        return value

    def texts(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        items = self.list_(table, key, where)
        out: list[str] = []
        for i, item in enumerate(items, start=1):
            path = f"{self._join(where, key)}[{i}]"
            if item is None:
                self.fail(path, "must be a string, not null")
                continue
            value = self.text({key: item}, key, where, path=path)  # not None: a list item
            if value is not None:
                out.append(value)
        return tuple(out)

    def date(
        self, table: Mapping[str, Any], key: str, where: str, *, required: bool = False
    ) -> dt.date | None:
        field = self._join(where, key)
        value = table.get(key)
        if value is None:
            if required and field not in self.suggested:
                self.fail(field, "missing (required: a date such as 2026-11-24)")
            return None
        if isinstance(value, dt.datetime):
            self.fail(field, f"must be a date without a time, not {value.isoformat()!r}")
            return None
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and is_placeholder(value):
            if self.allow_placeholders and not required:
                return None
            self.fail(field, _placeholder(value, required=required))
            return None
        if isinstance(value, str) and rx.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(field, f"must be a date written YYYY-MM-DD, not {shown(value)}")
        return None

    def email(self, table: Mapping[str, Any], key: str, where: str) -> str | None:
        value = self.text(table, key, where)
        if value is None:
            return None
        problem = email_problem(value)
        if problem:
            self.fail(self._join(where, key), problem)
            return None
        return value

    def choice(
        self, table: Mapping[str, Any], key: str, where: str, choices: tuple[str, ...]
    ) -> Any:
        value = self.text(table, key, where)
        if value is not None and value not in choices:
            self.fail(
                self._join(where, key), f"must be one of {', '.join(choices)}, not {shown(value)}"
            )
            return None
        return value

    def code(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        read: Callable[[str], tuple[str | None, str | None]],
    ) -> str | None:
        """A code read by `read`, which gives it in capitals or says why it is not one."""
        value = self.text(table, key, where, short=True)
        if value is None:
            return None
        code, problem = read(value)
        if problem:
            self.fail(self._join(where, key), problem)
        return code


def _placeholder(value: str, *, required: bool) -> str:
    return f"still holds a placeholder, {shown(value)}: fill it in" + (
        "" if required else " or delete it"
    )


def _required(values: Mapping[str, Any]) -> list[Any]:
    """The values a data class cannot be built without, of those given to `_Reader.build`."""
    return [values[key] for key in ("name", "text", "company", "position", "date") if key in values]


def _order(data: Any) -> dict[str, int]:
    """Each field path in the data, numbered in the order the file gives them."""
    order: dict[str, int] = {}

    def walk(value: Any, path: str, depth: int) -> None:
        order.setdefault(path, len(order))
        if depth >= _SCHEMA_DEPTH:
            return
        if isinstance(value, Mapping):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else str(key), depth + 1)
        elif isinstance(value, list):
            for number, item in enumerate(value, start=1):
                walk(item, f"{path}[{number}]", depth + 1)

    walk(data, "", 0)
    return order


def _kind(value: Any) -> str:
    names = {
        type(None): "null",
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__) + (
        f" ({shown(value)})" if isinstance(value, (int, float, str)) else ""
    )
