"""The follow-up plan: when to send the notes, when and how to follow up.

Thank-you e-mails go out within 24 hours of the interview (the next day);
hand-written notes are posted by the next business day. The follow-up is due
on the first business day after the decision date, or 7 business days after
the interview when no date was given (or the date given is before the
interview). Business days skip weekends and the public holidays of the
candidate's country (`[candidate] country` and `subdivision`); without a
country only weekends, and the plan says so. When the interviewers' addresses
all name another country, the follow-up day is a business day there too: no
call to Riyadh on a Friday.

A plan is made on a day, `today`: a note recorded as sent (`sent = DATE` on
its interviewer) is done, and one whose send-by date has passed is overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple

from thanknote.dates import BusinessCalendar, DateRangeError, business_calendar, format_day
from thanknote.model import Candidate, ContactChannel, Interview, Interviewer

__all__ = [
    "FOLLOW_UP_AFTER_BUSINESS_DAYS",
    "FOLLOW_UP_BY",
    "FollowUpChannel",
    "NoteStatus",
    "PersonPlan",
    "Plan",
    "calendar_for",
    "follow_up_channel",
    "format_day",
    "format_plan",
    "format_plans",
    "note_channel",
    "plan",
    "post_by",
]

FOLLOW_UP_AFTER_BUSINESS_DAYS: Final = 7  # when no decision date was given
NoteChannel = Literal["email", "mail"]
NoteStatus = Literal["sent", "due", "overdue"]
FOLLOW_UP_BY: Final = {"email": "by e-mail", "phone": "by phone", "mail": "by letter"}
"""How each follow-up channel reads in a plan: "by e-mail"."""
_NOTE_KIND: Final = {"email": "e-mail", "mail": "hand-written card"}


class FollowUpChannel(NamedTuple):
    """How to follow up with someone, and why that way."""

    channel: ContactChannel  # "none": do not follow up
    reason: str  # where the channel came from, for people to read


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonPlan:
    """What to do for one interviewer.

    `follow_up` is "none" when they (or the company) asked not to be
    contacted; `follow_up_reason` says where the channel came from. `status`
    is "sent" once the note went out (`sent`), "overdue" when `note_by` is
    before the day of the plan, else "due".
    """

    interviewer: Interviewer
    note: NoteChannel  # how the thank-you note goes: e-mail or a posted card
    note_by: dt.date
    follow_up: ContactChannel
    follow_up_reason: str
    sent: dt.date | None = None  # when the note went out, as recorded in the file
    status: NoteStatus = "due"

    @property
    def do_not_follow_up(self) -> bool:
        """True when this person must not be followed up with."""
        return self.follow_up == "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The notes and the follow-up for one interview, as of `today`."""

    interview: Interview
    people: tuple[PersonPlan, ...]
    email_by: dt.date  # thank-you e-mails: within 24 hours
    post_by: dt.date  # hand-written notes: posted by the next business day
    follow_up_on: dt.date
    follow_up_basis: str  # why that day, for people to read
    today: dt.date
    calendar: BusinessCalendar
    holidays: tuple[tuple[dt.date, str], ...] = ()  # public holidays the dates skip

    @property
    def by_email(self) -> tuple[PersonPlan, ...]:
        """The people who get their note by e-mail."""
        return tuple(p for p in self.people if p.note == "email")

    @property
    def by_post(self) -> tuple[PersonPlan, ...]:
        """The people who get a hand-written note by post."""
        return tuple(p for p in self.people if p.note == "mail")

    @property
    def to_send(self) -> tuple[PersonPlan, ...]:
        """The people whose note has not gone out yet."""
        return tuple(p for p in self.people if p.status != "sent")

    @property
    def overdue(self) -> tuple[PersonPlan, ...]:
        """The people whose note should have gone out before today."""
        return tuple(p for p in self.people if p.status == "overdue")

    @property
    def to_follow_up(self) -> tuple[PersonPlan, ...]:
        """The people to follow up with (not those who asked for no contact)."""
        return tuple(p for p in self.people if not p.do_not_follow_up)

    @property
    def follow_up_overdue(self) -> bool:
        """True when the follow-up day has passed and someone is to be followed up."""
        return self.follow_up_on < self.today and bool(self.to_follow_up)


def calendar_for(candidate: Candidate) -> BusinessCalendar:
    """The business days where the candidate lives: their `country` and `subdivision`."""
    # Read defensively: a Candidate made by older code may lack the fields.
    country = getattr(candidate, "country", None)
    subdivision = getattr(candidate, "subdivision", None)
    return business_calendar(
        country if isinstance(country, str) else None,
        subdivision if isinstance(subdivision, str) else None,
    )


def post_by(interview: Interview) -> dt.date:
    """The day a hand-written card should be posted by: the first business day
    after the interview where the candidate lives (what a printed card's
    "Post by" line should say).

    Raises:
        DateRangeError: it would fall after 31 Dec 9999.
    """
    return calendar_for(interview.candidate).next_business_day(interview.date)


def plan(interview: Interview, *, today: dt.date | None = None) -> Plan:
    """Work out when to send each note and when and how to follow up.

    The follow-up channel for each interviewer is their `preferred_contact`,
    else the interview's `next_steps.follow_up`, else e-mail when they have
    an address, else a letter. "none" from either of the first two means: do
    not follow up with them.

    Args:
        interview: the interview.
        today: the day the plan is for (default: today): notes whose send-by
            date is before it and not recorded as sent are overdue.

    Raises:
        DateRangeError: a date of the plan would fall after 31 Dec 9999.
    """
    today = today or dt.date.today()
    calendar = calendar_for(interview.candidate)
    try:
        dates = _dates(interview, calendar)
    except DateRangeError as exc:
        raise DateRangeError(
            exc.day, f"cannot plan the interview of {format_day(interview.date)}: {exc}"
        ) from None
    email_by, post_by, follow_up_on, basis, skipped = dates
    people = []
    for person in interview.interviewers:
        note = note_channel(person)
        note_by = email_by if note == "email" else post_by
        follow_up = follow_up_channel(interview, person)
        sent = getattr(person, "sent", None)
        status: NoteStatus = "sent" if sent else "overdue" if note_by < today else "due"
        people.append(
            PersonPlan(
                interviewer=person,
                note=note,
                note_by=note_by,
                follow_up=follow_up.channel,
                follow_up_reason=follow_up.reason,
                sent=sent,
                status=status,
            )
        )
    return Plan(
        interview=interview,
        people=tuple(people),
        email_by=email_by,
        post_by=post_by,
        follow_up_on=follow_up_on,
        follow_up_basis=basis,
        today=today,
        calendar=calendar,
        holidays=skipped,
    )


def _dates(
    interview: Interview, calendar: BusinessCalendar
) -> tuple[dt.date, dt.date, dt.date, str, tuple[tuple[dt.date, str], ...]]:
    """The send-by dates, the follow-up day and why, and the holidays they skip."""
    day = interview.date
    decision = interview.next_steps.decision_by
    email_by = _next_day(day)
    post_by = calendar.next_business_day(day)
    skipped = list(calendar.holidays_between(day, post_by))
    if decision is not None and decision >= day:
        follow_up_on = calendar.next_business_day(decision)
        basis = f"the first business day after the decision date, {format_day(decision)}"
        skipped += calendar.holidays_between(decision, follow_up_on)
    else:
        follow_up_on = calendar.add_business_days(day, FOLLOW_UP_AFTER_BUSINESS_DAYS)
        basis = f"{FOLLOW_UP_AFTER_BUSINESS_DAYS} business days after the interview; " + (
            "no decision date was given"
            if decision is None
            else f"the decision date, {format_day(decision)}, is before the interview"
        )
        skipped += calendar.holidays_between(day, follow_up_on)
    theirs = interviewers_calendar(interview)
    if theirs is not None and theirs.country != calendar.country:
        # a call or an e-mail lands where they work: not on their weekend or holiday (set
        # KX: a candidate in Dubai told to call Riyadh on a Friday, 2 notes)
        moved = follow_up_on
        while not (theirs.is_business_day(moved) and calendar.is_business_day(moved)):
            moved = _next_day(moved)
            if (moved - follow_up_on).days > _LONGEST_WAIT:
                moved = follow_up_on  # no day both work: the candidate's calendar decides
                break
        if moved != follow_up_on:
            what = theirs.holiday(follow_up_on) or "the weekend"
            basis += (
                f"; then {format_day(moved)}, as {format_day(follow_up_on)} is {what}"
                f" where the interviewers work ({theirs.country})"
            )
            follow_up_on = moved
    return email_by, post_by, follow_up_on, basis, tuple(sorted(set(skipped)))


# Days a follow-up is moved at most to fall on a business day of both calendars.
_LONGEST_WAIT: Final = 14


def interviewers_calendar(interview: Interview) -> BusinessCalendar | None:
    """The business days where the interviewers work, when every address of theirs
    that names a country names the same one; else None (and with no address)."""
    from thanknote.countries import region_from_address

    regions = {
        (region.country, region.subdivision)
        for person in interview.interviewers
        if person.address and (region := region_from_address(person.address)) is not None
    }
    countries = {country for country, _ in regions}
    if len(countries) != 1:
        return None
    subdivisions = {sub for _, sub in regions}
    country = countries.pop()
    return business_calendar(country, subdivisions.pop() if len(subdivisions) == 1 else None)


def _next_day(day: dt.date) -> dt.date:
    try:
        return day + dt.timedelta(days=1)
    except OverflowError:
        raise DateRangeError(
            day, f"the day after {format_day(day)} is past the last day a calendar holds"
        ) from None


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


def format_plans(plans: Sequence[Plan]) -> str:
    """Several plans as text, a blank line between them.

    When the plans are for more than one candidate, each heading names its
    candidate.
    """
    named = len({p.interview.candidate.name for p in plans}) > 1
    return "\n".join(format_plan(p, candidate=named) for p in plans)


def format_plan(plan: Plan, *, candidate: bool = False) -> str:
    """The plan as text for a job seeker to read, ending in a newline.

    Args:
        plan: the plan.
        candidate: name the candidate in the heading (for a batch of several).
    """
    interview = plan.interview
    heading = f"{interview.company}: {interview.position}, interviewed {format_day(interview.date)}"
    if candidate:
        heading = f"{interview.candidate.name} — {heading}"
    lines = [heading, f"Business days: {_calendar_line(plan)}", "", "Thank-you notes"]
    width = max(len(p.interviewer.name) for p in plan.people)
    for person in plan.people:
        lines.append(f"  {person.interviewer.name:<{width}}  {_note_line(plan, person)}")
    lines.append("")
    lines += _follow_up_lines(plan, width)
    return "\n".join(lines) + "\n"


def _calendar_line(plan: Plan) -> str:
    calendar = plan.calendar
    if not calendar.knows_holidays:
        if getattr(plan.interview.candidate, "country", None):
            fix = 'give [candidate] country as an ISO 3166 code ("US", "GB"...)'
        else:
            fix = 'add country to [candidate] ("US", "GB"...) to skip public holidays too'
        return f"{calendar.description}; {fix}"

    if not plan.holidays:
        return calendar.description
    skipped = "; ".join(f"{name}, {format_day(day)}" for day, name in plan.holidays)
    return f"{calendar.description} (skipped: {skipped})"


def _note_line(plan: Plan, person: PersonPlan) -> str:
    no_address = "" if person.interviewer.address else " (no postal address on file)"
    kind = _NOTE_KIND[person.note]
    if person.sent is not None:
        return f"done: {kind} sent {format_day(person.sent)}"
    if person.status == "overdue":
        since = format_day(person.note_by, year=person.note_by.year != plan.today.year)
        extra = no_address if person.note == "mail" else ""
        return f"{kind}, overdue since {since}: send today{extra}"
    today = " (today)" if person.note_by == plan.today else ""
    if person.note == "email":
        return f"e-mail by {format_day(person.note_by)}{today} (within 24 hours)"
    return f"post a hand-written card by {format_day(person.note_by)}{today}{no_address}"


def _follow_up_lines(plan: Plan, width: int) -> list[str]:
    contact = plan.to_follow_up
    if plan.follow_up_overdue:
        since = format_day(plan.follow_up_on, year=plan.follow_up_on.year != plan.today.year)
        head = f"Follow up: overdue since {since}: follow up today"
    else:
        head = f"Follow up on {format_day(plan.follow_up_on)}"
    lines = [head, f"  ({plan.follow_up_basis})"]
    for person in contact:
        how = f"{FOLLOW_UP_BY[person.follow_up]} ({person.follow_up_reason})"
        lines.append(f"  {person.interviewer.name:<{width}}  {how}")
    if not contact:
        lines.append("  Nobody to follow up with: wait to hear from them.")
    for person in plan.people:
        if person.do_not_follow_up:
            lines.append(
                f"  Do not follow up with {person.interviewer.name}: {person.follow_up_reason}"
            )
    return lines
