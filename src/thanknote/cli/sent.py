"""`thanknote sent`: record in the interview file that a thank-you note went out."""

from __future__ import annotations

import argparse

from thanknote.cli import OK, day_argument

HELP = "record that a note went out"
DESCRIPTION = (
    "Record in the interview file that the thank-you note to someone went out "
    "(sent = DATE in their [[interviewers]] table; the file's comments stay as they are). "
    "The plan then shows the note as done."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote sent`."""
    parser.add_argument("file", metavar="FILE", help="the interview file (.toml/.json)")
    parser.add_argument(
        "--recipient", "-r", action="append", required=True, metavar="NAME",
        help="whom the note went to: any part of the name that only they have "
        '("Priya", "raman", "Siobhan"); repeat for several',
    )  # fmt: skip
    parser.add_argument(
        "--on", metavar="YYYY-MM-DD", type=day_argument,
        help="the day it went out (default: today)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Record the date for each recipient and say what changed."""
    import datetime as dt

    from thanknote.editing import record_sent
    from thanknote.planning import format_day

    day = args.on or dt.date.today()
    for done in record_sent(args.file, args.recipient, day):
        where = f"{args.file} {done.field}"
        if done.previous == day:
            print(f"already recorded: the note to {done.name!r} went out {format_day(day)}")
        elif done.previous is not None:
            print(
                f"recorded: the note to {done.name!r} went out {format_day(day)}, "
                f"not {format_day(done.previous)} ({where})"
            )
        else:
            print(f"recorded: the note to {done.name!r} went out {format_day(day)} ({where})")
    return OK
