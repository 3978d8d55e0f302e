"""The follow-up-conflict check, with many phrasings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import thanknote
from thanknote import Finding, Interview, Interviewer, NextSteps, check

TUESDAY = dt.date(2026, 11, 24)  # the panel interview; the decision is due Fri 4 Dec


def _interview(
    *,
    preferred: str | None = "email",
    follow_up: str | None = "email",
    decision_by: dt.date | None = dt.date(2026, 12, 4),
) -> tuple[Interview, Interviewer]:
    person = Interviewer(
        name="Dr. Priya Raman",
        email="priya.raman@acme-robotics.example",
        preferred_contact=preferred,  # type: ignore[arg-type]
    )
    interview = Interview(
        company="Acme Robotics",
        position="Senior Data Engineer",
        date=TUESDAY,
        candidate=thanknote.Candidate(name="Alex Morgan"),
        interviewers=(person,),
        next_steps=NextSteps(decision_by=decision_by, follow_up=follow_up),  # type: ignore[arg-type]
    )
    return interview, person


def follow_up_conflicts(
    text: str, interview: Interview, recipient: Interviewer | None
) -> list[Finding]:
    """The note's follow-up-conflict findings, as `check` reports them."""
    found = check(text, interview, recipient=recipient)
    return [f for f in found if f.code == "follow-up-conflict"]


def _note(sentence: str) -> str:
    opening = "Dear Dr. Raman,\n\nThank you for your time on Tuesday."
    return f"{opening} {sentence}\n\nBest regards,\nAlex\n"


FLAGGED = [
    # A phone call when they prefer e-mail.
    pytest.param("I'll call you on Monday.", {}, id="call-monday"),
    pytest.param(
        "I will phone your office to check in.", {"decision_by": None}, id="phone-no-date"
    ),
    pytest.param("I'll give you a ring after the weekend.", {"decision_by": None}, id="ring"),
    pytest.param("I’ll call you once you decide.", {"decision_by": None}, id="curly-apostrophe"),
    pytest.param("I'm going to call you tomorrow.", {}, id="going-to"),
    pytest.param("I will touch base by phone on December 7.", {}, id="by-phone-after-decision"),
    # Too early: the decision is due December 4.
    pytest.param("I will follow up next week.", {}, id="next-week"),
    pytest.param("I'll check in on Friday.", {}, id="friday"),
    pytest.param("I will reach out in a few days.", {}, id="few-days"),
    pytest.param("I plan to follow up with you tomorrow.", {}, id="tomorrow"),
    pytest.param("I'll e-mail you on December 1 to see where things stand.", {}, id="december-1"),
    pytest.param("I will be in touch by Monday, November 30.", {}, id="weekday-and-date"),
    pytest.param("On Thursday I'll follow up by e-mail.", {}, id="time-first"),
    pytest.param(
        "I will follow up in two weeks.", {"decision_by": dt.date(2026, 12, 18)}, id="two-weeks"
    ),
    pytest.param("I intend to circle back early next week.", {}, id="early-next-week"),
    # They asked not to be contacted.
    pytest.param(
        "I will follow up by e-mail after December 4.", {"preferred": "none"}, id="none-person"
    ),
    pytest.param("I'll be in touch.", {"follow_up": "none", "preferred": None}, id="none-company"),
    pytest.param(
        "If I haven't heard from you by December 7, I will send you a short note.",
        {"follow_up": "none"},
        id="none-conditional",
    ),
]

LEFT_ALONE = [
    pytest.param("I look forward to hearing from you.", {}, id="hearing"),
    pytest.param("I look forward to hearing from you by December 4.", {}, id="hearing-by"),
    pytest.param("Please feel free to call me at +1 555 0142.", {}, id="call-me"),
    pytest.param("Please don't hesitate to reach out with any questions.", {}, id="reach-out"),
    pytest.param("You can reach me by phone any day.", {}, id="reach-me"),
    pytest.param("I will follow up by e-mail after December 4.", {}, id="after-decision"),
    pytest.param("I'll follow up on December 7 if I haven't heard back.", {}, id="december-7"),
    pytest.param(
        "If I haven't heard from you by December 7, I'll follow up by e-mail.",
        {},
        id="unless-heard",
    ),
    pytest.param("Once the team decides, I'll follow up by e-mail.", {}, id="once-decided"),
    pytest.param("I'll follow up in three weeks.", {}, id="three-weeks"),
    pytest.param(
        "I'll call you on Monday, December 7.", {"preferred": "phone"}, id="call-preferred"
    ),
    pytest.param(
        "I'll call you after the decision.",
        {"preferred": None, "follow_up": "phone"},
        id="company-phone",
    ),
    pytest.param("I will follow up next week.", {"decision_by": None}, id="no-decision-date"),
    pytest.param("I'd be happy to send you the code sample tomorrow.", {}, id="offer"),
    pytest.param("I will send you the slides tomorrow.", {}, id="slides"),
    pytest.param("I will not call you before the decision.", {}, id="negated"),
    pytest.param("Our call on Monday was a highlight of my week.", {}, id="call-noun"),
    pytest.param("I look forward to hearing from you.", {"preferred": "none"}, id="none-hearing"),
    pytest.param(
        "Thank you for calling me on Monday.", {"follow_up": "none"}, id="thanks-for-call"
    ),
]


@pytest.mark.parametrize(("sentence", "setup"), FLAGGED)
def test_flagged(sentence: str, setup: dict[str, object]) -> None:
    interview, person = _interview(**setup)  # type: ignore[arg-type]
    text = _note(sentence)
    (finding,) = follow_up_conflicts(text, interview, person)
    assert finding.code == "follow-up-conflict"
    assert finding.severity == "warning"
    assert text[finding.start : finding.end] == sentence
    assert finding.suggestion is not None
    assert follow_up_conflicts(finding.suggestion, interview, person) == []


@pytest.mark.parametrize(("sentence", "setup"), LEFT_ALONE)
def test_left_alone(sentence: str, setup: dict[str, object]) -> None:
    interview, person = _interview(**setup)  # type: ignore[arg-type]
    text = _note(sentence)
    assert follow_up_conflicts(text, interview, person) == []


def test_message_and_suggestion() -> None:
    interview, person = _interview()
    (finding,) = follow_up_conflicts("I'll call you on Monday.", interview, person)
    assert finding.message == (
        "promises a phone call on Monday, but Dr. Priya Raman prefers e-mail "
        "and the decision is due by December 4"
    )
    assert finding.suggestion == (
        "I understand you expect to decide by December 4, and I look forward to hearing "
        "from you then."
    )


def test_without_recipient_uses_the_company_wish() -> None:
    interview, _ = _interview(preferred=None, follow_up="email", decision_by=None)
    (finding,) = follow_up_conflicts("I will phone you.", interview, None)
    assert finding.message == "promises a phone call, but the company asked for follow-up by e-mail"
    assert finding.suggestion == "I look forward to hearing from you."


def test_one_finding_per_sentence_with_original_offsets() -> None:
    interview, person = _interview()
    text = "Zoe\u0308 here. I'll call you tomorrow. I will follow up next week.\n"  # NFD before
    findings = follow_up_conflicts(text, interview, person)
    assert [text[f.start : f.end] for f in findings] == [
        "I'll call you tomorrow.",
        "I will follow up next week.",
    ]


@pytest.mark.parametrize("template", ["card", "email", "letter"])
@pytest.mark.parametrize("example", ["panel.toml", "one_to_one.toml"])
@pytest.mark.parametrize(
    "wish",
    [None, "email", "none"],
    ids=["as-written", "email", "none"],
)
def test_built_in_templates_never_conflict(
    examples_dir: Path, template: str, example: str, wish: str | None
) -> None:
    interview = thanknote.load_interview(examples_dir / example)
    if wish is not None:
        interview = dataclasses.replace(
            interview,
            interviewers=tuple(
                dataclasses.replace(p, preferred_contact=wish)  # type: ignore[arg-type]
                for p in interview.interviewers
            ),
            next_steps=dataclasses.replace(interview.next_steps, follow_up=wish),  # type: ignore[arg-type]
        )
    for note in thanknote.draft(interview, template):
        assert follow_up_conflicts(note.text, interview, note.recipient) == []
