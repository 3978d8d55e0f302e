"""The plan as an iCalendar file, read back with icalendar and byte by byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import icalendar
import pytest

import thanknote
from conftest import RunCli
from thanknote import Interview
from thanknote.ics import plan_events, plan_to_ics, write_ics

NOW = dt.datetime(2026, 11, 24, 18, 30, tzinfo=dt.UTC)
TODAY = NOW.date()


def _plan(interview: Interview, today: dt.date = TODAY) -> thanknote.Plan:
    return thanknote.plan(interview, today=today)


def _events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["summary"]).split(":")[0]: e for e in calendar.walk("VEVENT")}


def test_round_trip_dates(panel_interview: Interview) -> None:
    events = _events(plan_to_ics([_plan(panel_interview)], now=NOW))
    assert set(events) == {"Send thank-you e-mails", "Post thank-you cards", "Follow up"}
    follow = events["Follow up"]
    assert follow.decoded("dtstart") == dt.date(2026, 12, 7)
    assert follow.decoded("dtend") == dt.date(2026, 12, 8)
    assert events["Send thank-you e-mails"].decoded("dtstart") == dt.date(2026, 11, 25)
    assert events["Post thank-you cards"].decoded("dtstart") == dt.date(2026, 11, 25)
    description = str(follow["description"])
    assert "Siobhán Ó Súilleabháin: by letter (their preferred contact)" in description
    assert "Dr. Priya Raman: by e-mail" in description
    for event in events.values():
        assert str(event["uid"]).endswith("@thanknote")
        assert event.decoded("dtstamp") == NOW
        assert event["dtstart"].params["VALUE"] == "DATE"


def test_raw_lines_are_folded_crlf_and_escaped(panel_interview: Interview) -> None:
    raw = plan_to_ics([_plan(panel_interview)], now=NOW)
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    assert b"DTSTART;VALUE=DATE:20261207" in raw
    unfolded = raw.replace(b"\r\n ", b"")
    assert "Dr. Priya Raman\\, José".encode() in unfolded  # commas escaped
    for line in lines:  # folding never splits a UTF-8 character
        line.decode("utf-8")


def test_escaping_of_awkward_text(panel_interview: Interview) -> None:
    odd = dataclasses.replace(panel_interview, company='Smith; Jones, "Partners" \\ Co')
    raw = plan_to_ics([_plan(odd)], now=NOW)
    assert b'Smith\\; Jones\\, "Partners" \\\\ Co' in raw.replace(b"\r\n ", b"")
    events = _events(raw)
    assert 'Smith; Jones, "Partners" \\ Co' in str(events["Follow up"]["summary"])


def test_uids_are_stable_and_distinct(panel_interview: Interview) -> None:
    first = plan_events(_plan(panel_interview))
    assert [e.uid for e in first] == [e.uid for e in plan_events(_plan(panel_interview))]
    assert len({e.uid for e in first}) == len(first)
    moved = dataclasses.replace(
        panel_interview, next_steps=thanknote.NextSteps(decision_by=dt.date(2026, 12, 11))
    )
    # A new decision date moves the follow-up event rather than adding one.
    assert [e.uid for e in plan_events(_plan(moved))] == [e.uid for e in first]


def test_nobody_to_follow_up_means_no_follow_up_event(panel_interview: Interview) -> None:
    quiet = dataclasses.replace(panel_interview, next_steps=thanknote.NextSteps(follow_up="none"))
    summaries = [e.summary for e in plan_events(_plan(quiet))]
    assert not any(s.startswith("Follow up") for s in summaries)


def test_write_ics_refuses_to_replace(tmp_path: Path, panel_interview: Interview) -> None:
    path = tmp_path / "plan.ics"
    write_ics(path, [_plan(panel_interview)])
    with pytest.raises(thanknote.ThanknoteError, match="already exists"):
        write_ics(path, [_plan(panel_interview)])
    write_ics(path, [_plan(panel_interview)], force=True)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_cli_plan_ics(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    result = run_cli(
        "plan", "examples/panel.toml", "examples/one_to_one.toml", "--ics", path,
        "--today", "2026-11-20",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"wrote the dates to {path}" in result.stdout
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    starts = sorted(e.decoded("dtstart") for e in calendar.walk("VEVENT"))
    assert starts == [
        dt.date(2026, 11, 21),  # Northwind (Fri 20 Nov): e-mail within 24 hours
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 25),
        dt.date(2026, 12, 1),  # Northwind: 7 business days
        dt.date(2026, 12, 7),
    ]
    again = run_cli("plan", "examples/panel.toml", "--ics", path)
    assert again.returncode == 2
    assert "already exists; use --force" in again.stderr


def test_uids_survive_a_corrected_interview_date_and_sequence_grows(
    panel_interview: Interview,
) -> None:
    moved = dataclasses.replace(panel_interview, date=panel_interview.date + dt.timedelta(days=1))
    first = [e.uid for e in plan_events(_plan(panel_interview))]
    again = [e.uid for e in plan_events(_plan(moved))]
    early = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
    later = early + dt.timedelta(hours=2)

    assert first == again
    older = _events(plan_to_ics([_plan(panel_interview)], now=early))
    newer = _events(plan_to_ics([_plan(moved)], now=later))
    for uid, event in newer.items():
        assert int(event["sequence"]) > int(older[uid]["sequence"])


def test_passed_dates_are_set_for_today_and_say_so(panel_interview: Interview) -> None:
    monday = dt.date(2026, 11, 30)
    events = {e.uid: e for e in plan_events(_plan(panel_interview, monday))}
    late = [e for e in events.values() if e.overdue_since is not None]

    assert {e.overdue_since for e in late} == {dt.date(2026, 11, 25)}
    assert all(e.day == monday for e in late)
    summaries = sorted(e.summary for e in late)
    assert summaries == [
        "Post thank-you cards (overdue since Wed 25 Nov): Acme Robotics (Senior Data Engineer)",
        "Send thank-you e-mails (overdue since Wed 25 Nov): Acme Robotics (Senior Data Engineer)",
    ]
    assert all(
        e.description.startswith("Overdue since Wed 25 Nov 2026: do it today.") for e in late
    )
    follow_up = next(e for e in events.values() if e.summary.startswith("Follow up"))
    assert (follow_up.day, follow_up.overdue_since) == (dt.date(2026, 12, 7), None)
    # The same events as before the dates passed: importing again moves them.
    assert set(events) == {e.uid for e in plan_events(_plan(panel_interview))}


def test_an_interview_months_old_has_no_event_in_the_past(panel_interview: Interview) -> None:
    today = dt.date(2027, 3, 1)
    events = plan_events(_plan(panel_interview, today))
    assert [e.day for e in events] == [today] * 3
    assert [e.overdue_since for e in events] == [
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 25),
        dt.date(2026, 12, 7),
    ]
    assert events[2].summary.startswith("Follow up (overdue since Mon 7 Dec 2026): ")


def test_sent_notes_leave_the_others_to_send(panel_interview: Interview) -> None:
    people = list(panel_interview.interviewers)
    people[0] = dataclasses.replace(people[0], sent=dt.date(2026, 11, 24))  # by e-mail
    people[2] = dataclasses.replace(people[2], sent=dt.date(2026, 11, 25))  # the only card
    interview = dataclasses.replace(panel_interview, interviewers=tuple(people))

    email, cards, _ = plan_events(_plan(interview, dt.date(2026, 11, 25)))

    assert email.description.startswith(
        "E-mail a thank-you note to José Núñez-García and Nguyen Thi Lan within 24 hours"
    )
    assert "Sent: Dr. Priya Raman (Tue 24 Nov 2026)." in email.description
    assert not email.done
    assert cards.done
    assert cards.day == dt.date(2026, 11, 25)
    assert cards.summary == "Thank-you cards posted: Acme Robotics (Senior Data Engineer)"


def test_the_follow_up_event_lists_only_people_to_contact(panel_interview: Interview) -> None:
    people = list(panel_interview.interviewers)
    people[1] = dataclasses.replace(people[1], preferred_contact="none")
    interview = dataclasses.replace(panel_interview, interviewers=tuple(people))

    follow_up = plan_events(_plan(interview))[-1]

    lines = follow_up.description.splitlines()
    assert [line.split(":")[0] for line in lines[1:4]] == [
        "Dr. Priya Raman",
        "Siobhán Ó Súilleabháin",
        "Nguyen Thi Lan",
    ]
    assert lines[4] == ("Do not follow up with José Núñez-García: they asked not to be contacted.")


def test_summaries_name_the_candidate_when_there_are_several(
    panel_interview: Interview, one_to_one_interview: Interview
) -> None:
    from thanknote.ics import plans_events

    both = plans_events([_plan(panel_interview), _plan(one_to_one_interview)])
    assert {e.summary.rsplit(" – ", 1)[-1] for e in both} == {"Alex Morgan", "Zoë Lindqvist"}
    alone = plans_events([_plan(panel_interview)])
    assert all(" – " not in e.summary for e in alone)


def test_the_last_day_of_the_calendar_is_an_event_without_an_end(
    panel_interview: Interview,
) -> None:
    late = dataclasses.replace(
        panel_interview,
        date=dt.date(9999, 12, 20),
        next_steps=thanknote.NextSteps(decision_by=dt.date(9999, 12, 30)),
    )
    events = _events(plan_to_ics([_plan(late, dt.date(9999, 12, 20))], now=NOW))
    follow_up = events["Follow up"]
    assert follow_up.decoded("dtstart") == dt.date(9999, 12, 31)
    assert "dtend" not in follow_up


def test_cli_plan_at_the_end_of_the_calendar_is_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    source = (Path("examples") / "panel.toml").read_text(encoding="utf-8")
    path = tmp_path / "far.toml"
    path.write_text(source.replace("date = 2026-11-24", "date = 9999-12-31"), encoding="utf-8")

    for extra in ((), ("--ics", tmp_path / "far.ics")):
        result = run_cli("plan", path, *extra)
        assert result.returncode == 2
        assert result.stderr == (
            f"thanknote: {path}: cannot plan the interview of Fri 31 Dec 9999: the day after "
            "Fri 31 Dec 9999 is past the last day a calendar holds\n"
        )
    assert not (tmp_path / "far.ics").exists()


def test_cli_plan_says_which_dates_have_passed(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    result = run_cli("plan", "examples/panel.toml", "--ics", path, "--today", "2026-11-30")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(
        f"wrote the dates to {path}: open it to add them to your calendar; "
        "2 dates have passed: set for today, marked overdue\n"
    )
    starts = sorted(
        e.decoded("dtstart") for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    )
    assert starts == [dt.date(2026, 11, 30), dt.date(2026, 11, 30), dt.date(2026, 12, 7)]
