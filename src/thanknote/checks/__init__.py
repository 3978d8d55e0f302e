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
    "wrong-recipient": "error",
    "repeated-word": "warning",
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
        repeated_word_findings,
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
    given = _recipient(interview, recipient)
    person = given or infer_recipient(note, interview)
    user_words = tuple(words)
    findings: list[Finding] = []
    findings += name_findings(note, people, user_words)
    findings += company_findings(note, interview.company)
    findings += placeholder_findings(note, _interview_texts(interview))
    findings += repeated_word_findings(note)
    flagged = {(f.start, f.end) for f in findings}
    known = people.known | {fold(w) for w in user_words} if user_words else people.known
    findings += spelling_findings(note, known, flagged)
    if note.normal.strip():
        findings += thanks_findings(note)
        findings += interest_findings(note, interview.company)
        topics = (person.topics if person and person.topics else ()) or _all_topics(interview)
        findings += topic_findings(note, topics)
        if template is None or template in _HAND_WRITTEN:
            findings += length_findings(note)
        findings += _follow_up(text, interview, person)
        if given is not None and given in interview.interviewers:
            findings += _wrong_recipient(note, interview, given)
    return sorted(findings, key=lambda f: (f.start, f.end))


def check_panel(
    notes: Sequence[Note | str],
    interview: Interview,
    *,
    words: Iterable[str] = (),
    labels: Sequence[str] | None = None,
) -> list[list[Finding]]:
    """Check several notes for one interview together.

    Each note is checked as by `check`; in addition, two notes to different
    panel members that share most of their sentences get `too-similar`.

    Args:
        notes: drafted notes, or note texts (their recipient is the person
            each greets).
        interview: the interview they are about.
        words: extra words the spelling check must accept.
        labels: how to name each note in messages (e.g. its file name).

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
    for index, extra in enumerate(similarity_findings(texts, recipients, interview, labels)):
        results[index] = sorted(results[index] + extra, key=lambda f: (f.start, f.end))
    return results


def infer_recipient(note: NoteText, interview: Interview) -> Interviewer | None:
    """The interviewer the note greets: named in its salutation, else in its first paragraph."""
    greeted = _greeted(note, interview)
    return greeted[0] if greeted else None


def _greeted(note: NoteText, interview: Interview) -> tuple[Interviewer, int, int] | None:
    """Who the opening greets, with the span of their name there.

    The opening is the salutation line ("Dear Priya,"), after any "Subject:"
    line, or else the first paragraph.
    """
    from thanknote.checks.people import people_of

    people = people_of(interview)
    text = note.original
    start = len(text) - len(text.lstrip())
    if text[start:].lower().startswith("subject:"):  # an e-mail's subject line
        start = text.find("\n", start)
        start = len(text) if start < 0 else start + len(text[start:]) - len(text[start:].lstrip())
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
    head = [w for w in note.words if start <= w.start < end]
    best: tuple[int, int, int, int] | None = None  # score, index, span
    for index in range(len(interview.interviewers)):
        parts = {p.text for p in people.parts if p.person == index}
        named = [w for w in head if w.text in parts]
        if named and (best is None or len(named) > best[0]):
            best = (len(named), index, named[0].start, named[-1].end)
    if best is None:
        return None
    return interview.interviewers[best[1]], best[2], best[3]


def _wrong_recipient(note: NoteText, interview: Interview, recipient: Interviewer) -> list[Finding]:
    """The note greets another member of the panel than the one it is for."""
    greeted = _greeted(note, interview)
    if greeted is None or greeted[0] == recipient:
        return []
    other, start, end = greeted
    from thanknote.checks.people import people_of

    people = people_of(interview)
    index = interview.interviewers.index(recipient)
    own = {p.text for p in people.parts if p.person == index}
    if any(w.text in own for w in note.words if w.end <= end + 1 and w.start >= start - 40):
        return []  # both are greeted ("Dear Priya and José,")
    from thanknote.rendering import recipient_view

    return [
        Finding(
            code="wrong-recipient",
            severity="error",
            message=f"This note is for {recipient.name}, but it greets {other.name}.",
            start=start,
            end=end,
            suggestion=recipient_view(recipient).warm_address,
        )
    ]


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
