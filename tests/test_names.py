"""Business-card names: their parts and the salutations built from them."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thanknote import (
    Candidate,
    CardName,
    Interview,
    Interviewer,
    formal_salutation,
    load_interview,
    parse_card_name,
    render,
    warm_salutation,
)


@pytest.mark.parametrize(
    ("card", "family_first", "parts"),
    [
        pytest.param(
            "Dr. Priya Raman", False, {"honorific": "Dr.", "given": "Priya", "family": "Raman"},
            id="honorific",
        ),
        pytest.param(
            "José Núñez-García", False, {"given": "José", "family": "Núñez-García"},
            id="hyphenated-family",
        ),
        pytest.param(
            "Siobhán Ó Súilleabháin", False, {"given": "Siobhán", "family": "Ó Súilleabháin"},
            id="irish-particle",
        ),
        pytest.param(
            "Nguyen Thi Lan", True,
            {"given": "Lan", "middle": "Thi", "family": "Nguyen", "family_first": True},
            id="family-first",
        ),
        pytest.param(
            "Robert (Bob) Smith, PhD", False,
            {"given": "Robert", "family": "Smith", "nickname": "Bob", "suffix": "PhD"},
            id="nickname-and-degree",
        ),
        pytest.param(
            "Prof. Dr. Hans van der Berg", False,
            {"honorific": "Prof. Dr.", "given": "Hans", "family": "van der Berg"},
            id="two-honorifics-and-particles",
        ),
        pytest.param(
            "Mary-Kate O'Brien", False, {"given": "Mary-Kate", "family": "O'Brien"},
            id="hyphen-and-apostrophe",
        ),
        pytest.param(
            "Anna DiMaggio Jr.", False, {"given": "Anna", "family": "DiMaggio", "suffix": "Jr."},
            id="generational-suffix",
        ),
        pytest.param("Dr. Raman", False, {"honorific": "Dr.", "family": "Raman"}, id="no-given"),
    ],
)  # fmt: skip
def test_parse_card_name(card: str, family_first: bool, parts: dict[str, str]) -> None:
    expected = CardName(card=card, **parts)

    assert parse_card_name(card, family_first=family_first) == expected


def test_parse_card_name_normalises_to_nfc_and_single_spaces() -> None:
    nfd = unicodedata.normalize("NFD", "José  Núñez-García ")

    name = parse_card_name(nfd)

    assert name.card == "José Núñez-García"
    assert (name.given, name.family) == ("José", "Núñez-García")


def test_nickname_argument_wins_over_the_card() -> None:
    name = parse_card_name("Robert (Bob) Smith, PhD", nickname="Robbie")

    assert name.nickname == "Robbie"
    assert warm_salutation(name) == "Dear Robbie,"


@pytest.mark.parametrize(
    ("card", "salutation"),
    [
        pytest.param("Dr. Priya Raman", "Dear Dr. Raman,", id="honorific"),
        pytest.param(
            "Siobhán Ó Súilleabháin", "Dear Siobhán Ó Súilleabháin,", id="no-honorific-no-guess"
        ),
        pytest.param("José Núñez-García", "Dear José Núñez-García,", id="no-mr-guessed"),
        pytest.param("Robert (Bob) Smith, PhD", "Dear Dr. Smith,", id="phd-means-dr"),
        pytest.param("Jane Roe, M.D.", "Dear Dr. Roe,", id="md-means-dr"),
        pytest.param("Ms. Jane Doe", "Dear Ms. Doe,", id="card-honorific-kept"),
        pytest.param(
            "Prof. Dr. Hans van der Berg", "Dear Prof. Dr. van der Berg,", id="two-titles"
        ),
        pytest.param("Anna DiMaggio Jr.", "Dear Anna DiMaggio,", id="jr-not-dr"),
        pytest.param("Madonna", "Dear Madonna,", id="one-name"),
    ],
)
def test_formal_salutation(card: str, salutation: str) -> None:
    assert formal_salutation(parse_card_name(card)) == salutation


def test_formal_salutation_keeps_family_first_order() -> None:
    name = parse_card_name("Nguyen Thi Lan", family_first=True)

    assert formal_salutation(name) == "Dear Nguyen Thi Lan,"


@pytest.mark.parametrize(
    ("card", "family_first", "salutation"),
    [
        pytest.param("Dr. Priya Raman", False, "Dear Priya,", id="given-name"),
        pytest.param("Robert (Bob) Smith, PhD", False, "Dear Bob,", id="nickname"),
        pytest.param("Nguyen Thi Lan", True, "Dear Lan,", id="family-first"),
        pytest.param("Siobhán Ó Súilleabháin", False, "Dear Siobhán,", id="diacritics"),
        pytest.param("Mary-Kate O'Brien", False, "Dear Mary-Kate,", id="hyphenated-given"),
        pytest.param("Dr. Raman", False, "Dear Dr. Raman,", id="no-given-falls-back"),
    ],
)
def test_warm_salutation(card: str, family_first: bool, salutation: str) -> None:
    assert warm_salutation(parse_card_name(card, family_first=family_first)) == salutation


def _interview(*people: Interviewer) -> Interview:
    return Interview(
        company="Acme Robotics",
        position="Senior Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=people,
    )


@pytest.mark.parametrize(
    ("person", "template", "salutation"),
    [
        pytest.param(
            Interviewer(name="Dr. Priya Raman", salutation="Hi Priya"), "card", "Hi Priya,",
            id="salutation-card",
        ),
        pytest.param(
            Interviewer(name="Dr. Priya Raman", salutation="Dear Priya:"), "email", "Dear Priya:",
            id="salutation-email",
        ),
        pytest.param(
            Interviewer(name="Robert Smith", nickname="Bob"), "card", "Dear Bob,",
            id="nickname-card",
        ),
        pytest.param(
            Interviewer(name="Robert (Bob) Smith", nickname="Rob"), "card", "Dear Rob,",
            id="nickname-beats-card",
        ),
        pytest.param(
            Interviewer(name="Robert Smith", nickname="Bob"), "email", "Dear Robert Smith,",
            id="nickname-not-formal",
        ),
    ],
)  # fmt: skip
def test_explicit_salutation_and_nickname_win(
    person: Interviewer, template: str, salutation: str
) -> None:
    note = render(_interview(person), person, template)

    assert note.text.splitlines()[0] == salutation


# Names people write on cards: letters from the Latin blocks (with diacritics),
# joined by apostrophes and hyphens, in words separated by spaces.
_LATIN = st.characters(
    categories=("Lu", "Ll"),
    min_codepoint=0x41,
    max_codepoint=0x24F,
)
_WORD = st.builds(
    lambda parts, joiners: "".join(
        p + (joiners[i] if i < len(parts) - 1 else "") for i, p in enumerate(parts)
    ),
    st.lists(st.text(_LATIN, min_size=1, max_size=8), min_size=1, max_size=3),
    st.lists(st.sampled_from(["-", "'", "’"]), min_size=2, max_size=2),
)
_CARD = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "", "Dr. ", "Prof. ", "Mr. ", "Ms. "]),
    st.lists(_WORD, min_size=1, max_size=5).map(" ".join),
    st.sampled_from(["", "", ", PhD", " Jr."]),
)


@settings(max_examples=100, deadline=None)
@given(card=_CARD, family_first=st.booleans())
def test_any_card_name_parses_into_parts_of_the_card(card: str, family_first: bool) -> None:
    name = parse_card_name(card, family_first=family_first)
    nfc = unicodedata.normalize("NFC", card)

    for part in (name.honorific, name.given, name.middle, name.family, name.suffix, name.nickname):
        assert part in nfc
    for salutation in (formal_salutation(name), warm_salutation(name)):
        assert salutation.startswith("Dear ")
        assert salutation.endswith(",")
        assert len(salutation) > len("Dear ,")
        for guess in ("Mr.", "Ms.", "Mrs."):
            assert guess not in salutation or guess in nfc


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_salutation_from_the_file_wins(template: str) -> None:
    path = Path(__file__).resolve().parent / "data" / "valid" / "all_fields.toml"
    interview = load_interview(path)

    note = render(interview, "Robert Smith, PhD", template)

    assert "\nHi Bob,\n" in f"\n{note.text}"
    assert "Dear" not in note.text


@pytest.mark.parametrize(
    ("card", "formal", "warm"),
    [
        pytest.param("Dr. med. Anna Schmidt", "Dear Dr. Schmidt,", "Dear Anna,", id="dr-med"),
        pytest.param(
            "J. Robert Oppenheimer", "Dear J. Robert Oppenheimer,", "Dear Robert,", id="initial"
        ),
        pytest.param("Sir Ian Blake", "Dear Sir Ian,", "Dear Ian,", id="sir"),
    ],
)  # fmt: skip
def test_salutations_for_less_common_cards(card: str, formal: str, warm: str) -> None:
    name = parse_card_name(card)

    assert (formal_salutation(name), warm_salutation(name)) == (formal, warm)
