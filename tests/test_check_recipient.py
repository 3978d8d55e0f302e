"""`wrong-recipient`: a note for one panel member that greets another."""

from __future__ import annotations

import pytest

from thanknote import Interview, check


def _note(greeting: str) -> str:
    return (
        f"{greeting}\n\nThank you for meeting me on Tuesday. I enjoyed our conversation about "
        "data quality monitoring. I remain very interested in the position.\n\n"
        "Best regards,\nAlex Morgan\n"
    )


def test_a_note_greeting_another_panel_member_is_flagged(panel_interview: Interview) -> None:
    text = _note("Dear José,")

    found = check(text, panel_interview, recipient="Dr. Priya Raman")

    wrong = [f for f in found if f.code == "wrong-recipient"]
    assert len(wrong) == 1
    assert wrong[0].severity == "error"
    assert text[wrong[0].start : wrong[0].end] == "José"
    assert wrong[0].suggestion == "Dr. Raman"  # the warm form: a doctor keeps the title
    assert wrong[0].message == "This note is for Dr. Priya Raman, but it greets José Núñez-García."


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


def test_without_a_recipient_the_person_greeted_is_assumed(panel_interview: Interview) -> None:
    assert "wrong-recipient" not in [f.code for f in check(_note("Dear José,"), panel_interview)]


def test_a_drafted_letter_to_a_title_printed_again_after_the_name_checks_clean() -> None:
    """Set DV: "Dear Dr. Jurić," to "prim. dr. sc. Ante Jurić, dr. med.", whose file
    gives the honorific "Dr.", was a `greeting` error ("'Dr.' is a credential on the
    card"); the address block's "Glavna sestra Zavoda", the reader's title as the file
    gives it, a `company-misspelled` one."""
    import datetime as dt

    from thanknote import Candidate, Interviewer, draft

    interview = Interview(
        company="Zavod za hitnu medicinu Splitsko-dalmatinske županije",
        position="Paramedic",
        date=dt.date(2026, 11, 2),
        candidate=Candidate(name="Ivana Perković"),
        interviewers=(
            Interviewer(name="prim. dr. sc. Ante Jurić, dr. med.", honorific="Dr."),
            Interviewer(name="Marija Šimunović, mag. med. techn.", title="Glavna sestra Zavoda"),
        ),
    )
    for note in draft(interview, "letter", today=interview.date):
        assert [f.code for f in check(note) if f.severity == "error"] == [], note.text
