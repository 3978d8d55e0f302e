"""Drafting notes through the built-in templates, for the examples and for code-built interviews."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from thanknote import (
    Accomplishment,
    Candidate,
    Interview,
    Interviewer,
    Note,
    builtin_templates,
    draft,
    load_interview,
    render,
)
from thanknote.accomplishments import phrase
from thanknote.checks import check_panel
from thanknote.checks.interest import rules_find_interest
from thanknote.moments import as_recalled, said_to
from thanknote.phrases import job
from thanknote.prose import article, written_out
from thanknote.rendering import left_out, recipient_view
from thanknote.selection import is_practical, key_words, plan_focus, relatedness
from thanknote.sentences import split

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TEMPLATES = ("card", "email", "follow-up", "letter", "linkedin")
INTERVIEWS = ("panel", "one_to_one")
CASES = [pytest.param(i, t, id=f"{i}-{t}") for i in INTERVIEWS for t in TEMPLATES]

# The salutations a note may open with, by card name: the warm or the formal form.
ALLOWED_SALUTATIONS = {
    "Dr. Priya Raman": {"Dear Priya,", "Dear Dr. Raman,"},
    "José Núñez-García": {"Dear José,", "Dear José Núñez-García,"},
    "Siobhán Ó Súilleabháin": {"Dear Siobhán,", "Dear Siobhán Ó Súilleabháin,"},
    "Nguyen Thi Lan": {"Dear Lan,", "Dear Nguyen Thi Lan,"},
    "Robert (Bob) Smith, PhD": {"Dear Bob,", "Dear Dr. Smith,"},
}
THANKS = re.compile(r"\b(Thank you|thank you|thanks|Thanks)\b")
# What every drafted note must say, as the checker judges it.
ESSENTIALS = ("missing-interest", "missing-thanks", "missing-topic", "placeholder")


def _load(name: str) -> Interview:
    return load_interview(EXAMPLES / f"{name}.toml")


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, str], tuple[Interview, list[Note]]]:
    out = {}
    for name in INTERVIEWS:
        interview = _load(name)
        for template in TEMPLATES:
            out[name, template] = (interview, draft(interview, template))
    return out


def test_builtin_templates_are_listed_with_descriptions() -> None:
    templates = builtin_templates()

    assert list(templates) == list(TEMPLATES)
    assert all(description.endswith(".") for description in templates.values())


@pytest.mark.parametrize(("interview_name", "template"), CASES)
def test_one_note_per_interviewer_in_card_order(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    interview, notes = drafts[interview_name, template]

    assert [n.recipient for n in notes] == list(interview.interviewers)
    assert all(n.template == template for n in notes)
    assert all(n.interview is interview for n in notes)


@pytest.mark.parametrize(
    ("interview_name", "template"),
    [
        pytest.param(i, t, id=f"{i}-{t}")
        for i in INTERVIEWS
        for t in TEMPLATES
    ],
)  # fmt: skip
def test_salutation_uses_the_name_on_the_card(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    _, notes = drafts[interview_name, template]

    for note in notes:
        if note.text.startswith("Call "):
            continue  # what to say on a follow-up call
        greeting = _salutation(note).replace("Hi ", "Dear ", 1).split(",")[0] + ","
        assert greeting in ALLOWED_SALUTATIONS[note.recipient.name], note.text


def _salutation(note: Note) -> str:
    return next(line for line in note.text.splitlines() if line.startswith(("Dear ", "Hi ")))


@pytest.mark.parametrize(("interview_name", "template"), CASES)
def test_each_note_says_what_a_thank_you_note_should(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    interview, notes = drafts[interview_name, template]

    for note, found in zip(notes, check_panel(notes, interview), strict=True):
        text = note.text
        topics = note.recipient.topics or interview.topics
        # the topic as written, or every word of it in the accomplishment that names it
        # ("I mentored four junior engineers" for "mentoring junior engineers")
        assert any(topic in text or key_words(topic) <= key_words(text) for topic in topics), text
        assert interview.position in text or interview.company in text, text
        assert [f for f in found if f.code in ESSENTIALS] == [], text
        assert interview.candidate.name in text


@pytest.mark.parametrize(("interview_name", "template"), CASES)
def test_notes_have_no_template_leftovers(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    _, notes = drafts[interview_name, template]

    for note in notes:
        text = note.text
        assert not re.search(r"\btopics?\b", text), text
        for leftover in ("  ", "\n\n\n", "{{", "}}", "{%", "%}", "{#", "None", " ,", " ."):
            assert leftover not in text, (leftover, text)
        assert text.endswith("\n")
        assert not text.startswith(("\n", " "))


@pytest.mark.parametrize(("interview_name", "template"), CASES)
def test_articles_match_the_words_they_precede(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    _, notes = drafts[interview_name, template]

    for note in notes:
        for used, word in re.findall(r"\b([Aa]n?) ([\w-]+)", note.text):
            assert used.lower() == article(word), f"{used} {word}"


@pytest.mark.parametrize(
    ("position", "as_title", "the_role"),
    [
        # one of many who do the job takes an article (set IZ: "as Mainstream Class
        # Teacher"), a post one person holds none (set AX: "as a Chief Financial Officer")
        pytest.param("B1 Licensed Aircraft Maintenance Engineer",
                     "as a B1 Licensed Aircraft Maintenance Engineer",
                     "the B1 Licensed Aircraft Maintenance Engineer role", id="one-of-many"),
        pytest.param("Principal Engineer", "as a Principal Engineer",
                     "the Principal Engineer role", id="grade-before-the-job"),
        pytest.param("Payroll Team Lead", "as Payroll Team Lead",
                     "the Payroll Team Lead role", id="lead-of-a-team"),
        pytest.param("Branch Manager", "as Branch Manager",
                     "the Branch Manager role", id="manager-of-a-unit"),
        pytest.param("Operations Analyst", "as an Operations Analyst",
                     "the Operations Analyst role", id="title"),
        pytest.param("Chief Financial Officer", "as Chief Financial Officer",
                     "the Chief Financial Officer role", id="one-of-a-kind-title"),
        pytest.param("operations analyst", "as an operations analyst",
                     "the operations analyst role", id="vowel"),
        pytest.param("staff nurse", "as a staff nurse", "the staff nurse role", id="consonant"),
        pytest.param("Dentist", "as a Dentist", "the Dentist role", id="one-word"),
        # set AV: a title in another language with its English in brackets
        pytest.param("Sportwissenschaftler (Sports Scientist), Nachwuchsleistungszentrum",
                     "as a Sports Scientist", "the Sports Scientist role", id="english-gloss"),
        pytest.param("Registered Nurse, Cardiovascular ICU (Full-Time)", "",
                     "the Registered Nurse role", id="no-gloss"),  # set BA: not "the Full-Time"
        pytest.param("Head of Operations", "as Head of Operations",
                     "the Head of Operations role", id="one-of-a-kind"),
        pytest.param("Branch Manager, Leeds", "", "the Branch Manager role in Leeds", id="place"),
        pytest.param("Associate – Corporate Finance", "",
                     "the Associate role", id="dash"),
        pytest.param("Registered Dental Hygienist (4 days/week)",
                     "as a Registered Dental Hygienist", "the Registered Dental Hygienist role",
                     id="bracket-left-out"),
        # set BD: what a post covers in brackets is no English title ("as Barge & Rail")
        pytest.param("Planner Intermodaal (Barge & Rail)", "as Planner Intermodaal",
                     "the Planner Intermodaal role", id="bracket-not-a-title"),
        # set BF: a field, shift or site code after a comma is no place ("in Interfaith")
        pytest.param("Staff Chaplain, Interfaith (Oncology & Palliative Care)", "",
                     "the Staff Chaplain role", id="field-after-comma"),
        pytest.param("Ground Operations Supervisor, JKIA", "",
                     "the Ground Operations Supervisor role", id="code-after-comma"),
        # set BD: a title of which English knows no word takes no article ("as a
        # Diretor-Presidente"); readers accept it named as the company writes it
        pytest.param("Socialsekreterare", "", "the Socialsekreterare role",
                     id="another-language"),
        pytest.param("Diretor-Presidente", "", "the Diretor-Presidente role",
                     id="another-language-two-words"),
        pytest.param("Barista", "as a Barista", "the Barista role", id="short-word"),
        # set BE: a slash inside a qualifier joins what the post covers, not two titles
        pytest.param("Sveiser – TIG, duplex / super duplex", "", "the Sveiser role",
                     id="slash-in-qualifier"),
        # set DB: the English title beside the other language's, and what the post covers in
        # brackets ("the Electric Buses position"); a gloss with an initialism
        pytest.param("Inżynier Jakości / Quality Engineer (Electric Buses)",
                     "as a Quality Engineer", "the Quality Engineer role",
                     id="english-beside-and-bracket"),
        pytest.param("Gerente de Alimentos y Bebidas (F&B Manager)", "as F&B Manager",
                     "the F&B Manager role", id="gloss-with-initialism"),
        # set DG: a grade in brackets is no title ("the Senior position")
        pytest.param("Entwicklungsingenieur Mechatronik (Senior)", "",
                     "the Entwicklungsingenieur Mechatronik role", id="grade-in-brackets"),
    ],
)  # fmt: skip
def test_position_reads_naturally_in_a_sentence(
    position: str, as_title: str, the_role: str
) -> None:
    assert job(position).as_title == as_title
    assert job(position).the_role == the_role


@pytest.mark.parametrize("interview_name", INTERVIEWS)
@pytest.mark.parametrize("template", TEMPLATES)
def test_panel_notes_differ_and_draw_on_different_accomplishments(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    interview, notes = drafts[interview_name, template]
    clauses = [phrase(a.text).clause for a in interview.accomplishments]

    used = [[c for c in clauses if c in note.text] for note in notes]
    if template in ("follow-up", "linkedin"):
        assert all(u == [] for u in used)  # short notes: no accomplishment
        return

    assert len({note.text for note in notes}) == len(notes)
    assert all(len(u) == 1 for u in used), used
    assert len({u[0] for u in used}) == min(len(notes), len(clauses))


def test_panel_notes_differ_beyond_the_salutation() -> None:
    interview = _load("panel")

    for template in TEMPLATES:
        notes = draft(interview, template)
        bodies = [n.text.split("\n", 1)[-1] if "\n" in n.text.strip() else n.text for n in notes]
        if template == "letter":  # the letter opens with addresses: compare from "Dear"
            bodies = [b[b.index("Dear ") :].split("\n", 1)[1] for b in bodies]
        assert len(set(bodies)) == len(bodies), template


@pytest.mark.parametrize("interview_name", INTERVIEWS)
def test_card_notes_are_short(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]], interview_name: str
) -> None:
    _, notes = drafts[interview_name, "card"]

    for note in notes:
        assert len(note.text.split()) <= 130, note.text


@pytest.mark.parametrize(("interview_name", "template"), CASES)
def test_only_email_notes_have_a_subject(
    drafts: dict[tuple[str, str], tuple[Interview, list[Note]]],
    interview_name: str,
    template: str,
) -> None:
    _, notes = drafts[interview_name, template]

    for note in notes:
        by_email = note.recipient.preferred_contact != "mail"
        if template == "email" or (template == "follow-up" and by_email):
            assert note.subject
            assert "\n" not in note.subject
            assert "Subject:" not in note.text
        elif template != "follow-up":
            assert note.subject is None


def test_email_subjects_differ_across_the_panel(panel_interview: Interview) -> None:
    notes = draft(panel_interview, "email")

    assert len({note.subject for note in notes}) == len(notes)
    assert all(note.subject and note.subject.startswith(("Thank", "With", "Many", "Following",
                                                         "Senior")) for note in notes)  # fmt: skip
    assert notes[0].text.startswith("Dear Dr. Raman,\n\n")


def test_letter_carries_the_addresses(panel_interview: Interview) -> None:
    text = draft(panel_interview, "letter")[0].text

    assert text.startswith("Alex Morgan\n18 Elm Street, Apt 3\nPortland, OR 97205\n")
    assert "Dr. Priya Raman\nDirector of Data Platform\nAcme Robotics\n400 Harbor Way" in text
    assert text.count("Acme Robotics\n") == 1  # the company line is not repeated


def test_card_uses_the_nickname(one_to_one_interview: Interview) -> None:
    assert draft(one_to_one_interview, "card")[0].text.startswith("Dear Bob,\n")
    assert draft(one_to_one_interview, "email")[0].text.startswith("Dear Dr. Smith,\n")


@pytest.mark.parametrize("template", TEMPLATES)
def test_render_one_equals_the_draft_note(panel_interview: Interview, template: str) -> None:
    notes = draft(panel_interview, template)

    note = render(panel_interview, "José Núñez-García", template)

    assert note == notes[1]
    assert note.text == notes[1].text
    assert render(panel_interview, panel_interview.interviewers[3], template) == notes[3]


def test_render_unknown_recipient_raises_key_error(panel_interview: Interview) -> None:
    with pytest.raises(KeyError, match="Jose Nunez"):
        render(panel_interview, "Jose Nunez")


def test_render_default_template_is_card(panel_interview: Interview) -> None:
    assert render(panel_interview, "Dr. Priya Raman").template == "card"


def _interview(
    *,
    interviewers: tuple[Interviewer, ...],
    position: str = "Analyst",
    topics: tuple[str, ...] = (),
    accomplishments: tuple[Accomplishment, ...] = (),
) -> Interview:
    return Interview(
        company="Initech",
        position=position,
        date=dt.date(2026, 3, 2),
        candidate=Candidate(name="Sam Lee"),
        interviewers=interviewers,
        topics=topics,
        accomplishments=accomplishments,
    )


def _one_to_one_with(**changes: Any) -> Interview:
    """The one-to-one example, its interviewer changed as given."""
    interview = load_interview(EXAMPLES / "one_to_one.toml")
    person = dataclasses.replace(interview.interviewers[0], **changes)
    return dataclasses.replace(interview, interviewers=(person,))


@pytest.mark.parametrize("template", TEMPLATES)
def test_interview_built_in_python_renders(template: str) -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ms. Ana Ruiz", topics=("the budget",)),),
        accomplishments=(Accomplishment(text="I cut the budget by 10%.", topics=("the budget",)),),
    )

    (note,) = draft(interview, template)

    assert "the budget" in note.text
    assert "cut the budget by 10%" in note.text or template in ("follow-up", "linkedin")
    assert "Ana" in note.text or "Ruiz" in note.text


@pytest.mark.parametrize("template", TEMPLATES)
def test_bare_interview_still_renders_a_sensible_note(template: str) -> None:
    interview = _interview(interviewers=(Interviewer(name="Ana Ruiz"), Interviewer(name="Bo Chen")))

    notes = draft(interview, template)

    for note, found in zip(notes, check_panel(notes, interview), strict=True):
        assert THANKS.search(note.text)
        assert [f.code for f in found if f.code in ESSENTIALS] == [], note.text
        assert "Initech" in note.text or "Analyst" in note.text
        assert "Sam Lee" in note.text
        for leftover in ("None", "  ", "\n\n\n", " .", "about .", "when I ."):
            assert leftover not in note.text
    assert notes[0].text != notes[1].text


def test_interviewer_without_topics_gets_a_panel_topic() -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ana Ruiz"), Interviewer(name="Bo Chen")),
        topics=("the budget", "the migration"),
    )

    first, second = draft(interview)

    assert "the budget" in first.text
    assert "the migration" in second.text
    assert "the migration" not in first.text


def test_own_topic_comes_before_the_panel_topics() -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ana Ruiz", topics=("hiring",)),),
        topics=("the budget",),
    )

    text = draft(interview)[0].text

    assert "hiring" in text
    assert "budget" not in text


def test_accomplishments_are_shared_out_by_topic() -> None:
    interview = _interview(
        interviewers=(
            Interviewer(name="Ana Ruiz", topics=("testing",)),
            Interviewer(name="Bo Chen", topics=("hiring",)),
        ),
        accomplishments=(
            Accomplishment(text="hired six engineers", topics=("hiring",)),
            Accomplishment(text="wrote the testing guide", topics=("testing",)),
        ),
    )

    ana, bo = draft(interview)

    # told as a fact ("I wrote ...") or, naming its topic, as the reason ("Having written ...")
    assert "the testing guide" in ana.text
    assert "six engineers" in bo.text


def test_template_path_renders_like_the_name(panel_interview: Interview) -> None:
    root = Path(__file__).resolve().parent.parent
    by_path = draft(panel_interview, root / "templates" / "card.j2")

    assert [n.text for n in by_path] == [n.text for n in draft(panel_interview, "card")]


def test_card_never_refers_to_an_experience_it_did_not_mention() -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ana Ruiz"),),
        accomplishments=(Accomplishment(text="I led the ERP migration."),),
    )

    text = draft(interview, "card")[0].text

    assert "that experience" not in text or "led the ERP migration" in text, text


def test_seven_person_panel_with_few_topics_has_no_copied_notes() -> None:
    from thanknote import check_panel

    people = [
        Interviewer(name="Dr. Priya Raman", topics=("streaming",)),
        Interviewer(name="José Núñez"),
        Interviewer(name="Siobhán Kelly", topics=("mentoring",)),
        Interviewer(name="Lan Nguyen", topics=("dashboards",)),
        Interviewer(name="Hans Berg"),
        Interviewer(name="Łukasz Wróbel"),
        Interviewer(name="Zoë Müller", topics=("data quality",)),
    ]
    interview = _interview(
        interviewers=tuple(people),
        topics=("the data platform roadmap for 2027", "how the team runs on-call"),
        accomplishments=(
            Accomplishment(text="built data quality checks"),
            Accomplishment(text="Led the move to streaming"),
            Accomplishment(text="My team shipped a patient portal."),
        ),
    )
    for template in ("card", "email", "letter"):
        notes = draft(interview, template)
        assert len({n.text for n in notes}) == 7
        findings = [f for found in check_panel(notes, interview) for f in found]
        assert [f.code for f in findings if f.code == "too-similar"] == [], template


@pytest.mark.parametrize(
    "company",
    [
        "Kopi Pay Pte. Ltd.",
        "Our Lady of Peñafrancia Medical Center, Inc.",
        "Acme B.V.",
        "Telewizja Wisła Sp. z o.o.",  # set CD
    ],
)
def test_letters_to_a_panel_share_their_address_lines_without_a_finding(company: str) -> None:
    """Set CB: a company line ending in "Ltd." read as a sentence shared by every letter
    of the panel ("the note to ... says this sentence word for word")."""
    from thanknote import check_panel

    people = tuple(
        Interviewer(name=name, title="Director", address=f"{company}\nBlk 12 Lot 7 Sampaguita St.")
        for name in ("Dr. Priya Raman", "José Núñez", "Siobhán Kelly")
    )
    interview = dataclasses.replace(
        _interview(interviewers=people, topics=("the roadmap",)),
        company=company,
        candidate=Candidate(name="Sam Lee", address="Blk 3 Rizal Ave.\nQuezon City"),
    )
    notes = draft(interview, "letter")
    assert all(company in n.text for n in notes)
    findings = [f for found in check_panel(notes, interview) for f in found]
    assert [f.message for f in findings if f.code == "too-similar"] == []


def test_the_readme_shows_the_cards_the_example_panel_gets(panel_interview: Interview) -> None:
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    shown = readme.split("a test keeps this text what the code writes):\n\n```text\n", 1)[1]
    shown = shown.split("```", 1)[0]
    assert "\n#" not in shown  # the block is closed before the next section

    for note in draft(panel_interview, "card", today=dt.date(2026, 11, 30)):
        assert note.text.strip() in shown, note.text


def _panel_closing_with(line: str) -> Interview:
    """The example panel, with `line` as the candidate's closing line."""
    return dataclasses.replace(load_interview(EXAMPLES / "panel.toml"), closing_line=line)


def test_a_closing_line_that_has_been_so_all_week_is_so_since_the_interview() -> None:
    """Set IS: "the huipiles have stayed with me all week" in a note written the next day
    read as illogical (7 notes); "I'll be cooking with it all week" is still to come."""
    interview = _panel_closing_with("The huipiles have stayed with me all week.")
    later = interview.date + dt.timedelta(days=1)
    weekday = f"{interview.date:%A}"

    for note in draft(interview, "email", today=later):
        assert f"The huipiles have stayed with me since {weekday}." in note.text, note.text
    for found in check_panel(draft(interview, "card", today=later), interview):
        assert [f for f in found if f.code == "too-similar"] == []
    week_later = draft(interview, "email", today=interview.date + dt.timedelta(days=6))
    assert "have stayed with me all week." in week_later[0].text


@pytest.mark.parametrize("template", ["email", "card", "letter"])
def test_a_closing_line_about_this_morning_is_no_shared_sentence(template: str) -> None:
    """Set EA: "Ngā mihi nui for the whakatau this morning", which a note written the next
    day says "... on Wednesday", was `too-similar` in every pair of the panel's notes."""
    interview = _panel_closing_with("Ngā mihi nui for the whakatau this morning, it meant a lot.")
    later = interview.date + dt.timedelta(days=1)
    notes = draft(interview, template, today=later)

    assert all("whakatau" in note.text for note in notes)
    for found in check_panel(notes, interview):
        assert [f.code for f in found if f.code == "too-similar"] == []


@pytest.mark.parametrize("template", ["email", "card", "letter"])
def test_a_closing_line_that_wants_the_job_in_its_own_words_is_the_notes_interest(
    template: str,
) -> None:
    """Sets KL, KM: "It would be a real joy to make music at St Mary's." after "Everything I
    heard made me want to be part of St Mary the Virgin even more." read as said twice (4
    notes); no rule reads the line, the checker's model does."""
    line = (
        "I left even more convinced that the studio is where I want to spend the next three years."
    )
    interview = _panel_closing_with(line)

    for note in draft(interview, template, today=interview.date):
        said = [s for s in re.split(r"(?<=[.!?])\s+", note.text) if line[:20] not in s]
        assert line in note.text
        # none of the templates' own lines of interest
        stock = ("join", "interest", "eager", "enthusias", "keen", "excited", "part of the team")
        assert not any(word in s.lower() for s in said for word in stock), note.text


@pytest.mark.parametrize(
    "line",
    [
        # set LC: a wish for something else, read by the model at 0.81 (4 notes with no
        # word of wanting the job)
        "Thank you again for your time, and I hope the pipeline through Adré stays open.",
        # and an offer to come up for a day (set LC, 4 notes)
        "I'd be glad to come up for a trial shift in the stillhouse if that would help.",
    ],
)
def test_a_closing_line_that_wants_something_else_leaves_the_notes_interest(line: str) -> None:
    interview = _panel_closing_with(line)

    for note in draft(interview, "card", today=interview.date):
        body = note.text.replace(line, "")
        assert any(rules_find_interest(s, "Acme Robotics") for s in split(body)), note.text


@pytest.mark.parametrize("template", ["email", "card"])
def test_a_closing_line_that_thanks_is_not_followed_by_thanks(template: str) -> None:
    """Set BN: "Thank you, and Shabbat shalom." then "Thank you again,"; the words in
    another language go since (sets GO to GQ), and the thanks are the note's own."""
    interview = _panel_closing_with("Thank you, and Shabbat shalom.")

    for note in draft(interview, template, today=interview.date):
        assert "shalom" not in note.text, note.text
        body = note.text.split(",", 1)[1].rsplit("\n\n", 1)[0]
        assert body.lower().count("thank") == 1, note.text


@pytest.mark.parametrize("template", ["email", "letter"])
def test_a_closing_line_that_looks_ahead_is_the_only_look_ahead(template: str) -> None:
    ahead = "I look forward to meeting the wider team in January."
    interview = _panel_closing_with(ahead)

    for note in draft(interview, template, today=interview.date):
        body = note.text.split(ahead)[0]
        assert ahead in note.text
        assert "look forward" not in body.lower(), note.text


@pytest.mark.parametrize("template", ["email", "letter"])
def test_a_closing_line_about_the_decision_is_the_only_word_on_it(template: str) -> None:
    ahead = "I would welcome the chance to spend a day on the route before you decide."
    interview = _panel_closing_with(ahead)  # set AX: the decision was spoken of twice
    decided = dataclasses.replace(
        interview,
        next_steps=dataclasses.replace(interview.next_steps, decision_by=dt.date(2026, 12, 11)),
    )

    for note in draft(decided, template, today=interview.date):
        assert "December 11" not in note.text, note.text


@pytest.mark.parametrize(
    ("card", "honorific", "opening"),
    [
        ("Rabbi Miriam Goldstein", None, "Dear Rabbi Goldstein,"),
        ("Capt. Robert J. Hollis, USN (Ret.)", None, "Dear Captain Hollis,"),
        ("Priya Raman", None, "Hi Priya,"),
        # sets GO, GQ: a doctor is not called by the given name unasked
        ("Dr. Priya Raman", None, "Dear Dr. Raman,"),
        ("Robert (Bob) Smith, PhD", None, "Hi Bob,"),
        # set CR: the form of address the file asks for, on LinkedIn too
        ("山田 花子 / YAMADA Hanako", "Yamada-sama", "Dear Yamada-sama,"),
        ("Kwesi Ansah", "Dr.", "Dear Dr. Ansah,"),
        ("Dana Whitaker", "Ms.", "Dear Ms. Whitaker,"),
        # set DK: "Dear Venkatesh," to the Dr. the file asks for, the given name after an initial
        ("Dr. K. Venkatesh Murthy", "Dr.", "Dear Dr. Murthy,"),
    ],
)
def test_a_linkedin_note_says_hi_only_to_a_first_name(
    card: str, honorific: str | None, opening: str
) -> None:
    interview = _one_to_one_with(name=card, honorific=honorific)

    (note,) = draft(interview, "linkedin", today=interview.date)

    assert note.text.startswith(opening)


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_closing_line_says_again_and_nothing_else_does(template: str) -> None:
    interview = _panel_closing_with("Shukran again for the tour.")

    for note in draft(interview, template, today=interview.date):
        # "Thank you for the tour" (set DO: "again" with no earlier thanks for it), and
        # no other "again" beside it
        assert note.text.lower().count("again") <= 1, note.text
        # (said with the first thanks: "Thank you also for"; in cards too since set KQ)
        assert "for the tour." in note.text.lower(), note.text
        assert "shukran" not in note.text.lower(), note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_note_written_on_the_day_says_today(template: str) -> None:
    interview = load_interview(EXAMPLES / "panel.toml")
    weekday = f"on {interview.date:%A}"

    for note in draft(interview, template, today=interview.date):
        assert weekday not in note.text
        assert "today" in note.text, note.text
    for note in draft(interview, template, today=interview.date + dt.timedelta(days=2)):
        assert "today" not in note.text


def test_a_letter_prints_the_title_without_the_writers_notes() -> None:
    interview = _one_to_one_with(title="Technical Director, co-production partner (via Teams)")

    (note,) = draft(interview, "letter", today=interview.date)

    assert "Technical Director, co-production partner\n" in note.text
    assert "(via Teams)" not in note.text


def test_a_phone_script_says_the_candidates_name_as_said_aloud() -> None:
    interview = load_interview(EXAMPLES / "one_to_one.toml")
    candidate = dataclasses.replace(
        interview.candidate, name="Marcus D. Whitfield-Ortiz, MSN, APRN"
    )
    person = dataclasses.replace(interview.interviewers[0], preferred_contact="phone")
    interview = dataclasses.replace(interview, candidate=candidate, interviewers=(person,))

    (note,) = draft(interview, "follow-up", today=interview.date)

    assert "Marcus Whitfield-Ortiz" in note.text  # no one says their middle initial (set AW)
    assert "MSN" not in note.text  # a script to say aloud carries no post-nominals


@pytest.mark.parametrize(
    ("line", "formal"),
    [
        ("I'd be glad to share the script.", "I would be glad to share the script."),
        ("It's been a pleasure; I'm keen.", "It has been a pleasure; I am keen."),
        ("Don’t hesitate to call.", "Do not hesitate to call."),
        ("Thank you again for the tour.", "Thank you again for the tour."),
        # set AE: a note's clipped sentence is whole in a letter
        (
            "Happy to share the write-up if useful.",
            "I would be happy to share the write-up if useful.",
        ),
        ("I am happy to help.", "I am happy to help."),
    ],
)
def test_a_letter_writes_out_the_closing_lines_contractions(line: str, formal: str) -> None:
    assert written_out(line) == formal


@pytest.mark.parametrize("template", ["email", "letter"])
def test_a_closing_line_that_offers_something_is_the_only_offer(template: str) -> None:
    offer = "I'd be glad to share the pipeline design doc if it would help."
    interview = _panel_closing_with(offer)

    notes = draft(interview, template, today=interview.date)
    # (the notes that name the pipeline: `test_a_closing_offer_goes_only_to_the_notes_...`)
    offered = [note for note in notes if "pipeline design doc" in note.text]
    assert offered
    for note in offered:
        body = note.text.split(offer.split()[-1])[0]
        assert "anything further" not in body, note.text
        assert "look forward" not in body, note.text
        if template == "letter":
            assert "I would be glad to share my pipeline design doc" in note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
@pytest.mark.parametrize(
    ("accomplishment", "opening"),
    [
        (
            "trained 40 planners on the new system",
            "Having trained 40 planners on the new system, I ",
        ),
    ],
)
def test_an_accomplishment_the_topic_does_not_call_for_is_tied_to_the_role(
    template: str, accomplishment: str, opening: str
) -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ms. Ana Ruiz", topics=("the audit calendar",)),),
        accomplishments=(Accomplishment(text=accomplishment),),
    )

    (note,) = draft(interview, template, today=interview.date)

    paragraphs = note.text.split("\n\n")
    tied = [p for p in paragraphs if opening in p]
    assert len(tied) == 1, note.text
    assert "audit calendar" not in tied[0]  # not joined to the topic it does not fit


# A blind reader shown each note three ways preferred, 35 times in 36, the note without
# a skill or credential that fits no topic ("I hold an MBBS ..., which I hope will be
# useful in the role"): the interviewer has the CV.
@pytest.mark.parametrize("template", ["card", "email", "letter"])
@pytest.mark.parametrize(
    "accomplishment",
    [
        "Kannada, Tamil and English",
        "MBBS (Ibadan) 2021",
        "ACAMS CAMS",
        "5 years experience",  # the final A/B: "With 5 years of experience, I feel ..."
        "clean record, no demerit points",
    ],
)
def test_a_skill_or_credential_the_topic_does_not_call_for_is_left_out(
    template: str, accomplishment: str
) -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ms. Ana Ruiz", topics=("the audit calendar",)),),
        accomplishments=(Accomplishment(text=accomplishment),),
    )

    (note,) = draft(interview, template, today=interview.date)

    assert phrase(accomplishment).sentence not in note.text
    assert "audit calendar" in note.text


def test_a_closing_line_is_mended_for_one_reader_and_its_comma_splice() -> None:
    line = "Thank you all for the tour of the floor, it really helped me picture the team."
    interview = _panel_closing_with(line)

    for note in draft(interview, "email", today=interview.date):
        # with the note's first thanks since set KL, the remark beside what it speaks of
        said = "for the tour of the floor; it really helped me picture the team."
        assert said in note.text, note.text
        assert "Thank you all" not in note.text


def test_a_moment_that_names_its_reader_is_said_to_them() -> None:
    """Set BQ: "the case study w/ Jay" in the note to Jay; the remark after the dash, a
    clause of its own, is left out (set CJ: "the dissolution discussion – you asked ...")."""
    person = Interviewer(
        name="Park Ji-hoon (Jay)",
        family_first=True,
        moment="case study w/ Jay - he pushed back hard on my pricing idea",
    )

    said = _recalled(person)

    assert said == "I really enjoyed the case study with you.", said


def test_a_closing_line_without_its_subject_is_given_one() -> None:
    """Set BO: "Thanks again - happy to provide anything further ..."."""
    interview = _panel_closing_with("Thanks again - happy to provide anything further.")

    for note in draft(interview, "email", today=interview.date):
        assert "I am happy to provide anything further." in note.text, note.text
        assert " - happy" not in note.text, note.text


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # set BY: "Thanks again for your time." stood mid-paragraph
        (
            "Thanks again for your time — I'd welcome the chance to bring my fleet experience.",
            "I'd welcome the chance to bring my fleet experience.",
        ),
        ("I'd be glad to send the plan - thanks again!", "I'd be glad to send my plan."),
        # sets CB, CC: "the same" pointed back at nothing the note says
        (
            "I'm ready to bring the same watch-standing discipline to your night shift.",
            "I'm ready to bring my watch-standing discipline to your night shift.",
        ),
        # set BY: the part in Italian left out, and its "and" with it
        (
            "Grazie mille — and thank you for the yuzu kosho, I'll be cooking with it all week.",
            "Thank you for the yuzu kosho. I'll be cooking with it all week.",
        ),
    ],
)
def test_a_closing_line_does_not_thank_again_beside_its_dash(line: str, said: str) -> None:
    interview = _panel_closing_with(line)

    for note in draft(interview, "email", today=interview.date):
        assert said in note.text, note.text
        assert "Thanks again for your time." not in note.text, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_closing_remark_on_the_visit_follows_the_first_thanks(template: str) -> None:
    """Sets KD and KF: "It was a real pleasure to taste the 2025 from barrel." at the end,
    beside the decision's date, read as a thought dropped in (5 notes)."""
    line = "It was a real pleasure to taste the 2025 from barrel."
    interview = _panel_closing_with(line)

    for note in draft(interview, template, today=interview.date):
        paragraphs = note.text.split("\n\n")
        salutation = next(i for i, p in enumerate(paragraphs) if p.startswith("Dear "))
        assert line in paragraphs[salutation + 1], note.text  # the first, with the thanks
        assert note.text.count(line) == 1, note.text


def test_a_closing_line_to_all_of_them_is_to_the_reader_and_colleagues() -> None:
    """Set BQ: "all of you spoke ..." in a note to one person."""
    line = "I remain grateful for the care with which all of you spoke about the families."
    interview = _panel_closing_with(line)

    for note in draft(interview, "email", today=interview.date):
        assert "with which you and your colleagues spoke" in note.text, note.text


@pytest.mark.parametrize(
    ("topic", "practical"),
    [
        ("salary", True),
        ("the start date", True),
        ("salary slab", True),  # set BR
        ("bonus cycle", True),  # set CD
        ("parking at the courthouse", True),  # set CD
        ("benefits for carers", False),
        ("store P&L and wage budget", False),
        ("visa sponsorship", True),
        ("housing allowance", True),
        ("notice period", True),
        ("salary band + car loan scheme", True),  # set AE
        ("cafeteria benefits", True),  # set AI
        ("medicals, drug and alcohol testing", True),
        ("relocation not needed", True),
        ("auto aziendale? no.", True),  # set AG: a question answered in the room
        ("Schichtbetrieb? no, day shift only", True),  # set AM: answered, with a note
        ("van and tools provided?", True),
        ("equity research", False),
        ("contract 4 on / 2 off?", True),  # set AE
        ("pay equity audit", False),
        ("on-call", True),  # set FZ: "your insight into on-call", a rota
        ("data quality monitoring", False),
        ("salary band around E13 equivalent", True),  # set AX: the terms, then their measure
        ("visa sponsorship for my partner", True),
        ("the 3PL contract with the fashion brand", False),  # a client's contract is work
        ("onboarding for new hires", False),
        ("Saturdays", True),  # set AW: "It was good to hear your thinking on Saturdays."
        ("hours on the crane simulator", False),
        ("CTC 14 LPA fixed + ESOPs", True),  # set AY: pay as Indian offers write it
        ("8/6 roster", True),
        ("nurse rostering system", False),
        ("motorbike allowance", True),  # set BD: pay, whatever names its kind
        ("on-call allowance and a council vehicle", True),  # set BC
        ("study leave", True),
        ("fixed term → permanent? asked, depends on roll growth", True),  # set BI
        ("dormitory in Dong-gu or housing allowance", True),  # set BG: any of things listed
        ("stipend ₦650,000 monthly + housing allowance", True),
        ("CHP stipends & county co-financing after the donor cuts", False),  # a programme's
        ("work permits for foreign therapists", False),  # a recruiter's work
        ("social housing waiting lists", False),
        ("company car + bonus", True),  # set DG: "your perspective on the company car and bonus"
        ("bonus malus in motor insurance", False),
        ("work permit / BOI", True),  # set ES: "your thoughts on the work permit"
        ("work permit processing for migrant workers", False),
        ("civil service grade", True),  # set ES: "to talk with you ... about the civil
        ("state pay band", True),  # service grade", "your thoughts on the state pay band"
        ("PLR (profit sharing)", True),  # set EY
        ("start date janvier", True),  # set FE: a month in another language
        ("notice period and joining date", True),  # set JC: a term beside another
        ("work from Pune office two days a week?", True),  # set JC
        ("office design for hybrid teams", False),
        ("relocation to Hannover", True),  # set LB: "to talk about the relocation to Hannover"
        ("approach to safeguarding", False),
    ],
)
def test_a_topic_about_the_jobs_terms_is_told_apart(topic: str, practical: bool) -> None:
    assert is_practical(topic) is practical


def test_a_note_does_not_recall_the_salary_as_a_highlight() -> None:
    interview = load_interview(EXAMPLES / "panel.toml")
    person = dataclasses.replace(interview.interviewers[0], topics=("salary", "the start date"))
    interview = dataclasses.replace(interview, interviewers=(person,), topics=("salary",))

    for template in ("card", "email", "letter", "follow-up", "linkedin"):
        (note,) = draft(interview, template, today=interview.date)
        assert "salary" not in note.text, note.text
        assert "start date" not in note.text, note.text


def _phone_follow_up(phone: str, days: int = 12, **person: Any) -> Note:
    """The follow-up the example panel's first interviewer gets by phone, `days` after
    the interview, with `person`'s fields changed."""
    interview = load_interview(EXAMPLES / "panel.toml")
    changed = dataclasses.replace(
        interview.interviewers[0], preferred_contact="phone", phone=phone, **person
    )
    interview = dataclasses.replace(interview, interviewers=(changed,))
    (note,) = draft(interview, "follow-up", today=interview.date + dt.timedelta(days=days))
    return note


def test_a_phone_script_greets_as_the_files_salutation_does() -> None:
    note = _phone_follow_up(
        "+81 3 5555 0100", name="Yamamoto Kenji", family_first=True, salutation="Dear Yamamoto-san,"
    )

    assert note.text.startswith("Call Yamamoto-san on +81"), note.text
    assert "- Hi Yamamoto-san," in note.text or "Yamamoto-san, " in note.text.split("\n")[2]
    assert "Priya" not in note.text, note.text


def test_a_phone_script_says_no_written_greeting_of_another_language() -> None:
    """Set BH: "Good morning Sehr geehrter Herr Kommerzialrat Huber, it's ... calling"."""
    note = _phone_follow_up(
        "+43 1 555 42 10",
        name="KR Franz Huber",
        salutation="Sehr geehrter Herr Kommerzialrat Huber,",
    )

    assert note.text.startswith("Call Herr Kommerzialrat Huber on +43"), note.text
    assert "geehrter" not in note.text, note.text


def test_a_letter_addresses_the_envelope_without_pronouns() -> None:
    interview = load_interview(EXAMPLES / "panel.toml")
    person = dataclasses.replace(interview.interviewers[0], name="Callum Reid (he/him)")
    interview = dataclasses.replace(interview, interviewers=(person,))

    (note,) = draft(interview, "letter", today=interview.date)

    assert "Callum Reid\n" in note.text, note.text
    assert "he/him" not in note.text, note.text


# From the blind reading of set AI: a closing line's own thanks for the time says it
# twice, and its "today" is the interview's day in a note written after it.
@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Thank you for your time today.", None),
        (
            "Thank you once again for the opportunity; I remain available for any questions.",
            "I remain available for any questions.",
        ),
        ("It was great to meet the team today.", "It was great to meet the team on Tuesday."),
        (  # set BK: a note dated the next day said "this morning"
            "Fair winds, and thank you for the tour this morning.",
            "Fair winds, and thank you for the tour on Tuesday.",
        ),
        # set EI: "today" as what was enjoyed ("I really enjoyed on Monday.")
        (
            "Ngiyabonga kakhulu - I really enjoyed today.",
            "I really enjoyed our meeting on Tuesday.",
        ),
        # set EH: the panel's time is the reader's, thanked for already
        (
            "Thanks again for the panel's time, I really enjoyed the scenario exercise.",
            "I really enjoyed the scenario exercise.",
        ),
    ],
)
def test_a_closing_line_does_not_thank_twice_or_say_today_a_day_late(
    line: str, said: str | None
) -> None:
    interview = _panel_closing_with(line)

    (note, *_) = draft(interview, "card", today=interview.date + dt.timedelta(days=1))

    if said is None:
        assert "your time today" not in note.text
    else:
        assert said in note.text, note.text


# From the final A/B: a title only written ("Er.") is not said on a call. (Saying the
# full name instead was marked in 12 notes of sets BP and BS; the first name in 2 of BN.)
@pytest.mark.parametrize(
    ("card", "said"),
    [
        ("Er. Rajesh Vasant Kulkarni", "Hi Rajesh,"),
        ("Dr. Priya Raman", "Hi Dr. Raman,"),
        ("Capt. Niamh Fitzgerald", "Hi Captain Fitzgerald,"),
    ],
)
def test_a_phone_script_says_only_a_title_one_says_aloud(card: str, said: str) -> None:
    note = _phone_follow_up("0438 555 210", days=20, name=card)

    assert said in note.text, note.text


# A note with no topic leaves its credential out too: shown 24 such notes with and
# without the line ("I hold ..., which I hope will be useful in the role"), a blind
# reader preferred every one without it; nor is it told as news ("I was happy to
# share that I hold ..." was never sendable in the replication A/B).
@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_note_with_no_topic_leaves_its_credential_out(template: str) -> None:
    interview = _interview(
        interviewers=(Interviewer(name="Ms. Ana Ruiz"),),
        accomplishments=(Accomplishment(text="MSc Finance, LSE"),),
    )

    (note,) = draft(interview, template, today=interview.date)

    assert "MSc" not in note.text, note.text
    assert "Thank you" in note.text


def test_a_moment_in_texting_is_written_out() -> None:
    """Set BA: "I particularly remember yr story abt ..."; set BY: "your war story abt
    the Chuseok traffic spike", "showed me the falls board n asked what i'd change"."""
    interview = _one_to_one_with(moment="yr story abt the US tour group arriving 6 hrs early")

    assert not [item for item in left_out(interview) if item.field.endswith("moment")]
    for note in draft(interview, "card", today=interview.date):
        assert "your story about the US tour group arriving 6 hours early" in note.text


@pytest.mark.parametrize(
    ("moment", "said"),
    [
        ("her war story abt the Chuseok traffic spike", "your war story about the Chuseok"),
        (
            "when she showed me the falls board n asked what i'd change",
            "showing me the falls board and asking what I'd change",
        ),
        ("his qstn on how I'd handle a union chairman", "your question on how I'd handle"),
        ("the coffee + the heat pump that froze in Tromsø", "the coffee and the heat pump"),
        ("her story about her first jury trial as an AUSA", "your story about your first jury"),
        ("the video review of her TaTME case", "the video review of your TaTME case"),
    ],
)
def test_a_jotted_moment_reads_as_prose_said_to_the_reader(moment: str, said: str) -> None:
    interview = _one_to_one_with(moment=moment)

    for template in ("card", "email", "letter"):
        (note,) = draft(interview, template, today=interview.date)
        assert said in note.text, note.text


def test_a_moment_of_a_loss_is_left_out_and_said_to_be_so() -> None:
    """Set CD: "I really enjoyed your late husband's stay on AMU in 2019"."""
    interview = _one_to_one_with(moment="her late husband's stay on AMU in 2019")

    (left,) = [item for item in left_out(interview) if item.field.endswith("moment")]
    assert "loss or an illness" in left.reason
    for template in ("card", "email", "letter"):
        (note,) = draft(interview, template, today=interview.date)
        assert "husband" not in note.text, note.text


def test_a_moment_of_someone_hurt_is_left_out() -> None:
    """Set CE: "I especially enjoyed the nurse who got punched in triage last spring"."""
    interview = _one_to_one_with(moment="the nurse who got punched in triage last spring")

    (note,) = draft(interview, "email", today=interview.date)
    assert "punched" not in note.text, note.text


def test_a_moment_of_a_colleague_lost_is_left_out() -> None:
    """Set CN: "Thank you also for telling me about the peer support team after his crew
    lost a guy in '19"."""
    interview = _one_to_one_with(
        moment="when he told me about the peer support team after his crew lost a guy in '19"
    )

    (note,) = draft(interview, "email", today=interview.date)
    assert "lost a guy" not in note.text, note.text


def test_a_topic_the_moment_names_is_not_recalled_again() -> None:
    """Set CE: "I especially enjoyed what you said about cultural flows in the Barwon–Darling.
    I appreciated your perspective on cultural flows." """
    interview = _one_to_one_with(
        topics=("cultural flows",),
        moment="what you said about cultural flows in the Barwon–Darling",
    )
    interview = dataclasses.replace(interview, accomplishments=())

    for template in ("card", "email", "letter"):
        (note,) = draft(interview, template, today=interview.date)
        assert note.text.count("cultural flows") == 1, note.text


def test_a_letter_addresses_a_nickname_card_by_name() -> None:
    """Set CE: 'Stevie "Big Stevie" Docherty' on a letter's address block."""
    interview = _one_to_one_with(name='Stevie "Big Stevie" Docherty')

    (note,) = draft(interview, "letter", today=interview.date)
    assert "Big Stevie" not in note.text.split("Dear", 1)[0], note.text


@pytest.mark.parametrize(
    ("card", "printed"),
    [
        ("Dr. Siddharth 'Sid' Ramaswamy", "Dr. Siddharth Ramaswamy"),  # set CX
        ("Babatunde (Tunde) Okafor", "Babatunde Okafor"),
        ("Col. John Smith (Ret.)", "Col. John Smith (Ret.)"),
    ],
)
def test_a_letters_address_block_prints_no_nickname(card: str, printed: str) -> None:
    interview = _one_to_one_with(name=card)

    (note,) = draft(interview, "letter", today=interview.date)
    assert f"\n{printed}\n" in note.text.split("Dear", 1)[0], note.text


def test_a_panel_name_jotted_in_small_letters_is_the_person() -> None:
    """Set CD: "I particularly remember tom asking the q about breaks nobody else would"."""
    tom = Interviewer(name="Tom Harrop", title="Matron")
    other = Interviewer(name="Ana Ruiz", moment="tom's whiteboard sketch of the rota")

    assert "Tom's whiteboard sketch of the rota" in _recalled(other, (tom,))
    asked = _recalled(dataclasses.replace(tom, moment="tom asking the q about breaks"))
    assert "for asking the question about breaks" in asked, asked


def test_a_moment_keeps_the_possessive_of_someone_else_spoken_of() -> None:
    interview = _one_to_one_with(moment="your story about your mother and her farm in Otago")

    (note,) = draft(interview, "email", today=interview.date)
    assert "your mother and her farm" in note.text, note.text


def test_an_accomplishment_in_the_jobs_field_is_told_before_one_outside_it() -> None:
    """Set BC: with no accomplishment fitting the recipient's topic, the note told of
    half-marathons run for a charity ("Having run three half-marathons for Macmillan,
    I believe I could get up to speed quickly"), read as forced, while the file held
    an evacuation plan written for a council hiring an emergency planner."""
    interview = Interview(
        company="Moreton Coast Regional Council",
        position="Emergency Management Coordinator",
        date=dt.date(2026, 11, 2),
        candidate=Candidate(name="Sam Lee"),
        topics=("storm season readiness",),
        accomplishments=(
            Accomplishment(text="ran three half-marathons for Macmillan"),
            Accomplishment(text="wrote the storm tide evacuation plan for my current council"),
        ),
        interviewers=(Interviewer(name="Ana Ruiz", topics=("the volunteer roster",)),),
    )
    (focus,) = plan_focus(interview)
    assert focus.accomplishment is not None
    assert "evacuation" in focus.accomplishment.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_topic_the_accomplishment_names_again_is_told_apart_from_it(template: str) -> None:
    """Set BE: "our conversation about water committees, which reminded me of when
    I set up monthly fee audits with the water committees" says the topic twice in
    one sentence; "with them" (tried) made the candidate's committees the reader's."""
    topic = "water committees – who actually collects the fees"
    interview = Interview(
        company="Maji Safi Trust",
        position="WASH Officer",
        date=dt.date(2026, 11, 2),
        candidate=Candidate(name="Sam Lee"),
        accomplishments=(
            Accomplishment(
                text="set up monthly fee audits with the water committees", topics=(topic,)
            ),
        ),
        interviewers=(Interviewer(name="Ana Ruiz", topics=(topic,)),),
    )
    (note,) = draft(interview, template, today=interview.date)
    assert "fee audits with the water committees" in note.text, note.text
    for sentence in re.split(r"(?<=[.!?])\s+", note.text):
        assert sentence.count("water committees") <= 1, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_credential_that_is_the_topic_itself_is_not_told_as_news(template: str) -> None:
    """Set DV: "I appreciated the opportunity to discuss BCOP and to mention that I
    hold the BCOP credential" read as circular."""
    interview = Interview(
        company="Hanmaeum Hospital",
        position="Clinical Pharmacist",
        date=dt.date(2026, 11, 13),
        candidate=Candidate(name="Sam Lee"),
        accomplishments=(Accomplishment(text="BCOP (2025)"),),
        interviewers=(Interviewer(name="Ana Ruiz", topics=("BCOP",)),),
    )
    (note,) = draft(interview, template, today=interview.date)
    assert re.search(r"\b(?:on|about|discuss) BCOP\b", note.text), note.text
    assert "BCOP credential" not in note.text, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_tools_that_hold_the_topic_are_not_told_as_news(template: str) -> None:
    """Set DY: "When we talked about D-Stability, I was pleased to tell you that I
    have worked with D-Stability, D-Geo Flow and Plaxis" read as circular."""
    interview = Interview(
        company="Hoogheemraadschap Rijn en Schie",
        position="Adviseur Waterkeringen",
        date=dt.date(2026, 11, 9),
        candidate=Candidate(name="Sam Lee"),
        accomplishments=(Accomplishment(text="D-Stability, D-Geo Flow, Plaxis"),),
        interviewers=(Interviewer(name="Ana Ruiz", topics=("D-Stability",)),),
    )
    (note,) = draft(interview, template, today=interview.date)
    assert note.text.count("D-Stability") == 1, note.text


def test_a_thing_of_the_same_kind_as_the_topic_is_told_as_written() -> None:
    """Set BH: "When the test rig came up, I was glad to mention that I designed a it
    for planetary gear sets": the candidate's rig is another one than theirs."""
    topic = "test rig"
    interview = Interview(
        company="Getriebe Werk",
        position="Test Engineer",
        date=dt.date(2026, 11, 2),
        candidate=Candidate(name="Sam Lee"),
        accomplishments=(
            Accomplishment(text="designed a test rig for planetary gear sets", topics=(topic,)),
        ),
        interviewers=(Interviewer(name="Ana Ruiz", topics=(topic,)),),
    )
    for template in ("card", "email", "letter"):
        (note,) = draft(interview, template, today=interview.date)
        assert "designed a test rig for planetary gear sets" in note.text, note.text


def test_a_word_every_workplace_has_ties_no_accomplishment_to_a_topic() -> None:
    """Set BQ: "the team" (from "team of 9") paired with "3.5 yrs at Swiggy, surge
    pricing team"."""
    done = Accomplishment(text="3.5 yrs at Swiggy, surge pricing team")

    assert relatedness(done, "team of 9") == 0.0
    assert relatedness(done, "surge pricing") > 0.5


def test_a_topic_about_the_candidate_is_not_asked_for_the_readers_view() -> None:
    """Sets BN and BQ: "your thoughts on how I handle a deteriorating patient"."""
    interview = load_interview(EXAMPLES / "panel.toml")
    person = dataclasses.replace(
        interview.interviewers[0], topics=("how I handle a deteriorating patient",)
    )
    interview = dataclasses.replace(interview, interviewers=(person,), topics=())

    for template in ("card", "email", "letter", "linkedin"):
        (note,) = draft(interview, template, today=interview.date)
        assert "how I handle" in note.text, note.text
        assert not re.search(r"your (?:thoughts|views|perspective|thinking|insight)", note.text)


def test_the_honourable_is_addressed_by_the_office_the_title_names() -> None:
    """Set BO: "Dear Patricia Donnelly," to "Hon. Patricia A. Donnelly", a Presiding
    Judge; with no office in the title, the full name as before."""
    judge = recipient_view(
        Interviewer(name="Hon. Patricia A. Donnelly", title="Presiding Judge, Domestic Relations")
    )
    member = recipient_view(Interviewer(name="The Hon. Margaret Chen, P.C., M.P."))

    assert (judge.formal_salutation, judge.warm_salutation) == (
        "Dear Judge Donnelly,",
        "Dear Judge Donnelly,",
    )
    assert member.formal_salutation == "Dear Margaret Chen,"


@pytest.mark.parametrize(
    ("card", "spoken"),
    [
        ("Er. M. Arunachalam, FIE", "Arunachalam"),  # "Er." is written, not said
        ("N. Muthulakshmi", "Muthulakshmi"),  # a father's initial is not said either
        ("J. R. Smith", "J. R. Smith"),  # but an English name's initials are
        ("Dr. Kwame Osei", "Dr. Osei"),
        ("Capt. A. Rahman", "Captain Rahman"),
        ("Doç. Dr. Mehmet Öztürk", "Professor Öztürk"),  # set ET: not "Associate Professor"
        ("Chief (Mrs.) Adaeze Nwachukwu-Eze, FPSN", "Chief Nwachukwu-Eze"),  # set HE
        # set IZ: "Good morning Nomvula" to an Advocate, said "Advocate" where she works
        ("Adv. Nomvula Dlamini-Khumalo", "Adv. Dlamini-Khumalo"),
    ],
)
def test_a_call_opens_with_the_name_as_said(card: str, spoken: str) -> None:
    """Set ER: "Hello Er. Arunachalam", "Hello N. Muthulakshmi" in a phone script."""
    assert recipient_view(Interviewer(name=card)).spoken_address == spoken


@pytest.mark.parametrize(
    ("card", "addressed"),
    [
        ("Molnár Réka (HR)", "Molnár Réka"),  # set ET: a note after the name
        ("Fernanda Costa (RH)", "Fernanda Costa"),
        ("Judge Pieter J. van der Merwe (Ret.)", "Judge Pieter J. van der Merwe (Ret.)"),
        ("Jane Doe, BSc (Hons)", "Jane Doe, BSc (Hons)"),  # a degree's own bracket
        # set EZ: a card in two scripts split by a bar
        ("Capt. Khalid Al Mansoori | الكابتن خالد المنصوري", "Capt. Khalid Al Mansoori"),
    ],
)
def test_a_letter_addresses_the_name_without_a_note_after_it(card: str, addressed: str) -> None:
    assert recipient_view(Interviewer(name=card)).name == addressed


@pytest.mark.parametrize(
    ("card", "country", "formal"),
    [
        ("M. Karim Benali", "FR", "Dear Mr. Benali,"),  # set EW: Monsieur, in Paris
        ("M. Hicham Ait Ben Haddou", "MA", "Dear Mr. Ait Ben Haddou,"),  # set ET
        ("M. Karim Benali", "IN", "Dear M. Karim Benali,"),  # an initial elsewhere
        ("M. Arunachalam", "FR", "Dear M. Arunachalam,"),  # one name after it: an initial
    ],
)
def test_a_french_card_s_m_is_monsieur(card: str, country: str, formal: str) -> None:
    from thanknote.names import french_courtesy

    person = french_courtesy(Interviewer(name=card), [], country)
    assert recipient_view(person).formal_salutation == formal


def test_a_name_of_india_at_a_thai_firm_keeps_its_family_name() -> None:
    """Set HK: "Dear Mr. Arjun," for "Mr. Arjun Mehta, PharmD" at a Bangkok hospital; a Thai
    family name is long, as Thai ones are."""
    from thanknote.names import by_given_name_custom

    assert not by_given_name_custom(Interviewer(name="Mr. Arjun Mehta, PharmD"), [], "TH")
    assert by_given_name_custom(Interviewer(name="Nattaya Chaiyaporn"), [], "TH")


@pytest.mark.parametrize(
    ("card", "country", "panel", "formal", "warm"),
    [
        # set HC: a Japanese-Argentine export coordinator at a Mendoza winery
        ("Sr. Kenji Higa", "AR", [], "Dear Sr. Higa,", "Dear Sr. Higa,"),
        ("Sr. Kenji Higa", "GB", ["Sra. Ana Ruiz"], "Dear Sr. Higa,", "Dear Sr. Higa,"),
        ("Sr. Kenji Higa", "GB", [], "Dear Sister Higa,", "Dear Sister Kenji,"),
        ("Sr. José Garcia", "MX", [], "Dear Sr. Garcia,", "Dear Sr. Garcia,"),
        # a sisters' order and a name of religion stay Sister, wherever they are
        (
            "Sr. Mary Goretti Achieng, FSJ",
            "BR",
            [],
            "Dear Sister Achieng,",
            "Dear Sister Mary Goretti,",
        ),
        ("Sr. Mary Joseph", "MX", [], "Dear Sister Mary Joseph,", "Dear Sister Mary Joseph,"),
    ],
)
def test_sr_is_senor_where_cards_print_spanish_or_portuguese(
    card: str, country: str, panel: list[str], formal: str, warm: str
) -> None:
    from thanknote.names import iberian_courtesy

    others = [Interviewer(name=name) for name in panel]
    view = recipient_view(iberian_courtesy(Interviewer(name=card), others, country))
    assert (view.formal_salutation, view.warm_salutation) == (formal, warm)


@pytest.mark.parametrize(
    ("card", "country", "formal"),
    [
        # set HC: Dutch degrees, which a Dutch letter's greeting leaves out
        ("Ir. Hendrik-Jan van den Berg", "NL", "Dear Hendrik-Jan van den Berg,"),
        ("Drs. Mohamed El Amrani MBA", "NL", "Dear Mohamed El Amrani,"),
        ("Ir. Hendrik-Jan van den Berg", "GB", "Dear Hendrik-Jan van den Berg,"),  # "van den"
        ("Drs. Mohamed El Amrani MBA", "MA", "Dear Drs. El Amrani,"),
        ("Dr. ir. Sanne de Vries-Bakker", "NL", "Dear Dr. de Vries-Bakker,"),  # a doctor still
    ],
)
def test_a_dutch_degree_is_not_a_greeting_s_title(card: str, country: str, formal: str) -> None:
    from thanknote.names import dutch_degrees

    view = recipient_view(dutch_degrees(Interviewer(name=card), country))
    assert view.formal_salutation == formal


def test_a_letter_opens_with_dear_for_the_files_hi() -> None:
    """Sets ER, ET: "Hi Ciara," opening a posted letter; the name is the file's."""
    view = recipient_view(Interviewer(name="Dr. Ciara Nolan", salutation="Hi Ciara,"))
    titled = recipient_view(Interviewer(name="Dr. Ciara Nolan"))

    assert (view.formal_salutation, view.letter_salutation) == ("Hi Ciara,", "Dear Ciara,")
    spanish = recipient_view(Interviewer(name="Guadalupe Ríos", salutation="Hola Lupita,"))
    assert spanish.letter_salutation == "Dear Lupita,"  # set FB
    for unnamed in ("Hi,", "Hi there,", "Hey team,"):  # found in review: "Dear ,"
        view = recipient_view(Interviewer(name="Guadalupe Ríos", salutation=unnamed))
        assert view.letter_salutation == unnamed
    assert titled.letter_salutation == titled.formal_salutation == "Dear Dr. Nolan,"


def test_service_in_the_forces_is_not_told_to_a_research_panel() -> None:
    """Set BR: "Having served 21 months in the ROK Army, I believe I could make a real
    contribution" to a quantum research panel, while other accomplishments read."""
    interview = load_interview(EXAMPLES / "panel.toml")
    army = Accomplishment(text="served 21 months in the ROK Army (2011–2013)")
    interview = dataclasses.replace(interview, accomplishments=(army, *interview.accomplishments))

    assert all(f.accomplishment != army for f in plan_focus(interview))


@pytest.mark.parametrize(
    ("card", "moment", "said"),
    [
        (
            "Dato' Sri Ahmad Zaki bin Hassan",
            "Dato' Sri asked about my father, who sailed with MISC in the eighties",
            "for asking about my father, who sailed with MISC in the eighties.",
        ),
        (
            'Ma. Theresa "Tess" Dela Cruz',
            "Ma'am Tess said the branch does merienda every Friday at 3",
            "the moment you said the branch does merienda every Friday at 3.",
        ),
        # set BT: after "when"; a title's own story; the reader as "him" doing something
        (
            "Pádraig (Podge) Mac Giolla Phádraig",
            "when Podge said he remembered me from the U20s",
            "the moment you said you remembered me from the U20s",
        ),
        (
            "Dato' Sri Haji Kamarul Ariffin bin Abdul Rahman",
            "Dato' Sri's story about checking in incognito at the Langkawi property",
            "your story about checking in incognito at the Langkawi property",
        ),
        # set BU: "the Judge's story", "Sister Bernadette's remark", "Prof. Zimmerli's"
        (
            "Sr. Bernadette Mullaney RSM",
            "Sister Bernadette's remark that the kettle is the most important kit",
            "your remark that the kettle is the most important kit",
        ),
        (
            "Prof. Dr. Dr. h.c. Beat Zimmerli",
            "Prof. Zimmerli's question about what I'd cut first",
            "your question about what I'd cut first",
        ),
        (
            "Nomvula Dlamini",
            "Nomvula joking that busy season is January to December",
            "the moment you joked that busy season is January to December",
        ),
        # set CG: the card's title jotted in small letters ("nana's advice")
        (
            "Nana Yaw Owusu-Ansah, Esq.",
            "nana's advice on the bench memo format",
            "your advice on the bench memo format",
        ),
        # set CJ: a title jotted in small letters; a style in the third person; the
        # reader's name, then a dash; a nickname of two letters
        (
            "St. Marulam Hutagalung, S.H.",
            "when st. hutagalung showed me the dorm kitchen",
            "for showing me the dorm kitchen.",
        ),
        (
            'Rev. Fr. Jose Ma. "Joey" Del Rosario',
            "fr joey's story abt the boy from Pasil who is now a seminarian!! loved it",
            "for sharing your story about the boy from Pasil who is now a seminarian.",
        ),
        (
            "H.E. Dr. Abdullah bin Faisal Al-Saud",
            "His Excellency's remarks about his grandfather's house in Diriyah",
            "your remarks about your grandfather's house in Diriyah.",
        ),
        (
            "Hon. Patricia Delgado (Ret.)",
            "Patricia's story about her family's feedlot in Scottsbluff",
            "your story about your family's feedlot in Scottsbluff.",
        ),
        (
            'Kiprop "KP" Rotich',
            "KP showing the heatmap of Sunday readers",
            "for showing me the heatmap of Sunday readers.",
        ),
        (
            "Kevin O'Brien",
            "kevin — drive to the grain elevator, talked corn basis",
            "for the drive to the grain elevator.",
        ),
        (
            "Mick O'Connor",
            "the site walk at level 4 with mick",
            "for the site walk at level 4.",
        ),
        # set CK: a courtesy word after the name; a comma's jot with a noun that is a verb too
        (
            "Er. Ram Bahadur Thapa",
            "thapa sir's photos of the 2015 landslide at adit 2",
            "your photos of the 2015 landslide at adit 2.",
        ),
        (
            "Eng. Dawit Mengistu",
            "the tour of the new sim bay, motion base still in crates",
            "for the tour of the new sim bay.",
        ),
        # set CH: a title and an initial; "his bit about"; "their" with no one else before it
        (
            "Prof. S. Venkataraman, FNA, FASc",
            "Prof V's question on the DFT benchmarks - he laughed at my answer, good sign??",
            "your question on the DFT benchmarks.",
        ),
        (
            "Mr. Emeka Nwachukwu, ACIB",
            "his bit about the 2016 FX crisis",
            "your point about the 2016 FX crisis.",
        ),
        (
            "Yumiko Takahashi",
            "the whiteboard sketch of their interrupt latency problem",
            "for the whiteboard sketch of your interrupt latency problem.",
        ),
        (
            "Adaeze Okonkwo KC",
            "her feedback on my submission re: the limitation point - really useful",
            "for your feedback on my submission about the limitation point.",
        ),
        # set CI: the name after the thing done; a given name the card prints second; a
        # remark jotted after the comma; "The" of "The Rt Revd" is no name
        (
            "Angus Fraser-Hamilton",
            "the chopper muster Angus took me on",
            "the chopper muster you took me on.",
        ),
        (
            "Md. Abdul Karim Bhuiyan",
            "Karim bhai's story about the first loan in Rangpur in 1998",
            "your story about the first loan in Rangpur in 1998.",
        ),
        (
            "Gord Lafontaine",
            "gord showing me the laser alignment kit, said I'd be on it day 1",
            "for showing me the laser alignment kit.",
        ),
        (
            "The Rt Revd Dr Siân Llewellyn-Jones",
            "her story of the confirmation class on Ynys Môn",
            "your story of the confirmation class on Ynys Môn.",
        ),
        # set CL: the reader named before a dash, after an initial or a title in small
        # letters; a possessive without its s; "-san" after a name the card prints in
        # capitals; what they said on a matter; the tip after its dash
        (
            "Det. Kevin O'Rourke",
            "k o'rourke - walked me thru the case board",
            "for walking me through the case board.",
        ),
        (
            "Mrs. Lourdes B. Sarmiento, RN",
            "ma'am lourdes' story about her first night shift in 1994",
            "your story about your first night shift in 1994.",
        ),
        (
            "Dr Fiona Wemyss-Chalmers BSc",
            "fiona on the 2022 recall - terrifying honestly",
            "what you said about the 2022 recall.",
        ),
        (
            "Ann Yamamoto",
            "yamamoto-san's tip - read the JIS Q 9100 before day one!!",
            "for your tip to read the JIS Q 9100 before day one.",
        ),
        # set CM: a courtesy word in small letters; the full name family first; "v honest"
        # and "the one with ..." after a comma
        (
            "Dr. Ir. Retno Wahyuningsih, M.Sc.",
            "bu retno's mangrove nursery tour",
            "your mangrove nursery tour.",
        ),
        (
            "Ms. Huang Shu-fen",
            "huang shu-fen's advice on the bento delivery",
            "your advice on the bento delivery.",
        ),
        (
            "Dr. Olumide Adeyemi-Cole",
            "olumide on the waterflood that went wrong in 2015, v honest",
            "what you said about the waterflood that went wrong in 2015.",
        ),
        (
            "Mr. Karim El-Sayed, ACCA",
            "his TP audit story from 2021, the one with the pharma client",
            "your TP audit story from 2021.",
        ),
        # set CN: "-sensei", "sir" and a title after "the" before what they did; the
        # initials of a compound given name; a remark with its own subject after a comma
        (
            "Dr. SATO Yuko",
            "SATO-sensei showed me the TOK classroom",
            "for showing me the TOK classroom.",
        ),
        (
            "Er. Sandeep Patil",
            "Patil sir walked me through the Kurla control room",
            "for walking me through the Kurla control room.",
        ),
        (
            "Sheikh Dr. Abdulla Saeed Al Mansoori",
            "the moment the sheikh took me round the new library",
            "for taking me round the new library.",
        ),
        (
            "Ing. José Miguel Errázuriz Larraín",
            "JM's story about the 2010 earthquake at the mine",
            "your story about the 2010 earthquake at the mine.",
        ),
        (
            "Ana Cláudia Figueiredo Bastos",
            "her story about the 2024 floods coverage, team slept at the newsroom 3 nights",
            "your story about the 2024 floods coverage.",
        ),
        # set CO: a verdict after a full stop; a title with the initials of a double family
        # name; the reader's name first, then what they did
        (
            "Margaret 'Peggy' Whitfield",
            "peggy's story about buying a memoir off a napkin pitch at Frankfurt '94. iconic",
            "your story about buying a memoir off a napkin pitch at Frankfurt '94.",
        ),
        (
            "Dr Amelia Hartley-Brown MBBS",
            "dr H-B - SDEC story, the winter they ran out of trolleys",
            "the SDEC story",
        ),
        (
            "Hēmi Parata",
            "Hēmi opened with a karakia",
            "the moment you opened with a karakia.",
        ),
        (
            "Ann Lee",
            "your story about the 6 a.m. call from the regulator",
            "your story about the 6 a.m. call from the regulator.",
        ),
        # set CP: a style as the one who did it
        (
            "Justice Thandi Mokoena",
            "her ladyship talked about her first trial",
            "the moment you talked about your first trial.",
        ),
        # found in review: what is not the reader's stays: possessives beside a name in
        # another script, "their" after a person or a name, a middle name in a place's
        # name, "v" between two words (versus)
        ("김민준", "the tour of Acme's new lab", "the tour of Acme's new lab"),
        ("Ann Lee", "the story about a candidate who lied on their CV", "lied on their CV"),
        ("Ann Lee", "the example of Google and their hiring process", "Google and their hiring"),
        ("John Paul Smith", "the visit to St Paul's cathedral", "St Paul's cathedral"),
        # the note-taker's "v" is "versus" (set EJ: "drone inspections v rope access")
        ("Ann Lee", "the remote v hybrid discussion", "the remote versus hybrid discussion"),
        # set CQ: "v." before a verdict, after a comma ("very. warm")
        (
            "Alhaji Musa Ibrahim Dantata",
            "alhaji dantata - talked abt Kano traders & the cooperative model, v. warm",
            "you talked about Kano traders and the cooperative model.",
        ),
        # set CB: "I particularly remember chị your story about ..."
        (
            "Nguyễn Thị Lan",
            "chị Lan's story about her first sewing line in Bình Dương",
            "your story about your first sewing line in Bình Dương",
        ),
    ],
)
def test_a_moment_that_opens_with_the_readers_name_is_said_to_them(
    card: str, moment: str, said: str
) -> None:
    """Set BP: "I was especially interested in Dato' Sri asked about my father ..."."""
    assert said in _recalled(Interviewer(name=card, moment=moment))


def _recalled(person: Interviewer, panel: tuple[Interviewer, ...] = ()) -> str:
    """The sentence a note recalls the person's moment in, before the moment model
    and the reader's name decide whether the note uses it (`rendering._moment`)."""
    found = said_to(person, (person, *panel))
    assert found is not None, person.moment
    return as_recalled(*found)


@pytest.mark.parametrize(
    ("card", "moment", "word"),
    [
        # set CQ: the writer's word that it stays out; what they were like; the reader's
        # name before notes no sentence can hold
        (
            "Kim Min-jun",
            "min-jun showed the unreleased boss fight build - NDA!! dont mention in note",
            "unreleased",
        ),
        (
            'Luca "Lucky" Ferraro',
            "lucky was late, seemed distracted, not sure he's on board",
            "distracted",
        ),
        (
            "Dr. sc. ETH Reto Brunner",
            "reto - 2005 floods, the Lucerne damage photos. wants quick starter",
            "Lucerne",
        ),
        # set CP: "(don't mention)" at the end
        (
            "Ann Lee",
            "the video room and saying the old analyst left in a hurry (don't mention)",
            "hurry",
        ),
        # set CK: "marc's verhaal over de gemeenteraad" passed for English as "your verhaal"
        ("Marc Van Damme", "marc's verhaal over de gemeenteraad van Knokke, haha", "verhaal"),
        # set CO: "dr nagy - very formal, ..." gave "I particularly enjoyed the very formal, ..."
        (
            "Dr. Nagy Katalin",
            "dr nagy - very formal, then laughed at my GAMP joke. good sign??",
            "very formal",
        ),
        # set CL: "deaconess adjei: 'count with two people, always'" gave "I particularly
        # enjoyed the deaconess Adjei: 'count with two people, always'."
        (
            "Deaconess Comfort Adjei",
            "deaconess adjei: 'count with two people, always' - she's right",
            "count with two people",
        ),
    ],
)
def test_a_moment_the_note_should_not_say_is_left_out(card: str, moment: str, word: str) -> None:
    interview = load_interview(EXAMPLES / "panel.toml")
    family_first = card.startswith(("Kim", "Dr. Nagy"))
    person = dataclasses.replace(
        interview.interviewers[0], name=card, moment=moment, family_first=family_first
    )
    interview = dataclasses.replace(interview, interviewers=(person,))

    for template in ("card", "email", "letter"):
        (note,) = draft(interview, template, today=interview.date)
        assert word not in note.text, note.text


@pytest.mark.parametrize(
    ("card", "moment", "word"),
    [
        # set CR: the moment as jotted, which the moment model stops
        ("Dr. Rania Khoury-Haddad", "the French q on MC process", "French"),
        ("Rev. Kwame Agyeman-Duah", "the asked me to preach a 5-minute sermon", "sermon"),
        ("Ana Ruiz", "connection kept dropping", "dropping"),
        # and by the reader's name or "she" left in it (sets CN to CQ)
        ("Prof. Idris S. Kikula", "Prof Kikula on the Buhemba closure failure", "Buhemba"),
        ("Piotr Kamiński", "piotrek showed me the forklift training yard", "forklift"),
        ("Ibu Ratna Sari Dewi", "the visit to the plasma cooperative, mostly her idea", "plasma"),
        ("Dr. Aoife Walsh", "her story", "story"),  # set CR: which story?
        ("Dr. Aoife Walsh", "her question", "your question"),  # set CS: "I appreciated your q..."
    ],
)
def test_a_moment_no_careful_writer_would_send_is_left_out_and_said_why(
    card: str, moment: str, word: str
) -> None:
    interview = _one_to_one_with(name=card, moment=moment)

    (note,) = draft(interview, "email", today=interview.date)
    (why,) = [w for w in left_out(interview) if w.field == "interviewers[1].moment"]

    assert word not in note.text, note.text
    assert "your story about the night" in why.reason


@pytest.mark.parametrize(
    ("card", "moment", "said"),
    [
        ("Capt. Luis Ybarra", "the tour of the bottling line", "the tour of the bottling line"),
        ("John Paul Smith", "the visit to St Paul's cathedral", "St Paul's cathedral"),
        (
            "Dr. Noa Ben-David",
            "your story about the grandfather who recognised his own dhow in the gallery",
            "his own dhow",
        ),
        (  # set IZ: "her" of a ship is no one's else (the moment was left out)
            "Capt. Sipho Ndlovu",
            "your story about the container ship that broke her moorings in Durban",
            "broke her moorings",
        ),
    ],
)
def test_a_moment_in_good_english_is_recalled(card: str, moment: str, said: str) -> None:
    interview = _one_to_one_with(name=card, moment=moment)

    (note,) = draft(interview, "email", today=interview.date)

    assert said in note.text, note.text


def test_a_verdict_after_a_full_stop_goes_even_with_its_capital() -> None:
    """Set CS: "... your question about BAPLIE errors in the EDI feed. Really good one."."""
    person = Interviewer(
        name="Capt. Luis Ybarra",
        moment="His question about BAPLIE errors in the EDI feed. Really good one.",
    )

    assert _recalled(person) == "I appreciated your question about BAPLIE errors in the EDI feed."


@pytest.mark.parametrize(
    ("card", "moment", "said"),
    [
        # set CT: a remark of its own after a dash goes
        (
            "Eng. Ahmed Fathy",
            "ahmed asked about Delta subsidence -- he worked on the Port Said bridge",
            "Thank you also for asking about Delta subsidence.",
        ),
        (
            "Ana Ruiz",
            "the tour of the yard - she was proud of it",
            "Thank you also for the tour of the yard.",
        ),
        # set CU: so is one whose subject is a noun ("– your family lost the whole farm")
        (
            "Ana Ruiz",
            "her story about the 1999 white spot crash - her family lost the whole farm",
            "Thank you also for sharing your story about the 1999 white spot crash.",
        ),
        # set CR: what a story was about, after a dash, is said
        (
            "Dr. Ramesh K. Iyer",
            "dr iyer's story - first robotic knee in the hospital, 2023, took 4 hrs lol",
            "Thank you also for sharing your story about the first robotic knee in the hospital.",
        ),
    ],
)
def test_what_follows_a_moments_dash_is_kept_only_when_it_says_what(
    card: str, moment: str, said: str
) -> None:
    assert _recalled(Interviewer(name=card, moment=moment)) == said


def test_a_style_is_the_greeting_and_the_card_names_them_in_a_sentence() -> None:
    """Set CU: "Dear His Honour Reid,"; set CV: "Call Your Honour on November 19"."""
    person = Interviewer(name="Her Honour Caroline Ashby (Ret.)", honorific="Her Honour")

    view = recipient_view(person)

    assert (view.formal_salutation, view.warm_salutation) == ("Your Honour,", "Your Honour,")
    assert view.formal_address == "Judge Ashby"  # set JE: a judge's style says Judge


@pytest.mark.parametrize("template", ["email", "card", "letter"])
@pytest.mark.parametrize(
    ("line", "moment", "recalled", "line_says"),
    [
        # set DK: "Thanks, too, for taking me up the 120m test tower." and the panel's line
        # "Thank you for the chance to see the test tower." in one card
        ("Thank you for the chance to see the test tower.", "took me up the 120m test tower",
         "120m test tower", "the chance to see the test tower"),
        # set DZ: "Thank you as well for the cooling centre tour." and the panel's "Asanteni
        # sana for the visit to the Othaya cooling centre.", thanks in another language
        ("Asanteni sana for the visit to the Othaya cooling centre.", "the cooling centre tour",
         "cooling centre tour", "Othaya cooling centre"),
        # set IU: "Thanks, too, for the walk round the calving paddocks" and the panel's
        # "Ngā mihi for the tour, ..." (3 notes)
        ("Ngā mihi for the tour, and I'm keen to be there for spring calving.",
         "the walk round the calving paddocks at the farm", "calving paddocks",
         "keen to be there for spring calving"),
        # set KB: "Many thanks for the tour of the vegetable garden ..." and the panel's
        # "Asante sana for the warm welcome and the tour of the shamba." (3 notes)
        ("Asante sana for the warm welcome and the tour of the shamba.",
         "the tour of the vegetable garden the children planted themselves",
         "vegetable garden", "the tour of the shamba"),
    ],
)  # fmt: skip
def test_a_closing_line_is_left_out_where_the_moment_thanks_for_the_same_thing(
    template: str, line: str, moment: str, recalled: str, line_says: str
) -> None:
    interview = _panel_closing_with(line)
    toured = dataclasses.replace(interview.interviewers[0], moment=moment)
    interview = dataclasses.replace(interview, interviewers=(toured, *interview.interviewers[1:]))

    notes = draft(interview, template, today=interview.date)

    assert recalled in notes[0].text
    assert line_says not in notes[0].text
    assert all(line_says in n.text for n in notes[1:])


@pytest.mark.parametrize("template", ["email", "card", "letter"])
def test_a_closing_line_that_thanks_for_the_meeting_is_the_only_such_thanks(
    template: str,
) -> None:
    """Set DL: "Thank you so much for speaking with me on Monday." and the panel's "Thank
    you for a really open conversation." in one card: thanked twice for the meeting."""
    line = "Thank you for a really open conversation."
    interview = _panel_closing_with(line)

    for note in draft(interview, template, today=interview.date):
        body = note.text.split(line)[0]
        assert line in note.text
        assert not re.search(r"\bthank(?:s| you)\b[^.]*\b(?:also|too|as well)\b", body, re.I)
        after_greeting = body.split("\n", body.count("\n"))
        at = next(i for i, row in enumerate(after_greeting) if row.startswith(("Dear", "Hi")))
        first_paragraph = next(row for row in after_greeting[at + 1 :] if row.strip())
        assert not first_paragraph.lower().startswith("thank"), note.text


def test_a_topics_first_word_keeps_the_capital_the_file_gives_it_elsewhere() -> None:
    """Set DL: "It was good to hear your thinking on snowflake cost." beside the
    accomplishment "cut our Snowflake bill by 38%"."""
    interview = load_interview(EXAMPLES / "panel.toml")
    person = dataclasses.replace(interview.interviewers[0], topics=("Snowflake cost",))
    interview = dataclasses.replace(
        interview,
        interviewers=(person,),
        accomplishments=(Accomplishment(text="cut our Snowflake bill by 38% in 6 months"),),
    )

    for template in ("card", "email", "follow-up"):
        (note,) = draft(interview, template, today=interview.date)
        assert "Snowflake cost" in note.text, note.text
        assert "snowflake" not in note.text, note.text


def test_thanks_again_for_a_thing_the_note_never_thanked_for_is_thanks_once() -> None:
    """Set DO: "Thanks again for the shop tour." where no line had thanked for it."""
    interview = _panel_closing_with("Thanks again for the shop tour, it was good to see the rigs.")

    for note in draft(interview, "card", today=interview.date):
        assert "for the shop tour; it was good to see the rigs." in note.text, note.text
        assert "again for the shop tour" not in note.text


def test_a_closing_line_enjoying_today_is_the_users_own_on_the_day_too() -> None:
    # found in review: the check read "today" as the meeting in every form of the user's
    # line, so a note written on the day repeated "the user's" sentence as too similar
    interview = _panel_closing_with("I really enjoyed today and hope to hear from you soon.")

    notes = draft(interview, "card", today=interview.date)

    found = [f for each in check_panel(notes, interview) for f in each]
    assert not [f for f in found if f.code == "too-similar"]


@pytest.mark.parametrize("template", ["email", "letter", "card"])
def test_a_closing_line_that_offers_something_leaves_the_note_to_want_the_job(
    template: str,
) -> None:
    """Set FJ: "I'd be glad to walk the floor with the Busan team anytime." stood for the
    note's interest, and the note said nothing of wanting the job."""
    offer = "I'd be glad to walk the floor with the Busan team anytime."
    interview = _panel_closing_with(offer)

    for note in draft(interview, template, today=interview.date):
        before, offered, _ = re.split(r"(I(?:'d| would) be glad to walk)", note.text)
        assert offered, note.text
        sentences = split(before.split("\n\n", 1)[-1])
        assert any(rules_find_interest(s, interview.company) for s in sentences), note.text


def test_a_salutation_in_another_language_with_no_name_is_not_said_on_a_call() -> None:
    """Set FK: "Call Panie Profesorze on December 1" from the file's "Szanowny Panie
    Profesorze,"; a salutation that names the person is said as written."""
    vocative = Interviewer(
        name="dr hab. Tomasz Zieliński, prof. SGH",
        honorific="Prof.",
        salutation="Szanowny Panie Profesorze,",
    )
    named = Interviewer(name="Yamamoto Kenji", family_first=True, salutation="Dear Yamamoto-san,")

    assert recipient_view(vocative).spoken_address == "Professor Zieliński"
    assert recipient_view(named).spoken_address == "Yamamoto-san"


def test_a_letter_prints_the_company_once_after_a_title_that_ends_with_it() -> None:
    """Set FI: "Chair, Te Awa Farming Trust" above "Te Awa Farming Trust"."""
    person = Interviewer(name="Hemi Te Awa-Parata", title="Chair, Initech")
    interview = _interview(interviewers=(person,), topics=("trust board reporting",))

    text = draft(interview, "letter", today=interview.date)[0].text

    assert "\nChair\nInitech\n" in text
    assert "Chair, Initech" not in text


def test_a_title_led_by_the_organisation_the_address_prints_is_printed_without_it() -> None:
    """Set KE: "Auckland Council – Chair, Transport and Infrastructure Committee", then the
    interview's "Auckland Transport", then the address's "Auckland Council"."""
    person = Interviewer(
        name="Cr. Kerrin Leoni",
        title="Auckland Council – Chair, Transport and Infrastructure Committee (observer)",
        address="Auckland Council\nPrivate Bag 92300\nAuckland 1142",
    )
    interview = dataclasses.replace(
        _interview(interviewers=(person,), topics=("the rail timetable",)),
        company="Auckland Transport",
    )

    text = draft(interview, "letter", today=interview.date)[0].text

    block = "Cr. Kerrin Leoni\nChair, Transport and Infrastructure Committee\nAuckland Council\n"
    assert block + "Private Bag 92300\n" in text, text
    assert "Auckland Transport\nAuckland Council" not in text


@pytest.mark.parametrize(
    ("card", "printed"),
    [
        ("Chen, Mei-Ling (Michelle)", "Mei-Ling Chen"),
        ("Dr. Smith, Jane, PhD", "Dr. Jane Smith, PhD"),
        ("Maria Lopez, RN, BSN", "Maria Lopez, RN, BSN"),
        ("TAN Wei Ming, William 陳偉明", "TAN Wei Ming, William 陳偉明"),
    ],
)
def test_a_letter_prints_a_name_listed_family_first_naturally(card: str, printed: str) -> None:
    """Set KE: "Chen, Mei-Ling" above "Dear Mei-Ling Chen,", as a directory lists it."""
    person = Interviewer(name=card, address="1 High Street\nLeeds LS1 1AA")
    interview = _interview(interviewers=(person,), topics=("the rail timetable",))

    text = draft(interview, "letter", today=interview.date)[0].text

    assert f"\n\n{printed}\n" in text, text


def test_a_letter_abroad_prints_the_country_its_address_leaves_out() -> None:
    """Set KG: posted from the Philippines to "Auckland 0622", with no country line; the
    interviewer's e-mail is at a .govt.nz domain."""
    person = Interviewer(
        name="Aroha Ngata-Whaanga",
        email="aroha@waitematadhb.govt.nz",
        address="124 Shakespeare Road\nTakapuna\nAuckland 0622",
    )
    interview = _interview(interviewers=(person,), topics=("night shifts",))
    abroad = dataclasses.replace(interview, candidate=Candidate(name="Sam Lee", country="PH"))
    at_home = dataclasses.replace(interview, candidate=Candidate(name="Sam Lee", country="NZ"))

    sent = draft(abroad, "letter", today=interview.date)[0].text
    local = draft(at_home, "letter", today=interview.date)[0].text

    assert "Auckland 0622\nNew Zealand\n" in sent, sent
    assert "New Zealand" not in local, local


def test_a_legal_form_after_a_dash_is_no_name_for_the_company() -> None:
    """Set FN: "I would be delighted to join CTCP" for "Tổng Công ty May Hồng Hà – CTCP",
    CTCP being Vietnamese for a joint-stock company."""
    from thanknote.phrases import company_in_sentence

    assert company_in_sentence("Tổng Công ty May Hồng Hà – CTCP") == "your organisation"
    assert company_in_sentence("Minh Phát TNHH") == "Minh Phát"


@pytest.mark.parametrize(
    ("line", "wants_the_job"),
    [
        ("I'd love to be part of the team and would be glad to send samples.", True),
        ("I'd like to keep growing with Acme.", True),
        ("I'd be glad to walk the floor with the Busan team anytime.", False),
        ("I'd welcome the chance to visit the site.", False),
    ],
)
def test_an_offer_is_cut_from_a_closing_line_before_asking_if_it_wants_the_job(
    line: str, wants_the_job: bool
) -> None:
    from thanknote.rendering import _states_interest

    assert _states_interest(line, "Acme") is wants_the_job


def test_a_salutation_in_english_is_said_on_a_call_as_written() -> None:
    """Review: "Dear Bob," to Robert Smith was said "Hello Robert" once salutations
    without a name of the card were left unsaid; only one in another language is."""
    assert (
        recipient_view(Interviewer(name="Robert Smith", salutation="Dear Bob,")).spoken_address
        == "Bob"
    )


def test_a_salutation_naming_no_one_is_not_said_on_a_call() -> None:
    """Set HI: "Respected Sir," with the file's "Dr. Ramachandran Sir" gave "Call Sir";
    set HH: "Kaixo Aitor," gave "Hello Kaixo Aitor"."""
    sir = Interviewer(
        name="Dr. K. S. Ramachandran Nair, MD",
        honorific="Dr. Ramachandran Sir",
        salutation="Respected Sir,",
    )
    assert recipient_view(sir).spoken_address == "Dr. Ramachandran Sir"
    basque = Interviewer(name="Aitor Etxeberria Goikoetxea", salutation="Kaixo Aitor,")
    assert recipient_view(basque).spoken_address == "Aitor"
    elder = Interviewer(name="Hemi Walker", salutation="Matua Hemi,")
    assert recipient_view(elder).spoken_address == "Matua Hemi"
    # found in review: a family name that is also a title is a name; a courtesy before a
    # family name is no greeting
    king = Interviewer(name="Elizabeth King", salutation="Liebe Frau King,")
    assert recipient_view(king).spoken_address == "Frau King"
    pani = Interviewer(name="Anna Kowalska", salutation="Pani Kowalska,")
    assert recipient_view(pani).spoken_address == "Pani Kowalska"
    # set HN's paired reader: the Brazilian "Seu" is a courtesy, not a greeting
    seu = Interviewer(name='Sebastião "Tião" Moreira', nickname="Tião", salutation="Olá, Seu Tião,")
    assert recipient_view(seu).spoken_address == "Seu Tião"
    # set HR: a greeting of two words before a title and the given name
    whaea = Interviewer(name="Whaea Moana Te Rangi-Parata", salutation="Tēnā koe Whaea Moana,")
    assert recipient_view(whaea).spoken_address == "Whaea Moana"


def test_a_letter_prints_no_pronouns_after_a_name_in_another_script() -> None:
    from thanknote.names import as_addressed

    assert as_addressed("Иван Петров (he/him)") == "Иван Петров"
    assert as_addressed("이정호 (Lee Jung-ho)") == "이정호 (Lee Jung-ho)"


def test_a_whole_name_is_not_said_after_hi() -> None:
    """Set FR: "Hi Shinichi Sato," where no list tells which is the given name."""
    person = Interviewer(name="佐藤 真一 (Shinichi Sato)", family_first=True)

    assert recipient_view(person).informal_salutation == "Dear Shinichi Sato,"
    assert recipient_view(Interviewer(name="Robert Smith")).informal_salutation == "Hi Robert,"


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_an_accomplishment_that_names_its_topic_is_told_alone(template: str) -> None:
    """Set FV: "When we discussed TADs, I was glad to tell you that I lectured on TADs"
    said the topic twice; the accomplishment recalls it alone."""
    interview = _interview(
        interviewers=(Interviewer(name="Dr. Mona Fahmy", topics=("TADs",)),),
        accomplishments=(
            Accomplishment(
                text="I've lectured on TADs at the Egyptian Orthodontic Society conference",
                topics=("TADs",),
            ),
        ),
    )

    (note,) = draft(interview, template)

    assert note.text.count("TADs") == 1, note.text
    # told as the reason to hire (a paired blind reading of 42 notes, sets IZ to KG)
    assert "Having lectured on TADs at the Egyptian Orthodontic Society conference" in note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_after_their_story_an_accomplishment_said_alone_turns_to_the_candidates_work(
    template: str,
) -> None:
    """Set JE: "Thank you also for sharing your story about ... I was pleased to tell you
    that I agreed the £38m final account ..." read as a boast that did not follow."""
    interview = _interview(
        interviewers=(
            Interviewer(
                name="Dr. Mona Fahmy",
                topics=("TADs",),
                moment="your story about the first TADs you placed in 2009",
            ),
        ),
        accomplishments=(
            Accomplishment(text="I've lectured on TADs at the EOS conference", topics=("TADs",)),
        ),
    )

    (note,) = draft(interview, template)

    # told as the reason to hire (sets IZ to KG: "Later in the interview, I was pleased to
    # tell you that ..." read as stiff), after the story, with the topic left to it
    assert "Having lectured on TADs at the EOS conference, I" in note.text, note.text
    assert note.text.count("TADs") == 2, note.text  # the story's, and the accomplishment's


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_an_accomplishment_with_its_topics_head_is_told_alone(template: str) -> None:
    """Set JD: "When we discussed LCL consolidation via Batam, I was glad to tell you that
    I set up LCL consolidation out of Cebu ..." read as the topic echoed."""
    topic = "LCL consolidation via Batam"
    interview = _interview(
        interviewers=(Interviewer(name="Ir. Bambang Wibowo", topics=(topic,)),),
        accomplishments=(
            Accomplishment(
                text="I've set up LCL consolidation out of Cebu to Tanjung Priok", topics=(topic,)
            ),
        ),
    )

    (note,) = draft(interview, template)

    assert note.text.count("LCL consolidation") == 1, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_an_accomplishment_ending_on_its_topics_last_words_is_told_alone(template: str) -> None:
    """Set KD: "... interpreter wellbeing after hard appointments and to share that I
    started a peer-support group for Somali interpreters after a run of hard appointments"
    read as the topic echoed."""
    topic = "interpreter wellbeing after hard appointments"
    interview = _interview(
        interviewers=(Interviewer(name="Oskari Lindqvist", topics=(topic,)),),
        accomplishments=(
            Accomplishment(
                text="started a peer-support group for Somali interpreters after a run of hard"
                " appointments",
                topics=(topic,),
            ),
        ),
    )

    (note,) = draft(interview, template)

    assert note.text.count("hard appointments") == 1, note.text


def test_a_topics_words_inside_the_accomplishment_keep_the_topic_said() -> None:
    """What the work was about, said in it, reads as a fit, not an echo: "waiting list
    pressures" beside "a clinic that cut the waiting list from 38 weeks to 14"."""
    topic = "waiting list pressures"
    interview = _interview(
        interviewers=(Interviewer(name="Morag Fraser", topics=(topic,)),),
        accomplishments=(
            Accomplishment(
                text="set up a drop-in clinic in Inverness that cut the waiting list from 38"
                " weeks to 14",
                topics=(topic,),
            ),
        ),
    )

    (note,) = draft(interview, "email")

    assert topic in note.text, note.text
    assert "cut the waiting list" in note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_closing_offer_goes_only_to_the_notes_that_name_its_subject(template: str) -> None:
    """Sets KC and KE: "I'd be happy to send over the anonymised code for the sandwich
    outbreak analysis" read as a thing never introduced in the note to the HR partner,
    whose talk was of hybrid working (7 notes); the epidemiologist's note names it."""
    outbreak = "the 2024 STEC outbreak linked to sandwiches"
    interview = dataclasses.replace(
        _interview(
            interviewers=(
                Interviewer(name="Dr Olufemi Adeyemi-Cole", topics=(outbreak,)),
                Interviewer(name="Hamish McLeod", topics=("hybrid working",)),
            ),
            accomplishments=(
                Accomplishment(
                    text="led the case-control study for the 2024 STEC outbreak linked to"
                    " pre-packed sandwiches",
                    topics=(outbreak,),
                ),
                Accomplishment(text="co-supervised two fellows through their outbreak modules"),
            ),
        ),
        closing_line="I'd be happy to send over the anonymised code for the sandwich outbreak"
        " analysis if it's useful.",
    )

    epidemiologist, partner = draft(interview, template, today=interview.date)

    assert "anonymised code" in epidemiologist.text, epidemiologist.text
    assert "anonymised code" not in partner.text, partner.text


def test_a_closing_offer_of_nothing_the_file_names_goes_to_every_note() -> None:
    """An offer of what the file never talked of ("a trial day") is no subject a note
    leaves unintroduced."""
    interview = dataclasses.replace(
        _interview(
            interviewers=(
                Interviewer(name="Ana Ruiz", topics=("the budget",)),
                Interviewer(name="Bo Li", topics=("hybrid working",)),
            ),
        ),
        closing_line="I would be glad to come back for a trial day before you decide.",
    )

    notes = draft(interview, "email", today=interview.date)

    assert all("trial day" in note.text for note in notes)


def test_a_letter_to_a_nickname_that_is_no_name_opens_with_the_cards_name() -> None:
    """Set FY: the file's "Hi Coach," was "Dear Coach," in a posted letter; "Hi Bob," is
    still "Dear Bob," (sets ER, ET)."""
    coach = Interviewer(name="Darnell Washington", nickname="Coach", salutation="Hi Coach,")
    bob = Interviewer(name="Robert Smith", nickname="Bob", salutation="Hi Bob,")

    assert recipient_view(coach).letter_salutation == "Dear Darnell Washington,"
    assert recipient_view(bob).letter_salutation == "Dear Bob,"


def test_a_greeting_in_another_language_is_not_greeted_again_on_a_call() -> None:
    """Set FZ: the file's "Hoi Sanne," was said "Hi Hoi Sanne" in a call's script."""
    person = Interviewer(name="Sanne Bakker MSc", nickname="Sanne", salutation="Hoi Sanne,")

    assert recipient_view(person).spoken_address == "Sanne"


def test_a_letter_to_a_nickname_made_of_the_family_name_opens_with_the_cards_name() -> None:
    """Set GF: "G'day Sully," to Liam Sullivan was "Dear Sully," in a posted letter."""
    sully = Interviewer(name="Liam Sullivan", nickname="Sully", salutation="G'day Sully,")

    assert recipient_view(sully).letter_salutation == "Dear Liam Sullivan,"


def test_a_letter_to_a_nickname_after_a_portuguese_oi() -> None:
    """Set GA: the file's "Oi Tchê," was "Dear Tchê," in a posted letter."""
    tche = Interviewer(name='Thiago "Tchê" Bittencourt', nickname="Tchê", salutation="Oi Tchê,")

    assert recipient_view(tche).letter_salutation == "Dear Thiago Bittencourt,"


def test_an_icelandic_greeting_is_not_said_as_a_name() -> None:
    """Set GL: the file's "Sæl Guðrún," was said "Good morning Sæl Guðrún" on a call."""
    person = Interviewer(name="Guðrún Jónsdóttir", salutation="Sæl Guðrún,")

    assert recipient_view(person).spoken_address == "Guðrún"


@pytest.mark.parametrize("template", ["card", "email"])
@pytest.mark.parametrize(
    "line",
    [
        "Thank you for your kind hospitality and the tour.",
        # set GS, after the final reading: six words before the afternoon
        "Thank you for a rich and very well organised afternoon.",
    ],
)
def test_a_closing_line_that_thanks_for_the_welcome_is_the_notes_thanks(
    template: str, line: str
) -> None:
    """Set GO: "Thank you for the kind welcome" opened a card that closed "Thank you for
    your kind hospitality and the thoughtful questions ..." (read as thanks twice)."""
    interview = _panel_closing_with(line)

    for note in draft(interview, template, today=interview.date):
        body = note.text.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]  # no greeting, no sign-off
        assert body.lower().count("thank") == 1, note.text


@pytest.mark.parametrize(
    ("card", "printed"),
    [
        # set GW: a nickname in low-nine quotes and a remark in brackets on a letter's address
        ("Bartosz „Bartek” Lewandowski", "Bartosz Lewandowski"),
        ("Emeka J. Okafor Jnr (ACCA, in progress)", "Emeka J. Okafor Jnr"),
        ("Jane Doe, BSc (Hons)", "Jane Doe, BSc (Hons)"),
        ("Col. James Whitfield (Ret.)", "Col. James Whitfield (Ret.)"),
    ],
)
def test_an_address_prints_the_name_without_a_nickname_or_a_remark(card: str, printed: str) -> None:
    from thanknote.names import as_addressed

    assert as_addressed(card) == printed


@pytest.mark.parametrize("template", ["card", "email", "letter"])
@pytest.mark.parametrize(
    "line",
    [
        "Thank you for the frank conversation, I'm keen to help, shrink is a people problem "
        "and I like people problems.",
        # set GT: "...; just let me know." is one sentence of every note
        "Cheers for the cupping, I've got the roast logs ready to send, just say the word.",
    ],
)
def test_a_closing_line_of_three_sentences_makes_no_notes_alike(template: str, line: str) -> None:
    """Set GV: "Thank you for the frank conversation, I'm keen to help, shrink is a people
    problem and I like people problems." is three sentences in every note, which made
    short cards "mostly" alike to the checker."""
    interview = _panel_closing_with(line)
    notes = draft(interview, template, today=interview.date)

    for found in check_panel(notes, interview):
        assert [f.code for f in found if f.code == "too-similar"] == []


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_an_award_no_topic_calls_for_is_left_out(template: str) -> None:
    """Set GX: "Having won the Decanter World Wine Awards, I believe I would be able to
    contribute quickly" read as illogical; set FK read the award told as news as a boast."""
    base = load_interview(EXAMPLES / "one_to_one.toml")
    person = dataclasses.replace(base.interviewers[0], topics=())
    interview = dataclasses.replace(
        base,
        topics=(),
        interviewers=(person,),
        accomplishments=(Accomplishment(text="Won the Decanter World Wine Awards Gold 2024"),),
    )

    (note,) = draft(interview, template, today=interview.date)

    assert "Decanter" not in note.text, note.text


@pytest.mark.parametrize(
    ("person", "said"),
    [
        (Interviewer(name="Rajesh Kulkarni", honorific="Er."), "Er. Kulkarni"),
        # said aloud in Mexico since sets KT and KU ("Hello Rodrigo," read as uninvited)
        (Interviewer(name="Lic. J. Carlos Gómez Ruiz"), "Lic. Gómez Ruiz"),
        (Interviewer(name="Arch. Lucia Bonacorsi"), "Arch. Bonacorsi"),  # set KX: "Hi Lucia,"
        # set LB: "Hello Mauricio Ernesto," to a retired colonel
        (Interviewer(name="Cnel. (r) Mauricio Ernesto Quintanilla"), "Cnel. Quintanilla"),
        (Interviewer(name="Smt. Lakshmi Rao"), "Smt. Rao"),
        (Interviewer(name="Pani Ewa Nowak", salutation="Szanowna Pani,"), "Pani Nowak"),
    ],
)
def test_a_call_says_the_name_as_the_card_or_file_asks(person: Interviewer, said: str) -> None:
    """Found in review: the file's honorific is said on a call; a title said aloud ("Smt.")
    is said; a form of address with no name in it is replaced."""
    assert recipient_view(person).spoken_address == said


@pytest.mark.parametrize(
    ("card", "said"),
    [
        ("Engr. Rolando Villanueva", "Engr. Villanueva"),  # set IE: above "Hello Rolando"
        # set JX: "Call Ing. Quispe Mamani" above "Good morning José Antonio"
        ("Ing. José Antonio Quispe Mamani, MBA", "Ing. Quispe Mamani"),
        ("Er. Rajesh Kulkarni", "Rajesh"),  # written only (set HR)
    ],
)
def test_an_engineers_title_is_said_on_a_call_where_it_is_said(card: str, said: str) -> None:
    assert recipient_view(Interviewer(name=card)).spoken_address == said


@pytest.mark.parametrize(
    ("person", "said"),
    [
        (Interviewer(name='Engr. Dolores "Dolly" Manalastas'), "Dolly"),
        (Interviewer(name="Eng. Mostafa Ibrahim", nickname="Mostafa"), "Mostafa"),
    ],
)
def test_a_call_says_the_name_they_go_by_over_an_engineers_title(
    person: Interviewer, said: str
) -> None:
    """Set IC and ID's paired reader: "Hi Engr. Manalastas," where the card says Dolly."""
    assert recipient_view(person).spoken_address == said


@pytest.mark.parametrize(
    ("first_line", "company_printed"),
    [
        ("Acme Robotics Japan", False),  # a branch: the address names the company
        ("Acme Robotics (Europe) B.V.", False),
        ("Acme Robotics", False),  # the company line itself, left out of the address
        ("Robotics Division", True),
        ("12 Acme Robotics Way", True),  # a street, not the company
    ],
)
def test_a_letter_prints_the_company_once_above_the_street(
    first_line: str, company_printed: bool
) -> None:
    interview = dataclasses.replace(
        _one_to_one_with(address=f"{first_line}\n400 Harbor Way\nSeattle, WA 98101"),
        company="Acme Robotics",
    )

    (note,) = draft(interview, "letter", today=interview.date)
    block = note.text.split("Dear", 1)[0].split("\n")
    assert ("Acme Robotics" in block) is company_printed or first_line == "Acme Robotics", block
    assert sum(line.startswith("Acme Robotics") for line in block) == 1, block


@pytest.mark.parametrize("template", ["email", "letter"])
def test_a_closing_line_of_thanks_for_the_visit_is_said_with_the_first_thanks(
    template: str,
) -> None:
    """Set II: "I would very much like to join the team. Thank you for the walk through the
    experimental fields. I understand a decision is expected by ..." (9 notes faulted)."""
    interview = dataclasses.replace(
        _one_to_one_with(moment=None),
        closing_line="Thank you for the walk through the experimental fields.",
    )

    (note,) = draft(interview, template, today=interview.date)
    body = note.text.split("Dear", 1)[1]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    assert "the walk through the experimental fields." in paragraphs[1], note.text
    assert body.count("experimental fields") == 1, note.text


def test_a_closing_line_of_thanks_joins_the_thanks_for_a_moment() -> None:
    """Set KT: left last beside a moment thanked for, it read as tacked on."""
    interview = dataclasses.replace(
        _one_to_one_with(moment="your story about the night the billing system went down"),
        closing_line="Thank you for the walk through the experimental fields.",
    )

    (note,) = draft(interview, "email", today=interview.date)
    assert note.text.count("experimental fields") == 1, note.text
    assert "went down, and for the walk through the experimental fields." in note.text, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_parent_in_a_moment_is_named_as_a_note_names_them(template: str) -> None:
    """Sets IJ and IL: "the story about your dad opening the first clinic" in an e-mail."""
    interview = _one_to_one_with(moment="the story about your dad opening the first clinic")

    (note,) = draft(interview, template, today=interview.date)
    assert "your dad" not in note.text, note.text
    assert "your father opening the first clinic" in note.text, note.text


def test_a_letter_to_someone_without_an_address_goes_to_the_panels_office() -> None:
    """Set IH: posted letters with the company's name and no address under it."""
    interview = load_interview(EXAMPLES / "panel.toml")
    nobody = dataclasses.replace(interview.interviewers[1], address=None)
    interview = dataclasses.replace(
        interview, interviewers=(interview.interviewers[0], nobody, *interview.interviewers[2:])
    )

    note = draft(interview, "letter", today=interview.date)[1]
    block = note.text.split("Dear", 1)[0]
    assert "400 Harbor Way, Suite 12\nSeattle, WA 98101" in block, block


def test_a_letter_to_an_outside_panel_member_names_their_employer_not_the_company() -> None:
    """Set IH: "Oyu Tolgoi LLC" above a university's address, for its professor."""
    outside = Interviewer(
        name="Prof. D. Ochirbat, PhD",
        title="Professor of Mining Engineering, Mongolian University of Science and Technology",
        address="School of Geology and Mining Engineering\n"
        "Mongolian University of Science and Technology\n8th khoroo, Baga Toiruu 34\nUlaanbaatar",
    )
    interview = dataclasses.replace(_interview(interviewers=(outside,)), company="Oyu Tolgoi LLC")

    (note,) = draft(interview, "letter", today=interview.date)
    block = note.text.split("Dear", 1)[0]
    assert "Oyu Tolgoi" not in block, block
    assert "Engineering, Mongolian University of Science and Technology\nSchool of" in block, block


def test_the_interviewers_workplace_in_a_moment_is_theirs() -> None:
    """Set IP: "your question about what I would stop doing in our clinic"."""
    interview = _one_to_one_with(moment="your question about what I would stop doing in our clinic")

    (note,) = draft(interview, "email", today=interview.date)
    assert "in your clinic" in note.text, note.text
    assert "our clinic" not in note.text.replace("your clinic", ""), note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_frames_when_is_not_put_before_a_topic_with_its_own(template: str) -> None:
    """Set JC: "When we discussed substitutions when items are out of stock, ..."."""
    topic = "substitutions when items are out of stock"
    names = ("Ana Ruiz", "Bo Chen", "Cai Lun", "Dev Patel")
    interview = _interview(
        interviewers=tuple(Interviewer(name=n, topics=(topic,)) for n in names),
        accomplishments=(
            Accomplishment(text="raised substitution acceptance from 61% to 83%", topics=(topic,)),
        ),
    )

    for note in draft(interview, template):
        assert not re.search(r"(?:^|\n| )When [^.]*\bwhen items", note.text), note.text


def test_a_posted_letter_says_no_decision_it_cannot_arrive_before() -> None:
    """Set JP: a letter posted on November 26 asked for anything needed "before your
    decision on December 1"; an e-mail arrives in time to say it."""
    interview = load_interview(EXAMPLES / "panel.toml")
    soon = dataclasses.replace(
        interview,
        next_steps=dataclasses.replace(
            interview.next_steps, decision_by=interview.date + dt.timedelta(days=5)
        ),
    )
    said = f"{soon.next_steps.decision_by:%B} {soon.next_steps.decision_by.day}"

    letters = draft(soon, "letter", today=interview.date)
    emails = draft(soon, "email", today=interview.date)

    assert not any(said in note.text for note in letters)
    assert any(said in note.text for note in emails)


def test_a_unit_named_after_the_company_is_said_without_it() -> None:
    """Set JP: "the Data Journalist role in the Yle News Lab at Yle", 2 notes."""
    person = Interviewer(name="Päivi Järvinen", topics=("data journalism",))
    interview = dataclasses.replace(
        _interview(interviewers=(person,), position="Data Journalist, Yle News Lab"),
        company="Yle",
    )

    text = "".join(n.text for n in draft(interview, "email"))

    assert "Yle News Lab at Yle" not in text
    assert "News Lab" in text


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("what a first year here actually looks like", "what a first year at Acme Robotics"),
        ("how night shifts work here", "how night shifts work at Acme Robotics"),
        ("the move here from Leeds", "the move here from Leeds"),
    ],
)
def test_here_in_a_topic_is_the_company_to_its_reader(topic: str, said: str) -> None:
    """Set KM: "your perspective on what a first year here actually looks like" read as
    written from the interviewer's side (2 notes)."""
    interview = dataclasses.replace(
        load_interview(EXAMPLES / "panel.toml"), topics=(topic,), accomplishments=()
    )
    interview = dataclasses.replace(
        interview,
        interviewers=tuple(dataclasses.replace(p, topics=()) for p in interview.interviewers),
    )

    for note in draft(interview, "linkedin", today=interview.date):
        assert said in note.text, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_a_disaster_recalled_is_never_enjoyed(template: str) -> None:
    """Set KO: "I particularly enjoyed the photos of the 1965 El Cobre dam failure in your
    office." read as thoughtless."""
    panel = load_interview(EXAMPLES / "panel.toml")
    moment = "the photos of the 1965 El Cobre dam failure in your office"
    people = tuple(dataclasses.replace(p, moment=moment) for p in panel.interviewers)
    interview = dataclasses.replace(panel, interviewers=people)

    for note in draft(interview, template, today=interview.date):
        assert "El Cobre" in note.text
        assert "enjoyed the photos" not in note.text, note.text


def test_a_card_thanks_for_a_thing_of_the_visit_with_its_first_thanks() -> None:
    """Set KQ: "Thank you for the walk through the Pedro factory." after a card's last words
    read as tacked on (3 notes)."""
    interview = _panel_closing_with("Thank you for the walk through the Pedro factory.")

    for note in draft(interview, "card", today=interview.date):
        body = note.text.split("\n\n")[1]
        assert "the walk through the Pedro factory" in body, note.text


def test_a_phone_script_names_the_company_when_it_leaves_out_the_title() -> None:
    """Set KP: "I interviewed with you on November 25 for the position." named nothing."""
    interview = dataclasses.replace(
        load_interview(EXAMPLES / "panel.toml"),
        position="Schweißaufsicht (m/w/d) - Stahl- und Brückenbau Niederlassung Süd",
    )
    people = tuple(
        dataclasses.replace(p, preferred_contact="phone") for p in interview.interviewers
    )
    interview = dataclasses.replace(interview, interviewers=people)

    for note in draft(interview, "follow-up", today=interview.date):
        hello = note.text.split("\n")[2]
        assert "the position." not in hello, note.text
        assert "the role." not in hello, note.text


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_thanks_for_the_visit_join_the_thanks_for_a_moment(template: str) -> None:
    """Set KT: "... Thank you for the tour of the new athletic center. Please let me know
    ..." ended a letter whose first paragraph thanked for the person's story."""
    panel = _panel_closing_with("Mahalo again for the tour of the new athletic center.")
    moment = "your story about the 1998 state final at the Blaisdell Arena"
    people = tuple(dataclasses.replace(p, moment=moment) for p in panel.interviewers)
    interview = dataclasses.replace(panel, interviewers=people)

    for note in draft(interview, template, today=interview.date):
        body = note.text.split("\n\n")
        first = next(part for part in body if "Blaisdell" in part)
        assert "the tour of the new athletic center" in first, note.text
        assert note.text.count("athletic center") == 1, note.text


def test_a_note_leads_with_a_topic_the_closing_line_does_not_recall() -> None:
    """Set KZ: "Thank you for the frank discussion about the motorcycle lanes" closed a
    letter that had discussed "exclusive motorcycle lanes" already: the lanes twice."""
    lanes = "exclusive motorcycle lanes"
    interview = Interview(
        company="MIROS",
        position="Research Officer",
        date=dt.date(2026, 11, 18),
        candidate=Candidate(name="Ahmad Farhan"),
        accomplishments=(
            Accomplishment(text="mapped motorcycle crash clusters in QGIS", topics=(lanes,)),
        ),
        interviewers=(
            Interviewer(name="Siti Omar", topics=(lanes, "publishing in international journals")),
        ),
        closing_line="Thank you again for the frank discussion about the motorcycle lanes.",
    )
    (focus,) = plan_focus(interview)
    assert focus.topic == "publishing in international journals"
    # a closing line that names part of a topic only leaves it be
    said_in_part = dataclasses.replace(
        interview, closing_line="I'd be glad to send the motorcycle crash maps."
    )
    assert plan_focus(said_in_part)[0].topic == lanes
