"""Business-card names: their parts and the salutations built from them.

Names are kept exactly as printed (in Unicode NFC) and never "corrected".
A salutation never guesses Mr. or Ms. from a given name: without an
honorific on the card, a formal salutation uses the full name.
"""

from __future__ import annotations

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

    @property
    def full(self) -> str:
        """The name without honorific, nickname or suffix, in card order."""
        return " ".join(p for p in (self.given, self.middle, self.family) if p) or self.card

    @property
    def parts(self) -> tuple[str, ...]:
        """Every non-empty name part (honorific and suffix excluded)."""
        return tuple(p for p in (self.given, self.middle, self.family, self.nickname) if p)


def nfc(text: str) -> str:
    """Return `text` in Unicode normal form C."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1024)
def parse_card_name(
    card: str, *, family_first: bool = False, nickname: str | None = None
) -> CardName:
    """Split a business-card name into honorific, given, family and suffix.

    Args:
        card: the name exactly as printed, e.g. "Dr. Priya Raman" or
            "Robert (Bob) Smith, PhD".
        family_first: the card writes the family name first ("Nguyen Thi Lan").
        nickname: a nickname given separately; it wins over one in the card.

    Returns:
        The parts, each as written on the card.
    """
    from nameparser import HumanName  # light, but only needed here

    card = nfc(" ".join(card.split()))
    parsed = HumanName(card)
    honorific, suffix = parsed.title, parsed.suffix
    given, middle, family = parsed.first, parsed.middle, parsed.last
    if family_first:
        words = " ".join(p for p in (given, middle, family) if p).split()
        if len(words) >= 2:
            family, given, middle = words[0], words[-1], " ".join(words[1:-1])
    elif not family and given and honorific:
        # "Dr. Raman": a single name after an honorific is the family name.
        given, family = "", given
    return CardName(
        card=card,
        honorific=honorific,
        given=given,
        middle=middle,
        family=family,
        suffix=suffix,
        nickname=nfc(nickname) if nickname else parsed.nickname,
    )


def formal_address(name: CardName) -> str:
    """How to address the person formally, without "Dear".

    "Dr. Raman" with an honorific (or a doctoral degree after the name);
    otherwise the full name, since Mr./Ms. is never guessed.
    """
    honorific = name.honorific
    if not honorific and name.suffix.lower().replace(" ", "") in _DOCTORAL_SUFFIXES:
        honorific = "Dr."
    if honorific and name.family:
        return f"{honorific} {name.family}"
    return name.full


def warm_address(name: CardName) -> str:
    """How to address the person by name: their nickname or given name."""
    return name.nickname or name.given or formal_address(name)


def formal_salutation(name: CardName) -> str:
    """Return e.g. "Dear Dr. Raman," or "Dear Siobhán Ó Súilleabháin,"."""
    return f"Dear {formal_address(name)},"


def warm_salutation(name: CardName) -> str:
    """Return e.g. "Dear Priya," or, with a nickname, "Dear Bob,"."""
    return f"Dear {warm_address(name)},"
