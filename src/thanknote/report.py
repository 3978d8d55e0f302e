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

from thanknote.model import Finding, Interview, Note
from thanknote.notefiles import NoteFile, read_note_file, read_text_file

__all__ = [
    "Checked",
    "check_drafted",
    "check_notes",
    "counted",
    "drafted_label",
    "findings_json",
    "format_findings",
    "read_note_file",
    "read_word_list",
    "report_lines",
    "summary",
]


class Checked(NamedTuple):
    """One note and what the checker found in it."""

    label: str  # the note's file, or who a drafted note is for
    text: str
    findings: Sequence[Finding]
    extracted_from: str | None = None  # "eml" or "docx": `text` was read out of the file


def drafted_label(note: Note) -> str:
    """How a report names a drafted note, which has no file: "Acme Robotics / Dr. Priya Raman"."""
    return f"{note.interview.company} / {note.recipient.name}"


def check_notes(
    notes: Sequence[NoteFile],
    interview: Interview,
    *,
    words: Iterable[str] = (),
    recipient: str | None = None,
    kind: str | None = None,
) -> list[Checked]:
    """Check notes read from files: one on its own, several together as one panel's.

    Each note is for the interviewer its file addresses (an e-mail's To, a
    text file's header), else for the person it greets; it is of the kind its
    file says (an e-mail, a letter) unless `kind` says otherwise.

    Args:
        notes: the notes, as `read_note_file` reads them.
        interview: the interview they are about.
        words: extra words to accept.
        recipient: whom a single note is for, as people say the name ("Priya",
            "siobhan"; see `thanknote.recipients.find_recipient`); default: as
            above.
        kind: what the notes are ("card", "email", "letter", "linkedin").

    Raises:
        UnknownRecipientError: `recipient` fits nobody on the panel.
        AmbiguousRecipientError: `recipient` fits more than one person.
    """
    from thanknote.checks import check, check_panel
    from thanknote.recipients import find_recipient

    kinds = [kind or note.kind for note in notes]
    if len(notes) == 1:
        (note,) = notes
        whom = (
            note.recipient(interview) if recipient is None else find_recipient(interview, recipient)
        )
        results = [check(note.text, interview, recipient=whom, words=words, template=kinds[0])]
    else:
        items: list[Note | str] = []
        for note, note_kind in zip(notes, kinds, strict=True):
            person = note.recipient(interview)
            items.append(
                Note(
                    recipient=person,
                    text=note.text,
                    template=note_kind or "card",
                    interview=interview,
                )
                if person is not None
                else note.text
            )
        results = check_panel(
            items, interview, words=words, labels=[n.label for n in notes], templates=kinds
        )
    return [
        Checked(note.label, note.text, found, note.extracted_from)
        for note, found in zip(notes, results, strict=True)
    ]


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


def read_word_list(path: str | Path) -> list[str]:
    """Words to accept, one a line; blank lines and lines starting with # are ignored."""
    text = read_text_file(Path(path), "word list")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


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
    """The JSON report for one note or several.

    For a note read out of an e-mail or a Word file, `checked_text` is the text
    that `start` and `end` count in, and `extracted_from` says from what.
    """
    if len(results) == 1:
        return _note_json(results[0])
    return {"notes": [{"path": c.label, **_note_json(c)} for c in results]}


def _note_json(checked: Checked) -> dict[str, Any]:
    out: dict[str, Any] = {"findings": [finding_dict(checked.text, f) for f in checked.findings]}
    if checked.extracted_from:
        out["extracted_from"] = checked.extracted_from
        out["checked_text"] = checked.text
    return out


_EXTRACTED = {
    "eml": "the e-mail's Subject line, a blank line, then its text",
    "docx": "the document's paragraphs, a blank line between them",
}


def report_lines(results: Sequence[Checked]) -> list[str]:
    """The human report: a line per finding, note after note, then the summary.

    A note read out of an e-mail or a Word file is followed by a line saying
    what its lines and columns count in.
    """
    lines: list[str] = []
    for c in results:
        found = format_findings(c.label, c.text, c.findings)
        lines += found
        if c.extracted_from and any(f.end > f.start for f in c.findings):
            lines.append(
                f"{c.label}: note: lines and columns count in the text read from the file "
                f"({_EXTRACTED[c.extracted_from]}), not in the file itself"
            )
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
