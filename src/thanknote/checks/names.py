"""`name-misspelled` and `title-mismatch`: names compared with the business cards.

Names are never looked up in a dictionary: a misspelt name is often a real
word or another real name (Allen for Alan, Green for Greene). Each capitalised
word is compared with every name part on the cards; one that is close to a
part but not equal to it is flagged where it stands as a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple

from thanknote.checks.context import Context
from thanknote.checks.dictionary import is_common_word
from thanknote.checks.greeting import GREETINGS, greeting_line
from thanknote.checks.people import HONORIFICS, Part, People, Person, canonical_honorific
from thanknote.checks.registry import Hit, rule
from thanknote.checks.similarity import distance, sound_key
from thanknote.checks.text import NoteText, Word, fold
from thanknote.names import PARTICLES
from thanknote.patterns import Lazy

# Words that address the name after them ("Good morning Priya", "Thanks Priya")
# as greetings do, and that are never themselves a misspelt name.
_ADDRESSING = GREETINGS | {"morning", "afternoon", "evening", "thanks"}
# Words of sign-offs ("Kind regards,"), which stand where a signature does.
_CLOSINGS = frozenset(
    """kind best warm warmest regards sincerely yours cheers respectfully cordially many with
    all thank gratefully faithfully truly""".split()
)
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
_SIGNATURE_LINES = 4
# Words that "'s" follows as "is", "has" or "us", not as a possessive ("Here's", "Let's").
_CONTRACTED = frozenset(
    """here there where what that it let who how he she when why this one nobody everyone
    everybody someone somebody today now""".split()
)
# What may stand between the words of one name: "Dr. Raman", "Núñez García", "Jean-Luc".
_NAME_GAP = Lazy(r"[^\S\n]*|-|\. ")


class _Match(NamedTuple):
    """The card name part a word is a variant of, and how it differs."""

    part: Part
    how: Literal["diacritics", "case", "spelling"]


class _Misspelt(NamedTuple):
    """A word that stands as a misspelt name, and the card name part it stands for."""

    word: Word
    match: _Match


class _Candidate(NamedTuple):
    """A name part a word is close to, ranked: fewer edits, then family names first."""

    edits: int
    rank: int  # 0 for a family name, 1 for other parts
    part: Part


class _Neighbours(NamedTuple):
    """The words on either side of a word that may stand as a name."""

    before: Word | None
    after: Word | None


@rule("name-misspelled", "error")
def misspelt_names(ctx: Context) -> Iterator[Hit]:
    """Names written differently from the cards, where they stand as names."""
    for word, match in ctx.shared(_misspelt).values():
        text = word.text
        suggestion = (
            match.part.text.upper() if text.isupper() and len(text) > 1 else match.part.text
        )
        yield Hit(word.start, word.end, _message(match, ctx.people, text), suggestion)


@rule("title-mismatch", "warning")
def wrong_titles(ctx: Context) -> Iterator[Hit]:
    """ "Ms. Raman" where the card says "Dr. Priya Raman"."""
    misspelt = ctx.shared(_misspelt)
    for word in ctx.text.words:
        if word.text in ctx.people.exact or not word.text[:1].isalpha():
            hit = _title_mismatch(ctx.text, ctx.people, word)
        elif word.position in misspelt:
            hit = _title_mismatch(ctx.text, ctx.people, word, misspelt[word.position].match.part)
        else:
            continue
        if hit is not None:
            yield hit


def _misspelt(ctx: Context) -> dict[int, _Misspelt]:
    """The words that stand as misspelt names, by their position in the note.

    Both rules of this module read it, through `ctx.shared`: it is worked out
    once per note. A word is one finding: a word of a mention of the company
    ("Halloran & Sons") is the company's, and a lone word that is also near
    the company's name is a person's only where it stands as a name (after
    "Dear" or a title).
    """
    from thanknote.checks.company import mentions

    note, people, known = ctx.text, ctx.people, ctx.plain_words
    reading = _Reading(note, people, _signature_start(note), _lower_case(note))
    company_words: set[int] = set()
    lone_company: set[int] = set()
    for mention in ctx.shared(mentions):
        if mention.words > 1:
            company_words.update(range(mention.first.position, mention.last.position + 1))
        elif not mention.exact:
            lone_company.add(mention.first.position)
    greeted = greeting_line(note.original)
    greet_from, greet_to = (greeted[0], greeted[0] + len(greeted[1])) if greeted else (0, 0)
    found: dict[int, _Misspelt] = {}
    for word in note.words:
        text = word.text
        if text in people.exact or not text[:1].isalpha() or word.position in company_words:
            continue
        match = _closest(text, people, known)
        if match is None and greet_from <= word.start < greet_to:
            match = _greeted_variant(ctx, word)
        if match is None or _is_title(note, word) or not _stands_as_name(reading, word, match):
            continue  # (a title before a name, "Mrs." for "Marsh", is no misspelt name)
        if word.position in lone_company and not _addressed(note, word):
            continue  # "at Halloran": the company, not Dana Hallorann
        found[word.position] = _Misspelt(word, match)
    return found


def person_words(ctx: Context) -> frozenset[int]:
    """The positions of the words that stand as misspelt names (the company check's
    lone near misses give way to them)."""
    return frozenset(ctx.shared(_misspelt))


class _Reading(NamedTuple):
    """What the name rules read of a note as a whole."""

    note: NoteText
    people: People
    signature_from: int  # where the sign-off block starts
    lower_case: bool  # typed in small letters throughout ("hi tomasz, thx for today")


def _lower_case(note: NoteText) -> bool:
    """Whether the note is typed in small letters: most of its sentences start with one."""
    starts = [w.text[0] for w in note.words if w.sentence_start]
    small = sum(1 for c in starts if c.islower())
    return small >= 2 and 2 * small >= len(starts)


def _is_title(note: NoteText, word: Word) -> bool:
    """Whether the word is a title before a name ("Mrs. Appiah", "Captain Dunbar")."""
    lower = word.text.lower()
    if lower in HONORIFICS:
        return True
    words = note.words
    if word.position + 1 >= len(words) or not canonical_honorific(word.text):
        return False
    after = words[word.position + 1]
    return after.text[:1].isupper() and note.adjacent(word, after, _NAME_GAP)


def _greeted_variant(ctx: Context, word: Word) -> _Match | None:
    """The name a greeted word stands for, when it is no name on the cards.

    "Dear Olusola," to Dr. Oluseyi Ogunleye: a word in the greeting's name
    place that shares the first letters and about the length of the
    recipient's given or family name (of anyone on the panel when the
    recipient is not known) is that name, written as another real name.
    """
    text = word.text
    folded = fold(text)
    if (
        len(folded) < 4
        or not text[:1].isupper()
        or text.isupper()
        or folded in ctx.known_words
        or folded in _ADDRESSING
        or folded in _CLOSINGS
        or is_common_word(text)
        or not _addressed(ctx.text, word)
    ):
        return None
    people = ctx.people
    recipient = ctx.given_recipient
    wanted = (
        {ctx.interview.interviewers.index(recipient)}
        if recipient is not None and recipient in ctx.interview.interviewers
        else {i for i, p in enumerate(people.people) if p.role == "interviewer"}
    )
    best: tuple[int, Part] | None = None
    for part in people.parts:
        if part.person not in wanted or part.kind == "middle" or len(part.folded) < 4:
            continue
        if abs(len(part.folded) - len(folded)) > 2 or folded[:3] != part.folded[:3]:
            continue
        edits = distance(folded, part.folded)
        if edits <= max(2, len(part.folded) // 2) and (best is None or edits < best[0]):
            best = (edits, part)
    return _Match(best[1], "spelling") if best else None


def _message(match: _Match, people: People, text: str) -> str:
    person = people.people[match.part.person]
    whose = "your own name" if person.role == "candidate" else f"{person.card}'s card"
    reason = {
        "diacritics": "accents differ from",
        "case": "capitalisation differs from",
        "spelling": "is spelled differently on",
    }[match.how]
    return f"{text!r} {reason} {whose}: write {match.part.text!r}."


def _closest(text: str, people: People, known: frozenset[str]) -> _Match | None:
    """The card name part this word is a variant of, if any."""
    folded = fold(text)
    same = people.by_fold.get(folded)
    if same:
        part = same[0]
        if text.casefold() == part.text.casefold():
            return _Match(part, "case")
        return _Match(part, "diacritics")
    if not text[0].isupper() or len(text) < 3 or folded in known or folded in _CALENDAR:
        return None
    if folded in _ADDRESSING or folded in _CLOSINGS:
        return None
    key = sound_key(folded)
    best: _Candidate | None = None
    for part in people.parts:
        size = len(part.folded)
        if size < 2 or abs(size - len(folded)) > 3 or part.folded in PARTICLES:
            continue
        edits = distance(folded, part.folded)
        alike = key == part.key
        candidate: _Candidate | None = None
        if size == 2:  # "Lee" for "Li": only a same-sounding word, judged by context later
            if alike and edits <= 2 and len(folded) <= 4:
                candidate = _Candidate(edits, 1, part)
        elif (
            (edits == 1 and (size >= 4 or alike))
            or (edits == 2 and (size >= 7 or (alike and size >= 4)))
            or (edits in (3, 4) and alike and size >= 4)
        ):
            candidate = _Candidate(
                edits - (1 if alike else 0), 0 if part.kind == "family" else 1, part
            )
        # The first part of the best rank wins: cards are read in panel order.
        if candidate is not None and (
            best is None or (candidate.edits, candidate.rank) < (best.edits, best.rank)
        ):
            best = candidate
    return _Match(best.part, "spelling") if best else None


def _stands_as_name(reading: _Reading, word: Word, match: _Match) -> bool:
    """Whether the word is used as a name here (not as an ordinary word)."""
    note, people, signature_from = reading.note, reading.people, reading.signature_from
    words = note.words
    around = _Neighbours(
        words[word.position - 1] if word.position > 0 else None,
        words[word.position + 1] if word.position + 1 < len(words) else None,
    )
    person = match.part.person
    text = word.text

    if match.how == "case":
        if text.isupper() and len(text) > 1:
            return False  # ALL-CAPS headings are fine
        if match.part.text.islower() or text.lower() in PARTICLES:
            # A particle ("van", the Catalan "i") is written as the card has it
            # inside the name: "Joost Van Dijk" is wrong, "Van Dijk" alone and
            # the pronoun "I" are not.
            return _inside_name(note, people, word, around, person)
        if text.islower():  # "will" for Will, "a baker's dozen" for Baker
            if reading.lower_case or word.start >= signature_from:
                return False  # typed in small letters, or signed so ("- sam")
            return not word.possessive and _strong_context(
                note, people, word, around, person, signature_from
            )
        if text[0].isupper() and text[1:] == match.part.text[1:] and word.sentence_start:
            return True
    if text.islower():  # "a guardian angel" beside a card for Ángel; "a baker's dozen"
        if word.possessive or not _strong_context(
            note, people, word, around, person, signature_from
        ):
            return False
        return not is_common_word(text)
    if _other_person(note, people, word, around, person):
        return False
    if match.how != "spelling":
        return True
    if word.sentence_start and is_common_word(text) and not _possessive(word):
        # "Here's", "Part of me", "Well, ...": an everyday word starting a sentence
        # is a name only beside a title or another part of the name, or as a
        # line of its own that greets ("Mark," for Marc).
        return _beside_name(note, people, word, around, person) or _greets_alone(note, word)
    if _strong_context(note, people, word, around, person, signature_from):
        return True
    if len(match.part.folded) <= 3:
        return False  # too short to judge outside a clear name position
    if distance(fold(text), match.part.folded) >= 3:
        return False  # "Aaron" for "Erin" only where it clearly stands as the name
    if not word.sentence_start:
        return True  # capitalised in mid-sentence: a proper noun
    return not is_common_word(text)


def _greets_alone(note: NoteText, word: Word) -> bool:
    """Whether the word stands alone on its line, before a comma or colon ("Mark,")."""
    text = note.original
    line_start = text.rfind("\n", 0, word.start) + 1
    line_end = text.find("\n", word.end)
    rest = text[word.end : line_end if line_end >= 0 else len(text)]
    return not text[line_start : word.start].strip() and rest.strip() in {",", ":", "!"}


def _possessive(word: Word) -> bool:
    """A possessive ("Green's team"), not a word with "is" or "us" run on ("Here's")."""
    return word.possessive and word.text.lower() not in _CONTRACTED


def _inside_name(
    note: NoteText, people: People, word: Word, around: _Neighbours, person: int
) -> bool:
    """Whether the word stands between two other parts of the person's name."""
    before, after = around
    return (
        before is not None
        and after is not None
        and not before.text.islower()
        and before.text.lower().rstrip(".") not in HONORIFICS
        and note.adjacent(before, word, _NAME_GAP)
        and note.adjacent(word, after, _NAME_GAP)
        and _part_of(people, before.text, person)
        and _part_of(people, after.text, person)
    )


def _beside_name(
    note: NoteText, people: People, word: Word, around: _Neighbours, person: int
) -> bool:
    """Whether a title, a greeting or another part of the name stands next to the word."""
    before, after = around
    if before is not None and note.adjacent(before, word, _NAME_GAP):
        lower = before.text.lower()
        if lower in _ADDRESSING or lower in HONORIFICS or _part_of(people, before.text, person):
            return True
    return (
        after is not None
        and note.adjacent(word, after, _NAME_GAP)
        and _part_of(people, after.text, person)
    )


def _strong_context(
    note: NoteText,
    people: People,
    word: Word,
    around: _Neighbours,
    person: int,
    signature_from: int,
) -> bool:
    """Whether the word's place makes it a name: after "Dear", in the signature..."""
    if _possessive(word):
        return True  # "Pryia's team", "Green's team" (but "Here's", "Let's")
    before, after = around
    if before is not None and note.adjacent(before, word, _NAME_GAP):
        lower = before.text.lower()
        if lower in _ADDRESSING or lower in HONORIFICS:
            return True
        if (
            lower == "you"
            and before.position > 0
            and note.words[before.position - 1].text.lower() == "thank"
        ):
            return True
        if _part_of(people, before.text, person):
            return True
    if (
        after is not None
        and note.adjacent(word, after, _NAME_GAP)
        and _part_of(people, after.text, person)
    ):
        return True
    if word.start >= signature_from:
        return True
    line_end = note.original.find("\n", word.end)
    rest = note.original[word.end : line_end if line_end >= 0 else len(note.original)]
    return word.sentence_start and rest.strip() in {",", ":", "!"}


def _other_person(
    note: NoteText, people: People, word: Word, around: _Neighbours, person: int
) -> bool:
    """True when a neighbouring name shows this is someone not on the card."""
    if _addressed(note, word):
        return False  # "Dear Ms. Ni Dhomnaill": the reader, however spelt
    before, after = around
    for neighbour, left, right in ((before, before, word), (after, word, after)):
        if neighbour is None or left is None or right is None:
            continue
        if not note.adjacent(left, right, _NAME_GAP) or right.sentence_start:
            continue  # (a sentence that ends between them parts two names: "Jose. TODO")
        text = neighbour.text
        if not text[0].isupper() or len(text) < 2:
            continue
        lower = text.lower().rstrip(".")
        if lower in HONORIFICS or lower in _ADDRESSING or lower in PARTICLES:
            continue
        if neighbour.sentence_start and is_common_word(text):
            continue
        if _part_of(people, text, person):
            continue
        return True
    return False


def _addressed(note: NoteText, word: Word) -> bool:
    """Whether the run of capitalised words holding `word` follows "Dear", "Hi" or "Dr."."""
    words = note.words
    index = word.position
    while index > 0:
        before = words[index - 1]
        if not note.adjacent(before, words[index], _NAME_GAP):
            return False
        lower = before.text.lower().rstrip(".")
        if lower in _ADDRESSING or lower in HONORIFICS:
            return True
        if not before.text[:1].isupper():
            return False
        index -= 1
    return False


def _part_of(people: People, text: str, person: int) -> bool:
    """Whether `text` is a part of this person's name, accents and case aside.

    A neighbour that is only close to the card ("Katharine Bramwell" beside a
    card for Katherine Bramhall) does not make a same-person name: two near
    misses side by side are more often someone else.
    """
    folded = fold(text)
    return any(part.person == person and part.folded == folded for part in people.parts)


def _title_mismatch(
    note: NoteText, people: People, word: Word, part: Part | None = None
) -> Hit | None:
    """ "Mr. Raman" or "Ms. Raman" where the card says "Dr. Priya Raman"."""
    if word.position == 0:
        return None
    before = note.words[word.position - 1]
    written = canonical_honorific(before.text)
    if not written or not note.adjacent(before, word, _NAME_GAP):
        return None
    parts = [part] if part else [p for p in people.parts if p.text == word.text]
    # Whose family name this is: anyone the title fits (two panel members may
    # share one), else the first it does not fit.
    mismatch: Person | None = None
    for candidate in parts:
        if candidate.kind != "family":
            continue
        person = people.people[candidate.person]
        allowed = {canonical_honorific(w) for w in person.name.honorific.split()} | {
            person.honorific
        }
        if not person.honorific or written in allowed:
            return None
        mismatch = mismatch or person
    if mismatch is None:
        return None
    return Hit(
        before.start,
        word.end,
        f"{mismatch.card}'s card says {mismatch.honorific}, not {written}",
        mismatch.formal,  # "Dr. Raman", "Lieutenant Commander Hollis"
    )


def _signature_start(note: NoteText) -> int:
    """Where the sign-off block starts: the last few short lines of the note."""
    lines = note.original.rstrip().split("\n")
    offset = len(note.original.rstrip())
    start = offset
    counted = 0
    for line in reversed(lines):
        offset -= len(line)
        if line.strip():
            if len(line.split()) > 4 or counted >= _SIGNATURE_LINES:
                break
            counted += 1
            start = offset
        offset -= 1
    return start
