"""Errors thanknote raises when work cannot go on.

Every message names what is wrong, the value and where, and the fix when it
is known. The CLI prints them on one line and exits with status 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar


class ThanknoteError(Exception):
    """Base class of every error thanknote raises on bad input."""


def printable(text: str) -> str:
    """`text` with what a terminal cannot print escaped: "\\ud800" for a lone surrogate.

    File names read from the system and values from a file can hold them; an
    error message must print whatever it names.
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class InterviewFileError(ThanknoteError):
    """An interview file cannot be read or does not follow the schema.

    One error reports every problem found in the file, in file order, up to
    `MAX_PROBLEMS`: `problems` holds one `InterviewFileError` per problem and
    `str(error)` is one line per problem ("acme.toml: interviewers[2].email:
    ..."), so that all of them can be fixed at once. A file that cannot be
    parsed has one problem, its syntax error. `field`, `line`, `column` and
    `message` are the first problem's.
    """

    MAX_PROBLEMS: ClassVar[int] = 20

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
        self.message = message
        self.problems: tuple[InterviewFileError, ...] = (self,)
        self.more = 0  # problems found beyond MAX_PROBLEMS, not listed
        where = printable(str(path))
        if line is not None:
            where += f":{line}" + (f":{column}" if column is not None else "")
        if field:
            where += f": {printable(field)}"
        super().__init__(f"{where}: {printable(message)}")

    @classmethod
    def of(cls, problems: Sequence[InterviewFileError], *, more: int = 0) -> InterviewFileError:
        """One error reporting several problems, in the order given.

        Problems past `MAX_PROBLEMS`, and `more` problems not given, are
        counted on a last line rather than listed.

        Raises:
            ValueError: `problems` is empty.
        """
        if not problems:
            raise ValueError("InterviewFileError.of needs a problem or more")
        first = problems[0]
        error = cls(
            first.path, first.message, field=first.field, line=first.line, column=first.column
        )
        error.problems = tuple(problems[: cls.MAX_PROBLEMS])
        error.more = len(problems) - len(error.problems) + more
        return error

    def __str__(self) -> str:
        if len(self.problems) == 1 and not self.more:
            return str(self.args[0])
        lines = [str(problem.args[0]) for problem in self.problems]
        if self.more:
            one_file = all(problem.path == self.path for problem in self.problems)
            where = f"{printable(str(self.path))}: " if one_file else ""
            lines.append(
                f"{where}{self.more} more problem{'s' if self.more > 1 else ''} not listed; "
                "fix these first"
            )
        return "\n".join(lines)


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


class InvalidFieldError(ThanknoteError, ValueError):
    """A value given to one of thanknote's data classes cannot be used.

    Raised when an `Interview`, `Interviewer`, `Candidate`, `Accomplishment`
    or `NextSteps` is made in Python with a value it cannot hold: an empty
    name, an unknown `preferred_contact`. The message names the class and
    field and says what is allowed: "Interviewer.preferred_contact: must be
    one of email, phone, mail, none (or None), not 'fax'".
    """

    def __init__(self, owner: str, field: str, message: str) -> None:
        self.owner, self.field = owner, field
        super().__init__(f"{owner}.{field}: {printable(message)}")


class FieldTypeError(InvalidFieldError, TypeError):
    """A value given to one of thanknote's data classes is of the wrong type."""
