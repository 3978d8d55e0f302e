"""The checker is exact for any text: spans name the characters they cover, NFC or NFD alike,
and checking takes time linear in the text.

The property tests run a bounded number of examples with a fixed seed (the "ci" profile of
tests/conftest.py); `HYPOTHESIS_PROFILE=long` runs 10,000 each.
"""

from __future__ import annotations

import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import thanknote
from thanknote import Finding, check
from thanknote.checks.registry import note_rules
from thanknote.checks.text import JOINS_PREVIOUS, NoteText
from thanknote.interviews import interview_from_dict

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PANEL = thanknote.load_interview(EXAMPLES / "panel.toml")
HANGUL = interview_from_dict(
    {
        "company": "Hanbit Health",
        "position": "Analyst",
        "date": "2026-11-24",
        "candidate": {"name": "Alex Morgan"},
        "interviewers": [{"name": "김민준"}, {"name": "Dr. Priya Raman"}],
    },
    source="test",
)


def _joins_previous() -> frozenset[str]:
    """Starters that NFC composes with the character before them, from the Unicode database."""
    second = set()
    for code in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(code))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = [chr(int(p, 16)) for p in decomposition.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", "".join(parts)) == chr(code):
            second.add(parts[1])
    second |= {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    return frozenset(c for c in second if not unicodedata.combining(c))


def test_the_starters_nfc_joins_are_the_unicode_databases() -> None:
    assert _joins_previous() == JOINS_PREVIOUS


def _word_findings(text: str, interview: thanknote.Interview) -> list[Finding]:
    return [f for f in check(text, interview) if note_rules()[f.code].scope != "note"]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# -- regressions ---------------------------------------------------------------------------------


def test_spans_are_exact_where_nfc_grows_in_one_place_and_shrinks_in_another() -> None:
    # U+0958 grows to two characters under NFC; "e" and a combining acute shrink to one.
    text = "Dear Pryia,\n\nThank you \u0958 for the cafe\u0301 chat, Jose. TODO\n"
    assert len(_nfc(text)) == len(text)
    found = [(f.code, text[f.start : f.end]) for f in _word_findings(text, PANEL)]
    assert found == [
        ("name-misspelled", "Pryia"),
        ("name-misspelled", "Jose"),
        ("placeholder", "TODO"),
    ]


def test_hangul_written_in_jamo_is_the_name_on_the_card() -> None:
    note = "Dear 김민준,\n\nThank you for your time. I am keen to join Hanbit Health.\n"
    for form in ("NFC", "NFD"):
        text = unicodedata.normalize(form, note)
        assert [f.code for f in check(text, HANGUL)] == [], form


def test_the_normal_form_maps_back_piece_by_piece() -> None:
    text = "\u1100\u1161\u11a8 e\u0301 \u0958 \u2126 o\u0308\u0301 ok"
    note = NoteText(text)
    assert note.normal == _nfc(text)
    pieces: dict[tuple[int, int], str] = {}
    for index, char in enumerate(note.normal):
        span = note.span(index, index + 1)
        pieces[span] = pieces.get(span, "") + char
    assert "".join(pieces.values()) == note.normal
    for (start, end), normal in pieces.items():
        assert _nfc(text[start:end]) == normal


# -- properties ----------------------------------------------------------------------------------

# Letters, combining marks, Hangul jamo and syllables, characters NFC changes in length
# (U+0958, U+2126, U+FB2C), apostrophes and the punctuation of placeholders and sentences.
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "áéíñçøåöüÁÉÖ"
    "\u0301\u0308\u0303\u0327\u0323"
    "\u1100\u1161\u11a8김민준"
    "\u0958\u2126\ufb2c\u0b47\u0b3e"
    "'’-.,;:!? \n{}[]<>@"
)
_WORDS = st.sampled_from(
    [
        "José", "Jose", "Núñez-García", "Nunez-Garcia", "Siobhán", "Siobhan", "Priya", "Pryia",
        "Raman", "Ms.", "Dr.", "Dear", "Acme", "Robotics", "Acmé", "Thank", "you", "the", "role",
        "interested", "join", "café", "TODO", "{{ name }}", "O’Brien", "AT&T", "on-call",
        "김민준", "Hanbit", "\u0958", "e\u0301", "alex@example.com", "www.acme.example/x",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\n\n", "'s ", "-"])
_TEXTS = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=300),
    st.lists(st.tuples(_WORDS, _GLUE), min_size=1, max_size=40).map(
        lambda parts: "".join(word + glue for word, glue in parts)
    ),
)


def _same(text: str, interview: thanknote.Interview) -> None:
    for form in ("NFC", "NFD"):
        other = unicodedata.normalize(form, text)
        mine, theirs = check(text, interview), check(other, interview)
        assert [(f.code, f.message, f.suggestion) for f in mine] == [
            (f.code, f.message, f.suggestion) for f in theirs
        ], form
        for a, b in zip(mine, theirs, strict=True):
            assert _nfc(text[a.start : a.end]) == _nfc(other[b.start : b.end]), form


@given(text=_TEXTS)
def test_a_text_and_its_nfd_and_nfc_forms_get_the_same_findings(text: str) -> None:
    _same(text, PANEL)
    _same(text, HANGUL)


@given(text=_TEXTS)
def test_every_span_covers_whole_characters(text: str) -> None:
    # Its ends are where NFC may cut the text: normalising the span and what stands on
    # either side one by one gives the normal form of the whole.
    for finding in check(text, PANEL):
        assert 0 <= finding.start <= finding.end <= len(text)
        if finding.end == finding.start:
            continue
        before, span, after = (
            text[: finding.start],
            text[finding.start : finding.end],
            text[finding.end :],
        )
        assert _nfc(before) + _nfc(span) + _nfc(after) == _nfc(text), finding
        if finding.code in ("name-misspelled", "company-misspelled", "repeated-word"):
            assert span.strip() == span, finding


FAMILY_FIRM = interview_from_dict(
    {
        "company": "Corrigan & Daughters",
        "position": "Estimator",
        "date": "2026-11-24",
        "candidate": {"name": "Sam Reyes"},
        "interviewers": [{"name": "Maeve Corrigan"}, {"name": "Pieter van Houten"}],
    },
    source="test",
)
_FIRM_WORDS = st.sampled_from(
    [
        "Dear", "Ms.", "Mr.", "Corrigan", "Coriggan", "Corigan", "&", "Daughters", "Daughter",
        "Maeve", "Meave", "Pieter", "van", "Van", "Houten", "Hoten", "the", "daughters", "join",
        "I", "Sam", "Reyes", "Thank", "you",
    ]
)  # fmt: skip


@given(parts=st.lists(st.tuples(_FIRM_WORDS, _GLUE), min_size=1, max_size=30))
def test_each_word_gets_one_finding(parts: list[tuple[str, str]]) -> None:
    # A word is a misspelt name or a misspelt company, never both ("Dear Ms. Coriggan,",
    # "Corigan & Daughters"); spelling gives way to either.
    text = "".join(word + glue for word, glue in parts)
    marked: list[tuple[int, int, str]] = []
    for finding in check(text, FAMILY_FIRM):
        if finding.code in ("name-misspelled", "company-misspelled", "spelling"):
            marked.append((finding.start, finding.end, finding.code))
    for i, (start, end, code) in enumerate(marked):
        for other_start, other_end, other in marked[i + 1 :]:
            overlap = start < other_end and other_start < end
            assert not overlap or code == other, (text, marked)


# -- time ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a" * 100_000, id="100-KB-without-spaces"),
        pytest.param("a." * 50_000, id="full-stops"),
        pytest.param("a-" * 50_000, id="hyphens"),
        pytest.param("a'" * 50_000, id="apostrophes"),
        pytest.param("a@" * 50_000, id="at-signs"),
        pytest.param(",".join(["word"] * 20_000), id="commas"),
        pytest.param("e\u0301" * 50_000, id="combining-marks"),
        pytest.param("\u1100\u1161" * 50_000, id="jamo"),
    ],
)
def test_checking_is_linear_in_the_text(text: str) -> None:
    started = time.perf_counter()
    check(text, PANEL)
    # Each took from 2 to over 30 seconds when some step was quadratic; linear, well under 1.
    assert time.perf_counter() - started < 5


def test_a_placeholder_span_takes_the_accent_on_its_last_brace() -> None:
    # found by the long property run: "{{" with a combining accent that composes with nothing
    _same("Á{{\u0301", PANEL)


def test_a_polish_title_does_not_end_its_sentence_at_ds() -> None:
    """Set FY: "... the Specjalista ds. edukacji position at the Muzeum ..." was cut at "ds.",
    and the piece after it, the same in every note of the panel, was found too similar."""
    text = NoteText(
        "Thank you for our talk about the Specjalista ds. edukacji position at the Muzeum "
        "Narodowe w Krakowie. I enjoyed it."
    )

    assert [s.text[:20] for s in text.sentences] == ["Thank you for our ta", "I enjoyed it."]
