"""Where sentences end: after ".", "!" or "?", but not after an abbreviation.

The drafting planner and the checker split notes the same way: "Ltd.", "Dr.",
"St.", "U.S." or "Pte." end a sentence only when a word that plainly starts
one follows ("...Pte. Ltd. I enjoyed it").
"""

from __future__ import annotations

from typing import Final

from thanknote import patterns as rx
from thanknote.patterns import Lazy

__all__ = ["GREETING", "STARTERS", "in_a_citation", "is_abbreviation", "split", "without_greeting"]

_SENTENCE_END: Final = Lazy(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# A word before a full stop that is short ("Ltd", "Dr", "Pte"), initials ("U.S"), or
# short parts each with its stop ("LL.B", "Ph.D", "B.Eng").
_ABBREVIATION: Final = Lazy(
    r"(?:^|[\s(])(?:[^\W\d_]{1,3}\.)*(?:[^\W\d_]{1,3}|(?:[^\W\d_]\.)+[^\W\d_]?)\.$"
)
_KNOWN: Final = frozenset(
    # and Polish "ds." (do spraw, "for"), inside titles: "Specjalista ds. Jakości" (set FX)
    "inc ltd corp dept approx etc e.g i.e no vs prof pte bhd gmbh sdn ds".split()
)
# Words that start a sentence after an abbreviation's full stop.
STARTERS: Final = frozenset(
    "I We It Our My The This That Thank Thanks Please Your As When If In Many".split()
)


# The words a greeting opens with: "Dear", "Hi", "Kia ora", "Good morning" (compiled
# when first used).
GREETING: Final = (
    r"(?i:dear|hi|hello|hey|hallo|hej|hei|moi|kia ora|good (?:morning|afternoon|evening)|"
    r"bonjour|ciao|hola|olá|ola|salut|sawubona|namaste|g'day|g’day|howdy|"
    r"estimad[oa]s?|querid[oa]s?|prezad[oa]s?|cher|chère|liebe|lieber|caro|cara|beste|kære|"
    # and Vietnamese's "Kính gửi" (set FN: "Hi Kính gửi chị Lan," said on a call), Turkish's
    # "Sayın" (set FS: "Hello Sayın Ayşe Hanım"), the everyday ones of Dutch, German,
    # Portuguese and Icelandic (sets FZ, GA, GL: "Hi Hoi Sanne,", "Good morning Sæl Guðrún")
    r"hoi|moin|servus|grüezi|merhaba|oi|sæl|sæll|"
    r"sehr geehrte[rn]?|geachte|gentile|egregi[oa]|szanown[ya]|kính gửi|sayın)(?=[\s,!]|$)"
)


def without_greeting(text: str) -> str:
    """A line without the greeting it opens with ("Hi Elena, thanks again ..."), so
    that two notes saying the same thing to two people count as the same."""
    return rx.sub(rf"^{GREETING}[^,;]{{0,80}}[,;]\s*", "", text)


def is_abbreviation(before: str) -> bool:
    """Whether the text before and including a full stop ends in an abbreviation."""
    tail = before[-16:]
    if _ABBREVIATION.search(tail):
        return True
    word = rx.search(r"([^\W\d_][\w.]*)\.$", tail)
    return bool(word and word.group(1).lower() in _KNOWN)


def in_a_citation(before: str, after: str) -> bool:
    """Whether a full stop inside a journal's name cut short goes on: "including J.
    Geochem. Explor. 2022" (set HX: the panel check read "Having co-authored 6 papers,
    including J. Geochem." as a sentence). `before` is the text up to the stop, `after`
    what follows it. Two words cut short and capitalised in a row, then a number or
    another such word: "Dr. Okonkwo. She ..." and "A. Sharma. He ..." end sentences."""
    chain = rx.search(r"(?:^|\s)([A-Z][a-z]{0,7})\. ([A-Z][a-z]{2,8})\.$", before[-24:])
    if not chain or not _cut_short(chain.group(2)):
        return False
    if len(chain.group(1)) > 1 and not _cut_short(chain.group(1)):
        return False  # "Dr." is a title, not a word cut short: "Dr. Okonkwo."
    following = after.lstrip()
    return bool(rx.match(r"(?:\d|[A-Z][a-z]{1,8}\.(?:\s|$))", following))


def _cut_short(word: str) -> bool:
    """Whether a capitalised word is no word of English, as one cut short is ("Geochem")."""
    from thanknote.lexicon import is_known_word

    return not is_known_word(word.lower())


def split(text: str) -> list[str]:
    """Prose split into sentences (at ". ", "! ", "? " before a capital)."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        piece = piece.strip()
        if not piece:
            continue
        # a starter with its contraction too: "Thank you. I'd welcome ..."
        first = rx.split(r"['’]", piece.split(" ", 1)[0])[0]
        if out and (
            (is_abbreviation(out[-1]) and first not in STARTERS) or in_a_citation(out[-1], piece)
        ):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out
