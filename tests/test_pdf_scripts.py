"""Every script the font draws copies out of the PDF as written: astral characters,
Hebrew and Arabic (shaped and put in display order), read back with pypdf and pdftotext."""

from __future__ import annotations

import dataclasses
import functools
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import thanknote
from hypothesis_budget import examples
from thanknote import write_pdf
from thanknote.writers.pdf import DEFAULT_FONT, MissingGlyphError
from thanknote.writers.pdf.direction import display_lines
from thanknote.writers.pdf.fonts import load_font

BIDI_MARKS = "\u202a\u202b\u202c\u200e\u200f"  # pdftotext marks right-to-left runs


@pytest.fixture
def card_note(panel_interview: thanknote.Interview) -> thanknote.Note:
    return thanknote.draft(panel_interview, "card")[0]


def body_lines(path: Path) -> list[str]:
    """The note's lines as pypdf reads them (without the card's header and footer)."""
    text = pypdf.PdfReader(path).pages[0].extract_text()
    return [line.strip() for line in text.splitlines()[2:-1] if line.strip()]


def pdftotext_lines(path: Path) -> list[str]:
    done = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True)
    lines = [line.strip(BIDI_MARKS + " ") for line in done.stdout.splitlines()]
    return [line for line in lines if line]


needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="no pdftotext")


# Right to left --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("שלום עליכם ותודה רבה", id="hebrew"),
        pytest.param("مرحبا بكم وشكرا جزيلا", id="arabic"),
        pytest.param("مرحبا بكم وشكرا جزيلا لكم", id="arabic-lam-alef-inside"),
        pytest.param("محمد عبد الله", id="arabic-name"),
        pytest.param("דוד כהן", id="hebrew-name"),
    ],
)
def test_right_to_left_text_copies_out_in_reading_order(
    tmp_path: Path, card_note: thanknote.Note, text: str
) -> None:
    path = tmp_path / "rtl.pdf"

    write_pdf([dataclasses.replace(card_note, text=text)], path)

    # Lam-alef, drawn as one glyph, copies out as the one character that is both.
    assert [unicodedata.normalize("NFKC", line) for line in body_lines(path)] == [text]
    if shutil.which("pdftotext"):
        copied = [unicodedata.normalize("NFKC", line) for line in pdftotext_lines(path)]
        assert text in copied


@needs_poppler
def test_a_right_to_left_name_in_an_english_note(tmp_path: Path, card_note: thanknote.Note) -> None:
    person = dataclasses.replace(card_note.recipient, name="דוד כהן", title="מנהל מוצר")
    note = dataclasses.replace(card_note, recipient=person, text="Dear דוד כהן, thank you.")
    path = tmp_path / "name.pdf"

    write_pdf([note], path)

    lines = pdftotext_lines(path)
    assert lines[:2] == ["דוד כהן", "מנהל מוצר"]  # the header, name and title
    assert "Dear" in lines[2]
    assert "דוד כהן" in lines[2]  # words in reading order inside the English sentence


@pytest.mark.parametrize(
    ("text", "shown", "right"),
    [
        pytest.param("שלום (דוד)", "(דוד) םולש", True, id="hebrew-brackets-mirrored"),
        pytest.param("Dear (דוד כהן)", "Dear (ןהכ דוד)", False, id="in-english"),
        pytest.param("Thanks to דוד (ID 123).", "Thanks to דוד (ID 123).", False, id="mixed"),
        pytest.param("Plain English (no change)", "Plain English (no change)", False, id="ltr"),
    ],
)
def test_lines_are_put_in_display_order(text: str, shown: str, right: bool) -> None:
    (line,) = display_lines(load_font(None), text, 12, 1000)

    assert line.text == shown
    assert line.right is right  # a right-to-left paragraph ends at the right margin


def test_arabic_is_drawn_joined() -> None:
    font = load_font(None)

    (line,) = display_lines(font, "مرحبا", 12, 1000)

    forms = [unicodedata.name(c) for c in line.text]
    assert forms == [
        "ARABIC LETTER ALEF FINAL FORM",
        "ARABIC LETTER BEH MEDIAL FORM",
        "ARABIC LETTER HAH INITIAL FORM",  # reh does not join the letter after it
        "ARABIC LETTER REH FINAL FORM",
        "ARABIC LETTER MEEM INITIAL FORM",
    ]  # left to right as drawn: the word's end first


def test_arabic_vowel_marks_are_kept(tmp_path: Path, card_note: thanknote.Note) -> None:
    path = tmp_path / "marks.pdf"

    write_pdf([dataclasses.replace(card_note, text="مُحَمَّد")], path)

    assert unicodedata.normalize("NFC", body_lines(path)[0]).count("\u064e") == 2  # two fathas


# Property: any text the font draws copies out as written ----------------------------------------


@functools.cache
def _left_to_right_drawable() -> list[str]:
    """The characters the font draws that are read left to right and stand alone."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    face = TTFontFace(str(DEFAULT_FONT))
    chars = []
    for point, glyph in sorted(face.charToGlyph.items()):
        char = chr(point)
        if not glyph or unicodedata.category(char) not in ("Lu", "Ll", "Lo", "Nd", "Po", "So"):
            continue
        if unicodedata.bidirectional(char) != "L" or unicodedata.normalize("NFKC", char) != char:
            continue
        chars.append(char)
    return chars


WORDS = st.lists(
    st.text(st.sampled_from(_left_to_right_drawable()), min_size=1, max_size=12),
    min_size=1,
    max_size=12,
).map(" ".join)


@settings(
    max_examples=examples(40, long=600),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=WORDS)
def test_any_text_the_font_draws_copies_out_as_written(
    tmp_path: Path, card_note: thanknote.Note, text: str
) -> None:
    path = tmp_path / "any.pdf"
    path.unlink(missing_ok=True)
    note = dataclasses.replace(card_note, text=text)

    try:
        write_pdf([note], path)
    except MissingGlyphError:  # a letter the font has only as part of a composed one
        return

    copied = "".join(" ".join(body_lines(path)).split())
    assert copied == "".join(unicodedata.normalize("NFC", text).split())


def test_the_property_covers_astral_characters() -> None:
    astral = [c for c in _left_to_right_drawable() if ord(c) > 0xFFFF]
    assert len(astral) > 20  # DejaVu Sans has Old Italic letters, 😀 and a few more


def test_the_bidi_libraries_are_imported_only_for_right_to_left_text(tmp_path: Path) -> None:
    code = (
        "import sys, dataclasses, thanknote\n"
        "iv = thanknote.load_interview('examples/panel.toml')\n"
        "notes = thanknote.draft(iv, 'card')\n"
        f"thanknote.write_pdf(notes, {str(tmp_path / 'a.pdf')!r})\n"
        "print(sorted(m for m in ('bidi', 'arabic_reshaper') if m in sys.modules))\n"
        "note = dataclasses.replace(notes[0], text='שלום')\n"
        f"thanknote.write_pdf([note], {str(tmp_path / 'b.pdf')!r})\n"
        "print(sorted(m for m in ('bidi', 'arabic_reshaper') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )

    assert done.stdout.splitlines() == ["[]", "['bidi']"]
    sources = (root / "src" / "thanknote").rglob("*.py")
    imports = re.compile(r"^\s*(?:from|import) (?:bidi|arabic_reshaper)\b", re.MULTILINE)
    importers = {p.name for p in sources if imports.search(p.read_text(encoding="utf-8"))}
    assert importers == {"direction.py"}  # the PDF writer's, and no other module's
