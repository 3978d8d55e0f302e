"""`greeting`: a salutation that is not a proper form of the person's name.

A business card prints more than the name: credentials ("RN, BSN"), notes in
brackets ("(Ret.)", "(she/her)"), generational suffixes ("Jr."). None of them
belongs in a greeting, and neither does a nickname the card (or the file) does
not give: "Dear Bob," to a card that says "Robert Smith" is a liberty.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from thanknote import patterns as rx
from thanknote.checks.context import Context
from thanknote.checks.registry import Hit, rule
from thanknote.model import Interviewer
from thanknote.patterns import Lazy

if TYPE_CHECKING:
    from nicknames import NickNamer

# Words that open a salutation line ("Dear Priya,", "Good morning Dr. Raman,").
_OPENERS = Lazy(r"(?i)^(dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b")
_WORD = Lazy(r"[^\W\d_][\w.'’-]*")
# Words of a salutation that are never a nickname.
_NOT_NICKNAMES = frozenset(
    """dear hi hello hey greetings good morning afternoon evening to and all team mr mrs ms mx
    miss dr prof professor sir madam""".split()
)


class _Line(NamedTuple):
    """The salutation line: where it starts and what it says."""

    start: int
    text: str


@rule("greeting", "error")
def improper_greeting(ctx: Context) -> Iterator[Hit]:
    """The salutation carries a credential, a bracketed note or a lone suffix from the
    card, or a nickname the card does not give."""
    line = _salutation(ctx.text.original)
    person = ctx.greeting.person if ctx.greeting else ctx.recipient
    if person is None and len(ctx.interview.interviewers) == 1:
        person = ctx.interview.interviewers[0]  # a one-to-one interview: who else
    if line is None or person is None:
        return
    from thanknote.names import card_name, forms_of_address, in_a_letter

    if person.salutation and any(
        _same(line.text, said) for said in (person.salutation, in_a_letter(person.salutation))
    ):
        return  # the user's own words for this person, as a letter opens with them too

    card = card_name(person)
    forms = forms_of_address(person)
    bracket = rx.search(r"\([^()]*\)", line.text)
    if bracket and bracket.group() not in (person.honorific or ""):
        # not one the file's honorific gives: "Chief (Mrs.) Eze-Nwachukwu" is as asked
        # (set HB's reader failed the greeting without it)
        yield _hit(line, bracket.start(), bracket.end(), f"{bracket.group()!r} is a note on the "
                   "card, not part of a greeting", person)  # fmt: skip
        return
    credentials = {w.strip(".,").casefold() for w in rx.split(r"[\s,]+", card.suffix) if w}
    # a title the note addresses them by is no credential, whatever the card prints after
    # the name: "Dr." of "prim. dr. sc. Ante Jurić, dr. med." (set DV)
    credentials -= {
        w.strip(".,").casefold() for w in f"{forms.honorific} {person.honorific or ''}".split()
    }
    for word in _WORD.finditer(line.text):
        bare = word.group().strip(".,").casefold()
        if bare in credentials:
            yield _hit(line, word.start(), word.end(), f"{word.group().strip(',')!r} is a "
                       "credential on the card, not part of a greeting", person)  # fmt: skip
            return
    on_card = {w.casefold() for w in rx.findall(r"[^\W\d_]+", person.name)}
    nickname = _unknown_nickname(line.text, card.given, {card.nickname, person.nickname, *on_card})
    if nickname is not None:
        start, end, name = nickname
        yield _hit(line, start, end, f"{name!r} is a nickname the card does not give; greet "
                   f"{forms.warm_address!r} unless they asked you to", person)  # fmt: skip


def _hit(line: _Line, start: int, end: int, message: str, person: Interviewer) -> Hit:
    from thanknote.names import forms_of_address

    forms = forms_of_address(person)
    formal = any(part and part in line.text for part in (forms.family, forms.honorific))
    suggestion = forms.formal_salutation if formal else forms.warm_salutation
    return Hit(line.start + start, line.start + end, f"{message}.", suggestion)


def _salutation(text: str) -> _Line | None:
    """The line that greets, below any letter heading or "Subject:" line."""
    from thanknote.checks.greeting import greeting_line

    line = greeting_line(text)
    if line is None or not _OPENERS.match(line[1]):
        return None
    return _Line(*line)


def _same(line: str, salutation: str) -> bool:
    def squash(text: str) -> str:
        return " ".join(text.casefold().rstrip(",:!").split())

    return squash(line) == squash(salutation)


def _unknown_nickname(
    line: str, given: str, allowed: set[str | None]
) -> tuple[int, int, str] | None:
    """A word of the line that is a nickname of the given name ("Bob" for
    Robert), when the card and the file give no such nickname."""
    if not given:
        return None
    given_words = {g.casefold() for g in given.split()}
    allowed_words = {a.casefold() for a in allowed if a}
    words = {w.group().strip(".,:!").casefold() for w in _WORD.finditer(line)}
    if words <= given_words | allowed_words | _NOT_NICKNAMES:
        return None  # "Dear Priya,": nothing to look up (the table takes a while to load)
    nicknames = set().union(*(_nicknames_of(g) for g in given_words)) - given_words
    for word in _WORD.finditer(line):
        folded = word.group().strip(".,:!").casefold()
        if folded in nicknames and folded not in allowed_words:
            return word.start(), word.start() + len(word.group().rstrip(".,:!")), word.group()
    return None


@cache
def _nicknames_of(given: str) -> frozenset[str]:
    """The nicknames English gives a name (the `nicknames` package's curated list,
    loaded on the first greeting that needs it)."""
    if not given.isalpha():
        return frozenset()
    return frozenset(_namer().nicknames_of(given))


@cache
def _namer() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()
