"""What rules read: one `Context` per note checked, one `PanelContext` per panel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import NamedTuple, TypeVar, cast

from thanknote.checks.greeting import Greeting, greeting
from thanknote.checks.people import People, people_of
from thanknote.checks.text import NoteText, fold
from thanknote.model import Interview, Interviewer

__all__ = ["Context", "PanelContext"]

# Templates whose notes are written by hand on a card, where length matters.
_HAND_WRITTEN = frozenset({"card"})

T = TypeVar("T")


class Context:
    """One note and everything a rule may need to judge it, built once per check.

    Derived views (the recipient, the known words, the topics) are computed on
    first use, so a rule pays only for what it reads. Rules read a context and
    never change it.
    """

    # A plain class, not a dataclass: it is defined during the first check, and
    # defining a dataclass takes about a third as long as checking a note.
    def __init__(
        self,
        text: str,
        interview: Interview,
        *,
        recipient: Interviewer | None = None,
        words: Sequence[str] = (),
        template: str | None = None,
    ) -> None:
        """The context of one note.

        Args:
            text: the note exactly as given.
            interview: the interview it is about.
            recipient: who it is for; None to take the person it greets.
            words: extra words the spelling check must accept.
            template: the template it came from (the kind of note), if known.
        """
        self.text = NoteText(text)  # the note, with its NFC word and sentence views
        self.interview = interview
        self.people: People = people_of(interview)  # every name part, indexed
        self.given_recipient = recipient  # who the caller said the note is for
        self.words = tuple(words)  # extra words the caller says are spelled right
        self.template = template
        self._shared: dict[object, object] = {}

    @cached_property
    def greeting(self) -> Greeting | None:
        """The interviewer the opening greets, and where."""
        return greeting(self.text, self.people, self.interview)

    @cached_property
    def recipient(self) -> Interviewer | None:
        """Who the note is for: as given, else the person it greets."""
        if self.given_recipient is not None:
            return self.given_recipient
        return self.greeting.person if self.greeting else None

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Folded words never to flag as misspelt: the interview file's and the caller's."""
        if not self.words:
            return self.people.known
        return self.people.known | {fold(w) for w in self.words}

    @cached_property
    def plain_words(self) -> frozenset[str]:
        """Folded words that are not names here: the file's other words and the caller's."""
        if not self.words:
            return self.people.vocabulary
        return self.people.vocabulary | {fold(w) for w in self.words}

    @cached_property
    def topics(self) -> tuple[str, ...]:
        """The topics the note should mention: the recipient's own, else every topic."""
        person = self.recipient
        if person is not None and person.topics:
            return person.topics
        own = tuple(t for p in self.interview.interviewers for t in p.topics)
        return self.interview.topics + tuple(t for t in own if t not in self.interview.topics)

    @property
    def hand_written(self) -> bool:
        """Whether the note is a hand-written card (or of unknown kind)."""
        return self.template is None or self.template in _HAND_WRITTEN

    def shared(self, compute: Callable[[Context], T]) -> T:
        """What `compute` makes of this note, computed once for every rule that asks.

        Rules of one family that read the same analysis (which words stand as
        misspelt names) share it this way instead of each redoing it.
        """
        if compute not in self._shared:
            self._shared[compute] = compute(self)
        return cast(T, self._shared[compute])


class PanelContext(NamedTuple):
    """The notes of one interview, read together by panel rules."""

    notes: tuple[Context, ...]  # in the order they were given
    interview: Interview
    labels: tuple[str, ...] | None = None  # how messages name each note (its file name)
