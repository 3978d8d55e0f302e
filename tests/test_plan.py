"""The follow-up plan: send-by dates, follow-up dates and channels."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import thanknote
from conftest import RunCli
from thanknote import Interview, Interviewer, NextSteps
from thanknote.planning import format_day


def _interview(
    day: dt.date,
    *people: Interviewer,
    decision_by: dt.date | None = None,
    follow_up: str | None = None,
) -> Interview:
    return Interview(
        company="Acme Robotics",
        position="Data Engineer",
        date=day,
        candidate=thanknote.Candidate(name="Alex Morgan"),
        interviewers=people or (Interviewer(name="Dr. Priya Raman", email="p@acme.example"),),
        next_steps=NextSteps(decision_by=decision_by, follow_up=follow_up),  # type: ignore[arg-type]
    )


FRIDAY = dt.date(2026, 11, 20)
TUESDAY = dt.date(2026, 11, 24)


def test_friday_interview_posts_by_monday() -> None:
    plan = thanknote.plan(_interview(FRIDAY, Interviewer(name="Bob", preferred_contact="mail")))
    assert plan.post_by == dt.date(2026, 11, 23)
    assert plan.people[0].note == "mail"
    assert plan.people[0].note_by == dt.date(2026, 11, 23)


def test_email_goes_within_24_hours() -> None:
    plan = thanknote.plan(_interview(FRIDAY))
    assert plan.people[0].note == "email"
    assert plan.people[0].note_by == dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("decision", "follow_up_on"),
    [
        pytest.param(dt.date(2026, 12, 4), dt.date(2026, 12, 7), id="friday-to-monday"),
        pytest.param(dt.date(2026, 12, 2), dt.date(2026, 12, 3), id="wednesday-to-thursday"),
        pytest.param(dt.date(2026, 12, 5), dt.date(2026, 12, 7), id="saturday-to-monday"),
    ],
)
def test_follow_up_the_first_business_day_after_the_decision(
    decision: dt.date, follow_up_on: dt.date
) -> None:
    plan = thanknote.plan(_interview(TUESDAY, decision_by=decision))
    assert plan.follow_up_on == follow_up_on
    assert format_day(decision) in plan.follow_up_basis


def test_no_decision_date_means_seven_business_days() -> None:
    plan = thanknote.plan(_interview(TUESDAY))
    assert plan.follow_up_on == dt.date(2026, 12, 3)  # Tue + 7 business days
    assert "7 business days" in plan.follow_up_basis
    assert thanknote.plan(_interview(FRIDAY)).follow_up_on == dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("person", "follow_up", "channel"),
    [
        pytest.param(Interviewer(name="A", preferred_contact="phone"), "email", "phone", id="own"),
        pytest.param(Interviewer(name="A", email="a@x.example"), "phone", "phone", id="company"),
        pytest.param(Interviewer(name="A", email="a@x.example"), None, "email", id="has-email"),
        pytest.param(Interviewer(name="A"), None, "mail", id="no-email"),
        pytest.param(Interviewer(name="A", preferred_contact="none"), "email", "none", id="asked"),
        pytest.param(
            Interviewer(name="A", preferred_contact="phone"), "none", "none", id="company-none"
        ),
    ],
)
def test_follow_up_channel(person: Interviewer, follow_up: str | None, channel: str) -> None:
    plan = thanknote.plan(_interview(TUESDAY, person, follow_up=follow_up))
    assert plan.people[0].follow_up == channel
    assert plan.people[0].do_not_follow_up is (channel == "none")


def test_do_not_contact_is_said_clearly() -> None:
    people = (
        Interviewer(name="Dr. Priya Raman", email="p@acme.example", preferred_contact="none"),
        Interviewer(name="José", email="j@acme.example"),
    )
    plan = thanknote.plan(_interview(TUESDAY, *people))
    assert [p.interviewer.name for p in plan.to_follow_up] == ["José"]
    text = thanknote.planning.format_plan(plan)
    assert "Dr. Priya Raman  do not follow up: they asked not to be contacted" in text


def test_panel_plan(panel_interview: Interview) -> None:
    plan = thanknote.plan(panel_interview)
    by_name = {p.interviewer.name: p for p in plan.people}
    assert by_name["Siobhán Ó Súilleabháin"].note == "mail"
    assert by_name["Siobhán Ó Súilleabháin"].follow_up == "mail"
    assert by_name["José Núñez-García"].follow_up == "email"
    assert plan.follow_up_on == dt.date(2026, 12, 7)
    assert dataclasses.is_dataclass(plan)
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.follow_up_on = dt.date(2027, 1, 1)  # type: ignore[misc]


def test_format_day() -> None:
    assert format_day(dt.date(2026, 11, 25)) == "Wed 25 Nov 2026"


def test_cli_plan(run_cli: RunCli) -> None:
    result = run_cli("plan", "examples/panel.toml", "examples/one_to_one.toml")
    assert result.returncode == 0, result.stderr
    assert "Acme Robotics: Senior Data Engineer, interviewed Tue 24 Nov 2026" in result.stdout
    assert "Follow up on Mon 7 Dec 2026" in result.stdout
    assert "Siobhán Ó Súilleabháin  post a hand-written card by Wed 25 Nov 2026" in result.stdout
    assert "Follow up on Tue 1 Dec 2026" in result.stdout  # Northwind: no decision date


def test_cli_plan_missing_file(run_cli: RunCli) -> None:
    result = run_cli("plan", "nope.toml")
    assert result.returncode == 2
    assert result.stderr == "thanknote: nope.toml: no such file\n"


def test_a_channel_the_file_cannot_serve_is_pointed_out(panel_interview: Interview) -> None:
    person = dataclasses.replace(panel_interview.interviewers[1], email=None)
    interview = dataclasses.replace(
        panel_interview, interviewers=(person,), next_steps=NextSteps(follow_up="email")
    )

    (only,) = thanknote.plan(interview).people

    assert only.follow_up == "email"
    assert "no e-mail address on file" in only.follow_up_reason
