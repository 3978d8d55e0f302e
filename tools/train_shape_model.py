"""Train the shape models (`thanknote.shape_model`) on blind readers' labels.

    python tools/train_shape_model.py topic            # train, report, write the weights
    python tools/train_shape_model.py topic --score F  # score labelled phrases, shipped weights
    python tools/train_shape_model.py topic --held-out # the threshold from held-out labels

The labelled phrases are in `tools/data/<model>s/*.jsonl`, one JSON object per
line: the phrase as a note says it ("phrase") and a blind reader's label
("label"): "ok", or what is wrong with it. See the README beside the data for
the labels. The model learns to tell "ok" from the faults a phrase brings with
it; labels that name no fault of its shape are left out (`LEFT_OUT`):

- a topic labelled "grammar" (mostly an article the drafting added or left out)
  or "terms" (good English about pay or hours): the drafting's articles and
  `selection.is_practical` are where those are mended.

The regularisation is chosen by five-fold cross-validation; the threshold is the
one that, across the folds, costs least, where letting a bad phrase through
costs one unsendable note and stopping a good one a quarter of that: the note
then says another topic or accomplishment (nine in ten of the topics the model
stopped in sets AC to AM left their note another to recall), else none.
Features are hashed into 2**BITS buckets as drafting hashes them
(`shape_model.bucket`), and each bucket's weight is written as a signed byte:
`src/thanknote/data/<model>_shapes.bin`.
"""

from __future__ import annotations

import argparse
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

from thanknote import shape_model  # noqa: E402

# What stopping a good phrase costs, as a share of letting a bad one through.
GOOD_STOPPED_COST = 1 / 4
LEFT_OUT = {"topic": ("terms", "grammar"), "accomplishment": (), "moment": ("content",)}
LAMBDAS = (0.03, 0.1, 0.3, 1.0)
EPOCHS = 60
SEED = 20261237
BITS = 15

Example = tuple[list[int], int]


def data_dir(model: str) -> Path:
    return ROOT / "tools" / "data" / f"{model}s"


def out_file(model: str) -> Path:
    return ROOT / "src" / "thanknote" / "data" / f"{model}_shapes.bin"


def load(paths: Sequence[Path], model: str) -> list[tuple[str, int]]:
    """The labelled phrases of the files, 1 for "ok", 0 for a fault of shape."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["label"] not in LEFT_OUT[model]:
                    rows.append((row["phrase"], int(row["label"] == "ok")))
    return rows


def train(
    data: Sequence[Example], lam: float, *, epochs: int = EPOCHS, seed: int = SEED
) -> tuple[float, dict[int, float]]:
    """Logistic regression by stochastic gradient descent, L2-regularised (the article
    model's tool trains with it too, with its own epochs and seed)."""
    rng = random.Random(seed)
    weights: dict[int, float] = {}
    bias = 0.0
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        rate = 0.1 / (1 + epoch / 10)
        for i in order:
            feats, y = data[i]
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


def out_of_fold(data: Sequence[Example], lam: float, k: int = 5) -> list[tuple[float, int]]:
    """The probability of every example from a model trained without its fold."""
    order = list(range(len(data)))
    random.Random(SEED).shuffle(order)
    out: list[tuple[float, int]] = []
    for fold in range(k):
        held = set(order[fold::k])
        model = train([d for i, d in enumerate(data) if i not in held], lam)
        out += [(predict(model, data[i][0]), data[i][1]) for i in sorted(held)]
    return out


def log_loss(pairs: Sequence[tuple[float, int]]) -> float:
    eps = 1e-9
    return -sum(
        y * math.log(max(p, eps)) + (1 - y) * math.log(max(1 - p, eps)) for p, y in pairs
    ) / len(pairs)


def threshold_for(pairs: Sequence[tuple[float, int]]) -> float:
    """The probability from which a phrase is let through, at the least cost."""

    def cost(t: float) -> float:
        bad_passed = sum(1 for p, y in pairs if p >= t and not y)
        good_stopped = sum(1 for p, y in pairs if p < t and y)
        return bad_passed + GOOD_STOPPED_COST * good_stopped

    return min(sorted({round(p, 3) for p, _ in pairs}), key=cost)


def report(name: str, pairs: Sequence[tuple[float, int]], threshold: float) -> None:
    passed = [y for p, y in pairs if p >= threshold]
    good = sum(y for _, y in pairs)
    bad = len(pairs) - good
    print(
        f"{name}: {len(pairs)} phrases, {good} read well ({good / len(pairs):.0%}); "
        f"let through {len(passed)}, of which {sum(passed)} read well "
        f"({sum(passed) / max(1, len(passed)):.0%}); good kept {sum(passed)}/{good}; "
        f"bad stopped {bad - (len(passed) - sum(passed))}/{bad}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("model", choices=shape_model.MODELS)
    parser.add_argument("--score", type=Path, nargs="*", help="labelled .jsonl files to score")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="choose the threshold on the held-out labels (data/<model>s/held_out/*.jsonl), "
        "which the weights never see, instead of on the cross-validated folds",
    )
    args = parser.parse_args()
    model: str = args.model
    if args.score:
        pairs = [(shape_model.probability(p, model), y) for p, y in load(args.score, model)]
        report("scored", pairs, shipped_threshold(model))
        return
    paths = sorted(data_dir(model).glob("*.jsonl"))
    data = [
        ([shape_model.bucket(f, BITS) for f in shape_model.features(p)], y)
        for p, y in load(paths, model)
    ]
    best = min(LAMBDAS, key=lambda lam: log_loss(out_of_fold(data, lam)))
    pairs = out_of_fold(data, best)
    threshold = threshold_for(pairs)
    report(f"cross-validated (lambda {best})", pairs, threshold)
    bias, weights = train(data, best)
    if args.held_out:
        held = [
            (_probability(bias, weights, p), y)
            for p, y in load(sorted((data_dir(model) / "held_out").glob("*.jsonl")), model)
        ]
        threshold = threshold_for(held)
        report("held out, threshold chosen on them", held, threshold)
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in paths)).digest()[:16]
    scale = max(abs(w) for w in weights.values()) / 127
    buckets = array("b", bytes(1 << BITS))
    for b, w in weights.items():
        buckets[b] = round(w / scale)
    header = shape_model.HEADER.pack(BITS, bias, scale, threshold, digest)
    out_file(model).write_bytes(shape_model.MAGIC + header + buckets.tobytes())
    print(f"wrote {out_file(model).relative_to(ROOT)}: {len(weights)} buckets in use")


def _probability(bias: float, weights: dict[int, float], phrase: str) -> float:
    """A phrase's probability under weights not yet written (as `predict` gives it)."""
    feats = [shape_model.bucket(f, BITS) for f in shape_model.features(phrase)]
    return predict((bias, weights), feats)


def shipped_threshold(model: str) -> float:
    data = out_file(model).read_bytes()
    return float(shape_model.HEADER.unpack_from(data, len(shape_model.MAGIC))[3])


if __name__ == "__main__":
    main()
