"""The writer contract: every registered format honours it, and a new module is a new format."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import thanknote
from thanknote import cli
from thanknote.writers import FORMATS, FormatError, NoOptions, options_of, writer
from thanknote.writers.pdf import ENVELOPES, PAGE_SIZES

PANEL = Path(__file__).resolve().parent.parent / "examples" / "panel.toml"


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_module_honours_the_contract(fmt: str) -> None:
    module = writer(fmt)

    assert module.SUFFIX == f".{fmt}"
    assert isinstance(module.COMBINABLE, bool)
    options = module.OPTIONS()
    assert dataclasses.is_dataclass(options)
    assert options.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert all(option.help for option in options_of(fmt))
    assert all(callable(f) for f in (module.skip, module.check, module.write))


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_writer_checks_and_writes_the_notes_it_does_not_skip(
    fmt: str, panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    module = writer(fmt)
    notes = [n for n in thanknote.draft(panel_interview, "email") if module.skip(n) is None]
    one_file = notes if module.COMBINABLE else notes[:1]
    path = tmp_path / f"notes{module.SUFFIX}"

    module.check(notes, module.OPTIONS())
    module.write(one_file, path, module.OPTIONS())

    assert path.stat().st_size > 0


def test_only_email_skips_a_recipient_and_says_what_is_missing(
    panel_interview: thanknote.Interview,
) -> None:
    person = dataclasses.replace(panel_interview.interviewers[0], email=None)
    (note,) = thanknote.draft(dataclasses.replace(panel_interview, interviewers=(person,)))

    skips = {fmt: writer(fmt).skip(note) for fmt in FORMATS}

    assert {fmt for fmt, why in skips.items() if why} == {"eml"}
    assert skips["eml"] is not None
    assert (skips["eml"].reason, skips["eml"].key) == ("no e-mail address", "email")


def test_an_unknown_format_names_the_choices() -> None:
    with pytest.raises(FormatError) as caught:
        writer("odt")

    assert str(caught.value) == "format 'odt': unknown format; choose from: txt, pdf, docx, eml"


def test_the_pdf_flags_and_their_choices_come_from_its_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["draft", "--help"])
    help_text = capsys.readouterr().out

    flags = ["--page-size", "--lines", "--envelope", "--stamp", "--font"]
    assert [o.flag for o in options_of("pdf")] == flags
    assert f"--page-size {{{','.join(PAGE_SIZES)}}}" in help_text
    assert f"--envelope {{{','.join(ENVELOPES)}}}" in help_text
    assert "PDF options:" in help_text
    assert options_of("txt") == options_of("docx") == options_of("eml") == []
    assert writer("txt").OPTIONS is NoOptions


MARKDOWN_WRITER = """
from dataclasses import dataclass

from thanknote.writers import check_nothing, option, skip_none

SUFFIX = ".md"
COMBINABLE = False


@dataclass(frozen=True)
class MarkdownOptions:
    heading: bool = option(False, help="start with the recipient as a heading")


OPTIONS = MarkdownOptions
skip = skip_none
check = check_nothing


def write(notes, path, options):
    (note,) = notes
    heading = f"# {note.recipient.name}\\n\\n" if options.heading else ""
    path.write_text(heading + note.text, encoding="utf-8")
"""


@pytest.fixture
def markdown_registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A format of our own: one module, registered in FORMATS."""
    (tmp_path / "thanknote_test_markdown.py").write_text(MARKDOWN_WRITER, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(FORMATS, "md", "thanknote_test_markdown")


@pytest.mark.usefixtures("markdown_registered")
def test_a_registered_module_is_a_format_with_its_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"

    status = cli.main(["draft", str(PANEL), "--format", "md", "--heading", "-o", str(out)])

    assert status == 0
    assert capsys.readouterr().out == f"wrote 4 notes for 1 interview to {out}/ (4 md)\n"
    first = out / "2026-11-24_acme-robotics_dr-priya-raman.md"
    assert first.read_text(encoding="utf-8").startswith("# Dr. Priya Raman\n\nDear Dr. Raman,")
    assert len(list(out.glob("*.md"))) == 4


@pytest.mark.usefixtures("markdown_registered")
def test_a_registered_format_is_offered_by_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["draft", "--help"])
    help_text = capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["draft", str(PANEL), "--heading", "-o", str(tmp_path / "out")])
    error = capsys.readouterr().err

    assert "txt, pdf, docx, eml or md" in help_text
    assert "MD options:" in help_text
    assert error.endswith("--heading only applies to MD: add --format md\n")
