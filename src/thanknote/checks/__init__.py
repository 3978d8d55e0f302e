"""`check()`: find what is wrong with a thank-you note, drafted or typed by hand.

Checks return `Finding`s in text order; they raise only when the input cannot
be checked at all.

Every check is a rule in one registry (`thanknote.checks.registry`): a
function in the module of its family, decorated with its code and severity,
that reads one `Context` (the note, the interview's people and words, the
recipient, the kind of note) and yields `Hit`s. To add one::

    @rule("repeated-word", "warning")
    def repeated_words(ctx: Context) -> Iterator[Hit]:
        ...
        yield Hit(start, end, f"{word!r} is written twice in a row.", suggestion=word)

then give it notes that must raise it and notes that must not in
`tests/data/rules.toml`, and a row in the README's table of codes. `CODES`
lists every registered code with its severity. Checks of several notes
together (`too-similar`) are panel rules, registered with `panel_rule`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from thanknote.errors import UnknownRecipientError
from thanknote.model import Finding, Interview, Interviewer, Note

if TYPE_CHECKING:
    from thanknote.checks.context import Context
    from thanknote.checks.text import NoteText
    from thanknote.model import Severity

    CODES: dict[str, Severity]

# The rules compile many patterns and load the dictionary: they are imported on
# the first check (and `CODES` on first use), so that `import thanknote` stays light.

__all__ = ["CODES", "check", "check_panel", "infer_recipient"]


def __getattr__(name: str) -> object:
    if name == "CODES":
        from thanknote.checks.registry import codes

        return codes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check(
    text: str | Note,
    interview: Interview | None = None,
    *,
    recipient: Interviewer | str | None = None,
    words: Iterable[str] = (),
    template: str | None = None,
) -> list[Finding]:
    """Check one note against its interview.

    Args:
        text: the note as typed, or a drafted `Note` (whose interview,
            recipient and template are used unless given).
        interview: the interview it is about: names, company, topics;
            required with a note's text.
        recipient: the interviewer it is for (or their card name); when not
            given, the person greeted in the note is assumed.
        words: extra words the spelling check must accept.
        template: the template the note came from, or the kind of note;
            `too-long` applies to hand-written cards (`"card"`, or an unknown
            template) and to LinkedIn notes (`"linkedin"`), never to e-mails
            or letters.

    Returns:
        The findings, in the order their spans start in the note's text.

    Raises:
        UnknownRecipientError: `recipient` names nobody on the panel.
        TypeError: `text` is neither a string nor a `Note`, `interview` is
            not an `Interview`, or a note's text is given without one.
    """
    from thanknote.checks.context import Context
    from thanknote.checks.registry import settle

    if isinstance(text, Note):
        interview = text.interview if interview is None else interview
        recipient = text.recipient if recipient is None else recipient
        template = text.template if template is None else template
        text = text.text
    elif not isinstance(text, str):
        raise TypeError(f"check() takes a note's text or a Note, not {type(text).__name__}")
    if not isinstance(interview, Interview):
        raise TypeError(
            "check() needs the Interview the note is about"
            + ("" if interview is None else f", not {type(interview).__name__}")
        )

    context = Context(
        text,
        interview,
        recipient=_recipient(interview, recipient),
        words=tuple(words),
        template=template,
    )
    return settle(_note_findings(context))


def check_panel(
    notes: Sequence[Note | str],
    interview: Interview,
    *,
    words: Iterable[str] = (),
    labels: Sequence[str] | None = None,
    templates: Sequence[str | None] | None = None,
) -> list[list[Finding]]:
    """Check several notes for one interview together.

    Each note is checked as by `check`; in addition, the panel rules read the
    notes side by side (two notes to different panel members that share most
    of their sentences get `too-similar`).

    Args:
        notes: drafted notes, or note texts (their recipient is the person
            each greets).
        interview: the interview they are about.
        words: extra words the spelling check must accept.
        labels: how to name each note in messages (e.g. its file name).
        templates: the kind of each note given as text ("card", "email",
            "letter", "linkedin"; None when not known), as `check` takes it.

    Returns:
        The findings of each note, in the order the notes were given.
    """
    from thanknote.checks.context import Context, PanelContext
    from thanknote.checks.registry import panel_rules, settle

    user_words = tuple(words)
    contexts = tuple(
        Context(
            item.text,
            interview,
            recipient=item.recipient,
            words=user_words,
            template=item.template,
        )
        if isinstance(item, Note)
        else Context(
            item,
            interview,
            words=user_words,
            template=templates[index] if templates is not None else None,
        )
        for index, item in enumerate(notes)
    )
    results = [_note_findings(context) for context in contexts]
    panel = PanelContext(
        notes=contexts, interview=interview, labels=tuple(labels) if labels is not None else None
    )
    for panel_rule in panel_rules().values():
        for index, hit in panel_rule.find(panel):
            results[index].append(panel_rule.finding(hit))
    return [settle(found) for found in results]


def infer_recipient(note: NoteText, interview: Interview) -> Interviewer | None:
    """The interviewer the note greets: named in its salutation, else in its first paragraph."""
    from thanknote.checks.greeting import greeting
    from thanknote.checks.people import people_of

    greeted = greeting(note, people_of(interview), interview)
    return greeted.person if greeted else None


def _note_findings(context: Context) -> list[Finding]:
    """Every note rule's findings, unsettled; a note with no text has none."""
    from thanknote.checks.registry import hits_of, note_rules

    if not context.text.normal.strip():
        return []
    return list(hits_of(note_rules().values(), context))


def _recipient(interview: Interview, recipient: Interviewer | str | None) -> Interviewer | None:
    if recipient is None or isinstance(recipient, Interviewer):
        return recipient
    try:
        return interview.interviewer(recipient)
    except KeyError:
        raise UnknownRecipientError(recipient, [p.name for p in interview.interviewers]) from None
