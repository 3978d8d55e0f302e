"""Writers: one module per output format, each behind the same interface.

A writer takes notes and the path of one file and writes that file whole;
choosing names and writing atomically is the batch's job (`thanknote.batch`).
"""

from __future__ import annotations

from collections.abc import Callable

# write(notes, path, **options): writes `path`, holding every note given.
WriteFunction = Callable[..., None]

FORMATS: dict[str, str] = {"txt": ".txt"}


def writer_for(fmt: str) -> WriteFunction:
    """Return the write function for a format, importing its library only now."""
    if fmt == "txt":
        from thanknote.writers.text import write_text

        return write_text
    raise KeyError(fmt)
