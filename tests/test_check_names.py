"""`name-misspelled` and `title-mismatch`: names in a note compared with the cards."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote import Candidate, Finding, Interview, Interviewer, check

BODY = (
    "Thank you for meeting with me to talk about the data platform roadmap. "
    "I remain very interested in the role and would welcome the chance to join the team."
)


def interview(*cards: str, candidate: str = "Alex Morgan") -> Interview:
    return Interview(
        company="Acme Robotics",
        position="Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name=candidate),
        interviewers=tuple(Interviewer(name=card) for card in cards),
        topics=("the data platform roadmap",),
    )


def letter(salutation: str, extra: str = "", signature: str = "Alex Morgan") -> str:
    return f"{salutation}\n\n{BODY}{extra}\n\nBest regards,\n{signature}\n"


def names_flagged(text: str, findings: list[Finding]) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.suggestion) for f in findings if f.code == "name-misspelled"]


# (card, as misspelt, the card's spelling of that part)
MISSPELT = [
    pytest.param("Erik Hansen", "Hnasen", "Hansen", id="transposition"),
    pytest.param("Sarah Mitchell", "Mitchel", "Mitchell", id="dropped-letter"),
    pytest.param("Alison Brooks", "Alisson", "Alison", id="doubled-letter"),
    pytest.param("Anna Müller", "Muller", "Müller", id="dropped-umlaut"),
    pytest.param("François Lefèvre", "Francois", "François", id="dropped-cedilla"),
    pytest.param("François Lefèvre", "Lefévre", "Lefèvre", id="wrong-accent"),
    pytest.param("Björk Sigurðardóttir", "Bjork", "Björk", id="dropped-diaeresis"),
    pytest.param("José Núñez-García", "Nunez-Garcia", "Núñez-García", id="hyphenated-accents"),
    pytest.param("Alan Turner", "Allen", "Alan", id="Allen-for-Alan"),
    pytest.param("Geoffrey Hill", "Jeffrey", "Geoffrey", id="Jeffrey-for-Geoffrey"),
    pytest.param("Karl Weber", "Carl", "Karl", id="Carl-for-Karl"),
    pytest.param("Bryan McDonald", "Brian", "Bryan", id="Brian-for-Bryan"),
    pytest.param("Tom Greene", "Green", "Greene", id="Green-for-Greene"),
    pytest.param("Amy Reid", "Reed", "Reid", id="Reed-for-Reid"),
    pytest.param("Marco DiMaggio", "Dimaggio", "DiMaggio", id="camel-case-Di"),
    pytest.param("Luc LeBlanc", "Leblanc", "LeBlanc", id="camel-case-Le"),
    # A family name printed in capitals is suggested as a letter writes it.
    pytest.param("Jean-Pierre MOREAU", "Moreu", "Moreau", id="capitals-suggested-small"),
]

# Where a name stands: each context places `{}` where the name is written.
CONTEXTS = [
    pytest.param("Dear {},", "", id="salutation"),
    pytest.param("Dear Mx. {},", "", id="after-honorific"),
    pytest.param(
        "Dear team,", " I enjoyed meeting {} and the rest of the group.", id="mid-sentence"
    ),
    pytest.param("Dear team,", " {}'s team impressed me.", id="possessive"),
]


@pytest.mark.parametrize(("card", "wrong", "right"), MISSPELT)
@pytest.mark.parametrize(("salutation", "extra"), CONTEXTS)
def test_misspelt_name_is_flagged(
    card: str, wrong: str, right: str, salutation: str, extra: str
) -> None:
    text = letter(salutation.format(wrong), extra.format(wrong))
    found = [f for f in check(text, interview(card)) if f.code == "name-misspelled"]
    assert len(found) == 1
    (finding,) = found
    assert finding.severity == "error"
    assert text[finding.start : finding.end] == wrong
    assert finding.suggestion == right


@pytest.mark.parametrize(
    ("candidate", "signed", "wrong", "right"),
    [
        pytest.param("Alex Morgan", "Alex Morgen", "Morgen", "Morgan", id="letter-change"),
        pytest.param("Alex Morgan", "Alex Mogran", "Mogran", "Morgan", id="transposition"),
        pytest.param("Zoë Lindqvist", "Zoe Lindqvist", "Zoe", "Zoë", id="dropped-diaeresis"),
    ],
)
def test_own_name_misspelt_in_signature(
    candidate: str, signed: str, wrong: str, right: str
) -> None:
    text = letter("Dear Erik,", signature=signed)
    found = check(text, interview("Erik Hansen", candidate=candidate))
    assert [(f.code, f.severity) for f in found] == [("name-misspelled", "error")]
    assert names_flagged(text, found) == [(wrong, right)]
    assert "your own name" in found[0].message


def test_possessive_span_leaves_out_the_apostrophe_s() -> None:
    text = letter("Dear Alan,", " Allen's team impressed me.")
    (finding,) = check(text, interview("Alan Turner"))
    assert text[finding.start : finding.end + 2] == "Allen's"


@pytest.mark.parametrize(
    ("cards", "text"),
    [
        pytest.param(["Erik Hansen"], letter("Dear Erik,"), id="given-name-alone"),
        pytest.param(["Erik Hansen"], letter("Dear Mr. Hansen,"), id="honorific-and-family"),
        pytest.param(["Robert (Bob) Smith, PhD"], letter("Dear Bob,"), id="card-nickname"),
        pytest.param(["Robert (Bob) Smith, PhD"], letter("Dear Dr. Smith,"), id="phd-as-dr"),
        pytest.param(["Robert (Bob) Smith, PhD"], letter("Dear Robert,"), id="card-given-name"),
        pytest.param(
            ["Erik Hansen"], letter("Dear Erik,", " Erik's team impressed me."), id="possessive"
        ),
        pytest.param(
            ["Erik Hansen"], "ERIK HANSEN\nACME ROBOTICS\n\n" + letter("Dear Erik,"), id="all-caps"
        ),
        pytest.param(
            ["Will Young"],
            letter("Dear Will,", " I will send the notes we talked about."),
            id="Will-and-will",
        ),
        pytest.param(
            ["Grant Mills"],
            letter("Dear Grant,", " I hope you will grant me another conversation."),
            id="Grant-and-grant",
        ),
        pytest.param(
            ["Ruth Greenburg"],
            letter("Dear Ruth,", " Tom Greenberg told me about the roadmap."),
            id="another-person-Greenberg",
        ),
        pytest.param(
            ["Allan Wu"],
            letter("Dear Allan,", " I also met Alan Park from sales."),
            id="another-person-Alan-Park",
        ),
        pytest.param(
            ["José Núñez-García"],
            unicodedata.normalize("NFD", letter("Dear José Núñez-García,")),
            id="nfd-note-nfc-card",
        ),
        pytest.param(
            [unicodedata.normalize("NFD", "José Núñez-García")],
            letter("Dear José Núñez-García,"),
            id="nfc-note-nfd-card",
        ),
        pytest.param(["Siobhan O’Brien"], letter("Dear Ms. O'Brien,"), id="straight-for-curly"),
        pytest.param(
            ["Siobhan O'Brien"],
            letter("Dear Ms. O’Brien,", " Ms. O’Brien’s team was great."),
            id="curly-for-straight",
        ),
        pytest.param(["Dr. Priya Raman"], letter("Dear Doctor Raman,"), id="Doctor-spelled-out"),
        pytest.param(
            ["Dr. Jean-Pierre MOREAU"], letter("Dear Dr. Moreau,"), id="capitals-in-small-letters"
        ),
        pytest.param(
            ["Dr. Jean-Pierre MOREAU"], letter("Dear Dr. MOREAU,"), id="capitals-as-printed"
        ),
        pytest.param(["SATO Hiroshi"], letter("Dear Hiroshi,", " Mr. Sato's team."), id="SATO"),
        pytest.param(
            ["Marco DiMaggio"],
            letter("Dear Marco,", " Marco DiMaggio's dashboards were impressive."),
            id="camel-case-possessive",
        ),
    ],
)
def test_correct_or_unrelated_names_are_not_flagged(cards: list[str], text: str) -> None:
    found = check(text, interview(*cards))
    assert [f for f in found if f.code in {"name-misspelled", "title-mismatch"}] == []


@pytest.mark.parametrize(
    ("card", "closing"),
    [
        pytest.param("Dawn King", "Kind regards,", id="Kind-King"),
        pytest.param("Anna Beste", "Best regards,", id="Best-Beste"),
        pytest.param("Mary Ward", "Warm regards,", id="Warm-Ward"),
    ],
)
def test_closing_formula_is_not_a_name(card: str, closing: str) -> None:
    text = f"Dear {card.split()[0]},\n\n{BODY}\n\n{closing}\nAlex Morgan\n"
    assert names_flagged(text, check(text, interview(card))) == []


def test_ordinary_word_spelled_like_an_accented_name() -> None:
    text = letter("Dear Ángel,", " You were a guardian angel during the onsite.")
    assert names_flagged(text, check(text, interview("Ángel Ruiz"))) == []


@pytest.mark.parametrize(
    ("salutation", "flagged"),
    [
        pytest.param("Dear Ms. Raman,", "Ms. Raman", id="Ms"),
        pytest.param("Dear Mr. Raman,", "Mr. Raman", id="Mr"),
        pytest.param("Dear Ms Raman,", "Ms Raman", id="Ms-without-dot"),
    ],
)
def test_title_mismatch(salutation: str, flagged: str) -> None:
    text = letter(salutation)
    found = check(text, interview("Dr. Priya Raman"))
    assert [(f.code, f.severity, text[f.start : f.end], f.suggestion) for f in found] == [
        ("title-mismatch", "warning", flagged, "Dr. Raman")
    ]


@pytest.mark.parametrize(
    ("card", "salutation"),
    [
        pytest.param("Prof. Jane Holloway", "Dear Professor Holloway,", id="professor"),
        pytest.param("Prof. Jane Holloway", "Dear Prof. Holloway,", id="prof"),
        pytest.param("Maj. Sam Carter", "Dear Major Carter,", id="major"),
        pytest.param("Lt. Cdr. Sarah Hollis, USN", "Dear Lieutenant Commander Hollis,", id="rank"),
        pytest.param("Rev. Grace Adjei", "Dear Reverend Adjei,", id="reverend"),
        pytest.param("Prof. Dr.-Ing. Klaus Meier", "Dear Professor Meier,", id="prof-dr-ing"),
    ],
)
def test_title_spelled_out_is_no_mismatch(card: str, salutation: str) -> None:
    found = check(letter(salutation), interview(card))
    assert [f for f in found if f.code == "title-mismatch"] == []


@pytest.mark.parametrize(
    ("card", "salutation", "suggestion"),
    [
        pytest.param("Maj. Sam Carter", "Dear Mr. Carter,", "Major Carter", id="major"),
        pytest.param("Prof. Jane Holloway", "Dear Ms. Holloway,", "Professor Holloway", id="prof"),
        pytest.param("Rev. Grace Adjei", "Dear Dr. Adjei,", "Reverend Adjei", id="reverend"),
    ],
)
def test_title_mismatch_suggests_the_spelled_out_title(
    card: str, salutation: str, suggestion: str
) -> None:
    found = check(letter(salutation), interview(card))
    assert [(f.code, f.suggestion) for f in found] == [("title-mismatch", suggestion)]


def test_honorific_from_the_file_is_no_mismatch_and_is_suggested() -> None:
    person = Interviewer(name="Dana Whitaker, CPA", honorific="Ms.")
    panel = Interview(
        company="Acme Robotics",
        position="Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=(person,),
        topics=("the data platform roadmap",),
    )

    assert [f.code for f in check(letter("Dear Ms. Whitaker,"), panel)] == []
    found = check(letter("Dear Mr. Whitaker,"), panel)
    assert [(f.code, f.suggestion) for f in found] == [("title-mismatch", "Ms. Whitaker")]


def test_title_mismatch_message() -> None:
    (finding,) = check(letter("Dear Ms. Raman,"), interview("Dr. Priya Raman"))
    assert finding.message == "Dr. Priya Raman's card says Dr., not Ms."


def test_misspelt_name_message() -> None:
    (finding,) = check(letter("Dear Hnasen,"), interview("Erik Hansen"))
    assert (
        finding.message == "'Hnasen' is spelled differently on Erik Hansen's card: write 'Hansen'."
    )


# Card names of letters with and without diacritics, capitalised as on a card.
_LETTERS = "abcdefghijklmnoprstuvwyzáàâäãåçéèêëíìîïñóòôöõøúùûüýžščřłßæ"
_NAME_PART = st.text(alphabet=_LETTERS, min_size=2, max_size=10).map(
    lambda s: unicodedata.normalize("NFC", s[:1].upper() + s[1:])
)


@settings(max_examples=examples(60, long=3_000), deadline=None)
@given(given_name=_NAME_PART, family=_NAME_PART)
def test_exact_card_name_is_never_flagged(given_name: str, family: str) -> None:
    card = f"{given_name} {family}"
    text = (
        f"Dear {card},\n\nThank you for meeting with me. {given_name} {family} "
        f"explained the roadmap, and {family}'s team impressed me. I remain very "
        "interested in the role.\n\nSincerely,\nAlex Morgan\n"
    )
    found = check(text, interview(card))
    # Only the name itself: an everyday word equal to a part but for its accents ("in" for
    # "Ìn") is test_ordinary_word_spelled_like_an_accented_name.
    assert [word for word, _ in names_flagged(text, found) if word in {given_name, family}] == []


def test_a_letter_greeting_from_the_files_hi_is_not_flagged() -> None:
    """Set FD's panel check: "Dear Brad," in a letter for the file's "Hi Brad," to Bradley
    Nguyen was flagged as a nickname the card does not give; it is the file's own name."""
    from thanknote import check_panel, draft

    interview = Interview(
        company="Acme Robotics",
        position="Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=(Interviewer(name="Bradley Nguyen", salutation="Hi Brad,"),),
        topics=("the data platform roadmap",),
    )
    notes = draft(interview, "letter", today=dt.date(2026, 11, 25))

    assert "\nDear Brad,\n" in notes[0].text
    codes = [f.code for findings in check_panel(notes, interview) for f in findings]
    assert "greeting" not in codes
