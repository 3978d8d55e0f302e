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


def _events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["summary"]).split(":")[0]: e for e in calendar.walk("VEVENT")}


def test_round_trip_dates(panel_interview: Interview) -> None:
    events = _events(plan_to_ics([thanknote.plan(panel_interview)], now=NOW))
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
    raw = plan_to_ics([thanknote.plan(panel_interview)], now=NOW)
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
    raw = plan_to_ics([thanknote.plan(odd)], now=NOW)
    assert b'Smith\\; Jones\\, "Partners" \\\\ Co' in raw.replace(b"\r\n ", b"")
    events = _events(raw)
    assert 'Smith; Jones, "Partners" \\ Co' in str(events["Follow up"]["summary"])


def test_uids_are_stable_and_distinct(panel_interview: Interview) -> None:
    first = plan_events(thanknote.plan(panel_interview))
    assert [e.uid for e in first] == [e.uid for e in plan_events(thanknote.plan(panel_interview))]
    assert len({e.uid for e in first}) == len(first)
    moved = dataclasses.replace(
        panel_interview, next_steps=thanknote.NextSteps(decision_by=dt.date(2026, 12, 11))
    )
    # A new decision date moves the follow-up event rather than adding one.
    assert [e.uid for e in plan_events(thanknote.plan(moved))] == [e.uid for e in first]


def test_nobody_to_follow_up_means_no_follow_up_event(panel_interview: Interview) -> None:
    quiet = dataclasses.replace(panel_interview, next_steps=thanknote.NextSteps(follow_up="none"))
    summaries = [e.summary for e in plan_events(thanknote.plan(quiet))]
    assert not any(s.startswith("Follow up") for s in summaries)


def test_write_ics_refuses_to_replace(tmp_path: Path, panel_interview: Interview) -> None:
    path = tmp_path / "plan.ics"
    write_ics(path, [thanknote.plan(panel_interview)])
    with pytest.raises(thanknote.ThanknoteError, match="already exists"):
        write_ics(path, [thanknote.plan(panel_interview)])
    write_ics(path, [thanknote.plan(panel_interview)], force=True)
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_cli_plan_ics(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    result = run_cli("plan", "examples/panel.toml", "examples/one_to_one.toml", "--ics", path)
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
    first = [e.uid for e in plan_events(thanknote.plan(panel_interview))]
    again = [e.uid for e in plan_events(thanknote.plan(moved))]
    early = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)
    later = early + dt.timedelta(hours=2)

    assert first == again
    older = _events(plan_to_ics([thanknote.plan(panel_interview)], now=early))
    newer = _events(plan_to_ics([thanknote.plan(moved)], now=later))
    for uid, event in newer.items():
        assert int(event["sequence"]) > int(older[uid]["sequence"])
