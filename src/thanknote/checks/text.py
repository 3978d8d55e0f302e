"""A note's text prepared for checking: NFC words and sentences with offsets.

Checks work on the NFC form of the note with straight apostrophes, but every
span they report is an offset into the text exactly as the user gave it, so
`text[start:end]` is what was flagged even when the note was in NFD.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property
from typing import NamedTuple

from thanknote.names import fold
from thanknote.sentences import STARTERS, is_abbreviation

__all__ = ["WORD", "NoteText", "Sentence", "Word", "fold"]

# A word: letters, joined by inner apostrophes or hyphens ("O'Brien", "Núñez-García").
WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
# E-mail addresses and links (also bare ones: "linkedin.com/in/maya-k").
_MASK = re.compile(
    r"\S+@\S+|https?://\S+|www\.\S+|"
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|uk|de|fr|ai|app|edu|gov|me|info)\b/?\S*"
)
_POSSESSIVE = re.compile(r"'s$|(?<=s)'$", re.I)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n\s*\n|\n(?=[ \t]*[-*•])")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-"})


class Word(NamedTuple):
    """A word of the note: its NFC text and where it stands in the original."""

    text: str  # NFC, straight apostrophes, possessive "'s" removed
    start: int  # offsets into the original text
    end: int
    position: int  # index among the note's words
    sentence_start: bool  # first word of a sentence or of a line
    possessive: bool


class Sentence(NamedTuple):
    """A sentence (or a line such as "Best regards,") with its original offsets."""

    text: str  # NFC, straight apostrophes
    start: int
    end: int


class NoteText:
    """The note as checks see it."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.normal, self._starts, self._ends = _normalise(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if self._starts is None or self._ends is None:
            return start, end
        if start >= end:
            at = self._starts[start] if start < len(self._starts) else len(self.original)
            return at, at
        return self._starts[start], self._ends[end - 1]

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """Every word, with e-mail addresses and links left out."""
        masked = _MASK.sub(lambda m: " " * len(m.group()), self.normal)
        out: list[Word] = []
        for match in WORD.finditer(masked):
            raw = match.group()
            stripped = _POSSESSIVE.sub("", raw) if len(raw) > 2 and "'" in raw else raw
            orig_start, orig_end = self.span(match.start(), match.start() + len(stripped))
            # Positional: NamedTuple construction is the hot path of every check.
            out.append(
                Word(
                    stripped,
                    orig_start,
                    orig_end,
                    len(out),
                    _starts_sentence(masked, match.start()),
                    stripped != raw,
                )
            )
        return tuple(out)

    def gap(self, left: Word, right: Word) -> str:
        """The original text between two words."""
        return self.original[left.end : right.start]

    def adjacent(self, left: Word, right: Word, gap: re.Pattern[str]) -> bool:
        """Whether what stands between two words is all `gap` allows.

        Each family of checks says what may join its words: the parts of a
        person's name ("Dr. Raman", "Núñez García") or of a company's
        ("Marlowe & Quinn").
        """
        return gap.fullmatch(self.original, left.end, right.start) is not None

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences and stand-alone lines, in order."""
        out: list[Sentence] = []
        text = self.normal
        start = 0
        for match in _SENTENCE_END.finditer(text):
            end = match.end()
            if match.group().startswith(".") and _continues(text, match.start(), end):
                continue
            out.extend(self._pieces(start, end))
            start = end
        out.extend(self._pieces(start, len(text)))
        return tuple(out)

    def _pieces(self, start: int, end: int) -> list[Sentence]:
        # Lines inside a sentence-chunk that stand alone (a salutation, a
        # closing, a signature) are sentences of their own.
        pieces: list[Sentence] = []
        chunk = self.normal[start:end]
        offset = start
        lines = chunk.split("\n")
        buffer_start = None
        buffer_end = offset
        for line in lines:
            line_start, line_end = offset, offset + len(line)
            offset = line_end + 1
            stripped = line.strip()
            if not stripped:
                continue
            standalone = stripped.endswith(",") or len(stripped.split()) <= 3
            if standalone:
                if buffer_start is not None:
                    pieces.append(self._sentence(buffer_start, buffer_end))
                    buffer_start = None
                pieces.append(self._sentence(line_start, line_end))
            else:
                if buffer_start is None:
                    buffer_start = line_start
                buffer_end = line_end
        if buffer_start is not None:
            pieces.append(self._sentence(buffer_start, buffer_end))
        return pieces

    def _sentence(self, start: int, end: int) -> Sentence:
        raw = self.normal[start:end]
        lead = len(raw) - len(raw.lstrip())
        start, end = start + lead, start + len(raw.rstrip())
        orig_start, orig_end = self.span(start, end)
        return Sentence(" ".join(self.normal[start:end].split()), orig_start, orig_end)

    @cached_property
    def key_words(self) -> frozenset[str]:
        """The note's content words, stemmed as topics' are (see `selection.key_words`)."""
        from thanknote.selection import key_words

        return key_words(self.normal)

    @cached_property
    def word_count(self) -> int:
        """Words as a person counts them (numbers included)."""
        return len(re.findall(r"\S+", self.normal))


def _starts_sentence(text: str, index: int) -> bool:
    i = index - 1
    while i >= 0 and text[i] in " \t\"'“(":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in "!?:;":
        return True
    if text[i] == ".":
        return not _continues(text, i, index)
    return False


def _continues(text: str, dot: int, after: int) -> bool:
    """Whether the sentence goes on past an abbreviation's full stop ("U.S. Army")."""
    if not is_abbreviation(text[max(0, dot - 16) : dot + 1]):
        return False
    following = re.split(r"[\s,;:]", text[after:].lstrip(), maxsplit=1)[0]
    return following not in STARTERS


class _Normalised(NamedTuple):
    """The note in NFC with straight apostrophes, and how to map back to the original."""

    text: str  # NFC, straight apostrophes
    starts: list[int] | None  # per character of `text`, where it starts in the original
    ends: list[int] | None  # ... and ends; None when the offsets are unchanged


def _normalise(original: str) -> _Normalised:
    """NFC-normalise, keeping a map back to the original."""
    composed = unicodedata.normalize("NFC", original)
    if len(composed) == len(original):
        return _Normalised(composed.translate(_APOSTROPHES), None, None)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(original)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        normal = unicodedata.normalize("NFC", original[i:j]).translate(_APOSTROPHES)
        parts.append(normal)
        starts.extend([i] * len(normal))
        ends.extend([j] * len(normal))
        i = j
    return _Normalised("".join(parts), starts, ends)
