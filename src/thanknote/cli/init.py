"""`thanknote init`: start an interview file, from the starter or from business cards."""

from __future__ import annotations

import argparse
from pathlib import Path

from thanknote.cli import OK

HELP = "write a commented example interview file"
DESCRIPTION = "Write a commented interview file to fill in."


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote init`."""
    parser.add_argument(
        "path",
        nargs="?",
        default="interview.toml",
        metavar="PATH",
        help="where to write it (default: interview.toml)",
    )
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.add_argument(
        "--cards", nargs="+", metavar="CARD.vcf",
        help="start from these business cards (vCard files): their people become the interviewers",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Write the starter file, with the cards' people when cards are given."""
    from thanknote.files import write_atomic
    from thanknote.starter import starter_text

    path = Path(args.path)
    if args.cards:
        return _from_cards(path, args.cards, force=args.force)
    write_atomic(path, starter_text(), force=args.force)
    print(f"wrote {path}: fill it in, then run: thanknote draft {path}")
    return OK


def _from_cards(path: Path, card_files: list[str], *, force: bool) -> int:
    import datetime as dt

    from thanknote.files import write_atomic
    from thanknote.report import counted
    from thanknote.starter import starter_from_cards
    from thanknote.vcard import CardFileError, read_cards

    # `--cards` takes every word after it: a path meant as PATH ends up there.
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
    print(
        f"wrote {path} with {counted(len(starter.added), 'interviewer')} from the cards: "
        f"fill in the {', '.join(starter.to_fill)} and check the date, then run: "
        f"thanknote draft {path}"
    )
    return OK
