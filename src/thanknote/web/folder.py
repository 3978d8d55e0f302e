"""The folder `thanknote serve` was started on: the only files it reads or writes.

Every path the browser names is relative to the folder. An absolute path, a
`..` part, a name that is not a plain file name, or a link that leads out of
the folder is refused before any file is opened.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePosixPath
from typing import Final

from thanknote.errors import ThanknoteError
from thanknote.interviews import INTERVIEW_SUFFIXES

__all__ = ["TEMPLATE_SUFFIXES", "Folder", "PathRefusedError", "version_of"]

TEMPLATE_SUFFIXES: Final = (".j2", ".jinja", ".jinja2")
"""Templates of the user's own that the drafts page offers (from the folder only)."""

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


class PathRefusedError(ThanknoteError):
    """A path the browser named is not a file inside the folder."""

    def __init__(self, name: str, reason: str) -> None:
        self.name, self.reason = name, reason
        super().__init__(f"{name!r}: {reason}")


def version_of(content: bytes) -> str:
    """A file's version as a page holds it: a hash of its bytes."""
    return hashlib.sha256(content).hexdigest()[:32]


class Folder:
    """The folder a server works in, and the safe way to name files inside it."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve(strict=True)

    def resolve(self, name: str, *, suffixes: tuple[str, ...] = INTERVIEW_SUFFIXES) -> Path:
        """The file `name` (relative to the folder) as an absolute path.

        Args:
            name: a relative path, "/"-separated, as a page names it.
            suffixes: the suffixes allowed (interview files by default).

        Raises:
            PathRefusedError: `name` is empty, absolute, has a `..` part, a
                backslash or a control character, has another suffix, or
                leads (through a link) outside the folder.
        """
        if not name or "\x00" in name or any(ord(c) < 32 for c in name):
            raise PathRefusedError(name, "not a file name")
        if "\\" in name or name.startswith("/") or _WINDOWS_DRIVE.match(name):
            raise PathRefusedError(name, "only paths relative to the folder are allowed")
        parts = name.split("/")
        if any(part in ("", ".", "..") for part in parts):
            raise PathRefusedError(
                name, "'..' and '.' are not allowed; name a file inside the folder"
            )
        if PurePosixPath(name).suffix.lower() not in suffixes:
            raise PathRefusedError(name, f"not a {' or '.join(suffixes)} file")
        path = self.root.joinpath(*parts)
        real = path.resolve()
        if not real.is_relative_to(self.root):
            raise PathRefusedError(name, "leads outside the folder")
        return real

    def relative(self, path: Path) -> str:
        """How a page names a file of the folder: "panel.toml", "2026/acme.toml"."""
        return path.resolve().relative_to(self.root).as_posix()

    def interview_files(self) -> list[str]:
        """The interview files directly in the folder, by name."""
        return self._files(INTERVIEW_SUFFIXES)

    def templates(self) -> list[str]:
        """The user's own templates directly in the folder, by name."""
        return self._files(TEMPLATE_SUFFIXES)

    def _files(self, suffixes: tuple[str, ...]) -> list[str]:
        found = []
        for path in sorted(self.root.iterdir()):
            if path.suffix.lower() in suffixes and not path.name.startswith(".") and path.is_file():
                try:
                    found.append(self.relative(self.resolve(path.name, suffixes=suffixes)))
                except PathRefusedError:
                    continue  # a link out of the folder is not offered
        return found
