"""Property-based tests over interview files: whatever a file holds, one line per problem.

Generated files put arbitrary Unicode (lone surrogates, U+FFFF, control
characters and line separators included) and values of every type into every
field, nest lists deeply, write numbers too long to read, and break the syntax.
Loading one either gives an `Interview` whose every string can be printed,
saved and sent, or raises `InterviewFileError` with one printable line per
problem, each naming the file and the field (or, for a syntax error, the line):
never another exception.

CI runs a bounded, fixed set of examples (the "ci" profile); a long run,
`HYPOTHESIS_PROFILE=long python -m pytest -q`, runs 3,000 random ones per test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from email.headerregistry import Address
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote import Candidate, Interview, Interviewer, InterviewFileError, Note, load_interview
from thanknote.cli import main
from thanknote.editing import toml_string
from thanknote.fields import _PLAIN_EMAIL, MAX_NAME_LENGTH, email_problem
from thanknote.writers.eml import note_as_email

FUZZ = settings(
    max_examples=examples(150, long=3_000),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What broke loading, printing or writing before: lone surrogates, characters
# XML cannot hold, controls, invisible line breaks, and the letters e-mail
# addresses and placeholders are made of.
_TROUBLE = list("\ud800\udfff\ufffe\uffff\x00\x07\x1b\x7f\x85\n\r\t\u2028\u2029 <>@.()\"'\\")
_CHARS = st.one_of(st.characters(exclude_categories=()), st.sampled_from(_TROUBLE))
TEXT = st.text(alphabet=_CHARS, max_size=40)
EMAIL = st.one_of(st.emails(), TEXT, st.builds(lambda a, b: f"{a}@{b}", TEXT, TEXT))
VALUE: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        TEXT,
        st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=6,
)


def _field(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a good value, sometimes any text, sometimes anything at all."""
    return st.integers(0, 9).flatmap(lambda n: good if n < 8 else TEXT if n < 9 else VALUE)


# Text a person could write: any letters, marks, symbols and spaces, no controls.
WRITTEN = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40
)


def _optional(table: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=table)


DATES = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
NAME = _field(
    st.one_of(
        st.sampled_from(["Dr. Priya Raman", "José Núñez-García", "Nguyen Thi Lan"]),
        WRITTEN,
        st.text(alphabet="Priya Raman", min_size=150, max_size=320),  # past a document's 255
    )
)
INTERVIEWER = st.builds(
    lambda unknown, name, rest: {**unknown, "name": name, **rest},
    _field(st.just({})).filter(lambda v: isinstance(v, dict)),  # sometimes a key nobody knows
    NAME,
    _optional(
        {
            "title": _field(st.just("Director of Data Platform")),
            "email": _field(EMAIL),
            "topics": _field(st.lists(WRITTEN, max_size=3)),
            "preferred_contact": _field(st.sampled_from(["email", "phone", "mail", "none"])),
            "address": _field(st.just("400 Harbor Way\nSeattle, WA 98101")),
            "nickname": _field(WRITTEN),
            "family_first": _field(st.booleans()),
            "sent": _field(DATES),
            "name_parts": _field(st.fixed_dictionaries({"family": TEXT, "given": TEXT})),
        }
    ),
)
INTERVIEW = st.builds(
    lambda top, candidate, people, rest: {
        **top,
        "candidate": candidate,
        "interviewers": people,
        **rest,
    },
    st.fixed_dictionaries(
        {
            "company": _field(st.just("Acme Robotics")),
            "position": _field(st.just("Senior Data Engineer")),
            "date": _field(DATES),
        }
    ),
    _field(
        st.builds(
            lambda name, rest: {"name": name, **rest},
            NAME,
            _optional(
                {
                    "email": _field(EMAIL),
                    "country": _field(st.sampled_from(["US", "gb", "UK", "DE", "XX"])),
                    "subdivision": _field(st.sampled_from(["OR", "ENG", "US-CA", "Oregon"])),
                    "address": _field(WRITTEN),
                }
            ),
        )
    ),
    st.one_of(st.lists(INTERVIEWER, min_size=1, max_size=3), VALUE),
    _optional(
        {
            "topics": st.lists(_field(WRITTEN), max_size=3),
            "accomplishments": st.lists(
                _field(st.one_of(WRITTEN, st.fixed_dictionaries({"text": WRITTEN}))), max_size=3
            ),
            "closing_line": _field(WRITTEN),
            "next_steps": _field(
                _optional(
                    {
                        "decision_by": _field(DATES),
                        "follow_up": _field(st.sampled_from(["email", "phone", "none"])),
                        "notes": _field(WRITTEN),
                    }
                )
            ),
        }
    ),
)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, dt.date)):
        return str(value) if isinstance(value, int) else value.isoformat()
    if isinstance(value, float):
        return repr(value) if value == value and abs(value) != float("inf") else "nan"
    if isinstance(value, str):
        # A lone surrogate cannot be written in UTF-8: as an escape, TOML refuses it.
        return "".join(
            f"\\u{ord(c):04X}" if "\ud800" <= c <= "\udfff" else c for c in toml_string(value)
        )
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        items = (f"{_toml_value(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return '""'  # TOML has no null


def _toml(data: dict[str, Any]) -> str:
    return "".join(
        f"{_toml_value(key)} = {_toml_value(value)}\n"
        for key, value in data.items()
        if value is not None
    )


def _load(text: str, suffix: str) -> Interview | InterviewFileError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"interview{suffix}"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            return load_interview(path)
        except InterviewFileError as exc:
            _assert_one_line_per_problem(exc, path)
            return exc


def _assert_one_line_per_problem(exc: InterviewFileError, path: Path) -> None:
    lines = str(exc).splitlines()
    assert 1 <= len(exc.problems) <= InterviewFileError.MAX_PROBLEMS
    assert len(lines) == len(exc.problems) + (1 if exc.more else 0)
    for line, problem in zip(lines, exc.problems, strict=False):
        assert line.startswith(f"{path}")
        assert line.isprintable(), line
        line.encode("utf-8")  # no lone surrogate reaches a terminal
        whole_file = problem.message.startswith(
            ("must be a table of keys", "not UTF-8", "invalid JSON", "invalid TOML")
        )
        assert problem.field or problem.line or whole_file, line


def _strings(value: object) -> Iterator[tuple[str, str]]:
    """Every string in a loaded interview, with the name of its field."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            for name, text in _strings(getattr(value, item.name)):
                yield f"{item.name}.{name}".rstrip("."), text
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield "", value


def _assert_every_string_can_be_written(interview: Interview) -> None:
    for field, text in _strings(interview):
        text.encode("utf-8")
        assert not any(c in text for c in "\ufffe\uffff\x00\x07\x1b\x7f\r\u2028"), field
        if field.endswith("email"):
            assert Address(addr_spec=text).addr_spec == text
            assert text.isascii()
        if field.endswith(("name", "company", "position", "title")):
            assert len(text) <= MAX_NAME_LENGTH


@FUZZ
@given(data=INTERVIEW)
def test_any_json_file_loads_or_names_each_problem(data: dict[str, Any]) -> None:
    result = _load(json.dumps(data, default=str), ".json")

    if isinstance(result, Interview):
        _assert_every_string_can_be_written(result)


@FUZZ
@given(data=INTERVIEW)
def test_any_toml_file_loads_or_names_each_problem(data: dict[str, Any]) -> None:
    result = _load(_toml(data), ".toml")

    if isinstance(result, Interview):
        _assert_every_string_can_be_written(result)


_VALID = {
    suffix: (Path(__file__).resolve().parent / "data" / "valid" / f"all_fields{suffix}").read_text(
        encoding="utf-8"
    )
    for suffix in (".toml", ".json")
}


@FUZZ
@given(
    at=st.integers(0, 10**6),
    length=st.integers(0, 20),
    insert=st.text(alphabet=_CHARS, max_size=10),
    suffix=st.sampled_from([".toml", ".json"]),
)
def test_a_broken_file_is_one_line(at: int, length: int, insert: str, suffix: str) -> None:
    valid = _VALID[suffix]
    cut = at % (len(valid) + 1)

    _load(valid[:cut] + insert + valid[cut + length :], suffix)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_any_bytes_are_one_line(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "interview.toml"
        path.write_bytes(raw)
        try:
            load_interview(path)
        except InterviewFileError as exc:
            _assert_one_line_per_problem(exc, path)


@FUZZ
@given(
    depth=st.integers(1, 3000),
    digits=st.integers(1, 9000),
    suffix=st.sampled_from([".toml", ".json"]),
    where=st.sampled_from(["topics", "company"]),
)
def test_deep_nesting_and_long_numbers_are_one_line(
    depth: int, digits: int, suffix: str, where: str
) -> None:
    nested = "[" * depth + "9" * digits + "]" * depth
    data = {
        "company": "Acme Robotics",
        "position": "Engineer",
        "date": "2026-11-24",
        "candidate": {"name": "Alex Morgan"},
        "interviewers": [{"name": "Bo Chan"}],
    }
    if suffix == ".json":
        source = json.dumps({**data, where: "NESTED"}).replace('"NESTED"', nested)
    else:
        source = f"{where} = {nested}\n" + _toml({k: v for k, v in data.items() if k != where})

    result = _load(source, suffix)

    assert isinstance(result, InterviewFileError)


@FUZZ
@given(address=st.from_regex(_PLAIN_EMAIL.pattern, fullmatch=True))
def test_an_address_read_without_the_email_package_reads_the_same_with_it(address: str) -> None:
    assert Address(addr_spec=address).addr_spec == address


@FUZZ
@given(address=EMAIL, name=st.sampled_from(["José Núñez-García", "Dr. Priya Raman"]))
def test_an_address_the_loader_accepts_is_sent_as_written(address: str, name: str) -> None:
    if email_problem(address) is not None or not address.isprintable():
        return
    person = Interview(
        company="Acme Robotics",
        position="Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=(Interviewer(name=name, email=address),),
    )
    note = Note(
        recipient=person.interviewers[0], text="Thank you.", template="email", interview=person
    )

    message = note_as_email(note).as_bytes()

    assert f"<{address}>".encode() in message.replace(b"\r\n ", b" ")


def test_the_cli_prints_one_line_per_problem(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data_dir / "invalid" / "several_problems.toml"

    status = main(["draft", str(path)])

    err = capsys.readouterr().err.splitlines()
    assert status == 2
    assert len(err) == 5
    assert all(line.startswith(f"thanknote: {path}: ") for line in err)
