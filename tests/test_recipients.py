"""Finding an interviewer from any unambiguous part of their name."""

from __future__ import annotations

import dataclasses

import pytest

from thanknote import Interview, Interviewer
from thanknote.errors import UnknownRecipientError
from thanknote.recipients import AmbiguousRecipientError, find_recipient, recipient_index


def _panel(panel_interview: Interview, *extra: Interviewer) -> Interview:
    people = (*panel_interview.interviewers, *extra)
    return dataclasses.replace(panel_interview, interviewers=people)


@pytest.mark.parametrize(
    ("said", "card"),
    [
        pytest.param("Dr. Priya Raman", "Dr. Priya Raman", id="whole-card-name"),
        pytest.param("dr.  priya   RAMAN", "Dr. Priya Raman", id="case-and-spacing"),
        pytest.param("Priya", "Dr. Priya Raman", id="given"),
        pytest.param("raman", "Dr. Priya Raman", id="family"),
        pytest.param("Dr Raman", "Dr. Priya Raman", id="title-and-family"),
        pytest.param("Siobhan", "Siobhán Ó Súilleabháin", id="without-accents"),
        pytest.param("o suilleabhain", "Siobhán Ó Súilleabháin", id="family-with-particle"),
        pytest.param("Núñez-García", "José Núñez-García", id="double-family-name"),
        pytest.param("Nunez", "José Núñez-García", id="part-of-a-double-family-name"),
        pytest.param("jose nunez garcia", "José Núñez-García", id="without-hyphen"),
        pytest.param("Lan", "Nguyen Thi Lan", id="family-first-given"),
        pytest.param("Nguyen", "Nguyen Thi Lan", id="family-first-family"),
        pytest.param("Bob", "Robert (Bob) Tanner", id="nickname-on-the-card"),
        pytest.param("Rob", "Roberto Díaz", id="nickname-in-the-file"),
        pytest.param("OBrien", "Dr. Áine O’Brien", id="without-apostrophe"),
        pytest.param("interviewers[2]", "José Núñez-García", id="table"),
    ],
)
def test_any_unambiguous_part_of_a_name(panel_interview: Interview, said: str, card: str) -> None:
    interview = _panel(
        panel_interview,
        Interviewer(name="Robert (Bob) Tanner"),
        Interviewer(name="Roberto Díaz", nickname="Rob"),
        Interviewer(name="Dr. Áine O’Brien"),
    )
    assert find_recipient(interview, said).name == card


def test_an_ambiguous_name_lists_the_people_it_could_be(panel_interview: Interview) -> None:
    interview = _panel(panel_interview, Interviewer(name="Priya Shah"))

    with pytest.raises(AmbiguousRecipientError) as caught:
        find_recipient(interview, "priya")

    assert str(caught.value) == (
        "'priya' could be 'Dr. Priya Raman' (interviewers[1]) or 'Priya Shah' "
        "(interviewers[5]); give more of the name"
    )
    assert find_recipient(interview, "Priya Shah").name == "Priya Shah"
    assert find_recipient(interview, "Raman").name == "Dr. Priya Raman"


def test_two_people_of_the_same_name_are_told_apart_by_their_table(
    panel_interview: Interview,
) -> None:
    twins = _panel(panel_interview, Interviewer(name="Ann Lee"), Interviewer(name="Ann Lee"))

    with pytest.raises(AmbiguousRecipientError) as caught:
        find_recipient(twins, "Ann Lee")

    assert str(caught.value).endswith("; name the table instead, e.g. 'interviewers[6]'")
    assert recipient_index(twins, "interviewers[6]") == 5


def test_nobody_of_that_name(panel_interview: Interview) -> None:
    with pytest.raises(UnknownRecipientError) as caught:
        find_recipient(panel_interview, "Zed")
    assert str(caught.value) == (
        "'Zed' is not on the interview's panel; choose from: 'Dr. Priya Raman', "
        "'José Núñez-García', 'Siobhán Ó Súilleabháin', 'Nguyen Thi Lan'"
    )
    with pytest.raises(UnknownRecipientError):
        find_recipient(panel_interview, "")
    with pytest.raises(UnknownRecipientError):
        find_recipient(panel_interview, "interviewers[9]")


def test_a_part_of_a_word_is_not_a_name(panel_interview: Interview) -> None:
    with pytest.raises(UnknownRecipientError):
        find_recipient(panel_interview, "Pri")
