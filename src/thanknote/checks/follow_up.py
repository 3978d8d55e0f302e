"""Respect in the note: no promise of contact the interviewer did not ask for.

A sentence is a promise when the candidate says they will get in touch ("I'll
call you on Monday", "I will follow up next week"). It conflicts when:

- it promises a phone call, but the interviewer prefers another channel (their
  `preferred_contact`, else the interview's `next_steps.follow_up`);
- it promises any contact, but they asked for none (either of those is "none");
- its time comes before the decision is due. Times are resolved against the
  interview date: "tomorrow", "on Monday", "next week", "in a few days", "in
  two weeks", "December 1"; a promise's earliest day counts.

The interviewer contacting the candidate ("feel free to call me", "please
don't hesitate to reach out"), hearing from them ("I look forward to hearing
from you by December 4"), offers ("I'd be happy to send more detail") and
promises made for after the decision are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Final, NamedTuple

from thanknote.checks.context import Context
from thanknote.checks.registry import Hit, rule
from thanknote.model import Interview
from thanknote.patterns import Lazy
from thanknote.prose import short_date

__all__ = ["unasked_follow_up"]

_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a few": 3, "few": 3, "several": 4,
}  # fmt: skip

# "I'll", "I will", "I plan to", "let me"... then a few words, then a contact verb.
_SUBJECT = (
    r"\b(?:I\s*'ll|I\s+will|I\s+shall|I\s*'m\s+going\s+to|I\s+am\s+going\s+to"
    r"|I\s+(?:plan|intend|mean|aim|hope|want|expect|would\s+like|'d\s+like)\s+to"
    r"|I\s+(?:can|could|may|might))\b"
)
# The subject may be left out where a clause starts ("Will ring you Tuesday", "I
# remain interested and will call you on Monday"), but not in a question ("Will
# you call me?").
_NO_SUBJECT = (
    r"(?:^|\band|[,;:–—]|\bso|\bthen|\balso)\s*(?:(?:will|shall)(?!\s+(?:you|we|they|he|she|it"
    r"|there|this|that|the|your|someone|anyone)\b)|(?:going|planning|aiming)\s+to)\b"
)
# Words every promise of contact holds, in small letters: the quick test.
_CONTACT = Lazy(
    r"\b(?:call|phone|ring|telephone|text|buzz|e-?mail|message|write|send|drop|follow|check"
    r"|reach|touch|back|circle|contact|ping)\b"
)
_WILL = Lazy(r"\b(?:will|shall|going|planning|aiming)\b")
# Someone else doing something before a promise without a subject.
_OTHER_SUBJECT = Lazy(
    r"\b(?:you|he|she|they|we|it|there)\b|(?<!\bI)\s+(?:will|would|shall)\b|(?<!\bI)'ll\b",
    re.IGNORECASE,
)
_FILLER = r"(?:\s+(?!not\b|never\b)[\w'-]+){0,4}?"  # "also", "be sure to", "try to"...
_PHONE_VERB = (
    r"(?:call|phone|ring|telephone|text)\b(?!\s+(?:me|us)\b)"
    r"|give\s+(?:you|him|her|them|\w+)\s+a\s+(?:call|ring|buzz)"
)
_EMAIL_VERB = (
    r"(?:e-?mail|message)\s+(?:you|him|her|them|the\s+team|your\s+team)\b"
    r"|write\s+(?:to\s+|back\s+to\s+)?(?:you|him|her|them)\b"
    r"|send\s+(?:you|him|her|them|\w+)\s+(?:a|an|my)?\s*(?:quick\s+|short\s+)?"
    r"(?:note|e-?mail|message|line)\b|drop\s+(?:you|him|her|them|\w+)\s+a\s+(?:line|note)"
)
_GENERIC_VERB = (
    r"follow[\s-]+up|check\s+in|check\s+back|reach\s+out|touch\s+base|be\s+in\s+touch"
    r"|get\s+in\s+touch|get\s+back\s+to\s+you|circle\s+back"
    r"|contact\s+(?:you|him|her|them|your|the)\b"
    r"|ping\s+(?:you|him|her|them)"
)
_VERB = (
    rf"{_FILLER}\s+(?P<verb>(?P<phone>{_PHONE_VERB})|(?P<email>{_EMAIL_VERB})"
    rf"|(?P<generic>{_GENERIC_VERB}))"
)
_PROMISE = Lazy(_SUBJECT + _VERB, re.IGNORECASE)
_PROMISE_NO_SUBJECT = Lazy(_NO_SUBJECT + _VERB, re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(_WEEKDAYS)
_NUMBER_WORDS = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))


class _AfterPromise(NamedTuple):
    """What is read of a sentence once it promises contact."""

    offer: re.Pattern[str]
    by_phone: re.Pattern[str]
    by_email: re.Pattern[str]
    after_decision: re.Pattern[str]
    unless_heard: re.Pattern[str]
    time: re.Pattern[str]


@cache
def _after_promise() -> _AfterPromise:
    # Compiled on first need: most notes promise nothing, and these (the times
    # above all) take longer to compile than a note takes to check.
    return _AfterPromise(
        # An offer ("I'd be happy to...", "if you'd like, I can...") is not a promise.
        offer=re.compile(
            r"\b(?:happy|glad|delighted|pleased)\s+to\b|\bif\s+(?:you|it|that|there)\b"
            r"|\bif\s+I\s+(?:can|could|may|might)\b|\bshould\s+you\b|\bwhenever\s+you\b",
            re.IGNORECASE,
        ),
        by_phone=re.compile(
            r"\b(?:by|over\s+the|via|on\s+the)\s+(?:tele)?phone\b|\bby\s+text\b", re.I
        ),
        by_email=re.compile(r"\b(?:by|via|over)\s+e-?mail\b", re.I),
        # "after the decision", "once you decide", "if I haven't heard from you by...".
        after_decision=re.compile(
            r"\bafter\s+(?:the|your)\s+(?:team\s+)?(?:decision|decides?|has\s+decided)\b"
            r"|\bonce\s+(?:you|the\s+team|the\s+panel|a\s+decision)\b"
            r"|\bafter\s+you(?:'ve|\s+have)?\s+(?:decided?|made)\b",
            re.IGNORECASE,
        ),
        unless_heard=re.compile(
            r"\b(?:if|unless)\s+I\s+(?:haven't|have\s+not|don't|do\s+not|hadn't)\s+(?:yet\s+)?"
            r"(?:heard|hear)\b|\bif\s+I\s+(?:haven't|have\s+not)\s+had\s+(?:a\s+)?(?:word|news)\b",
            re.IGNORECASE,
        ),
        time=re.compile(
            rf"""
            (?P<prefix>\b(?:after|by|before|until|within|on|this|next|early|late|later|end\s+of)\s+)?
            (?:
              (?P<explicit>
                (?:(?:{_WEEKDAY_NAMES}),?\s+)?
                (?:(?P<month1>{_MONTH_NAMES})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\b
                  |(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_NAMES})\b)
              )
              |(?P<today>\btoday\b|\btonight\b|\bthis\s+(?:afternoon|evening)\b)
              |(?P<day_after>\bthe\s+day\s+after\s+tomorrow\b)
              |(?P<tomorrow>\btomorrow\b)
              |(?P<week_after_next>\bthe\s+week\s+after\s+next\b)
              |(?P<weekday>\b(?:{_WEEKDAY_NAMES})\b)
              |(?P<week>\bweek\b)
              |(?P<span>\b(?:in|within)\s+(?:the\s+next\s+|the\s+coming\s+)?
                 (?P<count>{_NUMBER_WORDS}|\d+)?\s*(?P<unit>days?|weeks?|months?)\b)
              |(?P<coming>\b(?:in\s+)?the\s+(?:next|coming)\s+(?:few\s+)?(?P<cunit>days|weeks)\b)
              |(?P<day_or_two>\bin\s+a\s+day\s+or\s+two\b)
            )
            """,
            re.IGNORECASE | re.VERBOSE,
        ),
    )


_CHANNEL_WORDS: Final = {"email": "e-mail", "phone": "phone", "mail": "post", "none": "none"}


class _When(NamedTuple):
    """When a promise may be kept: its earliest day, and how the note put it."""

    earliest: dt.date
    phrase: str
    after: bool  # "after December 4": the earliest day is the next one


@rule("follow-up-conflict", "warning", scope="sentence")
def unasked_follow_up(ctx: Context) -> Iterator[Hit]:
    """Promises of contact that contradict what the interviewer asked for.

    The interview gives the decision date, the follow-up wish and the date that
    relative times ("next week") are counted from; the recipient's
    `preferred_contact` comes before the interview's `next_steps.follow_up`.
    One hit per offending sentence, spanning it, with a suggestion.
    """
    interview, recipient = ctx.interview, ctx.recipient
    steps = interview.next_steps
    person = recipient.preferred_contact if recipient is not None else None
    channel = person or steps.follow_up
    no_contact = person == "none" or steps.follow_up == "none"
    decision = steps.decision_by
    suggestion = (
        f"I understand you expect to decide by {short_date(decision)}, and I look forward to "
        "hearing from you then."
        if decision
        else "I look forward to hearing from you."
    )
    for sentence in ctx.text.sentences:
        lower = sentence.text.lower()
        if not _CONTACT.search(lower):
            continue  # the quick test: no word of getting in touch
        promise = _promise(sentence.text, lower)
        if promise is None:
            continue
        patterns = _after_promise()
        if patterns.offer.search(sentence.text[: promise.start("verb")]):
            continue
        rest = sentence.text[promise.start("verb") :]
        by_phone = bool(promise.group("phone")) or bool(patterns.by_phone.search(rest))
        if promise.group("phone") and patterns.by_email.search(rest):
            by_phone = False  # "I'll text... by e-mail" is odd, but not a call
        reasons: list[str] = []
        if no_contact:
            reasons.append(
                f"{recipient.name} asked not to be contacted"
                if recipient is not None and person == "none"
                else "the company asked candidates not to follow up"
            )
        elif by_phone and channel in ("email", "mail"):
            reasons.append(
                f"{recipient.name} prefers {_CHANNEL_WORDS[channel]}"
                if recipient is not None and person
                else f"the company asked for follow-up by {_CHANNEL_WORDS[channel]}"
            )
        when = (
            None
            if patterns.after_decision.search(sentence.text)
            else _when(sentence.text, promise.start("verb"), interview)
        )
        if (
            not no_contact
            and when is not None
            and decision is not None
            and when.earliest < decision
        ):
            reasons.append(f"the decision is due by {short_date(decision)}")
        if not reasons:
            continue
        promised = "a phone call" if by_phone else "to get in touch"
        if when is not None:
            promised += f" {when.phrase}"
        yield Hit(
            sentence.start,
            sentence.end,
            f"promises {promised}, but {' and '.join(reasons)}",
            suggestion,
        )


def _promise(sentence: str, lower: str) -> re.Match[str] | None:
    """The sentence's promise of contact, if it makes one.

    A promise without its subject ("... and will call you") is the writer's
    unless someone else is the subject before it ("she said they would
    decide and will call").
    """
    promise = _PROMISE.search(sentence)
    if promise is not None or not _WILL.search(lower):
        return promise
    for promise in _PROMISE_NO_SUBJECT.finditer(sentence):
        if promise.start() == 0 or not _OTHER_SUBJECT.search(sentence, 0, promise.start()):
            return promise
    return None


def _when(sentence: str, verb: int, interview: Interview) -> _When | None:
    """The earliest day a sentence's promise may be kept, if it says when.

    A time after the verb ("I'll call you on Monday") is the promise's; one
    before it counts when there is none after ("On Monday, I'll call you").
    """
    patterns = _after_promise()
    unless_heard = patterns.unless_heard.search(sentence) is not None
    times = list(patterns.time.finditer(sentence))
    ordered = [m for m in times if m.start() >= verb] + [m for m in times if m.start() < verb][::-1]
    for match in ordered:
        day = _resolve(match, interview.date)
        if day is None:
            continue
        prefix = (match.group("prefix") or "").strip().lower()
        phrase = " ".join(match.group().split())
        after = unless_heard or prefix in ("after", "until")
        if after:
            day += dt.timedelta(days=1)
        return _When(earliest=day, phrase=phrase, after=after)
    return None


def _resolve(match: re.Match[str], start: dt.date) -> dt.date | None:
    """The earliest day a time expression may mean, counted from `start`."""
    prefix = " ".join((match.group("prefix") or "").lower().split())
    if match.group("explicit"):
        month = _MONTHS[(match.group("month1") or match.group("month2")).lower()]
        day_text = match.group("day1") or match.group("day2")
        return _date_on_or_after(start, month, int(day_text))
    if match.group("today"):
        return start
    if match.group("tomorrow"):
        return start + dt.timedelta(days=1)
    if match.group("day_after"):
        return start + dt.timedelta(days=2)
    monday_next = start + dt.timedelta(days=7 - start.weekday())
    if match.group("week_after_next"):
        return monday_next + dt.timedelta(days=7)
    if match.group("weekday"):
        weekday = _WEEKDAYS.index(match.group("weekday").lower())
        if prefix == "next":  # the one in next week
            return monday_next + dt.timedelta(days=weekday)
        ahead = (weekday - start.weekday()) % 7 or 7
        return start + dt.timedelta(days=ahead)
    if match.group("week"):
        if prefix == "next":
            return monday_next
        if prefix in ("this", "later", "by", "end of", "within", "early", "late"):
            return start + dt.timedelta(days=1)
        return None  # "a week" outside a span, "the week of..."
    if match.group("span"):
        count_text = (match.group("count") or "1").lower()
        count = _NUMBERS.get(" ".join(count_text.split())) or int(count_text)
        unit = match.group("unit").lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30}[unit] * count
        if match.group().lower().startswith("within"):
            return start + dt.timedelta(days=1)  # "within two weeks": any day from now
        return start + dt.timedelta(days=days)
    if match.group("coming") or match.group("day_or_two"):
        return start + dt.timedelta(days=1)
    return None


def _date_on_or_after(start: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month and day nearest after `start` (a note looks ahead)."""
    for year in (start.year, start.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate >= start - dt.timedelta(days=60):
            return candidate
    return None
