"""The interview form: the file's fields as form fields, and the form back as data.

Form fields are named by the loader's own field paths ("company",
"candidate.email", "interviewers[2].moment"), so that each of its messages
lands beside the field it is about. Lists of short lines (topics) are one
line each in a text area. A form never drops what it does not show: keys it
has no field for (`name_parts`, fields added later) are kept from the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from thanknote import patterns as rx
from thanknote.errors import InterviewFileError

__all__ = [
    "ACCOMPLISHMENT",
    "CANDIDATE",
    "INTERVIEWER",
    "NEXT_STEPS",
    "TOP",
    "Field",
    "Problem",
    "data_from_form",
    "field_id",
    "field_values",
    "numbers",
    "problems_of",
]

Kind = Literal["text", "long", "lines", "multiline", "date", "email", "choice", "checkbox"]
"""How a field is typed: "long" is one line of text that may wrap; "lines" a list, one a line."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a table as the form shows it."""

    key: str
    label: str
    kind: Kind = "text"
    hint: str = ""
    choices: tuple[str, ...] = ()


TOP: Final = (
    Field("company", "Company", hint="as the company writes its own name"),
    Field("position", "Position", hint="the job title you interviewed for"),
    Field("date", "Date of the interview", "date"),
    Field("topics", "Topics discussed with the whole panel", "lines", "one a line"),
    Field(
        "closing_line",
        "Closing line",
        "long",
        hint="a sentence of your own added to every note of this panel (optional)",
    ),
)
CANDIDATE: Final = (
    Field("name", "Your name", hint="how you sign your notes"),
    Field("email", "Your e-mail", "email"),
    Field("phone", "Your phone"),
    Field("address", "Your postal address", "multiline"),
)
INTERVIEWER: Final = (
    Field("name", "Name", hint="exactly as printed on the business card"),
    Field("title", "Job title"),
    Field("email", "E-mail", "email"),
    Field("phone", "Phone"),
    Field("address", "Postal address", "multiline"),
    Field("topics", "Topics you discussed with this person", "lines", "one a line"),
    Field("moment", "A moment to recall", "long", hint="a phrase, used as written"),
    Field("nickname", "Nickname", hint="the name they go by, when the card gives one"),
    Field("honorific", "Honorific", hint='how they asked to be addressed, e.g. "Ms."'),
    Field("salutation", "Salutation", hint='replaces the computed one, e.g. "Hi Priya,"'),
    Field(
        "preferred_contact",
        "Preferred contact",
        "choice",
        choices=("email", "phone", "mail", "none"),
    ),
    Field(
        "family_first",
        "The card writes the family name first",
        "checkbox",
        hint='as in "Nguyen Thi Lan"',
    ),
    Field("sent", "Thank-you note sent on", "date", hint="leave empty until it has gone out"),
)
ACCOMPLISHMENT: Final = (
    Field("text", "Accomplishment", "long", hint="as you would jot it down"),
    Field("topics", "Topics it fits", "lines", "one a line (optional)"),
)
NEXT_STEPS: Final = (
    Field("decision_by", "Decision expected by", "date"),
    Field(
        "follow_up",
        "The company asked to follow up by",
        "choice",
        choices=("email", "phone", "none"),
    ),
    Field("notes", "Notes", "multiline"),
)
_INDEXED = re.compile(r"^(?P<list>interviewers|accomplishments)\[(?P<n>\d+)\]\.(?P<key>[a-z_]+)$")
_LIST_ITEM = re.compile(r"\[\d+\]$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One message of the loader, placed: the form field it is about, or None."""

    field: str | None  # a form field's name, a table ("interviewers[2]"), or None
    message: str
    line: int | None = None
    column: int | None = None


def field_id(name: str) -> str:
    """The HTML id of a form field: "f-interviewers-2-email" for "interviewers[2].email"."""
    return "f-" + rx.sub(r"[^A-Za-z0-9_]+", "-", name).strip("-")


def field_values(data: Mapping[str, Any]) -> dict[str, str]:
    """Every form field's value, as text, from a file's data (as TOML reads it)."""
    values: dict[str, str] = {}
    _table_values(values, "", TOP, data)
    _table_values(values, "candidate.", CANDIDATE, _table(data.get("candidate")))
    _table_values(values, "next_steps.", NEXT_STEPS, _table(data.get("next_steps")))
    for i, person in enumerate(_list(data.get("interviewers")), start=1):
        _table_values(values, f"interviewers[{i}].", INTERVIEWER, _table(person))
        values[f"interviewers[{i}].origin"] = str(i)
    for i, item in enumerate(_list(data.get("accomplishments")), start=1):
        table = {"text": item} if isinstance(item, str) else _table(item)
        _table_values(values, f"accomplishments[{i}].", ACCOMPLISHMENT, table)
    return values


def numbers(keys: Iterable[str], name: str) -> list[int]:
    """The item numbers a form (or its values) holds for "interviewers" or
    "accomplishments", in order: the loader's n-th item is the n-th of them."""
    found = {int(m.group("n")) for key in keys if (m := _INDEXED.match(key)) and m["list"] == name}
    return sorted(found)


def data_from_form(
    form: Mapping[str, str], original: Mapping[str, Any]
) -> tuple[dict[str, Any], list[int | None]]:
    """The file's new data from a submitted form, and where each interviewer came from.

    Fields left empty remove their key; a date that is not a real date is
    kept as text, for the loader to say so. Keys the form does not show are
    kept from `original`: an interviewer's by the hidden `origin` field that
    says which table of the file they were edited from.

    Returns:
        The data, and for each interviewer the index (from 0) of the
        `[[interviewers]]` table it was edited from, or None for a new person.
    """
    data: dict[str, Any] = dict(original)
    _set_fields(data, "", TOP, form)
    for name, fields in (("candidate", CANDIDATE), ("next_steps", NEXT_STEPS)):
        table = dict(_table(original.get(name)))
        _set_fields(table, f"{name}.", fields, form)
        if table:
            data[name] = table
        else:
            data.pop(name, None)
    keys = list(form)
    old_people = _list(original.get("interviewers"))
    people: list[Any] = []
    origins: list[int | None] = []
    for i in numbers(keys, "interviewers"):
        origin = _origin(form.get(f"interviewers[{i}].origin"), len(old_people), origins)
        table = dict(_table(old_people[origin])) if origin is not None else {}
        _set_fields(table, f"interviewers[{i}].", INTERVIEWER, form)
        people.append(table)
        origins.append(origin)
    if people or "interviewers" in original:
        data["interviewers"] = people
    accomplishments: list[Any] = []
    for i in numbers(keys, "accomplishments"):
        table = {}
        _set_fields(table, f"accomplishments[{i}].", ACCOMPLISHMENT, form)
        if "topics" in table:
            accomplishments.append(table)
        elif "text" in table:
            accomplishments.append(table["text"])
    if accomplishments:
        data["accomplishments"] = accomplishments
    else:
        data.pop("accomplishments", None)
    return data, origins


def problems_of(error: InterviewFileError, fields: Iterable[str]) -> list[Problem]:
    """The loader's messages (one error may hold several), each placed beside its field.

    A message about a list item ("interviewers[2].topics[1]") goes beside the
    list's field; one about a key the form has no field for goes beside its
    table, or above the form. The loader counts the interviewers it was given;
    a form whose people were removed numbers them with gaps, and the n-th
    person is the n-th of its numbers.
    """
    known = set(fields)
    lists = {name: numbers(known, name) for name in ("interviewers", "accomplishments")}
    problems = getattr(error, "problems", None) or (error,)
    out = []
    for problem in problems:
        out.append(
            Problem(
                field=_place(_renumber(problem.field, lists), known),
                message=_bare(problem),
                line=problem.line,
                column=problem.column,
            )
        )
    return out


def _bare(problem: InterviewFileError) -> str:
    """The message without the file and field it starts with (the page shows those)."""
    text = str(problem.args[0]) if problem.args else str(problem)
    where = str(problem.path)
    if problem.line is not None:
        where += f":{problem.line}" + (f":{problem.column}" if problem.column is not None else "")
    if problem.field:
        where += f": {problem.field}"
    return text.removeprefix(f"{where}: ")


def _renumber(field: str | None, lists: Mapping[str, list[int]]) -> str | None:
    """A loader's field path with the n-th item named by the form's number for it."""
    if not field:
        return field

    def number(match: re.Match[str]) -> str:
        found = lists.get(match.group(1), [])
        n = int(match.group(2))
        return f"{match.group(1)}[{found[n - 1] if 0 < n <= len(found) else n}]"

    return rx.sub(r"^(interviewers|accomplishments)\[(\d+)\]", number, field)


def _place(field: str | None, known: set[str]) -> str | None:
    if not field:
        return None
    candidates = [field, _LIST_ITEM.sub("", field), f"{field}.text"]
    for candidate in candidates:
        if candidate in known:
            return candidate
    table = rx.match(r"^(interviewers\[\d+\]|accomplishments\[\d+\]|candidate|next_steps)", field)
    return table.group(1) if table else None


def _table(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _origin(value: Any, count: int, taken: list[int | None]) -> int | None:
    """The table an interviewer was edited from (from 0), when the form says so."""
    if not isinstance(value, str) or not value.isdigit():
        return None
    index = int(value) - 1
    if not 0 <= index < count or index in taken:
        return None
    if any(t is not None and t > index for t in taken):
        return None  # the tables keep their order
    return index


def _table_values(
    values: dict[str, str], prefix: str, fields: Sequence[Field], table: Mapping[str, Any]
) -> None:
    for field in fields:
        value = table.get(field.key)
        if value is None:
            text = ""
        elif field.kind == "checkbox":
            text = "on" if value is True else ""
        elif field.kind == "lines" and isinstance(value, list):
            text = "\n".join(str(item) for item in value)
        elif isinstance(value, dt.date):
            text = value.isoformat()
        else:
            text = str(value)
        values[prefix + field.key] = text


def _set_fields(
    table: dict[str, Any], prefix: str, fields: Sequence[Field], form: Mapping[str, str]
) -> None:
    for field in fields:
        raw = form.get(prefix + field.key)
        value = _value(field, raw if isinstance(raw, str) else "")
        if value is None:
            table.pop(field.key, None)
        else:
            table[field.key] = value


def _value(field: Field, raw: str) -> Any:
    """A form field's text as the file's value; None for an empty field."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if field.kind == "checkbox":
        return True if raw else None
    if field.kind == "lines":
        items = [line.strip() for line in raw.split("\n") if line.strip()]
        return items or None
    if field.kind == "multiline":
        text = "\n".join(line.rstrip() for line in raw.strip().split("\n"))
        return text or None
    text = " ".join(raw.split()) if field.kind == "long" else raw.strip()
    if not text:
        return None
    if field.kind == "date" and rx.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text
