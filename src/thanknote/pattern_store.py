"""Compiled regular expressions kept between runs.

Parsing and compiling thanknote's regular expressions was the largest part of
what `thanknote draft` spent on its own start-up (some 200 patterns, about 40 ms
on a laptop). What `re` compiles a pattern to is a list of numbers for its
matching engine, the same for a given pattern, flags and Python; so, as Jinja
keeps compiled templates (see `compiled`), those lists are kept on disk and the
engine is handed them directly the next time, with no parsing.

The file lives in a folder of the system's temporary folder that only the user
can read or write, is named after the Python and the engine's version, and is
written whole or not at all, with a checksum: a damaged file is not used (and
the engine checks every list it is handed besides). Any file that cannot be read
or used only means the patterns are compiled again.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import stat
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any, Final

_sre: Any
try:  # CPython's matching engine and compiler; elsewhere patterns are just compiled
    import _sre  # type: ignore[import-not-found,no-redef]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _sre = None

# pattern and flags as written -> what the engine is given besides the pattern: its
# flags, its code (the engine's 32-bit words, as bytes), groups and their names
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# The file keeps at most this many patterns: those the last run used, then those of
# the runs before, most recent first. Many patterns are built from an interview's
# words (its company's name), and a test suite builds thousands; a draft of the example
# panel uses some 230, with its check 270, a letter to a panel of eight 400. Reading the
# file costs about a millisecond for each hundred.
_MOST: Final = 500

# The engine's code words are 32-bit; where the array type "I" is not, nothing is kept.
_WORD: Final = "I" if array("I").itemsize == 4 else ""


class Store:
    """The kept patterns of one file, read when first asked for and written at exit."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder  # None: a folder of the system's temporary folder
        self.entries: dict[tuple[str, int], _Entry] | None = None
        self.used: dict[tuple[str, int], None] = {}  # this run's, in order of first use
        self.changed = False
        self._path: Path | None = None
        self._looked = False  # for the file: its folder is made and checked once a run

    def path(self) -> Path | None:
        """The file, in a folder only this user can use; None when there is none."""
        if not self._looked:
            self._path, self._looked = self._find(), True
        return self._path

    def _find(self) -> Path | None:
        if _sre is None or not _WORD:
            return None
        try:
            folder = self.folder or _temporary_folder()
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
            if not stat.S_ISDIR(info.st_mode) or info.st_mode & 0o077:
                return None
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                return None
        except OSError:
            return None
        version = "-".join(map(str, sys.version_info[:3]))
        return folder / f"{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}.marshal"

    def load(self) -> dict[tuple[str, int], _Entry]:
        if self.entries is None:
            self.entries = {}
            path = self.path()
            try:
                if path is not None and path.is_file():
                    checksum, payload = marshal.loads(path.read_bytes())
                    if checksum == zlib.crc32(payload):
                        loaded = marshal.loads(payload)
                        if isinstance(loaded, dict):
                            self.entries = loaded
                            if len(loaded) > _MOST:  # kept by an older thanknote: cut down
                                self.changed = True
                                atexit.register(self.save)
            except (OSError, ValueError, EOFError, TypeError):
                self.entries = {}  # damaged or another program's: compiled again
        return self.entries

    def save(self) -> None:
        path = self.path()
        if not self.changed or path is None or self.entries is None:
            return
        kept: dict[tuple[str, int], _Entry] = {}
        for key in [*self.used, *self.entries]:
            if len(kept) >= _MOST:
                break
            if key in self.entries:
                kept.setdefault(key, self.entries[key])
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            payload = marshal.dumps(kept)
            temporary.write_bytes(marshal.dumps((zlib.crc32(payload), payload)))
            os.replace(temporary, path)
        except (OSError, ValueError):
            temporary.unlink(missing_ok=True)
        self.changed = False


def _temporary_folder() -> Path:
    import tempfile  # Jinja's compiled templates have imported it already

    user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"thanknote-patterns-{user}"


STORE: Final = Store()


def compile_kept(pattern: str, flags: int = 0, *, store: Store = STORE) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the list kept by an earlier run when there is one.

    A pattern `re` cannot compile raises `re.error`, as `re.compile` does."""
    if _sre is None or not _WORD or flags & re.DEBUG:
        return re.compile(pattern, flags)
    entries = store.load()
    key = (pattern, int(flags))  # a RegexFlag is an int that marshal does not write
    store.used[key] = None
    entry = entries.get(key)
    if entry is not None:
        try:
            return _built(pattern, entry)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            del entries[key]  # not this engine's: compiled again below
    try:
        entry = _compiled(pattern, flags)
        compiled = _built(pattern, entry)
    except (AttributeError, TypeError, ValueError, RuntimeError, OverflowError):  # another `re`
        return re.compile(pattern, flags)
    entries[key] = entry
    if not store.changed:
        store.changed = True
        atexit.register(store.save)
    return compiled


def _compiled(pattern: str, flags: int) -> _Entry:
    """What `re` hands its engine for the pattern, as `re._compiler.compile` works it out."""
    parsed: Any = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _built(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    words = array(_WORD, code).tolist()
    built: re.Pattern[str] = _sre.compile(pattern, flags, words, groups, groupindex, indexgroup)
    return built
