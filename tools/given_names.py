"""Write src/thanknote/_given_names.py from Faker's lists of names.

A card of three or more name words needs to know which of them are given
names: "Martín Ezequiel Giménez" is Martín Ezequiel Giménez (Ezequiel is a given
name, Giménez a family name), "Gabriel García Márquez" is Gabriel García
Márquez, and "Kimberly Anne Ocampo", a Filipino name with a Spanish family
name, goes by Kimberly Anne where "John Michael Smith" goes by John.

Faker (MIT licence, maintained) keeps, for each locale it supports, lists of
given and family names drawn from national statistics and name registers, and
compound given names listed whole ("María José", "João Pedro", "Jean-Pierre").
Importing Faker takes longer than the whole of `thanknote draft`, so the words
are copied here, folded as thanknote compares names and grouped by the naming
customs thanknote tells apart. Only whether and where a word is a name is
copied: never which sex a list was for.

tests/test_given_names.py fails when the module no longer matches the installed
Faker; run this script to bring it up to date:

    .venv/bin/python tools/given_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import textwrap
from importlib.metadata import files, version
from pathlib import Path

import faker.providers.person

from thanknote import _name_vocab as vocab
from thanknote.names import fold

TARGET = Path(__file__).resolve().parent.parent / "src" / "thanknote" / "_given_names.py"

# Faker's locales by the naming custom thanknote reads them with. Spanish and
# Portuguese names keep compound given names whole and carry two family names;
# French names keep compound given names whole. English names have middle names
# that a greeting leaves out. Faker's plain "en" locale is left out: its given
# names are every name given in the United States, Spanish ones too, and its
# family names are a sample, so it tells no custom apart.
_CUSTOMS = {
    "IBERIAN": ("es", "es_AR", "es_CA", "es_CL", "es_CO", "es_ES", "es_MX", "pt_BR", "pt_PT"),
    "FRENCH": ("fr_BE", "fr_CA", "fr_CH", "fr_FR", "fr_QC"),
    "ENGLISH": ("en_GB", "en_IE", "en_NZ", "en_US"),
}
# Family names of Vietnam, whose people go by the last word of the name ("Nguyen Thi
# Lan" is Lan) where Chinese and Korean given names of two words are used whole ("Lee
# Chong Meng" is Chong Meng): only the family names are copied.
# And those of India in Latin letters, whose names have no second family name ("Ravi
# Shankar Iyer" is Dr. Iyer, though Faker's Brazilian list gives Ravi too).
_FAMILY_ONLY = {"VIETNAMESE": ("vi_VN",), "INDIAN": ("en_IN",)}
# Chinese family names and the syllables of given names in Latin letters (pinyin and
# Wade-Giles: "Tan", "Hsieh"; "Wei", "Ling" of "Chia-ling"), which tell a card printed
# family name first ("Dr. Tan Wei Ming" is Dr. Tan) from one printed in Western order
# ("Wei Ming Tan"); Faker keeps them beside the names in Han.
_ROMANIZED = {"CHINESE": ("zh_CN", "zh_TW")}
# Japanese given and family names in Latin letters, which tell "Kenji YAMADA", a card of
# Japan printed in Western order, from an Italian one ("Luca BIANCHI").
_JAPANESE = {"JAPANESE": ("ja_JP",)}
# Italian given names, which tell a given name before a family name with its particle
# ("Maria Vittoria di Celle") from the first family name ("Maria Vittoria Ferraris di
# Celle" is Dott.ssa Ferraris di Celle): only the given names are copied.
# And the given names of German-speaking, Dutch and Nordic countries, whose people may
# carry two given names unhyphenated and go by both ("Franz Xaver Hofstetter", "Hanne
# Kristin Berg"), where a Spanish given name first would make the second word a family
# name (set KI: "Dear Dr. Xaver Hofstetter,").
_GIVEN_ONLY = {
    "ITALIAN": ("it_IT",),
    # and of Czechia, Slovakia and Poland, whose cards print the Magister degree "Mgr."
    # before the name, which is no Monsignor (set KO: "Dear Monsignor Horák," to "Mgr.
    # Jakub Horák", whose name has no letter only those languages write)
    "CENTRAL_EUROPEAN": ("cs_CZ", "sk_SK", "pl_PL"),
    "GERMANIC": (
        "da_DK",
        "de_AT",
        "de_CH",
        "de_DE",
        "de_LI",
        "de_LU",
        "is_IS",
        "nl_BE",
        "nl_NL",
        "no_NO",
        "sv_SE",
    ),
}
# Compound given names of the customs that use them whole; an English card's
# second given name is a middle name ("Sarah Jane Smith" goes by Sarah).
_COMPOUND_CUSTOMS = ("IBERIAN", "FRENCH")
# Words nameparser reads as titles that are given names somewhere: "Mahdi" (Iran,
# Pakistan, Indonesia), "Maj" (Sweden, Iceland, Slovenia). "Dr. Mahdi Rahimi" is Dr.
# Rahimi, not "Dr. Mahdi". Faker's plain "en" locale is left out: it lists "King" and
# "Judge" among the names given in the United States.
_TITLES_GIVEN = "TITLES_GIVEN"
# A word of Latin letters, as folded: "martin", "o'neill", "jean-pierre".
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def _names(locale: str, kind: str) -> set[str]:
    """Every name Faker lists for a locale, of one kind ("first" or "last"), as printed."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: set[str] = set()
    for attribute in dir(provider):
        if not re.fullmatch(rf"{kind}_names(?:_[a-z]+)?", attribute):
            continue
        value = getattr(provider, attribute)
        if isinstance(value, (tuple, list, dict)):  # a dict holds weights; its keys are names
            found.update(name for name in value if isinstance(name, str))
    return found


def readings() -> dict[str, list[str]]:
    """Every value the module holds, by name: sorted words, folded."""
    locales = {m.name for m in pkgutil.iter_modules(faker.providers.person.__path__)}
    values: dict[str, list[str]] = {}
    for custom, members in _CUSTOMS.items():
        missing = set(members) - locales
        if missing:
            raise SystemExit(f"Faker has no person names for {sorted(missing)}")
        given: set[str] = set()
        compounds: set[str] = set()
        family: set[str] = set()
        for locale in members:
            for name in _names(locale, "first"):
                words = fold(name).split()
                if not all(_WORD.fullmatch(w) for w in words):
                    continue
                if len(words) == 1 and "-" not in words[0]:
                    given.add(words[0])
                else:
                    compounds.add("+".join(p for w in words for p in w.split("-")))
            family.update(w for w in map(fold, _names(locale, "last")) if _WORD.fullmatch(w))
        values[f"GIVEN_{custom}"] = sorted(given)
        if custom in _COMPOUND_CUSTOMS:
            values[f"COMPOUND_{custom}"] = sorted(compounds)
        values[f"FAMILY_{custom}"] = sorted(family)
    for custom, members in _FAMILY_ONLY.items():
        family = {fold(name) for locale in members for name in _names(locale, "last")}
        values[f"FAMILY_{custom}"] = sorted(w for w in family if _WORD.fullmatch(w))
    for custom, members in _GIVEN_ONLY.items():
        given = {fold(name) for locale in members for name in _names(locale, "first")}
        values[f"GIVEN_{custom}"] = sorted(w for w in given if _WORD.fullmatch(w))
    for custom, members in _ROMANIZED.items():
        syllables = {
            syllable
            for locale in members
            for name in _names(locale, "first_romanized")
            for syllable in fold(name).replace("-", " ").split()
        }
        values[f"SYLLABLES_{custom}"] = sorted(w for w in syllables if _WORD.fullmatch(w))
        family = {fold(name) for locale in members for name in _names(locale, "last_romanized")}
        values[f"FAMILY_{custom}"] = sorted(w for w in family if _WORD.fullmatch(w))
    for custom, members in _JAPANESE.items():
        for kind, prefix in (("first_romanized", "GIVEN"), ("last_romanized", "FAMILY")):
            found = {fold(name) for locale in members for name in _names(locale, kind)}
            values[f"{prefix}_{custom}"] = sorted(w for w in found if _WORD.fullmatch(w))
    anywhere = {
        fold(name)
        for locale in locales - {"en"}
        if "_" in locale
        for name in _names(locale, "first")
    }
    values[_TITLES_GIVEN] = sorted(set(vocab.TITLES) & anywhere)
    return values


_COMMENTS = {
    "GIVEN": "Given names in Faker's {locales}.",
    "COMPOUND": "Compound given names listed whole in the same locales; '+' joins their words.",
    "FAMILY": "Family names in Faker's {locales}.",
    "SYLLABLES": "The syllables of given names in Faker's {locales}, in Latin letters.",
    "TITLES": "Titles nameparser knows that Faker lists as given names in {locales}.",
}


def _wrap(words: list[str], width: int = 96) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and len(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _licence() -> list[str]:
    """Faker's licence as it ships it, which the MIT licence asks copies to carry."""
    found = [f for f in files("faker") or [] if f.name.upper().startswith("LICENSE")]
    if not found:
        raise SystemExit("Faker's distribution has no LICENSE file to copy")
    return found[0].read_text(encoding="utf-8").strip().splitlines()


def build() -> str:
    """The module's source text, formatted as ruff formats it."""
    lines = [
        '"""Which words are given names and which family names, by naming custom.',
        "",
        f"GENERATED by tools/given_names.py from Faker {version('faker')}; do not edit: run",
        "`python tools/given_names.py` after upgrading Faker. Words are folded as",
        "thanknote.names.fold folds them. Only whether and where a word is a name is",
        "kept, never which sex a list was for. Faker's licence:",
        "",
        *(f"    {line}".rstrip() for line in _licence()),
        '"""',
    ]
    for name, words in readings().items():
        kind, custom = name.split("_", 1)
        locales = (
            "every locale but en"
            if name == _TITLES_GIVEN
            else ", ".join(
                {**_CUSTOMS, **_FAMILY_ONLY, **_GIVEN_ONLY, **_ROMANIZED, **_JAPANESE}[custom]
            )
        )
        comment = _COMMENTS[kind].format(locales=locales)
        lines += ["", *textwrap.wrap(comment, 98, initial_indent="# ", subsequent_indent="# ")]
        lines += [f"{name} = frozenset(", '    """']
        lines += _wrap(words)
        lines += ['""".split()', ")"]
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(build(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
