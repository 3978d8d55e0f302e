"""How fast the checker is, beside a naive pyspellchecker check. Prints medians.

Run:  python benchmarks/checker_speed.py

Targets: a warm check() of a 200-word note <= 2 ms median and <= 10x a bare
unknown() pass over the same note; `thanknote check` of one note end to end
<= 2x a bare process that only builds SpellChecker(); 1,000 notes checked in
one process <= 3 s.
"""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import thanknote

ROOT = Path(__file__).resolve().parent.parent
INTERVIEW = ROOT / "examples" / "panel.toml"

FILLER = (
    "I especially enjoyed hearing how the platform team moved its nightly batch pipelines to "
    "streaming, and how carefully you handled consumer lag on Kubernetes during peak traffic. "
    "Our conversation about data quality monitoring reminded me of the checks I built at "
    "Contoso, which stopped most bad loads before they reached a dashboard. I also valued your "
    "candid answers about on-call and about how the team balances new features with "
    "reliability. It was encouraging to hear how much the team invests in mentoring, code "
    "review and documentation, and how product managers work side by side with engineers."
)
TYPOS = ["recieve", "definately", "occured", "seperate", "accomodate", "enviroment", "goverment"]
NAMES = ["Priya", "Dr. Raman", "José", "Siobhán", "Lan", "Pryia", "Jose", "Siobhan", "Raman's"]


def make_note(rng: random.Random) -> str:
    words = FILLER.split() * 2
    rng.shuffle(words)
    body = " ".join(words[:170])
    typo = rng.choice(TYPOS)
    name = rng.choice(NAMES)
    return (
        f"Dear {name},\n\nThank you for meeting with me on Tuesday. {body} {typo}.\n\n"
        "I remain very interested in the Senior Data Engineer position and would welcome the "
        "opportunity to join Acme Robotics.\n\nBest regards,\nAlex Morgan\n"
    )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    from spellchecker import SpellChecker

    rng = random.Random(7)
    interview = thanknote.load_interview(INTERVIEW)
    notes = [make_note(rng) for _ in range(1000)]
    words_in = [len(n.split()) for n in notes]
    print(f"notes: {len(notes)}, {statistics.median(words_in):.0f} words each (median)")

    # Naive: a default SpellChecker (edit distance 2) correcting every unknown word.
    started = time.perf_counter()
    naive = SpellChecker()
    naive_load = time.perf_counter() - started
    naive_times = []
    for note in notes[:3]:
        started = time.perf_counter()
        for word in naive.unknown(re.findall(r"[A-Za-z']+", note)):
            naive.correction(word)
        naive_times.append(time.perf_counter() - started)
    print(f"naive SpellChecker() load             {naive_load * 1000:8.1f} ms")
    print(
        f"naive check (correction per unknown)  {median_ms(naive_times):8.1f} ms per note (median of 3)"
    )

    # Bare unknown() over each note, and check() warm: one note first, then fresh notes.
    thanknote.check(make_note(random.Random(1)), interview)
    bare, ours = [], []
    for note in notes[:300]:
        tokens = re.findall(r"[A-Za-z']+", note)
        started = time.perf_counter()
        naive.unknown(tokens)
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        thanknote.check(note, interview)
        ours.append(time.perf_counter() - started)
    print(f"bare unknown() pass                   {median_ms(bare):8.3f} ms per note (median)")
    print(
        f"warm thanknote.check()                {median_ms(ours):8.3f} ms per note (median), "
        f"{median_ms(ours) / median_ms(bare):.1f}x bare unknown()  [target <= 2 ms, <= 10x]"
    )

    started = time.perf_counter()
    for note in notes:
        thanknote.check(note, interview)
    total = time.perf_counter() - started
    print(f"1,000 notes in one process            {total:8.2f} s  [target <= 3 s]")
    # Machines differ several-fold (the issue measured unknown() at 0.2 ms a
    # note); this ratio does not depend on how fast this one is today.
    bare_total = 1000 * statistics.median(bare)
    print(f"  = {total / bare_total:.1f}x 1,000 bare unknown() passes on this machine")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "note.txt"
        path.write_text(notes[0], encoding="utf-8")
        cli = [sys.executable, "-m", "thanknote", "check", str(path), "-i", str(INTERVIEW)]
        bare_process = [
            sys.executable,
            "-c",
            "from spellchecker import SpellChecker; SpellChecker()",
        ]
        cli_times, bare_times = [], []
        for _ in range(9):
            for command, sink in ((cli, cli_times), (bare_process, bare_times)):
                started = time.perf_counter()
                subprocess.run(command, capture_output=True, check=False)
                sink.append(time.perf_counter() - started)
    print(f"bare process building SpellChecker()  {median_ms(bare_times):8.1f} ms (median of 9)")
    print(
        f"thanknote check, one note, end to end {median_ms(cli_times):8.1f} ms (median of 9), "
        f"{median_ms(cli_times) / median_ms(bare_times):.2f}x the bare process  [target <= 2x]"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
