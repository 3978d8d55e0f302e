"""Who a note greets: the person named in its salutation, else in its first paragraph."""

from __future__ import annotations

from typing import NamedTuple

from thanknote.checks.people import People
from thanknote.checks.text import NoteText
from thanknote.model import Interview, Interviewer

__all__ = ["GREETINGS", "Greeting", "greeting"]

# Words that greet the person named after them ("Dear Priya", "Hi José").
GREETINGS = frozenset({"dear", "hi", "hello", "hey", "greetings"})
# A salutation line may also open "Good morning Priya," or "To Dr. Raman:".
_OPENERS = GREETINGS | {"good", "to"}
_SALUTATION_WORDS = 6  # a longer line ending in a comma is a sentence, not a salutation


class Greeting(NamedTuple):
    """The interviewer a note greets, and the span of their name there."""

    person: Interviewer
    start: int  # offsets into the note as given
    end: int


def greeting(note: NoteText, people: People, interview: Interview) -> Greeting | None:
    """Who the opening greets, with the span of their name there.

    The opening is the salutation line ("Dear Priya,"), after any "Subject:"
    line, or else the first paragraph. Of the interviewers named there, the one
    with the most name parts wins; on a tie, the first on the panel.
    """
    text = note.original
    start = len(text) - len(text.lstrip())
    if text[start:].lower().startswith("subject:"):  # an e-mail's subject line
        start = text.find("\n", start)
        start = len(text) if start < 0 else start + len(text[start:]) - len(text[start:].lstrip())
    line_end = text.find("\n", start)
    first_line = text[start : line_end if line_end >= 0 else len(text)]
    salutation = first_line.split(" ", 1)[0].strip(",").lower() in _OPENERS or (
        first_line.rstrip().endswith((",", ":")) and len(first_line.split()) <= _SALUTATION_WORDS
    )
    if salutation:
        end = start + len(first_line)
    else:
        paragraph_end = text.find("\n\n", start)
        end = paragraph_end if paragraph_end >= 0 else len(text)
    head = [w for w in note.words if start <= w.start < end]
    best: Greeting | None = None
    most = 0
    for index, person in enumerate(interview.interviewers):
        parts = people.parts_of[index]
        named = [w for w in head if w.text in parts]
        if len(named) > most:
            most = len(named)
            best = Greeting(person, named[0].start, named[-1].end)
    return best
