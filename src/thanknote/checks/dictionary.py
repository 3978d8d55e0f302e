"""The English word list, loaded once per process and only when a check needs it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spellchecker import SpellChecker

# A word this frequent in pyspellchecker's English list is an ordinary word
# ("well", "park", "grant"), even where it is also a name; names such as
# "carl", "brian" or "reed" are far rarer there.
COMMON_WORD_FREQUENCY = 10_000


@cache
def speller() -> SpellChecker:
    """pyspellchecker's English dictionary, searching edit distance 1 only.

    Distance 2 costs up to a second per unknown long word; one edit finds the
    intended word for nearly every typo in a short note.
    """
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def frequency(word: str) -> int:
    """How often the lower-cased word occurs in the English word list."""
    return int(speller().word_frequency.dictionary.get(word.lower(), 0))


def is_common_word(word: str) -> bool:
    """True for everyday English words, which a capitalised name may also be."""
    return frequency(word) >= COMMON_WORD_FREQUENCY


def is_known_word(word: str) -> bool:
    """True when the dictionary knows the word in any case."""
    return word.lower() in speller().word_frequency.dictionary
