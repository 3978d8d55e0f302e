"""`too-similar`: panel notes that are mostly the same text.

Interviewers compare notes, and a copy-pasted panel note is noticed. Two
notes to different people are too similar when most of the sentences of the
shorter one also stand in the other, names aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from thanknote.checks.context import Context, PanelContext
from thanknote.checks.people import people_of
from thanknote.checks.registry import Hit, PanelHit, panel_rule
from thanknote.checks.text import fold

SHARED_SHARE = 0.5  # more than half of the sentences shared
_MIN_WORDS = 4  # shorter lines (salutations, closings) do not count


class _Span(NamedTuple):
    """Where a sentence stands in its note as given."""

    start: int
    end: int


@panel_rule("too-similar", "warning")
def copied_notes(panel: PanelContext) -> Iterator[PanelHit]:
    """For each note, a hit per other note (to someone else) it mostly repeats."""
    notes = panel.notes
    names = frozenset(p.folded for p in people_of(panel.interview).parts)
    sentence_sets = [_sentences(note, names) for note in notes]
    for i in range(len(notes)):
        for j in range(i + 1, len(notes)):
            if notes[i].recipient is not None and notes[i].recipient == notes[j].recipient:
                continue  # two drafts for the same person
            a, b = sentence_sets[i], sentence_sets[j]
            if not a or not b:
                continue
            both = a.keys() & b.keys()
            if len(both) / min(len(a), len(b)) <= SHARED_SHARE:
                continue
            for me, other, mine in ((i, j, a), (j, i, b)):
                named = notes[other].recipient
                if panel.labels is not None:
                    label = panel.labels[other]
                    who = f"{label} (to {named.name})" if named else label
                else:
                    who = f"the note to {named.name}" if named else f"note {other + 1}"
                start, end = next(span for key, span in mine.items() if key in both)
                message = (
                    f"{len(both)} of this note's sentences also stand in {who}; make each note "
                    "personal."
                )
                yield PanelHit(me, Hit(start, end, message))


def _sentences(note: Context, names: frozenset[str]) -> dict[str, _Span]:
    """Each long-enough sentence, names removed and folded, with its span."""
    out: dict[str, _Span] = {}
    for sentence in note.text.sentences:
        if not sentence.text.endswith((".", "!", "?")):
            continue  # addresses, salutations, sign-offs: the same in every note
        words = [w for w in re.findall(r"[^\W_]+", fold(sentence.text)) if w not in names]
        if len(words) >= _MIN_WORDS:
            out.setdefault(" ".join(words), _Span(sentence.start, sentence.end))
    return out
