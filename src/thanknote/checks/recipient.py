"""`wrong-recipient`: a note for one panel member that greets another."""

from __future__ import annotations

from collections.abc import Iterator

from thanknote.checks.context import Context
from thanknote.checks.registry import Hit, rule

# How far before the greeted name the recipient's own name still counts as
# greeted with them ("Dear Priya and José,").
_GREETED_TOGETHER = 40


@rule("wrong-recipient", "error")
def greets_another(ctx: Context) -> Iterator[Hit]:
    """The note is for one member of the panel but greets another (a copy-and-paste slip)."""
    recipient, greeted = ctx.recipient, ctx.greeting
    if recipient is None or recipient not in ctx.interview.interviewers:
        return
    if greeted is None or greeted.person == recipient:
        return
    own = ctx.people.parts_of[ctx.interview.interviewers.index(recipient)]
    start, end = greeted.start, greeted.end
    if any(
        w.text in own
        for w in ctx.text.words
        if w.end <= end + 1 and w.start >= start - _GREETED_TOGETHER
    ):
        return  # both are greeted ("Dear Priya and José,")
    from thanknote.rendering import recipient_view  # Jinja loads only when it is needed

    yield Hit(
        start,
        end,
        f"This note is for {recipient.name}, but it greets {greeted.person.name}.",
        recipient_view(recipient).warm_address,
    )
