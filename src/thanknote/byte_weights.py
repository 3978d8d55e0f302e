"""Linear models shipped as one signed byte per hashed feature.

The interest model (`checks/interest_model.py`) and the shape models
(`shape_model.py`) share one file layout: the model's magic line, then `HEADER`
(the number of hash bits, the bias, the scale of the byte weights, the threshold
from which the model says yes, and a digest of the training data), then one
signed byte per bucket, the weight divided by the scale. Each model's training
script writes it; reading one costs well under a millisecond.
"""

from __future__ import annotations

import struct
from array import array
from pathlib import Path
from typing import Final, NamedTuple

__all__ = ["HEADER", "ByteWeights", "read"]

HEADER: Final = struct.Struct("<Bfff16s")


class ByteWeights(NamedTuple):
    """A shipped model's weights and how to read them."""

    bits: int  # features are hashed into 2**bits buckets
    bias: float
    scale: float  # a byte weight times scale is the weight
    threshold: float  # the probability from which the model says yes
    trained_on: bytes  # a digest of the training data
    weights: array[int]  # one signed byte per bucket


def read(path: Path, magic: bytes, what: str) -> ByteWeights:
    """The weights in `path`, checked to be a `what` ("interest model") whole."""
    data = path.read_bytes()
    if not data.startswith(magic):
        raise ValueError(f"{path}: not a thanknote {what}")
    bits, bias, scale, threshold, trained_on = HEADER.unpack_from(data, len(magic))
    weights = array("b")
    weights.frombytes(data[len(magic) + HEADER.size :])
    if len(weights) != 1 << bits:
        raise ValueError(f"{path}: {len(weights)} weights for {bits} bits")
    return ByteWeights(bits, bias, scale, threshold, trained_on, weights)
