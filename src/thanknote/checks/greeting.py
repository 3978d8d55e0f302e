"""Who a note greets: the person named on the line that greets, else in its first words."""

from __future__ import annotations

from typing import NamedTuple

from thanknote.checks.people import People
from thanknote.checks.text import WORD, NoteText, Word, fold
from thanknote.model import Interview, Interviewer
from thanknote.patterns import Lazy

__all__ = ["GREETINGS", "Greeting", "greeting", "greeting_line", "opening"]

# Words that greet the person named after them ("Dear Priya", "Hi José").
GREETINGS = frozenset({"dear", "hi", "hello", "hey", "greetings"})
# A line that greets: "Dear Priya,", "Good morning Dr. Raman,", "To Dr. Raman:".
_GREETING_LINE = Lazy(
    r"(?i)(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))\b"
    r"|to\b(?=[^\n]*[,:]\s*$)"
)
_SALUTATION_WORDS = 6  # a longer line ending in a comma is a sentence, not a salutation
# A letter's heading (sender, date, recipient) is short lines; the first longer
# line is the body, and a greeting below it is not the note's.
_HEADING_LINE_WORDS = 10
# What may stand between the words of a company's name: "Hallorann & Sons".
_COMPANY_GAP = Lazy(r"[^\S\n]*&?[^\S\n]*|\.\s|-")


class Greeting(NamedTuple):
    """The interviewer a note greets, and the span of their name there."""

    person: Interviewer
    start: int  # offsets into the note as given
    end: int


def greeting(note: NoteText, people: People, interview: Interview) -> Greeting | None:
    """Who the opening greets, with the span of their name there.

    The opening is the line that greets ("Dear Priya,", "Hi José", below a
    letter's heading or a "Subject:" line), else a first line that is a
    salutation on its own ("Dr. Raman,"), else the note's first sentence
    ("Priya – thanks for today!"). Words of the company's name there ("Hallorann &
    Sons") greet nobody. Of the interviewers named, the one with the most
    name parts wins; on a tie, the one named first.
    """
    start, end = opening(note)
    if start >= end:
        return None
    head = [w for w in note.words if start <= w.start < end]
    head = _without_company(note, head, interview.company)
    best: Greeting | None = None
    best_key = (0, 0)
    for index, person in enumerate(interview.interviewers):
        parts = people.parts_of[index]
        named = [w for w in head if w.text in parts]
        if not named:
            continue
        key = (len(named), -named[0].start)
        if key > best_key:
            best_key = key
            best = Greeting(person, named[0].start, named[-1].end)
    return best


def opening(note: NoteText) -> tuple[int, int]:
    """The span of the note that greets its reader (offsets into the note as given)."""
    greets = greeting_line(note.original)
    if greets is not None:
        return greets[0], greets[0] + len(greets[1])
    lines = _lines(note.original)
    if not lines:
        return 0, 0
    start, line = lines[0]
    stripped = line.rstrip()
    if stripped.endswith((",", ":")) and len(stripped.split()) <= _SALUTATION_WORDS:
        return start, start + len(stripped)
    first = next((s for s in note.sentences if s.end > start), None)
    return start, first.end if first else start + len(stripped)


def greeting_line(text: str) -> tuple[int, str] | None:
    """The line that greets ("Dear Priya,"), with its offset, among the note's first lines.

    The lines of a letter's heading (sender, date, recipient) and a "Subject:"
    line may come before it; a reply's quoted message (lines that start with
    ">") never holds it.
    """
    for start, line in _lines(text):
        stripped = line.rstrip()
        if len(stripped.split()) > _HEADING_LINE_WORDS:
            return None
        if _GREETING_LINE.match(stripped):
            return start, stripped
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    """The note's lines that are not blank, with their offsets, after any "Subject:" line."""
    out: list[tuple[int, str]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        stripped = line.lstrip()
        quoted = stripped.startswith(">")  # a reply's quoted message greets the writer
        subject = not out and stripped.lower().startswith("subject:")
        if stripped and not quoted and not subject:
            out.append((offset + len(line) - len(stripped), stripped))
        offset += len(raw)
    return out


def _without_company(note: NoteText, words: list[Word], company: str) -> list[Word]:
    """The words, less those that stand in the company's name ("Hallorann & Sons")."""
    names = [fold(w) for w in WORD.findall(company)]
    if len(names) < 2 or not words:
        return words
    inside: set[int] = set()
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        folded = fold(word.text)
        for k in range(len(names) - 1):
            if (
                folded == names[k]
                and fold(after.text) == names[k + 1]
                and note.adjacent(word, after, _COMPANY_GAP)
            ):
                inside.update((word.position, after.position))
    return [w for w in words if w.position not in inside]
