"""A small linear model of sentences that state interest in the job.

The rules in `interest.toml` know the ways of saying it that someone listed;
people also say it in ways nobody listed ("I'd bite your hand off for this
job", "next season can't come soon enough"). This model reads a sentence as
hashed features, its words, pairs of words and letter sequences, and weighs
them with a logistic regression trained by `tools/train_interest.py` on
labelled sentences (`tools/data/interest/`). Inference is a sum of weights,
in pure Python, so that importing it costs nothing and a sentence takes a
fraction of a millisecond.

The weights live beside this module in `interest_model.bin`: a header, then
one signed byte per hashed feature (the weight divided by the header's
scale). The training script writes it; `features` is the one definition of
what a feature is, for training and for checking alike.
"""

from __future__ import annotations

import itertools
import math
import zlib
from functools import cache
from pathlib import Path

from thanknote import byte_weights
from thanknote import patterns as rx
from thanknote.patterns import Lazy

__all__ = ["HEADER", "MAGIC", "Model", "features", "load", "normalise", "probability"]

MAGIC = b"thanknote-interest-1\n"
# After MAGIC, the layout all thanknote's byte-weight models share (`byte_weights`);
# tools/train_interest.py says what the digest of the training data covers.
HEADER = byte_weights.HEADER
_FILE = Path(__file__).with_name("interest_model.bin")

_TOKEN = Lazy(r"[a-z]+(?:'[a-z]+)?|\d+|[^\sa-z\d]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_CHAR_SIZES = (3, 4, 5)


# The weights of the model and how to read them (the threshold: the probability from
# which a sentence counts as interest).
Model = byte_weights.ByteWeights


def normalise(sentence: str) -> str:
    """The sentence as the model reads it: lower case, straight apostrophes, digits as 0,
    white space single spaces."""
    text = sentence.translate(_APOSTROPHES).lower()
    text = rx.sub(r"\d", "0", text)
    return " ".join(text.split())


def features(sentence: str, bits: int) -> list[int]:
    """The hashed features of a sentence: its words, pairs of words and letter sequences.

    Args:
        sentence: the sentence as written.
        bits: features are hashed into 2**bits buckets.

    Returns:
        The bucket of each feature, a bucket once for each time it occurs.
    """
    text = normalise(sentence)
    mask = (1 << bits) - 1
    crc = zlib.crc32
    words = _TOKEN.findall(text)
    out = [crc(b"w " + w.encode()) & mask for w in words]
    padded = ["<s>", *words, "</s>"]
    out += [crc(f"b {a} {b}".encode()) & mask for a, b in itertools.pairwise(padded)]
    padded_text = f" {text} "
    for size in _CHAR_SIZES:
        out += [
            crc(f"c{padded_text[i : i + size]}".encode()) & mask
            for i in range(len(padded_text) - size + 1)
        ]
    return out


@cache
def load() -> Model:
    """The model shipped with thanknote, read once per process (about a millisecond)."""
    return byte_weights.read(_FILE, MAGIC, "interest model")


def probability(sentence: str, model: Model | None = None) -> float:
    """How likely the model finds it that the sentence states interest in the job."""
    model = model or load()
    weights = model.weights
    found = features(sentence, model.bits)
    if not found:
        return 1 / (1 + math.exp(-model.bias))
    total = model.bias + model.scale * sum(weights[f] for f in found) / math.sqrt(len(found))
    return 1 / (1 + math.exp(-max(-60.0, min(60.0, total))))
