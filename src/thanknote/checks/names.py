"""`name-misspelled` and `title-mismatch`: names compared with the business cards.

Names are never looked up in a dictionary: a misspelt name is often a real
word or another real name (Allen for Alan, Green for Greene). Each capitalised
word is compared with every name part on the cards; one that is close to a
part but not equal to it is flagged where it stands as a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from thanknote.checks.dictionary import is_common_word
from thanknote.checks.people import HONORIFICS, Part, People, canonical_honorific
from thanknote.checks.similarity import distance, sound_key
from thanknote.checks.text import NoteText, Word, fold
from thanknote.model import Finding
from thanknote.names import PARTICLES

_GREETINGS = frozenset("dear hi hello hey greetings morning afternoon evening thanks".split())
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


@dataclass(frozen=True, slots=True)
class _Match:
    part: Part
    how: str  # "diacritics", "case" or "spelling"


def name_findings(note: NoteText, people: People, extra_known: Iterable[str] = ()) -> list[Finding]:
    """Find names written differently from the cards, and wrong honorifics."""
    extra = {fold(w) for w in extra_known}
    known = people.vocabulary | extra if extra else people.vocabulary
    words = note.words
    signature_from = _signature_start(note)
    findings: list[Finding] = []
    for word in words:
        text = word.text
        if text in people.exact or not text[:1].isalpha():
            honorific = _title_mismatch(note, people, word)
            if honorific:
                findings.append(honorific)
            continue
        match = _closest(text, people, known)
        if match is None:
            continue
        if not _stands_as_name(note, people, word, match, signature_from):
            continue
        suggestion = (
            match.part.text.upper() if text.isupper() and len(text) > 1 else match.part.text
        )
        findings.append(
            Finding(
                code="name-misspelled",
                severity="error",
                message=_message(match, people, text),
                start=word.start,
                end=word.end,
                suggestion=suggestion,
            )
        )
        honorific = _title_mismatch(note, people, word, match.part)
        if honorific:
            findings.append(honorific)
    return findings


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
    key = sound_key(folded)
    best: tuple[int, int, Part] | None = None
    if folded in _GREETINGS or folded in _CLOSINGS:
        return None
    for part in people.parts:
        size = len(part.folded)
        if size < 2 or abs(size - len(folded)) > 3 or part.folded in PARTICLES:
            continue
        edits = distance(folded, part.folded)
        alike = key == part.key
        if size == 2:  # "Lee" for "Li": only a same-sounding word, judged by context later
            if alike and edits <= 2 and len(folded) <= 4:
                rank = (edits, 1, part)
                if best is None or rank[:2] < best[:2]:
                    best = rank
            continue
        if (
            (edits == 1 and (size >= 4 or alike))
            or (edits == 2 and (size >= 7 or (alike and size >= 4)))
            or (edits in (3, 4) and alike and size >= 4)
        ):
            rank = (edits - (1 if alike else 0), 0 if part.kind == "family" else 1, part)
            if best is None or rank[:2] < best[:2]:
                best = rank
    return _Match(best[2], "spelling") if best else None


def _stands_as_name(
    note: NoteText, people: People, word: Word, match: _Match, signature_from: int
) -> bool:
    """Whether the word is used as a name here (not as an ordinary word)."""
    words = note.words
    before = words[word.position - 1] if word.position > 0 else None
    after = words[word.position + 1] if word.position + 1 < len(words) else None
    person = match.part.person
    text = word.text

    if match.how == "case":
        if text.isupper() and len(text) > 1:
            return False  # ALL-CAPS headings are fine
        if text.lower() in PARTICLES or match.part.text.lower() in PARTICLES:
            return False  # "Van der Berg" at the start of a sentence
        if text.islower():  # "will" for Will, "a baker's dozen" for Baker
            return not word.possessive and _strong_context(
                note, people, word, before, after, person, signature_from
            )
        if text[0].isupper() and text[1:] == match.part.text[1:] and word.sentence_start:
            return True
    if text.islower():  # "a guardian angel" beside a card for Ángel; "a baker's dozen"
        if word.possessive or not _strong_context(
            note, people, word, before, after, person, signature_from
        ):
            return False
        return not is_common_word(text)
    if _other_person(note, people, word, before, after, person):
        return False
    if match.how != "spelling":
        return True
    if _strong_context(note, people, word, before, after, person, signature_from):
        return True
    if len(match.part.folded) <= 3:
        return False  # too short to judge outside a clear name position
    if distance(fold(text), match.part.folded) >= 3:
        return False  # "Aaron" for "Erin" only where it clearly stands as the name
    if not word.sentence_start:
        return True  # capitalised in mid-sentence: a proper noun
    return not is_common_word(text)


def _strong_context(
    note: NoteText,
    people: People,
    word: Word,
    before: Word | None,
    after: Word | None,
    person: int,
    signature_from: int,
) -> bool:
    if word.possessive:
        return True
    if before is not None and _adjacent(note, before, word):
        lower = before.text.lower()
        if lower in _GREETINGS or lower in HONORIFICS:
            return True
        if (
            lower == "you"
            and before.position > 0
            and note.words[before.position - 1].text.lower() == "thank"
        ):
            return True
        if _part_of(people, before.text, person):
            return True
    if after is not None and _adjacent(note, word, after) and _part_of(people, after.text, person):
        return True
    if word.start >= signature_from:
        return True
    line_end = note.original.find("\n", word.end)
    rest = note.original[word.end : line_end if line_end >= 0 else len(note.original)]
    return word.sentence_start and rest.strip() in {",", ":", "!"}


def _other_person(
    note: NoteText,
    people: People,
    word: Word,
    before: Word | None,
    after: Word | None,
    person: int,
) -> bool:
    """True when a neighbouring name shows this is someone not on the card."""
    if _addressed(note, word):
        return False  # "Dear Ms. Ni Dhomnaill": the reader, however spelt
    for neighbour, left, right in ((before, before, word), (after, word, after)):
        if neighbour is None or left is None or right is None:
            continue
        if not _adjacent(note, left, right):
            continue
        text = neighbour.text
        if not text[0].isupper() or len(text) < 2:
            continue
        lower = text.lower().rstrip(".")
        if lower in HONORIFICS or lower in _GREETINGS or lower in PARTICLES:
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
        if not _adjacent(note, before, words[index]):
            return False
        lower = before.text.lower().rstrip(".")
        if lower in _GREETINGS or lower in HONORIFICS:
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


def _adjacent(note: NoteText, left: Word, right: Word) -> bool:
    gap = note.gap(left, right)
    return gap in {" ", "-", ". ", " \u00a0", "\u00a0"} or (gap.strip() == "" and "\n" not in gap)


def _title_mismatch(
    note: NoteText, people: People, word: Word, part: Part | None = None
) -> Finding | None:
    """ "Mr. Raman" or "Ms. Raman" where the card says "Dr. Priya Raman"."""
    if word.position == 0:
        return None
    before = note.words[word.position - 1]
    written = canonical_honorific(before.text)
    if not written or not _adjacent(note, before, word):
        return None
    parts = [part] if part else [p for p in people.parts if p.text == word.text]
    for candidate in parts:
        person = people.people[candidate.person]
        allowed = {canonical_honorific(w) for w in person.name.honorific.split()} | {
            person.honorific
        }
        if person.honorific and written not in allowed and candidate.kind == "family":
            expected = person.formal  # "Dr. Raman", "Lieutenant Commander Hollis"
            return Finding(
                code="title-mismatch",
                severity="warning",
                message=f"{person.card}'s card says {person.honorific}, not {written}",
                start=before.start,
                end=word.end,
                suggestion=expected,
            )
    return None


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
