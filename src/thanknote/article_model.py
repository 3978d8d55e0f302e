"""Whether a topic takes "the" after "our conversation about", by a trained model.

The rules of `phrases.with_the` know English grammar: a determiner of the topic's
own, a name, a plural, a noun with only a count use. Between a field of work and a
particular thing they must guess, and blind readers marked their guesses more than
any other fault of the drafts ("the porphyry copper", "the food waste", "the
trauma-informed practice"). Whether English says "the" there depends on the words
themselves, which no rule lists: a logistic regression trained by
`tools/train_article_model.py` on topics labelled by blind readers
(`tools/data/articles/`) reads the head noun and its modifiers, their kinds
(`shape_model.shapes`), what the lexicon knows of the head, and what the rules
decided, and takes the article away where it is sure it does not belong.

Its weights live in `data/article_shapes.bin`, one signed byte per hashed
feature (`byte_weights`), read only when a topic is drafted.
"""

from __future__ import annotations

import itertools
import math
from functools import cache
from pathlib import Path
from typing import Final

from thanknote import byte_weights, lexicon
from thanknote import patterns as rx
from thanknote.shape_model import bucket, shapes

__all__ = ["MAGIC", "decides", "features", "probability", "with_or_without"]

MAGIC: Final = b"thanknote-articles-1\n"
_WEIGHTS: Final = Path(__file__).resolve().parent / "data" / "article_shapes.bin"
# Words that end a topic's head noun phrase: what follows describes it.
_ENDS_HEAD: Final = frozenset(
    """of for in on at to with from about between among across into over under during by via
    versus vs and or""".split()
)
# Endings of nouns that name an activity, a quality or a field.
_SUFFIXES: Final = (
    "ion", "ment", "ance", "ence", "ity", "ing", "ure", "ship", "ism", "ness", "ics", "er",
    "al", "age",
)  # fmt: skip
# What a phrase the model decides may begin with: not its own determiner, a figure,
# a question or a clause, which the rules settle.
_SETTLED: Final = frozenset(
    """a an the this that these those my our your their his her its every each all both any
    some no how why what whether when where who which if""".split()
)


def decides(bare: str) -> bool:
    """Whether the model, not the rules, decides the article of a topic as said
    without one: a noun phrase of words, not a question, a figure or a phrase with
    its own determiner ("3 shifts", "how you staff big cases", "Maria's project")."""
    words = bare.split()
    if not words or words[0].lower() in _SETTLED or not words[0][:1].isalpha():
        return False
    return not rx.match(r"[^\s]+['’]s\b", bare) or bare[:1].islower()


def features(bare: str, rule_says_the: bool) -> list[str]:
    """The features of a topic said without an article, and of what the rules decided.

    Args:
        bare: the topic as a sentence says it, without "the" ("porphyry copper").
        rule_says_the: whether `phrases.with_the`'s rules put "the" before it.
    """
    rule = "the" if rule_says_the else "none"
    words = bare.split()
    head_words: list[str] = []
    for word in words:
        if word.lower() in _ENDS_HEAD:
            break
        head_words.append(word)
    head_words = head_words or words
    head = head_words[-1].lower().strip(".,;:")
    out = [
        f"rule:{rule}",
        f"head:{head}",
        f"first:{words[0].lower()}",
        f"len:{min(len(head_words), 5)}",
        f"rest:{len(words) > len(head_words)}",
    ]
    if len(words) > len(head_words):
        out.append(f"prep:{words[len(head_words)].lower()}")
    out += [f"mod:{w.lower()}" for w in head_words[:-1]]
    kinds = shapes(" ".join(head_words)) or ["none"]
    out += [f"k:{k}" for k in kinds]
    out += [f"kk:{a}_{b}" for a, b in itertools.pairwise(kinds)]
    out += [f"klast:{kinds[-1]}", f"kfirst:{kinds[0]}"]
    reading = lexicon.noun(head)
    mass = lexicon.is_mass_noun(head)
    if reading is None:
        out.append("head:nonoun")
    else:
        out += [f"head_mass:{mass}", f"head_plural:{'NNS' in reading.tags}"]
    out += [f"suf:{s}" for s in _SUFFIXES if head.endswith(s)]
    if any(w[:1].isupper() for w in head_words):
        out.append("hascap")
    if all(w[:1].isupper() for w in head_words if w[:1].isalpha()):
        out.append("allcap")
    if "'s" in bare or "’s" in bare:
        out.append("poss")
    out.append(f"rule_x_mass:{rule}_{mass}")
    return out


@cache
def _model() -> byte_weights.ByteWeights:
    return byte_weights.read(_WEIGHTS, MAGIC, "article model")


def probability(bare: str, rule_says_the: bool) -> float:
    """How likely a careful writer puts "the" before the topic (see `features`)."""
    found = _model()
    total = sum(found.weights[bucket(f, found.bits)] for f in features(bare, rule_says_the))
    score = found.bias + found.scale * total
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def with_or_without(ruled: str) -> str:
    """A topic as the rules said it, without the "the" they put before it when the
    model is sure it does not belong ("the porphyry copper" -> "porphyry copper"); a
    topic the model does not decide (`decides`) as the rules said it. The model never
    adds one: readers mark a missing article more surely than one too many, and its
    threshold is chosen so (see `tools/train_article_model.py`)."""
    if not ruled.startswith("the "):
        return ruled
    bare = ruled[4:]
    if not decides(bare) or probability(bare, True) >= _model().threshold:
        return ruled
    return bare
