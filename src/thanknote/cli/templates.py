"""`thanknote templates`: list the built-in templates."""

from __future__ import annotations

import argparse

from thanknote.cli import OK

HELP = "list the built-in templates"
DESCRIPTION = "List the built-in templates."


def arguments(parser: argparse.ArgumentParser) -> None:
    """`thanknote templates` takes no arguments."""
    del parser


def run(args: argparse.Namespace) -> int:
    """Print each built-in template's name and what it writes."""
    from thanknote.rendering import builtin_templates

    templates = builtin_templates()
    width = max(map(len, templates))
    for name, description in templates.items():
        print(f"{name:<{width}}  {description}")
    return OK
