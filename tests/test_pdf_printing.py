"""What gets printed: letters to post, cards to copy, guide lines, envelopes and stamps.

Read back from the PDFs: the text with pypdf, where each line and rule sits
from the page's drawing operators.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

import pypdf
import pytest

import thanknote
from thanknote import write_pdf
from thanknote.model import Candidate
from thanknote.writers.pdf import INCH, PAGE_SIZES, PdfError, PdfOptions
from thanknote.writers.pdf import pages as pages_module
from thanknote.writers.pdf.pages import COLLEGE_RULED, NARROW_RULED
from thanknote.writers.pdf.postal import country_of_line, paper_for


@pytest.fixture(autouse=True)
def _printed_on_the_interview_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cards say when to post them, counting from the day they are printed."""
    monkeypatch.setattr(pages_module, "today", lambda: dt.date(2026, 11, 24))


def pages(path: Path) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(path).pages)


def size_of(page: pypdf.PageObject) -> tuple[float, float]:
    return round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)


def text_lines(page: pypdf.PageObject) -> list[tuple[str, float]]:
    """Each piece of text on the page with the height of its baseline."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((text.strip(), round(tm[5] * cm[3] + cm[5], 2)))

    page.extract_text(visitor_text=visit)
    return found


RULE = re.compile(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l")


def rules(page: pypdf.PageObject) -> list[float]:
    """The heights of the horizontal lines drawn on the page, top first."""
    data = page.get_contents().get_data()
    ys = [float(m[2]) for m in RULE.finditer(data) if m[2] == m[4]]
    return sorted(ys, reverse=True)


def with_candidate(interview: thanknote.Interview, **changes: object) -> thanknote.Interview:
    candidate = dataclasses.replace(interview.candidate, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(interview, candidate=candidate)


LETTER = (612.0, 792.0)
A4 = tuple(round(side, 1) for side in PAGE_SIZES["a4"])
CARD = tuple(round(side, 1) for side in PAGE_SIZES["card"])


# Letters to post --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "paper"),
    [
        pytest.param({}, LETTER, id="no-country-us-letter"),
        pytest.param({"country": "US"}, LETTER, id="us"),
        pytest.param({"country": "CA"}, LETTER, id="canada"),
        pytest.param({"country": "DE"}, A4, id="germany"),
        pytest.param({"country": "GB"}, A4, id="uk"),
        pytest.param({"address": "12 Main Street\nDublin 2\nIreland"}, A4, id="ireland-address"),
        pytest.param({"address": "1 Rue de Rivoli\n75001 Paris\nFRANCE"}, A4, id="france-address"),
        pytest.param({"address": "100 Queen St W\nToronto, ON\nCanada"}, LETTER, id="canada-addr"),
    ],
)
def test_a_letter_is_on_the_paper_of_the_candidates_country(
    tmp_path: Path,
    panel_interview: thanknote.Interview,
    changes: dict[str, str],
    paper: tuple[float, float],
) -> None:
    interview = with_candidate(panel_interview, **changes)
    path = tmp_path / "letter.pdf"

    write_pdf(thanknote.draft(interview, "letter")[:1], path)

    assert {size_of(page) for page in pages(path)} == {paper}


def test_cards_stay_cards_and_a_size_asked_for_is_kept(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    write_pdf(thanknote.draft(panel_interview, "card")[:1], tmp_path / "card.pdf")
    write_pdf(thanknote.draft(panel_interview, "letter")[:1], tmp_path / "a5.pdf", page_size="a5")

    assert size_of(pages(tmp_path / "card.pdf")[0]) == CARD
    assert size_of(pages(tmp_path / "a5.pdf")[0]) == tuple(round(s, 1) for s in PAGE_SIZES["a5"])


def test_a_letter_prints_nothing_meant_for_the_candidate(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    (letter,) = thanknote.draft(panel_interview, "letter")[:1]
    path = tmp_path / "letter.pdf"

    write_pdf([letter], path)

    text = pages(path)[0].extract_text()
    assert "Post by" not in text
    assert text.splitlines()[0] == "Alex Morgan"  # the letter itself, from its first line
    assert text.count("Director of Data Platform") == 1  # in the address, not a header
    assert rules(pages(path)[0]) == []  # no header rule


def test_a_card_keeps_its_copying_aids(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    path = tmp_path / "card.pdf"

    drafted = thanknote.draft(panel_interview, "card", today=dt.date(2026, 11, 24))
    write_pdf(drafted[:1], path)

    text = pages(path)[0].extract_text()
    assert text.splitlines()[:2] == ["Dr. Priya Raman", "Director of Data Platform"]
    assert "Post by Wednesday, November 25, 2026" in text


def test_a_long_letter_numbers_its_pages_and_nothing_else(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    (letter,) = thanknote.draft(panel_interview, "letter")[:1]
    long = dataclasses.replace(letter, text=letter.text + "\n\n" + "More to say. " * 600)
    path = tmp_path / "long.pdf"

    write_pdf([long], path)

    texts = [page.extract_text() for page in pages(path)]
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert text.rstrip().endswith(f"Page {number} of {len(texts)}")
        assert "continues" not in text
        assert "(continued)" not in text
        assert "Post by" not in text


LONGEST = "Senior Vice President and Chief Data Officer, Global Data Platform and Analytics"


# Card headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("CTO", id="short"),
        pytest.param("Director of Data Platform", id="fits"),
        pytest.param("Senior Vice President, Global Data Platform and Analytics", id="long"),
        pytest.param(LONGEST, id="wraps"),
        pytest.param(None, id="none"),
    ],
)
def test_the_card_header_looks_the_same_whatever_the_title(
    tmp_path: Path, panel_interview: thanknote.Interview, title: str | None
) -> None:
    note = thanknote.draft(panel_interview, "card")[0]
    reference = tmp_path / "reference.pdf"
    write_pdf([note], reference)
    person = dataclasses.replace(note.recipient, title=title)
    path = tmp_path / "titled.pdf"

    write_pdf([dataclasses.replace(note, recipient=person)], path)

    lines = text_lines(pages(path)[0])
    expected = text_lines(pages(reference)[0])
    assert lines[0] == expected[0]  # the name alone on the first line, in the same place
    if title:
        assert lines[1][0] == title.split(",")[0] or title.startswith(lines[1][0])
    body = next(y for text, y in lines if text == "Dear Dr. Raman,")
    usual = next(y for text, y in expected if text == "Dear Dr. Raman,")
    if title == LONGEST:
        assert body < usual  # a title on two lines takes its room
    else:
        assert body == usual  # the body starts at one height, title or none


# Guide lines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_size", "spacing"),
    [
        ("card", NARROW_RULED),
        ("a6", NARROW_RULED),
        ("a5", COLLEGE_RULED),
        ("letter", COLLEGE_RULED),
    ],
)
def test_guide_lines_are_spaced_for_handwriting_and_the_text_sits_on_them(
    tmp_path: Path, panel_interview: thanknote.Interview, page_size: str, spacing: float
) -> None:
    path = tmp_path / "ruled.pdf"

    write_pdf(thanknote.draft(panel_interview, "card")[:1], path, lines=True, page_size=page_size)

    page = pages(path)[0]
    guides = rules(page)[1:]  # the first rule is the header's
    gaps = {round(a - b, 2) for a, b in itertools.pairwise(guides)}
    assert gaps == {round(spacing, 2)}
    body = [y for text, y in text_lines(page)[2:] if not text.startswith("Post ")]
    for baseline in body:  # on a line: just above it, never above the next
        assert any(0 < baseline - guide < 1.0 for guide in guides), baseline


def test_ruled_paper_spacings() -> None:
    assert NARROW_RULED == 72 / 4  # narrow ruled: 1/4 in, 6.4 mm
    assert COLLEGE_RULED == 9 / 32 * 72  # college ruled: 9/32 in, 7.1 mm


def test_a_card_length_note_fits_one_card(tmp_path: Path, examples_dir: Path) -> None:
    interview = thanknote.load_interview(examples_dir / "large_panel.toml")
    notes = thanknote.draft(interview, "card")
    path = tmp_path / "cards.pdf"

    write_pdf(notes, path)

    assert len(pages(path)) <= len(notes) + 1  # as many as before the two-line header


def test_guide_lines_never_cross_a_printed_letter(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    path = tmp_path / "letter.pdf"

    write_pdf(thanknote.draft(panel_interview, "letter")[:1], path, lines=True)

    page = pages(path)[0]
    lowest = min(y for _, y in text_lines(page))
    guides = rules(page)
    assert guides  # the space below the letter is ruled for a postscript by hand
    assert max(guides) < lowest - 11.5 * 0.24  # below the last line's descenders
    assert min(guides) >= INCH  # within the margin


# Envelopes --------------------------------------------------------------------------------------


def _envelope_lines(path: Path) -> list[str]:
    return [line.strip() for line in pages(path)[-1].extract_text().splitlines() if line.strip()]


def _addressed(interview: thanknote.Interview, address: str) -> list[thanknote.Note]:
    person = dataclasses.replace(interview.interviewers[0], address=address)
    people = (person, *interview.interviewers[1:])
    return thanknote.draft(dataclasses.replace(interview, interviewers=people), "card")[:1]


@pytest.mark.parametrize(
    ("candidate", "country_line"),
    [
        pytest.param({"country": "US"}, "USA", id="country-given"),
        pytest.param({"address": "18 Elm Street\nPortland, OR 97205\nU.S.A."}, "USA", id="addr"),
        pytest.param({"address": "18 Elm St\nPortland, OR\nUnited States"}, "usa", id="names"),
    ],
)
def test_a_domestic_envelope_leaves_out_the_country_line(
    tmp_path: Path,
    panel_interview: thanknote.Interview,
    candidate: dict[str, str],
    country_line: str,
) -> None:
    interview = with_candidate(panel_interview, **candidate)
    notes = _addressed(interview, f"400 Harbor Way\nSeattle, WA 98101\n{country_line}")
    path = tmp_path / "domestic.pdf"

    write_pdf(notes, path, envelope="10")

    lines = _envelope_lines(path)
    assert lines[-1] == "Seattle, WA 98101"
    assert not any(country_of_line(line) for line in lines)  # the return address's too


def test_an_international_envelope_keeps_the_country_line(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    interview = with_candidate(panel_interview, country="US")
    notes = _addressed(interview, "Hauptstraße 5\n10115 Berlin\nGermany")
    path = tmp_path / "abroad.pdf"

    write_pdf(notes, path, envelope="10")

    assert _envelope_lines(path)[-3:] == ["Hauptstraße 5", "10115 Berlin", "Germany"]


def test_an_envelope_abroad_gets_the_country_its_address_leaves_out(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    """Set KG: "Auckland 0622" posted from the Philippines; the person writes from .govt.nz."""
    interview = with_candidate(panel_interview, country="PH")
    person = dataclasses.replace(
        interview.interviewers[0],
        address="124 Shakespeare Road\nTakapuna\nAuckland 0622",
        email="aroha@waitematadhb.govt.nz",
    )
    interview = dataclasses.replace(interview, interviewers=(person, *interview.interviewers[1:]))
    path = tmp_path / "abroad.pdf"

    write_pdf(thanknote.draft(interview, "card")[:1], path, envelope="10")

    assert _envelope_lines(path)[-2:] == ["Auckland 0622", "New Zealand"]


def test_an_envelope_prints_the_name_as_the_letter_does(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    """Set KG's envelope: "Aroha Ngata-Whaanga (she/her)", where the letter inside has no
    pronouns; a directory's "Chen, Mei-Ling" is "Mei-Ling Chen" on both."""
    people = [
        dataclasses.replace(
            panel_interview.interviewers[0], name=name, address="1 High Street\nLeeds LS1 1AA"
        )
        for name in ("Aroha Ngata-Whaanga (she/her)", "Chen, Mei-Ling")
    ]
    interview = dataclasses.replace(panel_interview, interviewers=tuple(people))
    path = tmp_path / "named.pdf"

    write_pdf(thanknote.draft(interview, "card"), path, envelope="10")

    envelopes = pages(path)[1::2]  # each card's page, then its envelope
    printed = [line for page in envelopes for line in page.extract_text().splitlines()]
    assert "Aroha Ngata-Whaanga" in printed
    assert "Mei-Ling Chen" in printed
    assert not any("she/her" in line or "Chen, Mei-Ling" in line for line in printed)


def test_without_a_known_country_the_address_is_left_as_written(
    tmp_path: Path, panel_interview: thanknote.Interview
) -> None:
    interview = with_candidate(panel_interview, address="18 Elm Street\nSpringfield")
    notes = _addressed(interview, "400 Harbor Way\nSeattle, WA 98101\nUSA")
    path = tmp_path / "unknown.pdf"

    write_pdf(notes, path, envelope="10")

    assert _envelope_lines(path)[-1] == "USA"


@pytest.mark.parametrize("envelope", ["10", "a2"])
def test_stamp_outlines_where_the_stamp_goes(
    tmp_path: Path, panel_interview: thanknote.Interview, envelope: str
) -> None:
    path = tmp_path / "stamp.pdf"

    write_pdf(thanknote.draft(panel_interview, "card")[:1], path, envelope=envelope, stamp=True)

    page = pages(path)[-1]
    data = page.get_contents().get_data()
    ((x, y, w, h),) = [
        tuple(map(float, m.groups()))
        for m in re.finditer(rb"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re", data)
    ]
    width, height = size_of(page)
    assert (w, h) == (63.0, 72.0)  # 0.875 x 1 in
    assert x + w == pytest.approx(width - 18)  # a quarter inch in from the corner
    assert y + h == pytest.approx(height - 18)
    placed = text_lines(page)
    name = next(y_line for text, y_line in placed if text == "Dr. Priya Raman")
    assert name < y  # the address starts clear below the stamp
    assert b"[3 2] 0 d" in data  # dashed: an outline, not a box to print on


def test_without_stamp_no_outline(tmp_path: Path, panel_interview: thanknote.Interview) -> None:
    path = tmp_path / "plain.pdf"

    write_pdf(thanknote.draft(panel_interview, "card")[:1], path, envelope="10")

    assert b" re" not in pages(path)[-1].get_contents().get_data()


def test_a_stamp_needs_an_envelope() -> None:
    with pytest.raises(PdfError) as caught:
        PdfOptions(stamp=True)

    assert str(caught.value) == "a stamp is outlined on an envelope; add --envelope 10 or a2"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        pytest.param({"envelope": 10}, "the envelope is a name such as '10', not 10", id="env"),
        pytest.param({"page_size": 4}, "the page size is a name such as 'a4', not 4", id="size"),
    ],
)
def test_a_size_given_as_a_number_is_refused_by_name(
    typed: dict[str, object], message: str
) -> None:
    with pytest.raises(PdfError) as caught:
        PdfOptions(**typed)  # type: ignore[arg-type]

    assert str(caught.value) == message


def test_the_paper_of_a_candidate_without_a_country_is_letter() -> None:
    assert paper_for(Candidate(name="A")) == "letter"
    assert paper_for(Candidate(name="A", address="Calle Mayor 1\nMadrid\nEspaña")) == "a4"
