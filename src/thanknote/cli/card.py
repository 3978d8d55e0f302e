"""`thanknote card`: business cards as [[interviewers]] tables, printed or added to a file."""

from __future__ import annotations

import argparse

from thanknote.cli import OK

HELP = "add interviewers from business cards (vCard)"
DESCRIPTION = "Read business cards (.vcf, vCard 2.1, 3.0 or 4.0) as [[interviewers]] tables."


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote card`."""
    parser.add_argument(
        "cards", nargs="+", metavar="CARD.vcf", help="vCard files, one card or more each"
    )
    parser.add_argument(
        "--into", metavar="FILE.toml",
        help="add them to this interview file, keeping its comments (default: print them)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Print the cards' tables, or add the people not yet there to `--into`."""
    from thanknote.editing import add_to_interview_file, interviewer_toml
    from thanknote.vcard import read_cards

    people = [card.interviewer for name in args.cards for card in read_cards(name)]
    if args.into is None:
        print("\n".join(interviewer_toml(person) for person in people), end="")
        return OK
    result = add_to_interview_file(args.into, people)
    for name in result.skipped:
        print(f"skipped {name!r}: already in {args.into}")
    for name in result.added:
        print(f"added {name!r} to {args.into}")
    return OK
