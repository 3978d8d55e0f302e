"""Whether a phrase, as a note says it, reads as English a careful writer sends.

People jot topics and accomplishments down as notes: "the albumen prints", but
also "travel about 50%", "Betriebsrat has to approve the hire", "took close from
9 to 6 working days at current employer". Put into a sentence, the first reads
well and the others read as pasted notes. No list of phrases can tell them apart,
since every interview brings new words; their shape can. Each word is read as its
kind (its part of speech from the lexicon, a name, an acronym, a figure, a word
English does not know, or the word itself when it is a function word), and a
logistic regression trained by `tools/train_shape_model.py` on phrases labelled
by blind readers (`tools/data/topics/`, `tools/data/accomplishments/`) weighs the
kinds, their pairs and triples, and the same in coarser groups.

Three models share the features: "topic" reads a topic as it follows "our
conversation about"; "accomplishment" reads an accomplishment as the sentence
"I ..." a note says it in; "moment" reads a moment of the conversation as the
sentence that recalls it ("Thank you also for showing me the dispatch floor.",
`moments.as_recalled`). Their weights live beside the lexicon in
`data/<model>_shapes.bin`, one signed byte per hashed feature in the layout the
interest model uses too (`byte_weights`), so that loading one costs well under a
millisecond. `features` and `bucket` are the one definition of what a feature
is, for training and for drafting alike.
"""

from __future__ import annotations

import itertools
import math
import zlib
from functools import cache
from pathlib import Path
from typing import Final

from thanknote import byte_weights, lexicon
from thanknote.patterns import Lazy

__all__ = ["HEADER", "MAGIC", "MODELS", "bucket", "features", "probability", "reads_well", "shapes"]

MODELS: Final = ("topic", "accomplishment", "moment")
MAGIC: Final = b"thanknote-shapes-1\n"
HEADER: Final = byte_weights.HEADER  # after MAGIC, as `byte_weights` lays it out
_DATA: Final = Path(__file__).resolve().parent / "data"
_TOKEN: Final = Lazy(
    r"[~≈]?\d(?:[\d.,:/]*\d)?(?:%|[^\W\d_]+)?\+?|[^\W\d_][\w'’&.–-]*[\w]|[^\W\d_]|[^\w\s]"
)
# Words of closed classes, read as themselves: their use is the phrase's grammar.
_OWN: Final = frozenset(
    """a an the this that these those my our your their his her its every each all both
    any some no several many much more most few other another such what which whose how
    why whether when where who whom if i you we they he she it me us them is are was were
    be been being do does did has have had can could will would should may might must
    not about across after against along among around at before behind between beyond by
    during for from in into of on over per through to towards under with within without
    and or but so as than versus vs via up out off there here very really also just""".split()
)


# The function words in groups, for features that hold across the words of a group.
_GROUPS: Final = {
    **dict.fromkeys(
        "a an the this that these those every each all both any some no".split(), "DET"
    ),
    **dict.fromkeys("my our your their his her its".split(), "POSS"),
    **dict.fromkeys("what which whose how why whether when where who whom if".split(), "WH"),
    **dict.fromkeys("i you we they he she it me us them there here".split(), "PRON"),
    **dict.fromkeys(
        "is are was were be been being do does did has have had can could will would should "
        "may might must".split(),
        "AUX",
    ),
    **dict.fromkeys("and or but so than versus vs".split(), "CONJ"),
    **dict.fromkeys("several many much more most few other another such".split(), "QUANT"),
    **dict.fromkeys("not very really also just up out off".split(), "ADV"),
}


def _group(kind: str) -> str:
    """A kind in coarser terms: a function word as its group, a preposition as P."""
    if kind in _GROUPS:
        return _GROUPS[kind]
    if kind in _OWN:
        return "P"
    if "vf" in kind.split("+") and "n" not in kind:
        return "VF"  # only a finite verb: "slipped", "meets"
    return kind


def _kind(token: str) -> str:
    """What kind of word a token is, in a few letters."""
    lower = token.lower()
    if lower in _OWN:
        return lower
    if token[0] in "~≈" or token[0].isdigit():
        bare = token.rstrip("+")
        if bare.endswith("%"):
            return "PCT"
        if len(bare) == 4 and bare.isdigit() and bare[:2] in ("18", "19", "20"):
            return "YEAR"  # "the 2027 show"
        if bare.endswith("0s") and bare[:-1].isdigit() and len(bare) in (3, 5):
            return "DECADE"  # "the 1890s", "the 90s"
        return "NUM" if bare.replace(",", "").replace(".", "").isdigit() else "NUMX"
    if not token[0].isalpha():
        return token  # punctuation as itself
    if any(c.isdigit() for c in token):
        return "CODE"  # "E-23", "N2", "Q3"
    if "–" in token:
        return "Cap" if token[0].isupper() else "w"  # "Leeds–Accra", "client–server"
    if len(token) > 1 and token.replace("-", "").replace("&", "").replace(".", "").isupper():
        return "ACR"
    if lexicon.is_foreign_word(token):
        return "FOREIGN"
    readings = lexicon.readings(lower) or (
        lexicon.readings(lower[:-1]) if lower.endswith("s") else ()
    )
    parts = sorted({_part(r) for r in readings if r.pos in "vnar"})
    if not parts and "-" in lower:  # "stress-test", "end-of-life": its last word's kind
        pieces = [p for p in lower.split("-") if p]
        if pieces and all(lexicon.is_known_word(p) for p in pieces):
            parts = sorted({_part(r) for r in lexicon.readings(pieces[-1]) if r.pos in "vnar"})
    if token[0].isupper():
        return "Cap" + ("" if parts else "?")
    if not parts:
        return "w" if lexicon.is_known_word(lower) else "unk"  # "roadmap", or not English
    return "+".join(parts)


def _part(reading: lexicon.Reading) -> str:
    if reading.pos != "v":
        return reading.pos
    if reading.tags & {"VBD", "VBZ"}:
        return "vf"  # a finite form: "slipped", "has"
    if "VBG" in reading.tags:
        return "vg"
    if "VBN" in reading.tags:
        return "vn"
    return "v"


def shapes(text: str) -> list[str]:
    """The kind of each word of a phrase, in order."""
    return [_kind(t) for t in _TOKEN.findall(text)]


def features(text: str) -> list[str]:
    """The features of a phrase: its kinds, their pairs and triples, its length.

    Args:
        text: the topic as a note says it ("the albumen prints from the 1890s").

    Returns:
        One string per feature, repeated as often as it occurs.
    """
    return _features(shapes(text))


def _features(kinds: list[str]) -> list[str]:
    out = []
    for name, seq in (("", kinds), ("g", [_group(k) for k in kinds])):
        padded = ["<", *seq, ">"]
        out += [f"{name}1 {k}" for k in seq]
        out += [f"{name}2 {a} {b}" for a, b in itertools.pairwise(padded)]
        out += [
            f"{name}3 {a} {b} {c}" for a, b, c in zip(padded, padded[1:], padded[2:], strict=False)
        ]
    out.append(f"len {min(len(kinds), 12)}")
    unknown = sum(1 for k in kinds if k in ("unk", "FOREIGN"))
    out.append(f"unknown {min(unknown, 3)}")
    return out


def bucket(feature: str, bits: int) -> int:
    """The bucket a feature is hashed into, of 2**bits."""
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


@cache
def _model(name: str) -> byte_weights.ByteWeights:
    """The weights of a shipped model (its threshold: from which a phrase reads well)."""
    if name not in MODELS:
        raise ValueError(f"no shape model {name!r}; the models are {', '.join(MODELS)}")
    return byte_weights.read(_DATA / f"{name}_shapes.bin", MAGIC, "shape model")


def probability(text: str, model: str = "topic") -> float:
    """How likely a careful writer would send the phrase as written.

    Args:
        text: a topic as it follows "our conversation about", an accomplishment's
            sentence ("I led the CLABSI reduction project"), or a moment's sentence
            ("I really enjoyed the moment you played me the 1957 reel.").
        model: "topic", "accomplishment" or "moment".
    """
    return _probability(shapes(text), model)


def _probability(kinds: list[str], model: str) -> float:
    found = _model(model)
    total = sum(found.weights[bucket(f, found.bits)] for f in _features(kinds))
    score = found.bias + found.scale * total
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def reads_well(text: str, model: str = "topic") -> bool:
    """Whether the phrase reads as English a careful writer sends (see the module).

    One word has no arrangement to judge: it reads well when English knows it or it
    is a name ("hiring", "safeguarding", "Ofsted"), not when it is a word of another
    language ("propinas")."""
    kinds = shapes(text)
    if len(kinds) == 1:
        return kinds[0] not in ("unk", "FOREIGN") and kinds[0][:1].isalpha()
    return _probability(kinds, model) >= _model(model).threshold
