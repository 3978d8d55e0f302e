"""Checks added after a fresh user review: wrong recipient, doubled words and friends."""

from __future__ import annotations

import pytest

from thanknote import Interview, check


def _note(greeting: str, body: str = "") -> str:
    return (
        f"{greeting}\n\nThank you for meeting me on Tuesday. I enjoyed our conversation about "
        f"data quality monitoring. {body}I remain very interested in the position.\n\n"
        "Best regards,\nAlex Morgan\n"
    )


def test_a_note_greeting_another_panel_member_is_flagged(panel_interview: Interview) -> None:
    text = _note("Dear José,")

    found = check(text, panel_interview, recipient="Dr. Priya Raman")

    wrong = [f for f in found if f.code == "wrong-recipient"]
    assert len(wrong) == 1
    assert wrong[0].severity == "error"
    assert text[wrong[0].start : wrong[0].end] == "José"
    assert wrong[0].suggestion == "Priya"


@pytest.mark.parametrize(
    "greeting", ["Dear Priya,", "Dear Dr. Raman,", "Hi Priya and José,", "Hello,"]
)
def test_greeting_the_recipient_is_not_flagged(panel_interview: Interview, greeting: str) -> None:
    found = check(_note(greeting), panel_interview, recipient="Dr. Priya Raman")

    assert [f for f in found if f.code == "wrong-recipient"] == []


def test_subject_line_does_not_hide_the_greeting(panel_interview: Interview) -> None:
    text = "Subject: Thank you\n\n" + _note("Dear José,")

    found = check(text, panel_interview, recipient="Dr. Priya Raman")

    assert [f.code for f in found if f.code == "wrong-recipient"] == ["wrong-recipient"]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Thank you for for your time. ", "for for"),
        ("I liked the the demo. ", "the the"),
    ],
)
def test_doubled_words_are_flagged(panel_interview: Interview, body: str, flagged: str) -> None:
    text = _note("Dear Priya,", body)

    found = [f for f in check(text, panel_interview) if f.code == "repeated-word"]

    assert [text[f.start : f.end] for f in found] == [flagged]


def test_allowed_doubles_are_not_flagged(panel_interview: Interview) -> None:
    text = _note("Dear Priya,", "I had had a long week, so so glad we met. ")

    assert [f for f in check(text, panel_interview) if f.code == "repeated-word"] == []


def test_words_in_links_are_not_spelling_mistakes(panel_interview: Interview) -> None:
    text = _note("Dear Priya,", "My profile is at linkedin.com/in/mayak and my inbox is open. ")

    assert [f for f in check(text, panel_interview) if f.code == "spelling"] == []


def test_cant_wait_to_get_started_is_interest(panel_interview: Interview) -> None:
    text = (
        "Dear Priya,\n\nThank you for meeting me on Tuesday and for our talk about data quality "
        "monitoring. I can't wait to get started.\n\nBest regards,\nAlex Morgan\n"
    )

    assert "missing-interest" not in [f.code for f in check(text, panel_interview)]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I would love to join Acme robotics and its people.", ["Acme robotics"]),
        ("I would love to join AcmeRobotics soon.", ["AcmeRobotics"]),
        ("At Acme, robotics is central and I would love to join.", []),
        ("ACME ROBOTICS is where I want to be.", []),
    ],
)
def test_company_spacing_and_capitals(
    panel_interview: Interview, sentence: str, flagged: list[str]
) -> None:
    text = _note("Dear Priya,", sentence + " ")

    found = [f for f in check(text, panel_interview) if f.code == "company-misspelled"]

    assert [text[f.start : f.end] for f in found] == flagged


def test_split_company_name_is_suggested_as_the_file_writes_it(
    panel_interview: Interview,
) -> None:
    import dataclasses

    interview = dataclasses.replace(panel_interview, company="BrightQuay & Co.")
    text = _note("Dear Priya,", "I would love to join Bright Quay & Co. soon. ")

    found = [f for f in check(text, interview) if f.code == "company-misspelled"]

    assert [(text[f.start : f.end], f.suggestion) for f in found] == [
        ("Bright Quay & Co", "BrightQuay & Co.")
    ]
