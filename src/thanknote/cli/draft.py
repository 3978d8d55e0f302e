"""`thanknote draft`: draft the notes, print them or write them in each format asked for."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thanknote.cli import OK, day_argument, status_for
from thanknote.prose import natural_list
from thanknote.writers import FORMATS, PRINTED, Option, options_of, writer

if TYPE_CHECKING:
    from thanknote.model import Interview, Note

HELP = "draft one note per interviewer"
DESCRIPTION = "Draft one thank-you note per interviewer of each interview file."


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote draft`; each format's options come from its writer."""
    combinable = [fmt for fmt in FORMATS if writer(fmt).COMBINABLE]
    single = [fmt for fmt in FORMATS if fmt not in combinable]
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="interview files (.toml/.json) or folders of them"
    )
    parser.add_argument(
        "-t", "--template", default="card",
        help="built-in template (card, email, letter, follow-up, linkedin) or a Jinja file of "
        "your own (default: card)",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="DIR", help="write the notes into DIR instead of printing them"
    )
    parser.add_argument(
        "--format", action="append", type=_format_list, metavar="FORMAT",
        help=f"{natural_list(FORMATS, 'or')}; repeat or separate with commas for several "
        f"(default: {PRINTED})",
    )  # fmt: skip
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument(
        "--combined", action="store_true",
        help=f"one {'/'.join(combinable)} file holding every note "
        f"({'/'.join(single)} stays one file per recipient)",
    )  # fmt: skip
    layout.add_argument(
        "--split", action="store_false", dest="combined",
        help="one file per recipient and format (the default)",
    )  # fmt: skip
    parser.add_argument(
        "--force", action="store_true", help="replace files that already exist in DIR"
    )
    parser.add_argument(
        "--skip-missing", action="store_true",
        help="write what can be written when recipients lack a detail a format needs (an "
        "envelope's address), naming each one skipped, instead of stopping",
    )  # fmt: skip
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", type=day_argument,
        help="write the notes as on this day: the date of a letter, whether a decision date "
        "is still to come, whether the notes are late (default: today)",
    )  # fmt: skip
    parser.add_argument(
        "--check", action="store_true",
        help="check every drafted note as `thanknote check` does (exit 1 on errors)",
    )  # fmt: skip
    for fmt in FORMATS:
        found = options_of(fmt)
        if found:
            group = parser.add_argument_group(f"{fmt.upper()} options")
            for option in found:
                _add_option(group, option)


def _add_option(group: argparse._ArgumentGroup, option: Option) -> None:
    default = "" if option.default in (None, False) else f" (default: {option.default})"
    if option.is_flag:
        group.add_argument(option.flag, action="store_true", help=option.help)
        return
    group.add_argument(
        option.flag,
        type=option.type,
        choices=option.choices or None,
        metavar=option.metavar,
        help=f"{option.help}{default}",
    )


def run(args: argparse.Namespace) -> int:
    """Draft every interview's notes; print them, or write them into `--output`."""
    from thanknote.interviews import find_interview_files, load_interview
    from thanknote.rendering import draft

    formats = list(dict.fromkeys(f for group in args.format or [[PRINTED]] for f in group))
    options = _options(args, formats)
    # Everything is read and rendered before anything is written.
    paths = find_interview_files(args.files)
    interviews = [load_interview(path) for path in paths]
    _warn_before_drafting(paths, interviews, args.today)
    notes, sources = [], []
    for path, interview in zip(paths, interviews, strict=True):
        drafted = draft(interview, args.template, today=args.today)
        notes += drafted
        sources += [path] * len(drafted)
    if args.output is None:
        from thanknote.writers.text import printed

        print(printed(notes), end="")
        status = OK
    else:
        status = _write(args, formats, options, notes, sources)
    if args.check:
        from thanknote.report import check_drafted, report_lines

        checked = check_drafted(notes)
        print()
        print("\n".join(report_lines(checked)))
        status = max(status, status_for(c.findings for c in checked))
    return status


def _warn_before_drafting(
    paths: list[Path], interviews: list[Interview], today: dt.date | None
) -> None:
    """Say what the drafts leave out of each file, and why; and which are late."""
    from thanknote.rendering import days_late, left_out

    for path, interview in zip(paths, interviews, strict=True):
        late = days_late(interview, today)
        if late is not None:
            print(
                f"thanknote: warning: {path}: date: the interview was {late} days ago; "
                "the notes thank for it as for a recent one, so read them before sending",
                file=sys.stderr,
            )
        for item in left_out(interview):
            print(
                f"thanknote: warning: {path}: {item.field}: {item.text!r} {item.reason}",
                file=sys.stderr,
            )


def _options(args: argparse.Namespace, formats: list[str]) -> dict[str, Any]:
    """Each chosen format's options; refuse what cannot work, before reading any file."""
    usage_error: Callable[[str], None] = args.usage_error
    if args.output is None:
        if args.skip_missing:
            usage_error("--skip-missing needs -o DIR")
        unprintable = [f for f in formats if f != PRINTED]
        if unprintable:
            usage_error(f"--format {unprintable[0]} needs -o DIR (only {PRINTED} can be printed)")
        if args.combined:
            usage_error("--combined needs -o DIR")
    chosen = {}
    for fmt in FORMATS:
        given = {o.name: getattr(args, o.name) for o in options_of(fmt)}
        given = {name: value for name, value in given.items() if value not in (None, False)}
        if fmt in formats:
            chosen[fmt] = writer(fmt).OPTIONS(**given)
        elif given:
            flag = next(o.flag for o in options_of(fmt) if o.name in given)
            usage_error(f"{flag} only applies to {fmt.upper()}: add --format {fmt}")
    return chosen


def _write(
    args: argparse.Namespace,
    formats: list[str],
    options: dict[str, Any],
    notes: list[Note],
    sources: list[Path],
) -> int:
    from thanknote.batch import plan_files, write_files

    planned = plan_files(
        notes,
        Path(args.output),
        formats,
        combined=args.combined,
        options=options,
        sources=sources,
        skip_missing=args.skip_missing,
    )
    progress = _Progress()
    try:
        write_files(planned, force=args.force, progress=progress)
    finally:
        progress.done()
    for skipped in planned.skipped:
        if not skipped.why.asked:  # the summary names those who asked for post
            print(f"thanknote: warning: {skipped}", file=sys.stderr)
    print(planned.summary())
    return OK


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
        """Clear the progress line, if one was shown."""
        if self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _format_list(value: str) -> list[str]:
    """`--format pdf,docx`: split on commas and check every format."""
    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {(unknown or [value])[0]!r}; choose from: {', '.join(FORMATS)}"
        )
    return names
