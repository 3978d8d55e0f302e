"""The `thanknote` command: a thin layer over the library.

This is the only module that prints or exits. Bad input prints one line,
"thanknote: <what and where>", and exits with status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from thanknote.errors import ThanknoteError

if TYPE_CHECKING:
    from thanknote.model import Finding, Interview, Note

Command = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    command: Command | None = getattr(args, "command", None)
    if command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return command(args)
    except ThanknoteError as exc:
        print(f"thanknote: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("thanknote: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _draft(args: argparse.Namespace) -> int:
    from thanknote.interviews import find_interview_files, load_interview
    from thanknote.rendering import draft

    formats = list(dict.fromkeys(f for group in args.format or [["txt"]] for f in group))
    _check_draft_usage(args, formats)
    # Everything is read and rendered before anything is written.
    sources = [(path, load_interview(path)) for path in find_interview_files(args.files)]
    drafted = [
        (path, index, note)
        for path, interview in sources
        for index, note in enumerate(draft(interview, args.template), start=1)
    ]
    notes = [note for _, _, note in drafted]
    if args.output is None:
        _print_notes(notes)
        status = 0
    else:
        status = _write_outputs(args, formats, drafted, len(sources))
    if args.check:
        status = max(status, _check_drafted([interview for _, interview in sources], notes))
    return status


def _check_drafted(interviews: Sequence[Interview], notes: Sequence[Note]) -> int:
    """`draft --check`: check each interview's notes together, as `check` reports them."""
    from thanknote.checks import check_panel

    labelled: list[tuple[str, str, Sequence[Finding]]] = []
    for interview in interviews:
        mine = [note for note in notes if note.interview is interview]
        for note, found in zip(mine, check_panel(mine, interview), strict=True):
            labelled.append((f"{interview.company} / {note.recipient.name}", note.text, found))
    print()
    _print_report(labelled)
    return 1 if any(f.severity == "error" for _, _, found in labelled for f in found) else 0


def _check_draft_usage(args: argparse.Namespace, formats: list[str]) -> None:
    """Refuse option combinations that cannot work, before reading any file."""
    usage_error: Callable[[str], None] = args.usage_error
    if args.output is None:
        unprintable = [f for f in formats if f != "txt"]
        if unprintable:
            usage_error(f"--format {unprintable[0]} needs -o DIR (only txt can be printed)")
        if args.combined:
            usage_error("--combined needs -o DIR")
    pdf_flags = [
        flag
        for flag, value in (
            ("--page-size", args.page_size),
            ("--lines", args.lines),
            ("--envelope", args.envelope),
            ("--font", args.font),
        )
        if value
    ]
    if pdf_flags and "pdf" not in formats:
        usage_error(f"{pdf_flags[0]} only applies to PDF: add --format pdf")
    if args.font and not Path(args.font).is_file():
        raise ThanknoteError(f"{args.font}: no such font file (--font); give a .ttf file")


def _print_notes(notes: Sequence[Note]) -> None:
    for i, note in enumerate(notes):
        title = f", {note.recipient.title}" if note.recipient.title else ""
        print(
            f"{'' if i == 0 else chr(10)}== {note.recipient.name}{title} "
            f"({note.interview.company}, {note.interview.date})"
        )
        if note.subject:
            print(f"Subject: {note.subject}\n")
        print(note.text, end="")


def _write_outputs(
    args: argparse.Namespace,
    formats: list[str],
    drafted: list[tuple[Path, int, Note]],
    interview_count: int,
) -> int:
    from thanknote.batch import plan_files, write_files
    from thanknote.writers import COMBINABLE

    notes = [note for _, _, note in drafted]
    # A recipient without an e-mail address still gets every other format; the
    # batch goes on and each skipped .eml is named below (see README).
    skipped = [
        f"no e-mail address for {note.recipient.name!r} ({path} interviewers[{index}].email): "
        ".eml skipped"
        for path, index, note in drafted
        if "eml" in formats and not note.recipient.email
    ]
    if formats == ["eml"] and len(skipped) == len(notes):
        raise ThanknoteError(
            f'no recipient has an e-mail address; add email = "..." to the [[interviewers]] '
            f"tables of {drafted[0][0]} or choose another --format"
        )
    pdf_options = {
        key: value
        for key, value in (
            ("page_size", args.page_size),
            ("lines", args.lines),
            ("envelope", args.envelope),
            ("font", args.font),
        )
        if value
    }
    out = Path(args.output)
    planned = plan_files(notes, out, formats, combined=args.combined, options={"pdf": pdf_options})
    progress = _Progress()
    try:
        write_files(planned, force=args.force, progress=progress)
    finally:
        progress.done()
    for line in skipped:
        print(f"thanknote: warning: {line}", file=sys.stderr)
    counts = {fmt: sum(1 for f in planned if f.format == fmt) for fmt in formats}
    parts = [
        f"{n} combined {fmt}" if args.combined and fmt in COMBINABLE else f"{n} {fmt}"
        for fmt, n in counts.items()
    ]
    if skipped:
        parts[-1] += f"; {len(skipped)} .eml skipped: no e-mail address"
    note_count = len({id(n) for f in planned for n in f.notes})
    plural = "s" if interview_count != 1 else ""
    print(
        f"wrote {note_count} note{'s' if note_count != 1 else ''} for {interview_count} "
        f"interview{plural} to {str(out).rstrip('/') or '/'}/ ({', '.join(parts)})"
    )
    return 0


class _Progress:
    """A progress line on stderr, shown once a batch takes more than a second."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.shown = False
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.tty and time.monotonic() - self.start > 1.0:
            print(f"\rwriting {done}/{total} files…", end="", file=sys.stderr, flush=True)
            self.shown = True

    def done(self) -> None:
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _format_list(value: str) -> list[str]:
    """`--format pdf,docx`: split on commas and check every format."""
    from thanknote.writers import FORMATS

    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {(unknown or [value])[0]!r}; choose from: {', '.join(FORMATS)}"
        )
    return names


def _check(args: argparse.Namespace) -> int:
    import json

    from thanknote.checks import check, check_panel
    from thanknote.interviews import load_interview
    from thanknote.report import read_note, read_word_list

    # Every input is read before anything is checked: bad input is exit 2.
    interview = load_interview(args.interview)
    texts = [(path, read_note(path)) for path in args.notes]
    words = [w for path in args.words or [] for w in read_word_list(path)]
    if len(texts) == 1:
        text = texts[0][1]
        found = check(text, interview, recipient=args.recipient, words=words, template=args.kind)
        results = [found]
    else:
        results = check_panel(
            [text for _, text in texts], interview, words=words, labels=[p for p, _ in texts]
        )
    labelled = [(path, text, found) for (path, text), found in zip(texts, results, strict=True)]
    if args.json:
        from thanknote.report import findings_json

        print(json.dumps(findings_json(labelled), ensure_ascii=False, indent=2))
    else:
        _print_report(labelled)
    return 1 if any(f.severity == "error" for found in results for f in found) else 0


def _print_report(labelled: Sequence[tuple[str, str, Sequence[Finding]]]) -> None:
    from thanknote.report import format_findings, summary

    for path, text, found in labelled:
        for line in format_findings(path, text, found):
            print(line)
    print(summary([found for _, _, found in labelled]))


def _templates(args: argparse.Namespace) -> int:
    from thanknote.rendering import builtin_templates

    templates = builtin_templates()
    width = max(map(len, templates))
    for name, description in templates.items():
        print(f"{name:<{width}}  {description}")
    return 0


def _init(args: argparse.Namespace) -> int:
    from importlib.resources import files

    from thanknote.files import write_atomic

    path = Path(args.path)
    if args.cards:
        return _init_from_cards(path, args.cards, force=args.force)
    starter = files("thanknote").joinpath("starter.toml").read_text(encoding="utf-8")
    write_atomic(path, starter, force=args.force)
    print(f"wrote {path}: fill it in, then run: thanknote draft {path}")
    return 0


def _init_from_cards(path: Path, card_files: list[str], *, force: bool) -> int:
    import datetime as dt

    from thanknote.files import write_atomic
    from thanknote.vcard import CardFileError, read_cards, starter_from_cards

    for name in card_files:
        if Path(name).suffix.lower() in (".toml", ".json"):
            raise CardFileError(
                name,
                f"is not a vCard; put the file to write first: thanknote init {name} --cards ...",
            )
    cards = [card for name in card_files for card in read_cards(name)]
    starter = starter_from_cards(cards, dt.date.today())
    write_atomic(path, starter.text, force=force)
    for name in starter.skipped:
        print(f"skipped {name!r}: on more than one card")
    people = len(starter.added)
    fill = "position, your name" + ("" if starter.company else ", company")
    print(
        f"wrote {path} with {people} interviewer{'s' if people != 1 else ''} from the cards: "
        f"fill in the {fill} and check the date, then run: thanknote draft {path}"
    )
    return 0


def _card(args: argparse.Namespace) -> int:
    from thanknote.vcard import add_to_interview_file, interviewer_toml, read_cards

    people = [card.interviewer for name in args.cards for card in read_cards(name)]
    if args.into is None:
        print("\n".join(interviewer_toml(person) for person in people), end="")
        return 0
    result = add_to_interview_file(args.into, people)
    for name in result.skipped:
        print(f"skipped {name!r}: already in {args.into}")
    for name in result.added:
        print(f"added {name!r} to {args.into}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    from thanknote.interviews import find_interview_files, load_interview
    from thanknote.planning import format_plan, plan

    plans = [plan(load_interview(path)) for path in find_interview_files(args.files)]
    if args.ics is not None:  # written before printing: a failure leaves no half-done output
        from thanknote.ics import write_ics

        write_ics(Path(args.ics), plans, force=args.force)
    print("\n".join(format_plan(p) for p in plans), end="")
    if args.ics is not None:
        print(f"\nwrote the dates to {args.ics}: open it to add them to your calendar")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thanknote",
        description="Draft, check and print thank-you notes after a job interview.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    draft = commands.add_parser(
        "draft",
        help="draft one note per interviewer",
        description="Draft one thank-you note per interviewer of each interview file.",
    )
    draft.add_argument(
        "files", nargs="+", metavar="FILE", help="interview files (.toml/.json) or folders of them"
    )
    draft.add_argument(
        "-t", "--template", default="card",
        help="built-in template (card, email, letter) or a Jinja file of your own (default: card)",
    )  # fmt: skip
    draft.add_argument(
        "-o", "--output", metavar="DIR", help="write the notes into DIR instead of printing them"
    )
    draft.add_argument(
        "--format", action="append", type=_format_list, metavar="FORMAT",
        help="txt, pdf, docx or eml; repeat or separate with commas for several (default: txt)",
    )  # fmt: skip
    layout = draft.add_mutually_exclusive_group()
    layout.add_argument(
        "--combined", action="store_true",
        help="one txt/pdf/docx file holding every note (e-mail stays one file per recipient)",
    )  # fmt: skip
    layout.add_argument(
        "--split", action="store_false", dest="combined",
        help="one file per recipient and format (the default)",
    )  # fmt: skip
    draft.add_argument(
        "--force", action="store_true", help="replace files that already exist in DIR"
    )
    draft.add_argument(
        "--check", action="store_true",
        help="check every drafted note as `thanknote check` does (exit 1 on errors)",
    )  # fmt: skip
    pdf = draft.add_argument_group("PDF options")
    pdf.add_argument(
        "--page-size", choices=("card", "4x6", "a6", "a5", "letter", "a4"),
        help="paper or card size (default: card)",
    )  # fmt: skip
    pdf.add_argument("--lines", action="store_true", help="print ruled lines to write along")
    pdf.add_argument("--envelope", choices=("10", "a2"), help="add an envelope page of this size")
    pdf.add_argument("--font", metavar="PATH.ttf", help="a TrueType font for the notes")
    draft.set_defaults(command=_draft, usage_error=draft.error)

    check = commands.add_parser(
        "check",
        help="check notes for misspelt names, missing thanks or interest, and more",
        description="Check thank-you notes against the interview: names as on the cards, the "
        "company, thanks, a statement of interest, placeholders, topics and spelling. Exit "
        "status: 0 no error, 1 errors found, 2 bad input.",
    )
    check.add_argument("notes", nargs="+", metavar="NOTE", help="note files (UTF-8 text)")
    check.add_argument(
        "-i", "--interview", required=True, metavar="FILE", help="the interview file (.toml/.json)"
    )
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument(
        "--words", action="append", metavar="WORDLIST",
        help="a file of extra words to accept, one a line (repeatable)",
    )  # fmt: skip
    check.add_argument(
        "--recipient", metavar="NAME",
        help="the interviewer a single note is for, as on the card (default: the one it greets)",
    )  # fmt: skip
    check.add_argument(
        "--kind", choices=("card", "email", "letter"),
        help="what the note is; too-long applies to hand-written cards (default: card)",
    )  # fmt: skip
    check.set_defaults(command=_check)

    templates = commands.add_parser(
        "templates", help="list the built-in templates", description="List the built-in templates."
    )
    templates.set_defaults(command=_templates)

    init = commands.add_parser(
        "init",
        help="write a commented example interview file",
        description="Write a commented interview file to fill in.",
    )
    init.add_argument(
        "path",
        nargs="?",
        default="interview.toml",
        metavar="PATH",
        help="where to write it (default: interview.toml)",
    )
    init.add_argument("--force", action="store_true", help="replace the file if it exists")
    init.add_argument(
        "--cards", nargs="+", metavar="CARD.vcf",
        help="start from these business cards (vCard files): their people become the interviewers",
    )  # fmt: skip
    init.set_defaults(command=_init)

    card = commands.add_parser(
        "card",
        help="add interviewers from business cards (vCard)",
        description="Read business cards (.vcf, vCard 2.1, 3.0 or 4.0) as [[interviewers]] tables.",
    )
    card.add_argument(
        "cards", nargs="+", metavar="CARD.vcf", help="vCard files, one card or more each"
    )
    card.add_argument(
        "--into", metavar="FILE.toml",
        help="add them to this interview file, keeping its comments (default: print them)",
    )  # fmt: skip
    card.set_defaults(command=_card)

    plan = commands.add_parser(
        "plan",
        help="when to send the notes and when to follow up",
        description="Print when to send each thank-you note and when and how to follow up.",
    )
    plan.add_argument(
        "files", nargs="+", metavar="FILE", help="interview files (.toml/.json) or folders of them"
    )
    plan.add_argument(
        "--ics", metavar="PATH", help="also write the dates as a calendar (.ics) file"
    )
    plan.add_argument("--force", action="store_true", help="replace the .ics file if it exists")
    plan.set_defaults(command=_plan)
    return parser
