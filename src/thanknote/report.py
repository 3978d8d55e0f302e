"""Checking notes and reporting the findings, for people or for tools.

The human report has one line per finding: `file:line:col: severity code:
message (suggestion: ...)`; whole-note findings name the file only. The JSON
report is `{"findings": [...]}` for one note and `{"notes": [{"path",
"findings"}]}` for several.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from thanknote.errors import NoteFileError
from thanknote.files import decode_utf8, read_input
from thanknote.model import Finding, Interview, Note

__all__ = [
    "Checked",
    "check_drafted",
    "check_notes",
    "counted",
    "drafted_label",
    "findings_json",
    "format_findings",
    "read_note",
    "read_word_list",
    "report_lines",
    "summary",
]


class Checked(NamedTuple):
    """One note and what the checker found in it."""

    label: str  # the note's file, or who a drafted note is for
    text: str
    findings: Sequence[Finding]


def drafted_label(note: Note) -> str:
    """How a report names a drafted note, which has no file: "Acme Robotics / Dr. Priya Raman"."""
    return f"{note.interview.company} / {note.recipient.name}"


def check_notes(
    texts: Sequence[str],
    interview: Interview,
    *,
    labels: Sequence[str],
    words: Iterable[str] = (),
    recipient: str | None = None,
    kind: str | None = None,
) -> list[Checked]:
    """Check notes typed by hand: one on its own, several together as one panel's.

    Args:
        texts: the notes' text.
        interview: the interview they are about.
        labels: each note's name in the report (its file).
        words: extra words to accept.
        recipient: whom a single note is for, as people say the name ("Priya",
            "siobhan"; see `thanknote.recipients.find_recipient`); default: the
            person it greets.
        kind: what a single note is ("card", "email", "letter").

    Raises:
        UnknownRecipientError: `recipient` fits nobody on the panel.
        AmbiguousRecipientError: `recipient` fits more than one person.
    """
    from thanknote.checks import check, check_panel
    from thanknote.recipients import find_recipient

    person = None if recipient is None else find_recipient(interview, recipient)
    if len(texts) == 1:
        results = [check(texts[0], interview, recipient=person, words=words, template=kind)]
    else:
        results = check_panel(texts, interview, words=words, labels=labels)
    return [Checked(*checked) for checked in zip(labels, texts, results, strict=True)]


def check_drafted(notes: Sequence[Note]) -> list[Checked]:
    """Check drafted notes as `thanknote check` would: each interview's notes as one panel."""
    from thanknote.checks import check_panel

    panels: dict[int, list[Note]] = {}
    for note in notes:
        panels.setdefault(id(note.interview), []).append(note)
    return [
        Checked(drafted_label(note), note.text, found)
        for panel in panels.values()
        for note, found in zip(panel, check_panel(panel, panel[0].interview), strict=True)
    ]


def read_note(path: str | Path) -> str:
    """Read a note file as UTF-8 text.

    Raises:
        NoteFileError: the file is missing, a folder, binary, not UTF-8 or empty.
    """
    text = _read_text(Path(path), "note")
    if not text.strip():
        raise NoteFileError(path, "the note is empty")
    return text


def read_word_list(path: str | Path) -> list[str]:
    """Words to accept, one a line; blank lines and lines starting with # are ignored."""
    text = _read_text(Path(path), "word list")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _read_text(path: Path, what: str) -> str:
    raw = read_input(
        path,
        lambda message: NoteFileError(path, message),
        what=f"a {what} file",
        missing=f"no such {what} file",
    )
    if b"\x00" in raw:
        raise NoteFileError(path, f"is a binary file, not a text {what}")
    return decode_utf8(raw, lambda message: NoteFileError(path, f"is {message}"))


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def format_findings(label: str, text: str, findings: Iterable[Finding]) -> list[str]:
    """One line per finding, as compilers and linters write them."""
    lines = []
    for finding in findings:
        where = label
        if finding.end > finding.start:
            line, column = line_column(text, finding.start)
            where = f"{label}:{line}:{column}"
        hint = f" (suggestion: {finding.suggestion})" if finding.suggestion else ""
        lines.append(f"{where}: {finding.severity} {finding.code}: {finding.message}{hint}")
    return lines


def finding_dict(text: str, finding: Finding) -> dict[str, Any]:
    """A finding as a JSON object, with the flagged text."""
    return {
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
        "text": text[finding.start : finding.end],
        "suggestion": finding.suggestion,
    }


def findings_json(results: Sequence[Checked]) -> dict[str, Any]:
    """The JSON report for one note or several."""
    if len(results) == 1:
        only = results[0]
        return {"findings": [finding_dict(only.text, f) for f in only.findings]}
    return {
        "notes": [
            {"path": c.label, "findings": [finding_dict(c.text, f) for f in c.findings]}
            for c in results
        ]
    }


def report_lines(results: Sequence[Checked]) -> list[str]:
    """The human report: a line per finding, note after note, then the summary."""
    lines = [line for c in results for line in format_findings(c.label, c.text, c.findings)]
    return [*lines, summary([c.findings for c in results])]


def counted(number: int, word: str) -> str:
    """A count for people: "1 note", "3 notes"."""
    return f"{number} {word}{'' if number == 1 else 's'}"


def summary(results: Sequence[Sequence[Finding]]) -> str:
    """E.g. "2 errors, 1 warning in 3 notes"."""
    errors = sum(1 for findings in results for f in findings if f.severity == "error")
    warnings = sum(1 for findings in results for f in findings if f.severity == "warning")
    notes = counted(len(results), "note")
    return f"{counted(errors, 'error')}, {counted(warnings, 'warning')} in {notes}"
