"""`company-misspelled`: the company written differently from the interview file.

A mention of the company is a run of the note's words that stand for a run of
the words of its name, the whole name or a short form ("Acme", "Kestrel
Mutual", "Ortega y Llorente"). A mention with a near miss in it is misspelt,
and the suggestion corrects the words written: the whole name for a mention
of the whole name, the short form for a short form.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from thanknote.checks.context import Context
from thanknote.checks.dictionary import is_common_word, is_known_word
from thanknote.checks.registry import Hit, rule
from thanknote.checks.similarity import distance, sound_key
from thanknote.checks.text import NoteText, Word, fold
from thanknote.patterns import Lazy

__all__ = ["Mention", "mentions"]

# The words of a company's name: letters and digits together ("M3K", "Area 51").
_COMPANY_WORD = Lazy(r"[^\W_]+(?:['\-][^\W_]+)*")
# What may stand between the words of a company's name: "Marlowe & Quinn", "St. Aidan's".
_COMPANY_GAP = Lazy(r"[ &]{0,3}|\.[ ]{1,2}")
_POSSESSIVE = Lazy(r"'s$|(?<=s)'$")


class _Name(NamedTuple):
    """One word of the company's name as the file writes it, and where."""

    text: str
    start: int  # offsets into the company's name
    end: int


class Mention(NamedTuple):
    """A run of the note's words that stands for words of the company's name."""

    first: Word
    last: Word
    exact: bool  # every word as the file writes it
    suggestion: str  # the words of the name it stands for, as the file writes them
    words: int  # how many words of the note


@rule("company-misspelled", "error")
def misspelt_company(ctx: Context) -> Iterator[Hit]:
    """The company's name where it is misspelt, mis-accented or mis-capitalised.

    Any run of its words is a fine short form when written as the file writes
    them ("Acme" for "Acme Robotics", "Kestrel Mutual"); a run with a near miss
    in it ("Acme Robotic", "Kestral Mutual") is not. A lone near miss is the
    company only where it stands for the first distinctive word of the name
    and is no English word ("Texans" beside "Texas Water Board" is not) and no
    person's name in a greeting or after a title ("Dear Mr. Halloran").
    """
    from thanknote.checks.names import person_words

    people = person_words(ctx)
    company = ctx.interview.company
    for mention in ctx.shared(mentions):
        if mention.exact:
            continue
        if mention.words == 1 and mention.first.position in people:
            continue  # the one word is someone's name: the name check says so
        said = ctx.text.original[mention.first.start : mention.last.end]
        if ctx.recipient is not None and said in (ctx.recipient.title or ""):
            continue  # the reader's title, as the file gives it: "Glavna sestra Zavoda" (DV)
        yield Hit(
            mention.first.start,
            mention.last.end,
            f"The company writes its name {company!r}.",
            mention.suggestion,
        )


def mentions(ctx: Context) -> list[Mention]:
    """Every mention of the company in the note, exact or not (shared by the rules)."""
    company = ctx.interview.company.replace("’", "'")
    names = [_Name(m.group(), m.start(), m.end()) for m in _COMPANY_WORD.finditer(company)]
    if not names:
        return []
    note = ctx.text
    words = note.alphanumeric_words if any(c.isdigit() for c in company) else note.words
    lead = _lead(names)
    could = _starts(company)
    # Only a name's own small words ("de", "y") start a mention in small letters.
    small = any(not n.text[:1].isupper() for n in names)
    found: list[Mention] = []
    i = 0
    while i < len(words):
        text = words[i].text
        folded = fold(text)
        if text[:1].islower() and not small and folded != could.joined:
            i += 1  # a word in small letters is the ordinary word ("the brewery")
            continue
        if not could.may_start(folded):
            i += 1  # the quick test: most words are nothing like the company's
            continue
        mention = _longest(note, words, i, names, lead, company)
        if mention is None:
            joined = _joined(note, words, i, names, company)
            if joined is not None:
                found.append(joined)
                i = joined.last.position + 1
                continue
            i += 1
            continue
        found.append(mention)
        i = mention.last.position + 1
    return found


class _Starts(NamedTuple):
    """A quick test of whether a (folded) word may start a mention of the company.

    A near miss has about the length of a word of the name and shares its
    first letter or the two after it; a name's first two words run together
    ("lumenhealth") or its first word's start ("bright" of "BrightQuay") may
    also start one.
    """

    heads: frozenset[tuple[str, int]]  # a name's first letter, and lengths near its own
    seconds: frozenset[tuple[str, int]]  # its second and third letters, and lengths
    lead: str  # the name's first word
    joined: str | None  # its first two words run together
    digits: bool  # a word of the name has digits ("M3K"): every word is compared

    def may_start(self, word: str) -> bool:
        size = len(word)
        return (
            self.digits
            or (word[:1], size) in self.heads
            or (word[1:3], size) in self.seconds
            or word == self.joined
            or (size >= 2 and self.lead.startswith(word))
        )


@lru_cache(maxsize=64)
def _starts(company: str) -> _Starts:
    names = [fold(m.group()) for m in _COMPANY_WORD.finditer(company)]
    return _Starts(
        heads=frozenset((n[:1], len(n) + d) for n in names for d in range(-3, 4)),
        seconds=frozenset((n[1:3], len(n) + d) for n in names for d in range(-3, 4)),
        lead=names[0],
        joined=names[0] + names[1] if len(names) > 1 else None,
        digits=any(c.isdigit() for n in names for c in n),
    )


def _lead(names: Sequence[_Name]) -> int:
    """The first word of the name that tells it apart ("Kestrel" in "The Kestrel Inn")."""
    for index, name in enumerate(names):
        if len(name.text) >= 3 and not name.text.isdigit() and not is_common_word(name.text):
            return index
    return 0


def _longest(
    note: NoteText,
    words: Sequence[Word],
    i: int,
    names: Sequence[_Name],
    lead: int,
    company: str,
) -> Mention | None:
    """The longest mention that starts at the note's word `i`, if any."""
    best: Mention | None = None
    word = words[i]
    for k in range(len(names)):
        first = _word_match(word, names[k].text, starts=True)
        weak = first is None and _close(word.text, names[k].text)  # "Olde Mill Brewery"
        if first is None and not weak:
            continue
        end, exact, matched = i, bool(first), 1
        for kk in range(k + 1, len(names)):
            j = i + kk - k
            if j >= len(words) or not note.adjacent(words[j - 1], words[j], _COMPANY_GAP):
                break
            ok = _word_match(words[j], names[kk].text, starts=False)
            if ok is None or (weak and not ok):
                break
            end, exact, matched = j, exact and ok, matched + 1
        if weak and matched < 2:
            continue
        whole = k == 0 and matched == len(names)
        if not exact and not whole and _case_only(words, i, end, names, k):
            # "the Texas water supply": a lower-case word after the name is that word
            end = next(j for j in range(i + 1, end + 1) if words[j].text != names[k + j - i].text)
            end, matched, exact = end - 1, end - i, True
        if (
            matched == 1
            and not exact
            and not _lone_near_miss(word, names[k].text, k == lead, len(names))
        ):
            continue
        if best is None or matched > best.words:
            best = Mention(
                word, words[end], exact, _suggestion(company, names, k, matched), matched
            )
    return best


def _close(text: str, expected: str) -> bool:
    """One letter from a short word of the name, capitalised as it is ("Olde" for "Old")."""
    return (
        len(expected) >= 3
        and text[:1].isupper()
        and expected[:1].isupper()
        and distance(fold(text), fold(expected)) == 1
    )


def _case_only(words: Sequence[Word], i: int, end: int, names: Sequence[_Name], k: int) -> bool:
    """Whether the run's only differences are words after its first written in lower case."""
    return all(
        words[j].text == names[k + j - i].text
        or (
            j > i and words[j].text.islower() and fold(words[j].text) == fold(names[k + j - i].text)
        )
        for j in range(i, end + 1)
    )


def _lone_near_miss(word: Word, expected: str, lead: bool, size: int) -> bool:
    """Whether one word alone, near a word of the name, stands for the company.

    It must stand for the word that tells the company apart ("Board" alone is
    not the Texas Water Board), capitalised; differing in more than accents,
    it must be no English word ("Texans" beside "Texas Water Board").
    """
    text = word.text
    if (not lead and size > 1) or not text[:1].isupper() or text.isupper():
        return False
    if fold(text) == fold(expected):  # "Novae" for "Novaé"
        return not (word.sentence_start and is_common_word(text))
    return not is_known_word(text)


def _suggestion(company: str, names: Sequence[_Name], k: int, matched: int) -> str:
    """The words of the name a mention stands for, as the file writes them."""
    if k == 0 and k + matched == len(names):
        return company  # the whole name, with its full stops ("Inc.")
    return company[names[k].start : names[k + matched - 1].end]


def _joined(
    note: NoteText, words: Sequence[Word], i: int, names: Sequence[_Name], company: str
) -> Mention | None:
    """ "LumenHealth" for "Lumen Health", "Bright Quay" for "BrightQuay"."""
    text = words[i].text
    if len(names) > 1 and fold(text) == fold(names[0].text + names[1].text):
        rest = 2
        end = words[i]
        for kk in range(2, len(names)):  # the words after the joined ones
            j = i + kk - 1
            if j >= len(words) or not note.adjacent(words[j - 1], words[j], _COMPANY_GAP):
                break
            if _word_match(words[j], names[kk].text, starts=False) is None:
                break
            end, rest = words[j], rest + 1
        return Mention(words[i], end, False, _suggestion(company, names, 0, rest), 1)
    if i + 1 >= len(words) or not text[:1].isupper():
        return None
    first, second = words[i], words[i + 1]
    if note.gap(first, second) != " " or not second.text[:1].isupper():
        return None
    if fold(first.text + second.text) != fold(names[0].text):
        return None
    end, matched = second, 1
    for kk in range(1, len(names)):  # the words after the split one
        j = i + kk + 1
        if j >= len(words) or not note.adjacent(words[j - 1], words[j], _COMPANY_GAP):
            break
        if _word_match(words[j], names[kk].text, starts=False) is None:
            break
        end, matched = words[j], matched + 1
    return Mention(first, end, False, _suggestion(company, names, 0, matched), 2)


def _word_match(word: Word, expected: str, *, starts: bool) -> bool | None:
    """True for the exact word, False for a near miss, None for another word."""
    text = word.text
    if word.possessive and expected.endswith(("'s", "s'")):
        expected = _POSSESSIVE.sub("", expected)  # "St Werburgh's" as the file writes it
    if text == expected:
        return True
    if fold(text) == fold(expected):
        if text.isupper() and len(text) > 1:
            return True  # an ALL-CAPS heading
        if starts and text.islower():
            return None  # the ordinary word ("the brewery", "apple" beside Apple)
        return False  # "Dimaggio", or "Lumen health" after the company's first word
    if not (text.isalpha() and expected.isalpha()) and (
        any(c.isdigit() for c in expected) or any(c.isdigit() for c in text)
    ):
        if len(text) >= 3 and sorted(fold(text)) == sorted(fold(expected)):
            return False  # "3MK" for "M3K": the same characters, swapped
        return None
    if not text[:1].isupper() and not expected[:1].islower():
        return None
    folded, wanted = fold(text), fold(expected)
    size = len(expected)
    edits = distance(folded, wanted)
    if (edits == 1 and size >= 4) or (edits == 2 and size >= 8):
        return False
    if size >= 5 and text[:1].isupper() and folded.startswith(wanted) and edits <= 3:
        return False  # "Quantique" for "Quantiq"
    if starts:
        return None
    if edits <= 2 and size >= 4 and sound_key(folded) == sound_key(wanted):
        return False  # "Pickering & Vail" for "Pickering & Vale"
    if size >= 3 and folded.startswith(wanted) and edits <= 2:
        return False  # "Orbit & Oaks" for "Orbit & Oak"
    if size >= 5 and len(text) >= 5 and folded[:4] == wanted[:4]:
        return False  # "Northwind Trading" for "Northwind Traders"
    return None
