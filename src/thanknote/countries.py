"""Countries and their subdivisions by ISO 3166 code, and the one an address names.

The codes and English names are pycountry's copy of ISO 3166-1 and 3166-2
(Debian's iso-codes, kept up to date with ISO's changes), read straight from
the JSON files pycountry ships: importing pycountry itself takes a fifth of
`thanknote draft`, and only a file that names a country needs them. The
country list is complete (every code `holidays` has public holidays for is
an ISO 3166-1 code, and Kosovo's XK, which ISO reserves, is added), so a real
country is never refused; a country without holidays is the plan's concern.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Final, NamedTuple

from thanknote import patterns as rx
from thanknote.model import Candidate, Region
from thanknote.patterns import Lazy

__all__ = [
    "country_line_for",
    "country_name",
    "country_of",
    "country_of_email",
    "country_of_line",
    "country_problem",
    "normalize_country",
    "normalize_subdivision",
    "region_from_address",
    "subdivision_name",
    "subdivision_problem",
]

# Codes in use that ISO 3166-1 reserves rather than assigns: Kosovo (XK) has
# public holidays in `holidays` and addresses in Pristina.
_USER_ASSIGNED: Final = {"XK": "Kosovo"}

# How English-speaking addresses and people name countries where ISO's names
# differ, and a few countries' own names, as the last line of an address
# writes them. ISO's own names, official names and common names are read from
# the data; these are the usual others.
_ALIASES: Final = {
    "usa": ("US", None),
    "u.s.a.": ("US", None),
    "us": ("US", None),
    "u.s.": ("US", None),
    "united states of america": ("US", None),
    "uk": ("GB", None),
    "u.k.": ("GB", None),
    "great britain": ("GB", None),
    "britain": ("GB", None),
    "england": ("GB", "ENG"),
    "scotland": ("GB", "SCT"),
    "wales": ("GB", "WLS"),
    "northern ireland": ("GB", "NIR"),
    "republic of ireland": ("IE", None),
    "eire": ("IE", None),
    "holland": ("NL", None),
    "russia": ("RU", None),
    "czech republic": ("CZ", None),
    "turkey": ("TR", None),
    "ivory coast": ("CI", None),
    "deutschland": ("DE", None),
    "espana": ("ES", None),
    "italia": ("IT", None),
    "schweiz": ("CH", None),
    "suisse": ("CH", None),
    "svizzera": ("CH", None),
    "osterreich": ("AT", None),
    "nederland": ("NL", None),
    "belgie": ("BE", None),
    "belgique": ("BE", None),
    "sverige": ("SE", None),
    "norge": ("NO", None),
    "danmark": ("DK", None),
    "suomi": ("FI", None),
    "polska": ("PL", None),
    "brasil": ("BR", None),
    "cesko": ("CZ", None),
    "slovensko": ("SK", None),
    "magyarorszag": ("HU", None),
    "hellas": ("GR", None),
    "turkiye": ("TR", None),
    "eesti": ("EE", None),
    "latvija": ("LV", None),
    "lietuva": ("LT", None),
    "hrvatska": ("HR", None),
    "slovenija": ("SI", None),
    "srbija": ("RS", None),
    "nippon": ("JP", None),
    "bharat": ("IN", None),
    "aotearoa": ("NZ", None),
    "uae": ("AE", None),
    "ksa": ("SA", None),
    "prc": ("CN", None),
    "republica dominicana": ("DO", None),
    "estados unidos mexicanos": ("MX", None),
}
# Country names that are also the name of a US state, so that a last line
# holding one alone is no clear country.
_AMBIGUOUS: Final = frozenset({"georgia"})
# Codes people write for a country that ISO 3166-1 alpha-2 spells otherwise.
_NOT_ALPHA_2: Final = {"UK": "GB", "EN": "GB"}


class _Country(NamedTuple):
    code: str
    name: str


@cache
def _countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name, for every country."""
    rows = _database("iso3166-1.json")["3166-1"]
    found = {row["alpha_2"]: str(row.get("common_name") or row["name"]) for row in rows}
    return {**found, **_USER_ASSIGNED}


@cache
def _subdivisions() -> dict[str, dict[str, str]]:
    """Country code -> {subdivision code without the country: name}."""
    found: dict[str, dict[str, str]] = {}
    for row in _database("iso3166-2.json")["3166-2"]:
        country, _, code = row["code"].partition("-")
        found.setdefault(country, {})[code] = row["name"]
    return found


@cache
def _names() -> dict[str, _Country]:
    """Folded country names (ISO's names, official and common names, the aliases) -> country."""
    names: dict[str, _Country] = {}
    countries = _countries()
    for folded, code in _iso_names():
        names.setdefault(folded, _Country(code, countries[code]))
    for code, name in _USER_ASSIGNED.items():
        names[_fold(name)] = _Country(code, name)
    for alias, (code, _) in _ALIASES.items():
        names[_fold(alias)] = _Country(code, countries[code])
    return names


def _iso_names() -> list[tuple[str, str]]:
    """Every folded English name ISO gives a country (its name, official and common
    name, each in its `_variants`), with the country's code, in ISO's order."""
    return [
        (_fold(variant), row["alpha_2"])
        for row in _database("iso3166-1.json")["3166-1"]
        for key in ("name", "official_name", "common_name")
        if key in row
        for variant in _variants(row[key])
    ]


def _variants(name: str) -> list[str]:
    """ISO's "Korea, Republic of" also as "Republic of Korea"; brackets optional."""
    out = [name]
    plain = rx.sub(r"\s*\([^)]*\)", "", name).strip()
    if plain != name:
        out.append(plain)
    head, comma, tail = name.partition(", ")
    if comma:
        out.append(f"{tail} {head}")
    return out


def _fold(text: str) -> str:
    """Lower case, no accents, no leading "the", no full stops or spaces at the ends."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = rx.sub(r"\s+", " ", text).strip(" .,;")
    return rx.sub(r"^the ", "", text)


def _database(name: str) -> dict[str, list[dict[str, str]]]:
    """One of pycountry's JSON databases, read without importing pycountry."""
    import importlib.util

    spec = importlib.util.find_spec("pycountry")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "databases" / name
        if path.is_file():
            data: dict[str, list[dict[str, str]]] = json.loads(path.read_text(encoding="utf-8"))
            return data
    import pycountry  # the files moved: ask pycountry where they are

    data = json.loads((Path(pycountry.DATABASE_DIR) / name).read_text(encoding="utf-8"))
    return data


def country_name(code: str) -> str:
    """The English name of an ISO 3166-1 alpha-2 code: "US" is "United States".

    Raises:
        KeyError: no country has that code.
    """
    return _countries()[code]


def subdivision_name(country: str, code: str) -> str:
    """The name ISO 3166-2 gives a subdivision: ("US", "OR") is "Oregon".

    Raises:
        KeyError: the country has no subdivision with that code.
    """
    known = _subdivisions().get(country, {})
    code = _FORMER_CODES.get(country, {}).get(code, code)
    return known[code] if code in known else _newer_subdivisions(country)[code]


@cache
def _newer_subdivisions(country: str) -> dict[str, str]:
    """Subdivision codes of `country` newer than pycountry's copy of ISO 3166-2, as
    the `holidays` library knows them, and their names: Norway's counties of 2024
    ("56", Finnmark: set CW) and India's "TG" for Telangana (set CY), which
    pycountry still lists as "TS". Read only when a code is not in pycountry's."""
    import holidays  # only a code pycountry lacks needs it (about 0.1 s)

    found = [cls for cls, code, *_ in holidays.registry.COUNTRIES.values() if code == country]
    if not found:
        return {}
    table = getattr(holidays, found[0], None)
    if table is None:
        return {}
    aliases: dict[str, str] = dict(getattr(table, "subdivisions_aliases", {}) or {})
    names = {}
    for code in getattr(table, "subdivisions", ()):
        spelled = [a for a, c in aliases.items() if c == code and not _code_shaped(a)]
        names[code] = min(spelled, key=len) if spelled else code  # "Finnmark", not "Finmarkun"
    for alias, code in aliases.items():
        if _code_shaped(alias) and code in names:
            names[alias] = names[code]  # "TG" for "TS"
    return names


def _code_shaped(text: str) -> bool:
    return len(text) <= 3 and text.isalnum() and text.upper() == text


def country_problem(code: str) -> str | None:
    """Why `code` is not an ISO 3166-1 alpha-2 code as thanknote keeps them, or None."""
    if code in _countries():
        return None
    return f"must be an ISO 3166-1 alpha-2 code such as 'US', 'GB' or 'DE', not {code!r}" + (
        _country_hint(code)
    )


def normalize_country(value: str) -> tuple[str | None, str | None]:
    """The country code a file gives, in capitals ("us" is "US"), or why it is not one.

    Returns:
        (code, None), or (None, problem).
    """
    code = value.strip().upper()
    if code in _countries():
        return code, None
    return None, country_problem(value)


def _country_hint(value: str) -> str:
    upper = value.strip().upper()
    if upper in _NOT_ALPHA_2:
        code = _NOT_ALPHA_2[upper]
        return f"; did you mean {code!r} ({_countries()[code]})?"
    if upper in _countries():
        return f"; write it in capitals, {upper!r}"
    named = _names().get(_fold(value))
    if named is not None:
        return f"; did you mean {named.code!r} ({named.name})?"
    return ""


def subdivision_problem(country: str, code: str) -> str | None:
    """Why `code` is not an ISO 3166-2 subdivision of `country` (without "US-"), or None."""
    subdivisions = _subdivisions().get(country, {})
    if code in subdivisions or code in _newer_subdivisions(country):
        return None
    if code in _FORMER_CODES.get(country, {}):
        return None
    name = f"{country} ({_countries()[country]})" if country in _countries() else repr(country)
    if not subdivisions:
        return f"{name} has no subdivisions in ISO 3166-2; leave subdivision out, not {code!r}"
    return (
        f"must be the ISO 3166-2 code of a part of {name}, such as "
        f"{min(subdivisions)!r}, not {code!r}" + _subdivision_hint(country, code)
    )


def normalize_subdivision(country: str, value: str) -> tuple[str | None, str | None]:
    """A file's subdivision of `country` as its code: "or", "US-OR" and "OR" are "OR".

    Returns:
        (code, None), or (None, problem).
    """
    code = value.strip().upper()
    prefix = f"{country}-"
    if code.startswith(prefix):
        code = code[len(prefix) :]
    if code in _subdivisions().get(country, {}) or code in _newer_subdivisions(country):
        return code, None
    if code in _FORMER_CODES.get(country, {}):
        return _FORMER_CODES[country][code], None  # "MZ": Mazowieckie, now "14"
    return None, subdivision_problem(country, value)


# Subdivision codes that ISO 3166-2 has replaced and that people and address data still
# write, as the codes that replaced them: Poland's voivodeships in letters (the
# OpenAddresses sources and three of this project's test writers use "PL-MZ", "PL-MA";
# pycountry and `holidays` know only the numbers).
_FORMER_CODES: Final = {
    "PL": dict(
        zip(
            "DS KP LU LB LD MA MZ OP PK PD PM SL SK WN WP ZP".split(),
            "02 04 06 08 10 12 14 16 18 20 22 24 26 28 30 32".split(),
            strict=True,
        )
    ),
}


def _subdivision_hint(country: str, value: str) -> str:
    subdivisions = _subdivisions()[country]
    upper = value.strip().upper()
    if upper.removeprefix(f"{country}-") in subdivisions:
        return f"; write it {upper.removeprefix(f'{country}-')!r}"
    by_name = {_fold(rx.sub(r"\s*\[.*\]", "", n)): c for c, n in subdivisions.items()}
    folded = _fold(value)
    if folded in by_name:
        code = by_name[folded]
        return f"; did you mean {code!r} ({subdivisions[code]})?"
    close = difflib.get_close_matches(folded, list(by_name), n=1, cutoff=0.8)
    if close:
        code = by_name[close[0]]
        return f"; did you mean {code!r} ({subdivisions[code]})?"
    return ""


# Where the last line of an address is a city, a region and a postal code, the
# shape of the code tells the country when no other country writes it so:
# "Portland, OR 97205" (a US state and ZIP code), "Toronto, ON M5V 2T6" (a
# Canadian province and postal code), "Sydney NSW 2000" (an Australian state
# and postcode), "London SW1A 1AA" (a UK postcode; only Northern Ireland's BT
# area tells the part of the UK), "Dublin 2 D02 X285" (an Irish Eircode).
_US: Final = Lazy(r"(?:^|[\s,])(?P<sub>[A-Z]{2})\.?\s+\d{5}(?:-\d{4})?$")
_CA: Final = Lazy(r"(?:^|[\s,])(?P<sub>[A-Z]{2})\.?\s+[A-Z]\d[A-Z] ?\d[A-Z]\d$")
_AU: Final = Lazy(r"(?:^|[\s,])(?P<sub>[A-Z]{2,3})\s+\d{4}$")
_GB: Final = Lazy(r"(?:^|[\s,])(?P<area>[A-Z]{1,2})\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$")
_IE: Final = Lazy(r"(?:^|[\s,])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[AC-FHKNPRTV-Y\d]{4}$")


def country_of_line(line: str) -> str | None:
    """The ISO 3166-1 code of the country an address line names, or None:
    "U.S.A." is "US", "Deutschland" is "DE"; "Georgia" alone names no clear one."""
    folded = _fold(line)
    if folded in _AMBIGUOUS:
        return None
    named = _names().get(folded)
    return named.code if named else None


def region_from_address(address: str) -> Region | None:
    """The country (and part of it) an address names clearly, else None.

    The last line names the country ("Germany", "USA", "Scotland"), or has
    the shape of a US, Canadian, Australian, UK or Irish postal line; a
    country's own line before a country name gives the subdivision ("Portland,
    OR 97205" then "USA" is Oregon). Anything less clear is no country.
    """
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return None
    last = lines[-1]
    named = None if _fold(last) in _AMBIGUOUS else _names().get(_fold(last))
    if named is not None:
        alias = _ALIASES.get(_fold(last))
        subdivision = alias[1] if alias else None
        if subdivision is None and len(lines) > 1:
            shaped = _shaped(lines[-2])
            if shaped is not None and shaped.country == named.code:
                subdivision = shaped.subdivision
        return Region(country=named.code, subdivision=subdivision, from_address=True)
    return _shaped(last)


def _shaped(line: str) -> Region | None:
    """The country a postal line's shape gives, with its subdivision when it names one."""
    for country, pattern in (("US", _US), ("CA", _CA), ("AU", _AU)):
        match = pattern.search(line)
        if match and match.group("sub") in _subdivisions().get(country, {}):
            return Region(country=country, subdivision=match.group("sub"), from_address=True)
    match = _GB.search(line)
    if match:
        subdivision = "NIR" if match.group("area") == "BT" else None
        return Region(country="GB", subdivision=subdivision, from_address=True)
    if _IE.search(line):
        return Region(country="IE", from_address=True)
    return None


def named_in_another_language(name: str) -> str | None:
    """The English name of a country written in another language, or None: "Maroc" is
    Morocco, "Deutschland" Germany, "España" Spain; not an English name ("Morocco",
    "Chile"). Read from the translations of ISO 3166 that pycountry ships, into the
    languages of `LANGUAGES_ABROAD` (`tools/countries_abroad.py` writes them down)."""
    key = _fold(name)
    english = _names_abroad().get(key) if key else None
    # ISO's English names are read only for a name some language gives a country
    if english is None or key in _english_names():
        return None
    return english


@cache
def _english_names() -> frozenset[str]:
    """Folded English names of countries: ISO's, official and common (not the aliases
    in other languages that an address may end with, such as "Deutschland")."""
    return frozenset(folded for folded, _ in _iso_names())


# The languages, written in Latin letters, whose names of countries a note's topic may
# carry ("sourcing Maroc"); read from pycountry's translations of ISO 3166.
LANGUAGES_ABROAD: Final = (
    "fr es pt it de nl da sv nb nn fi pl cs sk hu ro tr id ms sw ca eu gl hr sl et lv lt "
    "vi is ga cy af sq".split()
)


@cache
def _names_abroad() -> dict[str, str]:
    """Folded names of countries in other languages written in Latin letters -> English,
    as `tools/countries_abroad.py` reads them from pycountry's translations of ISO 3166
    (a file in the package: reading 35 translations at each start took 0.2 s)."""
    path = Path(__file__).resolve().parent / "data" / "countries_abroad.json"
    found: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return found


def names_abroad_from_translations() -> dict[str, str]:
    """What `_names_abroad` reads, built from pycountry's translations of ISO 3166 into
    `LANGUAGES_ABROAD` (for `tools/countries_abroad.py` and its test)."""
    import gettext
    import importlib.util

    spec = importlib.util.find_spec("pycountry")
    folders = [Path(f) / "locales" for f in (spec.submodule_search_locations or [])] if spec else []
    locales = next((f for f in folders if f.is_dir()), None)
    if locales is None:
        return {}
    english = _countries()
    rows = _database("iso3166-1.json")["3166-1"]
    found: dict[str, str] = {}
    for language in LANGUAGES_ABROAD:
        try:
            translation = gettext.translation("iso3166-1", str(locales), languages=[language])
        except OSError:
            continue
        for row in rows:
            for key in ("name", "common_name"):
                if key not in row:
                    continue
                said = translation.gettext(row[key])
                folded = _fold(said)
                latin = all(
                    unicodedata.name(c, "").startswith("LATIN") for c in said if c.isalpha()
                )
                if said != row[key] and latin and folded not in _english_names():
                    found.setdefault(folded, english[row["alpha_2"]])
    return found


# Country domains sold worldwide for their letters (".io", ".ai", ".co", ".tv"): an address
# ending in one says nothing of where its owner is.
_DOMAINS_FOR_THEIR_LETTERS: Final = frozenset(
    "ai io co me tv fm cc ws nu la sh ac gg so vc md to ly".split()
)


def country_of_email(email: str | None) -> str | None:
    """The ISO 3166-1 code of the country an e-mail address's domain ends in: ".co.nz" is
    NZ, ".gov.ae" AE, ".ac.uk" GB; None for ".com", ".org" and a domain sold worldwide."""
    domain = (email or "").rpartition("@")[2].strip().rstrip(".").casefold()
    ending = domain.rpartition(".")[2]
    if len(ending) != 2 or not ending.isascii() or ending in _DOMAINS_FOR_THEIR_LETTERS:
        return None
    code = _NOT_ALPHA_2.get(ending.upper(), ending.upper())
    return code if code in _countries() or code in _USER_ASSIGNED else None


def country_line_for(lines: list[str], email: str | None, home: str | None) -> str | None:
    """The country's line a posted address lacks, from the person's e-mail domain, where it
    goes abroad: "New Zealand" under "Auckland 0622" posted from the Philippines to an
    address at waitematadhb.govt.nz (set KG: the letter had no country). None where the
    address names a country or has a known country's postal shape, where the sender's
    country is not known, or where the domain says nothing or says the sender's own."""
    there = country_of_email(email)
    if not lines or home is None or there is None or there == home:
        return None
    if region_from_address("\n".join(lines)) is not None or _ends_on_a_country(lines[-1]):
        return None
    return country_name(there)


def _ends_on_a_country(line: str) -> bool:
    """Whether an address's last line ends on a country's name in any language pycountry
    knows: "Noreg" (set KI: "Norway" printed under it), "Accra, Ghana" (set KI: "Ghana"
    printed under it)."""
    last = line.rsplit(",", 1)[-1]
    return any(
        _fold(part) in _names() or named_in_another_language(part) is not None
        for part in {line, last}
    )


def country_of(candidate: Candidate) -> str | None:
    """The candidate's country: `country` where the file gives it, else the one
    their address names (its last line, or a postal line's shape)."""
    if candidate.country:
        return candidate.country
    region = region_from_address(candidate.address or "")
    return region.country if region else None
