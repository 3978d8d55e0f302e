"""`thanknote plan`: when to send each note and when and how to follow up."""

from __future__ import annotations

import argparse
from pathlib import Path

from thanknote.cli import OK

HELP = "when to send the notes and when to follow up"
DESCRIPTION = "Print when to send each thank-you note and when and how to follow up."


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote plan`."""
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="interview files (.toml/.json) or folders of them"
    )
    parser.add_argument(
        "--ics", metavar="PATH", help="also write the dates as a calendar (.ics) file"
    )
    parser.add_argument("--force", action="store_true", help="replace the .ics file if it exists")


def run(args: argparse.Namespace) -> int:
    """Print each interview's plan; write the calendar file first when asked."""
    from thanknote.interviews import find_interview_files, load_interview
    from thanknote.planning import format_plan, plan

    plans = [plan(load_interview(path)) for path in find_interview_files(args.files)]
    if args.ics is not None:  # written before printing: a failure leaves no half-done output
        from thanknote.ics import write_ics

        write_ics(Path(args.ics), plans, force=args.force)
    print("\n".join(format_plan(p) for p in plans), end="")
    if args.ics is not None:
        print(f"\nwrote the dates to {args.ics}: open it to add them to your calendar")
    return OK
