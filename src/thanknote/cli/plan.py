"""`thanknote plan`: when to send each note and when and how to follow up."""

from __future__ import annotations

import argparse
from pathlib import Path

from thanknote.cli import OK, day_argument

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
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", type=day_argument,
        help="make the plan as on this day: what is overdue, what is still to come "
        "(default: today)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Print each interview's plan; write the calendar file first when asked."""
    from thanknote.dates import DateRangeError
    from thanknote.errors import InterviewFileError
    from thanknote.interviews import find_interview_files, load_interview
    from thanknote.planning import format_plans, plan

    plans = []
    for path in find_interview_files(args.files):
        interview = load_interview(path)
        try:
            plans.append(plan(interview, today=args.today))
        except DateRangeError as exc:  # name the file: the error cannot
            raise InterviewFileError(path, str(exc)) from None
    if args.ics is not None:  # written before printing: a failure leaves no half-done output
        from thanknote.ics import plans_events, write_ics

        write_ics(Path(args.ics), plans, force=args.force)
    print(format_plans(plans), end="")
    if args.ics is not None:
        late = sum(1 for e in plans_events(plans) if e.overdue_since is not None)
        moved = (
            f"; {late} {'date has' if late == 1 else 'dates have'} passed: set for today, "
            "marked overdue"
            if late
            else ""
        )
        print(f"\nwrote the dates to {args.ics}: open it to add them to your calendar{moved}")
    return OK
