"""The phrasings of interest (thanknote/checks/interest.toml): each matches its examples."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from thanknote import Candidate, Interview, Interviewer, check
from thanknote.checks.interest import (
    Phrasebook,
    Phrasing,
    check_phrasebook,
    phrasebook,
    trigger_is_required,
    wish_for_the_job,
)

COMPANY = "Acme Robotics"
BOOK = phrasebook()
INTERVIEW = Interview(
    company=COMPANY,
    position="Data Engineer",
    date=dt.date(2026, 11, 24),
    candidate=Candidate(name="Alex Morgan"),
    interviewers=(Interviewer(name="Erik Hansen"),),
)


def _cases(phrasings: tuple[Phrasing, ...], field: str = "examples") -> list[tuple[Phrasing, str]]:
    return [(p, sentence) for p in phrasings for sentence in getattr(p, field)]


def _id(case: object) -> str:
    if isinstance(case, Phrasing):
        return case.name or case.kind
    return str(case)[:40]


def _states_interest(sentence: str) -> bool:
    return "missing-interest" not in [f.code for f in check(sentence, INTERVIEW)]


ALL = (*BOOK.phrasings, *BOOK.idioms, *BOOK.withdrawals)


@pytest.mark.parametrize(("phrasing", "sentence"), _cases(ALL), ids=_id)
def test_phrasing_matches_its_examples(phrasing: Phrasing, sentence: str) -> None:
    assert phrasing.compile(COMPANY).search(sentence.lower())


@pytest.mark.parametrize(("phrasing", "sentence"), _cases(ALL, "rejects"), ids=_id)
def test_phrasing_does_not_match_its_rejects(phrasing: Phrasing, sentence: str) -> None:
    assert not phrasing.compile(COMPANY).search(sentence.lower())


@pytest.mark.parametrize(("phrasing", "sentence"), _cases((*BOOK.phrasings, *BOOK.idioms)), ids=_id)
def test_an_example_alone_states_interest(phrasing: Phrasing, sentence: str) -> None:
    # Through the whole check: the quick test must let every phrasing's examples through.
    assert _states_interest(sentence)


@pytest.mark.parametrize(("phrasing", "sentence"), _cases(BOOK.withdrawals), ids=_id)
def test_a_withdrawal_undoes_interest(phrasing: Phrasing, sentence: str) -> None:
    assert not _states_interest(f"I remain very interested in the role. {sentence}")


@pytest.mark.parametrize("sentence", BOOK.wish_examples)
def test_wish_for_the_job(sentence: str) -> None:
    assert wish_for_the_job(sentence.lower(), COMPANY)
    assert _states_interest(sentence)


@pytest.mark.parametrize("sentence", BOOK.wish_rejects)
def test_not_a_wish_for_the_job(sentence: str) -> None:
    assert not wish_for_the_job(sentence.lower(), COMPANY)


def test_every_phrasing_has_examples() -> None:
    assert all(p.examples for p in ALL)
    assert all(p.name for p in BOOK.phrasings)


def test_the_phrasebook_composes() -> None:
    check_phrasebook(BOOK)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            {"pieces": {**BOOK.pieces, "SEAT": ("seat|place",)}},
            "<SEAT>: write one alternative a line",
            id="two-alternatives-a-line",
        ),
        pytest.param(
            {"pieces": {**BOOK.pieces, "SEAT": ("seat #1",)}},
            "<SEAT>: write '#' as '\\#'",
            id="comment-sign",
        ),
        pytest.param(
            {"phrasings": (BOOK.phrasings[0]._replace(trigger=None),)},
            "'feeling-about-the-job': name its trigger",
            id="no-trigger",
        ),
        pytest.param(
            {"phrasings": (BOOK.phrasings[0]._replace(trigger="ROLE", pattern="<ROLE>?"),)},
            "'feeling-about-the-job': trigger <ROLE> must stand outside",
            id="optional-trigger",
        ),
        pytest.param(
            {"idioms": (BOOK.idioms[0]._replace(pattern="<NOPE>"),)},
            "no piece <NOPE>",
            id="unknown-piece",
        ),
    ],
)
def test_malformed_phrasebooks_are_refused(change: dict[str, object], message: str) -> None:
    broken: Phrasebook = BOOK._replace(**change)  # type: ignore[arg-type]

    with pytest.raises(ValueError, match=re.escape(message)):
        check_phrasebook(broken)


@pytest.mark.parametrize(
    ("pattern", "trigger", "required"),
    [
        pytest.param(r"\b<FEELING>\b [^.;]{0,9} <ROLE>", "FEELING", True, id="in-sequence"),
        pytest.param(r"(?:<FEELING>)? <ROLE>", "FEELING", False, id="inside-a-group"),
        pytest.param(r"<FEELING>? <ROLE>", "FEELING", False, id="optional"),
        pytest.param(r"<FEELING> | <ROLE>", "FEELING", False, id="an-alternative"),
        pytest.param(r"[(] <FEELING>", "FEELING", True, id="after-a-class"),
        pytest.param(r"<ROLE>", "FEELING", False, id="absent"),
    ],
)
def test_a_trigger_must_be_required(pattern: str, trigger: str, required: bool) -> None:
    assert trigger_is_required(pattern, trigger) is required


@pytest.mark.parametrize(
    "sentence",
    [
        # The quick test once missed these: the pattern knew "being a part of" and
        # "just what I", the hand-kept trigger list did not.
        "Being a part of Acme would be wonderful.",
        "Acme is just what I need next.",
    ],
)
def test_phrasings_the_quick_test_once_skipped(sentence: str) -> None:
    assert _states_interest(sentence)


@pytest.mark.parametrize(
    ("sentence", "interest"),
    [
        pytest.param(
            "I don't have much Kafka experience, and I'm eager to contribute to the team.",
            True,
            id="negation-stops-at-and",
        ),
        pytest.param("I'm not a morning person, but I'm excited about the role.", True, id="but"),
        pytest.param("I'm not excited about the role.", False, id="negated"),
        pytest.param(
            "Acme built the first robot I ever took apart, and working there is what I've "
            "wanted since.",
            True,
            id="wish-and-job-joined-by-and",
        ),
        pytest.param(
            "I would love a copy of the slides, but the team may be busy.",
            False,
            id="wish-and-job-across-a-contrast",
        ),
    ],
)
def test_clauses(sentence: str, interest: bool) -> None:
    assert _states_interest(sentence) is interest
