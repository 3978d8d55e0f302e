"""Safe file names and all-or-nothing writes.

A file is written to a temporary name in its folder and renamed into place,
so a reader never sees half a file; an existing file is kept unless asked.
"""

from __future__ import annotations

import errno
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from thanknote import patterns as rx
from thanknote.errors import ThanknoteError
from thanknote.names import fold

__all__ = ["OutputError", "decode_utf8", "read_input", "safe_name", "unique_names", "write_atomic"]

_MAX_STEM = 120
_WINDOWS_RESERVED = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{i}" for i in range(1, 10)),
        *(f"lpt{i}" for i in range(1, 10)),
    }
)


class OutputError(ThanknoteError):
    """An output file cannot be written."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


def read_input(
    path: Path, fail: Callable[[str], ThanknoteError], *, what: str, missing: str = "no such file"
) -> bytes:
    """Read an input file's bytes, turning the usual failures into `fail(message)`.

    Args:
        path: the file.
        fail: builds the error to raise from a message (the caller's error
            class names the file).
        what: the kind of file, for "is a folder, not {what}".
        missing: the message for a file that does not exist.
    """
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise fail(missing) from None
    except IsADirectoryError:
        raise fail(f"is a folder, not {what}") from None
    except OSError as exc:
        raise fail(f"cannot read: {exc.strerror}") from None


def decode_utf8(raw: bytes, fail: Callable[[str], ThanknoteError]) -> str:
    """Decode an input file's bytes as UTF-8 (a byte-order mark is dropped).

    Raises:
        The error `fail` builds from "not UTF-8 text (byte 0xe9 at offset 12)".
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"not UTF-8 text (byte {raw[exc.start]:#04x} at offset {exc.start})") from None


def safe_name(*parts: str) -> str:
    """Join parts into a portable file-name stem: ASCII, no separators, no "..".

    "2026-11-24", "Acme Robotics", "José Núñez-García" gives
    "2026-11-24_acme-robotics_jose-nunez-garcia".
    """
    words = []
    for part in parts:
        ascii_text = fold(part).encode("ascii", "ignore").decode("ascii")
        slug = rx.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
        # A name with no Latin letters ("田中 太郎") still gets a name of its own.
        words.append(slug or f"n{zlib.crc32(part.encode('utf-8')):08x}")
    stem = "_".join(words)[:_MAX_STEM].strip("-_") or "note"
    return f"{stem}-file" if stem in _WINDOWS_RESERVED else stem


def unique_names(stems: list[str], suffix: str) -> list[str]:
    """Add "-2", "-3"... to repeated stems (case-insensitively) so every name is unique."""
    used: set[str] = set()
    out = []
    for stem in stems:
        name, count = stem, 1
        while name.lower() in used:
            count += 1
            name = f"{stem}-{count}"
        used.add(name.lower())
        out.append(f"{name}{suffix}")
    return out


def write_atomic(
    path: Path, write: Callable[[Path], None] | bytes | str, *, force: bool = False
) -> None:
    """Write a file completely or not at all.

    Args:
        path: where the file goes.
        write: the content, or a function that writes the file it is given.
        force: replace an existing file.

    Raises:
        OutputError: the file exists (without `force`) or cannot be written.
    """
    import tempfile  # only writing needs it; keeps `import thanknote` light

    if path.exists() and not force:
        raise OutputError(path, "already exists; use --force to replace it")
    folder = path.parent
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(folder, f"cannot write here: {exc.strerror}") from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        if isinstance(write, str):
            temp.write_text(write, encoding="utf-8", newline="\n")
        elif isinstance(write, bytes):
            temp.write_bytes(write)
        else:
            write(temp)
        os.chmod(temp, 0o644)
        if force:
            os.replace(temp, path)
        else:
            _move_new(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(path, f"cannot write: {exc.strerror}") from None
    except BaseException:  # the writer failed, or Ctrl-C: leave no temporary file behind
        temp.unlink(missing_ok=True)
        raise


# Errors of a file system that has no hard links (FAT, some network shares).
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOSYS})


def _move_new(temp: Path, path: Path) -> None:
    """Move a complete file into place without replacing one that is there.

    A hard link is made or refused in one step, so a file that another
    process wrote since we looked is never replaced (checking, then renaming,
    would leave a moment in which it could be).

    Raises:
        OutputError: `path` exists.
    """
    try:
        os.link(temp, path)
    except FileExistsError:
        raise OutputError(path, "already exists; use --force to replace it") from None
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if path.exists():  # no hard links here: the best that can be done
            raise OutputError(path, "already exists; use --force to replace it") from None
        os.replace(temp, path)
        return
    temp.unlink()
