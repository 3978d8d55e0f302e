"""How long `thanknote draft` takes to start, next to importing what it cannot avoid.

Run from the repository root:  python benchmarks/cli_start.py [RUNS]

Prints the median wall time of `python -m thanknote draft examples/panel.toml`
beside `python -c "import jinja2, tomllib"` (the floor: an interpreter that has
loaded the two libraries drafting needs), and their ratio. The target is a
ratio of 2 or less. For where the time goes:
    python -X importtime -m thanknote draft examples/panel.toml
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 2.0

COMMANDS = {
    "thanknote draft examples/panel.toml": [
        sys.executable, "-m", "thanknote", "draft", "examples/panel.toml",
    ],
    'python -c "import jinja2, tomllib"': [sys.executable, "-c", "import jinja2, tomllib"],
}  # fmt: skip


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """The median wall time of each command over `runs` runs, after an untimed warm-up.

    Runs alternate between the commands so that a busy machine slows them alike.
    """
    times: dict[str, list[float]] = {label: [] for label in commands}
    # As an installed package runs: with Python's bytecode cache, which pip fills
    # at install time (some machines turn it off with PYTHONDONTWRITEBYTECODE).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for command in commands.values():
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
    for _ in range(runs):
        for label, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
            times[label].append(time.perf_counter() - start)
    return {label: statistics.median(values) for label, values in times.items()}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    found = medians(COMMANDS, runs)
    width = max(map(len, found))
    for label, seconds in found.items():
        print(f"{label:<{width}}  {seconds * 1000:7.1f} ms  (median of {runs})")
    draft, floor = found.values()
    ratio = draft / floor
    verdict = "ok" if ratio <= TARGET_RATIO else f"over the {TARGET_RATIO:g}x target"
    print(f"{'ratio':<{width}}  {ratio:7.2f} x   ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
