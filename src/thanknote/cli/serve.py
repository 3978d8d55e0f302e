"""`thanknote serve`: the web application on this computer, for a folder or one file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from thanknote.cli import BAD_INPUT, OK
from thanknote.errors import ThanknoteError

HELP = "open the notes in your web browser (needs the web extra)"
DESCRIPTION = (
    "Serve a small web application on 127.0.0.1: the interview as a form, the drafts with "
    "the checker's findings drawn on them, printing and the plan. Only files inside the "
    "folder can be read or written."
)
DEFAULT_PORT = 8765
INSTALL = 'thanknote serve needs the web extra: pip install "thanknote[web]"'


def arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `thanknote serve`."""
    parser.add_argument(
        "path", nargs="?", default=".", metavar="FILE_OR_FOLDER",
        help="an interview file to open, or a folder of them (default: this folder)",
    )  # fmt: skip
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, metavar="N",
        help=f"the port on 127.0.0.1 to listen on (default: {DEFAULT_PORT}; 0: any free port)",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted (Ctrl-C)."""
    try:
        import flask  # noqa: F401  (only to say how to install it when it is missing)
    except ImportError:
        print(f"thanknote: {INSTALL}", file=sys.stderr)
        return BAD_INPUT
    from thanknote.web import serve

    path = Path(args.path)
    if not path.exists():
        raise ThanknoteError(f"{path}: no such file or folder")
    if not 0 <= args.port <= 65535:
        args.usage_error(f"--port {args.port} is not a port (0 to 65535)")
    root, start = (path.parent, path.name) if path.is_file() else (path, None)

    def announce(address: str) -> None:
        print(f"thanknote: serving {root.resolve()} at {address} (Ctrl-C to stop)", flush=True)

    try:
        serve(root, start=start, port=args.port, announce=announce)
    except KeyboardInterrupt:
        print("thanknote: stopped", file=sys.stderr)
    return OK
