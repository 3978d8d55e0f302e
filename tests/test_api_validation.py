"""The Python API checks what it is given: one error naming the field, never a crash inside."""

from __future__ import annotations

import ast
import builtins
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import thanknote
from thanknote import (
    Accomplishment,
    Candidate,
    FieldTypeError,
    Interview,
    Interviewer,
    InvalidFieldError,
    NextSteps,
    ThanknoteError,
)

SRC = Path(thanknote.__file__).resolve().parent
DAY = dt.date(2026, 11, 24)


def _interview(**changes: Any) -> Interview:
    values: dict[str, Any] = {
        "company": "Acme Robotics",
        "position": "Data Engineer",
        "date": DAY,
        "candidate": Candidate(name="Alex Morgan"),
        "interviewers": (Interviewer(name="Dr. Priya Raman"),),
    }
    return Interview(**{**values, **changes})


# What is given, the error's class, and its message whole.
CASES: list[Any] = [
    pytest.param(
        lambda: Interviewer(name=""),
        InvalidFieldError,
        "Interviewer.name: must not be empty, not ''",
        id="empty-name",
    ),
    pytest.param(
        lambda: Interviewer(name="   "),
        InvalidFieldError,
        "Interviewer.name: must not be empty, not '   '",
        id="blank-name",
    ),
    pytest.param(
        lambda: Interviewer(name=42),
        FieldTypeError,
        "Interviewer.name: must be a str, not int (42)",
        id="name-not-a-string",
    ),
    pytest.param(
        lambda: Interviewer(name="Bo Chan", preferred_contact="fax"),
        InvalidFieldError,
        "Interviewer.preferred_contact: must be one of email, phone, mail, none (or None), "
        "not 'fax'",
        id="unknown-preferred-contact",
    ),
    pytest.param(
        lambda: Interviewer(name="Bo Chan", topics="streaming"),
        FieldTypeError,
        "Interviewer.topics: must be a tuple of str, not str ('streaming')",
        id="topics-a-string",
    ),
    pytest.param(
        lambda: Interviewer(name="Bo Chan", topics=("streaming", 7)),
        FieldTypeError,
        "Interviewer.topics: must hold str only, not int (7)",
        id="topic-not-a-string",
    ),
    pytest.param(
        lambda: Interviewer(name="Bo Chan", family_first="yes"),
        FieldTypeError,
        "Interviewer.family_first: must be True or False, not str ('yes')",
        id="family-first-not-a-bool",
    ),
    pytest.param(
        lambda: Interviewer(name="Bo Chan", sent="2026-11-25"),
        FieldTypeError,
        "Interviewer.sent: must be a datetime.date or None, not str ('2026-11-25'); "
        "write datetime.date(2026, 11, 24)",
        id="sent-a-string",
    ),
    pytest.param(
        lambda: Interviewer(name="Bo Chan", email=["bo@acme.com"]),
        FieldTypeError,
        "Interviewer.email: must be a str or None, not list (['bo@acme.com'])",
        id="email-a-list",
    ),
    pytest.param(
        lambda: Candidate(name=None),
        FieldTypeError,
        "Candidate.name: must be a str, not NoneType (None)",
        id="candidate-without-name",
    ),
    pytest.param(
        lambda: Candidate(name="Alex", country="UK"),
        InvalidFieldError,
        "Candidate.country: must be an ISO 3166-1 alpha-2 code such as 'US', 'GB' or 'DE', "
        "not 'UK'; did you mean 'GB' (United Kingdom)?",
        id="country-uk",
    ),
    pytest.param(
        lambda: Accomplishment(text=""),
        InvalidFieldError,
        "Accomplishment.text: must not be empty, not ''",
        id="empty-accomplishment",
    ),
    pytest.param(
        lambda: NextSteps(follow_up="fax"),
        InvalidFieldError,
        "NextSteps.follow_up: must be one of email, phone, none (or None), not 'fax'",
        id="unknown-follow-up",
    ),
    pytest.param(
        lambda: NextSteps(follow_up=1),
        FieldTypeError,
        "NextSteps.follow_up: must be one of email, phone, none (or None), not 1",
        id="follow-up-a-number",
    ),
    pytest.param(
        lambda: NextSteps(decision_by=dt.datetime(2026, 12, 4, 9, 0)),
        FieldTypeError,
        "NextSteps.decision_by: must be a datetime.date or None, not datetime "
        "(datetime.datetime(2026, 12, 4, 9, 0))",
        id="decision-with-a-time",
    ),
    pytest.param(
        lambda: _interview(date="2026-11-24"),
        FieldTypeError,
        "Interview.date: must be a datetime.date, not str ('2026-11-24'); "
        "write datetime.date(2026, 11, 24)",
        id="date-a-string",
    ),
    pytest.param(
        lambda: _interview(interviewers=("Dr. Priya Raman",)),
        FieldTypeError,
        "Interview.interviewers: must hold Interviewer only, not str ('Dr. Priya Raman'); "
        'write Interviewer(name="...")',
        id="interviewer-a-string",
    ),
    pytest.param(
        lambda: _interview(interviewers=()),
        InvalidFieldError,
        "Interview.interviewers: an interview needs at least one interviewer",
        id="no-interviewers",
    ),
    pytest.param(
        lambda: _interview(accomplishments=("led the move to Kafka",)),
        FieldTypeError,
        "Interview.accomplishments: must hold Accomplishment only, not str "
        "('led the move to Kafka'); write Accomplishment(text=\"...\")",
        id="accomplishment-a-string",
    ),
    pytest.param(
        lambda: _interview(candidate="Alex Morgan"),
        FieldTypeError,
        "Interview.candidate: must be a Candidate, not str ('Alex Morgan')",
        id="candidate-a-string",
    ),
    pytest.param(
        lambda: _interview(company=""),
        InvalidFieldError,
        "Interview.company: must not be empty, not ''",
        id="empty-company",
    ),
    pytest.param(
        lambda: _interview(next_steps=NextSteps(decision_by=dt.date(2026, 11, 20))),
        InvalidFieldError,
        "Interview.next_steps.decision_by: the decision date 2026-11-20 is before the "
        "interview on 2026-11-24",
        id="decision-before-interview",
    ),
    pytest.param(
        lambda: _interview(
            interviewers=(Interviewer(name="Dr. Priya Raman", sent=dt.date(2026, 11, 23)),)
        ),
        InvalidFieldError,
        "Interview.interviewers[1].sent: the note to 'Dr. Priya Raman' was sent on "
        "2026-11-23, before the interview on 2026-11-24",
        id="sent-before-interview",
    ),
]


@pytest.mark.parametrize(("make", "error", "message"), CASES)
def test_a_wrong_value_is_one_error_naming_the_field(
    make: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        make()

    assert isinstance(caught.value, ThanknoteError)
    assert str(caught.value) == message


def test_type_errors_are_type_errors_and_value_errors_value_errors() -> None:
    with pytest.raises(TypeError):
        Interviewer(name=42)
    with pytest.raises(ValueError, match="preferred_contact"):
        Interviewer(name="Bo Chan", preferred_contact="fax")


def test_lists_are_kept_as_tuples() -> None:
    person = Interviewer(name="Bo Chan", topics=["streaming"])
    interview = _interview(interviewers=[person])

    assert person.topics == ("streaming",)
    assert interview.interviewers == (person,)
    assert hash(interview.interviewers)


def test_check_takes_a_note_or_its_text(panel_interview: Interview) -> None:
    note = thanknote.draft(panel_interview)[1]

    assert thanknote.check(note) == thanknote.check(
        note.text, panel_interview, recipient=note.recipient, template=note.template
    )
    with pytest.raises(TypeError, match="needs the Interview"):
        thanknote.check(note.text)
    with pytest.raises(TypeError, match="not bytes"):
        thanknote.check(note.text.encode(), panel_interview)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not str"):
        thanknote.check(note.text, "examples/panel.toml")  # type: ignore[arg-type]


def _raised_in_docstrings() -> set[str]:
    """Every exception a docstring under src/thanknote names in its Raises: section."""
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                continue
            doc = ast.get_docstring(node) or ""
            _, found, raises = doc.partition("Raises:\n")
            if found:
                section = re.split(r"\n\S", raises, maxsplit=1)[0]
                names.update(re.findall(r"^\s+([A-Z]\w+):", section, re.MULTILINE))
    return names


def test_every_exception_a_docstring_names_is_importable_from_thanknote() -> None:
    raised = _raised_in_docstrings()

    assert "InterviewFileError" in raised
    missing = {
        name for name in raised if not hasattr(builtins, name) and not hasattr(thanknote, name)
    }
    assert not missing
    for name in raised - set(dir(builtins)):
        assert issubclass(getattr(thanknote, name), ThanknoteError), name
        assert name in thanknote.__all__
