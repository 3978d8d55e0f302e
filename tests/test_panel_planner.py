"""The panel planner: no two notes of a panel share a sentence, on every template."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hypothesis_budget import examples
from thanknote import (
    Accomplishment,
    Candidate,
    Interview,
    Interviewer,
    builtin_templates,
    draft,
    load_interview,
    prose,
)
from thanknote.planner import PanelPlanner, sentence_key, sentences
from thanknote.prose import written_out

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parent.parent
PANELS = sorted((DATA / "panels").glob("*.toml")) + sorted((ROOT / "examples").glob("*.toml"))
TEMPLATES = sorted(builtin_templates())
TODAY = dt.date(2026, 11, 30)


def _body_sentences(text: str, closing_line: str | None) -> set[str]:
    """The note's sentences, greeting, sign-off and signature lines aside, and
    the closing line the candidate wrote for the whole panel."""
    found = set()
    lines = text.splitlines()
    greeting = next((i for i, line in enumerate(lines) if line.startswith(("Dear ", "Hi "))), 0)
    for line in lines[greeting:]:
        for sentence in sentences(line):
            if sentence.endswith((".", "!", "?")) and len(sentence.split()) > 3:
                found.add(sentence_key(sentence))
    # the closing line, as written, as the notes say it and as a letter writes it out
    said = prose.closing_line(closing_line) if closing_line else None
    lines = [line for line in (closing_line, said) if line]
    own = {sentence_key(x) for line in lines for x in (line, written_out(line), *sentences(line))}
    own |= {sentence_key(x) for line in lines for x in sentences(written_out(line))}
    return found - own


def _shared(notes: list[str], closing_line: str | None = None) -> list[tuple[int, int, set[str]]]:
    bodies = [_body_sentences(n, closing_line) for n in notes]
    return [
        (i, j, bodies[i] & bodies[j])
        for i, j in itertools.combinations(range(len(bodies)), 2)
        if bodies[i] & bodies[j]
    ]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("path", PANELS, ids=lambda p: p.stem)
def test_no_two_notes_of_a_panel_share_a_sentence(path: Path, template: str) -> None:
    interview = load_interview(path)
    notes = [n.text for n in draft(interview, template, today=TODAY)]

    assert _shared(notes, interview.closing_line) == []


@pytest.mark.parametrize("template", TEMPLATES)
def test_drafting_twice_gives_the_same_notes(template: str) -> None:
    interview = load_interview(DATA / "panels" / "bank_leveraged_finance.toml")

    first = [n.text for n in draft(interview, template, today=TODAY)]
    second = [n.text for n in draft(interview, template, today=TODAY)]

    assert first == second


def test_the_planner_prefers_a_line_no_other_note_has() -> None:
    planner = PanelPlanner(seed=0, size=2)
    options = ["Thank you for your time.", "Thank you for the visit.", "Many thanks."]

    planner.begin(0)
    first = planner.choose(options)
    planner.begin(1)
    second = planner.choose(options)

    assert first != second


def test_the_planner_compares_lines_without_their_greeting() -> None:
    # A LinkedIn note opens with its greeting: two notes that differ only in the
    # name they greet say the same thing (found in an eight-person panel of set T).
    planner = PanelPlanner(seed=0, size=2)
    said = "thanks again for your time on Tuesday and for our talk about funding"

    planner.begin(0)
    planner.choose([f"Hi Elena, {said}. I hope to join the Beacon Institute."])
    planner.begin(1)
    same, other = f"Hi Keisha, {said}.", f"Hi Keisha, {said} at the Beacon Institute."
    second = planner.choose([same, other])

    assert second == other  # the one that shares no sentence, though it shares more words


def test_the_planner_leaves_out_lines_over_the_limit() -> None:
    planner = PanelPlanner(seed=3, size=1)
    planner.begin(0)

    assert planner.choose(["x" * 400, "short enough"], limit=300) == "short enough"
    assert planner.choose(["x" * 400, "y" * 350], limit=300) == "y" * 350  # the shortest


def test_a_users_template_gets_the_same_mechanism(tmp_path: Path) -> None:
    template = tmp_path / "mine.j2"
    template.write_text(
        "{% set thanks %}\n"
        "Thank you for {{ when }}.\n"
        "Many thanks for our talk {{ when }}.\n"
        "I am grateful for your time {{ when }}.\n"
        "{% endset %}\n"
        "{{ recipient.warm_salutation }}\n\n{{ thanks|vary }}\n",
        encoding="utf-8",
    )
    interview = _panel(3)

    notes = [n.text for n in draft(interview, template, today=TODAY)]

    assert len({n.split("\n\n", 1)[1] for n in notes}) == 3


_NAMES = st.sampled_from(
    [
        "Dr. Priya Raman", "José Núñez-García", "Maria Lopez, RN, BSN", "Nguyen Thi Lan",
        "Siobhán Ó Súilleabháin", "Maj. John Carter (Ret.)", "Dev Patel, CPA, CMA",
        "Prof. Dr.-Ing. Hans Müller", "María Fernanda Ruiz", "Robert (Bob) Smith, PhD",
        "Amaka Obi FACP", "Kim Min-jun",
    ]
)  # fmt: skip
_WORDS = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs")), min_size=1, max_size=40
).filter(lambda s: s.strip())
_ACCOMPLISHMENTS = st.one_of(
    _WORDS,
    st.sampled_from(
        [
            "led the move to Kafka", "nine years on oil tankers, the last three as second officer",
            "fluent in Spanish and Portuguese", "WSET Level 3, with distinction", "LGSW",
            "Six years of pediatric ICU nursing", "Employee of the Year 2023",
            "My team shipped a patient portal.", "Manage a team of 12", "Somali and English",
            "CPL + ATPL theory complete, 1,850 hrs TT", "Revit, Rhino/Grasshopper, One Click LCA",
        ]
    ),
)  # fmt: skip


def _panel(
    size: int,
    *,
    names: list[str] | None = None,
    topics: tuple[str, ...] = (),
    accomplishments: tuple[str, ...] = (),
    closing_line: str | None = None,
) -> Interview:
    people = names or [f"Person {chr(65 + i)} Example" for i in range(size)]
    return Interview(
        company="Acme Robotics",
        position="Senior Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=tuple(Interviewer(name=n) for n in people[:size]),
        topics=topics,
        accomplishments=tuple(Accomplishment(text=a) for a in accomplishments),
        closing_line=closing_line,
    )


# Closing lines of the kinds a note moves or rewrites: thanks for a thing of the visit (said
# after the first thanks, in eight ways: set KM's letters to a panel of five repeated one of
# four), a remark on the visit, a line looking ahead, a line in another language.
_CLOSING_LINES = st.sampled_from(
    [
        None,
        "Thank you for showing me the unit and letting me meet the team on shift.",
        "It was a real pleasure to taste the 2025 from barrel.",
        "I look forward to hearing from you.",
        "Mahalo again for your time.",
    ]
)


@settings(max_examples=examples(60, long=600), deadline=None)
@given(
    size=st.integers(min_value=2, max_value=8),
    names=st.lists(_NAMES, min_size=8, max_size=8),
    topics=st.lists(_WORDS, max_size=3),
    accomplishments=st.lists(_ACCOMPLISHMENTS, max_size=4),
    template=st.sampled_from(TEMPLATES),
    closing=_CLOSING_LINES,
)
@example(  # a long run: eight notes, one topic, one credential that fits it (old as 8564a0f)
    size=8,
    names=["Dr. Priya Raman"] * 8,
    topics=["AA"],
    accomplishments=["AA"],
    template="card",
    closing=None,
)
@example(  # the same in letters, which have eight ways since the linking lines were read blind
    size=8,
    names=["Dr. Priya Raman"] * 8,
    topics=["AA"],
    accomplishments=["AA"],
    template="letter",
    closing=None,
)
@example(  # a long run: a topic that is only "Of" (an index out of range, 7f228db)
    size=2,
    names=["Dr. Priya Raman"] * 2,
    topics=["Of"],
    accomplishments=[],
    template="card",
    closing=None,
)
@example(  # and an action that fits the topic
    size=8,
    names=["Dr. Priya Raman"] * 8,
    topics=["AA"],
    accomplishments=["led the AA rollout"],
    template="letter",
    closing=None,
)
@example(  # thanks for the visit in eight letters (set KM: one of four ways, repeated)
    size=8,
    names=["Dr. Priya Raman"] * 8,
    topics=["AA"],
    accomplishments=[],
    template="letter",
    closing="Thank you for showing me the unit and letting me meet the team on shift.",
)
def test_any_panel_drafts_without_shared_sentences_or_leftovers(
    size: int,
    names: list[str],
    topics: list[str],
    accomplishments: list[str],
    template: str,
    closing: str | None,
) -> None:
    interview = _panel(
        size,
        names=names,
        topics=tuple(topics),
        accomplishments=tuple(accomplishments),
        closing_line=closing,
    )

    notes = [n.text for n in draft(interview, template, today=TODAY)]

    assert _shared(notes, closing) == []
    for text in notes:
        assert "  " not in text
        assert "\n\n\n" not in text
        assert "{{" not in text
        # no Python None leaks into a note (the long run wrote a topic "None" itself)
        assert "None" not in text or any("None" in t for t in (*topics, *accomplishments))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I hold an LL.B. (Hons) from UWI, which I hope will help. I remain keen.", 2),
        ("I hold a B.Eng. degree. We met at Acme Pte. Ltd. It was good.", 3),
        ("I saw the U.S. office. Thank you.", 2),
    ],
)
def test_a_degree_written_with_stops_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    ("key", "said_before", "doubled", "reads"),
    [
        # a word said twice in a row (set AY)
        (
            "doubled",
            None,
            "It was good to hear your thinking on on-call for new grads.",
            "I valued our conversation about on-call for new grads.",
        ),
        # set CC: a noun and its verb are one word to the ear: "I believe I could make a
        # valuable contribution." beside "... contribute to the team." (14 of 1,635 notes
        # of five sets, 1 after)
        (
            "contribution",
            "I would welcome the chance to contribute to the team.",
            "Having led the audit, I believe I could make a valuable contribution.",
            "Having led the audit, I believe I could get up to speed quickly.",
        ),
        # set CC: "your" again
        (
            "yours",
            None,
            "I enjoyed hearing your thoughts on your JCI accreditation.",
            "I valued our conversation about your JCI accreditation.",
        ),
        # set BH: "your perspective on the post-mortem on the 2026 ... coverage"
        (
            "again",
            None,
            "I appreciated your perspective on the post-mortem on the 2026 elections coverage.",
            "I valued our conversation about the post-mortem on the 2026 elections coverage.",
        ),
    ],
)
def test_a_frame_that_says_a_word_again_is_not_chosen_while_another_reads(
    key: str, said_before: str | None, doubled: str, reads: str
) -> None:
    planner = PanelPlanner.for_panel(key, 1)
    planner.begin(0)
    if said_before:
        planner.choose([said_before])

    assert planner.choose([doubled, reads]) == reads


@pytest.mark.parametrize("template", ["card", "email", "letter", "follow-up", "linkedin"])
def test_a_board_member_is_not_told_of_joining_the_team(template: str) -> None:
    """Set AZ: "I would welcome the chance to contribute to the team" to a board
    chair, who is not on the team the candidate would join."""
    panel = [
        Interviewer(name=name, title=title, topics=("the capital campaign",))
        for name, title in (
            ("Ana Ruiz", "Board Chair"),
            ("Lena Ortiz", "Head of Development"),
            ("Mia Chen", "Chairperson, Board of Governors"),
            ("Raj Patel", "Finance Manager"),
            ("Tom Reyes", "Non-Executive Director"),
        )
    ]
    interview = Interview(
        company="Harbour Arts Trust",
        position="Executive Director",
        date=dt.date(2026, 11, 2),
        candidate=Candidate(name="Sam Lee"),
        interviewers=tuple(panel),
    )
    for note in draft(interview, template, today=interview.date):
        if note.recipient.name in ("Ana Ruiz", "Mia Chen", "Tom Reyes"):
            assert not re.search(r"\bteam\b", note.text, re.I), note.text


def test_a_word_and_its_form_before_ing_are_one_word_to_the_planner() -> None:
    """Set BI: "Thank you for the warm welcome" beside the closing line "Ngā mihi nui
    for welcoming me into your kura" thanked twice for one welcome."""
    planner = PanelPlanner.for_panel(
        "welcome", 1, in_every_note="Ngā mihi nui for welcoming me into your kura."
    )
    planner.begin(0)
    options = ["Thank you for the warm welcome on Monday.", "Thank you for meeting me on Monday."]

    assert planner.choose(options) == options[1]


def test_three_words_said_again_weigh_more_than_one() -> None:
    """The example panel of eight: "I am very interested in the role and would be glad to
    bring my experience to the team. I would be glad to send the staffing model ...", the
    closing line's "would be glad" said again where a line repeating one word would do."""
    planner = PanelPlanner.for_panel(
        "glad", 1, in_every_note="I would be glad to send the staffing model we sketched."
    )
    planner.begin(0)
    options = [
        "I am very interested in the role and would be glad to bring my experience.",
        "I remain very interested and would welcome the chance to join you in this position.",
    ]
    planner.choose(["We talked about the position on Monday."])

    assert planner.choose(options) == options[1]


@pytest.mark.parametrize("key", ["remark-1", "remark-2", "remark-3"])
def test_a_frame_does_not_say_again_a_word_the_persons_moment_said(key: str) -> None:
    """Set JW: "I especially enjoyed your remark that a good reporter is invisible until
    the appeal. I appreciated your remarks on realtime feeds to judges." The interview's
    words in every option (the topic's) weigh alike; the company's and the position's
    are the filling of some lines only and do not count."""
    moment = "your remark that a good reporter is invisible until the appeal"
    own = f"{moment} realtime feeds to judges Court Reporter"
    planner = PanelPlanner.for_panel(
        key, 1, own, told_text=f"{moment} realtime feeds to judges", named_text="Court Reporter"
    )
    planner.begin(0)
    planner.choose([f"I especially enjoyed {moment}."])
    options = [
        "I appreciated your remarks on realtime feeds to judges.",
        "I appreciated your perspective on realtime feeds to judges.",
    ]

    assert planner.choose(options) == options[1]


def test_the_notes_of_the_example_panel_say_no_three_words_twice() -> None:
    interview = load_interview(ROOT / "examples" / "large_panel.toml")
    for template in builtin_templates():
        for note in draft(interview, template, today=interview.date):
            body = " ".join(p for p in note.text.split("\n\n") if len(p) > 80)
            words = re.findall(r"[\w']+", body)
            runs = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
            said = [r for r in runs if all(w.islower() for w in r)]
            twice = {r for r in said if said.count(r) > 1 and not set(r) <= _LITTLE}
            assert not twice, (template, note.recipient.name, twice)


_LITTLE = frozenset("i the a an to of and in for you your my with on at be is was".split())


def test_a_question_is_not_made_the_subject_of_a_frame_while_another_reads() -> None:
    planner = PanelPlanner.for_panel("when-how", 1)
    planner.begin(0)
    options = [  # set BJ
        "When how you split work between test and simulation came up, I was glad to mention it.",
        "Discussing how you split work between test and simulation, I was glad to mention it.",
    ]

    assert planner.choose(options) == options[1]


def test_a_sentence_that_opens_as_the_last_did_is_not_chosen_while_another_reads() -> None:
    """Set CT: "I especially enjoyed your description of the receival site. I
    particularly valued our discussion of the soil testing program." (2 notes)."""
    planner = PanelPlanner.for_panel("opening", 1)
    planner.begin(0)
    planner.choose(["I especially enjoyed your description of the receival site at 4am."])
    options = [
        "I particularly valued our discussion of the soil testing program.",
        "Our discussion of the soil testing program gave me a great deal to consider.",
    ]

    assert planner.choose(options) == options[1]


@pytest.mark.parametrize(
    ("own_text", "said", "options"),
    [
        # set DL: "It was good to understand where the team is heading. It was good to hear
        # your thinking on the HACCP audit in Q1." ("good" was the interview's own word)
        ("good question", "It was good to understand where the team is heading.",
         ["It was good to hear your thinking on the HACCP audit.",
          "I valued the chance to talk with you about the HACCP audit."]),
        # set DU: "I appreciated how clearly you described the team's goals. I appreciated
        # your perspective on hedging." ("appreciated" was the interview's own word)
        ("appreciated the honesty", "I appreciated how clearly you described the team's goals.",
         ["I appreciated your perspective on hedging.",
          "It was good to hear your thinking on hedging."]),
    ],
)  # fmt: skip
def test_two_sentences_are_not_opened_with_the_same_two_words_while_another_reads(
    own_text: str, said: str, options: list[str]
) -> None:
    planner = PanelPlanner.for_panel("openers", 1, own_text=own_text)
    planner.begin(0)
    planner.choose([said])

    assert planner.choose(options) == options[1]


def test_a_note_is_planned_again_when_a_later_line_can_only_repeat_an_earlier_word() -> None:
    # set EG: "I enjoyed our conversation on Monday very much. I particularly enjoyed the
    # 6:45 am handover huddle ...": every line for the moment says "enjoyed"
    opening = ["I enjoyed our conversation on Monday.", "It was great to meet you on Monday."]
    moment = ["I particularly enjoyed the handover huddle.", "I really enjoyed the huddle."]
    for n in itertools.count():  # a panel whose first try opens with "enjoyed"
        planner = PanelPlanner.for_panel(f"interview {n}", 1)
        planner.begin(0)
        if planner.choose(opening) == opening[0]:
            break
    planner.choose(moment)
    assert planner.repeated

    planner.retry()
    first, second = planner.choose(opening), planner.choose(moment)

    assert first == opening[1]
    assert "enjoyed" in second
    assert not planner.repeated


def test_a_question_is_never_the_subject_of_came_up() -> None:
    """Sets IH and IO: "When how you plan around slope stability came up, ..." chosen over
    a line another note of the panel had."""
    planner = PanelPlanner(seed=0, size=2)
    topic = "how you plan around slope stability"
    lines = [f"I appreciated the chance to discuss {topic}.", f"When {topic} came up, I said so."]

    planner.begin(0)
    first = planner.choose(lines)
    planner.begin(1)
    second = planner.choose(lines)

    assert first == second == lines[0]


def test_the_planner_avoids_a_word_said_twice_in_one_line() -> None:
    """Set IM: "I really enjoyed your remark that Pillar Two is really a data project"."""
    planner = PanelPlanner(seed=0, size=1)
    moment = "your remark that Pillar Two is really a data project"
    lines = [f"I really enjoyed {moment}.", f"I appreciated {moment}."]

    planner.begin(0)
    assert planner.choose(lines) == lines[1]


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_topic_with_its_own_and_is_not_joined_by_another(template: str) -> None:
    """Set KL: "I was glad of the chance to discuss the after-hours roster and how you staff
    night shifts and to mention that I have run ..." read as overloaded."""
    topic = "the after-hours roster and how they staff night shifts"
    interview = dataclasses.replace(
        _panel(4, topics=(topic,)),
        accomplishments=(
            Accomplishment(text="ran the overnight ICU two nights a week", topics=(topic,)),
        ),
    )

    for note in draft(interview, template, today=TODAY):
        assert not re.search(r" and [^.]* and to (?:mention|tell|share)", note.text), note.text


@pytest.mark.parametrize("template", ["card", "email", "letter", "follow-up", "linkedin"])
def test_a_panels_outsider_is_not_told_of_joining_the_team(template: str) -> None:
    """Set KZ: "I would still love to join your team" to "Prof. Thandeka Sithole-Ngubane
    (External panellist, UCT)", whose card says she is not on it (2 notes)."""
    outsider = "Prof. Thandeka Sithole (External panellist, UCT)"
    panel = [
        Interviewer(name=name, title=title, topics=("municipal debt",))
        for name, title in (
            ("Lena Ortiz", "Head of Research"),
            (outsider, "Associate Professor"),
            ("Raj Patel", "Senior Researcher"),
        )
    ]
    interview = Interview(
        company="Parliamentary Budget Office",
        position="Senior Researcher",
        date=dt.date(2026, 11, 2),
        candidate=Candidate(name="Sam Lee"),
        interviewers=tuple(panel),
    )
    for note in draft(interview, template, today=interview.date):
        if note.recipient.name == outsider:
            assert not re.search(r"\bteam\b", note.text, re.I), note.text
