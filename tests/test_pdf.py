"""The PDF writer, tested by reading the PDFs back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
from thanknote.writers.pdf import (
    DEFAULT_FONT,
    ENVELOPES,
    PAGE_SIZES,
    FontFileError,
    MissingAddressError,
    MissingGlyphError,
    PdfError,
    PdfOptions,
    pages,
)

POINTS_PER_INCH = 72


@pytest.fixture(autouse=True)
def _printed_on_the_interview_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cards say when to post them, counting from the day they are printed."""
    monkeypatch.setattr(pages, "today", lambda: dt.date(2026, 11, 24))


def squash(text: str) -> str:
    """NFC text with every run of whitespace made one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def unbroken(text: str) -> str:
    """NFC text without any whitespace: survives line breaks inside long words."""
    return "".join(unicodedata.normalize("NFC", text).split())


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in pypdf.PdfReader(path).pages
    ]


def with_people(interview: thanknote.Interview, *names: str) -> thanknote.Interview:
    """The interview with its panel renamed (extra names reuse the last card)."""
    cards = list(interview.interviewers)
    people = tuple(
        dataclasses.replace(cards[min(i, len(cards) - 1)], name=name, nickname=None)
        for i, name in enumerate(names)
    )
    return dataclasses.replace(interview, interviewers=people)


def note_with(note: thanknote.Note, text: str) -> thanknote.Note:
    return dataclasses.replace(note, text=text)


@pytest.fixture
def card_note(panel_interview: thanknote.Interview) -> thanknote.Note:
    return thanknote.draft(panel_interview, "card", today=dt.date(2026, 11, 24))[0]


# The examples ---------------------------------------------------------------------------------


@pytest.mark.parametrize("example", ["panel.toml", "one_to_one.toml"])
@pytest.mark.parametrize("template", ["card", "email", "letter"])
def test_examples_round_trip(
    tmp_path: Path, examples_dir: Path, example: str, template: str
) -> None:
    interview = thanknote.load_interview(examples_dir / example)
    notes = thanknote.draft(interview, template)
    path = tmp_path / "notes.pdf"
    write_pdf(notes, path, page_size="letter")
    texts = pages_text(path)
    assert len(texts) == len(notes)  # each example note fits one letter page
    for note, text in zip(notes, texts, strict=True):
        assert squash(note.text) in squash(text)
        # a letter's address block prints the name without its nickname: "Robert Smith, PhD"
        printed = re.sub(r"\s*\([^()]*\)", "", note.recipient.name)
        assert note.recipient.name in text or (template == "letter" and printed in text)
        if note.subject:
            assert f"Subject: {note.subject}" in squash(text)


def test_header_and_footer(tmp_path: Path, card_note: thanknote.Note) -> None:
    write_pdf([card_note], tmp_path / "one.pdf")
    (text,) = pages_text(tmp_path / "one.pdf")
    first, second, *_ = text.splitlines()
    assert first == "Dr. Priya Raman"
    assert second == "Director of Data Platform"
    # Interviewed on Tuesday 24 November 2026: post on the next business day.
    assert "Post by Wednesday, November 25, 2026" in text


def test_post_by_skips_the_weekend(tmp_path: Path, card_note: thanknote.Note) -> None:
    friday = dataclasses.replace(card_note.interview, date=dt.date(2026, 11, 27))
    write_pdf([dataclasses.replace(card_note, interview=friday)], tmp_path / "fri.pdf")
    assert "Post by Monday, November 30, 2026" in pages_text(tmp_path / "fri.pdf")[0]


def test_post_by_skips_the_candidates_public_holidays(
    tmp_path: Path, card_note: thanknote.Note
) -> None:
    interview = card_note.interview
    in_the_us = dataclasses.replace(
        interview,
        date=dt.date(2026, 11, 25),
        candidate=dataclasses.replace(interview.candidate, country="US"),
    )
    write_pdf([dataclasses.replace(card_note, interview=in_the_us)], tmp_path / "us.pdf")
    # Thursday 26 November 2026 is Thanksgiving.
    assert "Post by Friday, November 27, 2026" in pages_text(tmp_path / "us.pdf")[0]


def test_a_card_printed_after_its_day_says_post_today(
    tmp_path: Path, card_note: thanknote.Note, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "today", lambda: dt.date(2026, 11, 30))
    written_out_later = dataclasses.replace(card_note, written=None)
    write_pdf([written_out_later], tmp_path / "late.pdf")
    text = pages_text(tmp_path / "late.pdf")[0]
    assert "Post today (it was due November 25)" in text


def test_a_card_drafted_for_a_later_day_says_post_today(
    tmp_path: Path, card_note: thanknote.Note
) -> None:
    """`thanknote draft --today 2026-11-30`: the card's reminder goes by the day the notes
    were drafted for, not by the machine's clock (which says November 24 here)."""
    drafted_later = dataclasses.replace(card_note, written=dt.date(2026, 11, 30))
    write_pdf([drafted_later], tmp_path / "late.pdf")
    assert "Post today (it was due November 25)" in pages_text(tmp_path / "late.pdf")[0]


# Names and Unicode ------------------------------------------------------------------------------

NAMES = [
    "Zoë Åström",
    "Łukasz Wróbel",
    "Ørjan Ødegård",
    "Nguyễn Thị Lan",
    "Đặng Văn Lâm",
    "Şükrü Çağlar",
    "Ǆemal Ǉubić",
    "Siobhán Ó Súilleabháin",
    "José Núñez-García",
    "Seán O'Brien",
    "Mary O’Neill",
]


def test_names_with_diacritics_round_trip(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    interview = with_people(panel_interview, *NAMES)
    notes = thanknote.draft(interview, "card")
    write_pdf(notes, tmp_path / "names.pdf", page_size="letter", envelope="10")
    text = squash(" ".join(pages_text(tmp_path / "names.pdf")))
    for note in notes:
        assert squash(note.text) in text
    for name in NAMES:
        assert name in text


def test_decomposed_letters_print_composed(tmp_path: Path, card_note: thanknote.Note) -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
    write_pdf([note_with(card_note, f"Dear {decomposed},")], tmp_path / "nfd.pdf")
    assert "Dear Nguyễn Thị Lan," in pages_text(tmp_path / "nfd.pdf")[0]


def test_punctuation_prints_as_typed(tmp_path: Path, card_note: thanknote.Note) -> None:
    text = "“Quoted” and ‘single’ — a dash – an en dash… O’Brien’s 1–2 pm"
    write_pdf([note_with(card_note, text)], tmp_path / "punct.pdf")
    assert squash(text) in squash(pages_text(tmp_path / "punct.pdf")[0])


@pytest.mark.parametrize("text", ["Smith & Jones", "<Acme>", "<b>bold</b> &amp; (x) \\ y"])
def test_text_is_never_markup(tmp_path: Path, card_note: thanknote.Note, text: str) -> None:
    write_pdf([note_with(card_note, text)], tmp_path / "markup.pdf")
    assert text in pages_text(tmp_path / "markup.pdf")[0]


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        pytest.param("中", "U+4E2D '中' (CJK UNIFIED IDEOGRAPH-4E2D)", id="cjk"),
        pytest.param("🙂", "U+1F642 '🙂' (SLIGHTLY SMILING FACE)", id="emoji"),
    ],
)
def test_a_character_the_font_lacks_is_an_error_naming_it(
    tmp_path: Path, card_note: thanknote.Note, char: str, shown: str
) -> None:
    path = tmp_path / "missing.pdf"
    with pytest.raises(MissingGlyphError) as caught:
        write_pdf([note_with(card_note, f"Thank you {char} so much")], path)
    assert str(caught.value) == (
        f"cannot print {shown} in the note for 'Dr. Priya Raman': the font DejaVuSans.ttf has "
        "no glyph for it; pass --font PATH.ttf naming a TrueType font that has one"
    )
    assert caught.value.char == char
    assert caught.value.recipient == "Dr. Priya Raman"
    assert isinstance(caught.value, thanknote.ThanknoteError)
    assert not path.exists()  # checked before anything is written


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thank you 😀 so much", id="emoji"),
        pytest.param("Signed 𐌀𐌁𐌂 and 😀😀", id="old-italic"),
    ],
)
def test_characters_beyond_the_basic_plane_copy_out_as_written(
    tmp_path: Path, card_note: thanknote.Note, text: str
) -> None:
    path = tmp_path / "astral.pdf"

    write_pdf([note_with(card_note, text)], path)

    assert text in pages_text(path)[0]
    if shutil.which("pdftotext"):
        copied = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
        assert text in copied.stdout


def test_the_text_layer_maps_glyphs_to_utf16() -> None:
    from thanknote.writers.pdf.fonts import to_unicode_cmap

    cmap = to_unicode_cmap("X", [0x41, 0x1F600, 0xFEFB, 0xFEE3, *range(0x100, 0x100 + 150)])

    assert "<00> <0041>" in cmap
    assert "<01> <D83DDE00>" in cmap  # a surrogate pair, as UTF-16 writes U+1F600
    assert "<02> <FEFB>" in cmap  # lam-alef stays one character: readers reorder by glyph
    assert "<03> <0645>" in cmap  # an initial meem is meem
    assert cmap.count("beginbfchar") == 2  # no more than 100 mappings a block


def test_a_name_the_font_lacks_is_an_error(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    notes = thanknote.draft(with_people(panel_interview, "王小明"), "card")
    with pytest.raises(MissingGlyphError, match=r"U\+738B '王'.*for '王小明'"):
        write_pdf(notes, tmp_path / "wang.pdf")


# Fonts ----------------------------------------------------------------------------------------


def test_the_font_is_embedded(tmp_path: Path, card_note: thanknote.Note) -> None:
    write_pdf([card_note], tmp_path / "embedded.pdf")
    fonts = pypdf.PdfReader(tmp_path / "embedded.pdf").pages[0]["/Resources"]["/Font"]
    embedded = [
        font["/BaseFont"]
        for font in (ref.get_object() for ref in fonts.values())
        if "/FontFile2" in font.get("/FontDescriptor", {})  # the TrueType program itself
    ]
    assert embedded
    assert all(name.endswith("+DejaVuSans") for name in embedded)


def test_a_font_of_ones_own(tmp_path: Path, card_note: thanknote.Note) -> None:
    write_pdf([card_note], tmp_path / "own.pdf", font=DEFAULT_FONT)
    assert "Dear Dr. Raman," in pages_text(tmp_path / "own.pdf")[0]


def test_a_missing_font_file_is_an_error(tmp_path: Path, card_note: thanknote.Note) -> None:
    missing = tmp_path / "nope.ttf"
    with pytest.raises(FontFileError) as caught:
        write_pdf([card_note], tmp_path / "x.pdf", font=missing)
    assert str(caught.value) == f"{missing}: no such font file; give --font the path of a .ttf file"
    assert caught.value.path == missing


def test_a_file_that_is_not_a_font_is_an_error(tmp_path: Path, card_note: thanknote.Note) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_text("not a font", encoding="utf-8")
    with pytest.raises(FontFileError, match=r"fake\.ttf: not a TrueType font") as caught:
        write_pdf([card_note], tmp_path / "x.pdf", font=fake)
    assert "\n" not in str(caught.value)


def test_the_shipped_font_has_its_licence() -> None:
    licence = (DEFAULT_FONT.parent / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved." in licence
    assert "Copyright (c) 2006 by Tavmjong Bah. All Rights Reserved." in licence


def test_importing_the_writer_does_not_import_reportlab() -> None:
    code = "import sys, thanknote.writers.pdf; print('reportlab' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# Pages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "inches"),
    [
        ("card", (4.25, 5.5)),
        ("4x6", (4, 6)),
        ("a6", (105 / 25.4, 148 / 25.4)),
        ("a5", (148 / 25.4, 210 / 25.4)),
        ("letter", (8.5, 11)),
        ("a4", (210 / 25.4, 297 / 25.4)),
    ],
)
def test_page_sizes(
    tmp_path: Path, card_note: thanknote.Note, option: str, inches: tuple[float, float]
) -> None:
    write_pdf([card_note], tmp_path / f"{option}.pdf", page_size=option)
    expected = tuple(round(side * POINTS_PER_INCH, 1) for side in inches)
    assert set(page_sizes(tmp_path / f"{option}.pdf")) == {expected}
    assert PAGE_SIZES[option] == pytest.approx(expected, abs=0.1)


def test_an_unknown_page_size_is_an_error(tmp_path: Path, card_note: thanknote.Note) -> None:
    with pytest.raises(PdfError) as caught:
        write_pdf([card_note], tmp_path / "x.pdf", page_size="b5")
    assert str(caught.value) == "unknown page size 'b5'; choose from: card, 4x6, a6, a5, letter, a4"


@pytest.mark.parametrize(
    ("typed", "page_size", "envelope"),
    [
        pytest.param({"page_size": "A4", "envelope": "#10"}, "a4", "10", id="as-typed"),
        pytest.param({}, None, None, id="defaults"),
    ],
)
def test_options_are_matched_as_people_type_them(
    typed: dict[str, str], page_size: str, envelope: str | None
) -> None:
    options = PdfOptions(**typed)

    assert (options.page_size, options.envelope) == (page_size, envelope)


def test_an_unknown_envelope_is_an_error() -> None:
    with pytest.raises(PdfError) as caught:
        PdfOptions(envelope="c5")

    assert str(caught.value) == "unknown envelope 'c5'; choose from: 10, a2"


def test_one_page_per_note(tmp_path: Path, panel_interview: thanknote.Interview) -> None:
    notes = thanknote.draft(panel_interview, "card")
    write_pdf(notes, tmp_path / "all.pdf", page_size="a5")
    texts = pages_text(tmp_path / "all.pdf")
    assert [n.recipient.name in t for n, t in zip(notes, texts, strict=True)] == [True] * 4


def test_a_long_note_continues_without_losing_text(
    tmp_path: Path, card_note: thanknote.Note
) -> None:
    words = [f"word{i:03d}" for i in range(400)]
    long_word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3  # wider than a card
    text = "Dear Priya,\n\n" + " ".join(words[:200]) + f" {long_word} " + " ".join(words[200:])
    write_pdf([note_with(card_note, text)], tmp_path / "long.pdf")
    texts = pages_text(tmp_path / "long.pdf")
    assert len(texts) >= 3
    assert unbroken(text) in unbroken(" ".join(_bodies(texts)))
    assert "(continued)" not in texts[0]
    assert all("Dr. Priya Raman (continued)" in t for t in texts[1:])
    for number, page in enumerate(texts, start=1):
        more = " — continues on the next page" if number < len(texts) else ""
        assert f"Page {number} of {len(texts)}{more}" in page


def _bodies(texts: list[str]) -> list[str]:
    """Each page's text without its header line and two footer lines."""
    return ["\n".join(t.splitlines()[1:-2]) for t in texts]


def test_ruled_lines_are_drawn(tmp_path: Path, card_note: thanknote.Note) -> None:
    write_pdf([card_note], tmp_path / "plain.pdf")
    write_pdf([card_note], tmp_path / "ruled.pdf", lines=True)
    plain = pypdf.PdfReader(tmp_path / "plain.pdf").pages[0].get_contents().get_data()
    ruled = pypdf.PdfReader(tmp_path / "ruled.pdf").pages[0].get_contents().get_data()
    strokes = ruled.count(b" l") - plain.count(b" l")  # one "x y l" per guide line
    assert strokes >= squash(card_note.text).count(" ") // 8  # at least one per text line
    assert pages_text(tmp_path / "ruled.pdf") == pages_text(tmp_path / "plain.pdf")


# Envelopes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("envelope", "inches"), [("10", (9.5, 4.125)), ("a2", (5.75, 4.375))])
def test_envelope_pages(
    tmp_path: Path, panel_interview: thanknote.Interview, envelope: str, inches: tuple[float, float]
) -> None:
    notes = thanknote.draft(panel_interview, "card")
    path = tmp_path / "env.pdf"
    write_pdf(notes, path, page_size="a5", envelope=envelope)
    sizes, texts = page_sizes(path), pages_text(path)
    envelope_size = tuple(round(side * POINTS_PER_INCH, 1) for side in inches)
    assert sizes == [(419.5, 595.3), envelope_size] * len(notes)
    assert ENVELOPES[envelope] == pytest.approx(envelope_size, abs=0.1)
    for note, text in zip(notes, texts[1::2], strict=True):
        address = (note.recipient.address or "").strip().splitlines()
        assert text.splitlines() == [
            *("Alex Morgan", "18 Elm Street, Apt 3", "Portland, OR 97205"),  # return address
            note.recipient.name,
            *address,
        ]


def test_envelope_names_the_company_when_the_address_does_not(
    tmp_path: Path, card_note: thanknote.Note
) -> None:
    person = dataclasses.replace(card_note.recipient, address="1 Market St\nSeattle, WA")
    path = tmp_path / "note.pdf"

    write_pdf([dataclasses.replace(card_note, recipient=person)], path, envelope="10")

    envelope = pages_text(path)[-1]
    lines = [line.strip() for line in envelope.splitlines() if line.strip()]
    assert lines[-3:] == ["Acme Robotics", "1 Market St", "Seattle, WA"]


def test_envelope_accepts_hash_ten(tmp_path: Path, card_note: thanknote.Note) -> None:
    write_pdf([card_note], tmp_path / "env.pdf", envelope="#10")
    assert page_sizes(tmp_path / "env.pdf")[1] == (684.0, 297.0)


def test_an_envelope_without_an_address_is_an_error(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    people = list(panel_interview.interviewers)
    people[1] = dataclasses.replace(people[1], address=None)
    notes = thanknote.draft(dataclasses.replace(panel_interview, interviewers=tuple(people)))
    path = tmp_path / "env.pdf"
    with pytest.raises(MissingAddressError) as caught:
        write_pdf(notes, path, envelope="10")
    assert str(caught.value) == (
        "no mailing address for 'José Núñez-García' (interviewers[2] in the Acme Robotics "
        'interview); add address = "..." to that interviewer or drop --envelope'
    )
    assert not path.exists()
    write_pdf(notes, path)  # without envelopes the notes print


# Metadata -------------------------------------------------------------------------------------


def test_metadata_names_candidate_and_company(
    tmp_path: Path, one_to_one_interview: thanknote.Interview, panel_interview: thanknote.Interview
) -> None:
    write_pdf(thanknote.draft(panel_interview), tmp_path / "panel.pdf")
    meta = pypdf.PdfReader(tmp_path / "panel.pdf").metadata
    assert meta is not None
    assert meta.title == "Thank-you notes — Acme Robotics"
    assert meta.author == "Alex Morgan"
    assert meta.subject == "Senior Data Engineer interview at Acme Robotics on November 24, 2026"

    write_pdf(thanknote.draft(one_to_one_interview), tmp_path / "one.pdf")
    meta = pypdf.PdfReader(tmp_path / "one.pdf").metadata
    assert meta is not None
    assert meta.title == "Thank-you note to Robert (Bob) Smith, PhD — Northwind Traders"
    assert meta.author == "Zoë Lindqvist"


# Property: any Latin text prints whole, or is refused by name ---------------------------------

LATIN = st.characters(
    codec="utf-8",
    categories=["L", "M", "N", "P", "S", "Zs"],
    min_codepoint=0x20,
    max_codepoint=0x24F,
) | st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF)


@functools.cache
def drawable() -> frozenset[int]:
    """The characters the shipped font has glyphs for, read with reportlab directly."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    return frozenset(c for c, glyph in TTFontFace(str(DEFAULT_FONT)).charToGlyph.items() if glyph)


@settings(
    max_examples=examples(30, long=600),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    name=st.text(LATIN, min_size=1, max_size=30).filter(str.strip),
    body=st.text(LATIN, max_size=300),
)
def test_latin_text_round_trips_or_is_refused(
    tmp_path: Path, card_note: thanknote.Note, name: str, body: str
) -> None:
    recipient = dataclasses.replace(card_note.recipient, name=name, title=None)
    note = dataclasses.replace(card_note, recipient=recipient, text=body)
    path = tmp_path / "prop.pdf"
    path.unlink(missing_ok=True)
    nfc = unicodedata.normalize("NFC", name) + unicodedata.normalize("NFC", body)
    missing = [c for c in nfc if ord(c) not in drawable() and c != "\n"]
    if missing:
        with pytest.raises(MissingGlyphError) as caught:
            write_pdf([note], path)
        assert caught.value.char == missing[0]
        assert not path.exists()
    else:
        write_pdf([note], path)
        text = unbroken(" ".join(pages_text(path)))
        assert unbroken(name) in text
        assert unbroken(body) in text
