"""A vCard's structured N field decides which word of the name is which."""

from __future__ import annotations

from pathlib import Path

import pytest

import thanknote
from thanknote import InterviewFileError, load_interview
from thanknote.editing import interviewer_toml
from thanknote.names import forms_of_address

CARDS = Path(__file__).resolve().parent / "data" / "vcards"


def test_a_cards_n_field_is_kept_when_it_is_read() -> None:
    maria, martin = thanknote.interviewers_from_vcard(CARDS / "structured_names.vcf")

    assert maria.name == "Maria Lopez RN BSN"  # as printed
    assert maria.name_parts is not None
    assert (maria.name_parts.family, maria.name_parts.suffix) == ("Lopez", "RN, BSN")
    assert martin.name_parts is not None
    assert martin.name_parts.given == "Martín Ezequiel"


def test_the_cards_own_split_decides_the_greeting() -> None:
    maria, martin = thanknote.interviewers_from_vcard(CARDS / "structured_names.vcf")

    assert forms_of_address(maria).formal_salutation == "Dear Maria Lopez,"
    assert forms_of_address(maria).warm_salutation == "Dear Maria,"
    assert forms_of_address(martin).formal_salutation == "Dear Enól. Giménez,"
    assert forms_of_address(martin).warm_salutation == "Dear Enól. Giménez,"  # titled (set HR)
    assert forms_of_address(martin).given == "Martín Ezequiel"


def test_a_full_name_keeps_the_cards_order_whatever_the_parts_say() -> None:
    """Set CH: "Jennifer Lim Mei Ling", given "Jennifer Mei Ling", was greeted "Dear
    Jennifer Mei Ling Lim,"."""
    person = thanknote.Interviewer(
        name="Jennifer Lim Mei Ling",
        name_parts=thanknote.NameParts(family="Lim", given="Jennifer Mei Ling"),
    )

    assert forms_of_address(person).formal_salutation == "Dear Jennifer Lim Mei Ling,"


def test_a_portuguese_agnome_in_the_suffix_stays_with_the_family_name() -> None:
    """Set CX: Antônio Carlos Pereira Filho, the parts giving "Filho" as the suffix,
    was greeted "Dear Antônio Carlos Pereira,"; an English generation still goes."""
    filho = thanknote.Interviewer(
        name="Antônio Carlos Pereira Filho",
        name_parts=thanknote.NameParts(family="Pereira", given="Antônio Carlos", suffix="Filho"),
    )
    junior = thanknote.Interviewer(
        name="John Smith Jr.",
        name_parts=thanknote.NameParts(family="Smith", given="John", suffix="Jr."),
    )

    assert forms_of_address(filho).formal_salutation == "Dear Antônio Carlos Pereira Filho,"
    assert forms_of_address(junior).formal_salutation == "Dear John Smith,"


def test_a_full_name_greeting_says_the_name_used_not_the_parts_given_name() -> None:
    """Set DA: "mr. J.H.M. (Hans) Bakker", the parts giving Johannes, was greeted "Dear
    Johannes Bakker,", a name the card does not print."""
    person = thanknote.Interviewer(
        name="mr. J.H.M. (Hans) Bakker",
        nickname="Hans",
        name_parts=thanknote.NameParts(family="Bakker", given="Johannes"),
    )

    assert forms_of_address(person).formal_salutation == "Dear Hans Bakker,"


def test_a_style_the_file_asks_for_is_not_turned_into_a_see() -> None:
    """Set DA: the file's "Rt. Rev." for a Presbyterian moderator was "Dear Bishop ...,"."""
    person = thanknote.Interviewer(
        name="Rt. Rev. Dr. Emmanuel Kwabena Asante", honorific="Rt. Rev."
    )

    assert forms_of_address(person).formal_salutation == "Dear Rt. Rev. Asante,"


def test_an_english_name_before_a_chinese_one_is_the_one_used_whatever_the_parts() -> None:
    """Set DC: "Kevin Ong Boon Huat", the parts giving "Kevin Boon Huat", was greeted
    "Hi Kevin Boon Huat,"."""
    person = thanknote.Interviewer(
        name="Kevin Ong Boon Huat",
        name_parts=thanknote.NameParts(family="Ong", given="Kevin Boon Huat"),
    )

    assert forms_of_address(person).warm_salutation == "Dear Kevin,"


def test_a_style_the_file_asks_for_is_used() -> None:
    """Set DC: "Hon." for a Kenyan board member gave "Dear Grace Wambui,"."""
    person = thanknote.Interviewer(name="Hon. Grace Wambui", honorific="Hon.")

    assert forms_of_address(person).formal_salutation == "Dear Hon. Wambui,"


def test_a_religious_title_with_another_the_file_asks_for_is_kept_whole() -> None:
    """Set DD: the file's "Rev. Dr." gave "Dear Dr. Opoku-Agyemang,"."""
    person = thanknote.Interviewer(name="Rev. Dr. Kofi Opoku-Agyemang", honorific="Rev. Dr.")

    assert forms_of_address(person).formal_salutation == "Dear Rev. Dr. Opoku-Agyemang,"


def test_initials_the_parts_give_are_no_part_of_a_greeting_but_a_family_of_them_is() -> None:
    """Set DE: "Hi Ramon C.," and "Dear Venkatesh K.," from the file's parts."""
    ramon = thanknote.Interviewer(
        name="Ramon C. Santos Jr., RN",
        name_parts=thanknote.NameParts(family="Santos", given="Ramon C.", suffix="Jr., RN"),
    )
    venkatesh = thanknote.Interviewer(
        name="Venkatesh K. R.", name_parts=thanknote.NameParts(family="K. R.", given="Venkatesh")
    )

    assert forms_of_address(ramon).warm_salutation == "Dear Ramon,"
    assert forms_of_address(venkatesh).formal_salutation == "Dear Venkatesh K. R.,"


def test_an_honorific_in_another_script_is_not_put_before_a_latin_name() -> None:
    """Set DG: the file's "상무님" gave "Dear 상무님 Park,"."""
    person = thanknote.Interviewer(name="Park Ji-hoon", honorific="상무님")

    assert forms_of_address(person).warm_salutation == "Dear Ji-hoon,"
    assert "상무님" not in forms_of_address(person).formal_salutation


def test_a_courtesy_title_the_file_gives_keeps_the_cards_given_name_custom() -> None:
    """Set DK: the file's "Mr." for "Ato Dawit Haile" gave "Dear Mr. Haile,"; an Amharic
    name goes by the given name, the second being the father's."""
    person = thanknote.Interviewer(name="Ato Dawit Haile", honorific="Mr.")

    assert forms_of_address(person).formal_salutation == "Dear Mr. Dawit,"


def test_card_into_writes_the_parts_and_they_read_back(tmp_path: Path) -> None:
    maria, _ = thanknote.interviewers_from_vcard(CARDS / "structured_names.vcf")
    text = (
        'company = "St. Aidan\'s"\nposition = "Nurse Manager"\ndate = 2026-11-23\n'
        '[candidate]\nname = "Renata Oliveira"\n\n' + interviewer_toml(maria)
    )
    path = tmp_path / "interview.toml"
    path.write_text(text, encoding="utf-8")

    (read,) = load_interview(path).interviewers

    assert 'name_parts = { family = "Lopez", given = "Maria", suffix = "RN, BSN" }' in text
    assert read.name_parts == maria.name_parts


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        pytest.param(
            '{ surname = "Lopez" }',
            "interviewers[1].name_parts.surname: unknown key 'surname'",
            id="unknown-key",
        ),
        pytest.param(
            '{ prefix = "Dr." }',
            "interviewers[1].name_parts: needs a family or a given name",
            id="no-name",
        ),
        pytest.param(
            '"Lopez"', "interviewers[1].name_parts: must be a table of keys", id="not-a-table"
        ),
    ],
)
def test_bad_name_parts_are_one_line_errors(tmp_path: Path, parts: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        'company = "Acme"\nposition = "Nurse"\ndate = 2026-11-23\n[candidate]\nname = "Sam Lee"\n'
        f'[[interviewers]]\nname = "Maria Lopez"\nname_parts = {parts}\n',
        encoding="utf-8",
    )

    with pytest.raises(InterviewFileError) as caught:
        load_interview(path)

    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
