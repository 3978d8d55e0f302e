"""Train the interest model and write src/thanknote/checks/interest_model.bin.

The checker's rules (src/thanknote/checks/interest.toml) know the ways of
stating interest that someone listed; the model covers the rest. It is a
logistic regression over hashed features of a sentence (its words, pairs of
words and letter sequences of 3 to 5, as `thanknote.checks.interest_model.features`
defines them), trained on labelled sentences:

- tools/data/interest/sentences_a.jsonl and sentences_b.jsonl, written blind
  for the purpose (see tools/data/interest/README.md);
- sentences of the notes in tests/data/corpus* (all but the two newest
  corpora, kept for measuring the model on whole notes): every sentence of a
  note labelled as stating no interest states none, and in a note labelled as
  stating it, the sentences where the rules find it state it.

It prints cross-validated precision and recall (5 folds over all sentences,
and each blind set scored by a model trained on the other), then writes the
weights: one signed byte per hashed feature, about 128 KB.

Needs scikit-learn (in the test extra):

    .venv/bin/python tools/train_interest.py            # train, report, write
    .venv/bin/python tools/train_interest.py --check    # report only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from thanknote.checks.interest import own_sentences
from thanknote.checks.interest_model import HEADER, MAGIC, features
from thanknote.checks.text import NoteText

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tools" / "data" / "interest"
SETS = ("sentences_a.jsonl", "sentences_b.jsonl")
CORPORA = ROOT / "tests" / "data"
# Kept out of training: they measure the model on notes it has not seen.
HELD_OUT = frozenset({"corpus_short_idiomatic", "corpus_replies_metaphors"})
TARGET = ROOT / "src" / "thanknote" / "checks" / "interest_model.bin"

BITS = 17  # 2**17 one-byte weights: 128 KB
C = 30.0  # inverse regularisation strength, chosen by cross-validation
# A sentence counts as interest from this probability: cross-validated precision
# on the blind sets is then about 0.98. A note has several sentences that the
# rules leave to the model, so a sentence's false alarm must be rare.
THRESHOLD = 0.8
SEED = 0


class Sentence(NamedTuple):
    """A labelled sentence and where it came from."""

    text: str
    label: int  # 1: it states interest in the job
    source: str


def blind_sets() -> list[Sentence]:
    """The two sets of sentences written blind, in file order."""
    out: list[Sentence] = []
    for name in SETS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(Sentence(row["text"], int(row["label"]), name))
    return out


def corpus_sentences() -> list[Sentence]:
    """Sentences of the development corpora's notes, labelled from their notes' labels.

    Every sentence of a note labelled as stating no interest states none; of a
    note labelled as stating it, the sentences where the rules find it state
    it (the others are left out: which of them says it is not labelled). A
    reply's quoted message and words in quotation marks are left out, as the
    checker leaves them out.
    """
    from thanknote.checks.interest import rules_find_interest

    out: list[Sentence] = []
    for corpus in sorted(CORPORA.glob("corpus*")):
        if corpus.name in HELD_OUT or not (corpus / "labels.jsonl").is_file():
            continue
        for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            company = tomllib.loads(
                (corpus / "interviews" / row["interview"]).read_text(encoding="utf-8")
            )["company"]
            missing = any(e["code"] == "missing-interest" for e in row["expect"])
            note = NoteText((corpus / "notes" / row["note"]).read_text(encoding="utf-8"))
            for text in own_sentences(note):
                if missing and len(text.split()) >= 3:
                    out.append(Sentence(text, 0, corpus.name))
                elif not missing and rules_find_interest(text, company):
                    out.append(Sentence(text, 1, corpus.name))
    return out


def data_digest() -> bytes:
    """What the model is trained on, as 16 bytes: the sentence files, the corpora's
    notes and labels, and the settings. The weights file records it, and a test
    checks it against the repository's data."""
    digest = hashlib.sha256(f"{BITS} {C} {THRESHOLD} {sorted(HELD_OUT)}".encode())
    files = [DATA / name for name in SETS]
    for corpus in sorted(CORPORA.glob("corpus*")):
        if corpus.name not in HELD_OUT and (corpus / "labels.jsonl").is_file():
            files.append(corpus / "labels.jsonl")
            files += sorted((corpus / "notes").iterdir())
            files += sorted((corpus / "interviews").iterdir())
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.digest()[:16]


def matrix(texts: Iterable[str]) -> Any:
    """The sentences' features, each row summing occurrences over the square root of their
    number, as `interest_model.probability` reads them."""
    from scipy.sparse import csr_matrix

    data: list[float] = []
    indices: list[int] = []
    pointers = [0]
    for text in texts:
        found = features(text, BITS)
        weight = 1 / math.sqrt(len(found)) if found else 0.0
        counts: dict[int, float] = {}
        for bucket in found:
            counts[bucket] = counts.get(bucket, 0.0) + weight
        indices.extend(counts)
        data.extend(counts.values())
        pointers.append(len(indices))
    return csr_matrix((data, indices, pointers), shape=(len(pointers) - 1, 1 << BITS))


def model() -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, solver="liblinear", max_iter=5000, random_state=SEED)


def scores(labels: Sequence[int], probabilities: Any, threshold: float) -> str:
    import numpy as np

    predicted = np.asarray(probabilities) >= threshold
    truth = np.asarray(labels) == 1
    tp = int((predicted & truth).sum())
    fp = int((predicted & ~truth).sum())
    fn = int((~predicted & truth).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"precision {precision:.3f}, recall {recall:.3f}"


def report(sentences: list[Sentence]) -> None:
    """Cross-validated precision and recall, at 0.5 and at the threshold used."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    labels = [s.label for s in sentences]
    x = matrix(s.text for s in sentences)
    y = np.asarray(labels)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    predicted = np.zeros(len(y))
    for train, test in folds.split(x, y):
        predicted[test] = model().fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    blind = np.asarray([s.source in SETS for s in sentences])
    print(f"5-fold cross-validation, {len(sentences)} sentences ({int(y.sum())} state interest):")
    for threshold in (0.5, THRESHOLD):
        print(f"  at {threshold}: all {scores(y, predicted, threshold)}; blind sets only "
              f"{scores(y[blind], predicted[blind], threshold)}")  # fmt: skip
    # The checker reads a sentence with the rules first and asks the model only
    # where they find nothing: the two together, on the blind sets.
    from thanknote.checks.interest import rules_find_interest

    rules = np.asarray([rules_find_interest(s.text, "Acme") for s in sentences])
    both = np.where(rules, 1.0, predicted)
    print(f"  the rules alone, blind sets: {scores(y[blind], rules[blind], 0.5)}; "
          f"the rules, then the model at {THRESHOLD}: "
          f"{scores(y[blind], both[blind], THRESHOLD)}")  # fmt: skip
    for test_set in (SETS[1], SETS[0]):
        train = [s for s in sentences if s.source != test_set]
        test = [s for s in sentences if s.source == test_set]
        fitted = model().fit(matrix(s.text for s in train), [s.label for s in train])
        p = fitted.predict_proba(matrix(s.text for s in test))[:, 1]
        print(f"  {test_set} scored by a model trained without it: at 0.5 "
              f"{scores([s.label for s in test], p, 0.5)}; at {THRESHOLD} "
              f"{scores([s.label for s in test], p, THRESHOLD)}")  # fmt: skip


def write(sentences: list[Sentence], target: Path) -> None:
    """Train on every sentence and write the weights, one signed byte each."""
    import numpy as np

    fitted = model().fit(matrix(s.text for s in sentences), [s.label for s in sentences])
    weights = fitted.coef_[0]
    scale = float(np.abs(weights).max()) / 127 or 1.0
    quantised = np.clip(np.rint(weights / scale), -127, 127).astype(np.int8)
    header = HEADER.pack(BITS, float(fitted.intercept_[0]), scale, THRESHOLD, data_digest())
    target.write_bytes(MAGIC + header + quantised.tobytes())
    used = int(np.count_nonzero(quantised))
    print(f"wrote {target.relative_to(ROOT)}: {target.stat().st_size:,} bytes, "
          f"{used:,} of {1 << BITS:,} weights not zero")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    args = parser.parse_args(argv)
    sentences = blind_sets() + corpus_sentences()
    report(sentences)
    if not args.check:
        write(sentences, TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
