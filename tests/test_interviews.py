"""Loading interview files: one file per case in tests/data/{valid,invalid}/."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from thanknote import (
    Accomplishment,
    Candidate,
    Interview,
    Interviewer,
    InterviewFileError,
    NextSteps,
    Region,
    ThanknoteError,
    load_interview,
)
from thanknote.editing import record_sent
from thanknote.interviews import parse_interview_text

DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VALID = sorted((DATA / "valid").iterdir())

# Every file in tests/data/invalid/ with what its error must say, after "<path>: ".
INVALID: dict[str, str] = {
    "malformed.toml": "invalid TOML: Illegal character '\\n'",
    "malformed.json": "invalid JSON: Expecting ',' delimiter",
    "missing_company.toml": "company: missing (required)",
    "missing_position.toml": "position: missing (required)",
    "missing_date.toml": "date: missing (required: a date such as 2026-11-24)",
    "missing_candidate.toml": "candidate: missing (required table)",
    "missing_candidate_name.toml": "candidate.name: missing (required)",
    "missing_interviewers.toml": "interviewers: missing (required: add an [[interviewers]] table",
    "missing_interviewer_name.toml": "interviewers[2].name: missing (required)",
    "unknown_key.toml": "positon: unknown key 'positon'; did you mean 'position'?",
    "unknown_interviewer_key.toml": (
        "interviewers[2].emial: unknown key 'emial'; did you mean 'email'?"
    ),
    "unknown_key_no_match.toml": "xyzzy: unknown key 'xyzzy'; valid keys: company, position, date",
    "wrong_type_company.toml": "company: must be a string, not a number (42)",
    "wrong_type_topics.toml": "topics: must be a list, not a string ('streaming')",
    "wrong_type_topic_item.toml": "topics[2]: must be a string, not a number (7)",
    "wrong_type_family_first.toml": (
        "interviewers[2].family_first: must be true or false, not 'yes'"
    ),
    "wrong_type_interviewers.json": (
        "interviewers: must be a list, not a string ('Dr. Priya Raman')"
    ),
    "wrong_type_candidate.json": "candidate: must be a table of keys, not a string ('Alex Morgan')",
    "wrong_type_accomplishment.toml": "accomplishments[2]: must be a string or a table",
    "duplicate_key.json": "company: invalid JSON: the key 'company' is given twice",
    "accomplishment_without_text.toml": "accomplishments[1].text: missing (required)",
    "top_level_list.json": "must be a JSON object of keys, not a list",
    "bad_date.toml": "date: must be a date written YYYY-MM-DD, not 'next Tuesday'",
    "bad_date.json": "date: must be a date written YYYY-MM-DD, not '2026-13-45'",
    "compact_date.json": "date: must be a date written YYYY-MM-DD, not '20261124'",
    "week_date.json": "date: must be a date written YYYY-MM-DD, not '2026-W48-2'",
    "datetime.toml": "date: must be a date without a time, not '2026-11-24T10:30:00'",
    "bad_decision_by.toml": (
        "next_steps.decision_by: must be a date written YYYY-MM-DD, not 20261204"
    ),
    "bad_preferred_contact.toml": (
        "interviewers[2].preferred_contact: must be one of email, phone, mail, none, not 'fax'"
    ),
    "bad_follow_up.toml": "next_steps.follow_up: must be one of email, phone, none",
    "bad_email.toml": "interviewers[2].email: not an e-mail address: 'jose at acme'",
    "bad_candidate_email.json": "candidate.email: not an e-mail address: 'alex@localhost'",
    "empty_interviewers.toml": "interviewers: list an interviewer or more",
    "empty_interviewers.json": "interviewers: list an interviewer or more",
    "blank_name.toml": "interviewers[1].name: must not be empty",
    "two_line_name.toml": "interviewers[1].name: must be one line",
    "control_character.toml": "interviewers[1].name: holds a control character",
    "not_utf8.toml": "not UTF-8 text (byte 0xe9 at offset",
    # Issue 11: inputs that ended in a traceback, or failed half-way through a batch.
    "long_number.toml": "invalid TOML: a number of more than 4300 digits",
    "long_number.json": "invalid JSON: a number of more than 4300 digits",
    "deep_nesting.toml": "invalid TOML: lists or tables nested too deeply",
    "deep_nesting.json": "invalid JSON: lists or tables nested too deeply",
    "lone_surrogate.json": "interviewers[1].title: holds U+D800 at character 9, half of a",
    "noncharacter.json": "company: holds U+FFFF at character 14, which is not a character",
    "line_separator.toml": "candidate.name: must be one line, not 'Alex\\u2028Morgan'",
    "decision_before_interview.toml": (
        "next_steps.decision_by: the decision date 2026-11-20 is before the interview on 2026-11-24"
    ),
    "email_comment.toml": "interviewers[1].email: not an e-mail address: 'bo(x)@acme.com'",
    "email_two_dots.toml": "interviewers[1].email: not an e-mail address: 'priya..raman@acme.com'",
    "email_non_ascii_local.json": "candidate.email: cannot be sent: 'josé@example.com'",
    "email_non_ascii_domain.toml": "interviewers[1].email: cannot be sent: 'priya@acmé.com'",
    "email_display_name.toml": "interviewers[1].email: not an e-mail address: 'Priya Raman <",
    "name_too_long.toml": "interviewers[1].name: is 305 characters long; at most 200 fit",
    # Issue 12: sent notes, placeholders, countries.
    "sent_before_interview.toml": (
        "interviewers[1].sent: the note was sent on 2026-11-23, before the interview on 2026-11-24"
    ),
    "sent_in_future.toml": "interviewers[1].sent: 2999-01-01 is still to come (today is",
    "sent_not_a_date.toml": "interviewers[1].sent: must be a date written YYYY-MM-DD, not",
    "placeholder.toml": "position: still holds a placeholder, '<job title you interviewed for>'",
    "country_uk.toml": "candidate.country: must be an ISO 3166-1 alpha-2 code",
    "country_name.toml": "candidate.country: must be an ISO 3166-1 alpha-2 code",
    "subdivision_unknown.toml": "candidate.subdivision: must be the ISO 3166-2 code of a part",
    "subdivision_without_country.toml": "candidate.subdivision: needs the country too",
}

# Files with several problems: every line of the error, after "<path>: ", in file order.
SEVERAL: dict[str, list[str]] = {
    "several_problems.toml": [
        "positon: unknown key 'positon'; did you mean 'position'?",
        "candidate.email: not an e-mail address: 'alex(at)example.com' (no '@')",
        "interviewers[1].preferred_contact: must be one of email, phone, mail, none, not 'fax'",
        "interviewers[2].name: missing (required)",
        "next_steps.decision_by: the decision date 2026-11-20 is before the interview on "
        "2026-11-24",
    ],
    "too_many_problems.toml": [
        *(
            f"interviewers[{i}].email: not an e-mail address: 'person{i}' (no '@')"
            for i in range(1, 21)
        ),
        "5 more problems not listed; fix these first",
    ],
}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_file_loads(path: Path) -> None:
    interview = load_interview(path)

    assert isinstance(interview, Interview)
    assert interview.interviewers
    for text in (interview.company, interview.candidate.name, *map(_name, interview.interviewers)):
        assert text == unicodedata.normalize("NFC", text.strip())


def _name(person: Interviewer) -> str:
    return person.name


def test_minimal_file_has_defaults() -> None:
    interview = load_interview(DATA / "valid" / "minimal.toml")

    assert interview == Interview(
        company="Acme Robotics",
        position="Senior Data Engineer",
        date=dt.date(2026, 11, 24),
        candidate=Candidate(name="Alex Morgan"),
        interviewers=(Interviewer(name="Dr. Priya Raman"),),
    )
    assert interview.next_steps == NextSteps()


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_all_fields(suffix: str) -> None:
    interview = load_interview(DATA / "valid" / f"all_fields{suffix}")

    assert interview.date == dt.date(2026, 11, 20)
    assert interview.topics == ("forecasting seasonal demand", "the warehouse move to Rotterdam")
    assert interview.accomplishments == (
        Accomplishment(
            text="I rebuilt our demand forecast in Python, cutting stock-outs by a third."
        ),
        Accomplishment(
            text="coordinated a two-site inventory migration",
            topics=("the warehouse move to Rotterdam",),
        ),
    )
    assert interview.candidate == Candidate(
        name="Zoë Lindqvist",
        email="zoe@example.com",
        phone="+1 555 0100",
        address="1 Main Street\nBoston, MA 02110",
    )
    assert interview.interviewers == (
        Interviewer(
            name="Robert Smith, PhD",
            title="Head of Operations",
            topics=("forecasting seasonal demand",),
            email="bob.smith@northwind.example",
            phone="+1 555 0199",
            address="Northwind Traders\n22 Dock Road\nBoston, MA 02110",
            nickname="Bob",
            salutation="Hi Bob,",
            preferred_contact="email",
            family_first=False,
        ),
        Interviewer(name="Nguyen Thi Lan", family_first=True, preferred_contact="none"),
    )
    assert interview.next_steps == NextSteps(
        decision_by=dt.date(2026, 12, 4), follow_up="phone", notes="The recruiter will call."
    )


def test_country_subdivision_and_sent_load() -> None:
    interview = load_interview(DATA / "valid" / "country_and_sent.toml")

    assert (interview.candidate.country, interview.candidate.subdivision) == ("US", "OR")
    assert interview.candidate.region == Region(country="US", subdivision="OR")
    assert interview.interviewers[0].sent == dt.date(2026, 11, 25)
    assert interview.interviewers[1].sent is None
    # Addresses are kept exactly as written.
    assert interview.interviewers[0].email == "priya.o'neil+jobs@mail.acme-robotics.example"


def test_the_region_defaults_to_the_address() -> None:
    interview = load_interview(EXAMPLES / "panel.toml")

    assert interview.candidate.country is None
    assert interview.candidate.region == Region(country="US", subdivision="OR", from_address=True)


@pytest.mark.parametrize("name", ["minimal", "all_fields", "country_and_sent"])
def test_toml_and_json_with_the_same_keys_load_the_same(name: str) -> None:
    toml = load_interview(DATA / "valid" / f"{name}.toml")
    json = load_interview(DATA / "valid" / f"{name}.json")

    assert toml == json


def test_json_with_byte_order_mark_loads() -> None:
    assert load_interview(DATA / "valid" / "bom.json") == load_interview(
        DATA / "valid" / "minimal.json"
    )


def test_inline_and_dotted_tables_load() -> None:
    interview = load_interview(DATA / "valid" / "quoted_keys.toml")

    assert interview.candidate.email == "alex.morgan@example.com"
    assert interview.next_steps.decision_by == dt.date(2026, 12, 4)
    assert interview.interviewers[0].topics == ("streaming",)


def test_names_are_nfc_normalised_on_load() -> None:
    path = DATA / "valid" / "nfd_name.toml"
    nfd = unicodedata.normalize("NFD", "José Núñez-García")
    assert nfd in path.read_text(encoding="utf-8")  # the file really holds NFD

    interview = load_interview(path)

    assert interview.interviewers[1].name == "José Núñez-García"
    assert interview.interviewer("José Núñez-García") is interview.interviewers[1]


def test_string_path_loads(examples_dir: Path) -> None:
    assert load_interview(str(examples_dir / "panel.toml")) == load_interview(
        examples_dir / "panel.toml"
    )


def test_examples_load(panel_interview: Interview, one_to_one_interview: Interview) -> None:
    assert [p.name for p in panel_interview.interviewers] == [
        "Dr. Priya Raman",
        "José Núñez-García",
        "Siobhán Ó Súilleabháin",
        "Nguyen Thi Lan",
    ]
    assert panel_interview.interviewers[3].family_first
    assert one_to_one_interview.interviewers[0].name == "Robert (Bob) Smith, PhD"


@pytest.mark.parametrize(
    ("name", "expected"), [pytest.param(n, e, id=n) for n, e in sorted(INVALID.items())]
)
def test_invalid_file(name: str, expected: str) -> None:
    path = DATA / "invalid" / name

    with pytest.raises(InterviewFileError) as caught:
        load_interview(path)

    message = str(caught.value)
    assert message.startswith(f"{path}")
    assert expected in message
    assert "\n" not in message
    assert caught.value.path == path


def test_every_invalid_file_has_a_case() -> None:
    assert sorted(p.name for p in (DATA / "invalid").iterdir()) == sorted({**INVALID, **SEVERAL})


@pytest.mark.parametrize("name", sorted(SEVERAL))
def test_every_problem_at_once_in_file_order(name: str) -> None:
    path = DATA / "invalid" / name

    with pytest.raises(InterviewFileError) as caught:
        load_interview(path)

    assert str(caught.value).splitlines() == [f"{path}: {line}" for line in SEVERAL[name]]
    assert len(caught.value.problems) == min(len(SEVERAL[name]), InterviewFileError.MAX_PROBLEMS)
    assert caught.value.field == caught.value.problems[0].field


def test_a_misspelt_key_is_not_also_reported_missing() -> None:
    with pytest.raises(InterviewFileError) as caught:
        load_interview(DATA / "invalid" / "unknown_key.toml")

    assert [p.field for p in caught.value.problems] == ["positon"]


def test_several_files_report_all_their_problems(tmp_path: Path) -> None:
    from thanknote.interviews import load_interviews

    paths = [DATA / "invalid" / "email_comment.toml", DATA / "valid" / "minimal.toml"]
    paths.append(DATA / "invalid" / "several_problems.toml")

    with pytest.raises(InterviewFileError) as caught:
        load_interviews(paths)

    lines = str(caught.value).splitlines()
    assert len(lines) == 1 + len(SEVERAL["several_problems.toml"])
    assert lines[0].startswith(f"{paths[0]}: interviewers[1].email: ")
    assert all(line.startswith(f"{paths[2]}: ") for line in lines[1:])
    assert load_interviews([DATA / "valid" / "minimal.toml"]) == [
        load_interview(DATA / "valid" / "minimal.toml")
    ]


# A few messages pinned whole: the format is part of the interface.
@pytest.mark.parametrize(
    ("name", "message"),
    [
        pytest.param(
            "unknown_key.toml",
            "{path}: positon: unknown key 'positon'; did you mean 'position'?",
            id="unknown-key",
        ),
        pytest.param(
            "unknown_interviewer_key.toml",
            "{path}: interviewers[2].emial: unknown key 'emial'; did you mean 'email'?",
            id="unknown-interviewer-key",
        ),
        pytest.param(
            "missing_interviewer_name.toml",
            "{path}: interviewers[2].name: missing (required)",
            id="missing-interviewer-name",
        ),
        pytest.param(
            "datetime.toml",
            "{path}: date: must be a date without a time, not '2026-11-24T10:30:00'",
            id="datetime",
        ),
        pytest.param(
            "malformed.toml", "{path}:2:33: invalid TOML: Illegal character '\\n'", id="toml"
        ),
        pytest.param(
            "malformed.json", "{path}:4:3: invalid JSON: Expecting ',' delimiter", id="json"
        ),
        pytest.param(
            "duplicate_key.json",
            "{path}: company: invalid JSON: the key 'company' is given twice",
            id="json-key-twice",
        ),
        pytest.param(
            "lone_surrogate.json",
            "{path}: interviewers[1].title: holds U+D800 at character 9, half of a surrogate "
            "pair (as from a JSON escape such as '\\ud800' without its other half), which "
            "cannot be printed or saved",
            id="lone-surrogate",
        ),
        pytest.param(
            "long_number.toml",
            "{path}:2:12: invalid TOML: a number of more than 4300 digits; no field of an "
            "interview file is a number",
            id="long-number",
        ),
        pytest.param(
            "deep_nesting.json",
            "{path}:5:13: invalid JSON: lists or tables nested too deeply (an interview file "
            "needs no more than 4 levels)",
            id="deep-nesting",
        ),
        pytest.param(
            "email_comment.toml",
            "{path}: interviewers[1].email: not an e-mail address: 'bo(x)@acme.com' (mail "
            "software reads it as 'bo@acme.com'; brackets hold a comment)",
            id="email-comment",
        ),
        pytest.param(
            "email_non_ascii_local.json",
            "{path}: candidate.email: cannot be sent: 'josé@example.com' has letters before "
            "the '@' that are not ASCII, which most mail servers refuse",
            id="email-non-ascii",
        ),
        pytest.param(
            "decision_before_interview.toml",
            "{path}: next_steps.decision_by: the decision date 2026-11-20 is before the "
            "interview on 2026-11-24",
            id="decision-before-interview",
        ),
        pytest.param(
            "placeholder.toml",
            "{path}: position: still holds a placeholder, '<job title you interviewed for>': "
            "fill it in",
            id="placeholder",
        ),
        pytest.param(
            "country_uk.toml",
            "{path}: candidate.country: must be an ISO 3166-1 alpha-2 code such as 'US', 'GB' "
            "or 'DE', not 'UK'; did you mean 'GB' (United Kingdom)?",
            id="country-uk",
        ),
        pytest.param(
            "subdivision_unknown.toml",
            "{path}: candidate.subdivision: must be the ISO 3166-2 code of a part of US "
            "(United States), such as 'AK', not 'Oregon'; did you mean 'OR' (Oregon)?",
            id="subdivision-by-name",
        ),
        pytest.param(
            "wrong_type_accomplishment.toml",
            '{path}: accomplishments[2]: must be a string or a table {{text = "...", '
            "topics = [...]}}, not a number (42)",
            id="wrong-type-accomplishment",
        ),
    ],
)
def test_error_message_exact(name: str, message: str) -> None:
    path = DATA / "invalid" / name

    with pytest.raises(InterviewFileError) as caught:
        load_interview(path)

    assert str(caught.value) == message.format(path=path)


@pytest.mark.parametrize(
    ("name", "line", "column"),
    [("malformed.toml", 2, 33), ("malformed.json", 4, 3)],
)
def test_syntax_errors_carry_line_and_column(name: str, line: int, column: int) -> None:
    with pytest.raises(InterviewFileError) as caught:
        load_interview(DATA / "invalid" / name)

    assert (caught.value.line, caught.value.column) == (line, column)
    assert caught.value.field is None


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("unknown_interviewer_key.toml", "interviewers[2].emial"),
        ("missing_candidate_name.toml", "candidate.name"),
        ("wrong_type_topic_item.toml", "topics[2]"),
    ],
)
def test_errors_carry_the_field_path(name: str, field: str) -> None:
    with pytest.raises(InterviewFileError) as caught:
        load_interview(DATA / "invalid" / name)

    assert caught.value.field == field


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"

    with pytest.raises(InterviewFileError) as caught:
        load_interview(path)

    assert str(caught.value) == f"{path}: no such file"


def test_folder_is_not_an_interview(tmp_path: Path) -> None:
    with pytest.raises(InterviewFileError) as caught:
        load_interview(tmp_path)

    assert str(caught.value) == f"{tmp_path}: is a folder, not an interview file"


def test_errors_are_thanknote_errors() -> None:
    with pytest.raises(ThanknoteError):
        load_interview(DATA / "invalid" / "unknown_key.toml")


@pytest.mark.parametrize(
    ("text", "is_json", "message"),
    [
        pytest.param("[" * 5000 + "]" * 5000, True, "nested too deeply", id="deep-json"),
        pytest.param("a = " + "[" * 5000 + "]" * 5000, False, "nested too deeply", id="deep-toml"),
        pytest.param('{"a": ' + "9" * 5000 + "}", True, "more than 4300 digits", id="long-json"),
        pytest.param("a = " + "9" * 5000, False, "more than 4300 digits", id="long-toml"),
        pytest.param('{"a": 1, "a": 2}', True, "the key 'a' is given twice", id="twice"),
        pytest.param("[1, 2]", True, "must be a JSON object of keys, not a list", id="list"),
    ],
)
def test_one_parser_for_every_reader_of_interview_text(
    tmp_path: Path, text: str, is_json: bool, message: str
) -> None:
    # `card --into` and `sent` edit the file, the web page saves it: all read it
    # with the loader's parser, so a hostile file is one line wherever it is read.
    path = tmp_path / ("i.json" if is_json else "i.toml")
    path.write_text(text, encoding="utf-8")

    for read in (
        lambda: parse_interview_text(path, text, is_json=is_json),
        lambda: record_sent(path, ["Priya"], dt.date(2026, 11, 25)),
    ):
        with pytest.raises(InterviewFileError) as caught:
            read()
        assert message in str(caught.value)
        assert "\n" not in str(caught.value)
    assert path.read_text(encoding="utf-8") == text
