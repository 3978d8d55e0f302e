"""The checker's contract: Finding fields, order, spans into the original text, recipients."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote
from hypothesis_budget import examples
from thanknote import Finding, Interview, Note, check, check_panel
from thanknote.checks import CODES
from thanknote.planner import sentences as split_sentences

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.toml"))
TEMPLATES = sorted(thanknote.builtin_templates())
# Thank-you notes that open "Dear <name>," and state interest in a paragraph of its own.
LETTER_LIKE = ("card", "email", "letter")
# For property tests: hypothesis reruns a test body, pytest's fixtures run once.
PANEL = thanknote.load_interview(EXAMPLES_DIR / "panel.toml")

NOTE_TO_PRIYA = (
    "Dear Ms. Raman,\n\n"
    "We talked about Kafka consumer lag at peak traffic. TODO add a detail. "
    "I also met Jose Nunez-Garcia, whose team impressed me.\n\n"
    "Best regards,\nAlex Morgen\n"
)


def spans(text: str, findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, text[f.start : f.end]) for f in findings]


# -- Finding --------------------------------------------------------------------------------------


def test_finding_is_a_frozen_dataclass_with_the_documented_fields() -> None:
    assert [f.name for f in dataclasses.fields(Finding)] == [
        "code", "severity", "message", "start", "end", "suggestion",
    ]  # fmt: skip
    finding = Finding(code="spelling", severity="warning", message="m")
    assert (finding.start, finding.end, finding.suggestion) == (0, 0, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 3  # type: ignore[misc]


def test_findings_of_a_note(panel_interview: Interview) -> None:
    found = check(NOTE_TO_PRIYA, panel_interview)
    assert spans(NOTE_TO_PRIYA, found) == [
        ("missing-thanks", ""),
        ("missing-interest", ""),
        ("missing-topic", ""),
        ("title-mismatch", "Ms. Raman"),
        ("placeholder", "TODO"),
        ("name-misspelled", "Jose"),
        ("name-misspelled", "Nunez-Garcia"),
        ("name-misspelled", "Morgen"),
    ]
    assert [f.suggestion for f in found if f.code == "name-misspelled"] == [
        "José", "Núñez-García", "Morgan",
    ]  # fmt: skip


def test_findings_are_in_text_order_with_known_codes_and_severities(
    panel_interview: Interview,
) -> None:
    found = check(NOTE_TO_PRIYA, panel_interview)
    assert [(f.start, f.end) for f in found] == sorted((f.start, f.end) for f in found)
    for finding in found:
        assert finding.severity == CODES[finding.code]
        assert finding.message
        assert 0 <= finding.start <= finding.end <= len(NOTE_TO_PRIYA)


@pytest.mark.parametrize("form", ["NFD", "NFC"])
def test_spans_map_to_the_original_text(form: str, panel_interview: Interview) -> None:
    text = unicodedata.normalize(
        form, "Dear Siobhan,\n\nThank you, Sr. Núñez-García, and " + "Jose."
    )
    text += "\n\nI remain very interested in the role.\n\nBest regards,\nAlex Morgan\n"
    found = [f for f in check(text, panel_interview) if f.code == "name-misspelled"]
    assert [unicodedata.normalize("NFC", text[f.start : f.end]) for f in found] == [
        "Siobhan", "Jose",
    ]  # fmt: skip
    assert [f.suggestion for f in found] == ["Siobhán", "José"]


def test_nfd_misspelling_is_found_in_the_nfd_text(panel_interview: Interview) -> None:
    # A wrong accent in NFD: "Núñez" written with an acute on the n.
    wrong = unicodedata.normalize("NFD", "Nǘñez-García")
    text = f"Dear José {wrong},\n\nThank you for your time. I remain very interested in the role."
    found = [f for f in check(text, panel_interview) if f.code == "name-misspelled"]
    assert [text[f.start : f.end] for f in found] == [wrong]
    assert found[0].suggestion == "Núñez-García"


# -- recipient ------------------------------------------------------------------------------------

TO_PRIYA_ABOUT_KAFKA = (
    "Dear Priya,\n\nThank you for your time. We talked about Kafka consumer lag at peak "
    "traffic. I remain very interested in the role.\n\nBest regards,\nAlex Morgan\n"
)


def test_recipient_by_card_name_or_interviewer(panel_interview: Interview) -> None:
    priya = panel_interview.interviewers[0]
    by_name = check(TO_PRIYA_ABOUT_KAFKA, panel_interview, recipient="Dr. Priya Raman")
    by_object = check(TO_PRIYA_ABOUT_KAFKA, panel_interview, recipient=priya)
    inferred = check(TO_PRIYA_ABOUT_KAFKA, panel_interview)
    assert by_name == by_object == inferred
    # Kafka was José's topic: Priya's own topics are the ones the note must mention.
    assert [(f.code, f.suggestion) for f in by_name] == [
        ("missing-topic", "I especially enjoyed our conversation about moving nightly batch "
         "jobs to streaming.")
    ]  # fmt: skip


def test_recipient_decides_the_topics(panel_interview: Interview) -> None:
    jose = panel_interview.interviewer("José Núñez-García")
    found = check(TO_PRIYA_ABOUT_KAFKA, panel_interview, recipient=jose)
    # The note greets Priya: sent to José it is the wrong note, but Kafka is his topic.
    assert [f.code for f in found] == ["wrong-recipient"]


def test_note_greeting_nobody_is_checked_against_every_topic(
    panel_interview: Interview,
) -> None:
    text = TO_PRIYA_ABOUT_KAFKA.replace("Dear Priya,", "Dear hiring team,")
    assert check(text, panel_interview) == []


GREETS_SIOBHAN_NAMES_JOSE = (
    "Dear Siobhán,\n\nThank you for the tour with José Núñez-García. I especially enjoyed our "
    "talk about mentoring junior engineers. I remain very interested in the role.\n\n"
    "Best regards,\nAlex Morgan\n"
)


def test_recipient_given_explicitly_wins(panel_interview: Interview) -> None:
    text = GREETS_SIOBHAN_NAMES_JOSE
    assert check(text, panel_interview, recipient="Siobhán Ó Súilleabháin") == []


def test_inferred_recipient_is_the_person_greeted(panel_interview: Interview) -> None:
    # Siobhán's topic is mentioned; José's (Kafka) is not.
    assert check(GREETS_SIOBHAN_NAMES_JOSE, panel_interview) == []


def test_nfd_note_infers_the_same_recipient(panel_interview: Interview) -> None:
    text = "Jose\n\ninterested Jose Nunez-Garcia, Siobhán résumé José "
    nfd = unicodedata.normalize("NFD", text)
    assert [f.suggestion for f in check(nfd, panel_interview)] == [
        f.suggestion for f in check(text, panel_interview)
    ]


# -- words= ---------------------------------------------------------------------------------------


def test_words_are_accepted_by_spelling(panel_interview: Interview) -> None:
    text = TO_PRIYA_ABOUT_KAFKA.replace("We talked", "We talked about flinkify and")
    text = text.replace("Dear Priya,", "Dear José,")
    jose = "José Núñez-García"
    found = check(text, panel_interview, recipient=jose)
    assert [(f.code, text[f.start : f.end]) for f in found] == [("spelling", "flinkify")]
    assert check(text, panel_interview, recipient=jose, words=["flinkify"]) == []
    assert check(text, panel_interview, recipient=jose, words=iter(["Flinkify"])) == []


# -- check_panel ----------------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_check_panel_matches_check_for_each_note(template: str, panel_interview: Interview) -> None:
    notes = thanknote.draft(panel_interview, template)
    results = check_panel(notes, panel_interview)
    assert len(results) == len(notes)
    for note, found in zip(notes, results, strict=True):
        alone = check(note.text, panel_interview, recipient=note.recipient, template=template)
        assert found == alone


def test_check_panel_accepts_strings_and_notes(panel_interview: Interview) -> None:
    notes = thanknote.draft(panel_interview, "card")
    mixed: list[Note | str] = [notes[0], notes[1].text]
    assert check_panel(mixed, panel_interview) == [[], []]


def test_check_panel_keeps_the_order_of_the_notes(panel_interview: Interview) -> None:
    texts = [TO_PRIYA_ABOUT_KAFKA, NOTE_TO_PRIYA.replace("Ms. Raman", "José")]
    forward = check_panel(texts, panel_interview)
    backward = check_panel(texts[::-1], panel_interview)
    assert forward == backward[::-1]


# -- the "done when" ----------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_drafted_notes_have_no_error(example: Path, template: str) -> None:
    interview = thanknote.load_interview(example)
    notes = thanknote.draft(interview, template)
    for note, found in zip(notes, check_panel(notes, interview), strict=True):
        errors = [f for f in found if f.severity == "error"]
        assert errors == [], f"{note.recipient.name}: {errors}"


_INTEREST_WORDS = re.compile(
    r"interested|interest|excited|enthusias|eager|would welcome|would love|glad to|would bring|"
    r"contribute|hope to|join|keen|part of|first choice|want|serve the team|useful|of use|"
    r"suited to the role|fits the role|contribution|prepared|ready for|settle into|real use|"
    r"help the team|put what I know|demands of|well placed|team's work|serve me well|"
    r"relevant to the|put to use|put to work|help me in|of value|bring to the|bring that|"
    r"up to speed|chance to work with|like to work with",
    re.IGNORECASE,
)


def _misspell(word: str) -> str:
    """Drop the accents of a word that has any, else double its last letter."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return plain if plain != word else word + word[-1]


def _spoil(text: str) -> tuple[str, str, str]:
    """Misspell the last name in the salutation, drop interest, leave a {{ name }}."""
    salutation = re.search(r"^Dear ([^\n,]+),$", text, re.MULTILINE)
    assert salutation
    right = salutation.group(1).split()[-1]
    wrong = _misspell(right)
    start, end = salutation.span(1)
    name = salutation.group(1)
    text = text[:start] + name[: len(name) - len(right)] + wrong + text[end:]
    paragraphs = []
    for paragraph in text.split("\n\n"):
        sentences = split_sentences(paragraph)
        kept = [s for s in sentences if not _INTEREST_WORDS.search(s)]
        paragraphs.append(" ".join(kept))
    text = "\n\n".join(paragraphs)
    greeting = text[: text.index("\n\n") + 2]
    text = greeting + "{{ name }}: " + text[len(greeting) :]
    return text, wrong, right


@pytest.mark.parametrize("template", LETTER_LIKE)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_spoilt_drafts_are_caught(example: Path, template: str) -> None:
    interview = thanknote.load_interview(example)
    notes = thanknote.draft(interview, template)
    spoilt = [_spoil(note.text) for note in notes]
    texts = [text for text, _, _ in spoilt]
    results = check_panel(texts, interview)
    for (text, wrong, right), found in zip(spoilt, results, strict=True):
        errors = [f for f in found if f.severity == "error"]
        assert sorted((f.code, text[f.start : f.end], f.suggestion or "") for f in errors) == [
            ("missing-interest", "", _interest_suggestion(interview)),
            ("name-misspelled", wrong, right),
            ("placeholder", "{{ name }}", ""),
        ], text


def _interest_suggestion(interview: Interview) -> str:
    return (
        "I remain very interested in the position and would welcome the opportunity to join "
        f"{interview.company}."
    )


# -- properties -----------------------------------------------------------------------------------

# Latin letters with and without accents (precomposed and combining), apostrophes, punctuation,
# brackets and braces of placeholders, and line breaks.
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "áéíóúàèñçøåäöüßÁÉÑÖÜŁłİıÓŠšž"
    "\u0301\u0308\u0303\u0327"
    "'’‘-.,;:!? \n\t{}[]<>%#_"
)


@settings(max_examples=examples(60, long=3_000), deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=400))
def test_check_never_raises_and_spans_stay_in_the_text(text: str) -> None:
    found = check(text, PANEL)
    for finding in found:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.code in CODES
    assert [(f.start, f.end) for f in found] == sorted((f.start, f.end) for f in found)


_WORDS = st.sampled_from(
    [
        "José", "Jose", "Núñez-García", "Nunez-Garcia", "Siobhán", "Siobhan", "Súilleabháin",
        "Priya", "Raman", "Ms.", "Dr.", "Lan", "Nguyen", "Acme", "Robotics", "Acmé",
        "Thank", "you", "the", "role", "interested", "café", "naïve", "résumé", "recieve",
        "{{ name }}", "[Name]", "TODO", "O’Brien", "déjà", "vu",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\n\n", "'s "])


@settings(max_examples=examples(60, long=3_000), deadline=None)
@given(parts=st.lists(st.tuples(_WORDS, _GLUE), min_size=1, max_size=40))
def test_nfd_spans_cover_the_same_words(parts: list[tuple[str, str]]) -> None:
    text_nfc = "".join(word + glue for word, glue in parts)
    text_nfd = unicodedata.normalize("NFD", text_nfc)
    # Spans only: which interviewer a note greets (and so its topics) is tested below.
    found_nfc = [f for f in check(text_nfc, PANEL) if f.end > f.start]
    found_nfd = [f for f in check(text_nfd, PANEL) if f.end > f.start]
    assert [(f.code, f.suggestion) for f in found_nfd] == [
        (f.code, f.suggestion) for f in found_nfc
    ]
    for nfd, nfc in zip(found_nfd, found_nfc, strict=True):
        assert (
            unicodedata.normalize("NFC", text_nfd[nfd.start : nfd.end])
            == text_nfc[nfc.start : nfc.end]
        )
