"""Batches in-process: file names, all-or-nothing writing, failures half-way."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import thanknote
from hypothesis_budget import examples
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
    assert len(planned) == 4 + 3  # Siobhán asked for post: no .eml
    assert all(len(f.notes) == 1 and f.path.parent == tmp_path for f in planned)


def test_combined_holds_every_note_but_email_stays_per_recipient(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    notes = thanknote.draft(panel_interview)
    planned = plan_files(notes, tmp_path, ["pdf", "docx", "eml"], combined=True).files
    names = [f.path.name for f in planned]
    assert names[:2] == ["2026-11-24_acme-robotics.pdf", "2026-11-24_acme-robotics.docx"]
    assert planned[0].notes == tuple(notes)
    assert len(names) == 2 + 3


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
    monkeypatch.setattr(batch, "note_stem", lambda note, **_: "../escaped")
    with pytest.raises(OutputError, match="would be written outside"):
        plan_files(thanknote.draft(panel_interview), tmp_path / "out", ["txt"])


def test_recipients_without_email_get_no_eml_and_the_plan_says_why(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    people = [dataclasses.replace(p, preferred_contact=None) for p in panel_interview.interviewers]
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
    with pytest.raises(thanknote.ThanknoteError, match=r"王|U\+738B"):
        plan_files(thanknote.draft(interview), tmp_path, ["txt", "pdf"])
    assert list(tmp_path.iterdir()) == []


def test_a_bad_email_address_stops_the_batch_before_any_file(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    people = list(panel_interview.interviewers)
    people[3] = dataclasses.replace(people[3], email="lan at acme")
    notes = thanknote.draft(dataclasses.replace(panel_interview, interviewers=tuple(people)))

    with pytest.raises(thanknote.ThanknoteError, match="e-mail address 'lan at acme' of"):
        plan_files(notes, tmp_path, ["txt", "eml"])

    assert list(tmp_path.iterdir()) == []


# Several candidates, post and e-mail, every problem at once ---------------------------------------


def _candidate(interview: thanknote.Interview, name: str) -> thanknote.Interview:
    return dataclasses.replace(
        interview, candidate=dataclasses.replace(interview.candidate, name=name)
    )


def test_a_batch_of_two_candidates_names_them_in_every_file(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    alex = thanknote.draft(panel_interview)[:2]
    sam = thanknote.draft(_candidate(panel_interview, "Sam Reed-Ortiz"))[:2]

    planned = plan_files(alex + sam, tmp_path, ["txt", "docx"]).files

    assert [f.path.name for f in planned if f.format == "txt"] == [
        "2026-11-24_acme-robotics_alex-morgan_dr-priya-raman.txt",
        "2026-11-24_acme-robotics_alex-morgan_jose-nunez-garcia.txt",
        "2026-11-24_acme-robotics_sam-reed-ortiz_dr-priya-raman.txt",
        "2026-11-24_acme-robotics_sam-reed-ortiz_jose-nunez-garcia.txt",
    ]
    write_files(plan_files(alex + sam, tmp_path, ["txt", "docx"]))
    assert len(list(tmp_path.iterdir())) == 8
    # One candidate's batch keeps the names it always had.
    (one, *_) = plan_files(sam, tmp_path / "sam", ["txt"]).files
    assert one.path.name == "2026-11-24_acme-robotics_dr-priya-raman.txt"


def test_no_email_draft_for_someone_who_asked_for_post(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    notes = thanknote.draft(panel_interview)  # Siobhán: preferred_contact = "mail"

    plan = plan_files(notes, tmp_path, ["pdf", "eml"], sources=["panel.toml"] * 4)

    emailed = [f.notes[0].recipient.name for f in plan.files if f.format == "eml"]
    assert "Siobhán Ó Súilleabháin" not in emailed
    assert len(emailed) == 3
    assert plan.summary() == (
        f"wrote 4 notes for 1 interview to {tmp_path}/ (4 pdf, 3 eml; no .eml for "
        "'Siobhán Ó Súilleabháin', who asked for post: see the pdf)"
    )
    only_email = plan_files(notes, tmp_path, ["eml"])
    assert only_email.summary().endswith(
        "(3 eml; no .eml for 'Siobhán Ó Súilleabháin', who asked for post: draft their "
        "letters with --format pdf or docx)"
    )


def test_when_everyone_asked_for_post_email_is_refused(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    people = tuple(
        dataclasses.replace(p, preferred_contact="mail") for p in panel_interview.interviewers
    )
    notes = thanknote.draft(dataclasses.replace(panel_interview, interviewers=people))

    with pytest.raises(NothingToWriteError) as caught:
        plan_files(notes, tmp_path, ["eml"])

    assert str(caught.value) == (
        "every recipient asked for post, not e-mail; choose --format pdf or docx for letters "
        "to post"
    )


def _without_addresses(interview: thanknote.Interview, *numbers: int) -> thanknote.Interview:
    people = [
        dataclasses.replace(p, address=None) if i in numbers else p
        for i, p in enumerate(interview.interviewers, 1)
    ]
    return dataclasses.replace(interview, interviewers=tuple(people))


def test_every_envelope_without_an_address_is_named_at_once(
    panel_interview: thanknote.Interview,
    one_to_one_interview: thanknote.Interview,
    tmp_path: Path,
) -> None:
    from thanknote.writers.pdf import PdfOptions

    panel = thanknote.draft(_without_addresses(panel_interview, 2, 4))
    other = thanknote.draft(_without_addresses(one_to_one_interview, 1))
    options = {"pdf": PdfOptions(envelope="10")}
    sources = ["panel.toml"] * 4 + ["one_to_one.toml"]

    with pytest.raises(batch.BatchCheckError) as caught:
        plan_files(panel + other, tmp_path, ["txt", "pdf"], options=options, sources=sources)

    assert str(caught.value) == (
        "no mailing address for 'José Núñez-García' (panel.toml interviewers[2].address), "
        "'Nguyen Thi Lan' (panel.toml interviewers[4].address) and 'Robert (Bob) Smith, PhD' "
        '(one_to_one.toml interviewers[1].address); add address = "..." to their '
        "[[interviewers]] tables, drop --envelope, or pass --skip-missing to write the rest"
    )
    assert list(tmp_path.iterdir()) == []

    plan = plan_files(
        panel + other,
        tmp_path,
        ["txt", "pdf"],
        options=options,
        sources=sources,
        skip_missing=True,
    )
    assert [len([f for f in plan.files if f.format == fmt]) for fmt in ("txt", "pdf")] == [5, 2]
    assert [str(s) for s in plan.skipped] == [
        "no mailing address for 'José Núñez-García' (panel.toml interviewers[2].address): "
        ".pdf skipped",
        "no mailing address for 'Nguyen Thi Lan' (panel.toml interviewers[4].address): "
        ".pdf skipped",
        "no mailing address for 'Robert (Bob) Smith, PhD' (one_to_one.toml "
        "interviewers[1].address): .pdf skipped",
    ]
    assert plan.summary().endswith("(5 txt, 2 pdf; 3 .pdf skipped: no mailing address)")


def test_skip_missing_takes_the_notes_out_of_a_combined_file(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    from thanknote.writers.pdf import PdfOptions

    notes = thanknote.draft(_without_addresses(panel_interview, 1))
    options = {"pdf": PdfOptions(envelope="a2")}

    plan = plan_files(notes, tmp_path, ["pdf"], combined=True, options=options, skip_missing=True)

    (combined,) = plan.files
    assert combined.notes == tuple(notes[1:])
    assert plan.summary().endswith("(1 combined pdf; 1 .pdf skipped: no mailing address)")


def test_different_problems_are_listed_on_one_line(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    from thanknote.writers.pdf import PdfOptions

    interview = _without_addresses(_with_names(panel_interview, "Ann Lee", "王伟"), 1)
    people = list(interview.interviewers)
    people[0] = dataclasses.replace(people[0], email="ann at acme")
    notes = thanknote.draft(dataclasses.replace(interview, interviewers=tuple(people)))

    with pytest.raises(batch.BatchCheckError) as caught:
        plan_files(notes, tmp_path, ["pdf", "eml"], options={"pdf": PdfOptions(envelope="10")})

    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("3 problems, nothing written: no mailing address for 'Ann Lee' ")
    assert "cannot print U+738B '王'" in message
    assert "e-mail address 'ann at acme' of 'Ann Lee' is not valid" in message
    assert len(caught.value.problems) == 3


def test_an_unexpected_writer_failure_is_one_line_before_anything_is_written(
    panel_interview: thanknote.Interview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fussy(notes: Sequence[Note], options: object) -> None:
        if notes[0].recipient.name.startswith("José"):
            raise ValueError("exceeded 255 char limit for property, got:\n\n'xxx'")

    monkeypatch.setattr(text, "check", fussy)

    with pytest.raises(batch.BatchCheckError) as caught:
        plan_files(thanknote.draft(panel_interview), tmp_path, ["txt"])

    assert str(caught.value) == (
        "cannot write the txt for 'José Núñez-García': ValueError: exceeded 255 char limit "
        "for property, got: 'xxx'"
    )


def test_a_name_word_cannot_hold_as_a_document_property_is_still_written(
    panel_interview: thanknote.Interview, tmp_path: Path
) -> None:
    import docx

    interview = _with_names(panel_interview, "Ann " + "Lee" * 100)
    plan = plan_files(thanknote.draft(interview), tmp_path, ["docx"])

    (path,) = write_files(plan)

    title = docx.Document(str(path)).core_properties.title
    assert title.startswith("Thank you – Ann LeeLee")
    assert len(title) == 255


# Two batches into one folder -------------------------------------------------------------------


def test_a_file_that_appears_while_writing_is_not_replaced(
    panel_interview: thanknote.Interview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned = plan_files(thanknote.draft(panel_interview), tmp_path, ["txt"])
    theirs = planned.files[1].path
    real_write = text.write

    def write_racing_another_batch(notes: Sequence[Note], path: Path, options: object) -> None:
        real_write(notes, path, options)
        if notes[0] is planned.files[1].notes[0]:
            theirs.write_text("another batch's note", encoding="utf-8")

    monkeypatch.setattr(text, "write", write_racing_another_batch)

    with pytest.raises(OutputError, match="already exists; use --force to replace it; 1 of 4"):
        write_files(planned)

    assert theirs.read_text(encoding="utf-8") == "another batch's note"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f.path.name for f in planned.files[:2]
    )


NAMES = ("Ann Lee", "Bo Chan", "Cy Dahl", "Di Eng", "Ed Fox")


@settings(max_examples=examples(40, long=400), deadline=None)
@given(
    first=st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True),
    second=st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True),
)
def test_two_concurrent_batches_into_one_folder_never_lose_a_file(
    first: list[str], second: list[str]
) -> None:
    out = Path(tempfile.mkdtemp(prefix="thanknote-race-"))
    try:
        batches = [_batch(out, "Alex Morgan", first), _batch(out, "Sam Reed", second)]
        results: list[list[Path] | Exception] = [[], []]
        start = threading.Barrier(2)

        def run(index: int) -> None:
            start.wait()
            try:
                results[index] = write_files(batches[index])
            except OutputError as exc:
                results[index] = exc

        threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        wanted = [{f.path: f.notes[0].text for f in b.files} for b in batches]
        left = {p: p.read_text(encoding="utf-8") for p in out.iterdir()}
        assert not [p for p in left if p.name.endswith(".part")]  # no temporary file
        for path, content in left.items():  # every file is one batch's, whole
            assert content in (wanted[0].get(path), wanted[1].get(path))
        for result, files in zip(results, wanted, strict=True):
            if isinstance(result, Exception):
                assert "\n" not in str(result)
                assert "already exists" in str(result)
            else:  # a batch that says it wrote its files wrote them, and they stayed
                assert {p: left.get(p) for p in result} == files
        # Different names never clash: both batches wrote every file.
        if not set(first) & set(second):
            assert all(isinstance(result, list) for result in results)
            assert len(left) == len(first) + len(second)
    finally:
        shutil.rmtree(out)


def _batch(out: Path, candidate: str, names: list[str]) -> batch.BatchPlan:
    people = tuple(thanknote.Interviewer(name=name) for name in names)
    interview = thanknote.Interview(
        company="Acme",
        position="Analyst",
        date=dt.date(2026, 11, 24),
        candidate=thanknote.Candidate(name=candidate),
        interviewers=people,
    )
    notes = [
        Note(recipient=p, text=f"Dear {p.name},\nThanks.\n{candidate}\n", template="card",
             interview=interview)
        for p in people
    ]  # fmt: skip
    return plan_files(notes, out, ["txt"])
