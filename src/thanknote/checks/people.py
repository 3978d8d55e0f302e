"""The people of an interview as the checker sees them: every name part, indexed."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from thanknote.checks.similarity import sound_key
from thanknote.checks.text import WORD
from thanknote.model import Interview, Interviewer
from thanknote.names import (
    CardName,
    address_honorific,
    card_name,
    fold,
    formal_address,
    in_small_letters,
    spelled_title,
    title_word,
)

HONORIFICS = {
    "dr": "Dr.", "doctor": "Dr.", "prof": "Prof.", "professor": "Prof.", "mr": "Mr.",
    "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "mx": "Mx.", "sir": "Sir", "dame": "Dame",
}  # fmt: skip


# NamedTuples rather than dataclasses: they are defined during the first check,
# where a dataclass takes several times as long to define.
class Part(NamedTuple):
    """One part of a person's name as printed on their card."""

    text: str  # as on the card (NFC, straight apostrophes)
    folded: str  # lower case, no diacritics
    key: str  # sound key
    person: int  # index into People.people
    kind: str  # given, middle, family, nickname


class Person(NamedTuple):
    """Someone whose name must be spelled as on their card."""

    card: str
    name: CardName
    role: str  # "interviewer" or "candidate"
    honorific: str  # canonical ("Dr."), or "" when the card has none
    formal: str  # the formal address: "Dr. Raman", or "Ms. Raman" when the file says so


class People(NamedTuple):
    """Every name part of an interview, indexed for quick look-up."""

    people: tuple[Person, ...]
    parts: tuple[Part, ...]
    exact: frozenset[str]
    by_fold: dict[str, tuple[Part, ...]]
    vocabulary: frozenset[str]  # folded words of the file that are not names
    known: frozenset[str]  # folded words of the file, names included: never misspelt
    parts_of: tuple[frozenset[str], ...]  # per person, their name parts as on the card


def canonical_honorific(word: str) -> str:
    """ "Dr" and "Doctor" give "Dr."; "Maj." and "Major" give "Major"; other words ""."""
    return HONORIFICS.get(word.lower().rstrip("."), "") or title_word(word)


@lru_cache(maxsize=64)
def people_of(interview: Interview) -> People:
    """Index the names of every interviewer and of the candidate."""
    people: list[Person] = []
    parts: list[Part] = []
    cards = [(p, p.honorific, "interviewer") for p in interview.interviewers]
    cards.append((Interviewer(name=interview.candidate.name), None, "candidate"))
    printed: set[str] = set()  # name words as the cards print them in capitals ("MOREAU")
    for person, asked, role in cards:
        card, printed_name = person.name, card_name(person)
        # A word printed in capitals is written in small letters ("Dr. Moreau"), as
        # the drafts write it; as printed it is right too.
        name = in_small_letters(printed_name)
        if name != printed_name:
            for value in (printed_name.given, printed_name.middle, printed_name.family):
                printed.update(_pieces(value.replace("’", "'")))
        # How the person asked to be addressed (the file's honorific) wins over the card.
        addressed = (spelled_title(asked) if asked else "") or address_honorific(name)
        honorific = canonical_honorific(addressed.split()[0]) if addressed else ""
        index = len(people)
        formal = formal_address(name, honorific=asked or None)
        people.append(Person(card, name, role, honorific, formal))
        seen: set[str] = set()
        for kind, value in (
            ("given", name.given),
            ("middle", name.middle),
            ("family", name.family),
            ("nickname", name.nickname),
        ):
            for piece in _pieces(value.replace("’", "'")):
                if piece in seen:
                    continue
                seen.add(piece)
                folded = fold(piece)
                parts.append(Part(piece, folded, sound_key(folded), index, kind))
    by_fold: dict[str, list[Part]] = {}
    for part in parts:
        by_fold.setdefault(part.folded, []).append(part)
    words = _vocabulary(interview)
    names = {p.folded for p in parts}
    return People(
        people=tuple(people),
        parts=tuple(parts),
        exact=frozenset(p.text for p in parts) | printed,
        by_fold={k: tuple(v) for k, v in by_fold.items()},
        vocabulary=words - names,
        known=words | names,
        parts_of=tuple(
            frozenset(p.text for p in parts if p.person == index) for index in range(len(people))
        ),
    )


def _pieces(value: str) -> list[str]:
    """A name part and, for "Núñez-García" or "van der Berg", each of its words."""
    if not value:
        return []
    words = WORD.findall(value)
    pieces = [value] if len(words) == 1 and words[0] == value else []
    for word in words:
        pieces.append(word)
        if "-" in word:
            pieces.extend(word.split("-"))
    return pieces


def _vocabulary(interview: Interview) -> frozenset[str]:
    """Every word the interview file writes: the user's own spelling of it."""
    texts = [interview.company, interview.position, *interview.topics]
    texts += [a.text for a in interview.accomplishments]
    texts += [t for a in interview.accomplishments for t in a.topics]
    for person in interview.interviewers:
        texts += [person.name, person.title or "", person.address or "", *person.topics]
        texts += [person.nickname or "", person.salutation or "", person.moment or ""]
    candidate = interview.candidate
    texts += [candidate.name, candidate.address or "", interview.next_steps.notes or ""]
    texts += [interview.closing_line or ""]
    return frozenset(fold(w) for text in texts for w in WORD.findall(text))
