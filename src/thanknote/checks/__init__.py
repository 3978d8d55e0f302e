"""`check()`: find what is wrong with a thank-you note, drafted or typed by hand.

Checks return `Finding`s in text order; they raise only when the input cannot
be checked at all. One module per family of findings:

- names: `name-misspelled`, `title-mismatch`
- company: `company-misspelled`
- interest: `missing-interest`
- basics: `missing-thanks`, `placeholder`, `missing-topic`, `too-long`
- spelling: `spelling`
- panel: `too-similar` (several notes for one interview)
- follow_up: `follow-up-conflict`
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from thanknote.errors import UnknownRecipientError
from thanknote.model import Finding, Interview, Interviewer, Note

if TYPE_CHECKING:
    from thanknote.checks.text import NoteText

# The check modules compile many patterns and load the dictionary: they are
# imported on the first check, so that `import thanknote` stays light.

__all__ = ["CODES", "check", "check_panel", "infer_recipient"]

CODES: dict[str, str] = {
    "name-misspelled": "error",
    "company-misspelled": "error",
    "title-mismatch": "warning",
    "missing-interest": "error",
    "missing-thanks": "error",
    "placeholder": "error",
    "missing-topic": "warning",
    "spelling": "warning",
    "too-long": "warning",
    "too-similar": "warning",
    "follow-up-conflict": "warning",
}
_HAND_WRITTEN = frozenset({"card"})
_GREETINGS = frozenset({"dear", "hi", "hello", "hey", "good", "greetings", "to"})


def check(
    text: str,
    interview: Interview,
    *,
    recipient: Interviewer | str | None = None,
    words: Iterable[str] = (),
    template: str | None = None,
) -> list[Finding]:
    """Check one note against its interview.

    Args:
        text: the note, as drafted or as typed.
        interview: the interview it is about: names, company, topics.
        recipient: the interviewer it is for (or their card name); when not
            given, the person greeted in the note is assumed.
        words: extra words the spelling check must accept.
        template: the template the note came from; `too-long` applies to
            hand-written cards (`"card"`, or an unknown template).

    Returns:
        The findings, in the order their spans start in `text`.
    """
    from thanknote.checks.basics import (
        length_findings,
        placeholder_findings,
        thanks_findings,
        topic_findings,
    )
    from thanknote.checks.company import company_findings
    from thanknote.checks.interest import interest_findings
    from thanknote.checks.names import name_findings
    from thanknote.checks.people import people_of
    from thanknote.checks.spelling import spelling_findings
    from thanknote.checks.text import NoteText, fold

    note = NoteText(text)
    people = people_of(interview)
    person = _recipient(interview, recipient) or infer_recipient(note, interview)
    user_words = tuple(words)
    findings: list[Finding] = []
    findings += name_findings(note, people, user_words)
    findings += company_findings(note, interview.company)
    findings += placeholder_findings(note, _interview_texts(interview))
    flagged = {(f.start, f.end) for f in findings}
    known = people.vocabulary | {p.folded for p in people.parts} | {fold(w) for w in user_words}
    findings += spelling_findings(note, known, flagged)
    if note.normal.strip():
        findings += thanks_findings(note)
        findings += interest_findings(note, interview.company)
        topics = (person.topics if person and person.topics else ()) or _all_topics(interview)
        findings += topic_findings(note, topics)
        if template is None or template in _HAND_WRITTEN:
            findings += length_findings(note)
        findings += _follow_up(text, interview, person)
    return sorted(findings, key=lambda f: (f.start, f.end))


def check_panel(
    notes: Sequence[Note | str],
    interview: Interview,
    *,
    words: Iterable[str] = (),
) -> list[list[Finding]]:
    """Check several notes for one interview together.

    Each note is checked as by `check`; in addition, two notes to different
    panel members that share most of their sentences get `too-similar`.

    Returns:
        The findings of each note, in the order the notes were given.
    """
    from thanknote.checks.panel import similarity_findings
    from thanknote.checks.text import NoteText

    user_words = tuple(words)
    texts: list[str] = []
    recipients: list[Interviewer | None] = []
    person: Interviewer | None
    results: list[list[Finding]] = []
    for item in notes:
        if isinstance(item, Note):
            text, person, template = item.text, item.recipient, item.template
        else:
            text, template = item, None
            person = infer_recipient(NoteText(text), interview)
        texts.append(text)
        recipients.append(person)
        results.append(
            check(text, interview, recipient=person, words=user_words, template=template)
        )
    for index, extra in enumerate(similarity_findings(texts, recipients, interview)):
        results[index] = sorted(results[index] + extra, key=lambda f: (f.start, f.end))
    return results


def infer_recipient(note: NoteText, interview: Interview) -> Interviewer | None:
    """The interviewer the note greets: named in its salutation, else in its first paragraph."""
    from thanknote.checks.people import people_of

    people = people_of(interview)
    text = note.original
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    first_line = text[start : line_end if line_end >= 0 else len(text)]
    greeting = first_line.split(" ", 1)[0].strip(",").lower() in _GREETINGS or (
        first_line.rstrip().endswith((",", ":")) and len(first_line.split()) <= 6
    )
    if greeting:
        end = start + len(first_line)
    else:
        paragraph_end = text.find("\n\n", start)
        end = paragraph_end if paragraph_end >= 0 else len(text)
    head_words = {w.text for w in note.words if w.start < end}
    best: tuple[int, int] | None = None
    for index in range(len(interview.interviewers)):
        parts = {p.text for p in people.parts if p.person == index}
        score = len(parts & head_words)
        if score and (best is None or score > best[0]):
            best = (score, index)
    return interview.interviewers[best[1]] if best else None


def _recipient(interview: Interview, recipient: Interviewer | str | None) -> Interviewer | None:
    if recipient is None or isinstance(recipient, Interviewer):
        return recipient
    try:
        return interview.interviewer(recipient)
    except KeyError:
        raise UnknownRecipientError(recipient, [p.name for p in interview.interviewers]) from None


def _all_topics(interview: Interview) -> tuple[str, ...]:
    own = tuple(t for p in interview.interviewers for t in p.topics)
    return interview.topics + tuple(t for t in own if t not in interview.topics)


def _interview_texts(interview: Interview) -> list[str]:
    return [interview.company, interview.position, *(p.name for p in interview.interviewers)]


def _follow_up(text: str, interview: Interview, person: Interviewer | None) -> list[Finding]:
    from thanknote.checks.follow_up import follow_up_conflicts

    return follow_up_conflicts(text, interview, person)
