"""The plan as an iCalendar file (RFC 5545), for a job seeker's calendar.

Each date is an all-day event (DTSTART;VALUE=DATE, DTEND the next day)
whose description names the people and the channel. The icalendar library
escapes text and folds lines at 75 octets with CRLF line ends.

A UID is derived from what the event is about (the candidate, company,
position and the kind of event), not from any date: importing the file again
after the interview or decision date was corrected moves the event instead of
adding a second one, and SEQUENCE (minutes since 2020) grows with each export
so that calendar programs take the newer copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from thanknote.planning import FOLLOW_UP_BY, PersonPlan, Plan, format_day
from thanknote.prose import natural_list

__all__ = ["PlanEvent", "plan_events", "plan_to_ics", "plans_events", "write_ics"]

PRODID = "-//thanknote//thanknote follow-up plan//EN"


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanEvent:
    """One all-day event of a plan.

    An event for something still to do whose day has passed is set for the
    plan's day instead, and `overdue_since` keeps the day it was due; one
    for notes already sent stays on its day, and `done` says so.
    """

    uid: str
    day: dt.date
    summary: str
    description: str
    overdue_since: dt.date | None = None
    done: bool = False


def plan_events(plan: Plan, *, candidate: bool = False) -> list[PlanEvent]:
    """The plan's dates as events: send e-mails, post cards, follow up.

    Args:
        plan: the plan.
        candidate: name the candidate in each summary (for a batch of several).
    """
    interview = plan.interview
    about = f"{interview.company} ({interview.position})"
    if candidate:
        about += f" – {interview.candidate.name}"
    day = format_day(interview.date)
    when = f"the {interview.position} interview at {interview.company} on {day}"
    events: list[PlanEvent] = []
    if plan.by_email:
        events.append(
            _notes_event(
                plan,
                "email-notes",
                plan.by_email,
                plan.email_by,
                ("Send thank-you e-mails", "Thank-you e-mails sent"),
                about,
                lambda names: f"E-mail a thank-you note to {names} within 24 hours of {when}.",
            )
        )
    if plan.by_post:
        events.append(
            _notes_event(
                plan,
                "posted-notes",
                plan.by_post,
                plan.post_by,
                ("Post thank-you cards", "Thank-you cards posted"),
                about,
                lambda names: (
                    f"Post a hand-written thank-you card to {names}, "
                    f"by the next business day after {when}."
                ),
            )
        )
    if plan.to_follow_up:
        lines = [f"Follow up after {when} ({plan.follow_up_basis})."]
        lines += [f"{_channel_phrase(p)}." for p in plan.to_follow_up]
        lines += [
            f"Do not follow up with {p.interviewer.name}: {p.follow_up_reason}."
            for p in plan.people
            if p.do_not_follow_up
        ]
        events.append(_due(plan, "follow-up", plan.follow_up_on, "Follow up", about, lines))
    return events


def _notes_event(
    plan: Plan,
    kind: str,
    people: tuple[PersonPlan, ...],
    due: dt.date,
    titles: tuple[str, str],
    about: str,
    task: Callable[[str], str],
) -> PlanEvent:
    """The event for one way of sending notes: to do, overdue, or done."""
    to_send = [p for p in people if p.sent is None]
    sent = [p for p in people if p.sent is not None]
    sent_line = "Sent: " + ", ".join(
        f"{p.interviewer.name} ({format_day(p.sent)})" for p in sent if p.sent is not None
    )
    if not to_send:
        return replace(
            _event(plan, kind, due, f"{titles[1]}: {about}", f"Done. {sent_line}."), done=True
        )
    lines = [task(_names(to_send))]
    if sent:
        lines.append(f"{sent_line}.")
    return _due(plan, kind, due, titles[0], about, lines)


def _due(
    plan: Plan, kind: str, due: dt.date, title: str, about: str, lines: list[str]
) -> PlanEvent:
    """An event for something to do on `due`: today, saying so, when that day has passed."""
    if due >= plan.today:
        return _event(plan, kind, due, f"{title}: {about}", "\n".join(lines))
    since = format_day(due, year=due.year != plan.today.year)
    late = f"Overdue since {format_day(due)}: do it today. "
    event = _event(
        plan, kind, plan.today, f"{title} (overdue since {since}): {about}", late + "\n".join(lines)
    )
    return replace(event, overdue_since=due)


def plans_events(plans: Sequence[Plan]) -> list[PlanEvent]:
    """Every plan's events; each summary names its candidate when there are several."""
    named = len({p.interview.candidate.name for p in plans}) > 1
    return [event for plan in plans for event in plan_events(plan, candidate=named)]


def plan_to_ics(plans: Iterable[Plan], *, now: dt.datetime | None = None) -> bytes:
    """The plans' events as an iCalendar file (bytes, CRLF line ends).

    Args:
        plans: one plan per interview.
        now: the DTSTAMP (UTC); the current time when not given.
    """
    import icalendar  # imported here: only `thanknote plan --ics` needs it

    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for item in plans_events(list(plans)):
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("sequence", _sequence(stamp))
        event.add("dtstart", item.day)
        if item.day < dt.date.max:  # without DTEND an all-day event lasts the day (RFC 5545)
            event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def write_ics(path: Path, plans: Iterable[Plan], *, force: bool = False) -> None:
    """Write the plans' events to an .ics file, completely or not at all.

    Raises:
        OutputError: the file exists (without `force`) or cannot be written.
    """
    from thanknote.files import write_atomic

    write_atomic(path, plan_to_ics(plans), force=force)


def _event(plan: Plan, kind: str, day: dt.date, summary: str, description: str) -> PlanEvent:
    interview = plan.interview
    key = "\x1f".join((interview.candidate.name, interview.company, interview.position, kind))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return PlanEvent(uid=f"{digest}@thanknote", day=day, summary=summary, description=description)


def _sequence(stamp: dt.datetime) -> int:
    """A revision number that grows with every export (RFC 5545 SEQUENCE)."""
    return int((stamp - dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).total_seconds() // 60)


def _names(people: Iterable[PersonPlan]) -> str:
    return natural_list(p.interviewer.name for p in people)


def _channel_phrase(person: PersonPlan) -> str:
    name = person.interviewer.name
    if person.do_not_follow_up:
        return f"Do not follow up with {name}: {person.follow_up_reason}"
    return f"{name}: {FOLLOW_UP_BY[person.follow_up]} ({person.follow_up_reason})"
