"""How alike two words are: edit distance and a sound key for names."""

from __future__ import annotations

from functools import lru_cache

from thanknote import patterns as rx
from thanknote.patterns import Lazy

_DIGRAPHS = (
    ("sch", "sk"), ("ph", "f"), ("ck", "k"), ("sh", "s"), ("ch", "X"), ("th", "0"),
    ("dg", "j"), ("gh", "g"), ("kn", "n"), ("wr", "r"), ("wh", "w"), ("qu", "kw"),
)  # fmt: skip
_LETTERS = str.maketrans({"c": "k", "q": "k", "z": "s", "v": "f"})
_SOFT_C = Lazy(r"c(?=[eiy])")
_SOFT_G = Lazy(r"g(?=[eiy])")


@lru_cache(maxsize=8192)
def distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (Damerau, OSA)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 3:
        return 4
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=8192)
def sound_key(folded: str) -> str:
    """A rough sound key for a folded (lower-case, ASCII) name.

    Alan/Allen, Geoffrey/Jeffrey, Karl/Carl, Bryan/Brian, Reid/Reed,
    Stephen/Steven and Sean/Shaun share a key; Alan and Alex do not.
    """
    s = rx.sub(r"[^a-z]", "", folded)
    if not s:
        return ""
    s = s.replace("x", "ks")
    for old, new in _DIGRAPHS:
        s = s.replace(old, new)
    s = _SOFT_C.sub("s", s)
    s = _SOFT_G.sub("j", s)
    s = s.translate(_LETTERS)
    head, tail = s[0], s[1:].replace("h", "")
    if head in "aeiouy":
        head = "a"
    tail = rx.sub(r"[aeiouyw]", "", tail)
    key = head + tail
    return rx.sub(r"(.)\1+", r"\1", key)
