"""`company-misspelled`: the company written differently from the interview file."""

from __future__ import annotations

import re
from collections.abc import Iterator

from thanknote.checks.context import Context
from thanknote.checks.dictionary import is_common_word
from thanknote.checks.registry import Hit, rule
from thanknote.checks.similarity import distance, sound_key
from thanknote.checks.text import WORD, NoteText, Word, fold

# The words of a company's name: numbers count too ("Area 51").
_COMPANY_WORD = re.compile(rf"{WORD.pattern}|\d+")
# What may stand between the words of a company's name: "Marlowe & Quinn".
_COMPANY_GAP = re.compile(r"[ &]{0,3}")


@rule("company-misspelled", "error")
def misspelt_company(ctx: Context) -> Iterator[Hit]:
    """The company's name where it is misspelt, mis-accented or mis-capitalised.

    The company's first word alone ("Acme" for "Acme Robotics") is a fine
    short form; a following word that nearly matches the rest of the name
    ("Acme Robotic") is not.
    """
    note, company = ctx.text, ctx.interview.company
    expected = _COMPANY_WORD.findall(company.replace("’", "'"))
    if not expected:
        return
    words = note.words
    lead_size = len(expected[0])
    lead = fold(expected[0])
    i = 0
    while i < len(words):
        text = words[i].text
        # Cheap tests first: a near miss has about the same length and shares
        # its first letter or the two after it.
        if abs(len(text) - lead_size) > 2 or (
            fold(text[:1]) != lead[:1] and fold(text[1:3]) != lead[1:3]
        ):
            if lead.startswith(fold(text)):
                split = _split_name(note, words, i, expected, company)
                if split is not None:
                    yield split
            elif len(expected) > 1 and fold(text) == fold(expected[0] + expected[1]):
                yield _hit(words[i], words[i], company)  # "LumenHealth"
            i += 1
            continue
        first = _word_match(words[i], expected[0])
        if first is None:
            split = _split_name(note, words, i, expected, company)
            if split is not None:
                yield split
            i += 1
            continue
        end, exact, matched = i, first, 1
        for k in range(1, len(expected)):
            j = i + k
            if j >= len(words) or not note.adjacent(words[j - 1], words[j], _COMPANY_GAP):
                break
            ok = _word_match(words[j], expected[k], lead=False)
            if ok is None:
                break
            end, exact, matched = j, exact and ok, matched + 1
        # A lone near miss that is an everyday word is that word, not the company.
        ordinary = matched == 1 and is_common_word(words[i].text)
        if not exact and not ordinary:
            yield _hit(words[i], words[end], company)
        i = end + 1


def _split_name(
    note: NoteText, words: tuple[Word, ...], i: int, expected: list[str], company: str
) -> Hit | None:
    """ "Bright Quay" for "BrightQuay", "Copper Line Software" for "Copperline Software"."""
    if i + 1 >= len(words) or not words[i].text[:1].isupper():
        return None
    first, second = words[i], words[i + 1]
    if note.gap(first, second) != " " or not second.text[:1].isupper():
        return None
    if fold(first.text + second.text) != fold(expected[0]):
        return None
    end = second
    for k, rest in enumerate(expected[1:], start=2):  # the words after the joined one
        j = i + k
        if j >= len(words) or not note.adjacent(words[j - 1], words[j], _COMPANY_GAP):
            break
        if _word_match(words[j], rest, lead=False) is None:
            break
        end = words[j]
    return _hit(first, end, company)


def _word_match(word: Word, expected: str, *, lead: bool = True) -> bool | None:
    """True for the exact word, False for a near miss, None for another word."""
    text = word.text
    if text == expected:
        return True
    if expected.isdigit() or text.isdigit():
        return None
    if fold(text) == fold(expected):
        if text.isupper() and len(text) > 1:
            return True  # an ALL-CAPS heading
        if lead and text.islower() and is_common_word(text):
            return None  # the ordinary word ("apple" beside Apple)
        return False  # "Dimaggio", or "Lumen health" after the company's first word
    if not text[:1].isupper() and not expected[:1].islower():
        return None
    size = len(expected)
    edits = distance(fold(text), fold(expected))
    if (edits == 1 and size >= 4) or (edits == 2 and size >= 8):
        return False
    if size >= 5 and text[:1].isupper() and fold(text).startswith(fold(expected)) and edits <= 3:
        return False  # "Quantique" for "Quantiq"
    if not lead and edits <= 2 and size >= 4 and sound_key(fold(text)) == sound_key(fold(expected)):
        return False  # "Pickering & Vail" for "Pickering & Vale"
    if not lead and size >= 3 and fold(text).startswith(fold(expected)) and edits <= 2:
        return False  # "Orbit & Oaks" for "Orbit & Oak"
    if not lead and size >= 5 and len(text) >= 5 and fold(text)[:4] == fold(expected)[:4]:
        return False  # "Northwind Trading" for "Northwind Traders"
    return None


def _hit(first: Word, last: Word, company: str) -> Hit:
    return Hit(first.start, last.end, f"The company writes its name {company!r}.", company)
