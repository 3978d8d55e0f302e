"""Postal conventions: the paper a country writes letters on, and country lines of addresses.

A letter goes out on the paper of the country it is posted from: US Letter
in the countries of North and Central America, Chile, Colombia, Venezuela and
the Philippines, which use it, and A4 everywhere else. An address's last
line may name its country; on an envelope posted within that country it is
left out, as postal services ask.

The candidate's country is read from `Candidate.country` (an ISO 3166 code)
where the interview file gives one, else from the last line of their
address when it names a country.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from thanknote.model import Candidate

__all__ = ["LETTER_PAPER", "country_of", "country_of_line", "paper_for"]

LETTER_PAPER: Final = frozenset(
    {"US", "CA", "MX", "PR", "GT", "SV", "HN", "NI", "CR", "PA", "DO", "BZ", "CL", "CO", "VE", "PH"}
)
"""Countries (ISO 3166 codes) whose letters are printed on US Letter, not A4."""

# How an address's last line names a country: the country's names in English and its
# own languages, its three-letter ISO code and the abbreviations people write (two
# letters alone only for US, UK, GB and NZ: "CA" or "PA" alone is a state). Compared
# folded (no case, no accents, no dots).
_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "US": ("usa", "us", "united states", "united states of america", "america"),
    "CA": ("canada", "can"),
    "MX": ("mexico", "mex", "estados unidos mexicanos"),
    "GB": ("uk", "gb", "gbr", "united kingdom", "great britain", "england", "scotland",
           "wales", "northern ireland"),
    "IE": ("ireland", "irl", "eire", "republic of ireland"),
    "AU": ("australia", "aus"),
    "NZ": ("new zealand", "nz", "nzl", "aotearoa"),
    "DE": ("germany", "deutschland", "deu", "ger"),
    "AT": ("austria", "osterreich", "aut"),
    "CH": ("switzerland", "schweiz", "suisse", "svizzera", "che"),
    "FR": ("france", "fra"),
    "BE": ("belgium", "belgique", "belgie", "bel"),
    "NL": ("netherlands", "the netherlands", "nederland", "holland", "nld"),
    "LU": ("luxembourg", "lux"),
    "ES": ("spain", "espana", "esp"),
    "PT": ("portugal", "prt"),
    "IT": ("italy", "italia", "ita"),
    "DK": ("denmark", "danmark", "dnk"),
    "SE": ("sweden", "sverige", "swe"),
    "NO": ("norway", "norge", "nor"),
    "FI": ("finland", "suomi", "fin"),
    "IS": ("iceland", "island", "isl"),
    "PL": ("poland", "polska", "pol"),
    "CZ": ("czech republic", "czechia", "cesko", "cze"),
    "SK": ("slovakia", "slovensko", "svk"),
    "HU": ("hungary", "magyarorszag", "hun"),
    "RO": ("romania", "rou"),
    "BG": ("bulgaria", "bgr"),
    "GR": ("greece", "hellas", "grc"),
    "TR": ("turkey", "turkiye", "tur"),
    "IL": ("israel", "isr"),
    "AE": ("united arab emirates", "uae", "are"),
    "SA": ("saudi arabia", "ksa", "sau"),
    "EG": ("egypt", "egy"),
    "ZA": ("south africa", "zaf", "rsa"),
    "NG": ("nigeria", "nga"),
    "KE": ("kenya", "ken"),
    "GH": ("ghana", "gha"),
    "IN": ("india", "bharat", "ind"),
    "PK": ("pakistan", "pak"),
    "BD": ("bangladesh", "bgd"),
    "CN": ("china", "people's republic of china", "prc", "chn"),
    "HK": ("hong kong", "hkg"),
    "TW": ("taiwan", "twn"),
    "JP": ("japan", "nippon", "jpn"),
    "KR": ("south korea", "korea", "republic of korea", "kor"),
    "SG": ("singapore", "sgp"),
    "MY": ("malaysia", "mys"),
    "ID": ("indonesia", "idn"),
    "TH": ("thailand", "tha"),
    "VN": ("vietnam", "viet nam", "vnm"),
    "PH": ("philippines", "the philippines", "phl"),
    "BR": ("brazil", "brasil", "bra"),
    "AR": ("argentina", "arg"),
    "CL": ("chile", "chl"),
    "CO": ("colombia", "col"),
    "PE": ("peru", "per"),
    "VE": ("venezuela", "ven"),
    "UY": ("uruguay", "ury"),
    "CR": ("costa rica", "cri"),
    "PA": ("panama", "pan"),
    "GT": ("guatemala", "gtm"),
    "DO": ("dominican republic", "republica dominicana", "dom"),
    "PR": ("puerto rico", "pri"),
    "UA": ("ukraine", "ukr"),
    "EE": ("estonia", "eesti", "est"),
    "LV": ("latvia", "latvija", "lva"),
    "LT": ("lithuania", "lietuva", "ltu"),
    "HR": ("croatia", "hrvatska", "hrv"),
    "SI": ("slovenia", "slovenija", "svn"),
    "RS": ("serbia", "srbija", "srb"),
    "MT": ("malta", "mlt"),
    "CY": ("cyprus", "cyp"),
}  # fmt: skip
_BY_NAME: Final = {name: code for code, names in _NAMES.items() for name in names}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", "").replace(",", " ").split())


def country_of_line(line: str) -> str | None:
    """The ISO 3166 code of the country an address line names, or None: "U.S.A." is "US"."""
    return _BY_NAME.get(_fold(line))


def country_of(candidate: Candidate) -> str | None:
    """The candidate's country: `country` where the file gives it, else their address's."""
    given = getattr(candidate, "country", None)  # added to the model by issue 12
    if isinstance(given, str) and len(given.strip()) == 2:
        return given.strip().upper()
    lines = [line for line in (candidate.address or "").splitlines() if line.strip()]
    return country_of_line(lines[-1]) if lines else None


def paper_for(candidate: Candidate) -> str:
    """ "letter" or "a4": the paper of the candidate's country (letter when it is not known)."""
    country = country_of(candidate)
    return "letter" if country is None or country in LETTER_PAPER else "a4"
