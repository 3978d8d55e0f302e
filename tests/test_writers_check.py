"""A writer's `check` refuses, before anything is written, everything its `write` would fail on."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thanknote
from hypothesis_budget import examples
from thanknote.batch import plan_files, write_files
from thanknote.writers import FORMATS, UnwritableCharacterError, writer


@pytest.fixture
def card_note(panel_interview: thanknote.Interview) -> thanknote.Note:
    return thanknote.draft(panel_interview, "card")[0]


def _renamed(note: thanknote.Note, name: str) -> thanknote.Note:
    return dataclasses.replace(note, recipient=dataclasses.replace(note.recipient, name=name))


def test_a_300_character_name_is_written_with_its_title_cut(
    tmp_path: Path, card_note: thanknote.Note
) -> None:
    note = _renamed(card_note, "A" * 300)
    path = tmp_path / "long.docx"

    writer("docx").check([note], writer("docx").OPTIONS())
    thanknote.write_docx([note], path)

    document = docx.Document(str(path))
    assert len(document.core_properties.title) == 255
    assert document.core_properties.title.endswith("A…")
    assert document.paragraphs[1].text.startswith("A" * 300)  # the letter keeps the whole name


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            {"text": "Thank you \ufffe so much"},
            "cannot write U+FFFE '\\ufffe' in the note for 'Dr. Priya Raman' as .docx: XML has "
            "no place for it; remove it from the interview file or the template",
            id="fffe-in-note",
        ),
        pytest.param(
            {"name": "Priya \uffff"},
            "cannot write U+FFFF '\\uffff' in the recipient's name for 'Priya \\uffff' as .docx",
            id="ffff-in-name",
        ),
        pytest.param(
            {"company": "Acme\x0bRobotics"},
            "cannot write U+000B '\\x0b' in the company's name",
            id="control-in-company",
        ),
        pytest.param(
            {"text": "Half a pair: \ud83d"},
            "cannot write U+D83D '\\ud83d' in the note for 'Dr. Priya Raman' as .docx: half of a "
            "UTF-16 pair, which no file can hold",
            id="lone-surrogate",
        ),
    ],
)
def test_the_word_writer_refuses_what_xml_cannot_hold(
    tmp_path: Path, card_note: thanknote.Note, change: dict[str, str], message: str
) -> None:
    note = card_note
    if "text" in change:
        note = dataclasses.replace(note, text=change["text"])
    if "name" in change:
        note = _renamed(note, change["name"])
    if "company" in change:
        note = dataclasses.replace(
            note, interview=dataclasses.replace(note.interview, company=change["company"])
        )

    with pytest.raises(UnwritableCharacterError) as caught:
        writer("docx").check([note], writer("docx").OPTIONS())

    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)
    with pytest.raises(UnwritableCharacterError):
        thanknote.write_docx([note], tmp_path / "x.docx")


@pytest.mark.parametrize("fmt", ["txt", "eml", "pdf"])
def test_text_formats_refuse_half_a_utf16_pair(card_note: thanknote.Note, fmt: str) -> None:
    note = dataclasses.replace(card_note, text="Half a pair: \udc00")
    module = writer(fmt)

    with pytest.raises(thanknote.ThanknoteError) as caught:
        module.check([note], module.OPTIONS())

    assert "U+DC00" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_batch_refuses_before_writing_anything(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    notes = thanknote.draft(panel_interview, "card")
    notes[2] = dataclasses.replace(notes[2], text=notes[2].text + "\uffff")
    with pytest.raises(thanknote.ThanknoteError, match=r"U\+FFFF"):
        write_files(plan_files(notes, tmp_path / "out", ["txt", "docx", "pdf"]).files)

    assert not (tmp_path / "out").exists()


# Property: what a writer's check lets through, its write writes ------------------------------

TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=40)


@settings(
    max_examples=examples(60, long=2_000),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    fmt=st.sampled_from(sorted(FORMATS)),
    text=TEXT,
    name=TEXT.filter(str.strip),
    company=TEXT.filter(str.strip),
)
def test_what_check_lets_through_is_written(
    tmp_path: Path, card_note: thanknote.Note, fmt: str, text: str, name: str, company: str
) -> None:
    note = _renamed(dataclasses.replace(card_note, text=text), name)
    note = dataclasses.replace(note, interview=dataclasses.replace(note.interview, company=company))
    module = writer(fmt)
    try:
        module.check([note], module.OPTIONS())
    except thanknote.ThanknoteError as error:
        message = str(error)
        assert "\n" not in message
        return
    path = tmp_path / f"note{module.SUFFIX}"
    path.unlink(missing_ok=True)
    module.write([note], path, module.OPTIONS())
    assert path.exists()
