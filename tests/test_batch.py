"""Batches in-process: file names, all-or-nothing writing, failures half-way."""

from __future__ import annotations

import dataclasses
import errno
from collections.abc import Sequence
from pathlib import Path

import pytest

import thanknote
from thanknote import batch
from thanknote.batch import NothingToWriteError, plan_files, write_files
from thanknote.files import OutputError
from thanknote.model import Note
from thanknote.writers import text


def _with_names(interview: thanknote.Interview, *names: str) -> thanknote.Interview:
    people = tuple(
        dataclasses.replace(interview.interviewers[i % len(interview.interviewers)], name=name)
        for i, name in enumerate(names)
    )
    return dataclasses.replace(interview, interviewers=people)


def test_one_file_per_note_and_format(panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    notes = thanknote.draft(panel_interview)
    planned = plan_files(notes, tmp_path, ["docx", "eml"]).files
    assert [f.path.name for f in planned if f.format == "docx"] == [
        "2026-11-24_acme-robotics_dr-priya-raman.docx",
        "2026-11-24_acme-robotics_jose-nunez-garcia.docx",
        "2026-11-24_acme-robotics_siobhan-o-suilleabhain.docx",
        "2026-11-24_acme-robotics_nguyen-thi-lan.docx",
    ]
    assert len(planned) == 8
    assert all(len(f.notes) == 1 and f.path.parent == tmp_path for f in planned)


def test_combined_holds_every_note_but_email_stays_per_recipient(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    notes = thanknote.draft(panel_interview)
    planned = plan_files(notes, tmp_path, ["pdf", "docx", "eml"], combined=True).files
    names = [f.path.name for f in planned]
    assert names[:2] == ["2026-11-24_acme-robotics.pdf", "2026-11-24_acme-robotics.docx"]
    assert planned[0].notes == tuple(notes)
    assert len(names) == 2 + 4


def test_combined_across_interviews(
    panel_interview: thanknote.Interview, one_to_one_interview: thanknote.Interview, tmp_path: Path
) -> None:
    notes = thanknote.draft(panel_interview) + thanknote.draft(one_to_one_interview)
    (planned,) = plan_files(notes, tmp_path, ["docx"], combined=True).files
    assert planned.path.name == "thank-you-notes.docx"
    assert len(planned.notes) == 5


def test_hostile_and_repeated_names_stay_inside(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    interview = _with_names(panel_interview, "../../etc/passwd", "Ann Lee", "Ann Lee", "ANN LEE")
    planned = plan_files(thanknote.draft(interview), tmp_path, ["txt"]).files
    assert [f.path.name for f in planned] == [
        "2026-11-24_acme-robotics_etc-passwd.txt",
        "2026-11-24_acme-robotics_ann-lee.txt",
        "2026-11-24_acme-robotics_ann-lee-2.txt",
        "2026-11-24_acme-robotics_ann-lee-3.txt",
    ]
    written = write_files(planned)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_a_path_outside_the_folder_is_refused(
    panel_interview: thanknote.Interview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "note_stem", lambda note: "../escaped")
    with pytest.raises(OutputError, match="would be written outside"):
        plan_files(thanknote.draft(panel_interview), tmp_path / "out", ["txt"])


def test_recipients_without_email_get_no_eml_and_the_plan_says_why(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    people = list(panel_interview.interviewers)
    people[1] = dataclasses.replace(people[1], email=None)
    notes = thanknote.draft(dataclasses.replace(panel_interview, interviewers=tuple(people)))

    plan = plan_files(notes, tmp_path, ["txt", "eml"], sources=["panel.toml"] * 4)

    assert [len([f for f in plan.files if f.format == fmt]) for fmt in ("txt", "eml")] == [4, 3]
    assert notes[1] not in [f.notes[0] for f in plan.files if f.format == "eml"]
    (skipped,) = plan.skipped
    assert (skipped.note, skipped.format) == (notes[1], "eml")
    assert str(skipped) == (
        "no e-mail address for 'José Núñez-García' (panel.toml interviewers[2].email): .eml skipped"
    )
    assert plan.summary() == (
        f"wrote 4 notes for 1 interview to {tmp_path}/ (4 txt, 3 eml; "
        "1 .eml skipped: no e-mail address)"
    )


def test_a_skipped_note_keeps_its_place_in_the_names(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    twins = _with_names(panel_interview, "Ann Lee", "Ann Lee")
    first, second = twins.interviewers
    twins = dataclasses.replace(
        twins, interviewers=(dataclasses.replace(first, email=None), second)
    )

    (eml,) = plan_files(thanknote.draft(twins), tmp_path, ["eml"]).files

    assert eml.path.name == "2026-11-24_acme-robotics_ann-lee-2.eml"


def test_nobody_to_write_to_is_an_error(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    people = tuple(dataclasses.replace(p, email=None) for p in panel_interview.interviewers)
    notes = thanknote.draft(dataclasses.replace(panel_interview, interviewers=people))

    with pytest.raises(NothingToWriteError) as caught:
        plan_files(notes, tmp_path, ["eml"], sources=["panel.toml"] * 4)

    assert str(caught.value) == (
        'no recipient has an e-mail address; add email = "..." to the [[interviewers]] tables '
        "of panel.toml or choose another --format"
    )
    assert len(caught.value.skipped) == 4


def test_existing_file_is_kept_without_force(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    planned = plan_files(thanknote.draft(panel_interview), tmp_path, ["txt"]).files
    planned[2].path.write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="already exists; nothing written; use --force"):
        write_files(planned)
    assert [p.name for p in tmp_path.iterdir()] == [planned[2].path.name]
    write_files(planned, force=True)
    assert planned[2].path.read_text(encoding="utf-8") != "mine"
    assert len(list(tmp_path.iterdir())) == 4


def test_failure_half_way_leaves_only_complete_files(
    panel_interview: thanknote.Interview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def failing_write(notes: Sequence[Note], path: Path, options: object) -> None:
        calls.append(path)
        path.write_text("half a no", encoding="utf-8")
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        path.write_text("a whole note", encoding="utf-8")

    monkeypatch.setattr(text, "write", failing_write)
    planned = plan_files(thanknote.draft(panel_interview), tmp_path, ["txt"]).files
    with pytest.raises(OutputError) as caught:
        write_files(planned)
    assert str(caught.value) == (
        f"{planned[2].path}: cannot write: No space left on device; "
        "2 of 4 files written before it, all complete"
    )
    left = sorted(tmp_path.iterdir())
    assert left == sorted(f.path for f in planned[:2])  # no *.part, no third file
    assert all(p.read_text(encoding="utf-8") == "a whole note" for p in left)


def test_unwritable_folder(panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    planned = plan_files(thanknote.draft(panel_interview), blocker / "out", ["txt"]).files
    with pytest.raises(OutputError, match=r"cannot create the folder: .*; nothing written"):
        write_files(planned)
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_progress_is_reported(panel_interview: thanknote.Interview, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    planned = plan_files(thanknote.draft(panel_interview), tmp_path, ["txt"]).files
    write_files(planned, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_pdf_glyphs_are_checked_before_anything_is_written(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    interview = _with_names(panel_interview, "Ann Lee", "Zhang Wei", "王伟")
    planned = plan_files(thanknote.draft(interview), tmp_path, ["txt", "pdf"]).files
    with pytest.raises(thanknote.ThanknoteError, match=r"王|U\+738B"):
        write_files(planned)
    assert list(tmp_path.iterdir()) == []


def test_a_bad_email_address_stops_the_batch_before_any_file(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    people = list(panel_interview.interviewers)
    people[3] = dataclasses.replace(people[3], email="lan at acme")
    notes = thanknote.draft(dataclasses.replace(panel_interview, interviewers=tuple(people)))
    planned = plan_files(notes, tmp_path, ["txt", "eml"]).files

    with pytest.raises(thanknote.ThanknoteError, match="e-mail address 'lan at acme' of"):
        write_files(planned)

    assert list(tmp_path.iterdir()) == []
