"""Loading interview files (.toml or .json) into an `Interview`.

The schema is a contract: unknown keys are an error with the nearest valid
key suggested, and every error names the file, the field path and the
problem.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final, NoReturn, get_args

from thanknote.errors import InterviewFileError
from thanknote.files import read_input
from thanknote.model import (
    Accomplishment,
    Candidate,
    ContactChannel,
    FollowUp,
    Interview,
    Interviewer,
    NameParts,
    NextSteps,
)
from thanknote.names import nfc

__all__ = ["INTERVIEW_SUFFIXES", "find_interview_files", "interview_from_dict", "load_interview"]

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
_CANDIDATE_KEYS: Final = ("name", "email", "phone", "address")
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
_CONTACT_CHANNELS: Final = get_args(ContactChannel)
_FOLLOW_UPS: Final = get_args(FollowUp)
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_interview(path: str | Path) -> Interview:
    """Read an interview file (.toml, or .json with the same keys).

    Raises:
        InterviewFileError: the file cannot be read, is not valid TOML/JSON,
            or does not follow the schema; the message says where and why.
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
    data = (
        _parse_json(path, source) if path.suffix.lower() == ".json" else _parse_toml(path, source)
    )
    return interview_from_dict(data, source=path)


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


def _parse_toml(path: Path, source: str) -> Any:
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


def _parse_json(path: Path, source: str) -> Any:
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


def interview_from_dict(data: Any, *, source: str | Path = "<interview>") -> Interview:
    """Build an `Interview` from parsed TOML/JSON data, validating the schema.

    Field paths in errors count from 1, as people count the tables in their
    file: `interviewers[2].name` is the second `[[interviewers]]` table.

    Args:
        data: the mapping read from an interview file.
        source: where it came from, named in error messages.

    Raises:
        InterviewFileError: the data does not follow the schema.
    """
    reader = _Reader(Path(source))
    top = reader.table(data, "", _TOP_KEYS)
    interviewers = reader.list_of_tables(top, "interviewers", required=True)
    if not interviewers:
        raise InterviewFileError(reader.path, "list an interviewer or more", field="interviewers")
    people = tuple(
        _interviewer(reader, item, f"interviewers[{i}]")
        for i, item in enumerate(interviewers, start=1)
    )
    candidate = reader.table(top.get("candidate"), "candidate", _CANDIDATE_KEYS, required=True)
    next_steps = reader.table(top.get("next_steps", {}), "next_steps", _NEXT_STEPS_KEYS)
    return Interview(
        company=reader.required_text(top, "company", ""),
        position=reader.required_text(top, "position", ""),
        date=reader.required_date(top, "date", ""),
        topics=reader.texts(top, "topics", ""),
        accomplishments=tuple(
            _accomplishment(reader, item, f"accomplishments[{i}]")
            for i, item in enumerate(reader.list_(top, "accomplishments", ""), start=1)
        ),
        candidate=Candidate(
            name=reader.required_text(candidate, "name", "candidate"),
            email=reader.email(candidate, "email", "candidate"),
            phone=reader.text(candidate, "phone", "candidate"),
            address=reader.text(candidate, "address", "candidate", multiline=True),
        ),
        interviewers=people,
        next_steps=NextSteps(
            decision_by=reader.date(next_steps, "decision_by", "next_steps"),
            follow_up=reader.choice(next_steps, "follow_up", "next_steps", _FOLLOW_UPS),  # type: ignore[arg-type]
            notes=reader.text(next_steps, "notes", "next_steps", multiline=True),
        ),
        closing_line=reader.text(top, "closing_line", ""),
    )


def _interviewer(reader: _Reader, item: Any, where: str) -> Interviewer:
    table = reader.table(item, where, _INTERVIEWER_KEYS)
    family_first = table.get("family_first", False)
    if not isinstance(family_first, bool):
        reader.fail(f"{where}.family_first", f"must be true or false, not {family_first!r}")
    return Interviewer(
        name=reader.required_text(table, "name", where),
        title=reader.text(table, "title", where),
        topics=reader.texts(table, "topics", where),
        email=reader.email(table, "email", where),
        phone=reader.text(table, "phone", where),
        address=reader.text(table, "address", where, multiline=True),
        nickname=reader.text(table, "nickname", where),
        salutation=reader.text(table, "salutation", where),
        preferred_contact=reader.choice(table, "preferred_contact", where, _CONTACT_CHANNELS),  # type: ignore[arg-type]
        family_first=family_first,
        honorific=reader.text(table, "honorific", where),
        name_parts=_name_parts(reader, table, where),
        moment=reader.text(table, "moment", where),
        sent=reader.date(table, "sent", where),
    )


def _name_parts(reader: _Reader, table: Mapping[str, Any], where: str) -> NameParts | None:
    """The vCard N field's parts, as `card --into` writes them."""
    if "name_parts" not in table:
        return None
    field = f"{where}.name_parts"
    parts = reader.table(table["name_parts"], field, _NAME_PART_KEYS)
    values = {key: reader.text(parts, key, field) or "" for key in _NAME_PART_KEYS}
    if not values["family"] and not values["given"]:
        reader.fail(field, "needs a family or a given name")
    return NameParts(**values)


def _accomplishment(reader: _Reader, item: Any, where: str) -> Accomplishment:
    if isinstance(item, str):
        return Accomplishment(text=reader.required_text({"text": item}, "text", where, path=where))
    if not isinstance(item, Mapping):
        reader.fail(
            where,
            f'must be a string or a table {{text = "...", topics = [...]}}, not {_kind(item)}',
        )
    table = reader.table(item, where, _ACCOMPLISHMENT_KEYS)
    return Accomplishment(
        text=reader.required_text(table, "text", where),
        topics=reader.texts(table, "topics", where),
    )


class _Reader:
    """Typed access to parsed data that fails with the field's path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, field: str, message: str) -> NoReturn:
        raise InterviewFileError(self.path, message, field=field or None)

    @staticmethod
    def _join(where: str, key: str) -> str:
        return f"{where}.{key}" if where else key

    def table(
        self, value: Any, where: str, keys: tuple[str, ...], *, required: bool = False
    ) -> Mapping[str, Any]:
        if value is None and required:
            self.fail(where, "missing (required table)")
        if not isinstance(value, Mapping):
            self.fail(where, f"must be a table of keys, not {_kind(value)}")
        for key in value:
            if key not in keys:
                close = difflib.get_close_matches(str(key), keys, n=1, cutoff=0.6)
                hint = (
                    f"; did you mean {close[0]!r}?" if close else f"; valid keys: {', '.join(keys)}"
                )
                self.fail(self._join(where, str(key)), f"unknown key {key!r}{hint}")
        return value

    def list_(self, table: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = table.get(key, [])
        if not isinstance(value, list):
            self.fail(self._join(where, key), f"must be a list, not {_kind(value)}")
        return value

    def list_of_tables(
        self, table: Mapping[str, Any], key: str, *, required: bool = False
    ) -> list[Any]:
        if key not in table and required:
            self.fail(key, "missing (required: add an [[interviewers]] table per person)")
        return self.list_(table, key, "")

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        where: str,
        *,
        required: bool = False,
        multiline: bool = False,
        path: str | None = None,
    ) -> str | None:
        field = path or self._join(where, key)
        value = table.get(key)
        if value is None:
            if required:
                self.fail(field, "missing (required)")
            return None
        if not isinstance(value, str):
            self.fail(field, f"must be a string, not {_kind(value)}")
        value = nfc(value.strip())
        if not value:
            self.fail(field, "must not be empty")
        if not multiline and ("\n" in value or "\r" in value):
            self.fail(field, f"must be one line, not {value!r}")
        if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in value):
            self.fail(field, f"holds a control character: {value!r}")
        return value

    def required_text(
        self, table: Mapping[str, Any], key: str, where: str, *, path: str | None = None
    ) -> str:
        value = self.text(table, key, where, required=True, path=path)
        assert value is not None  # text() raised otherwise
        return value

    def texts(self, table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        items = self.list_(table, key, where)
        out: list[str] = []
        for i, item in enumerate(items, start=1):
            out.append(
                self.required_text({key: item}, key, where, path=f"{self._join(where, key)}[{i}]")
            )
        return tuple(out)

    def required_date(self, table: Mapping[str, Any], key: str, where: str) -> dt.date:
        value = self.date(table, key, where, required=True)
        assert value is not None  # date() raised otherwise
        return value

    def date(
        self, table: Mapping[str, Any], key: str, where: str, *, required: bool = False
    ) -> dt.date | None:
        field = self._join(where, key)
        value = table.get(key)
        if value is None:
            if required:
                self.fail(field, "missing (required: a date such as 2026-11-24)")
            return None
        if isinstance(value, dt.datetime):
            self.fail(field, f"must be a date without a time, not {value.isoformat()!r}")
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(field, f"must be a date written YYYY-MM-DD, not {value!r}")

    def email(self, table: Mapping[str, Any], key: str, where: str) -> str | None:
        value = self.text(table, key, where)
        if value is not None and not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", value):
            self.fail(self._join(where, key), f"not an e-mail address: {value!r}")
        return value

    def choice(
        self, table: Mapping[str, Any], key: str, where: str, choices: tuple[str, ...]
    ) -> str | None:
        value = self.text(table, key, where)
        if value is not None and value not in choices:
            self.fail(self._join(where, key), f"must be one of {', '.join(choices)}, not {value!r}")
        return value


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
        f" ({value!r})" if isinstance(value, (int, float, str)) else ""
    )
