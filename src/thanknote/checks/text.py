"""A note's text prepared for checking: NFC words and sentences with offsets.

Checks work on the NFC form of the note with straight apostrophes, but every
span they report is an offset into the text exactly as the user gave it, so
`text[start:end]` is what was flagged even when the note was in NFD.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cached_property
from typing import NamedTuple

from thanknote import patterns as rx
from thanknote.names import fold
from thanknote.patterns import Lazy
from thanknote.sentences import STARTERS, in_a_citation, is_abbreviation

__all__ = ["JOINS_PREVIOUS", "WORD", "NoteText", "Sentence", "Word", "fold"]

# A word: letters, joined by inner apostrophes or hyphens ("O'Brien", "Núñez-García").
WORD = Lazy(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_ALPHANUMERIC_WORD = Lazy(r"[^\W_]+(?:['\-][^\W_]+)*")
# E-mail addresses and links (also bare ones: "linkedin.com/in/maya-k"), read one
# run of non-space characters at a time: a pattern over the whole note would
# try every start in a long run again and again (quadratic in its length).
_RUN = Lazy(r"\S+")
_LINK_START = Lazy(r"https?://|www\.")
_DOMAIN_END = Lazy(r"\.(?:com|org|net|io|dev|co|uk|de|fr|ai|app|edu|gov|me|info)\b")
# The starters NFC composes with the character before them (NFC_Quick_Check=Maybe
# and canonical combining class 0): Hangul medial vowels and final consonants
# written as jamo, and vowel signs of Bengali, Oriya, Tamil, Kannada, Malayalam,
# Sinhala, Myanmar, Balinese and a few scripts beyond the first plane. A test
# checks this set against the running Python's Unicode database.
JOINS_PREVIOUS = frozenset(
    "\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0cc2\u0cd5\u0cd6\u0d3e\u0d57\u0dcf"
    "\u0ddf\u102e\u1b35\U00011127\U0001133e\U00011357\U000114b0\U000114ba\U000114bd"
    "\U000115af\U00011930"
    + "".join(map(chr, range(0x1161, 0x1176)))
    + "".join(map(chr, range(0x11A8, 0x11C3)))
)
_POSSESSIVE = Lazy(r"'s$|(?<=s)'$", re.I)
_SENTENCE_END = Lazy(r"[.!?]+[\"')\]]*(?=\s|$)|\n\s*\n|\n(?=[ \t]*[-*•])")
# The word after a full stop, read in place and only as far as a word that starts
# a sentence can go: reading on to the end of a long run for each full stop in
# it would be quadratic in its length.
_FOLLOWING = Lazy(rf"\s*([^\s,;:]{{0,{max(map(len, STARTERS)) + 1}}})(?![^\s,;:])")
# Abbreviations written in small letters, which leave their sentence open.
_SMALL_ABBREVIATIONS = frozenset(
    """al approx cf co dept ds est etc ft hr hrs inc incl lb lbs ltd min mins no nos oz pp sr st
    vol vs yr yrs""".split()  # and Polish "ds." inside titles (set FY: "Specjalista ds. edukacji")
)
_WORD_BEFORE_DOT = Lazy(r"(?<![\w.])[^\W\d_]{2,}(?=\.$)")
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
        return self._words(WORD)

    @cached_property
    def alphanumeric_words(self) -> tuple[Word, ...]:
        """Every word, digits counted as letters ("M3K", "3MK"), links left out."""
        return self._words(_ALPHANUMERIC_WORD)

    def _words(self, pattern: re.Pattern[str] | Lazy) -> tuple[Word, ...]:
        masked = self._masked
        out: list[Word] = []
        for start, end in _with_marks(masked, pattern):
            raw = masked[start:end]
            stripped = _POSSESSIVE.sub("", raw) if len(raw) > 2 and "'" in raw else raw
            orig_start, orig_end = self.span(start, start + len(stripped))
            # Positional: NamedTuple construction is the hot path of every check.
            out.append(
                Word(
                    stripped,
                    orig_start,
                    orig_end,
                    len(out),
                    _starts_sentence(masked, start),
                    stripped != raw,
                )
            )
        return tuple(out)

    @cached_property
    def _masked(self) -> str:
        return _masked(self.normal)

    def gap(self, left: Word, right: Word) -> str:
        """The original text between two words."""
        return self.original[left.end : right.start]

    def adjacent(self, left: Word, right: Word, gap: re.Pattern[str] | Lazy) -> bool:
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
        return len(rx.findall(r"\S+", self.normal))


def _with_marks(text: str, pattern: re.Pattern[str] | Lazy) -> list[tuple[int, int]]:
    """The spans of the pattern's words, each with the marks that follow its letters.

    Combining marks that NFC leaves as they are (Hebrew points, Devanagari vowel
    signs) are no letters to a regular expression: a word takes them in, and
    letters after them go on with the same word.
    """
    spans: list[tuple[int, int]] = []
    size = len(text)
    after_marks = False  # the last span ends in marks: letters right after it go on with it
    for match in pattern.finditer(text):
        start, end = match.span()
        if after_marks and text[spans[-1][1] : start] in ("", "'", "-"):
            start = spans.pop()[0]
        after_marks = end < size and _is_mark(text[end])
        while end < size and _is_mark(text[end]):
            end += 1
        spans.append((start, end))
    return spans


def _is_mark(char: str) -> bool:
    return char >= "\u0300" and unicodedata.category(char)[0] == "M"


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
    """Whether the sentence goes on past an abbreviation's full stop ("U.S. Army").

    A short word in small letters ("fun.", "me.", "day.") ends its sentence:
    only the few abbreviations written that way ("approx.", "vs.") do not.
    """
    before = text[max(0, dot - 24) : dot + 1]
    if in_a_citation(before, text[after : after + 24]):
        return True  # "including J. Geochem. Explor. 2022" (set HX)
    before = before[-17:]
    if not is_abbreviation(before):
        return False
    word = _WORD_BEFORE_DOT.search(before)
    if word is not None and word.group().islower() and word.group() not in _SMALL_ABBREVIATIONS:
        return False
    following = _FOLLOWING.match(text, after)
    return following is None or following.group(1) not in STARTERS


class _Normalised(NamedTuple):
    """The note in NFC with straight apostrophes, and how to map back to the original."""

    text: str  # NFC, straight apostrophes
    starts: list[int] | None  # per character of `text`, where it starts in the original
    ends: list[int] | None  # ... and ends; None when the offsets are unchanged


def _normalise(original: str) -> _Normalised:
    """NFC-normalise, keeping a map back to the original.

    The text is cut before each character that NFC cannot join to what comes
    before it, and each piece is normalised on its own: a piece of the
    original maps to its piece of the normal form, however NFC grew or shrank
    it, so offsets stay exact wherever the lengths change.
    """
    if unicodedata.is_normalized("NFC", original):
        return _Normalised(original.translate(_APOSTROPHES), None, None)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, j in _pieces_of(original):
        normal = unicodedata.normalize("NFC", original[i:j]).translate(_APOSTROPHES)
        parts.append(normal)
        starts.extend([i] * len(normal))
        ends.extend([j] * len(normal))
    return _Normalised("".join(parts), starts, ends)


def _pieces_of(text: str) -> list[tuple[int, int]]:
    """Where NFC may join characters: pieces that a starter NFC cannot join back begins.

    A combining mark (U+0301) never begins a piece, nor does one of the few
    starters NFC composes with what precedes them (the vowels and final
    consonants of Hangul written in jamo, some Indic vowel signs) where it
    does compose with it. Should a Unicode
    version compose something else, pieces are merged until normalising
    them one by one gives the normal form of the whole.
    """
    cuts = [0]
    combining = unicodedata.combining
    for index in range(1, len(text)):
        char = text[index]
        if combining(char):
            continue
        if char in JOINS_PREVIOUS:
            piece = text[cuts[-1] : index]
            joined = unicodedata.normalize("NFC", piece + char)
            if joined != unicodedata.normalize("NFC", piece) + char:
                continue  # it joins what comes before: "\u1100\u1161" is one syllable
        cuts.append(index)
    cuts.append(len(text))
    pieces = list(itertools.pairwise(cuts))
    whole = unicodedata.normalize("NFC", text)
    if "".join(unicodedata.normalize("NFC", text[i:j]) for i, j in pieces) == whole:
        return pieces
    merged: list[tuple[int, int]] = []
    for i, j in pieces:
        if merged:
            start, end = merged[-1]
            joined = unicodedata.normalize("NFC", text[start:j])
            apart = unicodedata.normalize("NFC", text[start:end]) + unicodedata.normalize(
                "NFC", text[i:j]
            )
            if joined != apart:
                merged[-1] = (start, j)
                continue
        merged.append((i, j))
    return merged


def _masked(text: str) -> str:
    """The text with e-mail addresses and links blanked out, offsets kept."""
    if "@" not in text and "." not in text:
        return text
    pieces: list[str] = []
    done = 0
    for run in _RUN.finditer(text):
        token = run.group()
        if "@" not in token and "." not in token:
            continue  # the quick test: most words are neither
        start = _link_start(token)
        if start is None:
            continue
        at = run.start() + start
        pieces.append(text[done:at])
        pieces.append(" " * (run.end() - at))
        done = run.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _link_start(token: str) -> int | None:
    """Where an e-mail address or link starts in a run of non-space characters, if any."""
    if "@" in token[1:-1]:
        return 0  # "name@host", with whatever surrounds it
    link = _LINK_START.search(token)
    if link is not None and link.end() < len(token):
        return link.start()
    for domain in _DOMAIN_END.finditer(token):
        dot = domain.start()
        if dot > 0 and (token[dot - 1].isalnum() or token[dot - 1] in "_-"):
            return _domain_start(token, dot)
    return None


def _domain_start(token: str, dot: int) -> int:
    """Where the host name ending at `dot` begins ("maya.linkedin" in "(maya.linkedin.com")."""
    start = dot
    while (
        start > 0
        and (token[start - 1].isalnum() or token[start - 1] in "_-.")
        and not (token[start - 1] == "." and token[start] == ".")
    ):
        start -= 1
    while start < dot and not (token[start].isalnum() or token[start] in "_-"):
        start += 1
    return start
