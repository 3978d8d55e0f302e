"""Rewrite the README's example cards with what the code drafts today.

Run from the repository root after changing the card template or the drafting
engine:  python scripts/readme_panel.py
tests/test_rendering.py fails while the README shows other cards.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import thanknote
from thanknote.writers.text import printed

ROOT = Path(__file__).resolve().parent.parent
MARK = "a test keeps this text what the code writes):\n\n```text\n"
DRAFTED_ON = dt.date(2026, 11, 30)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(MARK, 1)
    _, tail = rest.split("```", 1)
    interview = thanknote.load_interview(ROOT / "examples" / "panel.toml")
    notes = thanknote.draft(interview, "card", today=DRAFTED_ON)
    cards = printed(notes).rstrip() + "\n"
    readme.write_text(head + MARK + cards + "```" + tail, encoding="utf-8")
    print(f"README.md: {len(notes)} cards drafted on {DRAFTED_ON}")


if __name__ == "__main__":
    main()
