"""Measure the checker on the labelled corpora in tests/data, beside a naive baseline.

Run:  python benchmarks/checker_accuracy.py [--details]

Figures printed for thanknote's checker and, in the same run, for the naive
baseline: pyspellchecker alone, flagging capitalised words it does not know
(its correction as the suggestion), and for interest a keyword test ("interest",
"excited" or "enthusias" anywhere in the note).

Targets: name-misspelled recall >= 0.97, right suggestion on >= 0.95 of the
flagged names, <= 1 false name finding per 100 notes; company-misspelled
recall >= 0.95, <= 1 false company finding per 100 notes; missing-interest
F1 >= 0.95.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import thanknote
from thanknote import Finding, Interview

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
# The development corpus was used while building the checker. Each of the
# others was written afterwards by someone who never saw the checker or the
# corpora before it, scored once before it was used to improve the checker,
# in this order: broad (once "holdout"), name words ("fresh"), international
# ("final"), interest, realistic, professions ("last"). Tests assert accuracy
# on the development corpus only; this script reports the others.
CORPORA = {
    "development corpus": DATA / "corpus",
    "broad corpus": DATA / "corpus_broad",
    "name-words corpus": DATA / "corpus_name_words",
    "international corpus": DATA / "corpus_international",
    "interest corpus": DATA / "corpus_interest",
    "realistic corpus": DATA / "corpus_real",
    "professions corpus": DATA / "corpus_professions",
    "short and idiomatic corpus": DATA / "corpus_short_idiomatic",
    "replies and metaphors corpus": DATA / "corpus_replies_metaphors",
}
CORPUS = CORPORA["development corpus"]
SPAN_CODES = (
    "name-misspelled",
    "company-misspelled",
    "title-mismatch",
    "placeholder",
    "follow-up-conflict",
)
NOTE_CODES = ("missing-interest", "missing-thanks")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("’", "'")


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    hit: int = 0
    right_suggestion: int = 0
    false: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.hit / self.expected if self.expected else 1.0

    def precision(self) -> float:
        return self.hit / self.found if self.found else 1.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


Checker = Callable[[str, Interview, str | None], list[Finding]]


def load_rows(corpus: Path = CORPUS) -> list[dict[str, object]]:
    lines = (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate(
    checker: Checker, rows: list[dict[str, object]], corpus: Path = CORPUS
) -> dict[str, Tally]:
    tallies = {code: Tally() for code in (*SPAN_CODES, *NOTE_CODES)}
    interviews: dict[str, Interview] = {}
    for row in rows:
        name = str(row["interview"])
        if name not in interviews:
            interviews[name] = thanknote.load_interview(corpus / "interviews" / name)
        text = (corpus / "notes" / str(row["note"])).read_text(encoding="utf-8")
        recipient = row.get("recipient")
        findings = checker(text, interviews[name], str(recipient) if recipient else None)
        expect = row["expect"]
        assert isinstance(expect, list)
        for code in SPAN_CODES:
            wanted = [e for e in expect if e["code"] == code]
            got = [f for f in findings if f.code == code]
            _match_spans(tallies[code], text, wanted, got, str(row["note"]))
        for code in NOTE_CODES:
            wanted_note = any(e["code"] == code for e in expect)
            got_note = any(f.code == code for f in findings)
            tally = tallies[code]
            tally.expected += wanted_note
            tally.found += got_note
            tally.hit += wanted_note and got_note
            if got_note and not wanted_note:
                tally.false.append(str(row["note"]))
            if wanted_note and not got_note:
                tally.missed.append(str(row["note"]))
    return tallies


def _match_spans(
    tally: Tally, text: str, wanted: list[dict[str, str]], got: list[Finding], note: str
) -> None:
    tally.expected += len(wanted)
    tally.found += len(got)
    unused = list(got)
    for item in wanted:
        target = nfc(item["text"])
        match = next((f for f in unused if _overlaps(text, f, target)), None)
        if match is None:
            tally.missed.append(f"{note}: {item['text']!r}")
            continue
        unused.remove(match)
        tally.hit += 1
        expected = item.get("suggestion")
        if expected is None or (match.suggestion and nfc(match.suggestion) == nfc(expected)):
            tally.right_suggestion += 1
        else:
            tally.wrong.append(
                f"{note}: {item['text']!r} -> {match.suggestion!r}, want {expected!r}"
            )
    for finding in unused:
        tally.false.append(
            f"{note}: {text[finding.start : finding.end]!r} -> {finding.suggestion!r}"
        )


def _overlaps(text: str, finding: Finding, target: str) -> bool:
    flagged = nfc(text[finding.start : finding.end])
    if flagged == target or target in flagged or (flagged and flagged in target):
        return True
    return False


def thanknote_checker(text: str, interview: Interview, recipient: str | None) -> list[Finding]:
    return thanknote.check(text, interview, recipient=recipient)


def naive_checker(text: str, interview: Interview, recipient: str | None) -> list[Finding]:
    from spellchecker import SpellChecker

    speller = _naive_speller()
    findings = []
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group()
        if word[:1].isupper() and word.lower() in speller.unknown([word]):
            findings.append(
                Finding(
                    code="name-misspelled",
                    severity="error",
                    message="unknown capitalised word",
                    start=match.start(),
                    end=match.end(),
                    suggestion=speller.correction(word.lower()),
                )
            )
    company = [
        Finding(code="company-misspelled", severity="error", message="", start=f.start, end=f.end)
        for f in findings
    ]
    lower = text.lower()
    interest = (
        []
        if re.search(r"interest|excited|enthusias", lower)
        else [Finding(code="missing-interest", severity="error", message="")]
    )
    assert SpellChecker
    return findings + company + interest


_SPELLER: list[object] = []


def _naive_speller():  # type: ignore[no-untyped-def]
    from spellchecker import SpellChecker

    if not _SPELLER:
        _SPELLER.append(SpellChecker(distance=1))
    return _SPELLER[0]


def report(title: str, tallies: dict[str, Tally], notes: int, details: bool) -> None:
    names, company, interest = (
        tallies["name-misspelled"],
        tallies["company-misspelled"],
        tallies["missing-interest"],
    )
    print(f"== {title}")
    print(
        f"  name-misspelled recall      {names.recall():.3f}  ({names.hit}/{names.expected})  target >= 0.97"
    )
    right = names.right_suggestion / names.hit if names.hit else 0.0
    print(
        f"  right suggestion            {right:.3f}  ({names.right_suggestion}/{names.hit})  target >= 0.95"
    )
    per100 = 100 * len(names.false) / notes
    print(
        f"  false name findings / 100   {per100:.2f}  ({len(names.false)} in {notes} notes)  target <= 1"
    )
    print(
        f"  company-misspelled recall   {company.recall():.3f}  ({company.hit}/{company.expected})  target >= 0.95"
    )
    company_per100 = 100 * len(company.false) / notes
    print(
        f"  false company findings / 100 {company_per100:.2f}  ({len(company.false)} in {notes} notes)  target <= 1"
    )
    print(
        f"  missing-interest F1         {interest.f1():.3f}  (P {interest.precision():.3f}, R {interest.recall():.3f})  target >= 0.95"
    )
    for code in ("title-mismatch", "placeholder", "missing-thanks", "follow-up-conflict"):
        t = tallies[code]
        print(f"  {code:<27} recall {t.recall():.3f}, precision {t.precision():.3f}")
    if details:
        for code, tally in tallies.items():
            for kind, items in (
                ("missed", tally.missed),
                ("false", tally.false),
                ("wrong", tally.wrong),
            ):
                for item in items:
                    print(f"    {code} {kind}: {item}")


def main() -> int:
    details = "--details" in sys.argv
    for title, corpus in CORPORA.items():
        if not corpus.is_dir():
            continue
        rows = load_rows(corpus)
        print(f"\n{title}: {len(rows)} labelled notes in {corpus}")
        ours = evaluate(thanknote_checker, rows, corpus)
        report("thanknote.check", ours, len(rows), details)
        naive = evaluate(naive_checker, rows, corpus)
        report("naive baseline (pyspellchecker alone)", naive, len(rows), False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
