"""The data thanknote works on: who was interviewed, by whom, and the notes."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from thanknote.errors import FieldTypeError, InvalidFieldError

ContactChannel = Literal["email", "phone", "mail", "none"]
FollowUp = Literal["email", "phone", "none"]
Severity = Literal["error", "warning", "info"]

CONTACT_CHANNELS: tuple[ContactChannel, ...] = get_args(ContactChannel)
FOLLOW_UPS: tuple[FollowUp, ...] = get_args(FollowUp)


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """Where the candidate lives, for the calendar: a country, and a part of it if known.

    Codes are ISO 3166: `country` an alpha-2 code ("US", "GB"), `subdivision`
    the ISO 3166-2 code without the country ("OR" for Oregon, "ENG" for
    England), as `holidays` takes them.
    """

    country: str
    subdivision: str | None = None
    from_address: bool = False  # read from the candidate's address, not given in the file

    @property
    def country_name(self) -> str:
        """The country's English name: "United States"."""
        from thanknote.countries import country_name

        return country_name(self.country)


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """The person who was interviewed and signs the notes."""

    name: str
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2: "US", "GB", "IE", "DE"
    subdivision: str | None = None  # ISO 3166-2 without the country: "OR", "ENG", "BY"

    def __post_init__(self) -> None:
        _Check(self).name("name").texts("email", "phone", "address")
        if self.country is not None:
            from thanknote.countries import country_problem, subdivision_problem

            _Check(self).texts("country")
            problem = country_problem(self.country)
            if problem:
                raise InvalidFieldError("Candidate", "country", problem)
            if self.subdivision is not None:
                _Check(self).texts("subdivision")
                problem = subdivision_problem(self.country, self.subdivision)
                if problem:
                    raise InvalidFieldError("Candidate", "subdivision", problem)
        elif self.subdivision is not None:
            raise InvalidFieldError(
                "Candidate", "subdivision", "needs the country too: give country as well"
            )

    @property
    def region(self) -> Region | None:
        """Where the candidate lives, for public holidays: the `country` (and
        `subdivision`) given, else the country the last lines of the address
        name clearly ("USA", "Germany", "Portland, OR 97205"), else None.

        A subdivision the address gives is kept with a `country` given in the
        file when both name the same country.
        """
        from thanknote.countries import region_from_address

        found = region_from_address(self.address) if self.address else None
        if self.country is None:
            return found
        subdivision = self.subdivision
        if subdivision is None and found is not None and found.country == self.country:
            subdivision = found.subdivision
        return Region(country=self.country, subdivision=subdivision)


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

    def __post_init__(self) -> None:
        check = _Check(self).name("name")
        check.texts("title", "email", "phone", "address", "nickname", "salutation")
        check.texts("honorific", "moment").topics("topics")
        check.choice("preferred_contact", CONTACT_CHANNELS).flag("family_first")
        check.instance("name_parts", NameParts, optional=True).date("sent", optional=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class Accomplishment:
    """Something the candidate did, tagged with the topics it relates to."""

    text: str
    topics: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _Check(self).name("text").topics("topics")


@dataclass(frozen=True, slots=True, kw_only=True)
class NextSteps:
    """What the company said would happen next."""

    decision_by: dt.date | None = None
    follow_up: FollowUp | None = None
    notes: str | None = None

    def __post_init__(self) -> None:
        _Check(self).date("decision_by", optional=True).choice("follow_up", FOLLOW_UPS)
        _Check(self).texts("notes")


@dataclass(frozen=True, slots=True, kw_only=True)
class Interview:
    """One interview: the company, the position and everyone on the panel.

    Every data class here checks the values it is given, as `Interview` does.

    Raises:
        InvalidFieldError: a value cannot be used: an empty name, a choice
            not on the list, no interviewer, a decision or a sent note
            before the interview; the message names the field and what it
            allows.
        FieldTypeError: a value is of the wrong type (a `TypeError` too).
    """

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
        check = _Check(self).name("company").name("position").date("date")
        check.instance("candidate", Candidate).items("interviewers", Interviewer)
        check.topics("topics").items("accomplishments", Accomplishment)
        check.instance("next_steps", NextSteps).texts("closing_line")
        if not self.interviewers:
            raise InvalidFieldError(
                "Interview", "interviewers", "an interview needs at least one interviewer"
            )
        decision = self.next_steps.decision_by
        if decision is not None and decision < self.date:
            raise InvalidFieldError(
                "Interview",
                "next_steps.decision_by",
                f"the decision date {decision} is before the interview on {self.date}",
            )
        for number, person in enumerate(self.interviewers, start=1):
            if person.sent is not None and person.sent < self.date:
                raise InvalidFieldError(
                    "Interview",
                    f"interviewers[{number}].sent",
                    f"the note to {person.name!r} was sent on {person.sent}, "
                    f"before the interview on {self.date}",
                )

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
    # the day it was drafted for (`draft`'s `today`), which a printed card's reminder
    # to post it and a letter's date go by; None: the day it is written out
    written: dt.date | None = field(default=None, compare=False, repr=False)


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


class _Check:
    """Checks of the values given to a data class, each raising an error naming the field."""

    def __init__(self, instance: Any) -> None:
        self.target = instance
        self.owner = type(instance).__name__

    def _value(self, name: str) -> Any:
        return getattr(self.target, name)

    def _wrong_type(self, name: str, wanted: str) -> FieldTypeError:
        value = self._value(name)
        return FieldTypeError(
            self.owner, name, f"must be {wanted}, not {type(value).__name__} ({_shown(value)})"
        )

    def name(self, name: str) -> _Check:
        """A required string that is not empty or blank."""
        value = self._value(name)
        if not isinstance(value, str):
            raise self._wrong_type(name, "a str")
        if not value.strip():
            raise InvalidFieldError(self.owner, name, f"must not be empty, not {value!r}")
        return self

    def texts(self, *names: str) -> _Check:
        """Optional strings: a str or None."""
        for name in names:
            if not isinstance(self._value(name), (str, type(None))):
                raise self._wrong_type(name, "a str or None")
        return self

    def topics(self, name: str) -> _Check:
        """A tuple of strings; a list is kept as a tuple, a single string is refused."""
        value = self._value(name)
        if isinstance(value, list):
            value = tuple(value)
            object.__setattr__(self.target, name, value)
        if not isinstance(value, tuple):
            raise self._wrong_type(name, "a tuple of str")
        for item in value:
            if not isinstance(item, str):
                raise FieldTypeError(
                    self.owner,
                    name,
                    f"must hold str only, not {type(item).__name__} ({_shown(item)})",
                )
        return self

    def items(self, name: str, kind: type) -> _Check:
        """A tuple of `kind` (a list is kept as a tuple)."""
        value = self._value(name)
        if isinstance(value, list):
            value = tuple(value)
            object.__setattr__(self.target, name, value)
        if not isinstance(value, tuple):
            raise self._wrong_type(name, f"a tuple of {kind.__name__}")
        for item in value:
            if not isinstance(item, kind):
                first = "text" if kind is Accomplishment else "name"
                hint = f'; write {kind.__name__}({first}="...")' if isinstance(item, str) else ""
                raise FieldTypeError(
                    self.owner,
                    name,
                    f"must hold {kind.__name__} only, not {type(item).__name__} "
                    f"({_shown(item)}){hint}",
                )
        return self

    def instance(self, name: str, kind: type, *, optional: bool = False) -> _Check:
        value = self._value(name)
        if not isinstance(value, kind) and not (optional and value is None):
            raise self._wrong_type(name, f"a {kind.__name__}" + (" or None" if optional else ""))
        return self

    def choice(self, name: str, choices: Iterable[str]) -> _Check:
        """None or one of `choices`."""
        value = self._value(name)
        allowed = tuple(choices)
        if value is not None and value not in allowed:
            message = f"must be one of {', '.join(allowed)} (or None), not {_shown(value)}"
            if isinstance(value, str):
                raise InvalidFieldError(self.owner, name, message)
            raise FieldTypeError(self.owner, name, message)
        return self

    def flag(self, name: str) -> _Check:
        if not isinstance(self._value(name), bool):
            raise self._wrong_type(name, "True or False")
        return self

    def date(self, name: str, *, optional: bool = False) -> _Check:
        """A `datetime.date` that is not a `datetime.datetime`."""
        value = self._value(name)
        if optional and value is None:
            return self
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            hint = "; write datetime.date(2026, 11, 24)" if isinstance(value, str) else ""
            wanted = "a datetime.date" + (" or None" if optional else "")
            raise FieldTypeError(
                self.owner,
                name,
                f"must be {wanted}, not {type(value).__name__} ({_shown(value)}){hint}",
            )
        return self


def _shown(value: object) -> str:
    from thanknote.fields import shown

    return shown(value)
