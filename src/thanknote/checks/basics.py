"""Simpler checks: thanks, placeholders, doubled words, topics and length."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator

from thanknote.checks.context import Context
from thanknote.checks.registry import Hit, rule
from thanknote.checks.text import NoteText
from thanknote.patterns import Lazy
from thanknote.selection import key_words

CARD_WORD_LIMIT = 150
LINKEDIN_LIMIT = 300  # characters LinkedIn allows in a connection note
_GENERIC = frozenset(
    "team work role company position job time conversation discussion talk thing way new "
    "plan year people project".split()
)

_THANKS = Lazy(
    r"\bthank(?:s|ing)?\b(?! to (?!you))|\bthank-you\b|\bgrateful\b|\bgratitude\b|\bmany thanks\b|"
    r"\bappreciat(?:e|ed|ing)\b[^.;]{0,40}\b(?:time|taking|meeting|speaking|conversation|chat|"
    r"discussion|insights?|perspective|hospitality|welcome|opportunity|chance|candou?r|"
    r"generosity|patience|interview|tour)\b|\bmy appreciation\b|\bappreciated (?:our|the|your)\b"
)
_PLACEHOLDERS = Lazy(
    r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\}\}"
    r"|\[(?:[A-Z][A-Za-z0-9'’ _./-]{0,40})\]"
    r"|<(?:[A-Z][A-Za-z0-9 _./-]{0,40})>"
    r"|\b(?:TODO|TBD|FIXME|XXX+|TK)\b|\bx{3,}\b|_{3,}"
    r"|\blorem ipsum\b[^.\n]*",
    re.IGNORECASE,
)
_PLACEHOLDER_CASE_SENSITIVE = Lazy(r"\b(?:TODO|TBD|FIXME|TK)\b")


@rule("missing-thanks", "error", scope="note")
def missing_thanks(ctx: Context) -> Iterator[Hit]:
    """The note never thanks the reader."""
    if not _THANKS.search(ctx.text.normal.lower()):
        yield Hit.on_note(
            "The note never thanks the interviewer; thank them for their time.",
            "Thank you for taking the time to meet with me.",
        )


@rule("placeholder", "error")
def placeholders(ctx: Context) -> Iterator[Hit]:
    """Unfilled template text: {{ name }}, [Name], <COMPANY>, TODO, XXX, lorem ipsum."""
    note, interview = ctx.text, ctx.interview
    allowed = [interview.company, interview.position, *(p.name for p in interview.interviewers)]
    for match in _PLACEHOLDERS.finditer(note.normal):
        found = match.group()
        if found.lower() in {
            "tbd",
            "tk",
            "todo",
            "fixme",
        } and not _PLACEHOLDER_CASE_SENSITIVE.match(found):
            continue  # "tk" or "todo" in ordinary lower-case prose
        if any(found in text for text in allowed):
            continue  # "<Acme>" when that is what the company is called
        end = match.end()
        while end < len(note.normal) and unicodedata.combining(note.normal[end]):
            end += 1  # "{{" with an accent on its last brace: the span takes whole characters
        start, end = note.span(match.start(), end)
        yield Hit(start, end, f"Unfilled placeholder {found!r}; replace it with the real text.")


_REPEATED = Lazy(r"\b([^\W\d_]+)(\s+)(\1)\b", re.IGNORECASE)
# What joins a word into a longer one: "at AT&T", "on on-call", "I'm I".
_JOINERS = "&'’-"
# Doubled words that English allows: "I had had enough", "he said that that..."
_DOUBLE_OK = frozenset({"had", "that", "bye", "very", "so", "really", "no", "yes", "well"})


@rule("repeated-word", "warning")
def repeated_words(ctx: Context) -> Iterator[Hit]:
    """ "Thank you for for your time": the same word twice in a row."""
    note = ctx.text
    for match in _REPEATED.finditer(note.normal):
        word, again = match.group(1), match.group(3)
        if word.lower() in _DOUBLE_OK or "\n\n" in match.group(2):
            continue
        text, start, end = note.normal, match.start(), match.end()
        if (start and text[start - 1] in _JOINERS) or (end < len(text) and text[end] in _JOINERS):
            continue  # part of a longer word
        if len(word) > 1 and word.isupper() != again.isupper():
            continue  # a word and an acronym: "US us", "IT it"
        start, end = note.span(match.start(1), match.end(3))
        yield Hit(start, end, f"{word!r} is written twice in a row.", word)


def mentions_topic(note: NoteText, topic: str) -> bool:
    """Whether the note refers to a topic, allowing paraphrase of its key words."""
    wanted = key_words(topic)
    wanted = (wanted - _GENERIC) or wanted  # "team" alone does not make a topic
    if not wanted:
        return False
    have = note.key_words
    needed = 1 if len(wanted) <= 2 else math.ceil(len(wanted) / 3)
    return len(wanted & have) >= needed


@rule("missing-topic", "warning", scope="note")
def missing_topic(ctx: Context) -> Iterator[Hit]:
    """None of the topics discussed (the recipient's, when known) is referred to."""
    topics = ctx.topics
    if topics and not any(mentions_topic(ctx.text, topic) for topic in topics):
        yield Hit.on_note(
            "The note mentions nothing you discussed; refer to a topic from the conversation.",
            f"I especially enjoyed our conversation about {topics[0]}.",
        )


@rule("too-long", "warning", scope="note")
def too_long(ctx: Context) -> Iterator[Hit]:
    """A hand-written card over about 150 words, or a LinkedIn note over LinkedIn's 300
    characters; an e-mail or a letter is never too long."""
    if ctx.template == "linkedin":
        size = len(ctx.text.normal.strip())
        if size > LINKEDIN_LIMIT:
            yield Hit.on_note(
                f"The note has {size} characters; a LinkedIn connection note holds "
                f"{LINKEDIN_LIMIT}, so LinkedIn will not send it as it is."
            )
        return
    count = ctx.text.word_count
    if ctx.hand_written and count > CARD_WORD_LIMIT:
        yield Hit.on_note(
            f"The note has {count} words; a hand-written card holds about {CARD_WORD_LIMIT}."
        )
