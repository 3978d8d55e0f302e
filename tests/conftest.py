"""Shared fixtures: the examples, a data folder and a way to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

import thanknote

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"

RunCli = Callable[..., subprocess.CompletedProcess[str]]

# Property tests: a bounded number of examples from a fixed seed by default (CI), and
# 10,000 each with HYPOTHESIS_PROFILE=long. Tests that name their own number keep it.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("long", max_examples=10_000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def panel_interview() -> thanknote.Interview:
    return thanknote.load_interview(EXAMPLES / "panel.toml")


@pytest.fixture
def one_to_one_interview() -> thanknote.Interview:
    return thanknote.load_interview(EXAMPLES / "one_to_one.toml")


@pytest.fixture
def run_cli() -> RunCli:
    """Run `python -m thanknote ARGS...` in a subprocess and capture its output."""

    def run(
        *args: str | Path, cwd: Path | None = None, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "thanknote", *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd or ROOT,
            input=stdin,
            timeout=120,
            check=False,
        )

    return run
