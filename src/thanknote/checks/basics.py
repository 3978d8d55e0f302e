"""Whole-note checks: thanks, placeholders, length and topics."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from thanknote.checks.text import NoteText
from thanknote.model import Finding
from thanknote.selection import key_words

CARD_WORD_LIMIT = 150
_GENERIC = frozenset(
    "team work role company position job time conversation discussion talk thing way new "
    "plan year people project".split()
)

_THANKS = re.compile(
    r"\bthank(?:s|ing)?\b(?! to (?!you))|\bthank-you\b|\bgrateful\b|\bgratitude\b|\bmany thanks\b|"
    r"\bappreciat(?:e|ed|ing)\b[^.;]{0,40}\b(?:time|taking|meeting|speaking|conversation|chat|"
    r"discussion|insights?|perspective|hospitality|welcome|opportunity|chance|candou?r|"
    r"generosity|patience|interview|tour)\b|\bmy appreciation\b|\bappreciated (?:our|the|your)\b"
)
_PLACEHOLDERS = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\}\}"
    r"|\[(?:[A-Z][A-Za-z0-9'’ _./-]{0,40})\]"
    r"|<(?:[A-Z][A-Za-z0-9 _./-]{0,40})>"
    r"|\b(?:TODO|TBD|FIXME|XXX+|TK)\b|\bx{3,}\b|_{3,}"
    r"|\blorem ipsum\b[^.\n]*",
    re.IGNORECASE,
)
_PLACEHOLDER_CASE_SENSITIVE = re.compile(r"\b(?:TODO|TBD|FIXME|TK)\b")


def thanks_findings(note: NoteText) -> list[Finding]:
    """One whole-note finding when the note never thanks the reader."""
    if _THANKS.search(note.normal.lower()):
        return []
    return [
        Finding(
            code="missing-thanks",
            severity="error",
            message="The note never thanks the interviewer; thank them for their time.",
            suggestion="Thank you for taking the time to meet with me.",
        )
    ]


def placeholder_findings(note: NoteText, allowed: Sequence[str] = ()) -> list[Finding]:
    """Unfilled template text: {{ name }}, [Name], <COMPANY>, TODO, XXX, lorem ipsum."""
    findings = []
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
        start, end = note.span(match.start(), match.end())
        findings.append(
            Finding(
                code="placeholder",
                severity="error",
                message=f"Unfilled placeholder {found!r}; replace it with the real text.",
                start=start,
                end=end,
            )
        )
    return findings


_REPEATED = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b", re.IGNORECASE)
# Doubled words that English allows: "I had had enough", "he said that that..."
_DOUBLE_OK = frozenset({"had", "that", "bye", "very", "so", "really", "no", "yes", "well"})


def repeated_word_findings(note: NoteText) -> list[Finding]:
    """ "Thank you for for your time": the same word twice in a row."""
    findings = []
    for match in _REPEATED.finditer(note.normal):
        word = match.group(1)
        if word.lower() in _DOUBLE_OK or "\n\n" in match.group(2):
            continue
        start, end = note.span(match.start(1), match.end(3))
        findings.append(
            Finding(
                code="repeated-word",
                severity="warning",
                message=f"{word!r} is written twice in a row.",
                start=start,
                end=end,
                suggestion=word,
            )
        )
    return findings


def length_findings(note: NoteText) -> list[Finding]:
    """A hand-written card over about 150 words is hard to fit and to read."""
    count = note.word_count
    if count <= CARD_WORD_LIMIT:
        return []
    return [
        Finding(
            code="too-long",
            severity="warning",
            message=f"The note has {count} words; a hand-written card holds about "
            f"{CARD_WORD_LIMIT}.",
        )
    ]


def mentions_topic(note: NoteText, topic: str) -> bool:
    """Whether the note refers to a topic, allowing paraphrase of its key words."""
    wanted = key_words(topic)
    wanted = (wanted - _GENERIC) or wanted  # "team" alone does not make a topic
    if not wanted:
        return False
    have = note.key_words
    needed = 1 if len(wanted) <= 2 else math.ceil(len(wanted) / 3)
    return len(wanted & have) >= needed


def topic_findings(note: NoteText, topics: Sequence[str]) -> list[Finding]:
    """A warning when none of the topics discussed is referred to."""
    if not topics or any(mentions_topic(note, topic) for topic in topics):
        return []
    return [
        Finding(
            code="missing-topic",
            severity="warning",
            message="The note mentions nothing you discussed; refer to a topic from the "
            "conversation.",
            suggestion=f"I especially enjoyed our conversation about {topics[0]}.",
        )
    ]
