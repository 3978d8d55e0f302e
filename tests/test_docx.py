"""The Word writer, read back with python-docx: layout, styles, page breaks, names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

import thanknote
from thanknote.writers.docx.letter import STYLES, letter_blocks

PAGE_BREAK = f'.//{qn("w:br")}[@{qn("w:type")}="page"]'


def _read(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def _styled(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_letter_layout_for_each_template(
    template: str, panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    notes = thanknote.draft(panel_interview, template)
    path = tmp_path / "notes.docx"
    thanknote.write_docx(notes, path)
    document = _read(path)

    # One letter per note, a page break before every letter after the first.
    assert len(document.element.body.findall(PAGE_BREAK)) == len(notes) - 1
    assert len(_styled(document, "Note Date")) == len(notes)
    addresses = _styled(document, "Recipient Address")
    assert len(addresses) == len(notes)  # the letter's own address block, not a second one
    first = addresses[0].split("\n")
    assert first[:3] == ["Dr. Priya Raman", "Director of Data Platform", "Acme Robotics"]
    assert first[3:] == ["400 Harbor Way, Suite 12", "Seattle, WA 98101"]  # company once
    assert _styled(document, "Salutation")[0] in {"Dear Priya,", "Dear Dr. Raman,"}
    closing = _styled(document, "Closing")[0]
    assert closing.endswith(",")
    assert len(closing.split()) <= 4
    assert _styled(document, "Signature")[0].split("\n")[0] == "Alex Morgan"
    assert len(_styled(document, "Note Body")) >= 2 * len(notes)
    # Every paragraph has one of our named styles and no direct formatting.
    for paragraph in document.paragraphs:
        assert paragraph.style is not None
        assert paragraph.style.name in STYLES
        for run in paragraph.runs:
            assert run.element.rPr is None
    # No "Subject:" line in the body: the e-mail subject has its own style.
    assert not any(p.text.startswith("Subject:") for p in document.paragraphs)
    assert len(_styled(document, "Note Subject")) == (len(notes) if template == "email" else 0)


def test_letter_template_heading_is_not_duplicated(panel_interview: thanknote.Interview) -> None:
    note = thanknote.draft(panel_interview, "letter")[0]
    styles = [block.style for block in letter_blocks(note)]
    assert styles[:4] == ["Sender Address", "Note Date", "Recipient Address", "Salutation"]
    assert styles.count("Recipient Address") == 1
    assert styles[-2:] == ["Closing", "Signature"]


def test_styles_are_defined_once_with_every_font_slot(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    path = tmp_path / "notes.docx"
    thanknote.write_docx(thanknote.draft(panel_interview), path)
    styles = _read(path).styles
    names = [s.name for s in styles]
    for name in STYLES:
        assert names.count(name) == 1
        fonts = styles[name].element.rPr.find(qn("w:rFonts"))
        slots = {slot: fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}
        assert len(set(slots.values())) == 1
        assert None not in slots.values()
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win


def test_core_properties(panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    notes = thanknote.draft(panel_interview)
    one, all_ = tmp_path / "one.docx", tmp_path / "all.docx"
    thanknote.write_docx(notes[1:2], one)
    thanknote.write_docx(notes, all_)
    props = _read(one).core_properties
    assert props.author == "Alex Morgan"
    assert props.title == "Thank you – José Núñez-García"
    assert props.subject == "Acme Robotics – Senior Data Engineer"
    assert _read(all_).core_properties.title == "Thank-you notes (4)"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Zoë Åström", id="latin-1"),
        pytest.param("Łukasz Wróbel", id="latin-ext-a"),
        pytest.param("Ǆemal Hadžić", id="latin-ext-b"),
        pytest.param("Nguyễn Thị Lan", id="vietnamese"),
        pytest.param("José Núñez-García", id="spanish"),
    ],
)
def test_names_round_trip(name: str, panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    person = dataclasses.replace(panel_interview.interviewers[0], name=name)
    interview = dataclasses.replace(panel_interview, interviewers=(person,))
    path = tmp_path / "note.docx"
    thanknote.write_docx(thanknote.draft(interview), path)
    document = _read(path)
    assert _styled(document, "Recipient Address")[0].split("\n")[0] == name
    assert document.core_properties.title == f"Thank you – {name}"


def test_many_notes_are_written_in_order(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    notes = [
        note
        for i in range(25)
        for note in thanknote.draft(dataclasses.replace(panel_interview, company=f"Firm {i}"))
    ]
    path = tmp_path / "all.docx"
    thanknote.write_docx(notes, path)
    document = _read(path)
    assert len(document.element.body.findall(PAGE_BREAK)) == 99
    companies = [a.split("\n")[2] for a in _styled(document, "Recipient Address")]
    assert companies == [n.interview.company for n in notes]


def test_no_notes_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one note"):
        thanknote.write_docx([], tmp_path / "none.docx")


def _note(interview: thanknote.Interview, text: str) -> thanknote.Note:
    return thanknote.Note(
        recipient=interview.interviewers[0], text=text, template="mine", interview=interview
    )


@pytest.mark.parametrize(
    ("text", "styles"),
    [
        pytest.param(
            "18 Elm Street, Portland, OR 97205\n\n26 November 2026\n\nDr. Priya Raman\nAcme\n\n"
            "Hello Priya!\n\nThanks.\n\nCheers,\nAlex",
            ["Sender Address", "Note Date", "Recipient Address", "Salutation", "Note Body",
             "Closing", "Signature"],
            id="own-heading",
        ),
        pytest.param(
            "Thanks for your time today.\n\nAlex",
            ["Note Date", "Recipient Address", "Note Body", "Note Body"],
            id="no-salutation-no-closing",
        ),
        pytest.param(
            "Dear Priya,\n\nThanks.\n\nSincerely,\n\nAlex Morgan\nalex@example.com",
            ["Note Date", "Recipient Address", "Salutation", "Note Body", "Closing", "Signature"],
            id="closing-alone",
        ),
    ],
)  # fmt: skip
def test_layout_of_other_templates(
    text: str, styles: list[str], panel_interview: thanknote.Interview
) -> None:
    blocks = letter_blocks(_note(panel_interview, text))
    assert [b.style for b in blocks] == styles
    words = " ".join(line for b in blocks for line in b.lines).split()
    assert words[-len(text.split()) :] == text.split()  # nothing lost, nothing reordered
