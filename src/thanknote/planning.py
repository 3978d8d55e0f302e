"""The follow-up plan: when to send the notes, when and how to follow up.

Thank-you e-mails go out within 24 hours of the interview (the next day);
hand-written notes are posted by the next business day. The follow-up is due
on the first business day after the decision date, or 7 business days after
the interview when no date was given. Weekends are skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple

from thanknote.dates import add_business_days, next_business_day
from thanknote.model import ContactChannel, Interview, Interviewer

__all__ = [
    "FOLLOW_UP_AFTER_BUSINESS_DAYS",
    "FOLLOW_UP_BY",
    "FollowUpChannel",
    "PersonPlan",
    "Plan",
    "follow_up_channel",
    "format_day",
    "format_plan",
    "note_channel",
    "plan",
]

FOLLOW_UP_AFTER_BUSINESS_DAYS: Final = 7  # when no decision date was given
NoteChannel = Literal["email", "mail"]
_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FOLLOW_UP_BY: Final = {"email": "by e-mail", "phone": "by phone", "mail": "by letter"}
"""How each follow-up channel reads in a plan: "by e-mail"."""
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip


class FollowUpChannel(NamedTuple):
    """How to follow up with someone, and why that way."""

    channel: ContactChannel  # "none": do not follow up
    reason: str  # where the channel came from, for people to read


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonPlan:
    """What to do for one interviewer.

    `follow_up` is "none" when they (or the company) asked not to be
    contacted; `follow_up_reason` says where the channel came from.
    """

    interviewer: Interviewer
    note: NoteChannel  # how the thank-you note goes: e-mail or a posted card
    note_by: dt.date
    follow_up: ContactChannel
    follow_up_reason: str

    @property
    def do_not_follow_up(self) -> bool:
        """True when this person must not be followed up with."""
        return self.follow_up == "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The notes and the follow-up for one interview."""

    interview: Interview
    people: tuple[PersonPlan, ...]
    email_by: dt.date  # thank-you e-mails: within 24 hours
    post_by: dt.date  # hand-written notes: posted by the next business day
    follow_up_on: dt.date
    follow_up_basis: str  # why that day, for people to read

    @property
    def by_email(self) -> tuple[PersonPlan, ...]:
        """The people who get their note by e-mail."""
        return tuple(p for p in self.people if p.note == "email")

    @property
    def by_post(self) -> tuple[PersonPlan, ...]:
        """The people who get a hand-written note by post."""
        return tuple(p for p in self.people if p.note == "mail")

    @property
    def to_follow_up(self) -> tuple[PersonPlan, ...]:
        """The people to follow up with (not those who asked for no contact)."""
        return tuple(p for p in self.people if not p.do_not_follow_up)


def plan(interview: Interview) -> Plan:
    """Work out when to send each note and when and how to follow up.

    The follow-up channel for each interviewer is their `preferred_contact`,
    else the interview's `next_steps.follow_up`, else e-mail when they have
    an address, else a letter. "none" from either of the first two means: do
    not follow up with them.
    """
    decision = interview.next_steps.decision_by
    if decision is not None:
        follow_up_on = next_business_day(decision)
        basis = f"the first business day after the decision date, {format_day(decision)}"
    else:
        follow_up_on = add_business_days(interview.date, FOLLOW_UP_AFTER_BUSINESS_DAYS)
        basis = (
            f"{FOLLOW_UP_AFTER_BUSINESS_DAYS} business days after the interview; "
            "no decision date was given"
        )
    email_by = interview.date + dt.timedelta(days=1)
    post_by = next_business_day(interview.date)
    people = []
    for person in interview.interviewers:
        note = note_channel(person)
        follow_up = follow_up_channel(interview, person)
        people.append(
            PersonPlan(
                interviewer=person,
                note=note,
                note_by=email_by if note == "email" else post_by,
                follow_up=follow_up.channel,
                follow_up_reason=follow_up.reason,
            )
        )
    return Plan(
        interview=interview,
        people=tuple(people),
        email_by=email_by,
        post_by=post_by,
        follow_up_on=follow_up_on,
        follow_up_basis=basis,
    )


def note_channel(person: Interviewer) -> NoteChannel:
    """How a thank-you note reaches someone: a posted card when they prefer mail
    or have no e-mail address, else e-mail."""
    if person.preferred_contact == "mail" or not person.email:
        return "mail"
    return "email"


def follow_up_channel(interview: Interview, person: Interviewer) -> FollowUpChannel:
    """The channel to follow up with someone, and where it came from."""
    asked = interview.next_steps.follow_up
    if person.preferred_contact == "none":
        return FollowUpChannel("none", "they asked not to be contacted")
    if asked == "none":
        return FollowUpChannel("none", "the company asked candidates not to follow up")
    if person.preferred_contact is not None:
        return FollowUpChannel(
            person.preferred_contact,
            "their preferred contact" + _missing(person, person.preferred_contact),
        )
    if asked is not None:
        return FollowUpChannel(asked, "as the company asked" + _missing(person, asked))
    if person.email:
        return FollowUpChannel("email", "their e-mail address is on file")
    return FollowUpChannel("mail", "no e-mail address on file")


def _missing(person: Interviewer, channel: str) -> str:
    """A warning when the file lacks what the channel needs."""
    if channel == "email" and not person.email:
        return "; no e-mail address on file: ask the recruiter for it"
    if channel == "phone" and not person.phone:
        return "; no phone number on file: ask the recruiter for it"
    if channel == "mail" and not person.address:
        return "; no mailing address on file"
    return ""


def format_day(day: dt.date) -> str:
    """A date as people read it in a plan: "Wed 25 Nov 2026" (English, any locale)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_plan(plan: Plan) -> str:
    """The plan as text for a job seeker to read, ending in a newline."""
    interview = plan.interview
    lines = [
        f"{interview.company}: {interview.position}, interviewed {format_day(interview.date)}",
        "",
        "Thank-you notes",
    ]
    width = max(len(p.interviewer.name) for p in plan.people)
    for person in plan.people:
        how = (
            f"e-mail by {format_day(person.note_by)} (within 24 hours)"
            if person.note == "email"
            else f"post a hand-written card by {format_day(person.note_by)}"
            + ("" if person.interviewer.address else " (no postal address on file)")
        )
        lines.append(f"  {person.interviewer.name:<{width}}  {how}")
    lines += ["", f"Follow up on {format_day(plan.follow_up_on)}", f"  ({plan.follow_up_basis})"]
    for person in plan.people:
        if person.do_not_follow_up:
            how = f"do not follow up: {person.follow_up_reason}"
        else:
            how = f"{FOLLOW_UP_BY[person.follow_up]} ({person.follow_up_reason})"
        lines.append(f"  {person.interviewer.name:<{width}}  {how}")
    if not plan.to_follow_up:
        lines.append("  Nobody to follow up with: wait to hear from them.")
    return "\n".join(lines) + "\n"
