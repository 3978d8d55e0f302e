"""The `thanknote` command: a thin layer over the library.

This is the only module that prints or exits. Bad input prints one line,
"thanknote: <what and where>", and exits with status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from thanknote.errors import ThanknoteError

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


def _draft(args: argparse.Namespace) -> int:
    from thanknote.batch import plan_files, write_files
    from thanknote.interviews import find_interview_files, load_interview
    from thanknote.rendering import draft

    interviews = [load_interview(path) for path in find_interview_files(args.files)]
    notes = [note for interview in interviews for note in draft(interview, args.template)]
    if args.output is None:
        for i, note in enumerate(notes):
            title = f", {note.recipient.title}" if note.recipient.title else ""
            print(
                f"{'' if i == 0 else chr(10)}== {note.recipient.name}{title} "
                f"({note.interview.company}, {note.interview.date})"
            )
            if note.subject:
                print(f"Subject: {note.subject}\n")
            print(note.text, end="")
        return 0
    written = write_files(plan_files(notes, Path(args.output)), force=args.force)
    plural = "s" if len(interviews) != 1 else ""
    print(f"wrote {len(written)} notes for {len(interviews)} interview{plural} to {args.output}/")
    return 0


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
    starter = files("thanknote").joinpath("starter.toml").read_text(encoding="utf-8")
    write_atomic(path, starter, force=args.force)
    print(f"wrote {path}: fill it in, then run: thanknote draft {path}")
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
        "-o", "--output", metavar="DIR", help="write one file per note into DIR instead of printing"
    )
    draft.add_argument(
        "--force", action="store_true", help="replace files that already exist in DIR"
    )
    draft.set_defaults(command=_draft)

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
    init.set_defaults(command=_init)
    return parser
