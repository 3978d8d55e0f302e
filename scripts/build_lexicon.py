"""Build thanknote's English lexicon from lemminflect's inflection tables.

Run from the repository root after `pip install lemminflect`:

    python scripts/build_lexicon.py

It writes `src/thanknote/data/english.tsv`: the verbs, nouns, adjectives and
adverbs of lemminflect's lookup table (itself from the AGID/SPECIALIST
lexicons), one lemma per line, lower-case common words only. thanknote reads
it at run time without importing lemminflect, whose import (NumPy and two
pickled models, about 0.4 s) would more than double the start-up of
`thanknote draft`.

The file is sorted by word, so that thanknote can look a word up by binary
search in the raw bytes without parsing the whole file at start-up.

Line format, tab-separated, one line per reading of a word:
    lead    v  VB       led  led  leading  leads    (a verb's lemma: its forms)
    led     v  VBD VBN  lead                        (another form: its tags, lemma)
    budget  n  NN       budgets                     (a noun: its plurals, "/"-joined;
                                                     the singular among them marks a mass use)
    budgets n  NNS      budget
    fluent  a                                       (an adjective)
    quickly r                                       (an adverb)
    swahili L                                       (a language, from pycountry's ISO 639)
    county  w                                       (a word lemminflect lacks, from
                                                     pyspellchecker's frequency list)

Needs `pip install lemminflect pycountry pyspellchecker`.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

import lemminflect
import pycountry
from spellchecker import SpellChecker

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "thanknote" / "data" / "english.tsv"
# How often (per pyspellchecker's English list) a word lemminflect lacks must be
# written to count as a word of English: "county", "handover", "capitation".
WORD_FREQUENCY = 100
# Names people give languages that ISO 639 files under another name.
LANGUAGE_ALIASES = ("mandarin", "cantonese", "farsi", "tagalog", "filipino", "bahasa indonesia",
                    "bahasa malaysia", "bahasa melayu", "bahasa", "punjabi", "pashto", "kyrgyz",
                    "uyghur", "azeri", "fula", "fulani", "tongan", "ilocano", "bisaya", "visayan",
                    "luganda", "sesotho", "setswana", "isizulu", "isixhosa")  # fmt: skip
HEADER = "#  English words and their forms, from lemminflect (scripts/build_lexicon.py)\n"


def main() -> None:
    table = Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz"
    lines: set[str] = set()
    verbs: set[str] = set()
    with gzip.open(
        Path(lemminflect.__file__).parent / "resources" / "lemma_lu.csv.gz", "rt"
    ) as rows:
        for row in rows:  # form, pos, lemmas: adds verbs whose forms are all regular
            _, pos, lemmas = row.rstrip("\n").split(",", 2)
            if pos == "verb":
                verbs.update(v for v in lemmas.split("/") if v.isalpha() and v.islower())
    with gzip.open(table, "rt", encoding="utf-8") as rows:
        for row in rows:
            fields = row.rstrip("\n").split(",")
            lemma, pos, forms = fields[0], fields[1], fields[2:]
            if lemma != lemma.lower() or not lemma.replace("-", "").isalpha():
                continue  # proper nouns and odd entries: names are the user's, not ours
            if pos == "verb":
                verbs.add(lemma)
            elif pos == "noun":
                plurals = forms[0] if forms else ""
                lines.add("\t".join((lemma, "n", "NN", plurals)))
                for plural in plurals.split("/"):
                    if plural and plural != lemma:
                        lines.add("\t".join((plural, "n", "NNS", lemma)))
            elif pos in ("adj", "adv"):
                lines.add("\t".join((lemma, "a" if pos == "adj" else "r")))
    for lemma in verbs:
        forms = lemminflect.getAllInflections(lemma, upos="VERB")
        past, participle, ing, third = (
            forms.get(tag, ("",))[0] for tag in ("VBD", "VBN", "VBG", "VBZ")
        )
        participle = participle or past  # the table leaves a regular participle blank
        lines.add("\t".join((lemma, "v", "VB", past, participle, ing, third)))
        tags: dict[str, list[str]] = defaultdict(list)
        for tag, form in (("VBD", past), ("VBN", participle), ("VBG", ing), ("VBZ", third)):
            if form and form != lemma:
                tags[form].append(tag)
        for form, found in tags.items():
            lines.add("\t".join((form, "v", " ".join(found), lemma)))
    for language in pycountry.languages:
        name = language.name.split(" (")[0]
        major = hasattr(language, "alpha_2")
        if language.type != "L" or language.scope not in ("I", "M"):
            continue
        # and the names ISO 639 gives besides: "Bangla" (Bengali), and for a major
        # language its name inverted, "Sotho" ("Sotho, Southern")
        inverted = getattr(language, "inverted_name", "") if major else ""
        others = [getattr(language, "common_name", ""), inverted]
        names = [name, *(n.split(",")[0] for n in others if n)]
        for name in names:
            if major or (" " not in name and name.lower() not in verbs and name.isalpha()):
                lines.add(f"{name.lower()}\tL")
    for alias in LANGUAGE_ALIASES:
        lines.add(f"{alias}\tL")
    known = {line.split("\t", 1)[0] for line in lines}
    for word, count in SpellChecker().word_frequency.dictionary.items():
        # borrowings English writes with their accents ("café", "cliché") at any count
        common = count >= WORD_FREQUENCY or not word.isascii()
        if common and word.isalpha() and word.islower() and word not in known:
            lines.add(f"{word}\tw")
    ordered = sorted(lines, key=lambda line: line.encode("utf-8"))
    OUT.write_text(HEADER + "\n".join(ordered) + "\n", encoding="utf-8")
    print(f"wrote {len(ordered)} readings to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
