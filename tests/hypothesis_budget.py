"""How many examples a property test runs: its own number in CI, more in a long run.

CI loads the "ci" profile (a fixed seed, each test's own bounded number). A
long local run, `HYPOTHESIS_PROFILE=long pytest`, raises every property test to
at least `long` examples (10,000 for the cheap ones by the profile itself;
the costly ones, which draft, write files or render templates, name theirs).
"""

from __future__ import annotations

import os

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"


def examples(ci: int, long: int = 10_000) -> int:
    """`ci` examples in CI; at least `long` in a long run."""
    return max(ci, long) if LONG else ci
