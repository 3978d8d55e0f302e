"""The follow-up plan: send-by dates, follow-up dates and channels."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import thanknote
from conftest import RunCli
from hypothesis_budget import examples
from thanknote import Interview, Interviewer, NextSteps
from thanknote.dates import DateRangeError
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
    assert "Do not follow up with Dr. Priya Raman: they asked not to be contacted" in text


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
    result = run_cli(
        "plan", "examples/panel.toml", "examples/one_to_one.toml", "--today", "2026-11-24"
    )
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


# The calendar: public holidays of the candidate's country --------------------------------------


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _Resident(thanknote.Candidate):
    """A candidate with a country, until the model has the fields itself."""

    country: str | None = None
    subdivision: str | None = None


def _candidate(country: str | None, subdivision: str | None = None) -> thanknote.Candidate:
    if "country" in {f.name for f in dataclasses.fields(thanknote.Candidate)}:
        return thanknote.Candidate(name="Alex Morgan", country=country, subdivision=subdivision)  # type: ignore[call-arg]
    return _Resident(name="Alex Morgan", country=country, subdivision=subdivision)


THANKSGIVING_EVE = dt.date(2026, 11, 25)  # Wednesday
PRIYA = Interviewer(name="Dr. Priya Raman", email="p@acme.example")
JOSE = Interviewer(name="José Núñez-García", email="j@acme.example")
SIOBHAN = Interviewer(name="Siobhán Ó Súilleabháin", preferred_contact="mail", address="1 Main St")


def _abroad(
    day: dt.date, country: str | None, *people: Interviewer, subdivision: str | None = None
) -> Interview:
    return dataclasses.replace(_interview(day, *people), candidate=_candidate(country, subdivision))


def test_a_us_thanksgiving_interview_posts_its_cards_on_friday() -> None:
    plan = thanknote.plan(_abroad(THANKSGIVING_EVE, "US", PRIYA, SIOBHAN), today=THANKSGIVING_EVE)

    assert plan.post_by == dt.date(2026, 11, 27)  # not Thanksgiving, Thu 26 Nov
    assert plan.by_post[0].note_by == dt.date(2026, 11, 27)
    assert plan.email_by == dt.date(2026, 11, 26)  # e-mail: within 24 hours, holiday or not
    # 7 business days, Thanksgiving not among them: Mon 7 Dec, not Fri 4 Dec.
    assert plan.follow_up_on == dt.date(2026, 12, 7)
    assert plan.holidays == ((dt.date(2026, 11, 26), "Thanksgiving Day"),)
    text = thanknote.planning.format_plan(plan)
    assert (
        "Business days: weekends and public holidays in US "
        "(skipped: Thanksgiving Day, Thu 26 Nov 2026)"
    ) in text
    assert "Siobhán Ó Súilleabháin  post a hand-written card by Fri 27 Nov 2026" in text


def test_without_a_country_thanksgiving_is_a_business_day() -> None:
    plan = thanknote.plan(_abroad(THANKSGIVING_EVE, None, SIOBHAN), today=THANKSGIVING_EVE)
    assert plan.post_by == dt.date(2026, 11, 26)
    text = thanknote.planning.format_plan(plan)
    assert (
        'Business days: weekends only; add country to [candidate] ("US", "GB"...) '
        "to skip public holidays too"
    ) in text


def test_a_uk_bank_holiday_is_skipped() -> None:
    christmas_eve = dt.date(2026, 12, 24)  # Thursday
    plan = thanknote.plan(_abroad(christmas_eve, "GB", SIOBHAN), today=christmas_eve)

    assert plan.post_by == dt.date(2026, 12, 29)  # Christmas, weekend, Boxing Day observed
    assert [name for _, name in plan.holidays][:3] == [
        "Christmas Day",
        "Boxing Day (observed)",
        "New Year's Day",
    ]


def test_an_english_summer_bank_holiday_but_not_a_scottish_one() -> None:
    friday = dt.date(2026, 8, 28)
    england = thanknote.plan(_abroad(friday, "GB", SIOBHAN, subdivision="ENG"), today=friday)
    scotland = thanknote.plan(_abroad(friday, "GB", SIOBHAN, subdivision="SCT"), today=friday)
    assert england.post_by == dt.date(2026, 9, 1)
    assert scotland.post_by == dt.date(2026, 8, 31)
    assert england.calendar.description == "weekends and public holidays in GB-ENG"


def test_an_unknown_country_plans_on_weekends_only_and_says_so() -> None:
    plan = thanknote.plan(_abroad(THANKSGIVING_EVE, None, SIOBHAN), today=THANKSGIVING_EVE)

    assert plan.post_by == dt.date(2026, 11, 26)
    assert plan.holidays == ()
    assert (
        "Business days: weekends only; add country to [candidate] "
        '("US", "GB"...) to skip public holidays too'
    ) in thanknote.planning.format_plan(plan)


def test_a_country_that_is_no_iso_code_is_refused() -> None:
    with pytest.raises(thanknote.InvalidFieldError, match="ISO 3166-1 alpha-2"):
        _abroad(THANKSGIVING_EVE, "XX", SIOBHAN)


# Sent and overdue --------------------------------------------------------------------------------


def test_sent_notes_are_done_and_passed_dates_overdue() -> None:
    sent = dataclasses.replace(PRIYA, sent=THANKSGIVING_EVE)
    monday = dt.date(2026, 11, 30)
    plan = thanknote.plan(_abroad(THANKSGIVING_EVE, "US", sent, JOSE, SIOBHAN), today=monday)

    assert [p.status for p in plan.people] == ["sent", "overdue", "overdue"]
    assert [p.interviewer.name for p in plan.to_send] == [JOSE.name, SIOBHAN.name]
    assert plan.overdue == plan.to_send
    lines = thanknote.planning.format_plan(plan).splitlines()
    assert lines[4:7] == [
        "  Dr. Priya Raman         done: e-mail sent Wed 25 Nov 2026",
        "  José Núñez-García       e-mail, overdue since Thu 26 Nov: send today",
        "  Siobhán Ó Súilleabháin  hand-written card, overdue since Fri 27 Nov: send today",
    ]


def test_a_note_due_today_says_so_and_is_not_overdue() -> None:
    plan = thanknote.plan(_abroad(THANKSGIVING_EVE, "US", PRIYA), today=dt.date(2026, 11, 26))
    assert plan.people[0].status == "due"
    assert "e-mail by Thu 26 Nov 2026 (today) (within 24 hours)" in thanknote.planning.format_plan(
        plan
    )


def test_an_old_interview_is_overdue_with_its_year() -> None:
    plan = thanknote.plan(_interview(dt.date(2025, 12, 30)), today=dt.date(2026, 3, 2))
    text = thanknote.planning.format_plan(plan)
    assert "e-mail, overdue since Wed 31 Dec 2025: send today" in text
    assert "Follow up: overdue since Thu 8 Jan: follow up today" in text


def test_the_follow_up_lists_only_people_to_contact() -> None:
    quiet = dataclasses.replace(JOSE, preferred_contact="none")
    plan = thanknote.plan(_interview(TUESDAY, PRIYA, quiet), today=TUESDAY)
    text = thanknote.planning.format_plan(plan)
    follow_up = text[text.index("Follow up on") :].splitlines()

    assert follow_up == [
        "Follow up on Thu 3 Dec 2026",
        "  (7 business days after the interview; no decision date was given)",
        "  Dr. Priya Raman    by e-mail (their e-mail address is on file)",
        "  Do not follow up with José Núñez-García: they asked not to be contacted",
    ]


def test_a_decision_date_before_the_interview_is_refused() -> None:
    with pytest.raises(thanknote.InvalidFieldError, match="before the interview"):
        _interview(TUESDAY, decision_by=dt.date(2026, 11, 2))


@settings(max_examples=examples(200), deadline=None)
@given(
    day=st.dates(max_value=dt.date(9999, 11, 30)),
    decision=st.one_of(st.none(), st.dates(max_value=dt.date(9999, 11, 30))),
    today=st.dates(),
    country=st.sampled_from([None, "US", "GB", "IE", "DE", "IL", "AQ"]),
)
def test_plan_dates_follow_the_interview(
    day: dt.date, decision: dt.date | None, today: dt.date, country: str | None
) -> None:
    assume(decision is None or decision >= day)  # the model refuses a decision before it
    interview = dataclasses.replace(
        _abroad(day, country, PRIYA, SIOBHAN), next_steps=NextSteps(decision_by=decision)
    )
    plan = thanknote.plan(interview, today=today)
    assert day < plan.email_by <= plan.post_by
    assert plan.follow_up_on > day
    assert plan.calendar.is_business_day(plan.post_by)
    assert plan.calendar.is_business_day(plan.follow_up_on)
    for person in plan.people:
        assert (person.status == "overdue") == (person.note_by < today)
    assert "\n\n\n" not in thanknote.planning.format_plan(plan)


def test_the_end_of_the_calendar_is_one_line() -> None:
    with pytest.raises(DateRangeError) as caught:
        thanknote.plan(_interview(dt.date(9999, 12, 31)))
    assert str(caught.value) == (
        "cannot plan the interview of Fri 31 Dec 9999: the day after Fri 31 Dec 9999 is past "
        "the last day a calendar holds"
    )


def test_plans_for_several_candidates_name_them() -> None:
    other = dataclasses.replace(_interview(TUESDAY), candidate=thanknote.Candidate(name="Sam Reed"))
    text = thanknote.planning.format_plans(
        [thanknote.plan(_interview(TUESDAY), today=TUESDAY), thanknote.plan(other, today=TUESDAY)]
    )
    headings = [line for line in text.splitlines() if "interviewed" in line]
    assert headings == [
        "Alex Morgan — Acme Robotics: Data Engineer, interviewed Tue 24 Nov 2026",
        "Sam Reed — Acme Robotics: Data Engineer, interviewed Tue 24 Nov 2026",
    ]
    alone = thanknote.planning.format_plans([thanknote.plan(_interview(TUESDAY), today=TUESDAY)])
    assert alone.startswith("Acme Robotics: Data Engineer, interviewed Tue 24 Nov 2026\n")


def test_post_by_is_the_plans_day_for_cards() -> None:
    from thanknote.planning import post_by

    interview = _abroad(THANKSGIVING_EVE, "US", SIOBHAN)
    assert post_by(interview) == thanknote.plan(interview).post_by == dt.date(2026, 11, 27)


RIYADH = "Olaya Towers, King Fahd Road\nRiyadh 12214\nSaudi Arabia"


def test_the_follow_up_falls_on_a_business_day_where_the_interviewers_work() -> None:
    # set KX: a candidate in Dubai (weekend Sat-Sun) told to call Riyadh (Fri-Sat) on a
    # Friday; the first day both work is the Monday
    people = (Interviewer(name="Nourah Al-Qahtani", address=RIYADH, preferred_contact="phone"),)
    interview = dataclasses.replace(
        _abroad(dt.date(2026, 12, 1), "AE", *people),
        next_steps=NextSteps(decision_by=dt.date(2026, 12, 3), follow_up="phone"),
    )
    plan = thanknote.plan(interview, today=dt.date(2026, 12, 2))
    assert plan.follow_up_on == dt.date(2026, 12, 7)
    assert "Fri 4 Dec 2026 is the weekend where the interviewers work (SA)" in plan.follow_up_basis


def test_interviewers_in_the_candidates_country_or_in_several_change_nothing() -> None:
    at_home = dataclasses.replace(
        _abroad(TUESDAY, "SA", Interviewer(name="Nourah", address=RIYADH)),
        next_steps=NextSteps(decision_by=dt.date(2026, 12, 3)),
    )
    assert thanknote.plan(at_home).follow_up_on == dt.date(2026, 12, 6)  # Sunday in Riyadh
    london = "1 King St\nLondon EC2V 8AU\nUnited Kingdom"
    split = dataclasses.replace(
        _abroad(
            TUESDAY,
            "AE",
            Interviewer(name="Nourah", address=RIYADH),
            Interviewer(name="Siobhan", address=london),
        ),
        next_steps=NextSteps(decision_by=dt.date(2026, 12, 3)),
    )
    assert thanknote.plan(split).follow_up_on == dt.date(2026, 12, 4)  # Dubai's Friday
