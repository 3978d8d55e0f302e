"""`too-similar`: panel notes that share their text.

Interviewers compare notes, and a copy-pasted panel note is noticed. Two
notes to different people are too similar when most of the sentences of the
shorter one also stand in the other, names aside, and also when a single
sentence of the body stands in both word for word. The closing line the
candidate wrote for the whole panel is theirs to share.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final, NamedTuple

from thanknote import patterns as rx
from thanknote.checks.context import Context, PanelContext
from thanknote.checks.people import people_of
from thanknote.checks.registry import Hit, PanelHit, panel_rule
from thanknote.checks.text import fold
from thanknote.prose import closing_line, on_the_day, written_out

SHARED_SHARE = 0.5  # more than half of the sentences shared
_MIN_WORDS = 4  # shorter lines (salutations, closings) do not count


class _Span(NamedTuple):
    """Where a sentence stands in its note as given."""

    start: int
    end: int


@panel_rule("too-similar", "warning")
def copied_notes(panel: PanelContext) -> Iterator[PanelHit]:
    """For each note, a hit per other note (to someone else) it mostly repeats, or
    with which it shares a sentence word for word."""
    notes = panel.notes
    names = frozenset(p.folded for p in people_of(panel.interview).parts)
    own = _own_sentences(panel.interview.closing_line or "")
    # the company on a line of its own, as a letter's address prints it: "Soins à domicile
    # Bienveillance inc." ends as a sentence does (set GC: found in every pair of letters)
    own.add(_key(panel.interview.company))
    sentence_sets = [_sentences(note, names) for note in notes]
    exact_sets = [_sentences(note, frozenset()) for note in notes]
    for i in range(len(notes)):
        for j in range(i + 1, len(notes)):
            if notes[i].recipient is not None and notes[i].recipient == notes[j].recipient:
                continue  # two drafts for the same person
            a, b = sentence_sets[i], sentence_sets[j]
            if not a or not b:
                continue
            # the closing line's sentences are every note's by design (set GV: a line of
            # three sentences made two cards "mostly" alike)
            both = {k for k in a.keys() & b.keys() if _dated(k) not in own}
            mostly = len(both) / min(len(a), len(b)) > SHARED_SHARE
            same = sorted(
                {k for k in exact_sets[i].keys() & exact_sets[j].keys() if _dated(k) not in own},
                key=lambda k: exact_sets[i][k].start,
            )
            if not mostly and not same:
                continue
            for me, other, mine in ((i, j, a), (j, i, b)):
                who = _who(panel, other)
                if mostly:
                    start, end = next(span for key, span in mine.items() if key in both)
                    message = (
                        f"{len(both)} of this note's sentences also stand in {who}; make each "
                        "note personal."
                    )
                else:
                    start, end = exact_sets[me][same[0]]
                    text = notes[me].text.original[start:end]
                    more = f" (and {len(same) - 1} more)" if len(same) > 1 else ""
                    message = f"{who} says this sentence word for word{more}: “{text.rstrip()}”"
                yield PanelHit(me, Hit(start, end, message))


def _who(panel: PanelContext, index: int) -> str:
    """How a message names another note of the panel: its file, else its recipient."""
    named = panel.notes[index].recipient
    if panel.labels is not None:
        label = panel.labels[index]
        return f"{label} (to {named.name})" if named else label
    return f"the note to {named.name}" if named else f"note {index + 1}"


def _own_sentences(line: str) -> set[str]:
    """The user's closing line, which every note of the panel says: as written, as
    the notes say it (`closing_line`), and as a letter has it (`written_out`), whole
    and sentence by sentence."""
    said = closing_line(line) or "" if line else ""
    forms = {line, said, written_out(line), written_out(said)}
    # "this morning", which a note written the day after says as the day (set EA: "Ngā mihi
    # nui for the whakatau this morning" read "... on Wednesday" in every note)
    forms |= {on_the_day(form, "today") for form in forms}
    keys = {_key(form) for form in forms}
    # split at semicolons too, and not, as notes are split ("... ready to send; just let
    # me know.", set GT)
    for end in (r"(?<=[.!?;])\s+", r"(?<=[.!?])\s+"):
        keys |= {_key(part) for form in forms for part in rx.split(end, form)}
    return {_dated(k) for k in keys if k}


_WEEKDAY: Final = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A day as a note names the day of the interview, which the user's line calls "today".
_DAY: Final = (
    rf"\bon (?:{_WEEKDAY}|(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december) \d{1,2})\b"
)


def _dated(key: str) -> str:
    """A sentence's key with the day it names said as "today", and the time since it as
    "all week" (a note written days after says the line's "all week" as "since Monday")."""
    key = rx.sub(rf"\bsince (?:we met|{_WEEKDAY})\b|\ball (?:this |the )?week\b", "all week", key)
    return rx.sub(_DAY, "today", key) if " on " in key else key


def _key(sentence: str) -> str:
    return " ".join(rx.findall(r"[^\W_]+", fold(sentence)))


def _sentences(note: Context, names: frozenset[str]) -> dict[str, _Span]:
    """Each long-enough sentence, names removed and folded, with its span."""
    out: dict[str, _Span] = {}
    for sentence in note.text.sentences:
        if not sentence.text.endswith((".", "!", "?")):
            continue  # addresses, salutations, sign-offs: the same in every note
        lines = note.text.original[sentence.start : sentence.end].splitlines() or [""]
        if not all(
            any(w[:1].islower() and len(w) > 3 and w.isalpha() for w in line.split())
            for line in lines
        ):
            # a name or an address line, which prose is not: "Kopi Pay Pte. Ltd.", "Blk 12
            # Lot 7 Sampaguita St.", "Our Lady of Peñafrancia Medical Center, Inc."; and
            # lines of an address run together, one of them a name (set JY: "Archivum
            # Europae Centralis (AEC)" over "Arany János utca 32.", in two letters)
            continue
        words = [w for w in rx.findall(r"[^\W_]+", fold(sentence.text)) if w not in names]
        if not names:
            words = rx.findall(r"[^\W_]+", fold(sentence.text))
        if len(words) >= _MIN_WORDS:
            out.setdefault(" ".join(words), _Span(sentence.start, sentence.end))
    return out
