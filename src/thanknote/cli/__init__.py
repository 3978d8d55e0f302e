"""The `thanknote` command: a thin layer over the library.

This package is the only place that prints or exits. Each command is a
module that builds its own arguments beside the function that runs it
(`HELP`, `DESCRIPTION`, `arguments(parser)`, `run(args) -> status`); this
module puts them together and turns errors into exit statuses: bad input
prints one line, "thanknote: <what and where>", and exits with status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final

from thanknote.errors import ThanknoteError

if TYPE_CHECKING:
    from thanknote.model import Finding

__all__ = ["BAD_INPUT", "FINDINGS", "INTERRUPTED", "OK", "main", "status_for"]

OK: Final = 0
FINDINGS: Final = 1
"""A check found an error in a note (or the output pipe closed early)."""
BAD_INPUT: Final = 2
"""A file, template, option or argument cannot be used; nothing was written."""
INTERRUPTED: Final = 130

COMMANDS: Final = ("draft", "check", "templates", "init", "card", "plan")
"""The commands, in the order `thanknote --help` lists them: a module each."""

Command = Callable[[argparse.Namespace], int]


def status_for(results: Iterable[Sequence[Finding]]) -> int:
    """The exit status after checking notes: FINDINGS when any finding is an error."""
    errors = any(f.severity == "error" for found in results for f in found)
    return FINDINGS if errors else OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    command: Command | None = getattr(args, "command", None)
    if command is None:
        parser.print_help(sys.stderr)
        return BAD_INPUT
    try:
        return command(args)
    except ThanknoteError as exc:
        print(f"thanknote: {exc}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        print("thanknote: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FINDINGS


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or only for `command` when it is the one run.

    A command's arguments can import its library (`draft` reads each writer's
    options), so a run builds only its own command; help and a mistyped
    command get them all.
    """
    import importlib

    parser = argparse.ArgumentParser(
        prog="thanknote",
        description="Draft, check and print thank-you notes after a job interview.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS if command is None else (command,):
        module = importlib.import_module(f"thanknote.cli.{name}")
        sub = commands.add_parser(name, help=module.HELP, description=module.DESCRIPTION)
        module.arguments(sub)
        sub.set_defaults(command=module.run, usage_error=sub.error)
    return parser
