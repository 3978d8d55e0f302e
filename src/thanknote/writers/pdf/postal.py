"""Postal conventions: the paper a country writes letters on, and country lines of addresses.

A letter goes out on the paper of the country it is posted from: US Letter
in the countries of North and Central America, Chile, Colombia, Venezuela and
the Philippines, which use it, and A4 everywhere else. An address's last
line may name its country; on an envelope posted within that country it is
left out, as postal services ask.

The candidate's country is read from `Candidate.country` (an ISO 3166 code)
where the interview file gives one, else from their address
(`thanknote.countries`, from ISO 3166 as pycountry ships it).
"""

from __future__ import annotations

from typing import Final

from thanknote.countries import country_of, country_of_line
from thanknote.model import Candidate

__all__ = ["LETTER_PAPER", "country_of", "country_of_line", "paper_for"]

LETTER_PAPER: Final = frozenset(
    {"US", "CA", "MX", "PR", "GT", "SV", "HN", "NI", "CR", "PA", "DO", "BZ", "CL", "CO", "VE", "PH"}
)
"""Countries (ISO 3166 codes) whose letters are printed on US Letter, not A4."""


def paper_for(candidate: Candidate) -> str:
    """ "letter" or "a4": the paper of the candidate's country (letter when it is not known)."""
    country = country_of(candidate)
    return "letter" if country is None or country in LETTER_PAPER else "a4"
