"""Checks of a note's wording: company, interest, thanks, placeholders, doubled words, topics,
spelling, length, and panel notes copied from each other."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import thanknote
from thanknote import Candidate, Interview, Interviewer, check, check_panel

HEAD = (
    "Dear Erik,\n\nThank you for meeting with me yesterday. "
    "I enjoyed our talk about moving nightly batch jobs to streaming. "
)
INTEREST = "I remain very interested in the role."
TAIL = "\n\nBest regards,\nAlex Morgan\n"


def interview(
    company: str = "Acme Robotics",
    topics: tuple[str, ...] = ("moving nightly batch jobs to streaming",),
    *,
    cards: tuple[str, ...] = ("Erik Hansen",),
) -> Interview:
    return Interview(
        company=company,
        position="Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=tuple(Interviewer(name=card) for card in cards),
        topics=topics,
    )


def codes(text: str, iv: Interview | None = None, **kwargs: object) -> list[str]:
    return [f.code for f in check(text, iv or interview(), **kwargs)]  # type: ignore[arg-type]


# -- company-misspelled -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("company", "written"),
    [
        pytest.param("Northwind", "Northwnd", id="dropped-letter"),
        pytest.param("Northwind Traders", "Northwnd Traders", id="dropped-letter-two-words"),
        pytest.param("Fjällräven", "Fjallraven", id="dropped-diacritics"),
        pytest.param("Globex Systemz", "Globex Systems", id="near-miss-word"),
        pytest.param("Acme Robotics", "Acme Robotic", id="second-word"),
        pytest.param("Northwind Traders", "Northwind Trading", id="second-word-stem"),
    ],
)
def test_company_misspelled(company: str, written: str) -> None:
    text = (
        HEAD + f"I remain very interested in the role at {written} and would love to join." + TAIL
    )
    found = [f for f in check(text, interview(company)) if f.code == "company-misspelled"]
    assert [(f.severity, text[f.start : f.end], f.suggestion) for f in found] == [
        ("error", written, company)
    ]


@pytest.mark.parametrize(
    ("company", "written"),
    [
        pytest.param("Acme Robotics", "Acme", id="short-form"),
        pytest.param("Acme Robotics", "Acme Robotics", id="exact"),
        pytest.param("Fjällräven", "Fjällräven", id="exact-diacritics"),
        pytest.param("Acme Robotics", "ACME ROBOTICS", id="all-caps"),
    ],
)
def test_company_not_misspelled(company: str, written: str) -> None:
    text = (
        HEAD + f"I remain very interested in the role at {written} and would love to join." + TAIL
    )
    assert "company-misspelled" not in codes(text, interview(company))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        pytest.param(
            "I would love to join Acme robotics and its people.",
            ["Acme robotics"],
            id="lower-case-second-word",
        ),
        pytest.param("I would love to join AcmeRobotics soon.", ["AcmeRobotics"], id="joined"),
        pytest.param(
            "At Acme, robotics is central and I would love to join.", [], id="word-after-comma"
        ),
        pytest.param("ACME ROBOTICS is where I want to be.", [], id="all-caps"),
    ],
)
def test_company_spacing_and_capitals(sentence: str, flagged: list[str]) -> None:
    text = HEAD + sentence + " " + INTEREST + TAIL

    found = [f for f in check(text, interview()) if f.code == "company-misspelled"]

    assert [text[f.start : f.end] for f in found] == flagged


def test_split_company_name_is_suggested_as_the_file_writes_it() -> None:
    text = HEAD + "I would love to join Bright Quay & Co. soon. " + INTEREST + TAIL

    found = [
        f for f in check(text, interview("BrightQuay & Co.")) if f.code == "company-misspelled"
    ]

    assert [(text[f.start : f.end], f.suggestion) for f in found] == [
        ("Bright Quay & Co", "BrightQuay & Co.")
    ]


# -- missing-interest ---------------------------------------------------------------------------

INTEREST_STATEMENTS = [
    "I remain very interested in the role.",
    "I am excited about the opportunity to join Acme Robotics.",
    "I would love to be part of the team.",
    "I'd welcome the chance to bring my experience to your team.",
    "It would be a privilege to contribute to Acme.",
    "I can't imagine a better next step than joining Acme Robotics.",
    "I can see myself thriving on your team.",
    "I'm confident I could contribute from day one.",
    "I hope to join you in the new year.",
    "Our talk reinforced my enthusiasm for the position.",
    "If an offer were to come my way, I would be thrilled to accept it.",
    "Nothing would make me happier than joining the team.",
    "I have no doubt that this is the role I want.",
    "I'm eager to contribute to the streaming work.",
    "The position feels like a perfect match for me.",
    "The role is exactly what I am looking for.",
    "I can't wait to get started.",
]


@pytest.mark.parametrize("statement", INTEREST_STATEMENTS)
def test_interest_is_recognised(statement: str) -> None:
    assert "missing-interest" not in codes(HEAD + statement + TAIL)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("I look forward to hearing from you.", id="closing-formula-only"),
        pytest.param("I enjoyed hearing about your interest in Kafka.", id="your-interest-in"),
        pytest.param("We talked about how interest rates affect hiring.", id="interest-rates"),
        pytest.param("I was interested to learn how the migration plays out.", id="interested-to"),
        pytest.param("I don't think the role is the right fit for me.", id="not-the-right-fit"),
        pytest.param(
            "I remain interested, but I don't think the role is the right fit for me.",
            id="interest-then-doubt",
        ),
        pytest.param(
            "I remain very interested in the role. However, I have decided to withdraw my "
            "application.",
            id="withdrawal",
        ),
        pytest.param("I have accepted a position with another company.", id="took-other-offer"),
        pytest.param("I'm no longer interested in pursuing the position.", id="no-longer"),
    ],
)
def test_missing_interest(closing: str) -> None:
    found = [f for f in check(HEAD + closing + TAIL, interview()) if f.code == "missing-interest"]
    assert [(f.severity, f.start, f.end) for f in found] == [("error", 0, 0)]
    assert found[0].suggestion == (
        "I remain very interested in the position and would welcome the opportunity to join "
        "Acme Robotics."
    )


# -- missing-thanks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Thank you for meeting with me.", id="thank-you"),
        pytest.param("Thanks for your time yesterday.", id="thanks"),
        pytest.param("I'm grateful for the time you spent with me.", id="grateful"),
        pytest.param("I really appreciated your time on Tuesday.", id="appreciated-time"),
    ],
)
def test_thanks_is_recognised(opening: str) -> None:
    text = (
        f"Dear Erik,\n\n{opening} Moving nightly batch jobs to streaming is fun. {INTEREST}{TAIL}"
    )
    assert "missing-thanks" not in codes(text)


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("We met on Tuesday.", id="no-thanks"),
        pytest.param("Thanksgiving is near.", id="Thanksgiving"),
        pytest.param("Thanks to the new pipeline we talked a lot.", id="thanks-to"),
    ],
)
def test_missing_thanks(opening: str) -> None:
    text = (
        f"Dear Erik,\n\n{opening} Moving nightly batch jobs to streaming is fun. {INTEREST}{TAIL}"
    )
    found = [f for f in check(text, interview()) if f.code == "missing-thanks"]
    assert [(f.severity, f.start, f.end, f.suggestion) for f in found] == [
        ("error", 0, 0, "Thank you for taking the time to meet with me.")
    ]


# -- placeholder --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "placeholder",
    [
        pytest.param("{{ name }}", id="jinja-variable"),
        pytest.param("{{company}}", id="jinja-variable-tight"),
        pytest.param("{% if x %}", id="jinja-tag"),
        pytest.param("{# note #}", id="jinja-comment"),
        pytest.param("[Name]", id="square-brackets"),
        pytest.param("[Interviewer Name]", id="square-brackets-two-words"),
        pytest.param("<COMPANY>", id="angle-brackets"),
        pytest.param("TODO", id="TODO"),
        pytest.param("XXX", id="XXX"),
    ],
)
def test_placeholder(placeholder: str) -> None:
    text = HEAD + f"I remain very interested in the role {placeholder} at Acme." + TAIL
    found = [f for f in check(text, interview()) if f.code == "placeholder"]
    assert [(f.severity, text[f.start : f.end]) for f in found] == [("error", placeholder)]
    assert (
        found[0].message == f"Unfilled placeholder {placeholder!r}; replace it with the real text."
    )


def test_lorem_ipsum_is_flagged_to_the_end_of_its_sentence() -> None:
    text = HEAD + "Lorem ipsum dolor sit amet. " + INTEREST + TAIL
    found = [f for f in check(text, interview()) if f.code == "placeholder"]
    assert [text[f.start : f.end] for f in found] == ["Lorem ipsum dolor sit amet"]


def test_several_placeholders_each_flagged_in_order() -> None:
    text = "Dear [Name],\n\nThank you, {{ name }}. TODO: topic. " + INTEREST + TAIL
    found = [f for f in check(text, interview()) if f.code == "placeholder"]
    assert [text[f.start : f.end] for f in found] == ["[Name]", "{{ name }}", "TODO"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("I still have a todo list to work through.", id="lower-case-todo"),
        pytest.param("The list [a, b] was short.", id="lower-case-brackets"),
    ],
)
def test_not_a_placeholder(sentence: str) -> None:
    assert "placeholder" not in codes(HEAD + sentence + " " + INTEREST + TAIL)


def test_company_written_in_brackets_is_not_a_placeholder() -> None:
    text = HEAD + "I remain very interested in the role at <Acme>." + TAIL
    assert "placeholder" not in codes(text, interview("<Acme>"))


# -- repeated-word ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        pytest.param("Thank you for for your time.", "for for", id="for-for"),
        pytest.param("I liked the the demo.", "the the", id="the-the"),
    ],
)
def test_doubled_words_are_flagged(sentence: str, flagged: str) -> None:
    text = HEAD + sentence + " " + INTEREST + TAIL

    found = [f for f in check(text, interview()) if f.code == "repeated-word"]

    assert [(f.severity, text[f.start : f.end], f.suggestion) for f in found] == [
        ("warning", flagged, flagged.split()[0])
    ]


def test_doubles_english_allows_are_not_flagged() -> None:
    text = HEAD + "I had had a long week, so so glad we met. " + INTEREST + TAIL

    assert "repeated-word" not in codes(text)


# -- missing-topic ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "I enjoyed our talk about moving nightly batch jobs to streaming.", id="verbatim"
        ),
        pytest.param("Our chat about streaming the nightly jobs stayed with me.", id="paraphrase"),
        pytest.param("The batch jobs you described sounded hard.", id="some-key-words"),
    ],
)
def test_topic_mentioned(sentence: str) -> None:
    text = f"Dear Erik,\n\nThank you for meeting with me. {sentence} {INTEREST}{TAIL}"
    assert "missing-topic" not in codes(text)


def test_missing_topic_is_a_warning_with_the_first_topic() -> None:
    text = f"Dear Erik,\n\nThank you for meeting with me. {INTEREST}{TAIL}"
    found = [f for f in check(text, interview()) if f.code == "missing-topic"]
    assert [(f.severity, f.suggestion) for f in found] == [
        ("warning", "I especially enjoyed our conversation about moving nightly batch jobs to "
         "streaming.")
    ]  # fmt: skip


def test_no_topics_no_missing_topic() -> None:
    text = f"Dear Erik,\n\nThank you for meeting with me. {INTEREST}{TAIL}"
    assert "missing-topic" not in codes(text, interview(topics=()))


# -- spelling -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "typo", "suggestion"),
    [
        pytest.param("The contraints were clear.", "contraints", "constraints", id="dropped-s"),
        pytest.param("It was a pleasure to recieve the tour.", "recieve", "receive", id="ie"),
        pytest.param("We spoke about the enviroment.", "enviroment", "environment", id="dropped-n"),
        pytest.param("I will definately follow up.", "definately", "definitely", id="affix"),
        pytest.param("The outage occured at night.", "occured", "occurred", id="suffix"),
        pytest.param("I can wait untill Friday.", "untill", "until", id="prefix"),
    ],
)
def test_typo_is_flagged_with_suggestion(sentence: str, typo: str, suggestion: str) -> None:
    text = HEAD + sentence + " " + INTEREST + TAIL
    found = [f for f in check(text, interview()) if f.code == "spelling"]
    assert [(f.severity, text[f.start : f.end], f.suggestion) for f in found] == [
        ("warning", typo, suggestion)
    ]


def test_words_of_the_interview_file_are_known() -> None:
    iv = interview(topics=("kubeflow pipelines on kubernetes", "hipaa audits", "flinkify jobs"))
    text = HEAD + "Kubeflow and kubernetes, hipaa and flinkify jobs came up. " + INTEREST + TAIL
    assert "spelling" not in codes(text, iv)


def test_words_argument_is_known() -> None:
    text = HEAD + "We compared flinkify with other tools. " + INTEREST + TAIL
    assert "spelling" in codes(text)
    assert "spelling" not in codes(text, words=["flinkify"])
    assert "spelling" not in codes(text, words=iter(["Flinkify"]))


@pytest.mark.parametrize(
    "word",
    ["organised", "colourful", "centre", "programme", "honoured", "analysed", "travelling"],
)
def test_british_spelling_is_not_flagged(word: str) -> None:
    text = HEAD + f"It was a {word} thing to see. " + INTEREST + TAIL
    assert "spelling" not in codes(text)


def test_proper_nouns_mid_sentence_are_not_spelling_findings() -> None:
    text = HEAD + "I used Kubernetes and HIPAA tooling at Contoso. " + INTEREST + TAIL
    assert "spelling" not in codes(text)


def test_words_in_links_are_not_spelling_mistakes() -> None:
    text = HEAD + "My profile is at linkedin.com/in/mayak and my inbox is open. " + INTEREST + TAIL

    assert "spelling" not in codes(text)


# -- too-long -----------------------------------------------------------------------------------


def _note_of(words: int) -> str:
    base = HEAD + INTEREST + TAIL
    filler = " ".join(["more"] * (words - len(base.split())))
    return HEAD + INTEREST + " " + filler.capitalize() + "." + TAIL


def test_card_over_150_words_is_too_long() -> None:
    text = _note_of(160)
    found = [f for f in check(text, interview()) if f.code == "too-long"]
    assert [(f.severity, f.start, f.end) for f in found] == [("warning", 0, 0)]
    assert found[0].message == "The note has 160 words; a hand-written card holds about 150."
    assert "too-long" in codes(text, template="card")


def test_card_of_150_words_is_not_too_long() -> None:
    assert "too-long" not in codes(_note_of(150))


@pytest.mark.parametrize("template", ["email", "letter"])
def test_too_long_only_for_cards(template: str) -> None:
    assert "too-long" not in codes(_note_of(200), template=template)


# -- too-similar (check_panel) ------------------------------------------------------------------

PANEL = ("Erik Hansen", "Sarah Mitchell")
SHARED = (
    "Thank you for meeting with me on Tuesday. I enjoyed our talk about moving nightly batch "
    "jobs to streaming. It reminded me of the migration I led at Contoso last year. I remain "
    "very interested in the role and would welcome the chance to join Acme Robotics."
)


def test_near_identical_notes_to_different_people_are_too_similar() -> None:
    notes = [f"Dear Erik,\n\n{SHARED}{TAIL}", f"Dear Sarah,\n\n{SHARED}{TAIL}"]
    results = check_panel(notes, interview(cards=PANEL))
    for text, found, other in zip(notes, results, ["Sarah Mitchell", "Erik Hansen"], strict=True):
        similar = [f for f in found if f.code == "too-similar"]
        assert len(similar) == 1
        assert similar[0].severity == "warning"
        assert text[similar[0].start : similar[0].end] in SHARED
        assert f"the note to {other}" in similar[0].message


def test_two_drafts_for_the_same_person_are_not_too_similar() -> None:
    notes = [f"Dear Erik,\n\n{SHARED}{TAIL}", f"Hi Erik,\n\n{SHARED}{TAIL}"]
    results = check_panel(notes, interview(cards=PANEL))
    assert [f.code for found in results for f in found if f.code == "too-similar"] == []


def test_different_notes_are_not_too_similar() -> None:
    first = f"Dear Erik,\n\n{SHARED}{TAIL}"
    second = (
        "Dear Sarah,\n\nThanks so much for the tour of the office and the frank talk about "
        "on-call. Your point about paging only for customer impact was new to me. Hearing how "
        "the team plans its quarter made me keen to join you.\n\nWith warm thanks,\nAlex Morgan\n"
    )
    results = check_panel([first, second], interview(cards=PANEL))
    assert [f.code for found in results for f in found if f.code == "too-similar"] == []


def test_an_address_block_of_two_letters_is_no_shared_sentence() -> None:
    """Set JY: "Archivum Europae Centralis (AEC)" over "Arany János utca 32.", the street's
    full stop ending the lines as a sentence, in two letters to people at one address."""
    block = "Archivum Europae Centralis (AEC)\nArany János utca 32.\n1051 Budapest\n\n"
    first = f"{block}Dear Erik,\n\n{SHARED}{TAIL}"
    second = (
        f"{block}Dear Sarah,\n\nThanks so much for the tour of the office and the frank talk "
        "about on-call.\n\nWith warm thanks,\nAlex Morgan\n"
    )
    results = check_panel([first, second], interview(cards=PANEL))
    assert [f.code for found in results for f in found if f.code == "too-similar"] == []


@pytest.mark.parametrize("example", sorted(Path(__file__).parent.parent.glob("examples/*.toml")))
@pytest.mark.parametrize("template", sorted(thanknote.builtin_templates()))
def test_drafted_notes_are_not_too_similar(example: Path, template: str) -> None:
    iv = thanknote.load_interview(example)
    results = check_panel(thanknote.draft(iv, template), iv)
    assert [f.code for found in results for f in found if f.code == "too-similar"] == []


# The drafts say the user's closing line mended ("Thank you all" is "Thank you", a comma
# splice two sentences, "today" the interview's day in a note written later, only its
# part in English); the checker knows each form as the panel's one shared line.
@pytest.mark.parametrize(
    "line",
    [
        "It was great to meet the team today.",
        "Thank you all for the tour of the floor, it really helped me picture the team.",
        "Thank you again for your time today. I'd be glad to share the design doc.",
        "Vielen Dank für alles – I'd be glad to share the design doc.",
    ],
)
@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_the_closing_line_as_the_drafts_say_it_is_not_a_copied_sentence(
    line: str, template: str
) -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "panel.toml"
    iv = dataclasses.replace(thanknote.load_interview(example), closing_line=line)
    notes = thanknote.draft(iv, template, today=iv.date + dt.timedelta(days=1))

    results = check_panel(notes, iv)

    assert [f.message for found in results for f in found if f.code == "too-similar"] == []
