"""`thanknote check`: check notes typed or edited by hand against the interview."""

from __future__ import annotations

import argparse

from thanknote.cli import BAD_INPUT, FINDINGS, OK, status_for

HELP = "check notes for misspelt names, missing thanks or interest, and more"
DESCRIPTION = (
    "Check thank-you notes against the interview: names as on the cards, the company, thanks, "
    "a statement of interest, placeholders, topics and spelling. Exit status: "
    f"{OK} no error, {FINDINGS} errors found, {BAD_INPUT} bad input."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote check`."""
    parser.add_argument(
        "notes", nargs="+", metavar="NOTE",
        help="note files: UTF-8 text (as typed, or as thanknote draft wrote it), "
        "an e-mail (.eml) or a Word document (.docx)",
    )  # fmt: skip
    parser.add_argument(
        "-i", "--interview", required=True, metavar="FILE", help="the interview file (.toml/.json)"
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument(
        "--words", action="append", metavar="WORDLIST",
        help="a file of extra words to accept, one a line (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--recipient", metavar="NAME",
        help="the interviewer a single note is for, as on the card (default: the e-mail's "
        "To, else the one it greets)",
    )  # fmt: skip
    parser.add_argument(
        "--kind", choices=("card", "email", "letter", "linkedin"),
        help="what the note is; too-long applies to hand-written cards and LinkedIn notes "
        "(default: an e-mail for .eml, a letter for .docx, else a card)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Check each note (several together, as a panel); print the findings."""
    import json

    from thanknote.interviews import load_interview
    from thanknote.report import (
        check_notes,
        findings_json,
        read_note_file,
        read_word_list,
        report_lines,
    )

    # Every input is read before anything is checked: bad input is exit 2.
    interview = load_interview(args.interview, allow_placeholders=True)  # drafting refuses them
    notes = [note for path in args.notes for note in read_note_file(path)]
    words = [w for path in args.words or [] for w in read_word_list(path)]
    checked = check_notes(notes, interview, words=words, recipient=args.recipient, kind=args.kind)
    if args.json:
        print(json.dumps(findings_json(checked), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(checked)))
    return status_for(c.findings for c in checked)
