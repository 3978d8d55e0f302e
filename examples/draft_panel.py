"""Draft one thank-you note per panel member with the thanknote API.

Run from the repository root:  python examples/draft_panel.py
"""

from pathlib import Path

import thanknote

here = Path(__file__).parent
interview = thanknote.load_interview(here / "panel.toml")
for note in thanknote.draft(interview, template="card"):
    title = f", {note.recipient.title}" if note.recipient.title else ""
    print(f"== To {note.recipient.name}{title}")
    print(note.text)
