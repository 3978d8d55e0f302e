"""Compiled templates kept between runs.

Compiling a template is most of the time `thanknote draft` spends on its own
work, so the Python code Jinja compiles a template to is kept on disk, as Jinja's
`FileSystemBytecodeCache` keeps it: in a folder of the system's temporary folder
that only the user can read or write (Jinja checks its owner and mode), one file
per template, found again by the template's name and the checksum of its text.

The code a template compiles to depends on the sandbox's code generator and on
the environment's options as well as on the template's text, so the file names
also carry a fingerprint of the modules that define them: a thanknote that
bounds templates differently never runs code compiled by another. A cache that
cannot be used (no safe folder, a full disk, a file that cannot be read) only
means the template is compiled again.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from jinja2.bccache import Bucket, FileSystemBytecodeCache

# The modules whose code decides what a template compiles to.
_COMPILERS = ("sandbox.py", "rendering.py")


@cache  # read once a process, however many template folders it renders from
def _fingerprint() -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    here = Path(__file__).parent
    for name in _COMPILERS:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's file-system cache of compiled templates, namespaced by the code that
    compiles them, and never an error: a file that cannot be written or read is
    a template compiled again."""

    def __init__(self) -> None:
        super().__init__(pattern=f"thanknote-{_fingerprint()}-%s.cache")

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass  # not kept: compiled again next time


def compiled_templates() -> CompiledTemplates | None:
    """The cache of compiled templates, or None when there is no folder only this
    user can write (Jinja refuses one another user could)."""
    try:
        return CompiledTemplates()
    except (OSError, RuntimeError):
        return None
