"""Plain text: what `thanknote draft` prints and what a .txt file holds."""

from __future__ import annotations

from pathlib import Path

import thanknote
from thanknote.writers import NoOptions, text


def test_one_note_is_its_text(panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    (note, *_) = thanknote.draft(panel_interview, "card")
    path = tmp_path / "one.txt"

    text.write([note], path, NoOptions())

    assert path.read_text(encoding="utf-8") == note.text


def test_an_email_note_starts_with_its_subject(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    (note, *_) = thanknote.draft(panel_interview, "email")
    path = tmp_path / "one.txt"

    text.write([note], path, NoOptions())

    assert path.read_text(encoding="utf-8") == f"Subject: {note.subject}\n\n{note.text}"


def test_a_combined_text_file_heads_each_note_with_its_recipient(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    path = tmp_path / "all.txt"

    text.write(thanknote.draft(panel_interview), path, NoOptions())

    written = path.read_text(encoding="utf-8")
    headers = [line for line in written.splitlines() if line.startswith("== ")]
    assert [h.split(",")[0] for h in headers] == [
        "== Dr. Priya Raman",
        "== José Núñez-García",
        "== Siobhán Ó Súilleabháin",
        "== Nguyen Thi Lan",
    ]
    assert written.count("\f") == 3  # a new printed page for each note after the first


def test_printed_notes_are_headed_and_separated_by_a_blank_line(
    panel_interview: thanknote.Interview,
) -> None:
    notes = thanknote.draft(panel_interview, "email")[:2]

    printed = text.printed(notes)

    first, second = notes
    assert printed == (
        "== Dr. Priya Raman, Director of Data Platform (Acme Robotics, 2026-11-24)\n"
        f"Subject: {first.subject}\n\n{first.text}\n"
        f"== José Núñez-García, {second.recipient.title} (Acme Robotics, 2026-11-24)\n"
        f"Subject: {second.subject}\n\n{second.text}"
    )
