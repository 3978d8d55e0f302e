"""Names printed in two writing systems, as an English sentence says them.

Cards and letterheads print a name in Latin letters beside its own script
("Kyoto Prefectural Government 京都府", "Yamada Taro 山田太郎"); an English note
names it in Latin letters, the side its reader can say.
"""

from __future__ import annotations

import unicodedata

__all__ = ["has_latin", "latin_side"]


def has_latin(text: str) -> bool:
    """Whether a text has a letter of the Latin script."""
    return any(c.isalpha() and unicodedata.name(c, "").startswith("LATIN") for c in text)


def latin_side(text: str) -> str:
    """A name printed in Latin letters and in another script, as an English sentence
    names it: "Kyoto Prefectural Government" for "Kyoto Prefectural Government 京都府",
    "Nile Pulse Digital Media" for "نبض النيل – Nile Pulse Digital Media", "Yamada Taro"
    for "Yamada Taro 山田太郎". The text as given when it is in one script, when a
    bracket says which is which, or when the scripts mix within the name."""
    if text.isascii() or "(" in text:  # a bracket says which is which
        return text

    def latin(word: str) -> bool | None:  # None: no letters to go by ("–", "&")
        letters = [c for c in word if c.isalpha()]
        if not letters:
            return None
        # the ordinal indicators are Latin too: "Eng.ª", "Dr.ª", "Engº"; so are the
        # ʻokina and the apostrophe written as letters: "Kamakau-Alapaʻi" (set CU: the
        # family name was put aside as another script's, "Dear Dr. Leilani,")
        return all(unicodedata.name(c, "").startswith("LATIN") or c in "ªºʻʼ" for c in letters)

    words = text.split()
    kinds = [latin(w) for w in words]
    if kinds.count(True) < 2 or False not in kinds:
        return text
    first = next(i for i, k in enumerate(kinds) if k)
    last = len(kinds) - next(i for i, k in enumerate(reversed(kinds)) if k)
    if False in kinds[first:last]:
        return text  # the scripts mixed within the name: keep it as printed
    return " ".join(words[first:last])
