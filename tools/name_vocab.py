"""Write src/thanknote/_name_vocab.py from nameparser's vocabulary.

nameparser keeps what it knows about each word in nameparser/vocab/*.toml:
that "maj" is a military title spelled out "Major", that "capt" is the same
word as "captain", that "sir" goes with the given name, that "binti" means
"daughter of". Its parser compiles only the word lists, not these readings,
and reading the TOML files at run time takes longer than the whole of
`thanknote draft` may. Importing nameparser itself costs about as much as
the rest of `thanknote draft`, so its word lists (titles, particles,
post-nominals, ...) are copied too: with them thanknote reads a plain card
("Dr. Priya Raman") without importing nameparser, and passes every other card
to it.

thanknote's own additions (titles, ranks, patronymics and post-nominals that
cards print and nameparser lacks, each with the reason it is there) are kept in
tools/data/name_additions.toml and copied beside nameparser's words (ADDED_*).

tests/test_name_vocab.py fails when the module no longer matches the
installed nameparser or the additions; run this script to bring it up to date:

    .venv/bin/python tools/name_vocab.py
"""

from __future__ import annotations

import json
import sys
import tomllib
import unicodedata
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any

import nameparser

TARGET = Path(__file__).resolve().parent.parent / "src" / "thanknote" / "_name_vocab.py"
# thanknote's own additions: titles, ranks, patronymics and post-nominals that cards print
# and nameparser's vocabulary lacks, each with the reason it is there.
ADDITIONS = Path(__file__).resolve().parent / "data" / "name_additions.toml"
_READS = (
    "parser",
    "lead",
    "before-two-names",
    "capitals",
    "dotted",
    "upper",
    "before-iberian",
    "before-iberian-names",
    "abbreviated",
)

# English titles only: a foreign title that is normally abbreviated ("Sra.",
# "Dott.ssa", "Ing.") is kept as printed, so only these files are read.
_SPELLED_FILES = ("en.toml", "mul.toml")
# Kinds of title a salutation spells out ("Maj." -> "Major"); salutations
# proper (Mr., Ms.) and courtesies (Esq.) are kept as printed.
_TITLE_KINDS = ("military", "religious", "office", "academic", "nobility")
# Kinds of title that decide which of several titles on one card a salutation
# uses ("The Revd Canon Dr" is Canon, "Col. Dr." Colonel); read from every
# language's file, since a card may print any of them.
_KIND_SETS = {
    "MILITARY_TITLES": "military",
    "RELIGIOUS_TITLES": "religious",
    "OFFICE_TITLES": "office",
    "NOBILITY_TITLES": "nobility",
    "ACADEMIC_TITLES": "academic",
    "SALUTATIONS": "salutation",
    "TITLE_MODIFIERS": "modifier",
}
# Malay and Arabic "son of" / "daughter of": the words before one are the
# person's own name. Hebrew "ben"/"bat" are left out: they begin family names.
_PATRONYMIC_FILES = ("ms.toml", "ar.toml")


def _words(name: str) -> list[dict[str, Any]]:
    text = (files("nameparser") / "vocab" / name).read_text(encoding="utf-8")
    words: list[dict[str, Any]] = tomllib.loads(text).get("word", [])
    return words


def _spelled(expands: str) -> str | None:
    """ "Major" from "Major"; "Father" from "Father, Friar"; None from a description."""
    head = expands.split(",")[0].strip()
    return head if head[:1].isupper() else None


def _particle_spellings(particles: frozenset[str]) -> list[str]:
    """Particles nameparser's parser leaves out that its vocabulary says are one:
    a spelling it gives as the same as a particle ("abou" as "abu"), and the
    Arabic article's own spelling written apart as "al" is ("el", from "el-",
    the Egyptian spelling of "al-"; not its assimilated spellings, "ad-", "ash-",
    which nobody writes apart)."""
    found: set[str] = set()
    for name in sorted(p.name for p in (files("nameparser") / "vocab").iterdir()):
        if not name.endswith(".toml"):
            continue
        for word in _words(name):
            for reading in word.values():
                if not isinstance(reading, dict) or "same_as" not in reading:
                    continue
                text, same = word["text"], reading["same_as"]
                if same in particles and text not in particles:
                    found.add(text)
                elif (
                    same.endswith("-")
                    and same[:-1] in particles
                    and "assimilated" not in reading.get("expands", "")
                ):
                    found.add(text.removesuffix("-"))
    return sorted(found - particles)


def additions() -> dict[str, Any]:
    """thanknote's additions to the vocabulary, by the name the module gives them."""
    data = tomllib.loads(ADDITIONS.read_text(encoding="utf-8"))
    titles = data.get("title", [])
    for title in titles:
        if title.get("read", "parser") not in _READS:
            raise SystemExit(f"{ADDITIONS}: {title['text']!r}: read must be one of {_READS}")
    return {
        "ADDED_KINDS": {t["text"]: t["kind"] for t in titles if "kind" in t},
        "ADDED_SPELLED": {t["text"]: t["spelled"] for t in titles if "spelled" in t},
        "ADDED_READS": {t["text"]: t.get("read", "parser") for t in titles},
        "ADDED_GIVEN_NAME_TITLES": sorted(
            t["text"] for t in titles if t.get("addresses") == "given"
        ),
        "ADDED_RANKS": tuple(r["text"] for r in data.get("rank", [])),
        "ADDED_PATRONYMICS": sorted(p["text"] for p in data.get("patronymic", [])),
        "ADDED_POST_NOMINALS": sorted(p["text"] for p in data.get("post_nominal", [])),
    }


def readings() -> dict[str, Any]:
    """Every value the module holds, by name."""
    every_file = sorted(p.name for p in (files("nameparser") / "vocab").iterdir())
    found: dict[str, dict[str, Any]] = {}
    for name in _SPELLED_FILES:
        for word in _words(name):
            for kind in _TITLE_KINDS:
                if isinstance(word.get(kind), dict):
                    found.setdefault(word["text"], {}).update(word[kind], kind=kind)
    spelled: dict[str, str] = {}
    for text, reading in found.items():
        target = text
        seen = set()
        while "same_as" in found.get(target, {}) and target not in seen:
            seen.add(target)
            target = found[target]["same_as"]
        full = _spelled(found.get(target, {}).get("expands", "")) or target.title()
        if target == text and "expands" not in reading:
            continue  # a word that is already spelled out: "captain"
        if len(text) < len(full):  # an abbreviation, not another spelling ("chairs")
            spelled[text.replace(".", "")] = full
    lexicon = nameparser.Lexicon.default()
    titles = {t.replace(".", "") for t in lexicon.titles}
    kinds = {
        constant: sorted(
            {
                w["text"].replace(".", "")
                for name in every_file
                if name.endswith(".toml")
                for w in _words(name)
                if isinstance(w.get(kind), dict) and w["text"].replace(".", "") in titles
            }
        )
        for constant, kind in _KIND_SETS.items()
    }
    return {
        "SPELLED_OUT": dict(sorted(spelled.items())),
        "GIVEN_NAME_NOBILITY": sorted(
            w["text"]
            for name in _SPELLED_FILES
            for w in _words(name)
            if isinstance(w.get("nobility"), dict) and w["nobility"].get("addresses") == "given"
        ),
        "GIVEN_NAME_RELIGIOUS": sorted(
            w["text"]
            for name in _SPELLED_FILES
            for w in _words(name)
            if isinstance(w.get("religious"), dict) and w["religious"].get("addresses") == "given"
        ),
        "GIVEN_NAME_STYLES": sorted(
            {
                w["text"]
                for name in every_file
                if name.endswith(".toml")
                for w in _words(name)
                if isinstance(w.get("style"), dict)
                and w["style"].get("addresses") == "given"
                and w["text"].isascii()
            }
        ),
        "STYLES": sorted(
            w["text"]
            for name in _SPELLED_FILES
            for w in _words(name)
            if isinstance(w.get("style"), dict)
        ),
        "PATRONYMICS": sorted(
            {
                w["text"]
                for name in _PATRONYMIC_FILES
                for w in _words(name)
                if isinstance(w.get("patronymic"), dict) and w["text"].isascii()
            }
        ),
        **kinds,
        "TITLES": sorted(lexicon.titles),
        "GIVEN_NAME_TITLES": sorted(lexicon.given_name_titles),
        "POST_NOMINALS": sorted(lexicon.suffix_acronyms | lexicon.suffix_words),
        "POST_NOMINAL_WORDS": sorted(lexicon.suffix_words),
        "AMBIGUOUS_POST_NOMINALS": sorted(lexicon.suffix_acronyms_ambiguous),
        "CASED_POST_NOMINALS": {
            key: mask
            for key, mask in sorted(lexicon.capitalization_exceptions_map.items())
            if key in lexicon.suffix_acronyms
        },
        "PARTICLES": sorted(lexicon.particles),
        "PARTICLE_SPELLINGS": _particle_spellings(lexicon.particles),
        "OTHER_WORDS": sorted(
            {
                w.split()[0]
                for w in lexicon.conjunctions | lexicon.bound_given_names | lexicon.maiden_markers
            }
        ),
        **additions(),
    }


_COMMENTS = {
    "SPELLED_OUT": "An English title abbreviation (lower case, no full stops) and the title"
    " spelled out.",
    "GIVEN_NAME_NOBILITY": "Titles of nobility that go with the given name: 'Sir Ian'.",
    "GIVEN_NAME_RELIGIOUS": "Religious titles that go with the given name: 'Father Brown'.",
    "GIVEN_NAME_STYLES": "Styles that go with the given name: 'Sheikh Mohammed'.",
    "STYLES": "Styles, not titles: 'The Hon. Jane Smith' is addressed by name.",
    "PATRONYMICS": "'son of', 'daughter of': the words before one are the person's own name.",
    "MILITARY_TITLES": "Military ranks ('maj', 'lt', 'cdr'), without full stops.",
    "RELIGIOUS_TITLES": "Religious titles ('revd' is not one: 'rev', 'canon', 'bishop').",
    "OFFICE_TITLES": "Titles of office ('councillor', 'cllr', 'judge', 'mayor').",
    "NOBILITY_TITLES": "Titles of nobility and chieftaincy ('sir', 'lord', 'chief').",
    "ACADEMIC_TITLES": "Academic and professional titles ('dr', 'prof', 'dra', 'dottssa').",
    "SALUTATIONS": "Courtesy titles ('mr', 'ms', 'mme', 'sra').",
    "TITLE_MODIFIERS": "Words that qualify the title after them ('vice', 'rear', 'assoc', 'rt').",
    "TITLES": "nameparser's word lists (Lexicon.default()), as it normalises them.",
    "GIVEN_NAME_TITLES": "Titles whose one name word is a given name ('Sister Mary').",
    "POST_NOMINALS": "Post-nominals: credentials, honours, generations.",
    "POST_NOMINAL_WORDS": "Post-nominals that are words, not acronyms: generations, 'Esq.'.",
    "AMBIGUOUS_POST_NOMINALS": "Post-nominals that are also family names ('Ma', 'Do').",
    "CASED_POST_NOMINALS": "Post-nominal acronyms written in small letters too, as they are written"
    " ('PhD', 'MBChB').",
    "PARTICLES": "Family-name particles ('van', 'de', 'Ó').",
    "PARTICLE_SPELLINGS": "Particles in spellings the vocabulary gives, which the parser lacks"
    " ('abou'; 'el' for 'el-').",
    "OTHER_WORDS": "Conjunctions, bound given names ('Abdul'), maiden markers ('née').",
    "ADDED_KINDS": "thanknote's additions (tools/data/name_additions.toml): each title and its"
    " kind.",
    "ADDED_SPELLED": "Added titles spelled out.",
    "ADDED_READS": "Where an added title is read: by nameparser anywhere, or by thanknote before"
    " a name.",
    "ADDED_GIVEN_NAME_TITLES": "Added titles that go with the given name: 'Khun Somchai'.",
    "ADDED_RANKS": "Ranks in several words: the words before the last begin a rank.",
    "ADDED_PATRONYMICS": "Added words for 'son of', 'daughter of': 'a/l', 's/o'.",
    "ADDED_POST_NOMINALS": "Added post-nominals, read without a comma too ('BSN', 'CA').",
}


def _q(text: str) -> str:
    """A string literal as ruff format writes it: double quotes unless the text has some."""
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def _width(text: str) -> int:
    """Columns a line takes, as ruff counts them: wide CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(words: list[str], width: int = 96) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and _width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def build() -> str:
    """The module's source text, formatted as ruff formats it."""
    lines = [
        '"""Readings of title and name words from nameparser\'s vocabulary.',
        "",
        f"GENERATED by tools/name_vocab.py from nameparser {version('nameparser')};",
        "do not edit: run `python tools/name_vocab.py` after upgrading nameparser.",
        '"""',
    ]
    for name, value in readings().items():
        lines += ["", f"# {_COMMENTS[name]}"]
        if isinstance(value, dict):
            lines += [f"{name}: dict[str, str] = {{"]
            lines += [f"    {_q(k)}: {_q(v)}," for k, v in value.items()]
            lines += ["}"]
        elif isinstance(value, tuple):  # words with spaces, which a split string cannot hold
            lines += [f"{name}: tuple[str, ...] = ({'' if value else ')'}"]
            lines += [f"    {_q(v)}," for v in value]
            lines += [")"] if value else []
        else:  # one string per list: quicker to load than a literal of 800 strings
            lines += [f"{name} = frozenset(", '    """']
            lines += _wrap(value)
            lines += ['""".split()', ")"]
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(build(), encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
