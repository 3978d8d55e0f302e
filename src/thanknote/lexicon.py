"""What English knows about a word: its parts of speech and its forms.

The knowledge is lemminflect's (built into `data/english.tsv` by
`scripts/build_lexicon.py`). The file is sorted by word and searched in its
raw bytes, so a lookup costs microseconds and nothing is parsed at start-up.
"""

from __future__ import annotations

import mmap
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Final, Literal

from thanknote import patterns as rx
from thanknote.patterns import Lazy

__all__ = [
    "HEDGES",
    "MOSTLY_UNKNOWN",
    "Reading",
    "has_foreign_run",
    "in_doubt",
    "is_adjective",
    "is_common_word",
    "is_english",
    "is_english_word",
    "is_foreign_noun",
    "is_foreign_word",
    "is_function_word",
    "is_known_word",
    "is_language",
    "is_mass_noun",
    "is_past_participle",
    "is_plural_noun",
    "noun",
    "past_participle",
    "past_tense",
    "readings",
    "unknown_share",
    "verb",
]

Pos = Literal["v", "n", "a", "r", "L", "w"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a word: a part of speech, the word's tags and lemma."""

    pos: Pos  # v(erb), n(oun), a(djective), r (adverb), L(anguage), w(ord: no more known)
    tags: frozenset[str]  # VB VBD VBN VBG VBZ for verbs, NN or NNS for nouns
    lemma: str
    forms: tuple[str, ...] = ()  # a verb lemma: past, participle, -ing, -s; a noun: plurals


@cache
def _data() -> mmap.mmap:
    """The file, mapped: a run reads the few pages its lookups touch, not 2 MB."""
    with (Path(__file__).resolve().parent / "data" / "english.tsv").open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def _lines_for(key: bytes) -> list[bytes]:
    """The lines of the sorted file that start with `key` and a tab."""
    data, prefix = _data(), key + b"\t"
    low, high = 0, len(data)
    while low < high:  # first line start whose line is >= prefix
        mid = (low + high) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        if data[start:end] < prefix:
            low = end + 1
        else:
            high = start
    out = []
    while low < len(data) and data[low : low + len(prefix)] == prefix:
        end = data.find(b"\n", low)
        out.append(data[low:end])
        low = end + 1
    return out


@lru_cache(maxsize=4096)
def readings(word: str) -> tuple[Reading, ...]:
    """Every reading of a lower-case word ("led": the past of "lead")."""
    if not word or "\t" in word or "\n" in word:
        return ()
    found = []
    for line in _lines_for(word.encode("utf-8")):
        _, pos, *rest = line.decode("utf-8").split("\t")
        tags = frozenset(rest[0].split()) if rest else frozenset()
        if pos == "v" and "VB" in tags:
            found.append(Reading("v", tags, word, tuple(rest[1:5])))
        elif pos == "v":
            found.append(Reading("v", tags, rest[1]))
        elif pos == "n" and "NN" in tags:
            found.append(Reading("n", tags, word, tuple(p for p in rest[1].split("/") if p)))
        elif pos == "n":
            found.append(Reading("n", tags, rest[1]))
        elif pos in ("a", "r", "L", "w"):
            found.append(Reading(pos, frozenset(), word))  # type: ignore[arg-type]
    if not found and "-" in word:
        return _prefixed(word)
    return tuple(found)


# Prefixes joined to a word by a hyphen that leave its part of speech as it was.
_PREFIXES: Final = ("co-", "re-", "pre-", "mis-", "over-", "under-", "out-", "un-", "de-")


def _prefixed(word: str) -> tuple[Reading, ...]:
    """The readings of a prefixed word the lexicon lacks, from the word after its
    prefix: "co-wrote" is the past of "co-write" (set DM: "I hold a co-wrote a
    successful ... fellowship")."""
    prefix = next((p for p in _PREFIXES if word.startswith(p)), "")
    rest = word[len(prefix) :]
    if not prefix or not rest.isalpha():
        return ()
    return tuple(
        Reading(r.pos, r.tags, prefix + r.lemma, tuple(prefix + f for f in r.forms if f))
        for r in readings(rest)
        # a past ("co-wrote", "re-designed"), or a noun ("mis-picks"): a present is
        # read as the noun it also is
        if r.pos == "n" or (r.pos == "v" and r.tags & {"VBD", "VBN"})
    )


def verb(word: str) -> Reading | None:
    """The verb reading of a lower-case word, or None."""
    return next((r for r in readings(word) if r.pos == "v"), None)


def noun(word: str) -> Reading | None:
    """The noun reading of a lower-case word, or None."""
    return next((r for r in readings(word) if r.pos == "n"), None)


def is_adjective(word: str) -> bool:
    """Whether the lower-case word can be an adjective ("fluent", "certified")."""
    return any(r.pos == "a" for r in readings(word))


def is_common_word(word: str) -> bool:
    """Whether the word, lower-cased, is an ordinary English word whose part of
    speech is known (lemminflect's lexicon)."""
    return any(r.pos in ("v", "n", "a", "r") for r in readings(word.lower()))


def is_known_word(word: str) -> bool:
    """Whether English writers use the word, lower-cased, often enough to be known
    (lemminflect's lexicon, then pyspellchecker's frequency list): "county",
    "handover"; not "tx" or "ppl". Names people often write ("kevin") are known
    too, so this says what is not a note's abbreviation, not what is no name."""
    return bool(readings(word.lower())) or word.lower() in _CLOSED_CLASS


def is_language(word: str) -> bool:
    """Whether the word names a language ("Swahili", "Mandarin")."""
    return any(r.pos == "L" for r in readings(word.lower()))


def languages_capitalised(text: str) -> str:
    """A jotted phrase with the names of languages given their capital, as English
    writes them: "the OIQ exam & french courses" -> "... French courses" (set CJ); not
    a word that is also another ("polish", "mandarin")."""
    if not any(c.islower() for c in text):
        return text

    def capital(match: re.Match[str]) -> str:
        word = match.group()
        found = readings(word)
        # a language only, or one that is also another word named as a language: "polish
        # language" (set EO)
        named = text[match.end() :].startswith((" language", " lessons", " classes"))
        # and one that speaks it: "polish-speaking patients" (set IP: 3 notes)
        named = named or text[match.end() :].startswith(("-speaking", "-speakers", " speakers"))
        kinds = [r.pos == "L" for r in found]
        language = bool(found) and (any(kinds) if named else all(kinds))
        return word.capitalize() if language and word in _major_languages() else word

    return rx.sub(r"\b[a-z]{4,}\b", capital, text)


@lru_cache(maxsize=1)
def _major_languages() -> frozenset[str]:
    """The names of languages with a two-letter ISO 639-1 code, in small letters: of
    ISO 639's thousands, those a note names ("french", "swahili"), not "samosa" or
    "tabla". Read from pycountry when a phrase first holds such a word."""
    import pycountry

    names = set()
    for language in pycountry.languages:
        if getattr(language, "alpha_2", None):
            for name in rx.split(r"[;,]", language.name):
                names.add(rx.sub(r"\s*\(.*\)$", "", name).strip().lower())
    return frozenset(names)


_FUNCTION_WORDS = frozenset(
    """a an the of in on at to for with from by and or as my our your their his her its
    this that these those some all each every no not into over under i you we they he she
    it is are was were be been am do did has have had will would can could""".split()
)
# English's closed classes, which a dictionary of content words leaves out.
_CLOSED_CLASS = _FUNCTION_WORDS | frozenset(
    """about above across after against along amid among around before behind below
    beneath beside besides between beyond but despite down during except inside near nor
    off onto out outside past per since so than then though through throughout till
    toward towards until up upon via versus whether while within without yet me us him
    them mine ours yours theirs hers myself ourselves itself who whom whose which what
    where when why how any both either neither few many much more most other another
    such own same shall should may might must does doing having being there here one two
    three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion first second third half""".split()
)


def is_function_word(word: str) -> bool:
    """Whether the lower-case word is one of English's closed-class words: a
    determiner, preposition, conjunction, pronoun or auxiliary ("the", "from")."""
    return word in _CLOSED_CLASS


# Words of a phrase, as English's word list is asked about them (`in_doubt`).
_WORD = Lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Above this share of ordinary words English does not know, a phrase is in doubt
# whatever its letters.
MOSTLY_UNKNOWN = 0.5


def is_english_word(word: str) -> bool:
    """Whether English knows an ordinary word: its closed classes for words of two
    letters ("of", not "la" or "du", which its dictionary lists as borrowings),
    its lexicon for longer ones, plurals included ("handovers")."""
    lower = word.lower()
    if len(lower) <= 2:
        return is_function_word(lower)
    return is_known_word(lower) or (lower.endswith("s") and is_known_word(lower[:-1]))


def unknown_share(text: str) -> float | None:
    """The share of a phrase's ordinary (lower-case) words English does not know,
    or None when it has none to go by ("Lehrabschluss Einzelhandel")."""
    ordinary = [w for w in _WORD.findall(text) if w[0].islower() and len(w) > 1]
    if not ordinary:
        return None
    return sum(1 for w in ordinary if not is_english_word(w)) / len(ordinary)


def in_doubt(text: str) -> bool:
    """Whether English's word list leaves the phrase in doubt: mostly ordinary
    words it does not know; or some, beside letters English does not write
    ("über") or capitalised words it does not know either ("Ihre Anekdote");
    or, with no ordinary words to go by, two unknown capitalised ones (one is a
    name: "Kafka"). One new word in English ("the data platform roadmap") is not
    in doubt, so an English file pays for loading the model only for a long word
    its word list lacks (see `language.is_foreign_compound`)."""
    share = unknown_share(text)
    names = [w for w in _WORD.findall(text) if len(w) > 1 and not w.isupper() and w[0].isupper()]
    unknown_names = sum(1 for w in names if not is_english_word(w))
    if share is None:
        return unknown_names > 1
    if share == 0:
        return False
    return share > MOSTLY_UNKNOWN or not text.isascii() or unknown_names > 1


def is_english(text: str) -> bool:
    """Whether a phrase is in English: its ordinary (lower-case) words mostly
    English ("your tour of the unit", not "el recorrido por la torre B"), and
    not in another language by fastText's reckoning ("la brigade du samedi",
    "Lehrabschluss Einzelhandel"; see `language`). Names and acronyms do not
    count either way."""
    if not text.isascii() and _foreign_letters(text):
        return False  # "インバウンド客", "home office 2 días", "per la tournée"
    if not text.isascii() and _unborrowed_marks(text):
        return False  # "lớp 3" (set FJ)
    if has_foreign_run(text) or _article_abroad(text):
        return False
    words = [w for w in rx.findall(r"[^\W\d_]+", text) if w.islower() and len(w) > 1]
    # a word in brackets is a gloss the phrase is said without ("continuous cover
    # (jatkuvapeitteinen)", set EK)
    unbracketed = rx.findall(r"[^\W\d_]+", rx.sub(r"\([^()]*\)", " ", text))
    long_unknown = [
        w
        for w in unbracketed
        if w.islower() and len(w) >= 11 and w.isascii() and not is_english_word(w)
    ]
    if long_unknown:
        from thanknote.language import is_foreign_compound

        if any(map(is_foreign_compound, long_unknown)):
            return False  # "beroepsopleiding follow-up" (set EF)
    if len(words) >= 2:
        english = sum(1 for w in words if w in _FUNCTION_WORDS or readings(w))
        # fewer than three in five; of two words, neither (set ES: "glovebox capacity", a
        # word English's list lacks beside one it has, was left out as another language's)
        if english * 5 < len(words) * 3 and (len(words) > 2 or not english or _foreign_pair(words)):
            return False  # but "turnos de 12h", "proyecto final" are another language's
    if not in_doubt(" ".join(text.split())):
        return True  # the model is not loaded, unless for a long unknown word above
    from thanknote.language import is_foreign

    return not is_foreign(text)


def is_foreign_noun(word: str, *, shortest: int) -> bool:
    """Whether one capitalised word of `shortest` letters or more is another language's
    noun, which the language model is sure of or German's word list holds
    ("Kündigungsfrist", "Gehalt"; see `language.is_foreign_noun`, `is_german_noun`); the
    model is loaded only for such a word."""
    if "-" in word and word[:1].isupper():
        # a compound of them: "Elternzeit-Vertretung" (set FX: "your thoughts on
        # Elternzeit-Vertretung"), each part a noun of its own
        parts = word.split("-")
        return len(word) >= shortest and all(is_foreign_noun(p, shortest=3) for p in parts)
    if not (word.isalpha() and len(word) >= shortest and word[:1].isupper()):
        return False
    from thanknote import language

    return language.is_foreign_noun(word) or language.is_german_noun(word)


def _foreign_pair(words: list[str]) -> bool:
    """Whether two words, one English's list lacks, are another language's: with a
    little word of one ("turnos de"), or the unknown word surely another's to the
    language model ("proyecto final"; set FC: "the sismo 2017 retrofit")."""
    if any(w in _FOREIGN_LITTLE_WORDS or w in _PARTICLES_ABROAD for w in words):
        return True
    from thanknote.language import is_other_languages_word

    unknown = [w for w in words if w not in _FUNCTION_WORDS and not readings(w)]
    return any(map(is_other_languages_word, unknown))


# The little words of names and phrases abroad ("de", "del", "van"), which English text
# has only in names.
_PARTICLES_ABROAD: Final = frozenset("de la del van der von den du da di dos das le".split())


def _foreign_letters(text: str) -> bool:
    """Whether a phrase has letters of a script other than Latin ("インバウンド客"),
    or an ordinary word in small letters with a letter English does not write
    that English knows neither as written ("café", "cliché") nor, without its
    accents, as a word of its own ("naïve"): "días", "tournée"."""
    import unicodedata

    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in word):
            return True
        if len(word) < 3 or not word.islower():
            continue  # names keep their letters: "Núñez", "São Paulo"
        plain = "".join(
            c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
        )
        if not (is_known_word(word) or is_common_word(plain)):
            return True  # "días": not "dias", a word English's list has only as a name
    return False


# The accents English keeps in the words it borrows: "café", "crème", "rôle", "naïve",
# "façade", "jalapeño". A letter with any other mark ("lớp", "šéf") is another language's.
_BORROWED_MARKS: Final = frozenset("\u0300\u0301\u0302\u0303\u0308\u0327")


def _unborrowed_marks(text: str) -> bool:
    """Whether a short phrase has a word in small letters with a mark English never
    writes ("lớp 3", set FJ: a hook and a dot below); one such word among English ones
    is a name's or a kinship term ("chị Lan's story about her first sewing line")."""
    import unicodedata

    marked = [
        w
        for w in _WORD.findall(text)
        if w.islower()
        and not {c for c in unicodedata.normalize("NFD", w) if unicodedata.combining(c)}
        <= _BORROWED_MARKS
    ]
    if not marked:
        return False
    english = [w for w in _WORD.findall(text) if w.islower() and is_english_word(w)]
    return len(english) < 2


def _article_abroad(text: str) -> bool:
    """Whether another language's article or "of the" stands in a phrase of small letters:
    before a word English does not know ("la grilla del prime time", set FS), or between
    two words ("culture du cabinet", set FR); a name's particles stand before capitals."""
    words = rx.findall(r"[^\W\d_]+", text)
    if len(words) < 2 or sum(map(is_english_word, words)) > 3:
        return False  # a sentence mostly English: "Gràcies per la prova, I learned a lot ..."
    if " de " in text and _DE_BETWEEN.search(text):
        return True
    for before, word, after in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True):
        if word in _ARTICLES_ABROAD and after.islower() and not is_english_word(after):
            return len(after) >= 3
        if word in _OF_THE_ABROAD and before.islower() and after.islower() and before:
            return True
    return False


# Adverbs a writer hedges a note with, before or after the thing ("mostly German guests",
# "the Lisbon office, probably"): a note about the thing, not its name.
HEDGES: Final = frozenset(
    "mostly mainly largely usually typically probably maybe possibly officially apparently".split()
)


# Articles of other languages and their "of the", which English text has only in names.
_ARTICLES_ABROAD: Final = frozenset("la le les el los las il".split())
_OF_THE_ABROAD: Final = frozenset("du del des der della degli dos das".split())
# "de" between two words in small letters: "la radio de antes" (set HE); not a name's
# particle ("the de la Rosa account"), "de facto", "de-escalation", nor the French English
# borrows ("esprit de corps", "joie de vivre", "nom de plume", found in review)
_DE_BETWEEN: Final = Lazy(
    r"(?<![\w-])(?!(?:the|and|of|for|was|is|esprit|joie|nom|tour|coup|pièce|crème)\b)[a-z]{3,}"
    r" de (?!la |le |los |las |facto\b|jure\b|vivre\b|corps\b|plume\b)[a-z]{3,}\b(?!-)"
)


def has_foreign_run(text: str) -> bool:
    """Whether three ordinary words in a row are words English does not know: "the
    carros de limpieza", "teaching curso de dados na Abraji"; not a borrowing of two
    ("mise en place"); or a preposition of another language with its article ("jack-ups
    en la Sonda de Campeche", "collaboration avec les EMS": set HR, 6 notes)."""
    if _PREPOSITION_ABROAD.search(text):
        return True
    run = short = foreign = 0
    for word in rx.findall(r"[^\W\d_]+", text):
        if not word.islower() or len(word) < 2:
            run = short = foreign = 0
            continue
        known = is_english_word(word)
        run = 0 if known else run + 1
        # two little words English does not know, another language's "with the" or "of
        # the": "permits con el Ministerio de Cultura" (set EG); not "et al", nor a name's
        # particles ("the de la Rosa account")
        little = not known and len(word) <= 3 and word not in _NOT_FOREIGN_PAIRS
        if not little:
            short = foreign = 0
        else:
            short += 1
            foreign += word in _FOREIGN_LITTLE_WORDS
        if run == 3 or (short >= 2 and foreign):
            return True
    return False


# Another language's preposition and article, which English text never writes together.
# After a word in small letters: in a name they are the name's ("Fundación para la
# Vivienda", "Brot für die Welt", found in review).
_PREPOSITION_ABROAD: Final = Lazy(
    r"(?<![\w-])[a-z][\w-]* (?:en|avec|con|para|por|dans|sur|pour|sous|mit|für|auf|nella|sulla)"
    r" (?:la|le|les|el|los|las|il|der|die|das|dem|den)(?![\w-])"
)
# Little words that come in twos in English text: "et al", and a name's particles.
_NOT_FOREIGN_PAIRS: Final = frozenset(
    "et al de la del van der von den du da di dos das le ter ten vs".split()
)


# The little words of other languages that English never writes, one of which makes two
# little unknown words in a row another language's ("con el", "mit der"), not a note's
# clippings ("nav ux").
_FOREIGN_LITTLE_WORDS: Final = frozenset(
    "con el los las il lo gli les des um uma na em com und mit zu het een och og".split()
)


def is_foreign_word(word: str) -> bool:
    """Whether one word is another language's by its letters (see `is_english`)."""
    return not word.isascii() and _foreign_letters(word)


def past_tense(lemma: str) -> str | None:
    """The simple past of a verb lemma ("lead" -> "led"), or None if unknown."""
    reading = next((r for r in readings(lemma) if r.pos == "v" and "VB" in r.tags), None)
    return reading.forms[0] if reading and reading.forms and reading.forms[0] else None


def past_participle(past: str) -> str | None:
    """The past participle of a verb in the simple past ("ran" -> "run", "led" ->
    "led", "second-chaired" -> "second-chaired"), or None if it is not one."""
    head, dash, last = past.rpartition("-")
    reading = verb(last)
    if reading is None:
        return None
    if "VBN" in reading.tags or ("VB" in reading.tags and reading.forms[:1] == (last,)):
        return past  # "led", "cut": the same word
    if "VBD" not in reading.tags:
        return None
    lemma = verb(reading.lemma)
    forms = lemma.forms if lemma else ()
    return f"{head}{dash}{forms[1]}" if len(forms) > 1 and forms[1] else None


def is_past_participle(word: str) -> bool:
    """Whether a word is a verb's past participle: "held", "run", "been"."""
    reading = verb(word)
    if reading is None:
        return False
    if "VBN" in reading.tags:
        return True
    lemma = verb(reading.lemma)
    return bool(lemma and len(lemma.forms) > 1 and lemma.forms[1] == word)


def is_plural_noun(word: str) -> bool:
    """Whether a word is a plural noun ("exhibits", "tickets")."""
    reading = noun(word.lower())
    return reading is not None and "NNS" in reading.tags


def is_mass_noun(word: str) -> bool:
    """Whether a singular noun is used without an article ("feedback", "research")."""
    reading = next((r for r in readings(word) if r.pos == "n" and "NN" in r.tags), None)
    return bool(reading and word in reading.forms)
