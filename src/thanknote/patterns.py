"""Regular expressions compiled when a run first uses them.

A module's patterns used to be compiled as it was imported, and compiling them
was most of what importing thanknote's drafting modules cost: a draft in plain
English never uses the patterns for questions, tallies, Chinese syllables or
e-mail domains, yet paid for all of them. A `Lazy` pattern is compiled on its
first match and from then on *is* the compiled pattern's methods, so later
matches cost what `re` costs.

What `re` compiles a pattern to is kept between runs (see `pattern_store`), and
the functions below are `re`'s own (`search`, `sub`, ...) with the same
arguments, for a pattern written where it is used: modules call them as
`rx.sub(r"...", ...)` (`from thanknote import patterns as rx`), and the pattern
is compiled once a process, from the kept list when there is one.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Final

from thanknote.pattern_store import compile_kept

_METHODS: Final = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")

Replacement = str | Callable[[re.Match[str]], str]


class Lazy:
    """`re.compile(pattern, flags)`, compiled the first time one of its methods is called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern: Final = pattern
        self.flags: Final = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; later calls of its methods go straight to it."""
        pattern = compile_kept(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(pattern, name))
        return pattern

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def sub(self, repl: Replacement, string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: Replacement, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r}, {self.flags!r})"


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}

Pattern = str | re.Pattern[str]


def _compiled(pattern: Pattern, flags: int) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        return pattern
    key = (pattern, flags)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = compile_kept(pattern, flags)
    return compiled


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.search`."""
    return _compiled(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.match`."""
    return _compiled(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.fullmatch`."""
    return _compiled(pattern, flags).fullmatch(string)


def sub(pattern: Pattern, repl: Replacement, string: str, count: int = 0, flags: int = 0) -> str:
    """`re.sub`."""
    return _compiled(pattern, flags).sub(repl, string, count)


def subn(
    pattern: Pattern, repl: Replacement, string: str, count: int = 0, flags: int = 0
) -> tuple[str, int]:
    """`re.subn`."""
    return _compiled(pattern, flags).subn(repl, string, count)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    """`re.split`."""
    return _compiled(pattern, flags).split(string, maxsplit)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    """`re.findall`."""
    return _compiled(pattern, flags).findall(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`."""
    return _compiled(pattern, flags).finditer(string)
