"""Finding an interviewer from a name as people say it.

"Priya", "raman", "Dr Raman", "Siobhan" (without its accent), "Bob" (the
nickname), "Nunez Garcia" or the whole card name all find their person, as
long as only one person of the panel has that part. A name that fits
several people is an error listing them; one that fits nobody lists the
panel. Names are split into their parts by `thanknote.names.card_name`, the
same reading that greets them.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from thanknote.errors import ThanknoteError, UnknownRecipientError
from thanknote.model import Interview, Interviewer
from thanknote.patterns import Lazy

__all__ = ["AmbiguousRecipientError", "find_recipient", "recipient_index"]

_TABLE: Final = Lazy(r"\s*interviewers\[(\d+)\]\s*")
_PUNCTUATION: Final = Lazy(r"[.,;:()\[\]\"“”«»]")
_APOSTROPHES: Final = Lazy(r"['’‘`]")


class AmbiguousRecipientError(ThanknoteError, KeyError):
    """A name given for a recipient fits more than one person of the panel.

    Attributes:
        name: the name as given.
        matches: the card names it fits, with their tables ("interviewers[2]").
    """

    def __init__(self, name: str, matches: list[tuple[str, str]]) -> None:
        self.name, self.matches = name, matches
        choices = " or ".join(f"{card!r} ({table})" for card, table in matches)
        same = len({card for card, _ in matches}) == 1
        fix = (
            f"name the table instead, e.g. {matches[-1][1]!r}" if same else "give more of the name"
        )
        super().__init__(f"{name!r} could be {choices}; {fix}")

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


def find_recipient(interview: Interview, name: str) -> Interviewer:
    """The interviewer a name means: their card name, or any part of it people say.

    Args:
        interview: the interview whose panel to look in.
        name: the whole card name, a given name, family name or nickname,
            with or without accents, in any case ("siobhan", "Dr Raman");
            or the table, "interviewers[2]".

    Raises:
        UnknownRecipientError: nobody on the panel has that name.
        AmbiguousRecipientError: more than one person has it.
    """
    return interview.interviewers[recipient_index(interview, name)]


def recipient_index(interview: Interview, name: str) -> int:
    """The position (from 0) in `interview.interviewers` of the person `name` means.

    Raises:
        UnknownRecipientError: nobody on the panel has that name.
        AmbiguousRecipientError: more than one person has it.
    """
    people = interview.interviewers
    table = _TABLE.fullmatch(name)
    if table and 1 <= int(table.group(1)) <= len(people):
        return int(table.group(1)) - 1
    whole = _key(name)
    matches = [i for i, person in enumerate(people) if _key(person.name) == whole]
    if not matches:
        wanted = _words(name)
        if wanted:
            matches = [i for i, person in enumerate(people) if wanted <= _name_words(person)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UnknownRecipientError(name, [p.name for p in people])
    raise AmbiguousRecipientError(
        name, [(people[i].name, f"interviewers[{i + 1}]") for i in matches]
    )


def _key(text: str) -> str:
    """The whole name, compared as written: NFC, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _words(text: str) -> set[str]:
    """The words of a name as people say it: no accents, case, dots or apostrophes.

    A hyphenated name gives its parts too: "Núñez-García" is also "nunez"
    and "garcia".
    """
    from thanknote.names import fold

    folded = _APOSTROPHES.sub("", _PUNCTUATION.sub(" ", fold(text)))
    words = set(folded.split())
    words |= {part for word in list(words) for part in word.split("-") if part}
    return words


def _name_words(person: Interviewer) -> set[str]:
    """Every word by which people may name this person."""
    from thanknote.names import card_name

    name = card_name(person)
    parts = (name.honorific, name.given, name.middle, name.family, name.nickname, person.name)
    return set().union(*(_words(part) for part in parts if part))
