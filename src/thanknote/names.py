"""Business-card names: their parts and the salutations built from them.

Names are kept exactly as printed (in Unicode NFC) and never "corrected".
A salutation never guesses Mr. or Ms. from a given name: without an
honorific on the card, a formal salutation uses the full name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Post-nominal degrees that mean the holder is addressed as "Dr.".
_DOCTORAL_SUFFIXES = frozenset({"phd", "ph.d.", "ph.d", "md", "m.d.", "dphil", "edd", "ed.d."})


@dataclass(frozen=True, slots=True, kw_only=True)
class CardName:
    """A name as printed on a business card, split into its parts.

    Every part is a substring of the card (in NFC); parts the card does not
    have are empty strings.
    """

    card: str
    honorific: str = ""
    given: str = ""
    middle: str = ""
    family: str = ""
    suffix: str = ""
    nickname: str = ""
    family_first: bool = False  # the card writes the family name first

    @property
    def full(self) -> str:
        """The name without honorific, nickname or suffix, in card order."""
        order = (
            (self.family, self.middle, self.given)
            if self.family_first
            else (self.given, self.middle, self.family)
        )
        return " ".join(p for p in order if p) or self.card

    @property
    def parts(self) -> tuple[str, ...]:
        """Every non-empty name part (honorific and suffix excluded)."""
        return tuple(p for p in (self.given, self.middle, self.family, self.nickname) if p)


# Letters that do not decompose into ASCII under NFKD, and curly apostrophes.
_FOLD = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "đ": "d",
     "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i",
     "’": "'", "‘": "'"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case text with diacritics removed: "Núñez" -> "nunez", "Łukasz" -> "lukasz"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def nfc(text: str) -> str:
    """Return `text` in Unicode normal form C."""
    return unicodedata.normalize("NFC", text)


# What a business card puts before and after a name. Compared without case,
# dots or spaces: "Dr", "Dr." and "DR." are one honorific.
_HONORIFICS = frozenset(
    """dr doctor prof professor mr mrs ms miss mx sir dame lord lady rev reverend fr father
    hon judge justice capt captain col colonel maj major gen general lt sgt cmdr adm rabbi imam
    sheikh pastor sr sra srta dott dottssa ing mag herr frau mme mlle mons""".split()
)
_SUFFIXES = frozenset(
    """jr sr ii iii iv v phd md dphil edd dds dvm jd llm mba msc ma bsc ba ms mph cpa cfa pe
    pmp esq rn np obe mbe cbe kbe frs""".split()
)
# Honorifics used with the given name, not the family name.
_GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})
# Words that continue a German or Austrian doctorate: "Dr. med.", "Dr. rer. nat.".
_DOCTORATE_FIELDS = frozenset("med rer nat phil jur dent vet oec habil hc h.c. ing".split())
# Words that begin a family name: "van der Berg", "Ó Súilleabháin", "de la Cruz".
PARTICLES = frozenset(
    """van von der den de del della dei degli di da das dos du la le les lo ter ten te zu zum
    zur bin ibn bint al el abu ap ó o ní nic mac mc st st. ste. y""".split()
)
_NICKNAME = re.compile(
    r"\s*(?:\(([^()]+)\)|\"([^\"]+)\"|“([^“”]+)”|(?<!\S)[‘']([^‘’']+)[’'](?!\S))\s*"
)


def _key(word: str) -> str:
    return word.lower().replace(".", "").replace(" ", "")


@lru_cache(maxsize=1024)
def parse_card_name(
    card: str, *, family_first: bool = False, nickname: str | None = None
) -> CardName:
    """Split a business-card name into honorific, given, family and suffix.

    Handles honorifics ("Dr.", "Prof. Dr."), degrees and generations after a
    comma or at the end ("PhD", "Jr."), a nickname in parentheses or quotes
    ("Robert (Bob) Smith"), family-name particles ("van der Berg",
    "Ó Súilleabháin") and cards that write the family name first.

    Args:
        card: the name exactly as printed, e.g. "Dr. Priya Raman" or
            "Robert (Bob) Smith, PhD".
        family_first: the card writes the family name first ("Nguyen Thi Lan").
        nickname: a nickname given separately; it wins over one in the card.

    Returns:
        The parts, each as written on the card.
    """
    card = nfc(" ".join(card.split()))
    rest = card
    found_nickname = ""
    match = _NICKNAME.search(rest)
    if match and match.start() > 0:  # not an apostrophe at the start: "'Ōta"
        found_nickname = next(g for g in match.groups() if g).strip()
        rest = f"{rest[: match.start()]} {rest[match.end() :]}".strip()
    head, _, tail = rest.partition(",")
    suffixes: list[str] = []
    if tail:
        extra = [t.strip() for t in tail.split(",") if t.strip()]
        if all(_key(w) in _SUFFIXES for t in extra for w in t.split()):
            suffixes = extra
        else:  # "Raman, Priya": family name first, then a comma
            head = f"{tail.strip()} {head.strip()}"
    words = head.split()
    while len(words) > 1 and _key(words[-1]) in _SUFFIXES and not _is_initial(words[-1]):
        suffixes.insert(0, words.pop())
    honorifics: list[str] = []
    while len(words) > 1 and (
        _key(words[0]) in _HONORIFICS or (honorifics and _key(words[0]) in _DOCTORATE_FIELDS)
    ):
        honorifics.append(words.pop(0))
    given = middle = family = ""
    ordered = False
    if len(words) == 1:
        if honorifics:
            family = words[0]  # "Dr. Raman"
        else:
            given = words[0]
    elif words and family_first:
        family, given, middle = words[0], words[-1], " ".join(words[1:-1])
        ordered = True
    elif words:
        start = len(words) - 1
        while start > 1 and _key(words[start - 1]) in PARTICLES:
            start -= 1
        given, middle, family = words[0], " ".join(words[1:start]), " ".join(words[start:])
    return CardName(
        card=card,
        honorific=" ".join(honorifics),
        given=given,
        middle=middle,
        family=family,
        suffix=", ".join(suffixes),
        nickname=nfc(nickname) if nickname else found_nickname,
        family_first=ordered,
    )


def _is_initial(word: str) -> bool:
    """ "V." in "Jane V." is an initial, not the suffix "V"."""
    return len(word.rstrip(".")) == 1 and word.endswith(".")


def address_honorific(name: CardName) -> str:
    """The honorific a person is addressed with: as on the card, less a doctorate's
    field ("Dr. med." is "Dr."), or "Dr." for a doctorate after the name; "" if none."""
    honorific = " ".join(w for w in name.honorific.split() if _key(w) not in _DOCTORATE_FIELDS)
    if not honorific and name.suffix.lower().replace(" ", "") in _DOCTORAL_SUFFIXES:
        honorific = "Dr."
    return honorific


def formal_address(name: CardName) -> str:
    """How to address the person formally, without "Dear".

    "Dr. Raman" with an honorific (or a doctoral degree after the name);
    otherwise the full name, since Mr./Ms. is never guessed.
    """
    honorific = address_honorific(name)
    if _key(honorific.split()[0] if honorific else "") in _GIVEN_NAME_HONORIFICS and name.given:
        return f"{honorific} {name.given}"  # "Sir Ian", "Dame Judi"
    if honorific and name.family:
        return f"{honorific} {name.family}"
    return name.full


def warm_address(name: CardName) -> str:
    """How to address the person by name: their nickname or given name."""
    if name.nickname:
        return name.nickname
    if _is_initial(name.given) and name.middle:  # "J. Robert Oppenheimer" goes by Robert
        return name.middle.split()[0]
    return name.given or formal_address(name)


def formal_salutation(name: CardName) -> str:
    """Return e.g. "Dear Dr. Raman," or "Dear Siobhán Ó Súilleabháin,"."""
    return f"Dear {formal_address(name)},"


def warm_salutation(name: CardName) -> str:
    """Return e.g. "Dear Priya," or, with a nickname, "Dear Bob,"."""
    return f"Dear {warm_address(name)},"
