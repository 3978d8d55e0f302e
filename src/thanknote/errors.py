"""Errors thanknote raises when work cannot go on.

Every message names what is wrong, the value and where, and the fix when it
is known. The CLI prints them on one line and exits with status 2.
"""

from __future__ import annotations

from pathlib import Path


class ThanknoteError(Exception):
    """Base class of every error thanknote raises on bad input."""


class InterviewFileError(ThanknoteError):
    """An interview file cannot be read or does not follow the schema."""

    def __init__(
        self,
        path: Path | str,
        message: str,
        *,
        field: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path, self.field, self.line, self.column = Path(path), field, line, column
        where = str(path)
        if line is not None:
            where += f":{line}" + (f":{column}" if column is not None else "")
        if field:
            where += f": {field}"
        super().__init__(f"{where}: {message}")


class TemplateError(ThanknoteError):
    """A template cannot be found, parsed or rendered."""

    def __init__(self, template: str, message: str, *, line: int | None = None) -> None:
        self.template, self.line = template, line
        where = f"template {template!r}" + (f", line {line}" if line is not None else "")
        super().__init__(f"{where}: {message}")


class NoteFileError(ThanknoteError):
    """A note file given to the checker cannot be read."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


class UnknownRecipientError(ThanknoteError, KeyError):
    """A recipient named in a call is not on the interview's panel."""

    def __init__(self, name: str, panel: list[str]) -> None:
        self.name, self.panel = name, panel
        choices = ", ".join(repr(p) for p in panel)
        super().__init__(f"{name!r} is not on the interview's panel; choose from: {choices}")

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])
