"""The data thanknote works on: who was interviewed, by whom, and the notes."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

ContactChannel = Literal["email", "phone", "mail", "none"]
FollowUp = Literal["email", "phone", "none"]
Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """The person who was interviewed and signs the notes."""

    name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class NameParts:
    """The parts of a name as a vCard's structured N field gives them.

    A card scanned into a phone says which word is the family name and which
    the suffix; when the file keeps them, they are used instead of reading the
    printed name.
    """

    family: str = ""
    given: str = ""
    additional: str = ""  # middle names
    prefix: str = ""  # "Dr.", "Maj."
    suffix: str = ""  # "RN, BSN", "Jr."


@dataclass(frozen=True, slots=True, kw_only=True)
class Interviewer:
    """One interviewer, as printed on their business card."""

    name: str  # exactly as printed on the business card
    title: str | None = None
    topics: tuple[str, ...] = ()
    email: str | None = None
    phone: str | None = None
    address: str | None = None  # multi-line mailing address
    nickname: str | None = None
    salutation: str | None = None  # overrides the computed salutation
    preferred_contact: ContactChannel | None = None
    family_first: bool = False  # the card writes the family name first
    honorific: str | None = None  # how the person asked to be addressed ("Ms.")
    name_parts: NameParts | None = None  # from a vCard's N field: which word is which
    moment: str | None = None  # a moment of the conversation to recall, as written
    sent: dt.date | None = None  # the day the thank-you note went out


@dataclass(frozen=True, slots=True, kw_only=True)
class Accomplishment:
    """Something the candidate did, tagged with the topics it relates to."""

    text: str
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class NextSteps:
    """What the company said would happen next."""

    decision_by: dt.date | None = None
    follow_up: FollowUp | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Interview:
    """One interview: the company, the position and everyone on the panel."""

    company: str
    position: str
    date: dt.date
    candidate: Candidate
    interviewers: tuple[Interviewer, ...]
    topics: tuple[str, ...] = ()
    accomplishments: tuple[Accomplishment, ...] = ()
    next_steps: NextSteps = field(default_factory=NextSteps)
    closing_line: str | None = None  # a sentence of the candidate's own for every note

    def __post_init__(self) -> None:
        if not self.interviewers:
            raise ValueError("an interview needs at least one interviewer")

    def interviewer(self, name: str) -> Interviewer:
        """Return the interviewer whose card name is `name`.

        Raises:
            KeyError: nobody on the panel has that name.
        """
        wanted = unicodedata.normalize("NFC", name)
        for person in self.interviewers:
            if person.name == wanted:
                return person
        raise KeyError(name)


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    """A thank-you note drafted for one interviewer."""

    recipient: Interviewer
    text: str
    template: str
    interview: Interview = field(compare=False, repr=False)
    subject: str | None = None  # set by templates that write e-mail


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem the checker found in a note.

    `text[start:end]` is the flagged span; findings about the whole note use
    `start == end == 0`.
    """

    code: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    suggestion: str | None = None
