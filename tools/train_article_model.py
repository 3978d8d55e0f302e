"""Train the article model (`thanknote.article_model`) on blind readers' labels.

    python tools/train_article_model.py            # train, report, write the weights

The labelled topics are in `tools/data/articles/*.jsonl`, one JSON object per line:
the topic as the user wrote it ("topic") and a blind reader's choice ("label"):
"the" when only "I enjoyed our discussion of the ..." reads right, "none" when only
the version without it does, "either" or "neither". The model learns "the" against
"none" on the topic as the rules say it (`phrases.ruled_topic`), given what the rules
decided; topics whose article the rules settle themselves are left out, as are
"either" and "neither".

The regularisation is chosen by five-fold cross-validation, and the report gives the
rules' errors beside the model's on the same held-out topics. Features are hashed as
drafting hashes them (`shape_model.bucket`) and each weight is written as a signed
byte: `src/thanknote/data/article_shapes.bin`.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sys
from array import array
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from thanknote import article_model, byte_weights, shape_model  # noqa: E402
from thanknote.phrases import ruled_topic  # noqa: E402

DATA = ROOT / "tools" / "data" / "articles"
OUT = ROOT / "src" / "thanknote" / "data" / "article_shapes.bin"
LAMBDAS = (0.003, 0.01, 0.03)
EPOCHS = 40
SEED = 20261201
BITS = 15

Example = tuple[list[int], int, bool]  # features, 1 for "the", what the rules said


def files() -> list[Path]:
    return sorted(DATA.glob("*.jsonl"))


def load(paths: Sequence[Path]) -> list[Example]:
    """The decided topics the model reads, as the rules say them."""
    rows: list[Example] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row["label"] not in ("the", "none"):
                continue
            reading, open_to_the_model = ruled_topic(row["topic"])
            rule_the = reading.startswith("the ")
            bare = reading[4:] if rule_the else reading
            if not open_to_the_model or not article_model.decides(bare):
                continue
            feats = [shape_model.bucket(f, BITS) for f in article_model.features(bare, rule_the)]
            rows.append((feats, int(row["label"] == "the"), rule_the))
    return rows


def train(data: Sequence[Example], lam: float) -> tuple[float, dict[int, float]]:
    """Logistic regression by stochastic gradient descent, L2-regularised."""
    rng = random.Random(SEED)
    weights: dict[int, float] = {}
    bias = 0.0
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = 0.1 / (1 + epoch / 10)
        for i in order:
            feats, y, _ = data[i]
            g = predict((bias, weights), feats) - y
            bias -= rate * g
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (g + lam * w)
    return bias, weights


def predict(model: tuple[float, dict[int, float]], feats: list[int]) -> float:
    bias, weights = model
    score = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def out_of_fold(data: Sequence[Example], lam: float, k: int = 5) -> list[float]:
    """The probability of every example from a model trained without its fold."""
    order = list(range(len(data)))
    random.Random(SEED).shuffle(order)
    out = [0.0] * len(data)
    for fold in range(k):
        held = set(order[fold::k])
        model = train([d for i, d in enumerate(data) if i not in held], lam)
        for i in held:
            out[i] = predict(model, data[i][0])
    return out


def errors(data: Sequence[Example], probabilities: Sequence[float]) -> tuple[int, int]:
    """The model's wrong choices at one half, and the rules'."""
    model = sum(1 for (_, y, _), p in zip(data, probabilities, strict=True) if (p >= 0.5) != y)
    rules = sum(1 for _, y, rule in data if rule != bool(y))
    return model, rules


def write(model: tuple[float, dict[int, float]], digest: bytes) -> None:
    bias, weights = model
    biggest = max((abs(w) for w in weights.values()), default=1.0) or 1.0
    scale = biggest / 127
    table = array("b", bytes(1 << BITS))
    for index, weight in weights.items():
        table[index] = max(-127, min(127, round(weight / scale)))
    header = byte_weights.HEADER.pack(BITS, bias, scale, 0.5, digest)
    OUT.write_bytes(article_model.MAGIC + header + table.tobytes())


def main() -> None:
    paths = files()
    data = load(paths)
    best = None
    for lam in LAMBDAS:
        model_wrong, rules_wrong = errors(data, out_of_fold(data, lam))
        print(f"lambda {lam}: cross-validated, model wrong {model_wrong}/{len(data)}, "
              f"rules wrong {rules_wrong}/{len(data)}")  # fmt: skip
        if best is None or model_wrong < best[0]:
            best = (model_wrong, lam)
    assert best is not None
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in paths)).digest()[:16]
    write(train(data, best[1]), digest)
    print(f"wrote {OUT.relative_to(ROOT)} (lambda {best[1]}, {len(data)} topics)")


if __name__ == "__main__":
    main()
