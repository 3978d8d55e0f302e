"""The `thanknote` command: a thin layer over the library.

This package is the only place that prints or exits. Each command is a
module that builds its own arguments beside the function that runs it
(`HELP`, `DESCRIPTION`, `arguments(parser)`, `run(args) -> status`); this
module puts them together and turns errors into exit statuses: bad input
prints one line, "thanknote: <what and where>", and exits with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

from thanknote.errors import ThanknoteError

if TYPE_CHECKING:
    from thanknote.model import Finding

__all__ = ["BAD_INPUT", "FINDINGS", "INTERRUPTED", "OK", "day_argument", "main", "status_for"]

OK: Final = 0
FINDINGS: Final = 1
"""A check found an error in a note (or the output pipe closed early)."""
BAD_INPUT: Final = 2
"""A file, template, option or argument cannot be used; nothing was written."""
INTERRUPTED: Final = 130

COMMANDS: Final = ("draft", "check", "templates", "init", "card", "plan", "sent", "serve")
"""The commands, in the order `thanknote --help` lists them: a module each."""

Command = Callable[[argparse.Namespace], int]


def status_for(results: Iterable[Sequence[Finding]]) -> int:
    """The exit status after checking notes: FINDINGS when any finding is an error."""
    errors = any(f.severity == "error" for found in results for f in found)
    return FINDINGS if errors else OK


def day_argument(text: str) -> dt.date:
    """A date typed on the command line, YYYY-MM-DD (an argparse `type`)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date written YYYY-MM-DD: {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in COMMANDS:  # the usual run: only its own command's parser
        parser = _command_parser(argv[0])
        args = parser.parse_args(argv[1:])
    else:  # help, or no command or a mistyped one: every command, to list them
        parser = _parser()
        args = parser.parse_args(argv)
    command: Command | None = getattr(args, "command", None)
    if command is None:
        parser.print_help(sys.stderr)
        return BAD_INPUT
    try:
        return command(args)
    except ThanknoteError as exc:
        for line in str(exc).splitlines() or [""]:  # an interview file's problems, one a line
            print(f"thanknote: {line}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        print("thanknote: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FINDINGS


def _parser() -> argparse.ArgumentParser:
    """The parser of `thanknote`, with every command."""
    parser = argparse.ArgumentParser(
        prog="thanknote",
        description="Draft, check and print thank-you notes after a job interview.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        module = _command(name)
        sub = commands.add_parser(name, help=module.HELP, description=module.DESCRIPTION)
        _set_up(sub, module)
    return parser


def _command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of one command, as `thanknote NAME`, the same as in `_parser`.

    A run builds only its own command's parser: a command's arguments can
    import its library (`draft` reads each writer's options).
    """
    module = _command(name)
    parser = argparse.ArgumentParser(prog=f"thanknote {name}", description=module.DESCRIPTION)
    _set_up(parser, module)
    return parser


def _command(name: str) -> Any:
    import importlib

    return importlib.import_module(f"thanknote.cli.{name}")


def _set_up(parser: argparse.ArgumentParser, module: Any) -> None:
    module.arguments(parser)
    parser.set_defaults(command=module.run, usage_error=parser.error)
