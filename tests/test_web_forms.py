"""The interview form: the file's fields, the form back as data, and messages beside fields."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

import thanknote
from thanknote.interviews import interview_from_dict
from thanknote.web.forms import Problem, data_from_form, field_values, problems_of

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def panel_data() -> dict[str, object]:
    return tomllib.loads((EXAMPLES / "panel.toml").read_text(encoding="utf-8"))


def test_every_field_of_the_file_has_a_form_field(panel_data: dict[str, object]) -> None:
    values = field_values(panel_data)

    assert values["company"] == "Acme Robotics"
    assert values["date"] == "2026-11-24"
    assert values["topics"] == (
        "the data platform roadmap for 2027\nhow the team balances new features and reliability"
    )
    assert values["candidate.address"] == "18 Elm Street, Apt 3\nPortland, OR 97205"
    assert values["interviewers[4].name"] == "Nguyen Thi Lan"
    assert values["interviewers[4].family_first"] == "on"
    assert values["interviewers[1].preferred_contact"] == "email"
    assert values["accomplishments[2].topics"] == "data quality monitoring"
    assert values["next_steps.decision_by"] == "2026-12-04"
    for key in ("nickname", "honorific", "moment", "salutation", "preferred_contact"):
        assert f"interviewers[2].{key}" in values


def test_the_form_as_submitted_gives_the_file_back(panel_data: dict[str, object]) -> None:
    form = field_values(panel_data)

    data, origins = data_from_form(form, panel_data)

    assert data == panel_data
    assert origins == [0, 1, 2, 3]


def test_empty_fields_remove_keys_and_new_people_have_no_origin(
    panel_data: dict[str, object],
) -> None:
    form = field_values(panel_data)
    form["closing_line"] = "  "
    form["next_steps.notes"] = ""
    form["interviewers[1].nickname"] = " Pri "
    form["interviewers[1].moment"] = "your story about\nthe night the billing system went down"
    del form["interviewers[2].name"]  # interviewer 2 removed: every field of theirs is gone
    for key in [k for k in form if k.startswith("interviewers[2].")]:
        del form[key]
    form["interviewers[7].name"] = "Zoë Lindqvist-Ångström"
    form["interviewers[7].topics"] = "fleet telemetry\n\n  on-call  \n"

    data, origins = data_from_form(form, panel_data)

    assert origins == [0, 2, 3, None]
    people = data["interviewers"]
    assert isinstance(people, list)
    assert people[0]["nickname"] == "Pri"
    assert people[0]["moment"] == "your story about the night the billing system went down"
    assert [p["name"] for p in people][1:] == [
        "Siobhán Ó Súilleabháin",
        "Nguyen Thi Lan",
        "Zoë Lindqvist-Ångström",
    ]
    assert people[3] == {"name": "Zoë Lindqvist-Ångström", "topics": ["fleet telemetry", "on-call"]}
    assert "closing_line" not in data
    assert data["next_steps"] == {"decision_by": dt.date(2026, 12, 4), "follow_up": "email"}


def test_keys_the_form_does_not_show_are_kept() -> None:
    original = {
        "interviewers": [
            {"name": "D", "name_parts": {"family": "D"}, "later": dt.date(2026, 1, 2)}
        ],
        "future_key": 1,
    }
    form = {"interviewers[1].origin": "1", "interviewers[1].name": "D."}

    data, _ = data_from_form(form, original)

    assert data["future_key"] == 1
    assert data["interviewers"] == [
        {"name": "D.", "name_parts": {"family": "D"}, "later": dt.date(2026, 1, 2)}
    ]


def test_a_date_that_is_not_a_date_is_kept_for_the_loader_to_say_so(
    panel_data: dict[str, object],
) -> None:
    form = field_values(panel_data)
    form["date"] = "2026-02-30"

    data, _ = data_from_form(form, panel_data)
    with pytest.raises(thanknote.InterviewFileError) as caught:
        interview_from_dict(data, source="panel.toml")

    assert problems_of(caught.value, form) == [
        Problem("date", "must be a date written YYYY-MM-DD, not '2026-02-30'")
    ]


@pytest.mark.parametrize(
    ("field", "placed"),
    [
        pytest.param("interviewers[2].email", "interviewers[2].email", id="field"),
        pytest.param("interviewers[2].topics[1]", "interviewers[2].topics", id="list-item"),
        pytest.param("accomplishments[3]", "accomplishments[3].text", id="accomplishment"),
        pytest.param("interviewers[2].name_parts", "interviewers[2]", id="no-field-its-table"),
        pytest.param("positon", None, id="unknown-key-above-the-form"),
    ],
)
def test_a_message_is_placed_beside_its_field(
    panel_data: dict[str, object], field: str, placed: str | None
) -> None:
    error = thanknote.InterviewFileError("panel.toml", "the message", field=field)

    (problem,) = problems_of(error, field_values(panel_data))

    assert problem == Problem(placed, "the message")


def test_after_a_person_is_removed_the_loaders_numbers_follow_the_form() -> None:
    form = {"interviewers[1].name": "A", "interviewers[3].name": "C", "interviewers[3].email": ""}
    error = thanknote.InterviewFileError("x.toml", "not an e-mail", field="interviewers[2].email")

    assert problems_of(error, form) == [Problem("interviewers[3].email", "not an e-mail")]


def test_several_problems_at_once_are_each_placed() -> None:
    first = thanknote.InterviewFileError("x.toml", "missing (required)", field="company")
    second = thanknote.InterviewFileError("x.toml", "must not be empty", field="position")
    first.problems = (first, second)  # as the loader reports several problems at once

    assert problems_of(first, ["company", "position"]) == [
        Problem("company", "missing (required)"),
        Problem("position", "must not be empty"),
    ]


def test_a_file_begun_without_interviewers_is_saved_without_them() -> None:
    from thanknote.editing import edit_interview_text

    text = '# mine\ncompany = "Acme"\n'
    form = {"company": "Acme", "position": "Engineer", "candidate.name": "Alex Morgan"}

    data, origins = data_from_form(form, tomllib.loads(text))

    assert origins == []
    assert edit_interview_text(text, data) == (
        '# mine\ncompany = "Acme"\nposition = "Engineer"\n\n[candidate]\nname = "Alex Morgan"\n'
    )
