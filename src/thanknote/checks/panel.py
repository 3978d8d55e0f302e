"""`too-similar`: panel notes that are mostly the same text.

Interviewers compare notes, and a copy-pasted panel note is noticed. Two
notes to different people are too similar when most of the sentences of the
shorter one also stand in the other, names aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from thanknote.checks.people import people_of
from thanknote.checks.text import NoteText, fold
from thanknote.model import Finding, Interview, Interviewer

SHARED_SHARE = 0.5  # more than half of the sentences shared
_MIN_WORDS = 4  # shorter lines (salutations, closings) do not count


def similarity_findings(
    texts: Sequence[str],
    recipients: Sequence[Interviewer | None],
    interview: Interview,
    labels: Sequence[str] | None = None,
) -> list[list[Finding]]:
    """For each note, a `too-similar` finding per other note it mostly repeats."""
    people = people_of(interview)
    names = {p.folded for p in people.parts}
    sentence_sets = [_sentences(text, names) for text in texts]
    out: list[list[Finding]] = [[] for _ in texts]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if recipients[i] is not None and recipients[i] == recipients[j]:
                continue  # two drafts for the same person
            a, b = sentence_sets[i], sentence_sets[j]
            if not a or not b:
                continue
            shared = len(a.keys() & b.keys())
            if shared / min(len(a), len(b)) <= SHARED_SHARE:
                continue
            for me, other, mine in ((i, j, a), (j, i, b)):
                named = recipients[other]
                if labels is not None:
                    who = f"{labels[other]} (to {named.name})" if named else labels[other]
                else:
                    who = f"the note to {named.name}" if named else f"note {other + 1}"
                start, end = next(
                    span for key, span in mine.items() if key in (a.keys() & b.keys())
                )
                out[me].append(
                    Finding(
                        code="too-similar",
                        severity="warning",
                        message=f"{shared} of this note's sentences also stand in "
                        f"{who}; make each note personal.",
                        start=start,
                        end=end,
                    )
                )
    return out


def _sentences(text: str, names: set[str] | frozenset[str]) -> dict[str, tuple[int, int]]:
    """Each long-enough sentence, names removed and folded, with its span."""
    note = NoteText(text)
    out: dict[str, tuple[int, int]] = {}
    for sentence in note.sentences:
        if not sentence.text.endswith((".", "!", "?")):
            continue  # addresses, salutations, sign-offs: the same in every note
        words = [w for w in re.findall(r"[^\W_]+", fold(sentence.text)) if w not in names]
        if len(words) >= _MIN_WORDS:
            out.setdefault(" ".join(words), (sentence.start, sentence.end))
    return out
